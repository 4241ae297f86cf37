"""What a typography check finds in one target, kept by the texts it was found in.

The document-level typography checks (spacing, quotes, ellipsis, number-space) read the whole
document, because the document's habit decides which places are issues (:func:`~.house_style.settle`).
But what they find *in* a segment -- its places and its own issues -- depends on that segment's
target and source texts and the house style alone. :func:`replay` keeps those findings by
``(check, style, target, source)``; a re-check computes them again only for texts not seen before
and settles the document's habit over all of them, so its issues are the ones a run from scratch
gives. An undo puts targets back to texts already read: nothing is read again.
"""
from __future__ import annotations

from .house_style import Place

LIMIT = 600_000  # texts' findings kept; past it the memo starts again
_MEMO: dict[tuple, tuple] = {}
stats = {"hits": 0, "misses": 0}


def clear() -> None:
    _MEMO.clear()


def style_key(style: dict) -> tuple:
    return tuple(sorted(style.items()))


def replay(ctx, check_id: str, key: tuple, seg, text: str, find, places: list):
    """Yield the segment's own issues of ``check_id`` and add its places to ``places``.

    ``find(text, source)`` yields records ``("issue", start, end, message, suggestion)`` and
    ``("place", start, end, form, replacement, message)`` in the check's order; it must read
    nothing but its two arguments and what ``key`` stands for.
    """
    memo_key = (check_id, key, text, seg.source.text)
    records = _MEMO.get(memo_key)
    if records is None:
        stats["misses"] += 1
        records = tuple(find(text, seg.source.text))
        if len(_MEMO) >= LIMIT:
            _MEMO.clear()
        _MEMO[memo_key] = records
    else:
        stats["hits"] += 1
    for record in records:
        if record[0] == "place":
            places.append(Place(seg, *record[1:]))
        else:
            _, start, end, message, suggestion = record
            yield ctx.issue(check_id, seg, start, end, message, suggestions=[suggestion])
