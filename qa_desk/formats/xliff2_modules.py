"""Constraints of the XLIFF 2.x modules beyond their XSDs, and fragment identifiers.

Modules: Translation Candidates (mtc), Glossary (gls), Format Style (fs), Metadata (mda),
Resource Data (res), Change Tracking (ctr), Size and Length Restriction (slr), Validation (val).
Fragment identifiers (``#/f=f1/u=u1/n=n1``, ``#m1``) follow the specification's syntax: containers
f, g, u in that order, one leaf (n, d, t, a module prefix or a bare id) at the end.
"""
from __future__ import annotations

import re

MTC = "urn:oasis:names:tc:xliff:matches:2.0"
GLS = "urn:oasis:names:tc:xliff:glossary:2.0"
FS = "urn:oasis:names:tc:xliff:fs:2.0"
MDA = "urn:oasis:names:tc:xliff:metadata:2.0"
RES = "urn:oasis:names:tc:xliff:resourcedata:2.0"
CTR = "urn:oasis:names:tc:xliff:changetracking:2.0"
SLR = "urn:oasis:names:tc:xliff:sizerestriction:2.0"
VAL = "urn:oasis:names:tc:xliff:validation:2.0"
ITS = "http://www.w3.org/2005/11/its"
MODULE_NAMESPACES = frozenset({MTC, GLS, FS, MDA, RES, CTR, SLR, VAL, ITS, "urn:oasis:names:tc:xliff:itsm:2.1",
                               "urn:oasis:names:tc:xliff:itsm:2.0", "urn:oasis:names:tc:xliff:pgs:1.0"})
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Prefixes a fragment identifier may use: the core's one-letter ones and the registered ones.
_CONTAINERS = ("f", "g", "u")
_LEAVES = frozenset({"n", "d", "t", "mtc", "gls", "mda", "res", "slr", "val", "ctr", "its", "tbx"})
_NMTOKEN = re.compile(r"^[\w.\-:\u00b7]+$")
_SIZE = re.compile(r"^(\d+|\*)(,(\d+|\*))?$")
_VAL_NATIVE = ("isPresent", "isNotPresent", "startsWith", "endsWith")
_NUMBER = re.compile(r"^[-+]?\d*[.,]?\d+$")
# Elements each module defines: any other name in a module's namespace is an error.
_MODULE_ELEMENTS = {
    MTC: {"matches", "match"}, GLS: {"glossary", "glossEntry", "term", "translation", "definition"},
    MDA: {"metadata", "metaGroup", "meta"}, CTR: {"changeTrack", "revisions", "revision", "item"},
    RES: {"resourceData", "resourceItemRef", "resourceItem", "source", "target", "reference"},
    SLR: {"profiles", "normalization", "data"}, VAL: {"validation", "rule"}, FS: set(),
}


def _has_profiles(el) -> bool:
    return next(el.getroottree().getroot().iter(f"{{{SLR}}}profiles"), None) is not None


def fragment_problem(ref: str) -> str:
    """What is wrong with a same-document fragment identifier ('#...'), or '' when it is well formed."""
    body = ref[1:]
    if body.startswith("/"):
        body = body[1:]
        if not body.startswith("f="):
            return "an absolute fragment starts with f="
    parts = body.split("/")
    rank = 0  # f, then g*, then u, then one leaf
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        prefix, equals, ident = part.partition("=")
        if not equals:
            if not last or not _NMTOKEN.match(part):
                return "a selector without prefix must be the only leaf, at the end"
            continue
        if not _NMTOKEN.match(prefix) or "=" in ident or not ident:
            return f"selector {part!r} is not prefix=id"
        if prefix in _CONTAINERS:
            order = _CONTAINERS.index(prefix) + 1
            if order < rank or (order == rank and prefix != "g"):
                return f"selector {prefix}= out of order or repeated"
            rank = order
        elif prefix in _LEAVES:
            if not last:
                return f"leaf selector {prefix}= must come last"
        elif len(prefix) < 2:
            return f"unknown one-letter prefix {prefix!r}"
        else:
            return f"prefix {prefix!r} is not registered"
    return ""


def points_to_unit_note(ref: str, note_ids: set[str], unit) -> bool:
    """A comment annotation's ref names a note of its own unit (#n=id, or a path through its file and unit)."""
    if not ref.startswith("#") or fragment_problem(ref):
        return False
    parts = ref[1:].lstrip("/").split("/")
    prefix, _, ident = parts[-1].partition("=")
    if prefix != "n" or ident not in note_ids:
        return False
    file_el = unit.getparent()
    while file_el is not None and file_el.tag.rpartition("}")[2] != "file":
        file_el = file_el.getparent()
    if parts[:-1] and not any(part == f"u={unit.get('id')}" for part in parts[:-1]):
        return False  # a path that does not go through the unit names a file or group note
    for part in parts[:-1]:
        prefix, _, ident = part.partition("=")
        if prefix == "u" and ident != unit.get("id"):
            return False
        if prefix == "f" and (file_el is None or ident != file_el.get("id")):
            return False
    return True


