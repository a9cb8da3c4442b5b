#!/usr/bin/env bash
# Prepares a fresh clone: npm packages (Node 24 itself comes from the npm registry as a
# dev dependency, because Astro 7 needs Node >= 22.12 (the build cache, >= 22.14) and Debian's Node is older) and,
# for the test suite, Debian's Chromium, nginx (with its Brotli module), rsync (the deploy
# command's transfer) and a Java runtime (the Nu HTML checker).
#   bash scripts/setup.sh            npm packages only (enough to run the portal)
#   bash scripts/setup.sh --tests    also the system packages the tests drive
#   bash scripts/setup.sh --publish  also what a pipeline's build and deploy need: Chromium
#                                    (the accessibility gate; a CI build without it fails),
#                                    rsync and the SSH client (npm run deploy)
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--tests" || "${1:-}" == "--publish" ]]; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v rsync >/dev/null 2>&1 || missing+=(rsync)
  if [[ "$1" == "--tests" ]]; then
    command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
    # The server configuration serves the build's precompressed .br files.
    compgen -G '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so' >/dev/null || missing+=(libnginx-mod-http-brotli-static)
    command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
  else
    command -v ssh >/dev/null 2>&1 || missing+=(openssh-client)
  fi
  if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
      echo "Memasang paket sistem: ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "Paket sistem belum terpasang: ${missing[*]}. Pasang dengan: sudo apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
fi

# Install when node_modules is missing or older than the lockfile.
if [[ ! -x node_modules/.bin/node || ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "Memasang paket npm (termasuk Node 24)..."
  npm install --no-audit --no-fund --loglevel=error
fi
