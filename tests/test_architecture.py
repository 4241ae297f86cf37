"""The engine never imports Qt: only qa_desk/app/ may (Anki's core/front-end split)."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "qa_desk"


def _imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_no_qt_outside_app():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "app" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for module in _imported_modules(path):
            if module.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offenders == []


def test_scan_sees_python_files():
    # guard against the scan silently finding nothing
    assert len(list(PACKAGE.rglob("*.py"))) > 5
