# Shared by scripts/run and scripts/test: checks the machine and installs what is missing from Debian.
# Sourced, not run.

die() {
    echo "error: $*" >&2
    exit 1
}

require_command() {
    command -v "$1" >/dev/null 2>&1 || die "$1 is not installed: $2"
}

# Installs Debian packages whose command is missing. Arguments: pairs of "command:package".
ensure_debian_packages() {
    local missing=() pair
    for pair in "$@"; do
        command -v "${pair%%:*}" >/dev/null 2>&1 || [ -x "${pair%%:*}" ] || missing+=("${pair#*:}")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq ${NO_RECOMMENDS:+--no-install-recommends} \
        "${missing[@]}" >/dev/null
}

check_java_and_maven() {
    require_command java "install a JDK 17 (Debian: openjdk-17-jdk)"
    require_command mvn "install Apache Maven (Debian: maven)"
    local version
    version=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    [ "${version%%.*}" -ge 17 ] 2>/dev/null || die "Java 17 or newer is needed (found ${version:-none})"
}
