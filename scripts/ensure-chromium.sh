#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests when it is missing (npm test calls this).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != "0" ] && ! command -v sudo >/dev/null; then
  echo "ensure-chromium: /usr/bin/chromium is missing and this user cannot install it; run: apt-get install -y chromium" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" = "0" ] || SUDO="sudo"
echo "ensure-chromium: installing Debian's chromium (needed by the browser tests)…" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq chromium fonts-noto-color-emoji fonts-noto-cjk fonts-thai-tlwg >/dev/null
