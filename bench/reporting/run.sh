#!/usr/bin/env bash
# Reporting bench: a generated cycle of 190 expected States × 300 questions, all answered; completeness, analysis and
# XLSX export times (services and HTTP), and answer-save latencies with 200 concurrent contributors beside a bare
# Kestrel baseline in the same run. Appends a row to bench/results.md. Options pass through, e.g.
#   bench/reporting/run.sh --seconds 60 --think-ms 0
#   PALERMO_BENCH_POSTGRES="Host=127.0.0.1;Port=56000;Username=postgres;Password=…;Database=postgres" bench/reporting/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

log "building Palermo.Web, the Kestrel baseline and the bench (Release)"
dotnet build -c Release -v q -nologo src/Palermo.Web/Palermo.Web.csproj >/dev/null
dotnet build -c Release -v q -nologo bench/Hello/Hello.csproj >/dev/null
dotnet build -c Release -v q -nologo bench/Palermo.ReportingBench/Palermo.ReportingBench.csproj >/dev/null

exec dotnet bench/Palermo.ReportingBench/bin/Release/net10.0/Palermo.ReportingBench.dll \
  --web src/Palermo.Web/bin/Release/net10.0/Palermo.Web.dll \
  --hello bench/Hello/bin/Release/net10.0/Hello.dll \
  --results bench/results.md "$@"
