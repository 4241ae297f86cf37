"""Apply whole-segment edits to Content without losing inline codes, and replay edit chains.

An edit is stored as (before, after) texts. Applied to the text it was made
on, it is just ``after``; applied to a text that has moved on (an earlier
edit rejected, or only the accepted ones replayed for export) it is
transplanted: the changed middle is found again by its surrounding context.
"""
from __future__ import annotations

from typing import Iterable

from ..model import Content

CONTEXTS = (16, 6, 1, 0)  # characters of context tried, widest first


def changed_span(before: str, after: str) -> tuple[int, int, int]:
    """(prefix, before_end, after_end): ``before[prefix:before_end]`` became ``after[prefix:after_end]``."""
    limit = min(len(before), len(after))
    prefix = 0
    while prefix < limit and before[prefix] == after[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and before[-1 - suffix] == after[-1 - suffix]:
        suffix += 1
    return prefix, len(before) - suffix, len(after) - suffix


def with_text(content: Content | None, text: str) -> Content:
    """``content`` changed to read ``text``, replacing only the differing middle so codes stay put."""
    if content is None:
        return Content(text)
    start, old_end, new_end = changed_span(content.text, text)
    if start == old_end == len(content.text) and new_end == start:
        return content.copy()
    return content.replace_span(start, old_end, text[start:new_end])


def transplant(text: str, before: str, after: str) -> str | None:
    """``text`` with the change before->after made where its context is found; None if nowhere."""
    if text == before:
        return after
    start, old_end, new_end = changed_span(before, after)
    old, new = before[start:old_end], after[start:new_end]
    for width in CONTEXTS:
        if width == 0 and not old:
            return None  # a bare insertion needs some context to know where it goes
        left = before[max(0, start - width):start]
        right = before[old_end:old_end + width]
        needle = left + old + right
        hits = _occurrences(text, needle)
        if hits:
            best = min(hits, key=lambda pos: abs(pos + len(left) - start))
            pos = best + len(left)
            return text[:pos] + new + text[pos + len(old):]
    return None


def _occurrences(text: str, needle: str) -> list[int]:
    hits, pos = [], text.find(needle)
    while pos >= 0:
        hits.append(pos)
        pos = text.find(needle, pos + 1)
    return hits


def replay(original: Content | None, edits: Iterable) -> tuple[Content | None, list[int]]:
    """The original with each edit (``.before``, ``.after``, ``.id``) applied in order.

    Returns the content and the ids of edits that could not be applied.
    """
    current = original.copy() if original is not None else None
    skipped = []
    for edit in edits:
        text = current.text if current is not None else ""
        result = transplant(text, edit.before, edit.after)
        if result is None:
            skipped.append(edit.id)
            continue
        current = with_text(current, result)
    return current, skipped
