#!/usr/bin/env bash
# Configures an existing Payara Server 6 domain for the platform and deploys the EAR, or upgrades it to a new EAR.
# Safe to run again: every step first looks at what the domain has, so a second run changes only what differs, and
# deploying a new EAR is the upgrade (Flyway brings the schema up to date once, keeping all data).
#
#   scripts/deploy-payara.sh [--env-file FILE] [EAR]
#
# What it does to the domain (docs/operations.md, "Install on Payara Server", explains each step):
#   1. adds the PostgreSQL JDBC driver that the EAR carries to the domain (add-library), unless it is there already;
#   2. stores the secrets as password aliases: the database password, and if given the SMTP and directory passwords
#      and the first administrator's password;
#   3. JDBC connection pool healthysociety-pool and resource jdbc/healthysociety on PostgreSQL (password from its
#      alias), and tells the application to use it (MicroProfile Config healthysociety.db.jndi-name);
#   4. JavaMail session mail/healthysociety (SMTP server, sender, login; the application sends through it);
#   5. the application's other settings as domain-level MicroProfile Config properties (set-config-property); a
#      setting that is not given is removed, so the domain always matches the settings file;
#   6. JVM options (heap, file encoding, time zone) and the HTTP thread pool; restarts the domain when a change needs
#      it (the application is disabled first, so it never starts half-configured);
#   7. deploys the EAR as application "healthysociety" (asadmin deploy --force=true) and checks it is ready.
#
# Settings come from the environment or from the settings file (KEY=VALUE lines; the environment wins). The
# application's settings are the HEALTHYSOCIETY_* variables of the README's configuration table; the ones only this
# script reads (with their defaults):
#   PAYARA_ASADMIN             asadmin to use                   (asadmin on the PATH, else $PAYARA_HOME/bin/asadmin)
#   PAYARA_DOMAIN              the domain's name, for restarting it (domain1)
#   PAYARA_ADMIN_HOST          the domain's admin host           (localhost)
#   PAYARA_ADMIN_PORT          the domain's admin port           (4848)
#   PAYARA_ADMIN_USER          admin user                        (admin)
#   PAYARA_ADMIN_PASSWORD_FILE asadmin password file with AS_ADMIN_PASSWORD=... (none: an admin without password)
#   PAYARA_ADMIN_SECURE        true when the admin port speaks HTTPS (secure admin enabled) (false)
#   PAYARA_HEAP                maximum heap, -Xmx                 (2g)
#   PAYARA_TIMEZONE            JVM default time zone              (Europe/Amsterdam)
#   PAYARA_HTTP_THREADS        HTTP request threads               (64)
#   PAYARA_DB_POOL_MIN         connections kept open              (8)
#   PAYARA_DB_POOL_MAX         at most this many connections      (40)
#   PAYARA_ADD_JDBC_DRIVER     add the EAR's PostgreSQL driver to the domain (true); false if operations manage it
#   PAYARA_READY_URL           checked after deployment           (http://$PAYARA_ADMIN_HOST:8080/health/ready;
#                              empty: no check)
#   HEALTHYSOCIETY_DB_URL      jdbc:postgresql://host:5432/database (required)
#   HEALTHYSOCIETY_DB_USER     database user                      (healthysociety)
#   HEALTHYSOCIETY_DB_PASSWORD database password: needed the first time; stored as password alias
#                              healthysociety-db-password, kept when not given
#   HEALTHYSOCIETY_MAIL_HOST, _PORT, _USER, _PASSWORD, _STARTTLS, _FROM, _TIMEOUT_MS: the mail session (as the README)
set -euo pipefail

APPLICATION=healthysociety
POOL=healthysociety-pool
JDBC_RESOURCE=jdbc/healthysociety
MAIL_RESOURCE=mail/healthysociety
DB_PASSWORD_ALIAS=healthysociety-db-password
MAIL_PASSWORD_ALIAS=healthysociety-mail-password

