"""Plain-text pairs: an English file and its French translation, paragraphs separated by blank lines.

Reading a pair means aligning it (``qa_desk.align``). The raw texts are kept
so that writing the corrected target changes nothing but the fixed spans:
every segment remembers the range of the raw target it came from.
"""
from __future__ import annotations

import codecs
from bisect import bisect_right
from dataclasses import dataclass

from ..errors import InputError
from ..model import BilingualDocument, Content, Segment

NAME = "text"
EXTENSIONS = (".txt",)


@dataclass
class TextPairNative:
    """What the writer needs: both raw texts and their encodings/BOMs."""

    source_raw: str
    target_raw: str
    target_encoding: str = "utf-8"
    target_bom: bool = False
    target_newline: str = "\n"


def sniff(head: bytes) -> bool:
    return True  # the fallback format


def decode_text(data: bytes, path: str = "") -> tuple[str, str, bool]:
    """Bytes -> (text, encoding, had_bom). UTF-8 with or without BOM, UTF-16 with BOM.

    Anything else is refused with a one-line reason: guessing an encoding
    silently would corrupt names.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00
        raise InputError("UTF-32 text is not supported; save the file as UTF-8", path)
    if data.startswith(codecs.BOM_UTF8):
        encoding, bom, body = "utf-8", True, data[len(codecs.BOM_UTF8):]
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        encoding, bom, body = "utf-16", True, data
    else:
        encoding, bom, body = "utf-8", False, data
    if b"\x00" in body[:4096] and encoding == "utf-8":
        raise InputError("binary file or UTF-16 without a byte-order mark; save it as UTF-8", path)
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        line = body[:exc.start].count(b"\n") + 1
        raise InputError(f"not valid {encoding.upper()} (byte 0x{body[exc.start]:02x}); "
                         "save the file as UTF-8", path, line) from None
    if encoding == "utf-16":
        text = text.lstrip("\ufeff")
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError("binary data (a NUL character); not a text file", path, text.count("\n", 0, nul) + 1)
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding, bom


def read_text_file(path: str) -> tuple[str, str, bool]:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except IsADirectoryError:
        raise InputError("is a folder, not a file", path) from None
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read file", path) from None
    return decode_text(data, path)


def _had_crlf(path: str) -> bool:
    with open(path, "rb") as handle:
        head = handle.read(65536)
    return b"\r\n" in head or b"\r\x00\n\x00" in head


def read_pair(source_path: str, target_path: str, source_lang: str = "en", target_lang: str = "fr",
              srx_path: str | None = None) -> BilingualDocument:
    """Read, segment and align a plain-text pair into a document."""
    from ..align.document import align_texts
    from ..align.paragraphs import split_paragraphs

    source_raw, _, _ = read_text_file(source_path)
    target_raw, encoding, bom = read_text_file(target_path)
    newline = "\r\n" if _had_crlf(target_path) else "\n"
    if not source_raw.strip():
        raise InputError("the source file has no text", source_path)
    if not target_raw.strip():
        raise InputError("the target file has no text", target_path)
    pairs = align_texts(source_raw, target_raw, source_lang, target_lang, srx_path=srx_path)
    source_starts = [start for start, _ in split_paragraphs(source_raw)]
    target_starts = [start for start, _ in split_paragraphs(target_raw)]
    segments, group, previous = [], -1, None
    for number, pair in enumerate(pairs, start=1):
        omission = pair.tgt_start == pair.tgt_end
        key = (pair.paragraph, omission)
        if key != previous:  # a new unit: another paragraph, or an omission beside a translation
            group += 1
            previous = key
        segments.append(Segment(
            id=str(number),
            source=Content(source_raw[pair.src_start:pair.src_end]),
            target=Content(target_raw[pair.tgt_start:pair.tgt_end]),
            state="initial" if omission else "translated",
            paragraph=group,
            source_paragraph=max(0, bisect_right(source_starts, pair.src_start) - 1),
            target_paragraph=-1 if omission else max(0, bisect_right(target_starts, pair.tgt_start) - 1),
            link=pair.link,
            confidence=pair.confidence,
            native=(pair.src_start, pair.src_end, pair.tgt_start, pair.tgt_end),
        ))
    return BilingualDocument(segments, source_lang, target_lang, format=NAME, path=str(source_path),
                             target_path=str(target_path),
                             native=TextPairNative(source_raw, target_raw, encoding, bom, newline))


def corrected_target(doc: BilingualDocument) -> str:
    """The target text with every segment's current text put back in its raw range.

    For a plain-text pair, characters outside fixed spans stay as they were;
    for a document from another format, one paragraph per unit, blank line between.
    """
    native = doc.native
    if isinstance(native, TextPairNative):
        pieces, last = [], 0
        for seg in sorted(doc.segments, key=lambda s: s.native[2]):
            _, _, start, end = seg.native
            pieces.append(native.target_raw[last:start])
            pieces.append(seg.target_text)
            last = end
        pieces.append(native.target_raw[last:])
        return "".join(pieces)
    paragraphs: list[list[str]] = []
    last_paragraph = None
    for seg in doc.segments:
        if not seg.target_text:
            continue
        if seg.paragraph != last_paragraph:
            paragraphs.append([])
            last_paragraph = seg.paragraph
        paragraphs[-1].append(seg.target_text)
    return "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


def write(doc: BilingualDocument, path: str, issues=None) -> None:
    """Write the corrected target as plain text, in the input's encoding when it was a text pair."""
    text = corrected_target(doc)
    encoding, bom = "utf-8", False
    if isinstance(doc.native, TextPairNative):
        encoding, bom = doc.native.target_encoding, doc.native.target_bom
        text = text.replace("\n", doc.native.target_newline)
    with open(path, "wb") as handle:
        if encoding == "utf-16":
            handle.write(text.encode("utf-16"))  # Python writes the BOM
        else:
            if bom:
                handle.write(codecs.BOM_UTF8)
            handle.write(text.encode("utf-8"))
