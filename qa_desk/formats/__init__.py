"""Readers and writers, one module per format (Translate Toolkit's habit).

Each format module exposes ``NAME``, ``EXTENSIONS``, ``sniff(head: bytes) -> bool``,
``read(path) -> BilingualDocument`` and ``write(doc, path, issues=None)``.
Plain-text pairs are special: two files that need aligning (see ``text``).
"""
from __future__ import annotations

import importlib
import os
from pathlib import Path
from types import ModuleType

from ..errors import InputError
from ..model import BilingualDocument

# Bytes read to recognise a format: enough for a licence comment or a DOCTYPE before the root.
SNIFF_BYTES = 1 << 16
# format name -> module name; order matters for sniffing
FORMAT_MODULES = {"xliff12": "xliff12", "xliff2": "xliff2", "tmx": "tmx", "text": "text"}
EXTENSION_FORMATS = {".xlf": "xliff", ".xliff": "xliff", ".sdlxliff": "xliff12", ".mqxliff": "xliff12", ".mxliff": "xliff12",
                     ".tmx": "tmx", ".txt": "text"}


def format_module(name: str) -> ModuleType:
    if name not in FORMAT_MODULES:
        raise InputError(f"unknown format {name!r}")
    return importlib.import_module(f"{__name__}.{FORMAT_MODULES[name]}")


def sniff_format(path: str | os.PathLike) -> str:
    """The format of a bilingual file by its content: xliff12, xliff2 or tmx; else text."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read file", str(path)) from None
    from .xmlsafe import markup_head
    head = markup_head(head)
    for name in ("xliff12", "xliff2", "tmx"):
        if format_module(name).sniff(head):
            return name
    return "text"


def read_xliff(path: str | os.PathLike) -> BilingualDocument:
    """Any XLIFF file: its structure (trans-units or units), not its namespace, picks the reader."""
    from .validate import family
    from .xliff_common import paused_gc
    from .xmlsafe import parse_file

    tree, data = parse_file(str(path))
    kind = family(tree.getroot())
    if not kind:
        root = tree.getroot()
        raise InputError(f"not an XLIFF file (root element {root.tag})", str(path), root.sourceline)
    with paused_gc():
        return format_module("xliff12" if kind == "1" else "xliff2").read_tree(tree, str(path), data)


def read_bilingual(path: str | os.PathLike) -> BilingualDocument:
    """Read one bilingual file (XLIFF 1.2, XLIFF 2.x or TMX)."""
    fmt = sniff_format(path)
    if fmt == "text":
        if os.path.isfile(path) and not os.path.getsize(path):
            raise InputError("empty file", str(path))
        raise InputError("not a bilingual file (XLIFF or TMX); give a plain-text pair as SOURCE TARGET",
                         str(path))
    doc = read_xliff(path) if fmt in ("xliff12", "xliff2") else format_module(fmt).read(str(path))
    if not doc.segments:  # an empty report would read as "no issues"
        raise InputError("no translation units in the file, nothing to check", str(path))
    return doc


def output_format(path: str | os.PathLike, doc: BilingualDocument, requested: str | None = None) -> str:
    """Choose the writer: explicit request, else by extension (XLIFF keeps its version), else the input's."""
    if requested:
        return {"xliff": "xliff2", "xliff21": "xliff2", "xliff1": "xliff12"}.get(requested, requested)
    ext = Path(path).suffix.lower()
    guess = EXTENSION_FORMATS.get(ext)
    if guess == "xliff":
        return doc.format if doc.format in ("xliff12", "xliff2") else "xliff2"
    if guess:  # .tmx: the TMX writer refuses in one line rather than XLIFF or text under a .tmx name
        return guess
    return doc.format if doc.format != "tmx" else "xliff2"


def write_document(doc: BilingualDocument, path: str | os.PathLike, fmt: str | None = None,
                   issues=None) -> str:
    """Write ``doc`` to ``path`` atomically (temporary file, then rename); returns the format used."""
    fmt = output_format(path, doc, fmt)
    module = format_module(fmt)
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        module.write(doc, str(tmp), issues=issues)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return fmt
