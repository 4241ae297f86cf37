"""Which segments a plain text search finds, fast on 100,000 segments: one pass in C over all texts.

:func:`matching_positions` answers the grid's text filter. A regular expression is tried on each text
alone (``^``, ``\\s`` or a lookaround could see past a text's edge); a plain search (escaped, maybe
whole word) runs over the texts joined by newlines, which its pattern cannot hold, so no match spans
two texts:

- matching case, the compiled pattern itself runs over the joined texts (its lookarounds see a
  newline at each edge, as they see the edge of one text);
- ignoring case, where ``re.IGNORECASE`` scans ten times slower, the lowered pattern is looked for
  with ``str.find`` in the texts lowered and folded with the ``re`` module's own extra case
  equivalences (``re._casefix``): two characters have the same key exactly when re.IGNORECASE calls
  them equal, so a text holds the key of the pattern exactly when the pattern matches it; a whole
  word search confirms each such text with the pattern's lookarounds. The answer is what a search
  per segment gives (tests/app/test_big_files.py compares them on tricky letters). The lowered
  texts are kept per session and side, and only the texts that changed are lowered again.
"""
from __future__ import annotations

import re
import threading
import weakref
from bisect import bisect_right
from itertools import accumulate

SEPARATOR = "\n"
DOTTED_I = "\u0130"  # the one character whose lowercase is two: ``re`` lowers it to "i"

try:  # the extra equivalences re.IGNORECASE applies beyond lower(): i/ı, s/ſ, µ/μ, σ/ς...
    from re._casefix import _EXTRA_CASES
except ImportError:  # another Python: no fast path, each text is searched alone
    _EXTRA_CASES = None


def _fold_table() -> dict[int, int]:
    """Each character of an equivalence class -> the class's smallest member."""
    table: dict[int, int] = {}
    for code, others in (_EXTRA_CASES or {}).items():
        group = {code, *others}
        for member in list(group):
            group |= set(_EXTRA_CASES.get(member, ()))
        smallest = min(group)
        for member in group:
            if member != smallest:
                table[member] = smallest
    return table


FOLD = _fold_table()
_FOLDED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(FOLD)) + "]") if FOLD else None


def _lower(text: str) -> str:
    return (text.replace(DOTTED_I, "i") if DOTTED_I in text else text).lower()


def key(text: str) -> str:
    """A text lowered and folded the way re.IGNORECASE compares (same length as the text)."""
    lowered = _lower(text)
    if _FOLDED is not None and _FOLDED.search(lowered):
        lowered = lowered.translate(FOLD)
    return lowered


CHUNK = 2000  # texts searched in one call: a search over 100,000 joined held the GIL 0.1-0.3 s


def keys(texts: list[str]) -> list[str]:
    """:func:`key` of each text; the fold is looked for once per ``CHUNK`` texts joined."""
    lowered = [_lower(t) for t in texts]
    if _FOLDED is None:
        return lowered
    for start in range(0, len(lowered), CHUNK):
        if _FOLDED.search(SEPARATOR.join(lowered[start:start + CHUNK])):
            lowered[start:start + CHUNK] = [k.translate(FOLD) if _FOLDED.search(k) else k
                                            for k in lowered[start:start + CHUNK]]
    return lowered


