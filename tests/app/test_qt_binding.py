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
