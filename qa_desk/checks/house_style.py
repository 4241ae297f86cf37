"""House style said once per document: a habit the whole document follows is one issue.

A translator who types straight quotes, or no space before ":", does it in every sentence; an
editor calls that one problem ("this document uses straight quotes"), fixed at once, not eighty.
Each typography check lists its *places* (every quote mark, every ":"...) with the form found
there and what the house style writes instead; :func:`settle` turns them into issues:

- the document's most frequent form, when it is not the house style's and occurs at least
  ``MIN_HABIT`` times, becomes one document-level issue whose "fix all" changes every place;
- any other place that breaks the house style (the document disagreeing with itself) is an
  issue of its own, in its segment;
- a document with several such habits (straight quotes, no space before ":", three dots) is typed
  by one hand with one keyboard: :func:`one_per_document` says them as one document-level issue
  whose "fix all" changes every place of every habit.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterable, Iterator

MIN_HABIT = 2  # places of one form that make a habit (one place alone in the document is one too)
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
    if habit != RIGHT and (count >= MIN_HABIT or count == len(places)):  # one place, and nothing else: a habit too
        covered = [p for p in places if p.form == habit]
        yield ctx.document_issue(check_id, f"{rule_prefix}{habit}", describe(habit, count),
                                 [(p.segment, p.start, p.end, p.replacement) for p in covered])
    else:
        habit = None
    for place in places:
        if place.form not in (RIGHT, habit):
            yield ctx.issue(check_id, place.segment, place.start, place.end, place.message,
                            suggestions=[place.replacement])


STYLE_CHECKS = ("quotes", "spacing", "ellipsis", "apostrophe", "number-space")
_FIX_ALL = re.compile(r":\s*fix all\b.*$", re.S)


def one_per_document(issues: list, order: dict) -> list:
    """The document-level issues of the typography checks merged into one (``issues`` sorted by
    segment ``order``): the check and first place of the largest habit, every habit's places."""
    habits = [i for i in issues if i.is_document_level and i.check in STYLE_CHECKS]
    if len(habits) < 2:
        return issues
    main = max(habits, key=lambda i: len(i.occurrences))
    parts = [_FIX_ALL.sub("", i.message).rstrip(". ") for i in sorted(habits, key=lambda i: -len(i.occurrences))]
    parts = [parts[0]] + [p.replace("This document ", "", 1) for p in parts[1:]]
    places = sorted((o for i in habits for o in i.occurrences), key=lambda o: (order.get(o.segment, 0), o.start))
    first = places[0]
    merged = replace(main, segment=first.segment, start=first.start, end=first.end, text=first.text,
                     suggestions=[first.replacement], occurrences=places,
                     rule="+".join(sorted(f"{i.check}:{i.rule}" for i in habits)),
                     message="; ".join(parts) + ": fix all to change every place.")
    merged_ids = {id(i) for i in habits}  # by identity: comparing every issue with each habit field by field was slow
    kept = [i for i in issues if id(i) not in merged_ids]
    at = next((n for n, i in enumerate(kept) if order.get(i.segment, 0) > order.get(first.segment, 0)), len(kept))
    return kept[:at] + [merged] + kept[at:]
