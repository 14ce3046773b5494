#!/bin/sh
# Installs what the test suite needs outside Python: headless Chromium (HTML views are checked in it).
set -e
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
if command -v apt-get >/dev/null 2>&1; then
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium
else
    echo "install-test-deps: no apt-get here; install Chromium by your package manager" >&2
    exit 1
fi
