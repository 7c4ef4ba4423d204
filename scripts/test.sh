#!/usr/bin/env bash
# `npm test`: installs what the tests need (dependencies, clamav-daemon, a Redis), makes sure
# PostgreSQL answers for the store tests (or says how to get it), then runs the checks
# (prettier, eslint, tsc, madge) and vitest. The tests start their own clamd on exactly the
# signatures in rules/clamav.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_node
ensure_deps
ensure_clamd_installed
ensure_7z_installed
ensure_faketime_installed
ensure_chromium
ensure_redis
ensure_postgres
npm run --silent check
exec npx vitest run "$@"
