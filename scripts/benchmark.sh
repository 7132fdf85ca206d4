#!/usr/bin/env bash
# The budget benchmark of docs/benchmarks.md, in one command. It
#   1. starts a throwaway PostgreSQL and a mail sink, builds and deploys the EAR on Payara Server 6 (scripts/run,
#      with 64 HTTP threads as the README advises for production), which fills the empty database with demo data;
#   2. stops Payara and generates the benchmark volume on top (scripts/benchmark/*.sql: 1,000 organisations, 10,000
#      initiatives with 20,000 progress updates, 60 areas with 50 indicators measured 10 years in each, 300 meetings
#      with 100,000 registrations, a festival of 150 sessions, 5,000 Meeting Point questions, 500 accounts);
#   3. starts Payara again and times it from `asadmin start-domain` until /health/ready answers UP;
#   4. warms every scenario up, then measures each with wrk (closed loop, no think time): anonymous and logged-in
#      pages and API calls of every capability at 20 clients, a trivial static file on the same server as the
#      ceiling, and 100 clients registering for meetings at once;
#   5. forces a full garbage collection and reads the heap in use;
#   6. prints one table (throughput, share of the ceiling, p50/p95/p99, budget) and writes it with an SVG chart to
#      .run/benchmark/ and docs/benchmarks-p95.svg.
# Usage: scripts/benchmark.sh [seconds per scenario, default 30]
#          BENCH_WARMUP=seconds of warm-up per scenario (default 15)
#          BENCH_ONLY=regex: only the scenarios whose name matches (and the ceiling); the docs' chart stays as it is
#        scripts/benchmark.sh --serve   load the data and keep the server running for profiling (Ctrl-C stops)
# Run it on a quiet machine: wrk, PostgreSQL and Payara share the cores, and anything else running skews the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
check_java_and_maven
ensure_debian_packages /usr/lib/postgresql/15/bin/initdb:postgresql wrk:wrk curl:curl python3:python3

SERVE=false
[ "${1:-}" = "--serve" ] && { SERVE=true; shift; }
DURATION="${1:-30}"
WARMUP="${BENCH_WARMUP:-15}"
OUT="$PWD/.run/benchmark"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p "$OUT"
BASE=http://localhost:8080

source scripts/test-postgres.sh
SMTP_PID=""
cleanup() {
    scripts/run stop >/dev/null 2>&1 || true
    [ -n "$SMTP_PID" ] && kill "$SMTP_PID" 2>/dev/null || true
    [ -n "${SLEEP_PID:-}" ] && kill "$SLEEP_PID" 2>/dev/null || true
    stop_test_postgres
}
trap cleanup EXIT
# A signal ends the script through its EXIT trap, so the mail sink (which inherits a caller's lock, e.g. flock) never
# outlives it.
trap 'exit 130' INT TERM
start_test_postgres
SMTP_PORT=$(free_port 25250 25350)
python3 scripts/benchmark/smtp-sink.py "$SMTP_PORT" >"$OUT/smtp-sink.log" 2>&1 &
SMTP_PID=$!

export HEALTHYSOCIETY_DB_URL="$TEST_DB_URL" HEALTHYSOCIETY_DB_USER="$TEST_DB_USER"
export HEALTHYSOCIETY_DB_PASSWORD="$TEST_DB_PASSWORD" HEALTHYSOCIETY_DEMO_DATA=true
export HEALTHYSOCIETY_SESSION_SECURE_COOKIE=false HEALTHYSOCIETY_MAIL_HOST=127.0.0.1 HEALTHYSOCIETY_MAIL_PORT="$SMTP_PORT"
# A server that another run just stopped may still hold its ports for a few seconds; start-domain would fail.
for _ in $(seq 1 60); do
    (echo >/dev/tcp/127.0.0.1/8080) 2>/dev/null || (echo >/dev/tcp/127.0.0.1/4848) 2>/dev/null || break
    sleep 1
