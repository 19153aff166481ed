#!/usr/bin/env bash
# Starts OpenElements for a first try: embedded SQLite under ./data, sandbox on (vendor calls go to
# the built-in simulators), http://localhost:5080 unless --urls or ASPNETCORE_URLS says otherwise.
# It prints the bootstrap secrets and a first curl once it listens.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo"

args=("$@")
if [[ -z "${ASPNETCORE_URLS:-}" && " ${args[*]-} " != *" --urls"* ]]; then
  args+=(--urls "http://localhost:5080")
fi

export DataDirectory="${DataDirectory:-$repo/data}"
export Sandbox__Enabled="${Sandbox__Enabled:-true}"
export Database__Provider="${Database__Provider:-Sqlite}"

dotnet build src/Server -c Release -v quiet -nologo
exec dotnet run --project src/Server -c Release --no-build -- --contentRoot "$repo/src/Server" "${args[@]}"
