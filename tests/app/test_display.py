"""Issue 16, bug 5: the desk starts on a real X display (Qt's xcb plugin), not only offscreen.

scripts/display_check.py runs ``ldd`` on PySide6's xcb plugin, starts Xvfb, opens the main window
with QT_QPA_PLATFORM=xcb in a child process and reads its pixels back from the X server. Skipped
where there is no Xvfb (``apt-get install xvfb``; scripts/setup-system.sh installs it as root).
"""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "display_check.py"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is the Linux desktop plugin")


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="no Xvfb: apt-get install xvfb")
@pytest.mark.skipif(shutil.which("ldd") is None, reason="no ldd")
def test_xcb_plugin_loads_and_the_window_paints(tmp_path):
    png = tmp_path / "desk.png"
    proc = subprocess.run([sys.executable, str(SCRIPT), "--xvfb", "--png", str(png)], capture_output=True,
                          text=True, timeout=180, check=False)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["missing"] == [], f"libraries the xcb plugin needs: {result['missing']} (scripts/setup-system.sh)"
    assert result.get("platform") == "xcb", result
    assert result["exposed"] and result["colours"] >= 16, "the X server shows a painted window"
    assert proc.returncode == 0 and result["ok"]
    assert png.stat().st_size > 5000


def test_missing_libraries_are_named(monkeypatch, tmp_path):
    """The check says which library is missing (here: a plugin that is not there at all)."""
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import display_check
    finally:
        sys.path.remove(str(SCRIPT.parent))
    monkeypatch.setattr(display_check, "qt_dir", lambda: tmp_path)
    (tmp_path / "lib").mkdir()
    assert display_check.missing_libraries() == ["libqxcb.so (not shipped)"]
