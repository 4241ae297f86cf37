"""Constraints of XLIFF 1.0/1.1/1.2 that a reader checks itself.

With the 1.2 schema (1.2 namespace) the XSD covers required attributes, value lists and the
trans-unit id key; these rules add what it cannot say (segment marks of seg-source and target,
languages of source and target) and, for files no schema fits (1.0, 1.1, no namespace), the
schema's own essentials: required attributes, unique unit ids, yes/no values, state values.
"""
from __future__ import annotations

from ..model import Problem

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STATES = frozenset({"new", "needs-translation", "needs-adaptation", "needs-l10n", "needs-review-translation",
                    "needs-review-adaptation", "needs-review-l10n", "translated", "signed-off", "final"})
_YES_NO = ("translate", "approved", "reformat")


def check(root, schema_ran: bool) -> list[Problem]:
    ns = root.tag[1:root.tag.index("}")] if root.tag.startswith("{") else ""
    q = (lambda name: f"{{{ns}}}{name}") if ns else (lambda name: name)
    out: list[Problem] = []

    def add(rule, message, element, severity="error"):
        out.append(Problem(rule, message, getattr(element, "sourceline", None), severity))

    files = root.findall(q("file"))
    if not files:
        add("file-needed", "no <file> element", root)
    for file_el in files:
        if not schema_ran:
            for attr in ("original", "source-language", "datatype"):
                if file_el.get(attr) is None:
                    add("file-attributes", f"<file> lacks the required attribute {attr}", file_el)
        if file_el.find(q("body")) is None:
            add("body-needed", "<file> without <body>", file_el)
        src, trg = file_el.get("source-language"), file_el.get("target-language")
        ids: set[str] = set()
        for unit in file_el.iter(q("trans-unit"), q("bin-unit")):
            ident = unit.get("id")
            if not schema_ran:
                if not ident:
                    add("unit-id", f"<{unit.tag.rpartition('}')[2]}> without id", unit)
                elif ident in ids:
                    add("unique-unit-id", f"duplicate unit id {ident!r} in the file", unit)
                for attr in _YES_NO:
                    if unit.get(attr) not in (None, "yes", "no"):
                        add("yes-no", f"{attr}={unit.get(attr)!r} is neither yes nor no", unit)
            if ident:
                ids.add(ident)
            if unit.tag != q("trans-unit"):
                continue
            _unit(unit, q, src, trg, schema_ran, add)
    return out


def _unit(unit, q, src, trg, schema_ran, add) -> None:
    source = unit.find(q("source"))
    if source is None and not schema_ran:
        add("source-needed", f"<trans-unit> {unit.get('id')!r} without <source>", unit)
    if source is not None and src and source.get(XML_LANG, src).lower() != src.lower():
        add("source-language", "source xml:lang differs from the file's source-language", source, "warning")
    target = unit.find(q("target"))
    if target is not None:
        if trg and target.get(XML_LANG, trg).lower() != trg.lower():
            add("target-language", "target xml:lang differs from the file's target-language", target, "warning")
        state = target.get("state")
        if not schema_ran and state is not None and state not in STATES and not state.startswith("x-"):
            add("state", f"state {state!r} is not an XLIFF 1.2 state", target)
    seg_source = unit.find(q("seg-source"))
    if seg_source is None or schema_ran:  # the 1.2 schema keys the mids itself
        return
    mids: set[str] = set()
    for mark in seg_source.iter(q("mrk")):
        if mark.get("mtype") == "seg":
            if mark.get("mid") in mids:
                add("seg-mid", f"two seg-source segments share mid {mark.get('mid')!r}", mark)
            mids.add(mark.get("mid"))
    if target is not None:
        for mark in target.iter(q("mrk")):
            if mark.get("mtype") == "seg" and mark.get("mid") not in mids:
                add("seg-mid", f"target segment mid {mark.get('mid')!r} is not in seg-source", mark)
