"""How fast the desk shows a big XLIFF: first screen, then checks, scrolling (run by hand, offscreen).

Writes an XLIFF 2.1 of N segments made from the seed pair's sentences (repeated, numbered so no
two are equal), then measures, in one process: reading it into a review session without checks,
handing it to the window and painting the first screen; the checks (every registered check) on
the whole document; a jump-scroll through the grid. Qt runs offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/app_first_screen.py [SEGMENTS]
"""
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


def build_xliff(count: int, folder: str) -> str:
    from qa_desk.engine import load_document, save_document
    from qa_desk.model import BilingualDocument, Content, Segment

    seed = load_document([str(ROOT / "seeds" / "000_f49c22878f2298e4.en.txt"),
                          str(ROOT / "seeds" / "000_f49c22878f2298e4.txt")])
    pairs = [(s.source.text, s.target_text) for s in seed.segments if s.target_text]
    segments = []
    for n in range(count):
        en, fr = pairs[n % len(pairs)]
        segments.append(Segment(str(n + 1), Content(f"{en} ({n})"), Content(f"{fr} ({n})"), "translated",
                                paragraph=n))
    path = os.path.join(folder, "big.xlf")
    save_document(BilingualDocument(segments), path, "xliff2")
    return path


def open_window(folder: str):
    """The application and a shown main window with settings of its own in ``folder``."""
    from qa_desk.app import main as app_main
    from qa_desk.app.main_window import MainWindow
    from qa_desk.app.preferences import Preferences
    from qa_desk.app.qt import QSettings

    app = app_main._application()
    window = MainWindow(Preferences(QSettings(os.path.join(folder, "p.ini"), QSettings.IniFormat)))
    window.quiet = True
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    return app, window


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    from qa_desk.review.session import ReviewSession

    with tempfile.TemporaryDirectory() as folder:
        path = build_xliff(count, folder)
        app, window = open_window(folder)
        started = time.perf_counter()
        session = ReviewSession.open_files([path], run_checks=False)
        read = time.perf_counter() - started
        window.desk.set_session(session)
        app.processEvents()
        window.grid.viewport().repaint()
        shown = time.perf_counter() - started
        started = time.perf_counter()
        session.recheck()
        checks = time.perf_counter() - started
        window.desk.set_session(session)
        app.processEvents()
        bar = window.grid.verticalScrollBar()
        started = time.perf_counter()
        for k in range(100):
            bar.setValue(int(bar.maximum() * k / 100))
            window.grid.fit_visible_rows()
            window.grid.viewport().repaint()
        frame = (time.perf_counter() - started) * 10
        print(f"{count} segments: read {read:.2f} s, first screen painted {shown:.2f} s after opening; "
              f"all checks {checks:.1f} s ({len(session.issues)} issues); jump-scroll {frame:.0f} ms a frame")
        session.close()


if __name__ == "__main__":
    main()
