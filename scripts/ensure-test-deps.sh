#!/usr/bin/env bash
# System packages the tests need, installed from Debian's archive when missing: Chromium (the
# browser tests drive /usr/bin/chromium) and python3 (content:check runs the Python reference
# solutions). Used by `npm test` and by .ci/run.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v python3 >/dev/null 2>&1 || need+=(python3)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "The tests need: ${need[*]}. Install them (e.g. sudo apt-get install ${need[*]}) and run npm test again." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need: ${need[*]}, and this machine has no apt-get; install them with its package manager." >&2
  exit 1
fi
echo "installing ${need[*]} (apt-get)"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}"
