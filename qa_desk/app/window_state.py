"""The window's state and questions: geometry and docks restored sane (on a screen, the grid kept
wide), saved on quit, and the questions the File menu asks (answered by ``window.answers`` in quiet mode).
"""
from __future__ import annotations

from .qt import QMessageBox, Qt


MIN_GRID_SHARE = 0.4  # the grid keeps at least this share of the window's width after a restore


def restore_window(window) -> None:
    """Geometry and docks as left, then made sane: the window on a screen that exists, fully inside
    it (a second window steps aside), and the grid never squeezed by the docks."""
    settings = window.prefs.settings
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    state = settings.value("window/state")
    if state is not None:
        window.restoreState(state)
    fit_on_screen(window)
    keep_grid_wide(window)


def fit_on_screen(window) -> None:
    from .qt import QApplication, QGuiApplication, QPoint
    others = [w for w in QApplication.topLevelWidgets()
              if w is not window and type(w).__name__ == "MainWindow" and w.isVisible()]
    frame = window.frameGeometry()
    if others:  # cascade from the last window opened
        frame.moveTopLeft(others[-1].frameGeometry().topLeft() + QPoint(32, 32))
    screen = QGuiApplication.screenAt(frame.center()) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width, height = min(frame.width(), area.width()), min(frame.height(), area.height())
    left = min(max(frame.left(), area.left()), area.right() - width + 1)
    top = min(max(frame.top(), area.top()), area.bottom() - height + 1)
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    window.resize(max(200, width - extra_w), max(200, height - extra_h))
    window.move(left, top)


def keep_grid_wide(window) -> None:
    docks = [d for d in (window.issues_dock, window.people_dock) if d.isVisible() and not d.isFloating()
             and window.dockWidgetArea(d) in (Qt.RightDockWidgetArea, Qt.LeftDockWidgetArea)]
    if not docks:
        return
    total = window.width()
    widest = max(d.width() for d in docks)
    if total - widest < total * MIN_GRID_SHARE:
        window.resizeDocks(docks, [int(total * (1 - MIN_GRID_SHARE) * 0.9)] * len(docks), Qt.Horizontal)


def save_window(window) -> None:
    window.prefs.settings.setValue("window/geometry", window.saveGeometry())
    window.prefs.settings.setValue("window/state", window.saveState())


def ask(window, key: str, title: str, text: str, choices: list[tuple[str, str]], default: str) -> str:
    """A question with buttons; returns the key of the choice. In quiet mode (tests, --screenshot) the
    question is recorded in ``window.asked`` and ``window.answers[key]`` (else ``default``) answers it."""
    if window.quiet:
        window.asked.append(key)
        return window.answers.get(key, default)
    box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.NoButton, window)
    buttons = {}
    for choice, label in choices:
        role = QMessageBox.RejectRole if choice == "cancel" else QMessageBox.AcceptRole
        buttons[box.addButton(label, role)] = choice
    box.exec()
    return buttons.get(box.clickedButton(), "cancel")


