#!/usr/bin/env bash
# Seconds from launching `parley serve` to its first HTTP 200 from /api/health (docs/BENCHMARKS.md).
# Usage: scripts/serve-startup.sh STORE [PORT] [RUNS]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db="$1"; port="${2:-7090}"; runs="${3:-3}"
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  java -jar "$HERE/cli/target/parley.jar" serve --db "$db" --port "$port" >/dev/null 2>&1 &
  pid=$!
  until curl -s -o /dev/null -f "http://127.0.0.1:$port/api/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "parley serve exited; run it by hand to see why" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$db: first 200 after $(echo "$end - $start" | bc) s"
done
