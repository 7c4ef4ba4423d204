#!/usr/bin/env bash
# `npm test`: installs what the tests need (dependencies, clamav-daemon, a Redis), then
# runs the checks (prettier, eslint, tsc, madge) and vitest. The tests start their own
# clamd on exactly the signatures in rules/clamav.
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
npm run --silent check
exec npx vitest run "$@"