def check(root, core_ns: str, out) -> None:
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        _check_attributes(el, out)
        if not tag.startswith("{"):
            continue
        ns, _, name = tag[1:].partition("}")
        if ns in _MODULE_ELEMENTS and name not in _MODULE_ELEMENTS[ns]:
            out.add("module-element", f"{name} is not an element of the {ns} module", el)
        handler = _ELEMENTS.get((ns, name))
        if handler is not None:
            handler(el, out, root, core_ns)


def _check_attributes(el, out) -> None:
    keys = el.keys()
    fs_keys = [k for k in keys if k.startswith(f"{{{FS}}}")]
    slr_keys = [k for k in keys if k.startswith(f"{{{SLR}}}")]
    if not fs_keys and not slr_keys:
        return
    name = el.tag.rpartition("}")[2] if isinstance(el.tag, str) else ""
    isolated = el.get("isolated") == "yes"
    for key in fs_keys:
        local = key.rpartition("}")[2]
        if local not in ("fs", "subFs"):
            out.add("fs", f"fs:{local} is not an attribute of the Format Style module", el)
        elif name == "ec" and not isolated:
            out.add("fs", f"fs:{local} on an ec that is not isolated", el)
    if f"{{{FS}}}subFs" in keys and f"{{{FS}}}fs" not in keys:
        out.add("fs", "fs:subFs needs fs:fs", el)
    for key in slr_keys:
        local = key.rpartition("}")[2]
        value = el.get(key)
        if local in ("sizeRestriction", "storageRestriction") and not _SIZE.match(value):
            out.add("slr", f"slr:{local} {value!r} is not N, N,M or * ", el)
        if local in ("equivStorage", "sizeInfo") and not value.isdigit() and (
                local == "equivStorage" or _NUMBER.match(value) or _has_profiles(el)):
            out.add("slr", f"slr:{local} {value!r} is not a non-negative integer", el)
        if local in ("equivStorage", "sizeInfo", "sizeInfoRef") and name == "ec" and not isolated:
            out.add("slr", f"slr:{local} on an ec that is not isolated", el)
    if f"{{{SLR}}}sizeInfo" in keys and f"{{{SLR}}}sizeInfoRef" in keys:
        out.add("slr", "slr:sizeInfo and slr:sizeInfoRef cannot appear together", el)
    ref = el.get(f"{{{SLR}}}sizeInfoRef")
    if ref is not None:
        root = el.getroottree().getroot()
        known = {d.get("id") for data in root.iter(f"{{{SLR}}}data") for d in data.iter() if d.get("id")}
        if ref not in known:
            out.add("slr", f"slr:sizeInfoRef {ref!r} points to nothing in an slr:data element", el)


def _enclosing_unit(el):
    parent = el.getparent()
    while parent is not None and not (isinstance(parent.tag, str) and parent.tag.endswith("}unit")):
        parent = parent.getparent()
    return parent


def _unit_spans(unit, core_ns: str) -> tuple[set[str], set[str]]:
    """Ids a same-unit reference may name: segments, ignorables and source inline elements; target ones."""
    source, target = set(), set()
    for part in unit:
        if part.tag in (f"{{{core_ns}}}segment", f"{{{core_ns}}}ignorable"):
            if part.get("id"):
                source.add(part.get("id"))
            for side, ids in (("source", source), ("target", target)):
                for container in part.iterchildren(f"{{{core_ns}}}{side}"):
                    ids.update(e.get("id") for e in container.iter() if isinstance(e.tag, str) and e.get("id"))
    return source, target


def _resolves_in_unit(ref: str, el, core_ns: str) -> bool:
    unit = _enclosing_unit(el)
    if unit is None or not ref.startswith("#") or fragment_problem(ref):
        return False
    leaf = ref[1:].lstrip("/").split("/")[-1]
    source, target = _unit_spans(unit, core_ns)
    prefix, equals, ident = leaf.partition("=")
    if not equals:
        return leaf in source
    return prefix == "t" and ident in target


def _match(el, out, root, core_ns) -> None:
    if el.get(XML_LANG) is not None:
        out.add("mtc", "xml:lang is not allowed on mtc:match", el)
    if el.get("subType") is not None and el.get("type") is None:
        out.add("mtc", "mtc:match subType needs type", el)
    ref = el.get("ref")
    if ref is not None and not _resolves_in_unit(ref, el, core_ns):
        out.add("mtc", f"mtc:match ref {ref!r} points to no span of its unit (use #id)", el)
    _scoped_unique(el, out, "{%s}match" % MTC, "mtc:match")


def _scoped_unique(el, out, tag: str, what: str) -> None:
    """``el``'s id is unique among the same kind in its parent (checked once, from the first sibling)."""
    parent = el.getparent()
    if parent is None or parent.index(el) != min(parent.index(s) for s in parent.iterchildren(tag)):
        return
    _unique_ids(parent.iterchildren(tag), out, what.split(":")[0], f"{what} id")


