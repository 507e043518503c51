#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end tests (playwright-core drives /usr/bin/chromium).
# Idempotent: does nothing but print the version when Chromium is already there.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
  elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-chromium: need root or sudo to install the chromium package" >&2
    exit 1
  fi
  echo "install-chromium: installing Debian's chromium package"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium fonts-dejavu-core
fi

"$CHROMIUM" --version
