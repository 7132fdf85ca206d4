#!/usr/bin/env bash
# The budget benchmark of docs/benchmarks.md: loads 10,000 initiatives, 1,000 organisations and 20,000 progress
# updates into a throwaway PostgreSQL, runs the EAR on Payara Server against it, and measures with wrk:
#   - the open-data API page (search word and two filters) at 20 concurrent clients,
#   - the intranet list page (search word and two filters, logged in) at 20 concurrent clients,
#   - the coverage matrix and the network page, one client,
#   - with 60 areas and 50 more indicators measured 10 years in every area (scripts/benchmark/accord.sql): the
#     accord dashboard and an indicator page at 20 concurrent clients.
# Usage: scripts/benchmark.sh [seconds per load run, default 30]
#        scripts/benchmark.sh --serve   load the data and keep the server running for profiling (Ctrl-C stops)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
check_java_and_maven
ensure_debian_packages /usr/lib/postgresql/15/bin/initdb:postgresql wrk:wrk curl:curl

SERVE=false
[ "${1:-}" = "--serve" ] && { SERVE=true; shift; }
DURATION="${1:-30}"
source scripts/test-postgres.sh
start_test_postgres
cleanup() {
    scripts/run stop >/dev/null 2>&1 || true
    stop_test_postgres
}
trap cleanup EXIT

export HEALTHYSOCIETY_DB_URL="$TEST_DB_URL" HEALTHYSOCIETY_DB_USER="$TEST_DB_USER"
export HEALTHYSOCIETY_DB_PASSWORD="$TEST_DB_PASSWORD" HEALTHYSOCIETY_DEMO_DATA=true
export HEALTHYSOCIETY_SESSION_SECURE_COOKIE=false
scripts/run >/dev/null
ASADMIN=.run/payara6/bin/asadmin
# Production sizing (see README): more request threads than Payara's default of 5.
"$ASADMIN" set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=64 >/dev/null
"$ASADMIN" restart-domain domain1 >/dev/null
for _ in $(seq 1 90); do curl -fs -o /dev/null http://localhost:8080/health/ready && break; sleep 1; done

echo "Loading benchmark data..."
as_postgres "PGPASSWORD='$TEST_DB_PASSWORD' '$PG_BIN/psql' -q -h 127.0.0.1 -p $TEST_PG_PORT -U $TEST_DB_USER -d healthysociety -v ON_ERROR_STOP=1 -f '$PWD/scripts/benchmark/data.sql'"
count() {
    as_postgres "PGPASSWORD='$TEST_DB_PASSWORD' '$PG_BIN/psql' -tA -h 127.0.0.1 -p $TEST_PG_PORT -U $TEST_DB_USER -d healthysociety -c \"$1\""
}
as_postgres "PGPASSWORD='$TEST_DB_PASSWORD' '$PG_BIN/psql' -q -h 127.0.0.1 -p $TEST_PG_PORT -U $TEST_DB_USER -d healthysociety -v ON_ERROR_STOP=1 -f '$PWD/scripts/benchmark/accord.sql'"
echo "Data: $(count 'select count(*) from initiative') initiatives, $(count 'select count(*) from organisation') organisations, $(count 'select count(*) from progress_update') progress updates"
echo "Accord: $(count 'select count(*) from indicator') indicators, $(count 'select count(*) from area') areas, $(count 'select count(*) from measurement') measurements"

THEME=$(count "select id from theme where code = 'GEZONDHEID_WELZIJN'")
AREA=$(count "select id from area where name = 'Stevenshofdistrict'")

# A logged-in session for the intranet pages.
JAR=$(mktemp)
curl -s -c "$JAR" -b "$JAR" -o /tmp/bench-login.html http://localhost:8080/login
VIEWSTATE=$(grep -oE 'name="jakarta.faces.ViewState"[^>]*value="[^"]+"' /tmp/bench-login.html | head -1 | sed -E 's/.*value="([^"]+)".*/\1/')
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "login=login" --data-urlencode "login:username=medewerker" \
    --data-urlencode "login:password=Leiden-demo-2026" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$VIEWSTATE" http://localhost:8080/login
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR" | tail -1)
rm -f "$JAR"

if $SERVE; then
    echo "Serving with the benchmark data on http://localhost:8080/ (logged-in session cookie JSESSIONID=$SESSION). Ctrl-C stops."
    while true; do sleep 3600 & wait $!; done
fi

API="http://localhost:8080/api/initiatives?q=gezond&theme=$THEME&status=LOPEND&max=20"
LIST="http://localhost:8080/intranet/initiatieven?q=gezond&thema=$THEME&gebied=$AREA"
status=$(curl -s -o /tmp/bench-list.html -w '%{http_code}' -H "Cookie: JSESSIONID=$SESSION" "$LIST")
grep -q 'search:table' /tmp/bench-list.html || die "the list page did not answer logged in (HTTP $status)"
ACCORD=$(count "select id from prevention_accord where name = 'Leiden Gezond en Vitaal'")
DASHBOARD="http://localhost:8080/intranet/preventieakkoord?id=$ACCORD"
INDICATOR="http://localhost:8080/intranet/indicator?id=$(count "select min(id) from indicator where name like 'Benchmarkindicator %'")"
# Warm-up long enough for the JIT to finish compiling the hot paths on two shared cores.
echo "Warming up..."
wrk -t2 -c20 -d15s "$API" >/dev/null
wrk -t2 -c20 -d20s -H "Cookie: JSESSIONID=$SESSION" "$LIST" >/dev/null
wrk -t2 -c20 -d15s -H "Cookie: JSESSIONID=$SESSION" "$DASHBOARD" >/dev/null

echo "API page, 20 clients, ${DURATION}s: $(wrk -t2 -c20 -d${DURATION}s -s scripts/benchmark/p95.lua "$API" | tail -1)"
echo "List page, 20 clients, ${DURATION}s: $(wrk -t2 -c20 -d${DURATION}s -s scripts/benchmark/p95.lua -H "Cookie: JSESSIONID=$SESSION" "$LIST" | tail -1)"
echo "Accord dashboard, 20 clients, ${DURATION}s: $(wrk -t2 -c20 -d${DURATION}s -s scripts/benchmark/p95.lua -H "Cookie: JSESSIONID=$SESSION" "$DASHBOARD" | tail -1)"
echo "Indicator page (600 measurements), 20 clients, ${DURATION}s: $(wrk -t2 -c20 -d${DURATION}s -s scripts/benchmark/p95.lua -H "Cookie: JSESSIONID=$SESSION" "$INDICATOR" | tail -1)"
for page in intranet/overzicht intranet/netwerk; do
    times=$(for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: JSESSIONID=$SESSION" "http://localhost:8080/$page"; done | sort -n)
    echo "$page, 1 client, 20 requests: median=$(echo "$times" | sed -n 10p)s p95=$(echo "$times" | sed -n 19p)s max=$(echo "$times" | tail -1)s"
done
