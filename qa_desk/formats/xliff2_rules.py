"""Structural rules of XLIFF 2.x that the XSDs cannot express (the OASIS Schematron's, in part).

One walk over the tree, first problem found is returned as (message, line).
Covered: unique ids (file, group, unit, note, data, segment/inline ids in a
unit, target order), a unit needs a segment, trgLang needed by targets,
srcLang/trgLang syntax and inherited xml:lang of source/target, xml:space
agreement of source and target, skeleton href xor content, state for
subState and type for subType, data references, sc/ec and sm/em pairing and
isolation, comment annotations, copyOf targets, cp code points.
"""
from __future__ import annotations

import re

from .xmlsafe import local_name

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# BCP 47 well-formedness, simplified: language (2-3 or 5-8 letters, or extlang), then subtags
_BCP47 = re.compile(r"^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{5,8}|[xX](?:-[A-Za-z0-9]{1,8})+|i-[A-Za-z]+)"
                    r"(?:-[A-Za-z0-9]{1,8})*$")
_XML_CHAR = re.compile("[\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SUBTYPES = {"xlf:lb": "fmt", "xlf:pb": "fmt", "xlf:b": "fmt", "xlf:i": "fmt", "xlf:u": "fmt", "xlf:var": "ui"}
_INLINE = frozenset({"pc", "ph", "sc", "ec", "mrk", "sm", "em", "cp"})


class RuleError(Exception):
    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.line = line


def check(root) -> tuple[str, int | None] | None:
    """The first structural problem of an XLIFF 2.x document, or None."""
    try:
        _check_root(root)
    except RuleError as exc:
        return str(exc), exc.line
    return None


def _fail(message: str, element) -> None:
    raise RuleError(message, getattr(element, "sourceline", None))


def _check_root(root) -> None:
    ns = root.tag[1:root.tag.index("}")] if root.tag.startswith("{") else ""
    q = lambda name: f"{{{ns}}}{name}"  # noqa: E731
    src, trg = root.get("srcLang", ""), root.get("trgLang")
    for name, value in (("srcLang", src), ("trgLang", trg)):
        if value is not None and not _BCP47.match(value):
            _fail(f"{name} {value!r} is not a well-formed language tag", root)
    file_ids: set[str] = set()
    for file_el in root.iterchildren(q("file")):
        _unique(file_ids, file_el.get("id"), "file", file_el)
        ctx = _Context(q, src, trg)
        ctx.walk(file_el, file_el.get(XML_LANG, root.get(XML_LANG, src)), file_el.get(XML_SPACE, "default"))


def _unique(seen: set, value, what: str, element) -> None:
    if value is None:
        return
    if value in seen:
        _fail(f"duplicate {what} id {value!r}", element)
    seen.add(value)


class _Context:
    def __init__(self, q, src: str, trg: str | None):
        self.q = q
        self.src, self.trg = src, trg
        self.group_ids: set[str] = set()
        self.unit_ids: set[str] = set()
        self.t_segment, self.t_ignorable = q("segment"), q("ignorable")
        self.t_source, self.t_target = q("source"), q("target")
        self.inline_tags = frozenset(q(name) for name in _INLINE)

    def walk(self, parent, lang: str, space: str) -> None:
        q = self.q
        for child in parent:
            tag = child.tag
            if tag == q("skeleton"):
                has_content = len(child) or (child.text or "").strip()
                if bool(child.get("href")) == bool(has_content):
                    _fail("skeleton needs either an href or content, not both or neither", child)
            elif tag == q("notes"):
                self.notes(child)
            elif tag == q("group"):
                _unique(self.group_ids, child.get("id"), "group", child)
                self.walk(child, child.get(XML_LANG, lang), child.get(XML_SPACE, space))
            elif tag == q("unit"):
                _unique(self.unit_ids, child.get("id"), "unit", child)
                self.unit(child, child.get(XML_LANG, lang), child.get(XML_SPACE, space))

    def notes(self, notes) -> None:
        seen: set[str] = set()
        for note in notes:
            if isinstance(note.tag, str) and local_name(note) == "note":
                _unique(seen, note.get("id"), "note", note)

    def unit(self, unit, lang: str, space: str) -> None:
        q = self.q
        data_ids: set[str] = set()
        ids: set[str] = set()
        orders: set[str] = set()
        parts = []
        segments = 0
        for child in unit:
            tag = child.tag
            if tag == self.t_segment or tag == self.t_ignorable:
                parts.append(child)
                segments += tag == self.t_segment
                _unique(ids, child.get("id"), "segment/ignorable", child)
                if child.get("subState") is not None and child.get("state") is None:
                    _fail("subState used without state", child)
            elif tag == q("notes"):
                self.notes(child)
            elif tag == q("originalData"):
                for data in child:
                    if isinstance(data.tag, str):
                        _unique(data_ids, data.get("id"), "data", data)
        if segments == 0:
            _fail(f"unit {unit.get('id')!r} has no segment", unit)
        codes = _Codes(unit, data_ids, ids, self.inline_tags)
        for part in parts:
            source = target = None
            for child in part:
                if child.tag == self.t_source:
                    source = child
                elif child.tag == self.t_target:
                    target = child
            if source is not None:
                if source.get(XML_LANG, lang) != self.src:
                    _fail("source language differs from srcLang", source)
                codes.scan(source, "source")
            if target is not None:
                if self.trg is None:
                    _fail("target present but the document has no trgLang", target)
                if target.get(XML_LANG, self.trg if lang == self.src else lang) != self.trg:
                    _fail("target language differs from trgLang", target)
                source_space = source.get(XML_SPACE, space) if source is not None else space
                if target.get(XML_SPACE, space) != source_space:
                    _fail("source and target differ in xml:space", target)
                order = target.get("order")
                if order is not None:
                    if order in orders or not order.isdigit() or not 1 <= int(order) <= len(parts):
                        _fail(f"invalid or duplicate target order {order!r}", target)
                    orders.add(order)
                codes.scan(target, "target")
        codes.finish()


class _Codes:
    """Inline-code bookkeeping for one unit (source side decides pairing)."""

    def __init__(self, unit, data_ids: set[str], ids: set[str], inline_tags: frozenset):
        self.unit = unit
        self.inline_tags = inline_tags
        self.data_ids = data_ids
        self.ids = ids  # segment, ignorable and source inline ids
        self.sides = {"source": {"sc": {}, "sm": {}}, "target": {"sc": {}, "sm": {}}}
        self.source_ids: set[str] = set()
        self.copy_refs: list = []
        self.no_copy: set[str] = set()

    def scan(self, container, side: str) -> None:
        if not len(container):
            return
        target_ids: set[str] = set()
        state = self.sides[side]
        inline = self.inline_tags
        for el in container.iter():
            tag = el.tag
            if tag not in inline:
                continue
            name = tag.rpartition("}")[2]
            keys = el.keys()
            if "id" in keys and name != "cp":
                ident = el.get("id")
                if side == "source":
                    _unique(self.ids, ident, "inline or segment", el)
                    self.source_ids.add(ident)
                else:
                    _unique(target_ids, ident, "inline", el)
                    if ident in self.ids and ident not in self.source_ids:
                        _fail(f"target code id {ident!r} clashes with a segment id", el)
            if len(keys) > 1:
                self.attributes(el, keys)
            handler = _HANDLERS.get(name)
            if handler is not None:
                handler(self, el, state)

    def attributes(self, el, keys) -> None:
        if "subType" in keys:
            sub = el.get("subType")
            if "type" not in keys:
                _fail("subType used without type", el)
            if sub.startswith("xlf:") and _SUBTYPES.get(sub) != el.get("type"):
                _fail(f"subType {sub!r} does not go with type {el.get('type')!r}", el)
        if "canCopy" in keys and el.get("canCopy") == "no" and "id" in keys:
            self.no_copy.add(el.get("id"))
        for attr in ("dataRef", "dataRefStart", "dataRefEnd"):
            if attr in keys and el.get(attr) not in self.data_ids:
                _fail(f"{attr} {el.get(attr)!r} points to no data element of the unit", el)
        if "copyOf" in keys:
            if "dataRef" in keys or "dataRefStart" in keys:
                _fail("copyOf used on a code that has original data", el)
            self.copy_refs.append(el)

    def _cp(self, el, _state):
        try:
            code = int(el.get("hex", ""), 16)
        except ValueError:
            _fail("cp hex is not hexadecimal", el)
        if code > 0x10FFFF:
            _fail("cp hex beyond Unicode", el)
        if _XML_CHAR.match(chr(code)):
            _fail(f"cp codes U+{code:04X}, a character XML allows as text", el)

    def _sc(self, el, state):
        if el.get("isolated") != "yes":
            state["sc"][el.get("id")] = el

    def _ec(self, el, state):
        isolated = el.get("isolated") == "yes"
        ref = el.get("startRef")
        if isolated:
            if ref is not None or el.get("id") is None:
                _fail("isolated ec needs id and no startRef", el)
        else:
            if ref is None:
                _fail("ec without startRef must be isolated", el)
            if el.get("id") is not None:
                _fail("non-isolated ec must not have an id", el)
            start = state["sc"].pop(ref, None)
            if start is None:
                _fail(f"ec startRef {ref!r} has no sc before it in the unit", el)
            for attr in ("canCopy", "canDelete", "canOverlap", "canReorder"):
                if attr == "canReorder" and start.get(attr) == "firstNo":
                    if el.get(attr, "yes") != "no":
                        _fail("ec must have canReorder=no when its sc has firstNo", el)
                elif el.get(attr, "yes") != start.get(attr, "yes"):
                    _fail(f"sc and ec differ in {attr}", el)

    def _sm(self, el, state):
        state["sm"][el.get("id")] = el

    def _em(self, el, state):
        if state["sm"].pop(el.get("startRef"), None) is None:
            _fail(f"em startRef {el.get('startRef')!r} has no sm before it", el)

    def _mrk(self, el, _state):
        if el.get("type") == "comment":
            if (el.get("value") is None) == (el.get("ref") is None):
                _fail("comment annotation needs exactly one of value and ref", el)

    def finish(self) -> None:
        for state in self.sides.values():
            for ident, el in state["sc"].items():
                _fail(f"sc {ident!r} without ec in the unit must be isolated", el)
            for ident, el in state["sm"].items():
                _fail(f"sm {ident!r} without em in the unit", el)
        known = self.source_ids
        for el in self.copy_refs:
            if el.get("copyOf") not in known:
                _fail(f"copyOf {el.get('copyOf')!r} points to no code of the unit", el)
            if el.get("copyOf") in self.no_copy:
                _fail(f"copyOf {el.get('copyOf')!r} points to a code that cannot be copied", el)


_HANDLERS = {"cp": _Codes._cp, "sc": _Codes._sc, "ec": _Codes._ec, "sm": _Codes._sm, "em": _Codes._em,
             "mrk": _Codes._mrk}
