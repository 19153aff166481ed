#!/usr/bin/env bash
# Runs every test: the unit tests, then the integration suite twice, on SQLite and on PostgreSQL.
# With no OE_TEST_POSTGRES connection string it installs PostgreSQL (apt, as root) and starts it.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo"
log="$(mktemp -d)/test.log"

ensure_postgres() {
  if [[ -n "${OE_TEST_POSTGRES:-}" ]]; then return; fi
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo "== installing PostgreSQL (apt)"
    if [[ $(id -u) -ne 0 ]]; then
      echo "PostgreSQL is not installed and this is not root: install it, or set OE_TEST_POSTGRES to a server connection string." >&2
      exit 2
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq postgresql >/dev/null
  fi
  local version
  version="$(pg_lsclusters -h | awk 'NR==1 {print $1}')"
  if [[ -z "$version" ]]; then
    version="$(ls /usr/lib/postgresql | sort -V | tail -n1)"
    pg_createcluster "$version" main >/dev/null
  fi
  pg_ctlcluster "$version" main start 2>/dev/null || true
  local port
  port="$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')"
  for _ in $(seq 1 30); do
    runuser -u postgres -- pg_isready -q -p "$port" && break
    sleep 1
  done
  # A dedicated role that may create the per-fixture databases the tests use.
  runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 <<'SQL' >/dev/null
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'oe_test') THEN
    CREATE ROLE oe_test LOGIN CREATEDB PASSWORD 'oe_test';
  END IF;
END $$;
SQL
  export OE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=oe_test;Password=oe_test;Database=postgres"
}

echo "== build"
dotnet build Product.slnx -c Release -v quiet -nologo 2>&1 | tee -a "$log" | grep -E "error|Warn|Elapsed" || true

status=0
run() {
  local name="$1"; shift
  echo "== $name"
  "$@" 2>&1 | tee -a "$log" | grep -E "^(Passed!|Failed!)|^\s+Failed |Error Message" || true
  [[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
}

run "unit tests" dotnet test tests/Server.UnitTests -c Release --no-build
run "integration tests on SQLite" env OE_TEST_DB=Sqlite dotnet test tests/Server.IntegrationTests -c Release --no-build
ensure_postgres
run "integration tests on PostgreSQL" env OE_TEST_DB=Postgres dotnet test tests/Server.IntegrationTests -c Release --no-build

passed=$(grep -Eo "Passed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo "Failed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failed failed"
if [[ $passed -eq 0 ]]; then status=1; fi
exit $status
