# Shared by scripts/start.sh and scripts/test.sh: bring up what mailshield needs.
# Every step says what it does; a step it cannot do says exactly what to run instead.

say() { printf 'mailshield: %s\n' "$*" >&2; }

need_node() {
  if ! command -v node >/dev/null 2>&1; then
    say "Node.js 20 or newer is required (https://nodejs.org or: sudo apt-get install nodejs npm)"; exit 1
  fi
  local major; major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 20 ]; then say "Node.js $(node --version) is too old: 20 or newer is required"; exit 1; fi
}

# npm ci when node_modules is missing or older than the lock file; it also builds dist/.
ensure_deps() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    # re2 and better-sqlite3 compile with node-gyp where no prebuilt binary is fetched.
    if ! command -v g++ >/dev/null 2>&1 || ! command -v make >/dev/null 2>&1; then
      say "installing a C++ compiler for the native modules (apt-get)"
      apt_install g++ make python3 || {
        say "a C++ compiler is missing: run  sudo apt-get install -y g++ make python3"; exit 1
      }
    fi
    # No internet but the npm registry here: build RE2 at once instead of first waiting for
    # a prebuilt binary from GitHub (several minutes on two cores, once per install).
    export RE2_DOWNLOAD_FORCE_BUILD="${RE2_DOWNLOAD_FORCE_BUILD:-1}"
    say "installing dependencies (npm ci; the first one compiles RE2, several minutes)"
    npm ci --no-audit --no-fund
  fi
  if [ ! -f dist/cli/main.js ] || [ -n "$(find src -newer dist/cli/main.js -name '*.ts' -print -quit)" ]; then
    say "building (npm run build)"
    npm run --silent build
  fi
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else return 1; fi; }

