#!/usr/bin/env bash
# Load-tests provisioning (POST /instances) and reads (GET /instances/{id}) on SQLite and on
# PostgreSQL, and the Oracle check's own exchange sent straight to a standalone simulator; then the
# hubs: one Oracle contact and a page of 100 through the server (its vendor calls sent to a standalone
# simulator with Sandbox__SimulatorUrl) against the same Oracle requests sent straight to that same
# simulator process. Writes docs/benchmarks.md. Meant for a Debian machine as root (CI-like): installs
# and starts PostgreSQL when missing. Run from anywhere:
#
#   bash bench/run.sh          # everything (about 10 minutes)
#   bash bench/run.sh hubs     # the hubs only (about 4-5 minutes): rewrites the Hubs section of
#                              # docs/benchmarks.md and leaves the provisioning sections as they are
#
# Knobs (environment): BENCH_WARMUP seconds per row (3), BENCH_DURATION seconds per row (12),
# BENCH_CONCURRENCY ("8 32"), BENCH_SERVER_WARMUP seconds of provisioning before a server's first row
# (45: under load on 2 cores the server's CPU per provisioning only settles after 40-50 s of JIT), BENCH_PG_EXTRA appended to the PostgreSQL connection string (e.g.
# ";Max Auto Prepare=64" to try a setting), BENCH_RETRIES (1): how often a row is measured again when
# other processes took over a quarter of a core during it. The hubs have their own: BENCH_HUB_CONCURRENCY
# ("1 8"), BENCH_HUB_WARMUP (3) and BENCH_HUB_DURATION (10) per row, BENCH_HUB_SERVER_WARMUP (15): seconds
# of each hub scenario before a server's first hub row, and of each direct scenario before the first
# direct row. The raw JSON lines stay in bench/results/.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
warmup=${BENCH_WARMUP:-3}
duration=${BENCH_DURATION:-12}
levels=${BENCH_CONCURRENCY:-8 32}
server_warmup=${BENCH_SERVER_WARMUP:-45}
pg_extra=${BENCH_PG_EXTRA:-}
retries=${BENCH_RETRIES:-1}
hub_levels=${BENCH_HUB_CONCURRENCY:-1 8}
hub_warmup=${BENCH_HUB_WARMUP:-3}
hub_duration=${BENCH_HUB_DURATION:-10}
hub_server_warmup=${BENCH_HUB_SERVER_WARMUP:-15}
mode=${1:-all}
case $mode in
    all | hubs) ;;
    *) echo "usage: bash bench/run.sh [all|hubs]" >&2; exit 2 ;;
esac
work=$(mktemp -d /tmp/oe-bench.XXXXXX)
mkdir -p bench/results
results="bench/results/$(date -u +%Y%m%dT%H%M%SZ).jsonl"
server_bin=src/Server/bin/Release/net10.0
simulator_bin=src/Simulators/bin/Release/net10.0
loadgen="$repo/bench/LoadGen/bin/Release/net10.0/OpenElements.LoadGen"
org_secret=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
user_secret=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
auth="User $user_secret, Organization $org_secret"
started=()
failures=0

log() { printf '\n== %s\n' "$*"; }