# The application's settings that become MicroProfile Config properties of the domain. The environment variable of
# each is its name in capitals with '.' and '-' as '_' (healthysociety.ldap.user-base: HEALTHYSOCIETY_LDAP_USER_BASE).
CONFIG_PROPERTIES=(
    healthysociety.demo-data healthysociety.public-url healthysociety.session.secure-cookie
    healthysociety.organiser-email healthysociety.mail.retry-seconds healthysociety.reminders.interval-seconds
    healthysociety.privacy.retention-months healthysociety.privacy.interval-seconds
    healthysociety.meetingpoint.waiting-days healthysociety.meetingpoint.reminders-interval-seconds
    healthysociety.meetingpoint.retention-months
    healthysociety.ldap.url healthysociety.ldap.bind-dn healthysociety.ldap.user-base healthysociety.ldap.user-filter
    healthysociety.ldap.name-attribute healthysociety.ldap.mail-attribute healthysociety.ldap.group-base
    healthysociety.ldap.group-filter healthysociety.ldap.beheerder-groups healthysociety.ldap.medewerker-groups
    healthysociety.ldap.timeout-ms
    healthysociety.security.trusted-proxies healthysociety.login.account-failures
    healthysociety.login.address-failures healthysociety.login.window-minutes healthysociety.login.block-minutes
)
# Secret settings: stored as password aliases named after the property, which Payara's password config source hands
# to the application. Kept when not given (remove one with asadmin delete-password-alias).
SECRET_PROPERTIES=(healthysociety.ldap.bind-password healthysociety.bootstrap.admin-password)
# Read by this script itself (database, mail session), so not passed on as config properties.
OWN_VARIABLES=(HEALTHYSOCIETY_DB_URL HEALTHYSOCIETY_DB_USER HEALTHYSOCIETY_DB_PASSWORD HEALTHYSOCIETY_MAIL_HOST
    HEALTHYSOCIETY_MAIL_PORT HEALTHYSOCIETY_MAIL_USER HEALTHYSOCIETY_MAIL_PASSWORD HEALTHYSOCIETY_MAIL_STARTTLS
    HEALTHYSOCIETY_MAIL_FROM HEALTHYSOCIETY_MAIL_TIMEOUT_MS HEALTHYSOCIETY_EAR)

die() {
    echo "error: $*" >&2
    exit 1
}

log() {
    echo "==> $*"
}

ENV_FILE=""
EAR=""
while [ $# -gt 0 ]; do
    case "$1" in
        --env-file) ENV_FILE="${2:?--env-file needs a file}"; shift 2 ;;
        --env-file=*) ENV_FILE="${1#*=}"; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) [ -z "$EAR" ] || die "one EAR only"; EAR="$1"; shift ;;
    esac
done

# --- settings ------------------------------------------------------------------------------------------------------

declare -A FILE_VALUES=()
if [ -n "$ENV_FILE" ]; then
    [ -r "$ENV_FILE" ] || die "cannot read the settings file $ENV_FILE"
    while IFS= read -r line || [ -n "$line" ]; do
        line="${line#"${line%%[![:space:]]*}"}"
        case "$line" in ''|'#'*) continue ;; esac
        line="${line#export }"
        key="${line%%=*}"
        [[ "$key" =~ ^[A-Z_][A-Z0-9_]*$ ]] && [ "$key" != "$line" ] || die "not a KEY=VALUE line in $ENV_FILE: $key"
        value="${line#*=}"
        # One pair of surrounding quotes is taken off, as systemd and docker do.
        if [[ "$value" =~ ^\"(.*)\"$ ]] || [[ "$value" =~ ^\'(.*)\'$ ]]; then
            value="${BASH_REMATCH[1]}"
        fi
        FILE_VALUES["$key"]="$value"
    done <"$ENV_FILE"
fi

# The value of a setting: from the environment, else from the settings file, else the default ($2).
setting() {
    local from_environment="${!1:-}"
    if [ -n "$from_environment" ]; then
        printf '%s' "$from_environment"
    else
        printf '%s' "${FILE_VALUES[$1]:-${2:-}}"
    fi
}

variable_for() {
    local name="${1//[.-]/_}"
    printf '%s' "${name^^}"
}

# Warn about HEALTHYSOCIETY_* settings in the file that nothing reads: most likely a typing error.
for key in "${!FILE_VALUES[@]}"; do
    case "$key" in HEALTHYSOCIETY_*) ;; *) continue ;; esac
    known=false
    for name in "${OWN_VARIABLES[@]}"; do
        [ "$name" = "$key" ] && known=true
    done
    for property in "${CONFIG_PROPERTIES[@]}" "${SECRET_PROPERTIES[@]}"; do
        [ "$(variable_for "$property")" = "$key" ] && known=true
    done
    $known || echo "warning: $key in $ENV_FILE is not a setting this script knows; it is ignored" >&2
done

EAR="${EAR:-$(setting HEALTHYSOCIETY_EAR)}"
[ -n "$EAR" ] || die "name the EAR to deploy (see --help)"
[ -f "$EAR" ] || die "no EAR at $EAR"