done
scripts/run >"$OUT/run.log" 2>&1 || { tail -30 "$OUT/run.log"; die "scripts/run failed (log: $OUT/run.log)"; }
ASADMIN=.run/payara6/bin/asadmin
PID_FILE=.run/payara6/glassfish/domains/domain1/config/pid
# Production sizing (see README): more request threads than Payara's default of 5.
"$ASADMIN" set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=64 >/dev/null
"$ASADMIN" stop-domain domain1 >/dev/null

psql_as_app() {
    as_postgres "PGPASSWORD='$TEST_DB_PASSWORD' '$PG_BIN/psql' -h 127.0.0.1 -p $TEST_PG_PORT -U $TEST_DB_USER -d healthysociety $*"
}
count() {
    psql_as_app "-tA -c \"$1\""
}
echo "Generating the benchmark data..."
started=$(date +%s)
for file in data accord activities; do
    psql_as_app "-q -v ON_ERROR_STOP=1 -f '$PWD/scripts/benchmark/$file.sql'" 2>&1 | { grep -v 'only superuser can analyze' || true; }
done
# As autovacuum would have done on a database in use: visibility maps for index-only scans, fresh statistics.
psql_as_app "-q -c 'vacuum analyze'" 2>&1 | { grep -v 'only superuser can vacuum' || true; }
echo "Generated in $(($(date +%s) - started)) s:"
echo "  $(count 'select count(*) from organisation') organisations, $(count 'select count(*) from initiative') initiatives, $(count 'select count(*) from progress_update') progress updates, $(count 'select count(*) from account') accounts"
echo "  $(count 'select count(*) from area') areas, $(count 'select count(*) from indicator') indicators, $(count 'select count(*) from measurement') measurements"
echo "  $(count "select count(*) from meeting where type <> 'FESTIVALSESSIE'") meetings, $(count 'select count(*) from registration') registrations, $(count "select count(*) from session_proposal p join festival_edition e on e.id = p.edition_id where e.festival_year = 2027 and p.meeting_id is not null") sessions in the 2027 festival, $(count 'select count(*) from question') questions"

echo "Starting Payara Server on the benchmark data..."
started=$(date +%s%N)
"$ASADMIN" start-domain domain1 >/dev/null
ready=""
# Ready means the application's own readiness check (database) answers UP and its pages are served: while the
# application is still loading, Payara's /health/ready already says UP, with no checks in it.
for _ in $(seq 1 600); do
    if curl -fs "$BASE/health/ready" | grep -q '"database"' && curl -fs -o /dev/null "$BASE/login"; then
        ready=$(date +%s%N)
        break
    fi
    sleep 0.2
done
[ -n "$ready" ] || die "the application did not become ready within two minutes"
STARTUP_MS=$(((ready - started) / 1000000))
echo "Start-up to ready: $((STARTUP_MS / 1000)).$(printf '%03d' $((STARTUP_MS % 1000))) s"

# A logged-in session (medewerker has no second login step) for the intranet pages and API.
login() {
    local jar page viewstate nonce
    jar=$(mktemp)
    page=$(curl -s -c "$jar" -b "$jar" "$BASE/login")
    viewstate=$(grep -oE 'name="jakarta.faces.ViewState"[^>]*value="[^"]+"' <<<"$page" | head -1 | sed -E 's/.*value="([^"]+)".*/\1/')
    # PrimeFaces's script adds the page's CSP nonce to every form a browser posts; a post without it is refused.
    nonce=$(grep -oE "PrimeFaces\.csp\.init\('[^']+'\)" <<<"$page" | head -1 | sed -E "s/.*\('([^']+)'\).*/\1/")
    curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}\n' --data-urlencode "login=login" --data-urlencode "login:username=$1" \
        --data-urlencode "login:password=Leiden-demo-2026" --data-urlencode "login:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$viewstate" --data-urlencode "primefaces.nonce=$nonce" "$BASE/login" >&2
    awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1
    rm -f "$jar"
}
SESSION=$(login medewerker)
COOKIE="Cookie: JSESSIONID=$SESSION"
status=$(curl -s -o "$OUT/start.html" -w '%{http_code}' -H "$COOKIE" "$BASE/intranet/start")
[ "$status" = 200 ] || die "logging in as medewerker failed: the start page answered HTTP $status (see $OUT/start.html)"

