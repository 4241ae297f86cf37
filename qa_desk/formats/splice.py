"""Writing an edited XML file byte for byte: only the elements that changed are rewritten.

The writers build an edited copy of the tree (its "twin") and list what they changed: an
element's attributes, an element's content, or a new element after an old one. This module
finds those elements in the original text (a scan of its tags, in the same order as
``root.iter()``), rewrites only their spans, and keeps every other byte: quoting, entity and
character references, CDATA, attribute order, line ends, the declaration and the DOCTYPE.

The result is checked: parsed again, it must be C14N-identical to the twin; if not (a shape
the scan does not expect), the twin is serialized whole, which is still C14N-identical.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from lxml import etree

from .xmlsafe import c14n, make_parser, write_tree

_START_TAG = re.compile(r"<[^\s/>!?][^\s/>]*(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*/?>")
_ATTRIBUTE = re.compile(r"(\s+)([^\s=/>]+)(\s*=\s*)(\"[^\"]*\"|'[^']*')")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


class SpliceError(Exception):
    """The original text has a shape this scan does not handle; the caller writes the twin whole."""


@dataclass
class Changes:
    """What a writer changed in the twin, named by original elements."""

    attributes: list = field(default_factory=list)  # (original, twin)
    contents: list = field(default_factory=list)  # (original, twin): children and text rebuilt
    inserted: list = field(default_factory=list)  # (original anchor, twin anchor, new twin element)

    def __bool__(self) -> bool:
        return bool(self.attributes or self.contents or self.inserted)


def dedupe(changes: Changes) -> Changes:
    """One entry per element and kind (a target may be re-stated and refilled)."""
    out = Changes()
    for name in ("attributes", "contents", "inserted"):
        seen, items = set(), []
        for item in getattr(changes, name):
            if id(item[0]) not in seen:
                seen.add(id(item[0]))
                items.append(item)
        setattr(out, name, items)
    return out


def write(original_tree, data: bytes | None, twin_tree, changes: Changes, path: str) -> bool:
    """Write ``twin_tree`` to ``path`` as the original bytes with ``changes`` spliced in.

    Returns True when spliced, False when the twin was serialized whole (no original bytes,
    or a verification mismatch).
    """
    if data is not None:
        try:
            out = splice(original_tree, data, changes)
            if _same(out, twin_tree):
                with open(path, "wb") as handle:
                    handle.write(out)
                return True
        except (SpliceError, UnicodeError, LookupError, ValueError, etree.XMLSyntaxError):
            pass
    write_tree(twin_tree, path)
    return False


def _same(out: bytes, twin_tree) -> bool:
    reparsed = etree.fromstring(out, make_parser())
    return c14n(reparsed.getroottree()) == c14n(twin_tree)


def _decode(data: bytes, declared: str | None) -> tuple[bytes, str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return bom, codec, data[len(bom):].decode(codec)
    codec = (declared or "utf-8").lower()
    if codec.replace("-", "") in ("utf16", "ucs2"):
        codec = "utf-16-le" if data[:1] == b"<" else "utf-16-be"
    elif codec.replace("-", "") in ("utf32", "ucs4"):
        codec = "utf-32-le" if data[:1] == b"<" else "utf-32-be"
    return b"", codec, data.decode(codec)


def splice(original_tree, data: bytes, changes: Changes) -> bytes:
    bom, codec, text = _decode(data, original_tree.docinfo.encoding)
    elements = [e for e in original_tree.getroot().iter() if isinstance(e.tag, str)]
    spans = scan(text)
    if len(spans) != len(elements):
        raise SpliceError(f"{len(spans)} tags for {len(elements)} elements")
    where = {el: spans[n] for n, el in enumerate(elements)}
    edits: list[tuple[int, int, str]] = []
    for original, twin in changes.attributes:
        start, tag_end, _, _ = where[original]
        edits.append((start, tag_end, start_tag(text[start:tag_end], original, twin)))
    for original, twin in changes.contents:
        start, tag_end, close_start, close_end = where[original]
        inner = inner_xml(twin)
        if close_start == tag_end and text[tag_end - 2:tag_end] == "/>":  # <target/> grows content
            tag = text[start:tag_end]
            tag = _retag(tag, original, twin) if (original, twin) in changes.attributes else tag
            name = re.match(r"<([^\s/>]+)", tag).group(1)
            edits = [e for e in edits if e[0] != start]
            edits.append((start, tag_end, tag[:-2].rstrip() + ">" + inner + f"</{name}>"))
        else:
            edits.append((tag_end, close_start, inner))
    for anchor, twin_anchor, new in changes.inserted:
        _, _, _, end = where[anchor]
        edits.append((end, end, (twin_anchor.tail or "") + outer_xml(new, anchor.getparent())))
    edits.sort(key=lambda e: (e[0], e[1]))
    pieces, last = [], 0
    for start, end, replacement in edits:
        if start < last:
            raise SpliceError("overlapping edits")
        pieces.append(text[last:start])
        pieces.append(replacement)
        last = end
    pieces.append(text[last:])
    return bom + "".join(pieces).encode(codec, errors="xmlcharrefreplace")


def scan(text: str) -> list[list[int]]:
    """[start, end of start tag, start of end tag, end of end tag] of every element, in document order."""
    spans: list[list[int]] = []
    stack: list[int] = []
    pos = 0
    while True:
        i = text.find("<", pos)
        if i < 0:
            break
        if text.startswith("<!--", i):
            pos = _after(text, "-->", i)
        elif text.startswith("<![CDATA[", i):
            pos = _after(text, "]]>", i)
        elif text.startswith("<?", i):
            pos = _after(text, "?>", i)
        elif text.startswith("<!", i):
            pos = _doctype_end(text, i)
        elif text.startswith("</", i):
            end = _after(text, ">", i)
            if not stack:
                raise SpliceError("end tag without start")
            spans[stack.pop()][2:] = [i, end]
            pos = end
        else:
            match = _START_TAG.match(text, i)
            if match is None:
                raise SpliceError(f"unexpected start tag at {i}")
            end = match.end()
            if text[end - 2] == "/":
                spans.append([i, end, end, end])
            else:
                stack.append(len(spans))
                spans.append([i, end, -1, -1])
            pos = end
    if stack:
        raise SpliceError("unclosed element")
    return spans


def _after(text: str, token: str, start: int) -> int:
    end = text.find(token, start)
    if end < 0:
        raise SpliceError(f"no {token!r}")
    return end + len(token)


def _doctype_end(text: str, start: int) -> int:
    depth, quote = 0, ""
    for i in range(start + 2, len(text)):
        c = text[i]
        if quote:
            quote = "" if c == quote else quote
        elif c in "\"'":
            quote = c
        elif c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == ">" and depth <= 0:
            return i + 1
    raise SpliceError("unterminated DOCTYPE")


def _escape(value: str, quote: str) -> str:
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = value.replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;")
    return value.replace(quote, "&quot;" if quote == '"' else "&apos;")


def _clark(qname: str, nsmap: dict) -> str:
    prefix, colon, local = qname.partition(":")
    if not colon:
        return qname
    if prefix == "xml":
        return "{http://www.w3.org/XML/1998/namespace}" + local
    uri = nsmap.get(prefix)
    if uri is None:
        raise SpliceError(f"unbound prefix {prefix}")
    return f"{{{uri}}}{local}"


def _qname(clark: str, nsmap: dict) -> str:
    if not clark.startswith("{"):
        return clark
    uri, _, local = clark[1:].partition("}")
    if uri == "http://www.w3.org/XML/1998/namespace":
        return "xml:" + local
    for prefix, value in nsmap.items():
        if value == uri and prefix:
            return f"{prefix}:{local}"
    raise SpliceError(f"no prefix for {uri}")


def start_tag(tag: str, original, twin) -> str:
    """The original start tag with the twin's attribute values: same order, quotes and spacing."""
    return _retag(tag, original, twin)