# Whatever happens, the processes this script started go away; PostgreSQL is a system service and
# stays up, as .ci/run leaves it.
cleanup() {
    local entry
    for entry in "${started[@]}"; do
        stop_process "${entry%:*}" "${entry#*:}"
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# stop_process PID [SIGNAL]: asks politely, then kills after 10 s.
stop_process() {
    local pid=$1 signal=${2:-TERM}
    kill "-$signal" "$pid" 2>/dev/null || return 0
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.2
    done
    kill -KILL "$pid" 2>/dev/null || true
}

build() {
    log "Building (Release)"
    dotnet build -c Release -nologo -v quiet src/Server/Server.csproj
    dotnet build -c Release -nologo -v quiet bench/LoadGen/LoadGen.csproj
}

# Debian's packaging: one cluster (normally 15/main), managed with pg_ctlcluster.
ensure_postgres() {
    log "PostgreSQL"
    if ! command -v pg_lsclusters >/dev/null || ! command -v psql >/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    if [ -z "$(pg_lsclusters -h)" ]; then
        pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -1)" main
    fi
    read -r pg_version pg_cluster pg_port pg_status _ < <(pg_lsclusters -h | head -1)
    if [[ $pg_status != online* ]]; then
        pg_ctlcluster "$pg_version" "$pg_cluster" start || service postgresql start
    fi
    for _ in $(seq 60); do
        pg_isready -q -h 127.0.0.1 -p "$pg_port" && break
        sleep 0.5
    done
    # A dedicated role, so the benchmark never changes the postgres user's password that tests use.
    runuser -u postgres -- psql -p "$pg_port" -v ON_ERROR_STOP=1 -q <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'oe_bench') THEN
    CREATE ROLE oe_bench LOGIN PASSWORD 'oe_bench';
  END IF;
END $$;
DROP DATABASE IF EXISTS oe_bench WITH (FORCE);
CREATE DATABASE oe_bench OWNER oe_bench;
SQL
    pg_server_version=$(runuser -u postgres -- psql -p "$pg_port" -tAc 'SHOW server_version')
    echo "PostgreSQL $pg_server_version on port $pg_port, fresh database oe_bench"
}

# start_server LABEL [VAR=value...]: the server with sandbox on, fresh data directory; sets server_pid/server_url.
start_server() {
    local label=$1
    shift
    local port
    port=$("$loadgen" free-port)
    mkdir -p "$work/$label"
    # The content root is the current directory: run from the output folder so appsettings.json applies.
    (cd "$server_bin" && exec env "$@" Sandbox__Enabled=true DataDirectory="$work/$label" \
        Bootstrap__OrganizationSecret="$org_secret" Bootstrap__UserSecret="$user_secret" \
        Logging__LogLevel__Default=Warning dotnet OpenElements.Server.dll --urls "http://127.0.0.1:$port") \
        >"$work/$label.log" 2>&1 &
    server_pid=$!
    started+=("$server_pid:TERM")
    server_url="http://127.0.0.1:$port"
    if ! "$loadgen" wait --url "$server_url/" --timeout 90; then
        tail -n 40 "$work/$label.log"
        exit 1
    fi
}

# measure SCENARIO LABEL URL CONCURRENCY [loadgen flags...]: one row; a row with errors fails the run at the end.
# The row's warm-up and duration are $warmup and $duration unless the flags say otherwise.
measure() {
    local scenario=$1 label=$2 url=$3 concurrency=$4
    shift 4
    "$loadgen" run --scenario "$scenario" --label "$label" --url "$url" --concurrency "$concurrency" \
        --warmup "$warmup" --duration "$duration" --out "$results" \
        --retry-if-others-above 0.25 --retries "$retries" "$@" | tail -n 1 || failures=$((failures + 1))
}

# The machine's non-idle share over 3 s, from /proc/stat: other work on a shared machine skews every row.
machine_busy() {
    local a b idle total
    read -ra a < /proc/stat
    sleep 3
    read -ra b < /proc/stat
    total=0
    for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
    idle=$((b[4] - a[4] + b[5] - a[5]))
    echo "$((100 * (total - idle) / total))%"
}

bench_store() {
    local label=$1 cpu_flags=()
    shift
    log "Server on $label"
    start_server "$label" "$@"
    # Tier-0 code runs several times slower than tier-1 (7.7 ms of server CPU per provisioning in the
    # first 10 s, about 2 ms after 50 s): rows measured before the JIT settles mislead.
    echo "warming up the server: ${server_warmup} s of provisioning, not recorded"
    "$loadgen" run --scenario provision --url "$server_url" --auth "$auth" --concurrency 8 \
        --warmup "$server_warmup" --duration 1 >/dev/null || true
    cpu_flags=(--cpu "server=$server_pid")
    if [ "$label" = PostgreSQL ]; then cpu_flags+=(--cpu "postgres=comm:postgres"); fi
    for c in $levels; do
        measure provision "$label" "$server_url" "$c" --auth "$auth" "${cpu_flags[@]}"
        measure get "$label" "$server_url" "$c" --auth "$auth" "${cpu_flags[@]}"
    done
    stop_process "$server_pid"
}

