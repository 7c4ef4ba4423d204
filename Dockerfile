# syntax=docker/dockerfile:1
#
# mailshield image: one image for every role (gateway, worker, web), chosen by the command.
#   docker build -t mailshield:local .
#   docker run --rm mailshield:local rules check
# Production deployment: docker-compose.yml and deploy/README.md.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: compile TypeScript and the native module (better-sqlite3) ----
FROM ${NODE_IMAGE} AS build

# node-gyp needs these when no prebuilt better-sqlite3 binary matches.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app

COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src

# `npm ci` installs devDependencies too (TypeScript) and its `prepare` script compiles
# src/ to dist/; pruning then leaves only what runs in production.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund \
 && test -f dist/cli/main.js \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime ----
FROM ${NODE_IMAGE} AS runtime

# Defaults for a container; docker-compose.yml sets them again explicitly.
# MAILSHIELD_SMTP_HOST: listen on every interface of the container, not on its loopback.
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
    MAILSHIELD_CONFIG=/app/mailshield.yaml \
    MAILSHIELD_DATA_DIR=/var/lib/mailshield \
    MAILSHIELD_SMTP_HOST=0.0.0.0

# 7-Zip lists and extracts archive attachments (README "Dependencies"); nothing is
# downloaded at run time.
RUN apt-get update \
 && apt-get install -y --no-install-recommends p7zip-full \
 && rm -rf /var/lib/apt/lists/*

# Fixed uid/gid so files in the shared data volume, and the TLS key mounted from the host,
# have a known owner (10001) whichever container wrote or reads them.
RUN groupadd --gid 10001 mailshield \
 && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin mailshield \
 && install -d -o mailshield -g mailshield -m 0750 /var/lib/mailshield

WORKDIR /app

# Code, rules and the example configuration stay owned by root: the service can read
# them, not change them. Only /var/lib/mailshield (spool, quarantine, database) is writable.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json mailshield.yaml ./
COPY bin ./bin
COPY rules ./rules
COPY seeds ./seeds

USER mailshield

# 2525: SMTP (published as 25 by the host); 8080: web UI (behind a reverse proxy).
EXPOSE 2525 8080

# No HEALTHCHECK here: the same image runs workers, which listen on nothing.
# docker-compose.yml gives the gateway its own check.
ENTRYPOINT ["node", "bin/mailshield.js"]
CMD ["gateway"]