if $SERVE; then
    echo "Serving with the benchmark data on $BASE/ (logged-in session cookie JSESSIONID=$SESSION). Ctrl-C stops."
    # The sleep is killed with the script: it would otherwise inherit and keep a caller's lock for an hour.
    while true; do
        sleep 3600 &
        SLEEP_PID=$!
        wait "$SLEEP_PID"
    done
fi

THEME=$(count "select id from theme where code = 'GEZONDHEID_WELZIJN'")
AREA=$(count "select id from area where name = 'Stevenshofdistrict'")
ACCORD=$(count "select id from prevention_accord where name = 'Leiden Gezond en Vitaal'")
INDICATOR=$(count "select min(id) from indicator where name like 'Benchmarkindicator %'")
INITIATIVE=$(count "select id from initiative where number = 'B42'")
MEETING=$(count "select id from meeting where title like 'Kenniscafé %' and status = 'GEPUBLICEERD' and starts_at > now() order by starts_at limit 1")
EDITION=$(count "select id from festival_edition where festival_year = 2027")
REG_MEETINGS=$(count "select string_agg(cast(id as varchar), ',') from meeting where title like 'Benchmarkaanmelding %'")

# Scenarios: name | budget for p95 in ms (- for none) | clients | anonymous or session | path.
SCENARIOS=(
    "Ceiling: static file|-|20|anon|/resources/js/network.js"
    "Home page|-|20|anon|/"
    "Public calendar|100|20|anon|/activiteiten"
    "Public meeting page|-|20|anon|/bijeenkomst?id=$MEETING"
    "Festival programme (150 sessions)|100|20|anon|/kennisfestival"
    "Public accord page|-|20|anon|/preventieakkoord"
    "Open-data API: initiatives page|50|20|anon|/api/initiatives?q=gezond&theme=$THEME&status=LOPEND&max=20"
    "Open API: upcoming meetings|-|20|anon|/api/meetings"
    "Open API: festival programme|-|20|anon|/api/festival/2027"
    "Intranet start page|-|20|session|/intranet/start"
    "Initiative list, search + filters|150|20|session|/intranet/initiatieven?q=gezond&thema=$THEME&gebied=$AREA"
    "Initiative page|-|20|session|/intranet/initiatief?id=$INITIATIVE"
    "Intranet API: initiatives page|50|20|session|/api/intranet/initiatives?q=gezond&theme=$THEME&area=$AREA&max=20"
    "Accord dashboard|300|20|session|/intranet/preventieakkoord?id=$ACCORD"
    "Indicator page (600 measurements)|-|20|session|/intranet/indicator?id=$INDICATOR"
    "Meetings list|-|20|session|/intranet/bijeenkomsten"
    "Meeting page with registrants|-|20|session|/intranet/bijeenkomst?id=$MEETING"
    "Festival programme (intranet)|-|20|session|/intranet/festival-programma?editie=$EDITION"
    "Meeting Point inbox|-|20|session|/intranet/meetingpoint"
    "Intranet API: Meeting Point questions|-|20|session|/api/intranet/questions"
    "Coverage matrix|500|1|session|/intranet/overzicht"
    "Collaboration network|500|1|session|/intranet/netwerk"
)