# start_simulator NAME: the standalone simulator host on a free port; sets simulator_pid/simulator_url.
start_simulator() {
    local port
    port=$("$loadgen" free-port)
    # Started under job control and stopped with SIGINT, as it always was: SIGINT is not ignored in a
    # job-controlled background job (the host now stops on SIGTERM too).
    set -m
    dotnet "$simulator_bin/OpenElements.Simulators.dll" "--urls=http://127.0.0.1:$port" >"$work/$1.log" 2>&1 &
    simulator_pid=$!
    set +m
    started+=("$simulator_pid:INT")
    simulator_url="http://127.0.0.1:$port"
    "$loadgen" wait --url "$simulator_url/" --expect any --timeout 60
}

bench_direct() {
    local label="simulator (standalone)"
    log "Standalone simulator, the check's exchange sent directly"
    start_simulator simulator
    for c in $levels; do
        measure direct-check "$label" "$simulator_url" "$c" --cpu "simulator=$simulator_pid"
    done
    stop_process "$simulator_pid" INT
}

# warm SECONDS SCENARIO URL [loadgen flags...]: unrecorded load at 8 workers, so the JIT has settled.
warm() {
    local seconds=$1 scenario=$2 url=$3
    shift 3
    if ! "$loadgen" run --scenario "$scenario" --url "$url" --concurrency 8 --warmup "$seconds" --duration 1 "$@" >"$work/warm.log" 2>&1; then
        echo "warm-up of $scenario failed:" >&2
        tail -n 20 "$work/warm.log" >&2
        failures=$((failures + 1))
    fi
}

# The hubs: one standalone simulator; a server per store sends its vendor calls there
# (Sandbox__SimulatorUrl), and the direct rows go to the same process. Every hub request reads the
# store (the Element token's instance row; only users are cached), so both stores are measured.
bench_hubs() {
    local label hub_flags=(--warmup "$hub_warmup" --duration "$hub_duration")
    log "Hubs: standalone simulator"
    start_simulator hub-simulator
    for label in SQLite PostgreSQL; do
        log "Hubs through the server on $label"
        if [ "$label" = SQLite ]; then
            start_server "hubs-$label" Sandbox__SimulatorUrl="$simulator_url" Database__Provider=Sqlite
        else
            start_server "hubs-$label" Sandbox__SimulatorUrl="$simulator_url" Database__Provider=Postgres \
                "ConnectionStrings__Default=Host=127.0.0.1;Port=$pg_port;Database=oe_bench;Username=oe_bench;Password=oe_bench$pg_extra"
        fi
        local server_flags=(--auth "$auth" --simulator-url "$simulator_url")
        local cpu_flags=(--cpu "server=$server_pid" --cpu "simulator=$simulator_pid")
        if [ "$label" = PostgreSQL ]; then cpu_flags+=(--cpu "postgres=comm:postgres"); fi
        echo "warming up: ${hub_server_warmup} s of each hub scenario, not recorded"
        warm "$hub_server_warmup" hub-get-one "$server_url" "${server_flags[@]}"
        warm "$hub_server_warmup" hub-list-100 "$server_url" "${server_flags[@]}"
        for c in $hub_levels; do
            measure hub-get-one "$label" "$server_url" "$c" "${server_flags[@]}" "${cpu_flags[@]}" "${hub_flags[@]}"
            measure hub-list-100 "$label" "$server_url" "$c" "${server_flags[@]}" "${cpu_flags[@]}" "${hub_flags[@]}"
        done
        stop_process "$server_pid"
    done
    # After the servers, so the simulator's JIT has had their traffic too; then its own warm-up.
    log "Hubs straight to the simulator"
    warm "$hub_server_warmup" direct-get-one "$simulator_url"
    warm "$hub_server_warmup" direct-list-100 "$simulator_url"
    for c in $hub_levels; do
        measure direct-get-one "simulator (standalone)" "$simulator_url" "$c" --cpu "simulator=$simulator_pid" "${hub_flags[@]}"
        measure direct-list-100 "simulator (standalone)" "$simulator_url" "$c" --cpu "simulator=$simulator_pid" "${hub_flags[@]}"
    done
    stop_process "$simulator_pid" INT
}

