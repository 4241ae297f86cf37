"""The one door to Qt: every app module imports Qt names from here (Anki's aqt.qt habit).

Keeping the binding in one place means a future switch (PySide6 -> PyQt6, or a
new major version) touches one file, and the engine's no-Qt rule is easy to check.
"""
# ruff: noqa: F401, F403
from PySide6.QtCore import *
from PySide6.QtGui import *
from PySide6.QtWidgets import *
from PySide6.QtCore import Signal, Slot, Property, QT_TRANSLATE_NOOP
from PySide6 import __version__ as PYSIDE_VERSION

try:  # QtSvg ships with PySide6-Essentials; the icon falls back to a plain window without it
    from PySide6.QtSvg import QSvgRenderer
except ImportError:  # pragma: no cover - depends on the wheel
    QSvgRenderer = None