def _unique_ids(elements, out, rule: str, what: str, seen: set | None = None) -> None:
    """Each id among ``elements`` once; a repeat is a problem of ``rule``."""
    seen = set() if seen is None else seen
    for element in elements:
        ident = element.get("id")
        if ident is not None:
            if ident in seen:
                out.add(rule, f"duplicate {what} {ident!r}", element)
            seen.add(ident)


def _glossary(el, out, root, core_ns) -> None:
    _unique_ids(el.iter(f"{{{GLS}}}glossEntry", f"{{{GLS}}}translation"), out, "gls",
                "glossEntry/translation id in the glossary:")
    for item in el.iter(f"{{{GLS}}}glossEntry", f"{{{GLS}}}translation"):
        ref = item.get("ref")
        if ref is not None and ref.startswith("#") and not _resolves_in_unit(ref, item, core_ns):
            out.add("gls", f"ref {ref!r} points to no span of its unit", item)
    for entry in el.iterchildren(f"{{{GLS}}}glossEntry"):
        if entry.find(f"{{{GLS}}}translation") is None and entry.find(f"{{{GLS}}}definition") is None:
            out.add("gls", "a glossEntry needs a translation or a definition", entry)


def _metadata(el, out, root, core_ns) -> None:
    _unique_ids(el.iter(f"{{{MDA}}}metaGroup"), out, "mda", "metaGroup id in the metadata:",
                {el.get("id")} if el.get("id") else set())


def _resource_data(el, out, root, core_ns) -> None:
    _unique_ids(el.iterchildren(f"{{{RES}}}resourceItem", f"{{{RES}}}resourceItemRef"), out, "res",
                "resourceItem/resourceItemRef id")
    # res:target's xml:lang is not held to trgLang: the OASIS suite's valid files do not
    lang = {"source": root.get("srcLang"), "target": None}
    for side in ("source", "target"):
        for part in el.iter(f"{{{RES}}}{side}"):
            empty = not len(part) and not (part.text or "").strip()
            if bool(part.get("href")) != empty:
                out.add("res", f"res:{side} needs href exactly when it is empty", part)
            if lang[side] and part.get(XML_LANG) is not None and part.get(XML_LANG) != lang[side]:
                out.add("res", f"res:{side} xml:lang differs from the document's", part)


def _change_track(el, out, root, core_ns) -> None:
    owner = el.getparent()
    if owner is None:
        return
    ids = {e.get("id"): e for e in owner.iter() if isinstance(e.tag, str) and e.get("id")}
    notes = [n for n in owner.iter(f"{{{core_ns}}}note") if _owner_of(n, core_ns) is owner]
    for revisions in el.iterchildren(f"{{{CTR}}}revisions"):
        ref = revisions.get("ref")
        target = ids.get(ref) if ref is not None else None
        if ref is not None and target is None:
            out.add("ctr", f"revisions ref {ref!r} points to no element of its {_name(owner)}", revisions)
        if ref is None and revisions.get("appliesTo") == "note" and sum(1 for n in notes if n.get("id")) > 1:
            out.add("ctr", "revisions of one of several notes needs ref", revisions)
        for revision in revisions.iterchildren(f"{{{CTR}}}revision"):
            props: set[str] = set()
            for item in revision.iterchildren(f"{{{CTR}}}item"):
                prop = item.get("property", "")
                if prop in props:
                    out.add("ctr", f"property {prop!r} twice in one revision", item)
                props.add(prop)
                if prop != "content" and target is not None and target.get(prop) is None:
                    out.add("ctr", f"property {prop!r} is neither content nor an attribute of {ref!r}", item)


def _owner_of(note, core_ns: str):
    parent = note.getparent()
    return parent.getparent() if parent is not None else None


def _name(el) -> str:
    return el.tag.rpartition("}")[2] if isinstance(el.tag, str) else ""


def _validation(el, out, root, core_ns) -> None:
    at_file = _name(el.getparent()) == "file" if el.getparent() is not None else False
    for rule in el.iterchildren(f"{{{VAL}}}rule"):
        native = [a for a in _VAL_NATIVE if rule.get(a) is not None]
        custom = [k for k in rule.keys() if k.startswith("{") and not k.startswith(f"{{{VAL}}}")
                  and not k.startswith("{http://www.w3.org/XML/1998/namespace}")]
        if len(native) + (1 if custom and not native else 0) != 1 or (native and custom):
            out.add("val", "a rule takes exactly one of isPresent, isNotPresent, startsWith, endsWith "
                           "or a custom attribute", rule)
        if rule.get("occurs") is not None and native != ["isPresent"]:
            out.add("val", "occurs goes with isPresent only", rule)
        if rule.get("existsInSource") is not None and (len(native) != 1 or native[0] == "isNotPresent"):
            out.add("val", "existsInSource goes with one of isPresent, startsWith or endsWith", rule)
        if rule.get("disabled") == "yes" and at_file:
            out.add("val", "a rule cannot be disabled at the file level", rule)


_ELEMENTS = {(MTC, "match"): _match, (GLS, "glossary"): _glossary, (MDA, "metadata"): _metadata,
             (RES, "resourceData"): _resource_data, (CTR, "changeTrack"): _change_track,
             (VAL, "validation"): _validation}
