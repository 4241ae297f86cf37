"""Paragraph spans of a plain text: blank lines separate paragraphs.

Offsets, not strings, so every later stage (sentences, alignment, issues)
can point back into the raw file the user opened.
"""
from __future__ import annotations

import re

# A line holding only whitespace (any Unicode space, no newline) counts as blank.
_BLANK_RUN = re.compile(r"(?:\r\n|\n|\r)(?:[^\S\r\n]*(?:\r\n|\n|\r))+")


def _trimmed(raw: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_paragraphs(raw: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each paragraph, trimmed; [] when there is no text."""
    spans: list[tuple[int, int]] = []
    last = 0
    for match in _BLANK_RUN.finditer(raw):
        span = _trimmed(raw, last, match.start())
        if span:
            spans.append(span)
        last = match.end()
    span = _trimmed(raw, last, len(raw))
    if span:
        spans.append(span)
    return spans
