"""The first segments of a big XLIFF file, read as a stream, for a window that shows them at once.

Reading a 55 MB XLIFF and checking it against its schemas and rules takes seconds; the first screen
needs a few hundred units. :func:`first_segments` feeds the file to a pull parser chunk by chunk and
stops once it has them, turning each unit into segments with the full reader's own code, so the
rows read exactly as they will once the whole file is read. It validates nothing and keeps no
tree: the document it returns is for showing only (never written, checked or stored); the full
read (``read_xliff``) follows and replaces it. Anything unusual (a DOCTYPE, bytes that do not
parse, no units yet) gives None: no preview, the full read decides.
"""
from __future__ import annotations

from lxml import etree

from ..model import BilingualDocument
from . import xliff_common as xc
from .xmlsafe import _DOCTYPE, _prolog_text

CHUNK = 1 << 16  # bytes fed to the parser at a time


def _parser() -> etree.XMLPullParser:
    return etree.XMLPullParser(events=("start", "end"), resolve_entities=False, no_network=True,
                               load_dtd=False, huge_tree=False, remove_comments=False, remove_pis=False)


def _local(tag) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _ns(tag) -> str:
    return tag[1:tag.index("}")] if isinstance(tag, str) and tag.startswith("{") else ""


class _Stream:
    """Units as the parser closes them, with the file they are in (1-based)."""

    def __init__(self, path: str):
        self.path = path
        self.root = None
        self.family = ""
        self.file_number = 0

    def units(self):
        parser = _parser()
        with open(self.path, "rb") as handle:
            head = handle.read(CHUNK)
            if not head.strip() or _DOCTYPE.search(_prolog_text(head)):
                return  # a DOCTYPE (entities, external DTDs) is the full reader's to judge
            chunk = head
            while chunk:
                parser.feed(chunk)
                for event, element in parser.read_events():
                    name = _local(element.tag)
                    if event == "start":
                        if self.root is None:
                            self.root = element
                            if name != "xliff":
                                return
                        elif name == "file" and element.getparent() is self.root:
                            self.file_number += 1
                        continue
                    if name == "trans-unit" and self.family != "2" or name == "unit" and self.family != "1":
                        self.family = self.family or ("1" if name == "trans-unit" else "2")
                        yield element
                chunk = handle.read(CHUNK)


def first_segments(path: str, limit: int = 500) -> BilingualDocument | None:
    """A document holding the first ``limit`` (or a few more) segments of an XLIFF file, or None."""
    stream = _Stream(path)
    doc = None
    try:
        for unit in stream.units():
            if doc is None:
                doc = _document(stream, path)
                add = _adder(stream, doc)
            if add(unit) and len(doc.segments) >= limit:
                break
    except (etree.XMLSyntaxError, OSError, ValueError, LookupError, KeyError, AttributeError, TypeError):
        return None
    return doc if doc is not None and doc.segments else None


def _document(stream: _Stream, path: str) -> BilingualDocument:
    root = stream.root
    if stream.family == "2":
        doc = BilingualDocument([], source_lang=root.get("srcLang") or "en", format="xliff2", path=path,
                                version=root.get("version") or "2.1")
        doc.target_lang = root.get("trgLang") or doc.target_lang
        return doc
    from . import xliff1_dialects as dialects
    return BilingualDocument([], format="xliff12", path=path, version=root.get("version") or "1.2",
                             dialect=dialects.detect(root, path))


def _adder(stream: _Stream, doc: BilingualDocument):
    """A function that adds one closed unit's segments to ``doc`` (False when the reader skips it)."""
    ns = _ns(stream.root.tag)
    q = (lambda name: f"{{{ns}}}{name}") if ns else (lambda name: name)
    used: set[str] = set()
    files: dict[int, set[str]] = {}
    state = {"paragraph": 0}
    if stream.family == "2":
        from .xliff2 import _Reader
        reader = _Reader(ns, doc)

        def add(unit) -> bool:
            chain = list(unit.iterancestors())
            if any(_local(a.tag) not in ("group", "file", "xliff") for a in chain):
                return False  # the reader walks files and groups only
            notes = []
            for ancestor in reversed(chain[:-1]):
                notes = notes + reader.notes(ancestor)
            reader.number = stream.file_number
            reader.in_file = files.setdefault(stream.file_number, set())
            reader.unit(unit, notes)
            return True
        return add

    from . import xliff1_dialects as dialects
    from .xliff12 import _segments

    def add(unit) -> bool:
        if any(_ns(a.tag) == dialects.SDL for a in unit.iterancestors()):
            return False
        base = unit.get("id") or f"tu{state['paragraph'] + 1}"
        key = xc.unit_key(base, stream.file_number, used, files.setdefault(stream.file_number, set()))
        doc.segments.extend(_segments(unit, key, state["paragraph"], q, doc.dialect))
        state["paragraph"] += 1
        return True
    return add
