"""Where qa-desk's shipped data lives, from a source checkout or an installed wheel."""
from __future__ import annotations

import importlib.resources
from pathlib import Path

_SOURCE_RESOURCES = Path(__file__).resolve().parent.parent / "resources"
# A file only qa-desk's own resources folder has: another package's top-level "resources" folder
# installed beside ours in site-packages must never be taken for it.
_MARKER = "people/nationalities.tsv"


def resource_path(*parts: str) -> Path:
    """Path of a file under the top-level resources/ folder (package qa_desk.resources once installed)."""
    if (_SOURCE_RESOURCES / _MARKER).is_file():
        base = _SOURCE_RESOURCES
    else:
        base = Path(str(importlib.resources.files("qa_desk.resources")))
    return base.joinpath(*parts)