class _Side:
    """The texts of one side, lowered, joined ``CHUNK`` at a time with their starts; a piece is joined
    again only when one of its texts changed (joining 100,000 texts in one call held the GIL 75-110 ms
    in the app's worker: a 20-million-character string written in one go)."""

    def __init__(self):
        self.contents: list = []
        self.keys: list[str] = []
        self.pieces: list[str] = []  # keys[n * CHUNK:(n + 1) * CHUNK] joined by SEPARATOR
        self.starts: list[list[int]] = []  # each piece's texts' starts in it

    def refresh(self, contents: list) -> None:
        if contents == self.contents and self.pieces:  # identity first: no text compared when none changed
            return
        if len(contents) != len(self.contents):
            self.keys = keys([c.text if c is not None else "" for c in contents])
            stale = range(0, len(contents), CHUNK)
            self.pieces, self.starts = [], []
        else:
            stale = {}
            for n, (new, old) in enumerate(zip(contents, self.contents)):
                if new is not old:
                    self.keys[n] = key(new.text) if new is not None else ""
                    stale[n - n % CHUNK] = True
        self.contents = list(contents)
        for first in stale:
            chunk = self.keys[first:first + CHUNK]
            starts = list(accumulate((len(k) + 1 for k in chunk[:-1]), initial=0))
            if first // CHUNK == len(self.pieces):
                self.pieces.append(SEPARATOR.join(chunk))
                self.starts.append(starts)
            else:
                self.pieces[first // CHUNK] = SEPARATOR.join(chunk)
                self.starts[first // CHUNK] = starts

    def find_all(self, needle: str) -> list[int]:
        """Positions of the texts holding ``needle``, piece by piece."""
        hits: list[int] = []
        for n, (piece, starts) in enumerate(zip(self.pieces, self.starts)):
            hits.extend(n * CHUNK + i for i in _find_all(piece, starts, needle))
        return hits


class TextIndex:
    """Lowered texts of one document, per side; thread-safe (a worker may build it)."""

    def __init__(self):
        self._sides = {"source": _Side(), "target": _Side()}
        self._lock = threading.Lock()

    def _refreshed(self, segments: list, side: str) -> _Side:
        index = self._sides[side]
        index.refresh([s.source for s in segments] if side == "source" else [s.target for s in segments])
        return index

    def build(self, segments: list) -> None:
        with self._lock:
            for side in self._sides:
                self._refreshed(segments, side)

    def candidates(self, segments: list, side: str, needle: str) -> list[int]:
        """Positions of the segments whose lowered text contains ``needle`` (already a key)."""
        with self._lock:
            return self._refreshed(segments, side).find_all(needle)


_INDEXES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_INDEXES_LOCK = threading.Lock()


def index_of(owner) -> TextIndex:
    """The index kept for a session (or any object holding a document), made on first use."""
    with _INDEXES_LOCK:
        index = _INDEXES.get(owner)
        if index is None:
            index = _INDEXES[owner] = TextIndex()
        return index


def warm(owner, segments: list) -> None:
    """Lower every text now (a worker calls it after opening, so the first search is quick)."""
    if _EXTRA_CASES is None:
        return
    index_of(owner).build(segments)


def _find_all(joined: str, starts: list[int], needle: str) -> list[int]:
    """Positions (into ``starts``) of the texts holding ``needle``; one hit a text is enough."""
    hits: list[int] = []
    position = joined.find(needle)
    last = len(starts) - 1
    while position >= 0:
        index = bisect_right(starts, position) - 1
        hits.append(index)
        if index >= last:
            break
        position = joined.find(needle, starts[index + 1])
    return hits


def _pattern_hits(pattern, texts: list[str]) -> list[int]:
    """Positions of the texts where ``pattern`` (it holds no newline) matches, in one pass over them."""
    joined = SEPARATOR.join(texts)
    starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    hits: list[int] = []
    last = len(starts) - 1
    match = pattern.search(joined)
    while match is not None:
        index = bisect_right(starts, match.start()) - 1
        hits.append(index)
        if index >= last:
            break
        match = pattern.search(joined, starts[index + 1])
    return hits


def matching_positions(owner, segments: list, search) -> list[int]:
    """Positions in ``segments`` whose source / target (``search.side``) holds a match, in order.

    ``owner`` keeps the lowered texts between calls (the session); ``segments`` are all its segments.
    """
    pattern = search.compiled  # a bad pattern raises here, once
    sides = ("source", "target") if search.side == "both" else (search.side,)
    if not segments:
        return []
    if search.regex or SEPARATOR in search.pattern:
        return [n for n, s in enumerate(segments) if search.segment_matches(s)]
    found: set[int] = set()
    needle = key(search.pattern)
    if not search.case and _EXTRA_CASES is not None and len(search.pattern.lower()) == len(search.pattern):
        index = index_of(owner)
        for side in sides:
            hits = index.candidates(segments, side, needle)
            if not search.whole_word:  # equal keys are what re.IGNORECASE calls equal: each hit is a match
                if len(sides) == 1:
                    return hits
                found.update(hits)
                continue
            for n in hits:  # a whole word: the pattern's lookarounds decide
                if n in found:
                    continue
                seg = segments[n]
                text = seg.source.text if side == "source" else seg.target_text
                if pattern.search(text) is not None:
                    found.add(n)
        return sorted(found)
    for side in sides:
        texts = [s.source.text for s in segments] if side == "source" else [s.target_text for s in segments]
        found.update(_pattern_hits(pattern, texts))
    return sorted(found)