def _retag(tag: str, original, twin) -> str:
    wanted = dict(twin.attrib)
    nsmap = original.nsmap
    out, last = [], 0
    for match in _ATTRIBUTE.finditer(tag):
        name = match.group(2)
        if name == "xmlns" or name.startswith("xmlns:"):
            continue
        clark = _clark(name, nsmap)
        out.append(tag[last:match.start()])
        last = match.end()
        if clark not in wanted:
            continue  # removed
        value = wanted.pop(clark)
        quoted = match.group(4)
        if value == original.get(clark):
            out.append(match.group(0))
        else:
            quote = quoted[0]
            out.append(match.group(1) + name + match.group(3) + quote + _escape(value, quote) + quote)
    rest = tag[last:]
    close = "/>" if rest.rstrip().endswith("/>") else ">"
    body = rest.rstrip()[: -len(close)]
    added = "".join(f' {_qname(k, nsmap)}="{_escape(v, chr(34))}"' for k, v in wanted.items())
    return "".join(out) + body + added + close


def _strip_inherited(start: str, nsmap: dict) -> str:
    """Drop namespace declarations that the place of insertion already has in scope."""
    def keep(match):
        name, value = match.group(2), match.group(4)[1:-1]
        if name == "xmlns" or name.startswith("xmlns:"):
            prefix = name[6:] or None
            if nsmap.get(prefix) == value:
                return ""
        return match.group(0)
    return _ATTRIBUTE.sub(keep, start)


def outer_xml(element, parent) -> str:
    """A new element serialized for insertion under ``parent`` (an original element)."""
    text = etree.tostring(element, encoding="unicode", with_tail=False)
    match = _START_TAG.match(text)
    if match is None:
        raise SpliceError("cannot read a serialized start tag")
    return _strip_inherited(match.group(0), parent.nsmap) + text[match.end():]


def inner_xml(element) -> str:
    """Text and children of ``element``, serialized (its own tags cut off)."""
    text = etree.tostring(element, encoding="unicode", with_tail=False)
    match = _START_TAG.match(text)
    if match is None:
        raise SpliceError("cannot read a serialized start tag")
    if match.group(0).endswith("/>"):
        return ""
    end = text.rindex("</")
    return text[match.end():end]
