"""Does the desk start on a real X display? Qt's xcb plugin loads and the window paints.

1. ``ldd`` on PySide6's xcb platform plugin (and the Qt library behind it): no "not found" (the
   libraries ``scripts/setup-system.sh`` installs: libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1...).
2. Without a DISPLAY (or with ``--xvfb``), a virtual one: Xvfb on a free display number.
3. A child process starts the app with ``QT_QPA_PLATFORM=xcb`` (as ``make run`` does on a desktop),
   shows the main window, optionally opens files, and reads the window's pixels back from the X
   server (``QScreen.grabWindow`` on the root window): painted means many colours, not a blank.

    .venv/bin/python scripts/display_check.py [--xvfb] [--png OUT.png] [FILES...]

Prints one JSON line (missing libraries, platform, colours, size); exit 0 when the plugin loads and
the window paints, 1 otherwise, 2 when no X server can be had (no DISPLAY and no Xvfb).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

MIN_COLOURS = 16  # a painted desk (menus, grid, docks, text) has hundreds; a blank root window has 1


def qt_dir() -> Path:
    import PySide6
    return Path(PySide6.__file__).resolve().parent / "Qt"


def missing_libraries() -> list[str]:
    """Libraries ``ldd`` cannot find for the xcb plugin and libQt6XcbQpa."""
    qt = qt_dir()
    missing = set()
    for binary in (qt / "plugins" / "platforms" / "libqxcb.so", *sorted((qt / "lib").glob("libQt6XcbQpa.so*"))):
        if not binary.exists():
            missing.add(f"{binary.name} (not shipped)")
            continue
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, check=False).stdout
        missing.update(line.split()[0] for line in out.splitlines() if "not found" in line)
    return sorted(missing)


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """Xvfb on the first free display number (it writes the number to a pipe)."""
    read, write = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        raise RuntimeError("Xvfb did not start")
    return proc, f":{number}"


CHILD = r"""
import json, sys, tempfile
from qa_desk.app import files
from qa_desk.app.main import _application
from qa_desk.app.main_window import MainWindow
from qa_desk.app.preferences import Preferences
from qa_desk.app.qt import QEventLoop, QGuiApplication, QSettings, QTimer

png, paths = sys.argv[1], sys.argv[2:]
app = _application()
settings = QSettings(tempfile.mkdtemp() + "/settings.ini", QSettings.IniFormat)
window = MainWindow(Preferences(settings))
window.quiet = True
window.resize(1200, 760)
window.move(40, 40)
window.show()
loop = QEventLoop()
if paths:
    window.loaded.connect(lambda ok: loop.quit())
    QTimer.singleShot(180_000, loop.quit)
    if files.open_paths(window, paths):
        loop.exec()
for _ in range(3):  # let the server map and expose the window, then paint it
    QTimer.singleShot(300, loop.quit)
    loop.exec()
    app.processEvents()
frame = window.frameGeometry()
shot = window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
image = shot.toImage()
colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
if png:
    shot.save(png, "PNG")
print(json.dumps({"platform": QGuiApplication.platformName(), "exposed": window.windowHandle().isExposed(),
                  "colours": len(colours), "size": [image.width(), image.height()],
                  "segments": window.desk.segment_model.rowCount()}))
window.close()
"""


def paint(display: str, png: str, paths: list[str], timeout: float = 240) -> dict:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    proc = subprocess.run([sys.executable, "-c", CHILD, png, *paths], capture_output=True, text=True, env=env,
                          timeout=timeout, check=False)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        return {"error": (proc.stderr.strip().splitlines() or ["no output"])[-1], "returncode": proc.returncode}
    return json.loads(lines[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", help="open these in the window (as make run opens the seed pair)")
    parser.add_argument("--xvfb", action="store_true", help="use a virtual display even when DISPLAY is set")
    parser.add_argument("--png", default="", help="save what the X server shows of the window")
    args = parser.parse_args(argv)
    result = {"missing": missing_libraries()}
    xvfb, display = None, os.environ.get("DISPLAY", "")
    if args.xvfb or not display:
        if shutil.which("Xvfb") is None:
            result["error"] = "no DISPLAY and no Xvfb (apt-get install xvfb)"
            print(json.dumps(result))
            return 2
        xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory():
            result.update(paint(display, args.png, args.files))
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)
    result["display"] = display
    ok = (not result["missing"] and result.get("platform") == "xcb" and result.get("exposed")
          and result.get("colours", 0) >= MIN_COLOURS)
    result["ok"] = bool(ok)
    print(json.dumps(result))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
