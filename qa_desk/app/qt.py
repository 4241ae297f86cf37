"""The one door to Qt: every app module imports Qt names from here (Anki's aqt.qt habit).

Keeping the binding in one place means a future switch (PySide6 -> PyQt6, or a
new major version) touches one file, and the engine's no-Qt rule is easy to check.
"""
# ruff: noqa: F401, F403, E402
import sys


def _pin_singletons() -> None:
    """Work around PySide6 6.12.0 on CPython 3.11: every Qt call that returns None drops a reference to None.

    Measured: 20,000 calls of ``widget.setWindowTitle("x")`` abort the interpreter with
    "none_dealloc: deallocating None" (the wheel returns None without a new reference,
    which is only safe where None is immortal, CPython 3.12+). A desk makes that many calls
    in minutes, so on 3.11 we give None (and True/False, by caution) a reference count
    they can never spend. Harmless if the binding is fixed; skipped on 3.12+.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import ctypes
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40


_pin_singletons()

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
