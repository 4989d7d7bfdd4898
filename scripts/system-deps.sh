#!/bin/sh
# System packages the test suite needs: Debian's Chromium, driven by Playwright in
# the browser tests (Playwright cannot download its own browsers here).
# Idempotent: does nothing when /usr/bin/chromium is already installed.
set -eu

if [ -x /usr/bin/chromium ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "system-deps: need root (or sudo) to install chromium; browser tests will skip" >&2
    exit 0
fi

$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends \
    chromium fonts-dejavu-core
