"""The Qt binding survives long sessions: many Qt calls returning None must not crash the interpreter."""
import os
import subprocess
import sys

SCRIPT = """
import qa_desk.app.qt as qt
app = qt.QApplication([])
w = qt.QWidget()
for _ in range(50000):
    w.setWindowTitle("x")  # returns None from C++
print("alive")
"""


def test_fifty_thousand_void_calls_do_not_abort():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, env=env,
                          cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    assert done.returncode == 0, done.stderr[-500:]
    assert "alive" in done.stdout


def test_application_icon_renders(qapp):
    from qa_desk.app.icons import app_icon
    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64
    assert len({image.pixelColor(x, y).name() for x in range(0, 64, 8) for y in range(0, 64, 8)}) > 3