# Installs Debian packages when we may (root, or sudo without a password); runs
# `apt-get update` once per script. Returns 1 when it cannot install.
APT_UPDATED=
apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null || return 1
  if [ -z "$APT_UPDATED" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# clamd from Debian's clamav-daemon; mailshield starts its own instance on rules/clamav.
ensure_clamd_installed() {
  if command -v clamd >/dev/null 2>&1 || [ -x /usr/sbin/clamd ]; then return 0; fi
  say "installing clamav-daemon (apt-get)"
  # Debian's package starts nothing without systemd; mailshield runs its own clamd.
  apt_install clamav-daemon || {
    say "clamd is missing: run  sudo apt-get update && sudo apt-get install -y clamav-daemon"; exit 1
  }
}

# 7-Zip from Debian (p7zip-full; bookworm's build is 7-Zip 26 behind p7zip's name): the
# scan stage lists and extracts archives with it (zip with ZipCrypto/AES, 7z with encrypted
# headers, tar, gz, bz2, xz, cab, ISO, VHD, IMG). Without it archives cannot be opened and
# are held, so it is a prerequisite like clamd.
ensure_7z_installed() {
  if command -v 7z >/dev/null 2>&1; then return 0; fi
  say "installing p7zip-full (apt-get) to open archives"
  apt_install p7zip-full || apt_install 7zip || {
    say "7z is missing: run  sudo apt-get update && sudo apt-get install -y p7zip-full"; exit 1
  }
}

# libfaketime from Debian's faketime: the report tests run the gateway with its clock set
# to 23:59 and 00:01 local time at month ends.
ensure_faketime_installed() {
  if ls /usr/lib/*/faketime/libfaketime.so.1 >/dev/null 2>&1; then return 0; fi
  say "installing faketime (apt-get)"
  apt_install faketime || {
    say "libfaketime is missing: run  sudo apt-get update && sudo apt-get install -y faketime"; exit 1
  }
}

# Debian's chromium for the web UI end-to-end tests (tests/e2e, playwright-core with
# executablePath); without it those tests are skipped with a message, not failed.
ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return 0; fi
  say "installing chromium (apt-get) for the web UI end-to-end tests"
  apt_install chromium || \
    say "chromium is missing, the web UI end-to-end tests will be skipped: run  sudo apt-get install -y chromium"
}

redis_answers() {
  local url="${REDIS_URL:-redis://127.0.0.1:6379}"
  node -e '
    const net = require("net"); const u = new URL(process.argv[1]);
    const s = net.connect(Number(u.port || 6379), u.hostname);
    const t = setTimeout(() => process.exit(1), 1500);
    s.on("connect", () => s.write("PING\r\n"));
    s.on("data", (d) => { clearTimeout(t); process.exit(String(d).startsWith("+PONG") ? 0 : 1); });
    s.on("error", () => process.exit(1));' "$url"
}

# Redis: use the one that answers; else start redis-server on 127.0.0.1:6379 (installing it when root).
ensure_redis() {
  if redis_answers; then return 0; fi
  if [ -n "${REDIS_URL:-}" ] && [ "${REDIS_URL#redis://127.0.0.1}" = "$REDIS_URL" ] && [ "${REDIS_URL#redis://localhost}" = "$REDIS_URL" ]; then
    say "Redis at $REDIS_URL does not answer"; exit 1
  fi
  if ! command -v redis-server >/dev/null 2>&1; then
    say "installing redis-server (apt-get)"
    apt_install redis-server || {
      say "Redis is not answering on 127.0.0.1:6379 and redis-server is missing: run  sudo apt-get install -y redis-server"; exit 1
    }
  fi
  say "starting redis-server on 127.0.0.1:6379 (no persistence: the spool is the source of truth)"
  mkdir -p var/redis
  redis-server --port 6379 --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
    --maxmemory-policy noeviction --dir "$PWD/var/redis" --logfile "$PWD/var/redis/redis.log"
  for _ in $(seq 1 50); do redis_answers && return 0; sleep 0.1; done
  say "redis-server did not answer; see var/redis/redis.log"; exit 1
}

# PostgreSQL for the store tests: every test of tests/unit/store runs on SQLite and on the
# machine's PostgreSQL (127.0.0.1:5432, user postgres, trust authentication, database
# `test`; MAILSHIELD_TEST_PG_URL points them elsewhere). Each test file makes its own
# schema there and drops it, so the server may be shared.
TEST_PG_URL="${MAILSHIELD_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/test}"
pg_answers() {
  MS_PG_URL="$1" node -e '
    const pg = require("pg");
    const c = new pg.Client({ connectionString: process.env.MS_PG_URL, connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.query("select 1")).then(() => c.end(), (e) => {
      process.stderr.write(`mailshield: ${process.env.MS_PG_URL}: ${e.message}\n`);
      process.exit(1);
    });' 2>"${2:-/dev/null}"
}
pg_howto() {
  say "PostgreSQL must answer at $TEST_PG_URL for the store tests. On Debian or Ubuntu:"
  say "  sudo apt-get install -y postgresql"
  say "  sudo pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start"
  say "  echo 'host all all 127.0.0.1/32 trust' | sudo tee -a /etc/postgresql/*/main/pg_hba.conf   # first line that matches wins: put it above the scram line"
  say "  sudo pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main reload"
  say "  sudo -u postgres createdb test"
  say "or set MAILSHIELD_TEST_PG_URL=postgres://user:password@host:5432/db to a database the tests may create schemas in."
}
ensure_postgres() {
  if pg_answers "$TEST_PG_URL"; then return 0; fi
  if [ -n "${MAILSHIELD_TEST_PG_URL:-}" ]; then
    pg_answers "$TEST_PG_URL" /dev/stderr || true; pg_howto; exit 1
  fi
  if [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
    say "installing postgresql (apt-get)"
    apt_install postgresql || { pg_howto; exit 1; }
  fi
  local version; version=$(ls /etc/postgresql | sort -V | tail -1)
  # Started the way this machine does it (no systemd in containers).
  say "starting PostgreSQL $version (pg_ctlcluster --skip-systemctl-redirect $version main start)"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
    || as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  for _ in $(seq 1 50); do pg_answers "$TEST_PG_URL" && return 0; sleep 0.2; done
  # Up, but no database `test` yet (a fresh install): create it.
  if pg_answers "${TEST_PG_URL%/*}/postgres"; then
    say "creating database test"
    MS_PG_URL="${TEST_PG_URL%/*}/postgres" node -e '
      const pg = require("pg");
      const c = new pg.Client(process.env.MS_PG_URL);
      c.connect().then(() => c.query("create database test")).then(() => c.end(), () => process.exit(1));' \
      && pg_answers "$TEST_PG_URL" && return 0
  fi
  pg_answers "$TEST_PG_URL" /dev/stderr || true
  pg_howto; exit 1
}
