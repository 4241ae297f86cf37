#!/usr/bin/env bash
# Install qa-desk's desktop entry, icon, MIME types and AppStream metadata for the current user,
# so that XLIFF files and .qadesk projects open in qa-desk from the file manager.
#
#   packaging/install-desktop.sh [--exec COMMAND] [--data-dir DIR] [--uninstall]
#
# --exec      the program the launcher starts (default: qa-desk-gui beside this script, as in the
#             bundle, else the qa-desk-gui found on PATH, written as an absolute path because a
#             desktop session's PATH often lacks venvs and ~/.local/bin)
# --data-dir  where to install (default: ${XDG_DATA_HOME:-~/.local/share}); nothing needs root
# --uninstall remove what an install put there
set -euo pipefail

APP_ID=org.qadesk.QaDesk
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data_dir="${XDG_DATA_HOME:-$HOME/.local/share}"
exec_cmd=""
uninstall=0

die() { echo "install-desktop: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --exec) [ $# -ge 2 ] || die "--exec needs a command"; exec_cmd="$2"; shift 2 ;;
    --data-dir) [ $# -ge 2 ] || die "--data-dir needs a folder"; data_dir="$2"; shift 2 ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option: $1 (see --help)" ;;
  esac
done

apps="$data_dir/applications"
icons="$data_dir/icons/hicolor"
mime="$data_dir/mime"
metainfo="$data_dir/metainfo"
targets=("$apps/$APP_ID.desktop" "$icons/scalable/apps/$APP_ID.svg"
         "$mime/packages/$APP_ID.xml" "$metainfo/$APP_ID.metainfo.xml")

refresh() {
  # caches are optional: desktops also read the files themselves, only slower
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$apps" || echo "install-desktop: update-desktop-database failed" >&2
  fi
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$mime" || echo "install-desktop: update-mime-database failed" >&2
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$icons" || true
  fi
}

if [ "$uninstall" -eq 1 ]; then
  rm -f "${targets[@]}"
  mkdir -p "$apps" "$mime/packages"
  refresh
  echo "qa-desk desktop integration removed from $data_dir"
  exit 0
fi

# The shipped files: a source checkout (resources/ beside packaging/) or the bundle (_internal/).
resources=""
for candidate in "$here/../resources" "$here/_internal/qa_desk/resources" "$here/qa_desk/resources"; do
  if [ -f "$candidate/linux/$APP_ID.desktop" ]; then resources="$(cd "$candidate" && pwd)"; break; fi
done
[ -n "$resources" ] || die "cannot find resources/linux/$APP_ID.desktop next to $here"

if [ -z "$exec_cmd" ]; then
  if [ -x "$here/qa-desk-gui" ]; then
    exec_cmd="$here/qa-desk-gui"
  elif command -v qa-desk-gui >/dev/null 2>&1; then
    exec_cmd="$(command -v qa-desk-gui)"
  else
    die "qa-desk-gui is not on PATH: install qa-desk first, or pass --exec /path/to/qa-desk-gui"
  fi
fi
case "$exec_cmd" in
  /*) [ -x "$exec_cmd" ] || die "not an executable: $exec_cmd" ;;
esac

# Desktop Entry quoting: a path with reserved characters goes in double quotes, with " ` $ \ escaped.
quoted="$exec_cmd"
if [[ "$exec_cmd" =~ [[:space:]\"\'\`\$\\\<\>\~\|\&\;\*\?\#\(\)] ]]; then
  escaped="$(printf '%s' "$exec_cmd" | sed -e 's/[\\"`$]/\\&/g')"
  quoted="\"$escaped\""
  # the .desktop format itself escapes backslashes once more in string values
  quoted="${quoted//\\/\\\\}"
fi
quoted="${quoted//%/%%}"  # a literal % is written %% (field codes)
# and sed's replacement text needs & \ | escaped
sed_quoted="$(printf '%s' "$quoted" | sed -e 's/[&|\\]/\\&/g')"
sed_plain="$(printf '%s' "$exec_cmd" | sed -e 's/[&|\\]/\\&/g')"

mkdir -p "$apps" "$icons/scalable/apps" "$mime/packages" "$metainfo"
sed -e "s|^Exec=qa-desk-gui |Exec=$sed_quoted |" -e "s|^TryExec=qa-desk-gui\$|TryExec=$sed_plain|" \
  "$resources/linux/$APP_ID.desktop" > "$apps/$APP_ID.desktop.tmp"
mv "$apps/$APP_ID.desktop.tmp" "$apps/$APP_ID.desktop"
install -m 644 "$resources/icons/qa-desk.svg" "$icons/scalable/apps/$APP_ID.svg"
install -m 644 "$resources/linux/$APP_ID.mime.xml" "$mime/packages/$APP_ID.xml"
install -m 644 "$resources/linux/$APP_ID.metainfo.xml" "$metainfo/$APP_ID.metainfo.xml"
refresh
echo "qa-desk desktop integration installed in $data_dir (launcher runs: $exec_cmd)"
