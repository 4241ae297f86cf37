"""Where qa-desk's shipped data lives, from a source checkout or an installed wheel."""
from __future__ import annotations

import importlib.resources
from pathlib import Path

_SOURCE_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file under the top-level resources/ folder (package qa_desk.resources once installed)."""
    if _SOURCE_RESOURCES.is_dir():
        base = _SOURCE_RESOURCES
    else:
        base = Path(str(importlib.resources.files("qa_desk.resources")))
    return base.joinpath(*parts)
