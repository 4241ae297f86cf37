"""Plain-text pairs by properties: written back unchanged they are the same bytes; a fix changes its span only.

Texts mix tricky Unicode, line endings (LF, CRLF, CR, mixed), encodings
(UTF-8 with and without BOM, UTF-16 LE/BE with BOM), blank-line runs,
indentation and a missing final newline.
"""
from __future__ import annotations

import codecs

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_desk.formats import write_document
from qa_desk.formats.text import read_pair

PROPS = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow,
                                                                       HealthCheck.function_scoped_fixture])
TRICKY = ["\u202e", "\u200f", "e\u0301", "Zoe\u0308", "👩🏽‍⚖️", "🦄", "\u00a0", "\u202f", "\u200b", "«", "»", "M.",
          "Mme", "U.S.", "3,5", "\"", "…", "?", "!", "\t", "\x07"]
WORD = st.one_of(st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
                                       blacklist_characters="\ufeff\x85"), min_size=1, max_size=8),
                 st.sampled_from(TRICKY))
SENTENCE = st.lists(WORD, min_size=1, max_size=8).map(lambda ws: " ".join(ws) + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)
BLANK = st.sampled_from(["\n\n", "\n\n\n", "\n \n", "\n\t\n\n"])
NEWLINE = st.sampled_from(["\n", "\r\n", "\r", "mixed"])
ENCODING = st.sampled_from(["utf-8", "utf-8-sig", "utf-16-le-bom", "utf-16-be-bom"])


@st.composite
def raw_texts(draw) -> str:
    paragraphs = draw(st.lists(PARAGRAPH, min_size=1, max_size=5))
    text = draw(st.sampled_from(["", " ", "\n"]))
    for n, paragraph in enumerate(paragraphs):
        if n:
            text += draw(BLANK)
        text += paragraph
    return text + draw(st.sampled_from(["", "\n", "\n\n", "  \n"]))


def encode(text: str, newline: str, encoding: str, draw_mixed) -> bytes:
    if newline == "mixed":
        lines = text.split("\n")
        text = "".join(line + (draw_mixed(n) if n < len(lines) - 1 else "") for n, line in enumerate(lines))
    else:
        text = text.replace("\n", newline)
    if encoding == "utf-16-le-bom":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if encoding == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(encoding)


def _pair(tmp_path, draw, source, target):
    mixed = lambda n: ("\n", "\r\n", "\r")[n % 3]  # noqa: E731
    en, fr = tmp_path / "s.en.txt", tmp_path / "s.fr.txt"
    en.write_bytes(encode(source, draw(NEWLINE), "utf-8", mixed))
    fr.write_bytes(encode(target, draw(NEWLINE), draw(ENCODING), mixed))
    return en, fr


@PROPS
@given(st.data(), raw_texts(), raw_texts())
def test_unchanged_pair_writes_back_the_same_bytes(tmp_path, data, source, target):
    en, fr = _pair(tmp_path, data.draw, source, target)
    doc = read_pair(str(en), str(fr))
    out = tmp_path / "out.txt"
    write_document(doc, out, "text")
    assert out.read_bytes() == fr.read_bytes()


@PROPS
@given(st.data(), raw_texts(), raw_texts(), st.integers(0, 99), st.integers(0, 400), st.integers(0, 400),
       st.sampled_from(["", "X", "la gouverneure", "é\u0301", "🦄"]))
def test_fix_changes_only_its_span(tmp_path, data, source, target, pick, a, b, new):
    en, fr = _pair(tmp_path, data.draw, source, target)
    doc = read_pair(str(en), str(fr))
    seg = doc.segments[pick % len(doc.segments)]
    length = len(seg.target.text)
    start = a % (length + 1)
    end = start + b % (length - start + 1)
    seg.target = seg.target.replace_span(start, end, new)
    out = tmp_path / "out.txt"
    write_document(doc, out, "text")
    original, written = _decode(fr.read_bytes()), _decode(out.read_bytes())
    raw_start = seg.native[2] + start  # offsets of the normalised text: compare normalised
    expected = original[:raw_start] + new + original[raw_start + end - start:]
    assert written == expected


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        text = data.decode("utf-16")
    else:
        text = data.decode("utf-8-sig")
    return text.replace("\r\n", "\n").replace("\r", "\n")
