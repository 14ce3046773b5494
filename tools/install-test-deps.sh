#!/bin/sh
# Installs what the suite and the reader need outside Python, each tool checked on its own:
# headless Chromium (HTML views are checked in it) and Tesseract with its English, French, German
# and orientation data (scanned letters are read by OCR). Idempotent: what is there is left alone.
set -e
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
UPDATED=""

need() {  # need PACKAGE: install one Debian package unless it is installed already
    if dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; then
        return 0
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "install-test-deps: no apt-get here; install $1 by your package manager" >&2
        exit 1
    fi
    if [ -z "$UPDATED" ]; then
        $SUDO apt-get update -q
        UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "$1"
}

if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
    need chromium
fi
for package in tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-deu tesseract-ocr-osd; do
    need "$package"
done
