"""The one way qa-desk parses XML from outside: hostile until proven otherwise.

Entities are never expanded and nothing is ever fetched. A DOCTYPE that
declares entities (billion laughs, XXE) is refused from the raw bytes,
before libxml2 sees them. Comments, processing instructions, CDATA and
whitespace are kept so that a file written back differs only where edited.
"""
from __future__ import annotations

import codecs
import re

from lxml import etree

from ..errors import InputError

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_DOCTYPE = re.compile(r"<!DOCTYPE\b", re.IGNORECASE)
_ENTITY = re.compile(r"<!ENTITY\b", re.IGNORECASE)
_ROOT_START = re.compile(r"<[^?!]")
_PROLOG_LIMIT = 1 << 20  # bytes of prolog scanned; a longer prolog is refused


def make_parser() -> etree.XMLParser:
    """A parser that never resolves entities, never loads DTDs, never touches the network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           dtd_validation=False, remove_comments=False, remove_pis=False,
                           remove_blank_text=False, strip_cdata=False)


def _prolog_text(data: bytes) -> str:
    """The start of the document decoded well enough to find a DOCTYPE (ASCII markup)."""
    head = data[:_PROLOG_LIMIT]
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="replace")
    if head[:4] in (b"<\x00\x00\x00", b"\x00\x00\x00<"):  # UTF-32 without BOM
        return head.decode("utf-32-le" if head[0] == 0x3C else "utf-32-be", errors="replace")
    if head[:4] in (b"<\x00?\x00", b"\x00<\x00?"):  # UTF-16 without BOM
        return head.decode("utf-16-le" if head[0] == 0x3C else "utf-16-be", errors="replace")
    return head.decode("latin-1")


def markup_head(data: bytes) -> bytes:
    """The start of a file as ASCII-compatible bytes, so format sniffers find their markup
    in UTF-16 and UTF-32 files too (Trados writes UTF-16 TMX)."""
    return _prolog_text(data).encode("utf-8", errors="replace")


def check_doctype(data: bytes, path: str = "") -> None:
    """Refuse a DOCTYPE whose internal subset declares entities, before any parsing.

    Conservative on purpose: any ``<!ENTITY`` between the DOCTYPE and the root
    element's start tag refuses the file. A DOCTYPE without declarations (e.g.
    a public XLIFF 1.2 DTD reference) is allowed: the parser never loads it.
    """
    text = _blank_comments_and_pis(_prolog_text(data))
    match = _DOCTYPE.search(text)
    if match is None:
        return
    if _ROOT_START.search(text, 0, match.start()) is not None:
        return  # "<!DOCTYPE" only after the root element started: it is content, not a DOCTYPE
    line = text.count("\n", 0, match.start()) + 1
    root = _ROOT_START.search(text, match.end())
    end = root.start() if root else len(text)
    if _ENTITY.search(text, match.end(), end) is not None:
        raise InputError("refused: the DOCTYPE declares entities (possible entity expansion or "
                         "external entity attack)", path, line)
    if root is None and len(data) > _PROLOG_LIMIT:
        raise InputError("refused: DOCTYPE longer than a megabyte", path, line)


def _blank_comments_and_pis(text: str) -> str:
    """Comments and PIs replaced by their newlines only, so line numbers still hold."""
    def keep_lines(match):
        return "\n" * match.group(0).count("\n")
    return re.sub(r"<!--.*?-->|<\?.*?\?>", keep_lines, text, flags=re.DOTALL)


_LXML_PLACE = re.compile(r",? line \d+, column (\d+)\s*$")


def parse_bytes(data: bytes, path: str = "") -> etree._ElementTree:
    """Parse ``data`` safely; errors become a one-line :class:`InputError` with the line."""
    if not data or data.isspace():  # not data.strip(): that copies the whole file (55 MB) in one call
        raise InputError("empty file, expected XML", path)
    check_doctype(data, path)
    parser = make_parser()
    base_url = path or None
    if base_url and not base_url.isprintable():  # lxml cannot take a name with undecodable bytes
        base_url = None
    try:
        root = etree.fromstring(data, parser, base_url=base_url)
    except etree.XMLSyntaxError as exc:
        message = (exc.msg or str(exc)).splitlines()[0] if (exc.msg or str(exc)) else "not well-formed XML"
        place = _LXML_PLACE.search(message)  # lxml ends with "line N, column M": the line goes in front once
        if place is not None:
            message = message[:place.start()] + f" (column {place.group(1)})"
        line = exc.lineno if exc.lineno and exc.lineno > 0 else None
        raise InputError(f"not well-formed XML: {message}", path, line) from None
    except (ValueError, LookupError) as exc:  # unknown encoding, bytes that are not XML at all
        raise InputError(f"not XML: {exc}", path) from None
    tree = root.getroottree()
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise InputError("refused: the DOCTYPE declares entities", path)
    if tree.docinfo.doctype:  # an external DTD we never load may hide entity references
        for entity in root.iter(etree.Entity):
            raise InputError(f"refused: entity reference {entity.text} to a DTD that is never loaded",
                             path, entity.sourceline)
    return tree


def parse_xml(path: str) -> etree._ElementTree:
    """Read and safely parse the XML file at ``path`` (never fetches, never expands)."""
    return parse_file(path)[0]


def parse_file(path: str) -> tuple[etree._ElementTree, bytes]:
    """The parsed tree and the bytes it came from (writers splice edits into them)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read file", str(path)) from None
    return parse_bytes(data, str(path)), data


def local_name(element) -> str:
    """Tag without namespace; '' for comments and processing instructions."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def namespace(element) -> str:
    tag = element.tag
    if not isinstance(tag, str) or not tag.startswith("{"):
        return ""
    return tag[1:tag.index("}")]


def write_tree(tree: etree._ElementTree, path: str) -> None:
    """Serialize as read: same encoding and DOCTYPE, one line per node around the root."""
    info = tree.docinfo
    encoding = info.encoding or "UTF-8"
    root = tree.getroot()
    if encoding.lower().replace("-", "").startswith(("utf16", "utf32", "ucs")):
        tree.write(path, encoding=encoding, xml_declaration=True)  # one BOM, not one per node
        return
    parts = [f'<?xml version="{info.xml_version or "1.0"}" encoding="{encoding}"'
             + (' standalone="yes"' if info.standalone else "") + "?>"]
    if info.doctype:
        parts.append(info.doctype)
    before = list(root.itersiblings(preceding=True))[::-1]
    after = list(root.itersiblings())
    chunks = [p.encode(encoding) for p in parts]
    for node in before + [root] + after:
        chunks.append(etree.tostring(node, encoding=encoding, xml_declaration=False, with_tail=False))
    with open(path, "wb") as handle:
        handle.write("\n".encode(encoding).join(chunks) + "\n".encode(encoding))


def c14n(tree_or_element) -> str:
    """Canonical XML 2.0 with comments: what "unchanged" means in tests.

    C14N 2.0, because libxml2's C14N 1.0 refuses relative namespace URIs
    such as memoQ's ``xmlns:mq="MQXliff"``.
    """
    return etree.canonicalize(tree_or_element, with_comments=True)