# BENCH_ONLY=regex measures only the scenarios whose name matches (the ceiling always), for working on one page.
if [ -n "${BENCH_ONLY:-}" ]; then
    chosen=("${SCENARIOS[0]}")
    for scenario in "${SCENARIOS[@]:1}"; do
        grep -qiE "$BENCH_ONLY" <<<"${scenario%%|*}" && chosen+=("$scenario")
    done
    SCENARIOS=("${chosen[@]}")
fi
REGISTRATION=true
[ -n "${BENCH_ONLY:-}" ] && ! grep -qiE "$BENCH_ONLY" <<<"Meeting registration (POST)" && REGISTRATION=false

# Each scenario must answer 200 before it is measured: a login page or error page would measure the wrong thing.
for scenario in "${SCENARIOS[@]}"; do
    IFS='|' read -r name _ _ auth path <<<"$scenario"
    headers=()
    [ "$auth" = session ] && headers=(-H "$COOKIE")
    status=$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" "$BASE$path")
    [ "$status" = 200 ] || die "$name ($path) answered HTTP $status"
done

wrk_run() { # seconds clients lua-script [wrk arguments...]: prints the p95.lua line
    local seconds=$1 clients=$2 script=$3
    shift 3
    local threads=2
    [ "$clients" -lt 2 ] && threads=1
    wrk -t"$threads" -c"$clients" -d"${seconds}s" --timeout 10s -s "$script" "$@" | tail -1
}
field() { # key line
    sed -nE "s/.*(^| )$1=([^ ]+).*/\2/p" <<<"$2"
}

echo "Warming up (${WARMUP} s per scenario)..."
for scenario in "${SCENARIOS[@]}"; do
    IFS='|' read -r name budget clients auth path <<<"$scenario"
    headers=()
    [ "$auth" = session ] && headers=(-H "$COOKIE")
    wrk_run "$WARMUP" "$clients" scripts/benchmark/p95.lua "${headers[@]}" "$BASE$path" >/dev/null
done
$REGISTRATION && REG_MEETINGS="$REG_MEETINGS" REG_RUN="warmup$(date +%s)" wrk_run "$WARMUP" 100 scripts/benchmark/register.lua "$BASE" >/dev/null

RESULTS="$OUT/results.tsv"
{
    echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), ${DURATION} s per scenario after ${WARMUP} s warm-up"
    echo "# scenario	clients	rps	ceiling	p50	p95	p99	budget	requests	errors"
} >"$RESULTS"
record() { # name clients budget wrk-line
    local line=$4
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$(field rps "$line")" "${CEILING_RPS:-0}" \
        "$(field p50 "$line")" "$(field p95 "$line")" "$(field p99 "$line")" "$3" "$(field requests "$line")" \
        "$(field errors "$line")" >>"$RESULTS"
}
echo "Measuring (${DURATION} s per scenario)..."
CEILING_RPS=""
for scenario in "${SCENARIOS[@]}"; do
    IFS='|' read -r name budget clients auth path <<<"$scenario"
    headers=()
    [ "$auth" = session ] && headers=(-H "$COOKIE")
    line=$(wrk_run "$DURATION" "$clients" scripts/benchmark/p95.lua "${headers[@]}" "$BASE$path")
    [ -z "$CEILING_RPS" ] && CEILING_RPS=$(field rps "$line")
    echo "  $name: $line"
    record "$name" "$clients" "$budget" "$line"
done
if $REGISTRATION; then
    REG_BEFORE=$(count "select count(*) from registration where email_key like 'bench-%'")
    line=$(REG_MEETINGS="$REG_MEETINGS" REG_RUN="run$(date +%s)" wrk_run "$DURATION" 100 scripts/benchmark/register.lua "$BASE")
    echo "  Meeting registration (POST): $line"
    record "Meeting registration (POST)" 100 200 "$line"
    # The same 100 clients as people filling in the form: each registers again after 0-2 s (1 s on average).
    line=$(REG_MEETINGS="$REG_MEETINGS" REG_RUN="think$(date +%s)" REG_THINK_MS=1000 wrk_run "$DURATION" 100 scripts/benchmark/register.lua "$BASE")
    echo "  Meeting registration (POST), 1 s think time: $line"
    record "Meeting registration (POST), 1 s think time" 100 200 "$line"
    REG_AFTER=$(count "select count(*) from registration where email_key like 'bench-%'")
    [ "$((REG_AFTER - REG_BEFORE))" -ge "$(field requests "$line")" ] 2>/dev/null \
        || echo "  note: wrk sent $(field requests "$line") registrations, the database holds $((REG_AFTER - REG_BEFORE)) more"
