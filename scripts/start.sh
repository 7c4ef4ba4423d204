#!/usr/bin/env bash
# `npm start`: installs dependencies, builds, makes sure Redis and clamd can run, then
# runs `mailshield start` in the foreground (it starts clamd on rules/clamav itself when
# none answers).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_node
ensure_deps
ensure_clamd_installed
ensure_7z_installed
ensure_redis
exec node bin/mailshield.js start "$@"
