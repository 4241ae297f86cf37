"""Start the review desk: ``run_app(paths)`` (called by ``qa-desk gui``) or ``python -m qa_desk.app.main``.

``screenshot=PATH`` loads the document, waits for the checks, grabs the
window to a PNG and returns: used by tests and packaging.
"""
from __future__ import annotations

import argparse
import os
import sys

from . import files, i18n
from .icons import app_icon
from .main_window import MainWindow
from .preferences import APPLICATION, ORGANISATION, Preferences
from .qt import (QApplication, QColor, QEventLoop, QGuiApplication, QPalette, QSettings, QStyleFactory, Qt,
                 QThreadPool, QTimer)

SCREENSHOT_TIMEOUT_MS = 180_000


def _application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("qa-desk")
    app.setDesktopFileName("org.qadesk.QaDesk")  # resources/linux/org.qadesk.QaDesk.desktop
    app.setWindowIcon(app_icon())
    return app


def dark_palette() -> QPalette:
    """A dark palette for Fusion, for platforms (and screenshots) with no dark theme of their own."""
    pal = QPalette()
    colours = {QPalette.Window: "#2b2d30", QPalette.WindowText: "#dfe1e5", QPalette.Base: "#1e1f22",
               QPalette.AlternateBase: "#26282b", QPalette.ToolTipBase: "#3c3f41", QPalette.ToolTipText: "#dfe1e5",
               QPalette.Text: "#dfe1e5", QPalette.Button: "#3c3f41", QPalette.ButtonText: "#dfe1e5",
               QPalette.BrightText: "#ff6b68", QPalette.Highlight: "#2f65ca", QPalette.HighlightedText: "#ffffff",
               QPalette.Link: "#6aa7ff", QPalette.PlaceholderText: "#8c8f94", QPalette.Mid: "#4e5157"}
    for role, colour in colours.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        pal.setColor(QPalette.Disabled, role, QColor("#8c8f94"))
    return pal


def apply_theme(app: QApplication, theme: str | None) -> None:
    """'light' or 'dark' forces Fusion with that palette; None follows the system (the default)."""
    if theme not in ("light", "dark"):
        return
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if theme == "dark" else QApplication.style().standardPalette())


def run_app(paths: list[str] | None = None, screenshot: str | None = None, *, theme: str | None = None,
            settings: QSettings | None = None, size: tuple[int, int] = (1400, 860)) -> int:
    """Open the desk on ``paths`` (1 bilingual file, or SOURCE TARGET, or a .qadesk); returns an exit code."""
    app = _application()
    prefs = Preferences(settings)
    i18n.install(app, prefs.language)
    apply_theme(app, theme or os.environ.get("QA_DESK_THEME"))
    preload = files.preload_model()  # noqa: F841 - runs in the pool; keeps a reference until exit
    window = MainWindow(prefs)
    if screenshot:
        code = _screenshot(app, window, list(paths or []), screenshot, size)
        QThreadPool.globalInstance().waitForDone(10_000)  # no worker left running at interpreter exit
        return code
    window.show()
    if paths:
        QTimer.singleShot(0, lambda: files.open_paths(window, list(paths)))
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(10_000)  # no worker left running at interpreter exit
    return code


def _screenshot(app, window: MainWindow, paths: list[str], out: str, size: tuple[int, int]) -> int:
    window.quiet = True
    window.resize(*size)
    window.show()
    ok = True
    if paths:
        loop = QEventLoop()
        result = {"ok": False}

        def done(success: bool) -> None:
            result["ok"] = success
            loop.quit()
        window.loaded.connect(done)
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, loop.quit)
        if files.open_paths(window, paths):
            loop.exec()
        ok = result["ok"]
        if ok:
            _select_telling_issue(window)
    for _ in range(5):
        app.processEvents()
    window.grid.fit_visible_rows()
    app.processEvents()
    saved = window.grab().save(out, "PNG")
    if window.last_error:
        print(f"qa-desk: {window.last_error}", file=sys.stderr)
    window.quiet = True
    window.close()
    return 0 if (saved and ok) else 1


def _select_telling_issue(window: MainWindow) -> None:
    """For the picture: the first open issue whose evidence sits in the source, else the first open one."""
    session = window.desk.session
    records = [r for r in session.issues if r.status == "open"] if session is not None else []
    telling = next((r for r in records if r.issue.suggestions and any(
        ev.side == "source" for ev in r.issue.evidence)), None)
    if telling is None or not window.issues_dock.select_signature(telling.signature):
        window.next_issue(True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qa-desk-gui", description="The qa-desk review desk.")
    parser.add_argument("files", nargs="*", help="one bilingual file, SOURCE TARGET, or a .qadesk project")
    parser.add_argument("--screenshot", metavar="PNG", help="load, wait for the checks, save a PNG and quit")
    parser.add_argument("--theme", choices=("light", "dark"), help="force a light or dark palette")
    args = parser.parse_args(argv)
    return run_app(args.files, screenshot=args.screenshot, theme=args.theme)


if __name__ == "__main__":
    sys.exit(main())
