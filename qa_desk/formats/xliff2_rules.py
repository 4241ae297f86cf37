"""Constraints of XLIFF 2.x core that the XSDs cannot express (the OASIS Schematron rules and the prose's).

One walk over the tree collects every violation as a :class:`Problem` (rule id, message, line);
nothing stops at the first. Covered: unique ids (file, group, unit, note, data, segment and inline
ids in a unit, target order, extension elements in their container), a unit needs a segment,
trgLang needed by targets, srcLang/trgLang syntax and agreement of source/target xml:lang, xml:space
agreement, skeleton href xor content, state for subState, type for subType, state needing a target,
data references, sc/ec and sm/em pairing and isolation, canCopy/canDelete/canReorder on codes and
non-reorderable sequences, canDelete codes kept in the target, subFlows references, comment
annotations, copyOf, cp code points. The modules' rules live in ``xliff2_modules``.
"""
from __future__ import annotations

import re

from ..model import Problem
from . import xliff2_modules
from .xmlsafe import local_name

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# BCP 47 well-formedness, simplified: language (2-3 or 5-8 letters, or extlang), then subtags
_BCP47 = re.compile(r"^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{5,8}|[xX](?:-[A-Za-z0-9]{1,8})+|i-[A-Za-z]+)"
                    r"(?:-[A-Za-z0-9]{1,8})*$")
