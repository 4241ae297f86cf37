"""TMX 1.4: each translation unit with a source-language and a target-language variant is a segment.

The source language is the header's srclang (English when it says "*all*"),
the target the first other language found, French preferred. Variants are
matched by language prefix (en-US matches en). Inline bpt, ept, ph and it
are standalone codes (their content is native data), hi is paired.
No writer: a TMX document is written out as XLIFF.
"""
from __future__ import annotations

from ..errors import InputError
from ..model import BilingualDocument, Segment
from . import xliff_common as xc
from .xmlsafe import local_name, parse_xml

NAME = "tmx"
EXTENSIONS = (".tmx",)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PAIRED = frozenset({"hi"})


def sniff(head: bytes) -> bool:
    return b"<tmx" in head


def _lang(tuv) -> str:
    return (tuv.get(XML_LANG) or tuv.get("lang") or "").strip()


def _prefix(lang: str) -> str:
    return lang.lower().replace("_", "-").split("-")[0]


def read(path: str) -> BilingualDocument:
    with xc.paused_gc():
        return _read(path)


def _read(path: str) -> BilingualDocument:
    tree = parse_xml(path)
    root = tree.getroot()
    if local_name(root) != "tmx":
        raise InputError(f"not a TMX file (root element {root.tag})", path, root.sourceline)
    header = root.find("header")
    body = root.find("body")
    if body is None:
        raise InputError("TMX file without <body>", path, root.sourceline)
    srclang = header.get("srclang", "") if header is not None else ""
    units = list(body.iter("tu"))
    source = _prefix(srclang) if srclang and srclang != "*all*" else "en"
    target = _pick_target(units, source)
    doc = BilingualDocument([], source_lang=source, target_lang=target, format=NAME, path=path,
                            version=root.get("version", "1.4"), native=tree)
    used: set[str] = set()
    for index, unit in enumerate(units):
        variants = {}
        for tuv in unit.iterchildren("tuv"):
            variants.setdefault(_prefix(_lang(tuv)), tuv)
        src, tgt = variants.get(source), variants.get(target)
        if src is None or tgt is None:
            continue
        seg_id = xc.unique_id(unit.get("tuid") or f"tu{index + 1}", used)
        notes = xc.notes_of(unit.iterchildren("note"))
        doc.segments.append(Segment(seg_id, _content(src), _content(tgt), "translated", notes, index,
                                    native={"unit": unit}))
    if not doc.segments:
        raise InputError(f"no translation unit has both {source} and {target} variants", path)
    return doc


def _pick_target(units, source: str) -> str:
    seen: list[str] = []
    for unit in units[:200]:
        for tuv in unit.iterchildren("tuv"):
            lang = _prefix(_lang(tuv))
            if lang and lang != source and lang not in seen:
                seen.append(lang)
    if "fr" in seen:
        return "fr"
    return seen[0] if seen else "fr"


def _content(tuv):
    seg = tuv.find("seg")
    if seg is None:
        return xc.extract(tuv.makeelement("seg"), NAME, PAIRED)
    content = xc.extract(seg, NAME, PAIRED)
    for code in content.codes:
        el = code.native["el"]
        if isinstance(el.tag, str):
            if not code.id:
                code.id = el.get("i") or el.get("x") or ""
            if code.name != "hi" and (el.text or len(el)):
                code.native["data"] = "".join(el.itertext())
    return content


def write(doc: BilingualDocument, path: str, issues=None) -> None:
    """TMX is read-only here: corrections and issues go out as XLIFF."""
    raise InputError("writing TMX is not supported; write XLIFF (.xlf) instead", path)
