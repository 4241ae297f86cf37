#!/usr/bin/env bash
# Install the system libraries Qt needs when they are missing (root only); otherwise name them and stop.
set -euo pipefail
needed=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 fonts-dejavu-core)
# Qt's xcb platform plugin (a desktop X11 session; what `ldd` on PySide6's libqxcb.so and
# libQt6XcbQpa.so asks for); `python scripts/display_check.py` proves the plugin loads and the window paints.
needed+=(libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
         libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
         libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0)
# Validators the desktop-integration tests use (they skip, with a reason, without them).
needed+=(desktop-file-utils appstream shared-mime-info)
# Optional: a headless browser opens the batch index in a test (it falls back to lxml without one).
optional=(chromium-headless-shell)
# Optional: a virtual display, for the test that starts the app on Qt's xcb plugin (it skips without one).
optional+=(xvfb)
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  for pkg in "${optional[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      echo "qa-desk set-up: installing $pkg (optional)" >&2
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg"; } >/dev/null 2>&1 \
        || echo "qa-desk set-up: $pkg not installed (optional; the tests that use it skip or fall back)" >&2
    fi
  done
fi
missing=()
for pkg in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "qa-desk set-up: Qt needs these system packages, install them first: ${missing[*]}" >&2; exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "qa-desk set-up: Qt needs these system packages; as root run: apt-get install ${missing[*]}" >&2; exit 1
fi
echo "qa-desk set-up: installing ${missing[*]}" >&2
apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
