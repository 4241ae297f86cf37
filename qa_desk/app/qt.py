"""The one door to Qt: every app module imports Qt names from here (Anki's aqt.qt habit).

Keeping the binding in one place means a future switch (PySide6 -> PyQt6, or a
new major version) touches one file, and the engine's no-Qt rule is easy to check.
"""
# ruff: noqa: F401, F403, E402
# PySide6 is pinned to 6.11.3: 6.12.0 on CPython 3.11 drops a reference to None on every Qt
# call that returns nothing and aborts the interpreter after a few thousand calls
# (tests/app/test_qt_binding.py guards this).
from PySide6.QtCore import *
from PySide6.QtGui import *
from PySide6.QtWidgets import *
from PySide6.QtCore import Signal, Slot, Property, QT_TRANSLATE_NOOP
from PySide6 import __version__ as PYSIDE_VERSION
from shiboken6 import isValid as is_alive  # False once the C++ object behind a wrapper is gone

try:  # QtSvg ships with PySide6-Essentials; the icon falls back to a plain window without it
    from PySide6.QtSvg import QSvgRenderer
except ImportError:  # pragma: no cover - depends on the wheel
    QSvgRenderer = None
