# Shared by scripts/backup.sh and scripts/restore.sh: which PostgreSQL client tools to use and how to reach the
# database. Sourced, not run.
#
# The connection comes from the application's own settings when HEALTHYSOCIETY_DB_URL is set (the same
# HEALTHYSOCIETY_DB_URL, _USER and _PASSWORD the Payara service is started with), otherwise from the standard
# libpq variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD or ~/.pgpass, PGSSLMODE, ...). The password is
# handed to the client tools in PGPASSWORD, never on a command line, where `ps` would show it to everyone.

source "$(dirname "${BASH_SOURCE[0]}")/prerequisites.sh"

# The Debian client tools (package postgresql-client-15; the server package includes them). A pg_dump must not be
# older than the server it dumps, so the newest installed version is used; HEALTHYSOCIETY_PG_BIN overrides.
find_pg_tools() {
    if [ -z "${HEALTHYSOCIETY_PG_BIN:-}" ]; then
        if ! ls /usr/lib/postgresql/*/bin/pg_dump >/dev/null 2>&1; then
            ensure_debian_packages /usr/lib/postgresql/15/bin/pg_dump:postgresql-client-15
        fi
        HEALTHYSOCIETY_PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    fi
    PG_TOOLS=${HEALTHYSOCIETY_PG_BIN:-}
    [ -x "$PG_TOOLS/pg_dump" ] && [ -x "$PG_TOOLS/pg_restore" ] && [ -x "$PG_TOOLS/psql" ] \
        || die "PostgreSQL client tools not found in '${PG_TOOLS}' (Debian: apt-get install postgresql-client-15)"
}

# Turns HEALTHYSOCIETY_DB_URL (jdbc:postgresql://host[:port][,host2[:port2]]/database[?parameters]),
# HEALTHYSOCIETY_DB_USER and HEALTHYSOCIETY_DB_PASSWORD into libpq variables; without the URL the PG* variables
# already in the environment are used as they are.
load_connection() {
    local url=${HEALTHYSOCIETY_DB_URL:-}
    if [ -z "$url" ]; then
        [ -n "${PGDATABASE:-}" ] || die "set HEALTHYSOCIETY_DB_URL (and _USER, _PASSWORD) or the PG* variables (PGHOST, PGDATABASE, PGUSER, ...)"
        return 0
    fi
    case "$url" in
        jdbc:h2:*) die "HEALTHYSOCIETY_DB_URL points at an embedded H2 database: these scripts back up PostgreSQL (see docs/operations.md for H2)" ;;
        jdbc:postgresql:*) ;;
        *) die "HEALTHYSOCIETY_DB_URL is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)" ;;
    esac
    local rest=${url#jdbc:postgresql:} query="" hosts="" ports="" spec host port
    if [[ "$rest" == *\?* ]]; then
        query=${rest#*\?}
        rest=${rest%%\?*}
    fi
    if [[ "$rest" == //* ]]; then
        rest=${rest#//}
        [[ "$rest" == */* ]] || die "HEALTHYSOCIETY_DB_URL names no database (jdbc:postgresql://host:port/database)"
        local hostlist=${rest%%/*}
        rest=${rest#*/}
        IFS=, read -r -a specs <<<"$hostlist"
        for spec in "${specs[@]}"; do
            if [[ "$spec" =~ ^\[([^]]+)\](:([0-9]+))?$ ]] || [[ "$spec" =~ ^([^:]+)(:([0-9]+))?$ ]]; then
                host=${BASH_REMATCH[1]}
                port=${BASH_REMATCH[3]:-5432}
            else
                die "cannot read the host '$spec' in HEALTHYSOCIETY_DB_URL"
            fi
            hosts+=${hosts:+,}$host
            ports+=${ports:+,}$port
        done
    else
        hosts=localhost
        ports=5432
    fi
    [ -n "$rest" ] || die "HEALTHYSOCIETY_DB_URL names no database"
    export PGHOST=$hosts PGPORT=$ports PGDATABASE=$rest
    local pair name value
    IFS='&' read -r -a pairs <<<"$query"
    for pair in "${pairs[@]}"; do
        name=${pair%%=*}
        value=${pair#*=}
        case "$name" in
            sslmode) export PGSSLMODE=$value ;;
            ssl) [ "$value" = false ] || export PGSSLMODE=${PGSSLMODE:-verify-full} ;;
            sslrootcert) export PGSSLROOTCERT=$value ;;
            user) export PGUSER=$value ;;
            password) export PGPASSWORD=$value ;;
            connectTimeout) export PGCONNECT_TIMEOUT=$value ;;
            *) echo "note: the JDBC parameter '$name' has no meaning for the client tools and is ignored" >&2 ;;
        esac
    done
    [ -n "${HEALTHYSOCIETY_DB_USER:-}" ] && export PGUSER=$HEALTHYSOCIETY_DB_USER
    [ -n "${HEALTHYSOCIETY_DB_PASSWORD:-}" ] && export PGPASSWORD=$HEALTHYSOCIETY_DB_PASSWORD
    return 0
}

# psql against the configured database (or the one in $PGDATABASE at the time), quiet, stopping at the first error.
run_psql() {
    "$PG_TOOLS/psql" -X -q -v ON_ERROR_STOP=1 "$@"
}

# The files that make up the backup whose dump is $1: the dump, the optional archive of a directory, the checksums.
backup_stem() {
    local dump=$1
    [[ "$dump" == *.dump ]] || die "'$dump' is not a backup dump (healthysociety-<time>.dump)"
    echo "${dump%.dump}"
}

# Checks a backup without touching any database: its checksums, and that pg_restore (and tar) can read it all.
verify_backup() {
    local dump=$1 stem
    stem=$(backup_stem "$dump")
    [ -f "$dump" ] || die "no such backup: $dump"
    [ -f "$stem.sha256" ] || die "$stem.sha256 is missing: the backup is incomplete (it is written last)"
    (cd "$(dirname "$dump")" && sha256sum --quiet --strict -c "$(basename "$stem.sha256")") \
        || die "checksums do not match: $dump is damaged"
    "$PG_TOOLS/pg_restore" --list "$dump" >/dev/null || die "pg_restore cannot read $dump"
    if [ -f "$stem-files.tar.gz" ]; then
        tar -tzf "$stem-files.tar.gz" >/dev/null || die "$stem-files.tar.gz cannot be read"
    fi
}
