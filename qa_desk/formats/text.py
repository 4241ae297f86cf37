"""Plain-text pairs: an English file and its French translation, paragraphs separated by blank lines.

Reading a pair means aligning it (``qa_desk.align``). The raw texts are kept
so that writing the corrected target changes nothing but the fixed spans:
every segment remembers the range of the raw target it came from.
"""
from __future__ import annotations

import codecs
import re
from bisect import bisect_left, bisect_right
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
    target_encoding: str = "utf-8"  # utf-8, utf-16-le or utf-16-be
    target_bom: bool = False
    target_newline: str = "\n"  # for new text; unchanged text keeps its own line endings
    target_original: str = ""  # the target as decoded, line endings untouched ("" = target_raw)


def sniff(head: bytes) -> bool:
    return True  # the fallback format


def decode_text(data: bytes, path: str = "", keep_newlines: bool = False) -> tuple[str, str, bool]:
    """Bytes -> (text, encoding, had_bom). UTF-8 with or without BOM, UTF-16 with BOM.

    Anything else is refused with a one-line reason: guessing an encoding
    silently would corrupt names.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00
        raise InputError("UTF-32 text is not supported; save the file as UTF-8", path)
    if data.startswith(codecs.BOM_UTF8):
        encoding, bom, body = "utf-8", True, data[len(codecs.BOM_UTF8):]
    elif data.startswith(codecs.BOM_UTF16_LE):
        encoding, bom, body = "utf-16-le", True, data[2:]
    elif data.startswith(codecs.BOM_UTF16_BE):
        encoding, bom, body = "utf-16-be", True, data[2:]
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
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError("binary data (a NUL character); not a text file", path, text.count("\n", 0, nul) + 1)
    return (text if keep_newlines else _normalise(text)), encoding, bom


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: str, keep_newlines: bool = False) -> tuple[str, str, bool]:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except IsADirectoryError:
        raise InputError("is a folder, not a file", path) from None
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read file", path) from None
    return decode_text(data, path, keep_newlines)


def read_pair(source_path: str, target_path: str, source_lang: str = "en", target_lang: str = "fr",
              srx_path: str | None = None) -> BilingualDocument:
    """Read, segment and align a plain-text pair into a document."""
    from ..align.document import align_texts
    from ..align.paragraphs import split_paragraphs

    source_raw, _, _ = read_text_file(source_path)
    target_original, encoding, bom = read_text_file(target_path, keep_newlines=True)
    target_raw = _normalise(target_original)
    newline = "\r\n" if "\r\n" in target_original else "\r" if "\r" in target_original else "\n"
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
                             native=TextPairNative(source_raw, target_raw, encoding, bom, newline,
                                                   target_original if target_original != target_raw else ""))


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


def _with_original_newlines(doc: BilingualDocument) -> str:
    """corrected_target of a text pair with the file's own line endings (CRLF, CR, LF or mixed):
    unchanged text is copied from the file as decoded, new text gets the file's usual ending."""
    native = doc.native
    original = native.target_original or native.target_raw
    crlf = []  # normalised offset of each CRLF's "\n"
    for n, match in enumerate(re.finditer("\r\n", original)):
        crlf.append(match.start() - n)

    def at(offset: int) -> int:
        return offset + bisect_left(crlf, offset)

    pieces, last = [], 0
    for seg in sorted(doc.segments, key=lambda s: s.native[2]):
        _, _, start, end = seg.native
        pieces.append(original[at(last):at(start)])
        if seg.target_text == native.target_raw[start:end]:
            pieces.append(original[at(start):at(end)])
        else:
            pieces.append(seg.target_text.replace("\n", native.target_newline))
        last = end
    pieces.append(original[at(last):])
    return "".join(pieces)


_BOM = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


def write(doc: BilingualDocument, path: str, issues=None) -> None:
    """Write the corrected target as plain text; a text pair's target keeps its encoding, BOM and
    line endings, so an unchanged target is written back byte for byte."""
    if isinstance(doc.native, TextPairNative):
        text = _with_original_newlines(doc)
        encoding, bom = doc.native.target_encoding, doc.native.target_bom
    else:
        text, encoding, bom = corrected_target(doc), "utf-8", False
    with open(path, "wb") as handle:
        if bom:
            handle.write(_BOM[encoding])
        handle.write(text.encode(encoding))
