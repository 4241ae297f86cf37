"""Glossaries a desk shares: TBX (ISO 30042, TBX-Basic) and CSV, read into one entry list.

An entry ties English terms to the French terms that must render them
(preferred or admitted) and to French terms that must not be used
(deprecated or superseded). TBX files are hostile XML like any input, so
they go through :mod:`qa_desk.formats.xmlsafe`.
"""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FORBIDDEN_STATUSES = {"deprecatedterm-admn-sts", "supersededterm-admn-sts", "deprecated", "forbidden",
                      "supersededterm", "deprecatedterm", "notrecommended"}
CSV_COLUMNS = ("source", "target", "status", "note")
CSV_STATUSES = ("required", "forbidden")


@dataclass
class GlossaryEntry:
    """English terms, the French terms that render them, and French terms not to use."""

    source: list[str] = field(default_factory=list)
    required: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    note: str = ""
    origin: str = ""  # "file:line" or "file#entry-id", shown in messages


def read_glossary(path: str | os.PathLike) -> list[GlossaryEntry]:
    """Entries of a .tbx/.xml or .csv/.tsv glossary; bad input is a one-line InputError."""
    path = str(path)
    suffix = Path(path).suffix.lower()
    if suffix in (".tbx", ".xml"):
        return read_tbx(path)
    if suffix in (".csv", ".tsv", ".txt"):
        return read_csv(path)
    raise InputError("unknown glossary format (expected .tbx or .csv)", path)


# ---------------------------------------------------------------- TBX


def _local(element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def _lang_of(element) -> str:
    return (element.get(XML_LANG) or element.get("lang") or "").lower()


def read_tbx(path: str) -> list[GlossaryEntry]:
    """TBX v2 (termEntry/langSet/tig|ntig) and TBX v3 (conceptEntry/langSec/termSec)."""
    from ..formats.xmlsafe import parse_xml

    root = parse_xml(path).getroot()
    if _local(root) not in ("martif", "tbx"):
        raise InputError(f"not a TBX file (root element <{_local(root)}>)", path, root.sourceline)
    entries = []
    name = Path(path).name
    for concept in root.iter():
        if _local(concept) not in ("termEntry", "conceptEntry"):
            continue
        entry = GlossaryEntry(origin=f"{name}#{concept.get('id') or concept.sourceline}")
        notes = []
        for child in concept.iter():
            local = _local(child)
            if local in ("langSet", "langSec"):
                _read_lang_section(child, entry, path)
            elif local in ("descrip", "note") and (child.get("type") in (None, "definition", "context", "note")):
                if _text(child):
                    notes.append(_text(child))
        entry.note = "; ".join(notes)
        if (entry.source and entry.required) or entry.forbidden:
            entries.append(entry)
    return entries


def _read_lang_section(section, entry: GlossaryEntry, path: str) -> None:
    lang = _lang_of(section)
    if not lang:
        raise InputError("langSet without xml:lang", path, section.sourceline)
    for holder in section:
        if _local(holder) not in ("tig", "ntig", "termSec"):
            continue
        term, status = "", ""
        for child in holder.iter():
            local = _local(child)
            if local == "term" and not term:
                term = _text(child)
            elif local in ("termNote", "termnote") and child.get("type") == "administrativeStatus":
                status = _text(child).lower()
        if not term:
            continue
        if lang.startswith("en"):
            entry.source.append(term)
        elif lang.startswith("fr"):
            (entry.forbidden if status in FORBIDDEN_STATUSES else entry.required).append(term)


# ---------------------------------------------------------------- CSV


def read_csv(path: str) -> list[GlossaryEntry]:
    """A header row naming source, target, status (required|forbidden) and note; UTF-8."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read glossary", path) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise InputError("glossary is not UTF-8", path, line) from None
    lines = text.splitlines()
    if not lines:
        raise InputError("empty glossary", path)
    header_line = lines[0]
    delimiter = max(",;\t", key=header_line.count)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip().lower() for h in next(rows)]
    missing = [c for c in ("source", "target") if c not in header]
    if missing:
        raise InputError(f"glossary header must name the columns {', '.join(CSV_COLUMNS)} "
                         f"(missing: {', '.join(missing)})", path, 1)
    col = {name: header.index(name) for name in CSV_COLUMNS if name in header}
    by_source: dict[str, GlossaryEntry] = {}
    entries: list[GlossaryEntry] = []
    name = Path(path).name
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue

        def cell(key: str) -> str:
            index = col.get(key)
            return row[index].strip() if index is not None and index < len(row) else ""

        source, target, status = cell("source"), cell("target"), (cell("status") or "required").lower()
        if status not in CSV_STATUSES:
            raise InputError(f"status must be required or forbidden, not {status!r}", path, number)
        if not target:
            raise InputError("a glossary row needs a target term", path, number)
        if status == "required" and not source:
            raise InputError("a required term needs its source term", path, number)
        key = source.lower()
        entry = by_source.get(key) if key else None
        if entry is None:
            entry = GlossaryEntry(source=[source] if source else [], origin=f"{name}:{number}")
            entries.append(entry)
            if key:
                by_source[key] = entry
        (entry.required if status == "required" else entry.forbidden).append(target)
        if cell("note"):
            entry.note = "; ".join(filter(None, (entry.note, cell("note"))))
    return entries


# ---------------------------------------------------------------- cache

_CACHE: dict[str, tuple[float, list[GlossaryEntry]]] = {}


def load_glossaries(paths) -> list[GlossaryEntry]:
    """Entries of every glossary in ``paths``, each file read again only when it changed."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    entries: list[GlossaryEntry] = []
    for path in paths:
        path = str(path)
        try:
            mtime = os.stat(path).st_mtime
        except OSError as exc:
            raise InputError(exc.strerror or "cannot read glossary", path) from None
        cached = _CACHE.get(path)
        if cached is None or cached[0] != mtime:
            cached = (mtime, read_glossary(path))
            _CACHE[path] = cached
        entries.extend(cached[1])
    return entries