DB_URL="$(setting HEALTHYSOCIETY_DB_URL)"
[[ "$DB_URL" == jdbc:postgresql:* ]] || die "HEALTHYSOCIETY_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db)"

ADMIN_HOST="$(setting PAYARA_ADMIN_HOST localhost)"
ASADMIN="$(setting PAYARA_ASADMIN)"
if [ -z "$ASADMIN" ]; then
    if command -v asadmin >/dev/null 2>&1; then
        ASADMIN=asadmin
    elif [ -n "${PAYARA_HOME:-}" ]; then
        ASADMIN="$PAYARA_HOME/bin/asadmin"
    else
        die "asadmin not found: put it on the PATH, or set PAYARA_ASADMIN or PAYARA_HOME"
    fi
fi
ADMIN_PASSWORD_FILE="$(setting PAYARA_ADMIN_PASSWORD_FILE)"
[ -z "$ADMIN_PASSWORD_FILE" ] || [ -r "$ADMIN_PASSWORD_FILE" ] || die "cannot read $ADMIN_PASSWORD_FILE"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/healthysociety-deploy.XXXXXX")
chmod 700 "$WORK"
trap 'rm -rf "$WORK"' EXIT

# The admin password file, plus (for the alias commands) the alias's secret; never a secret on a command line.
password_file() {
    local file="$WORK/password" 
    : >"$file"
    chmod 600 "$file"
    [ -z "$ADMIN_PASSWORD_FILE" ] || grep -v '^AS_ADMIN_ALIASPASSWORD=' "$ADMIN_PASSWORD_FILE" >>"$file" || true
    [ $# -eq 0 ] || printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$1" >>"$file"
    printf '%s' "$file"
}

asadmin() {
    local options=(--interactive=false --host "$ADMIN_HOST" --port "$(setting PAYARA_ADMIN_PORT 4848)"
        --user "$(setting PAYARA_ADMIN_USER admin)" --passwordfile "$(password_file)")
    [ "$(setting PAYARA_ADMIN_SECURE false)" = true ] && options+=(--secure=true)
    TERM=dumb "$ASADMIN" "${options[@]}" "$@"
}

# asadmin with a password alias's secret in its password file.
asadmin_with_alias_secret() {
    local secret="$1"
    shift
    local options=(--interactive=false --host "$ADMIN_HOST" --port "$(setting PAYARA_ADMIN_PORT 4848)"
        --user "$(setting PAYARA_ADMIN_USER admin)" --passwordfile "$(password_file "$secret")")
    [ "$(setting PAYARA_ADMIN_SECURE false)" = true ] && options+=(--secure=true)
    TERM=dumb "$ASADMIN" "${options[@]}" "$@"
    rm -f "$WORK/password"
}

# One argument quoted for an asadmin multimode command file.
quote() {
    local value="${1//\\/\\\\}"
    printf '"%s"' "${value//\"/\\\"}"
}

COMMANDS="$WORK/commands"
: >"$COMMANDS"
command_line() {
    local line="" word
    for word in "$@"; do
        line+="$(quote "$word") "
    done
    echo "$line" >>"$COMMANDS"
}

# Runs the collected commands in one asadmin process (one JVM start instead of one per command). multimode goes on
# after a failed command and still exits 0, so its output is checked for failures.
run_commands() {
    [ -s "$COMMANDS" ] || return 0
    local output="$WORK/output"
    asadmin multimode --file "$COMMANDS" >"$output" 2>&1 || { cat "$output" >&2; die "asadmin failed"; }
    if grep -q '^Command .* failed\.' "$output"; then
        grep -v '^Unable to retrieve infocmp' "$output" >&2
        die "an asadmin command failed (above)"
    fi
    : >"$COMMANDS"
}

has_line() {
    grep -qxF -- "$1" <<<"$2"
}

# --- what the domain has now ----------------------------------------------------------------------------------------

log "Reading the domain's configuration ($ADMIN_HOST)"
asadmin uptime >/dev/null 2>&1 || die "cannot reach the domain's admin port through $ASADMIN (is the domain running?)"
trimmed() {
    asadmin "$@" | sed 's/[[:space:]]*$//' | grep -v '^Command .* executed successfully\.$' || true
}
ALIASES=$(trimmed list-password-aliases)
LIBRARIES=$(trimmed list-libraries)
POOLS=$(trimmed list-jdbc-connection-pools)
JDBC_RESOURCES=$(trimmed list-jdbc-resources)
MAIL_RESOURCES=$(trimmed list-javamail-resources)
JVM_OPTIONS=$(trimmed list-jvm-options)
APPLICATIONS=$(trimmed list-applications | awk '{print $1}')
RESTART=false

# --- 1. JDBC driver -------------------------------------------------------------------------------------------------

if [ "$(setting PAYARA_ADD_JDBC_DRIVER true)" = true ]; then
    unzip -q -o "$EAR" lib/postgresql.jar -d "$WORK" 2>/dev/null || die "$EAR holds no lib/postgresql.jar"
    version=$(unzip -p "$WORK/lib/postgresql.jar" META-INF/MANIFEST.MF | tr -d '\r' |
        awk -F': ' '($1 == "Bundle-Version" || $1 == "Implementation-Version") && !v {v = $2} END {print v}')
    driver="postgresql-${version:-unknown}.jar"
    if ! has_line "$driver" "$LIBRARIES"; then
        log "Adding the PostgreSQL JDBC driver $driver to the domain"
        for old in $(grep -x 'postgresql-.*\.jar' <<<"$LIBRARIES" || true); do
            asadmin remove-library "$old" >/dev/null
            RESTART=true # the old driver stays loaded until the domain restarts
        done
        mv "$WORK/lib/postgresql.jar" "$WORK/$driver"
        asadmin add-library "$WORK/$driver" >/dev/null
    fi
fi

# --- 2. secrets as password aliases ---------------------------------------------------------------------------------

store_alias() {
    local alias="$1" secret="$2"
    [ -n "$secret" ] || return 0
    if has_line "$alias" "$ALIASES"; then
        asadmin_with_alias_secret "$secret" update-password-alias "$alias" >/dev/null
    else
        asadmin_with_alias_secret "$secret" create-password-alias "$alias" >/dev/null
        ALIASES+=$'\n'"$alias"
    fi
}
log "Storing secrets as password aliases"
store_alias "$DB_PASSWORD_ALIAS" "$(setting HEALTHYSOCIETY_DB_PASSWORD)"
has_line "$DB_PASSWORD_ALIAS" "$ALIASES" || die "the first run needs HEALTHYSOCIETY_DB_PASSWORD (then kept as alias $DB_PASSWORD_ALIAS)"
store_alias "$MAIL_PASSWORD_ALIAS" "$(setting HEALTHYSOCIETY_MAIL_PASSWORD)"
for property in "${SECRET_PROPERTIES[@]}"; do
    store_alias "$property" "$(setting "$(variable_for "$property")")"
done

# --- 3. JDBC pool and resource --------------------------------------------------------------------------------------

log "JDBC connection pool $POOL and resource $JDBC_RESOURCE"
if ! has_line "$POOL" "$POOLS"; then
    command_line create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
        --restype javax.sql.DataSource "$POOL"
fi
prefix="resources.jdbc-connection-pool.$POOL"
# The validation method before switching validation on: Payara checks the combination at every step.
command_line set "$prefix.property.url=$DB_URL" "$prefix.property.user=$(setting HEALTHYSOCIETY_DB_USER healthysociety)" \
    "$prefix.property.password=\${ALIAS=$DB_PASSWORD_ALIAS}" "$prefix.property.applicationName=$POOL" \
    "$prefix.steady-pool-size=$(setting PAYARA_DB_POOL_MIN 8)" "$prefix.max-pool-size=$(setting PAYARA_DB_POOL_MAX 40)" \
    "$prefix.connection-validation-method=custom-validation" \
    "$prefix.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation" \
    "$prefix.is-connection-validation-required=true" "$prefix.fail-all-connections=true"
has_line "$JDBC_RESOURCE" "$JDBC_RESOURCES" ||
    command_line create-jdbc-resource --connectionpoolid "$POOL" "$JDBC_RESOURCE"
command_line set-config-property --source domain --propertyName healthysociety.db.jndi-name \
    --propertyValue "$JDBC_RESOURCE"

# --- 4. mail session ------------------------------------------------------------------------------------------------

log "JavaMail session $MAIL_RESOURCE"
mail_user="$(setting HEALTHYSOCIETY_MAIL_USER)"
starttls="$(setting HEALTHYSOCIETY_MAIL_STARTTLS false)"
timeout="$(setting HEALTHYSOCIETY_MAIL_TIMEOUT_MS 10000)"
mail_properties=(
    "mail.smtp.port=$(setting HEALTHYSOCIETY_MAIL_PORT 25)" "mail.smtp.starttls.enable=$starttls"
    "mail.smtp.starttls.required=$starttls" "mail.smtp.connectiontimeout=$timeout" "mail.smtp.timeout=$timeout"
    "mail.smtp.writetimeout=$timeout"
)
if [ -n "$mail_user" ]; then
    has_line "$MAIL_PASSWORD_ALIAS" "$ALIASES" || die "HEALTHYSOCIETY_MAIL_USER needs HEALTHYSOCIETY_MAIL_PASSWORD"
    mail_properties+=("mail.smtp.auth=true" "mail.smtp.password=\${ALIAS=$MAIL_PASSWORD_ALIAS}")
else
    mail_properties+=("mail.smtp.auth=false")
fi
# Recreated on every run: the simplest way to make it match the settings exactly. The application looks it up when
# it sends mail, not at deployment.
has_line "$MAIL_RESOURCE" "$MAIL_RESOURCES" && command_line delete-javamail-resource "$MAIL_RESOURCE"
# create-javamail-resource separates properties with ':'; a ':' inside a value is escaped.
joined=""
for property in "${mail_properties[@]}"; do
    joined+="${joined:+:}${property//:/\\:}"
done
command_line create-javamail-resource --mailhost "$(setting HEALTHYSOCIETY_MAIL_HOST localhost)" \
    --mailuser "${mail_user:-healthysociety}" \
    --fromaddress "$(setting HEALTHYSOCIETY_MAIL_FROM 'Leiden Healthy Society Center <healthysocietycenter@leiden.nl>')" \
    --property "$joined" "$MAIL_RESOURCE"

# --- 5. the application's settings ----------------------------------------------------------------------------------

log "The application's settings (MicroProfile Config, domain level)"
for property in "${CONFIG_PROPERTIES[@]}"; do
    value="$(setting "$(variable_for "$property")")"
    if [ -n "$value" ]; then
        command_line set-config-property --source domain --propertyName "$property" --propertyValue "$value"
    else
        command_line delete-config-property --source domain --propertyName "$property"
    fi
done
# Settings the application reads from its own data source; with the server's pool they would only mislead.
for property in healthysociety.db.url healthysociety.db.user healthysociety.db.password; do
    command_line delete-config-property --source domain --propertyName "$property"
done

# --- 6. JVM options and threads -------------------------------------------------------------------------------------

log "JVM options and the HTTP thread pool"
jvm_option() {
    local wanted="$1" prefix="$2" current
    has_line "$wanted" "$JVM_OPTIONS" && return 0
    for current in $(grep -F -- "$prefix" <<<"$JVM_OPTIONS" | grep -- "^$prefix" || true); do
        command_line delete-jvm-options -- "${current//:/\\:}"
    done
    command_line create-jvm-options -- "${wanted//:/\\:}"
    RESTART=true
}
jvm_option "-Xmx$(setting PAYARA_HEAP 2g)" -Xmx
jvm_option -Dfile.encoding=UTF-8 -Dfile.encoding=
jvm_option "-Duser.timezone=$(setting PAYARA_TIMEZONE Europe/Amsterdam)" -Duser.timezone=
command_line set \
    "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=$(setting PAYARA_HTTP_THREADS 64)"

run_commands
asadmin ping-connection-pool "$POOL" >/dev/null || die "the pool $POOL cannot reach the database at $DB_URL"

# Payara's own view (hidden command _get-restart-required) also covers changes this script does not track.
if $RESTART || [ "$(trimmed _get-restart-required)" = true ]; then
    # Disabled first, so the old version does not start against the new settings, and the deployment below does
    # not race the application's loading at startup.
    if has_line "$APPLICATION" "$APPLICATIONS"; then
        log "Disabling $APPLICATION for the restart"
        asadmin disable "$APPLICATION" >/dev/null
    fi
    log "Restarting the domain (JVM options or the JDBC driver changed)"
    asadmin restart-domain "$(setting PAYARA_DOMAIN domain1)" >/dev/null
fi

# --- 7. deploy ------------------------------------------------------------------------------------------------------

log "Deploying $(basename "$EAR") as $APPLICATION (Flyway brings the database up to date)"
asadmin deploy --force=true --enabled=true --name "$APPLICATION" "$EAR" >/dev/null ||
    die "deployment failed: see the domain's server.log"

ready_url="$(setting PAYARA_READY_URL "http://$ADMIN_HOST:8080/health/ready")"
if [ -n "$ready_url" ]; then
    for _ in $(seq 1 60); do
        curl -fs -o /dev/null "$ready_url" && break
        sleep 1
    done
    curl -fs -o /dev/null "$ready_url" || die "deployed, but $ready_url does not answer UP"
fi
log "Done: $APPLICATION is deployed${ready_url:+ and ready ($ready_url)}"