_XML_CHAR = re.compile("[\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SUBTYPES = {"xlf:lb": "fmt", "xlf:pb": "fmt", "xlf:b": "fmt", "xlf:i": "fmt", "xlf:u": "fmt", "xlf:var": "ui"}
_INLINE = frozenset({"pc", "ph", "sc", "ec", "mrk", "sm", "em", "cp"})
_CODES = frozenset({"pc", "ph", "sc", "ec"})


class Problems:
    """Collects violations; ``add`` takes the element whose line to report."""

    def __init__(self):
        self.items: list[Problem] = []

    def add(self, rule: str, message: str, element=None, severity: str = "error") -> None:
        line = getattr(element, "sourceline", None) if element is not None else None
        self.items.append(Problem(rule, message, line, severity))


def check(root) -> list[Problem]:
    """Every constraint violation of an XLIFF 2.x document (core and modules), in document order."""
    out = Problems()
    ns = root.tag[1:root.tag.index("}")] if isinstance(root.tag, str) and root.tag.startswith("{") else ""
    q = lambda name: f"{{{ns}}}{name}"  # noqa: E731
    src, trg = root.get("srcLang", ""), root.get("trgLang")
    for name, value in (("srcLang", src), ("trgLang", trg)):
        if value is not None and not _BCP47.match(value):
            out.add("language-tag", f"{name} {value!r} is not a well-formed language tag", root)
    file_ids: set[str] = set()
    for file_el in root.iterchildren(q("file")):
        _unique(out, file_ids, file_el.get("id"), "file", file_el)
        _Walker(out, q, ns, src, trg, file_el).walk(file_el, file_el.get(XML_LANG, root.get(XML_LANG, src)),
                                                     file_el.get(XML_SPACE, "default"))
    xliff2_modules.check(root, ns, out)
    out.items.sort(key=lambda p: p.line or 0)
    return out.items


def _unique(out: Problems, seen: set, value, what: str, element, rule: str = "unique-id") -> None:
    if value is None:
        return
    if value in seen:
        out.add(rule, f"duplicate {what} id {value!r}", element)
    seen.add(value)


def extension_ids(out: Problems, container, core_ns: str) -> None:
    """Ids of extension elements directly inside ``container`` (not inside a nested core element)
    are unique per namespace (id or xml:id)."""
    seen: dict[str, set[str]] = {}
    stack = [c for c in container if isinstance(c.tag, str) and not c.tag.startswith(f"{{{core_ns}}}")]
    while stack:
        el = stack.pop(0)
        ns = el.tag[1:el.tag.index("}")] if el.tag.startswith("{") else ""
        if ns in xliff2_modules.MODULE_NAMESPACES:
            continue
        ident = el.get("id") or el.get("{http://www.w3.org/XML/1998/namespace}id")
        if ident is not None:
            _unique(out, seen.setdefault(ns, set()), ident, f"extension element {local_name(el)}", el,
                    "unique-extension-id")
        stack.extend(c for c in el if isinstance(c.tag, str))


class _Walker:
    def __init__(self, out: Problems, q, ns: str, src: str, trg: str | None, file_el):
        self.out = out
        self.q, self.ns = q, ns
        self.src, self.trg = src, trg
        self.group_ids: set[str] = set()
        self.seen_units: set[str] = set()
        self.unit_ids: set[str] = {u.get("id") for u in file_el.iter(q("unit")) if u.get("id")}
        self.t_segment, self.t_ignorable = q("segment"), q("ignorable")
        self.t_source, self.t_target = q("source"), q("target")
        self.inline_tags = frozenset(q(name) for name in _INLINE)
        extension_ids(out, file_el, ns)

    def walk(self, parent, lang: str, space: str) -> None:
        q = self.q
        for child in parent:
            tag = child.tag
            if tag == q("skeleton"):
                has_content = len(child) or (child.text or "").strip()
                if bool(child.get("href")) == bool(has_content):
                    self.out.add("skeleton", "skeleton needs either an href or content, not both or neither",
                                 child)
            elif tag == q("notes"):
                self.notes(child)
            elif tag == q("group"):
                _unique(self.out, self.group_ids, child.get("id"), "group", child)
                extension_ids(self.out, child, self.ns)
                self.walk(child, child.get(XML_LANG, lang), child.get(XML_SPACE, space))
            elif tag == q("unit"):
                _unique(self.out, self.seen_units, child.get("id"), "unit", child)
                self.unit(child, child.get(XML_LANG, lang), child.get(XML_SPACE, space))

    def notes(self, notes) -> set[str]:
        seen: set[str] = set()
        for note in notes:
            if isinstance(note.tag, str) and local_name(note) == "note":
                _unique(self.out, seen, note.get("id"), "note", note)
        return seen

    def unit(self, unit, lang: str, space: str) -> None:
        q, out = self.q, self.out
        data_ids: set[str] = set()
        ids: set[str] = set()
        note_ids: set[str] = set()
        parts = []
        segments = 0
        extension_ids(out, unit, self.ns)
        for child in unit:
            tag = child.tag
            if tag == self.t_segment or tag == self.t_ignorable:
                parts.append(child)
                segments += tag == self.t_segment
                _unique(out, ids, child.get("id"), "segment/ignorable", child)
                if child.get("subState") is not None and child.get("state") is None:
                    out.add("subState-needs-state", "subState used without state", child)
                if tag == self.t_segment and child.get("state") in ("translated", "reviewed", "final") \
                        and child.find(self.t_target) is None:
                    out.add("state-needs-target", f"state {child.get('state')!r} on a segment without target",
                            child)
            elif tag == q("notes"):
                note_ids |= self.notes(child)
            elif tag == q("originalData"):
                for data in child:
                    if isinstance(data.tag, str):
                        _unique(out, data_ids, data.get("id"), "data", data)
        if segments == 0:
            out.add("unit-needs-segment", f"unit {unit.get('id')!r} has no segment", unit)
        codes = _Codes(out, unit, data_ids, ids, note_ids, self.inline_tags, self.unit_ids)
        orders: dict[int, object] = {}
        for position, part in enumerate(parts, 1):
            source = target = None
            for child in part:
                if child.tag == self.t_source:
                    source = child
                elif child.tag == self.t_target:
                    target = child
            if source is not None:
                if source.get(XML_LANG, lang) != self.src:
                    out.add("srcLang", "source language differs from srcLang", source)
                codes.scan(source, "source", part)
            if target is not None:
                if self.trg is None:
                    out.add("trgLang-needed", "target present but the document has no trgLang", target)
                elif target.get(XML_LANG, self.trg if lang == self.src else lang) != self.trg:
                    out.add("trgLang", "target language differs from trgLang", target)
                source_space = source.get(XML_SPACE, space) if source is not None else space
                if target.get(XML_SPACE, space) != source_space:
                    out.add("xml-space", "source and target differ in xml:space", target)
                order = target.get("order", str(position))
                if not order.isdigit() or not 1 <= int(order) <= len(parts):
                    out.add("target-order", f"target order {order!r} outside 1..{len(parts)}", target)
                elif int(order) in orders:
                    out.add("target-order", f"two targets take order {order}", target)
                else:
                    orders[int(order)] = target
                codes.scan(target, "target", part)
        codes.finish()


class _Codes:
    """Inline-code bookkeeping for one unit (the source decides pairing)."""

    def __init__(self, out: Problems, unit, data_ids, ids, note_ids, inline_tags, unit_ids):
        self.out = out
        self.unit = unit
        self.inline_tags = inline_tags
        self.data_ids, self.note_ids, self.unit_ids = data_ids, note_ids, unit_ids
        self.ids = ids  # segment, ignorable and source inline ids
        self.sides = {"source": {"sc": {}, "sm": {}}, "target": {"sc": {}, "sm": {}}}
        self.source_ids: set[str] = set()
        self.target_ids: set[str] = set()
        self.target_ec_refs: set[str] = set()
        self.copy_refs: list = []
        self.no_copy: set[str] = set()
        self.no_delete: list = []  # (element, key) of source codes with canDelete="no" in segments with a target
        self.tokens = {"source": [], "target": []}  # code events for non-reorderable sequences
        self.pcs = {"source": [], "target": []}  # pc elements, whose end tokens go in at finish()

    def scan(self, container, side: str, part) -> None:
        if not len(container):
            return
        local_ids: set[str] = set()
        state = self.sides[side]
        has_target = side == "source" and part.find(container.tag.replace("source", "target")) is not None
        for el in container.iter():
            tag = el.tag
            if tag not in self.inline_tags:
                continue
            name = tag.rpartition("}")[2]
            keys = el.keys()
            ident = el.get("id")
            if ident is not None and name != "cp":
                if side == "source":
                    _unique(self.out, self.ids, ident, "inline or segment", el)
                    self.source_ids.add(ident)
                else:
                    _unique(self.out, local_ids, ident, "inline", el)
                    self.target_ids.add(ident)
                    if ident in self.ids and ident not in self.source_ids:
                        self.out.add("unique-id", f"target code id {ident!r} clashes with a segment id", el)
            if side == "target" and name == "ec" and el.get("startRef"):
                self.target_ec_refs.add(el.get("startRef"))
            if len(keys) > 1:
                self.attributes(el, name, keys, side, has_target)
            if name in _CODES:
                self.token(el, name, side)
            handler = _HANDLERS.get(name)
            if handler is not None:
                handler(self, el, state)

    def token(self, el, name: str, side: str) -> None:
        reorder = el.get("canReorder", "yes")
        if name == "ec" and el.get("startRef") and "canReorder" not in el.keys():
            start = self.sides[side]["sc"].get(el.get("startRef"))
            reorder = start.get("canReorder", "yes") if start is not None else reorder
        key = (name, el.get("id") or el.get("startRef") or "")
        self.tokens[side].append((key, reorder, el))
        if name == "pc":
            self.pcs[side].append(el)

    def attributes(self, el, name: str, keys, side: str, has_target: bool) -> None:
        out = self.out
        if "subType" in keys:
            sub = el.get("subType")
            if "type" not in keys:
                out.add("subType-needs-type", "subType used without type", el)
            elif sub.startswith("xlf:") and _SUBTYPES.get(sub) != el.get("type"):
                out.add("subType-type", f"subType {sub!r} does not go with type {el.get('type')!r}", el)
        if el.get("canCopy") == "no" and "id" in keys:
            self.no_copy.add(el.get("id"))
        reorder = el.get("canReorder")
        if reorder in ("no", "firstNo") and (el.get("canDelete") != "no" or el.get("canCopy") != "no"):
            out.add("canReorder", f"canReorder={reorder!r} needs canDelete='no' and canCopy='no'", el)
        if side == "source" and has_target and el.get("canDelete") == "no" and name in _CODES:
            self.no_delete.append((el, ("ec", el.get("startRef")) if name == "ec" and el.get("startRef")
                                   else ("id", el.get("id"))))
        for attr in ("dataRef", "dataRefStart", "dataRefEnd"):
            if attr in keys and el.get(attr) not in self.data_ids:
                out.add("dataRef", f"{attr} {el.get(attr)!r} points to no data element of the unit", el)
        if ("dataRefStart" in keys) != ("dataRefEnd" in keys) and name == "pc":
            out.add("dataRef", "dataRefStart and dataRefEnd go together", el)
        if ("equivStart" in keys) != ("equivEnd" in keys) and name == "pc":
            out.add("equiv", "equivStart and equivEnd go together", el)
        if name == "ec" and "dir" in keys and el.get("isolated") != "yes":
            out.add("ec-dir", "dir on an ec that is not isolated", el)
        for attr in ("subFlows", "subFlowsStart", "subFlowsEnd"):
            if attr in keys:
                missing = [u for u in el.get(attr).split() if u not in self.unit_ids]
                if missing or not el.get(attr).split():
                    out.add("subFlows", f"{attr} names no unit of the file: {' '.join(missing) or '(empty)'}", el)
        if name == "pc" and ("subFlowsStart" in keys) != ("subFlowsEnd" in keys):
            out.add("subFlows", "subFlowsStart and subFlowsEnd go together", el)
        if "copyOf" in keys:
            if "dataRef" in keys or "dataRefStart" in keys:
                out.add("copyOf", "copyOf used on a code that has original data", el)
            self.copy_refs.append(el)

    def _cp(self, el, _state):
        try:
            code = int(el.get("hex", ""), 16)
        except ValueError:
            self.out.add("cp", "cp hex is not hexadecimal", el)
            return
        if code > 0x10FFFF:
            self.out.add("cp", "cp hex beyond Unicode", el)
        elif _XML_CHAR.match(chr(code)):
            self.out.add("cp", f"cp codes U+{code:04X}, a character XML allows as text", el)

    def _sc(self, el, state):
        if el.get("isolated") != "yes":
            state["sc"][el.get("id")] = el

    def _ec(self, el, state):
        isolated = el.get("isolated") == "yes"
        ref = el.get("startRef")
        if isolated:
            if ref is not None or el.get("id") is None:
                self.out.add("ec-isolated", "isolated ec needs id and no startRef", el)
            return
        if ref is None:
            self.out.add("ec-isolated", "ec without startRef must be isolated", el)
            return
        if el.get("id") is not None:
            self.out.add("ec-isolated", "non-isolated ec must not have an id", el)
        start = state["sc"].pop(ref, None)
        if start is None:
            self.out.add("sc-ec", f"ec startRef {ref!r} has no sc before it in the unit", el)
            return
        for attr in ("canCopy", "canDelete", "canOverlap", "canReorder"):
            if attr == "canReorder" and start.get(attr) == "firstNo":
                if el.get(attr, "yes") != "no":
                    self.out.add("sc-ec", "ec must have canReorder=no when its sc has firstNo", el)
            elif el.get(attr, "yes") != start.get(attr, "yes"):
                self.out.add("sc-ec", f"sc and ec differ in {attr}", el)

    def _sm(self, el, state):
        state["sm"][el.get("id")] = el

    def _em(self, el, state):
        if state["sm"].pop(el.get("startRef"), None) is None:
            self.out.add("sm-em", f"em startRef {el.get('startRef')!r} has no sm before it", el)

    def _mrk(self, el, _state):
        kind = el.get("type", "generic")
        if kind == "comment":
            if (el.get("value") is None) == (el.get("ref") is None):
                self.out.add("comment", "comment annotation needs exactly one of value and ref", el)
            elif el.get("ref") is not None and not xliff2_modules.points_to_unit_note(
                    el.get("ref"), self.note_ids, self.unit):
                self.out.add("comment", f"comment ref {el.get('ref')!r} points to no note of the unit", el)
        elif kind == "mtc:match" and el.get("ref") is not None:
            self.out.add("mtc-match", "a translation candidate annotation takes no ref", el)
        ref = el.get("ref")
        if ref is not None and ref.startswith("#"):
            problem = xliff2_modules.fragment_problem(ref)
            if problem:
                self.out.add("fragment-id", f"ref {ref!r}: {problem}", el)

    def finish(self) -> None:
        self._close_pcs()
        for state in self.sides.values():
            for ident, el in state["sc"].items():
                self.out.add("sc-ec", f"sc {ident!r} without ec in the unit must be isolated", el)
            for ident, el in state["sm"].items():
                self.out.add("sm-em", f"sm {ident!r} without em in the unit", el)
        for el in self.copy_refs:
            if el.get("copyOf") not in self.source_ids:
                self.out.add("copyOf", f"copyOf {el.get('copyOf')!r} points to no code of the unit", el)
            elif el.get("copyOf") in self.no_copy:
                self.out.add("copyOf", f"copyOf {el.get('copyOf')!r} points to a code that cannot be copied", el)
        for el, (kind, key) in self.no_delete:
            kept = key in self.target_ec_refs if kind == "ec" else key in self.target_ids
            if not kept:
                self.out.add("canDelete", f"code {key!r} cannot be deleted but no target of the unit has it", el)
        self._sequences()

    def _close_pcs(self) -> None:
        """Each pc's end token goes right after the last code inside it (innermost pcs first)."""
        for side in ("source", "target"):
            tokens = self.tokens[side]
            for el in reversed(self.pcs[side]):
                last = max(i for i, token in enumerate(tokens) if token[2] is el or _inside(token[2], el))
                reorder = "no" if el.get("canReorder") in ("no", "firstNo") else "yes"
                tokens.insert(last + 1, (("/pc", el.get("id") or ""), reorder, el))

    def _sequences(self) -> None:
        """Non-reorderable sequences (firstNo then no...) of the source stay whole and in order in the target."""
        source, target = self.tokens["source"], self.tokens["target"]
        sequences, current = [], None
        for key, reorder, el in source:
            if reorder == "firstNo":
                current = [(key, el)]
                sequences.append(current)
            elif reorder == "no":
                if current is None:
                    self.out.add("canReorder", "canReorder='no' without a 'firstNo' code before it", el)
                    current = [(key, el)]
                    sequences.append(current)
                else:
                    current.append((key, el))
            else:
                current = None
        target_keys = [key for key, _, _ in target]
        for sequence in sequences:
            keys = [key for key, _ in sequence]
            if keys[0] not in target_keys:
                continue
            start = target_keys.index(keys[0])
            if target_keys[start:start + len(keys)] != keys:
                self.out.add("canReorder", "a non-reorderable sequence of codes is changed in the target",
                             sequence[0][1])


def _inside(node, ancestor) -> bool:
    parent = node.getparent()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.getparent()
    return False


_HANDLERS = {"cp": _Codes._cp, "sc": _Codes._sc, "ec": _Codes._ec, "sm": _Codes._sm, "em": _Codes._em,
             "mrk": _Codes._mrk}