# HEAD, and whether the tree differed from it (the report it rewrites does not count).
commit_id() {
    local head
    head=$(git rev-parse --short HEAD 2>/dev/null) || { echo unknown; return; }
    if [ -n "$(git status --porcelain -- . ':!docs/benchmarks.md' 2>/dev/null)" ]; then
        echo "\`$head\` plus uncommitted changes"
    else
        echo "\`$head\`"
    fi
}

# The knobs this run was given, as a prefix for the recorded command line.
knobs() {
    local name
    for name in BENCH_WARMUP BENCH_DURATION BENCH_CONCURRENCY BENCH_SERVER_WARMUP BENCH_PG_EXTRA BENCH_RETRIES \
        BENCH_HUB_CONCURRENCY BENCH_HUB_WARMUP BENCH_HUB_DURATION BENCH_HUB_SERVER_WARMUP; do
        if [ -n "${!name:-}" ]; then printf "%s='%s' " "$name" "${!name}"; fi
    done
}

# The facts sit beside the results, so the report can be rewritten without measuring again:
#   bench/LoadGen/bin/Release/net10.0/OpenElements.LoadGen report --results R.jsonl --facts R.facts \
#       --notes bench/notes.md --hub-notes bench/notes-hubs.md [--only hubs] --out docs/benchmarks.md
# write_report [hubs]: with hubs, only the Hubs section is rewritten.
write_report() {
    local facts=${results%.jsonl}.facts
    {
        echo "command=$(knobs)bash bench/run.sh${1:+ $1}"
        echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
        echo "commit=$(commit_id)"
        echo "nproc=$(nproc)"
        echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
        echo "memory=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
        echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
        echo "kernel=$(uname -r)"
        echo "dotnet=$(dotnet --version)"
        echo "postgres=$pg_server_version"
        echo "busy-before=$busy_before"
        echo "warmup=$warmup"
        echo "duration=$duration"
        echo "server-warmup=$server_warmup"
        echo "hub-warmup=$hub_warmup"
        echo "hub-duration=$hub_duration"
        echo "hub-server-warmup=$hub_server_warmup"
        echo "target-label=PostgreSQL"
        echo "direct-label=simulator (standalone)"
    } >"$facts"
    "$loadgen" report --results "$results" --facts "$facts" --notes bench/notes.md --hub-notes bench/notes-hubs.md \
        ${1:+--only "$1"} --out docs/benchmarks.md
    log "Wrote docs/benchmarks.md (raw lines: $results)"
}

build
ensure_postgres
busy_before=$(machine_busy)
echo "machine busy before the run: $busy_before (anything far above 0% will skew the numbers)"
if [ "$mode" = all ]; then
    bench_store SQLite Database__Provider=Sqlite
    bench_store PostgreSQL Database__Provider=Postgres \
        "ConnectionStrings__Default=Host=127.0.0.1;Port=$pg_port;Database=oe_bench;Username=oe_bench;Password=oe_bench$pg_extra"
    bench_direct
    bench_hubs
    write_report
else
    bench_hubs
    write_report hubs
fi
if [ "$failures" -gt 0 ]; then
    echo "$failures measurement(s) had errors or no successful request: see docs/benchmarks.md" >&2
    exit 1
fi
