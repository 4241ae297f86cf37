"""House style said once per document: a habit the whole document follows is one issue.

A translator who types straight quotes, or no space before ":", does it in every sentence; an
editor calls that one problem ("this document uses straight quotes"), fixed at once, not eighty.
Each typography check lists its *places* (every quote mark, every ":"...) with the form found
there and what the house style writes instead; :func:`settle` turns them into issues:

- the document's most frequent form, when it is not the house style's and occurs at least
  ``MIN_HABIT`` times, becomes one document-level issue whose "fix all" changes every place;
- any other place that breaks the house style (the document disagreeing with itself) is an
  issue of its own, in its segment.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

MIN_HABIT = 2  # places of one form that make a habit (one place is just one issue)
RIGHT = "right"  # the form of a place that already follows the house style


@dataclass
class Place:
    """One place a house-style rule applies to, the form found there and its fix."""

    segment: Any
    start: int
    end: int
    form: str  # e.g. "straight quotes", "no space": RIGHT when the place follows the house style
    replacement: str  # what the house style writes there
    message: str  # the message of a per-segment issue


def settle(ctx, check_id: str, places: Iterable[Place], describe: Callable[[str, int], str],
           rule_prefix: str = "") -> Iterator:
    """Issues for these places: the document's own habit once, its exceptions one by one.

    ``describe(form, count)`` words the document-level message for a habit of ``count`` places.
    """
    places = list(places)
    if not places:
        return
    counts = Counter(p.form for p in places)
    habit, count = counts.most_common(1)[0]
    if habit != RIGHT and count >= MIN_HABIT:
        covered = [p for p in places if p.form == habit]
        yield ctx.document_issue(check_id, f"{rule_prefix}{habit}", describe(habit, count),
                                 [(p.segment, p.start, p.end, p.replacement) for p in covered])
    else:
        habit = None
    for place in places:
        if place.form not in (RIGHT, habit):
            yield ctx.issue(check_id, place.segment, place.start, place.end, place.message,
                            suggestions=[place.replacement])
