"""The application icon, drawn from resources/icons/qa-desk.svg at every size the platform asks."""
from __future__ import annotations

import os

from ..paths import resource_path
from .qt import QIcon


def icon_path() -> str:
    return str(resource_path("icons", "qa-desk.svg"))


def app_icon() -> QIcon:
    """QIcon renders the SVG through Qt's svg image plugin; an empty icon if the file is missing."""
    path = icon_path()
    return QIcon(path) if os.path.exists(path) else QIcon()
