# A throwaway PostgreSQL cluster for the integration tests: created empty in a temporary folder, on a free
# port, with a random password, and removed afterwards. Sourced by scripts/test. The test user may create databases:
# the backup test restores into a new database next to the application's.

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/bash -c "$*"
    else
        bash -c "$*"
    fi
}

# A free TCP port on this machine between $1 and $2 (by default the range used for PostgreSQL).
free_port() {
    local port from=${1:-55432} to=${2:-55532}
    for port in $(seq "$from" "$to"); do
        (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
    done
    die "no free port between $from and $to"
}

start_test_postgres() {
    [ -n "$PG_BIN" ] || die "PostgreSQL server binaries not found under /usr/lib/postgresql"
    TEST_PG_DIR=$(mktemp -d /tmp/healthysociety-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres "$TEST_PG_DIR"
    TEST_PG_PORT=$(free_port)
    TEST_DB_USER=healthysociety
    TEST_DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    as_postgres "'$PG_BIN/initdb' -D '$TEST_PG_DIR/data' -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8" >/dev/null
    as_postgres "'$PG_BIN/pg_ctl' -D '$TEST_PG_DIR/data' -l '$TEST_PG_DIR/log' -w -o \"-p $TEST_PG_PORT -k '$TEST_PG_DIR' -c listen_addresses=127.0.0.1 -c fsync=off\" start" >/dev/null
    as_postgres "'$PG_BIN/psql' -q -h '$TEST_PG_DIR' -p $TEST_PG_PORT -U postgres -v ON_ERROR_STOP=1 \
        -c \"create role $TEST_DB_USER login createdb password '$TEST_DB_PASSWORD'\" \
        -c \"create database healthysociety owner $TEST_DB_USER\" \
        -c \"create database healthysociety_cluster owner $TEST_DB_USER\""
    TEST_DB_URL="jdbc:postgresql://127.0.0.1:$TEST_PG_PORT/healthysociety"
    # The Payara Micro cluster test's own database, so its instances and timers leave the server tests' data alone.
    TEST_CLUSTER_DB_URL="jdbc:postgresql://127.0.0.1:$TEST_PG_PORT/healthysociety_cluster"
    echo "Test PostgreSQL running on port $TEST_PG_PORT (empty databases 'healthysociety', 'healthysociety_cluster')"
}

stop_test_postgres() {
    if [ -n "${TEST_PG_DIR:-}" ] && [ -d "$TEST_PG_DIR/data" ]; then
        as_postgres "'$PG_BIN/pg_ctl' -D '$TEST_PG_DIR/data' -m immediate stop" >/dev/null 2>&1 || true
        rm -rf "$TEST_PG_DIR"
    fi
}
