#!/bin/sh
# System packages the test suite needs: Debian's Chromium, driven by Playwright in
# the browser tests (Playwright cannot download its own browsers here), and a Java
# runtime for PySpark's local[2] tests (tests/test_spark.py).
# Idempotent: installs only what is missing.
set -eu

missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium fonts-dejavu-core"
command -v java >/dev/null 2>&1 || missing="$missing openjdk-17-jre-headless"
if [ -z "$missing" ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "system-deps: need root (or sudo) to install$missing; browser and Spark tests will skip" >&2
    exit 0
fi

$SUDO apt-get update
# shellcheck disable=SC2086  # the package names are separate words
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