fi

# Heap in use after a full collection: what the application keeps, not the garbage the last run left behind.
PID=$(cat "$PID_FILE")
jcmd "$PID" GC.run >/dev/null
HEAP_INFO=$(jcmd "$PID" GC.heap_info)
HEAP_USED_KB=$(grep -oE 'used [0-9]+K' <<<"$HEAP_INFO" | head -1 | tr -dc 0-9)
HEAP_TOTAL_KB=$(grep -oE 'total [0-9]+K' <<<"$HEAP_INFO" | head -1 | tr -dc 0-9)
HEAP_MAX=$(jcmd "$PID" VM.flags | tr ' ' '\n' | grep -E '^-XX:MaxHeapSize=' | head -1 | cut -d= -f2)
MAILS=$(count "select count(*) from mail_message where status = 'SENT'")

{
    echo
    echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1)"
    echo "Load average (1, 5, 15 min) before the run: $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "Start-up to ready (start-domain until /health/ready has the database check UP and /login answers, on the benchmark data): $((STARTUP_MS / 1000)).$(printf '%03d' $((STARTUP_MS % 1000))) s   budget < 60 s"
    echo "Heap in use after the run and a full GC: $((HEAP_USED_KB / 1024)) MB (committed $((HEAP_TOTAL_KB / 1024)) MB, maximum $((HEAP_MAX / 1048576)) MB)   budget < 1024 MB"
    echo "Mail sent to the sink during the run: $MAILS"
    echo
    printf '%-46s %7s %8s %8s %8s %8s %8s %8s  %s\n' scenario clients 'req/s' 'ceiling' 'p50 ms' 'p95 ms' 'p99 ms' budget verdict
    grep -v '^#' "$RESULTS" | while IFS=$'\t' read -r name clients rps ceiling p50 p95 p99 budget requests errors; do
        share=$(awk -v r="$rps" -v c="$ceiling" 'BEGIN { if (c > 0) printf "%.1f%%", 100 * r / c; else print "-" }')
        verdict="-"
        if [ "$budget" != "-" ]; then
            verdict=$(awk -v p="$p95" -v b="$budget" 'BEGIN { if (p < b) print "met"; else printf "MISSED by %.0f ms", p - b }')
        fi
        [ "${errors:-0}" != 0 ] && verdict="$verdict ($errors errors in $requests)"
        [ "${requests:-0}" = 0 ] && verdict="NO RESPONSE within the run (wrk times out after 10 s)"
        printf '%-46s %7s %8s %8s %8s %8s %8s %8s  %s\n' "$name" "$clients" "$rps" "$share" "$p50" "$p95" "$p99" \
            "$([ "$budget" = - ] && echo - || echo "<$budget")" "$verdict"
    done
} | tee "$OUT/summary.txt"
python3 scripts/benchmark/chart.py "$RESULTS" "$OUT/p95.svg" \
    "$(date -u '+%Y-%m-%d'), $(nproc) cores, ${DURATION} s per scenario; start-up $((STARTUP_MS / 1000)) s, heap after GC $((HEAP_USED_KB / 1024)) MB"
[ -z "${BENCH_ONLY:-}" ] && cp "$OUT/p95.svg" docs/benchmarks-p95.svg
echo
echo "Results: $OUT/results.tsv, $OUT/summary.txt; chart: docs/benchmarks-p95.svg"
