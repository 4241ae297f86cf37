"""Finding text in a document's segments: what Find and replace previews and the grid's text filter uses.

A :class:`Search` is the dialog's settings (pattern, regular expression, match case, whole
word); :func:`find_occurrences` lists every match in the targets as
:class:`~qa_desk.model.Occurrence` places with the text each would become, so the preview
and the replacement are the same list. Empty matches (``^``, ``x*``) replace nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..model import BilingualDocument, Occurrence

SIDES = ("target", "source", "both")


@dataclass(frozen=True)
class Search:
    pattern: str
    regex: bool = False
    case: bool = False  # match case
    whole_word: bool = False
    side: str = "target"  # where the text is looked for: target, source or both (replacing: target only)

    def __post_init__(self) -> None:
        if self.side not in SIDES:
            raise ValueError(f"side must be one of {', '.join(SIDES)}")

    @cached_property
    def compiled(self) -> re.Pattern:
        """The pattern as a regular expression; ValueError with a one-line message when it is not valid."""
        if not self.pattern:
            raise ValueError("nothing to find: the search text is empty")
        body = self.pattern if self.regex else re.escape(self.pattern)
        if self.whole_word:
            body = rf"(?<!\w)(?:{body})(?!\w)"
        try:
            return re.compile(body, 0 if self.case else re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None

    def matches(self, text: str) -> bool:
        return self.compiled.search(text) is not None

    def segment_matches(self, segment) -> bool:
        """True when the segment's source or target (as ``side`` says) contains a match."""
        if self.side in ("source", "both") and self.matches(segment.source.text):
            return True
        return self.side in ("target", "both") and self.matches(segment.target_text)


def expand(match: re.Match, replacement: str, regex: bool) -> str:
    """The replacement text for one match: groups (\\1, \\g<name>) expand in regular-expression mode."""
    if not regex:
        return replacement
    try:
        return match.expand(replacement)
    except (re.error, IndexError) as exc:
        raise ValueError(f"the replacement refers to a group the expression lacks: {exc}") from None


def find_occurrences(document: BilingualDocument, search: Search, replacement: str | None = None,
                     segment_ids=None) -> list[Occurrence]:
    """Every non-empty match in the targets, in document order, with its replacement text.

    ``replacement`` None lists the matches only (the replacement is the matched text itself).
    ``segment_ids`` limits the search (e.g. to the segments the grid shows).
    """
    pattern = search.compiled
    wanted = set(segment_ids) if segment_ids is not None else None
    found: list[Occurrence] = []
    for seg in document.segments:
        if seg.target is None or (wanted is not None and seg.id not in wanted):
            continue
        text = seg.target.text
        for match in pattern.finditer(text):
            if match.end() == match.start():
                continue
            new = match.group(0) if replacement is None else expand(match, replacement, search.regex)
            found.append(Occurrence(seg.id, match.start(), match.end(), match.group(0), new))
    return found


def apply_occurrences(document: BilingualDocument, places: list[Occurrence], words: bool = False) -> dict:
    """The new target Content of each segment the places change (right to left, so offsets stay valid).

    A place whose text is no longer where it was, or that overlaps one already taken, is left out;
    ``words`` replaces only the words that differ (a suggestion keeps a code between two words).
    Returns {segment id: Content}; segments left as they were are not in it.
    """
    by_segment: dict[str, list[Occurrence]] = {}
    for place in places:
        by_segment.setdefault(place.segment, []).append(place)
    out = {}
    for seg_id, group in by_segment.items():
        seg = document.segment(seg_id)
        if seg.target is None:
            continue
        content = seg.target
        taken_start = None
        for place in sorted(group, key=lambda p: (p.start, p.end), reverse=True):
            if taken_start is not None and place.end > taken_start:
                continue  # overlaps a place already replaced
            if content.text[place.start:place.end] != place.text:
                continue
            if words:
                content = content.replace_words(place.start, place.end, place.replacement)
            else:
                content = content.replace_span(place.start, place.end, place.replacement)
            taken_start = place.start
        if content.text != seg.target.text:
            out[seg_id] = content
    return out


class Stopped(Exception):
    """A preview search given up because a newer one replaced it."""


def preview_occurrences(owner, document: BilingualDocument, search: Search, replacement: str,
                        segment_ids=None, keep: int = 5000, stopped=None) -> tuple[list[Occurrence], int, int]:
    """What Find and replace previews on a big document, fast enough to run after each pause in typing:
    (the first ``keep`` places of :func:`find_occurrences`, the number of matches, the number of
    segments with one). Only the segments the text index finds (``text_index.matching_positions``,
    one pass in C for a plain search) are searched; the places beyond ``keep`` are counted, not made.
    ``stopped()`` true gives up (raises :class:`Stopped`); ``owner`` keeps the lowered texts (the session).
    """
    from .text_index import matching_positions
    pattern = search.compiled
    segments = document.segments
    wanted = set(segment_ids) if segment_ids is not None else None
    on_targets = Search(search.pattern, search.regex, search.case, search.whole_word, "target")
    places: list[Occurrence] = []
    matches = hit_segments = 0
    for n, position in enumerate(matching_positions(owner, segments, on_targets)):
        if stopped is not None and n % 1000 == 0 and stopped():
            raise Stopped
        seg = segments[position]
        if seg.target is None or (wanted is not None and seg.id not in wanted):
            continue
        text = seg.target.text
        found = 0
        if len(places) >= keep and not search.regex:  # a plain pattern never matches empty: count in C
            found = len(pattern.findall(text))
        else:
            for match in pattern.finditer(text):
                if match.end() == match.start():
                    continue
                found += 1
                if len(places) < keep:
                    new = expand(match, replacement, search.regex)
                    places.append(Occurrence(seg.id, match.start(), match.end(), match.group(0), new))
        matches += found
        hit_segments += found > 0
    return places, matches, hit_segments
