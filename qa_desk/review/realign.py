"""Manual alignment corrections of an aligned text pair: merge, split, re-link.

Each correction replaces a few consecutive segments by others, all cut from
the raw texts by offsets, and is recorded as that replacement (rows before,
rows after) so it can be undone exactly and replayed on the freshly aligned
document when the project is reopened. Only aligned text pairs qualify: an
XLIFF or TMX file brings its own segmentation, which qa-desk writes back as
it found it.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..align.paragraphs import split_paragraphs
from ..checks.alignment import LOW_CONFIDENCE
from ..align.segmenter import get_segmenter
from ..errors import InputError
from ..formats.text import TextPairNative
from ..model import BilingualDocument, Content, Segment

SIDES = ("source", "target")


def uncertain_link(seg: Segment) -> bool:
    """A link the aligner made with low confidence (the ``alignment`` check flags the same ones)."""
    return bool(seg.source.text.strip() and seg.target_text.strip() and seg.confidence < LOW_CONFIDENCE)


@dataclass(frozen=True)
class Row:
    """What a segment of a text pair is, as offsets: enough to rebuild it from the raw texts."""

    id: str
    src: tuple[int, int]
    tgt: tuple[int, int]
    paragraph: int
    link: str
    confidence: float

    def to_json(self) -> dict:
        return {"id": self.id, "src": list(self.src), "tgt": list(self.tgt), "paragraph": self.paragraph,
                "link": self.link, "confidence": self.confidence}

    @classmethod
    def from_json(cls, data: dict) -> Row:
        return cls(str(data["id"]), tuple(data["src"]), tuple(data["tgt"]), int(data["paragraph"]),
                   str(data["link"]), float(data["confidence"]))


@dataclass(frozen=True)
class Correction:
    """Rows ``before`` (starting at segment index ``at``) replaced by rows ``after``."""

    action: str  # merge, split, relink
    at: int
    before: tuple[Row, ...]
    after: tuple[Row, ...]

    def to_json(self) -> dict:
        return {"action": self.action, "at": self.at, "before": [r.to_json() for r in self.before],
                "after": [r.to_json() for r in self.after]}

    @classmethod
    def from_json(cls, data: dict) -> Correction:
        return cls(data["action"], int(data["at"]), tuple(Row.from_json(r) for r in data["before"]),
                   tuple(Row.from_json(r) for r in data["after"]))

    @property
    def segment_ids(self) -> set[str]:
        return {r.id for r in self.before} | {r.id for r in self.after}


def _native(doc: BilingualDocument) -> TextPairNative:
    if not isinstance(doc.native, TextPairNative):
        raise InputError("only an aligned text pair can be re-aligned by hand; this document's "
                         "segments come from its file", doc.path)
    return doc.native


def _row(seg: Segment) -> Row:
    s0, s1, t0, t1 = seg.native
    return Row(seg.id, (s0, s1), (t0, t1), seg.paragraph, seg.link, seg.confidence)


def _index(doc: BilingualDocument, seg_id: str) -> int:
    for k, seg in enumerate(doc.segments):
        if seg.id == seg_id:
            return k
    raise KeyError(seg_id)


def _unedited(doc: BilingualDocument, segments: list[Segment]) -> None:
    for seg in segments:
        if seg.modified:
            raise ValueError(f"segment {seg.id} has an edited target: undo the edit before changing "
                             "its alignment")
    _native(doc)


def _trim(raw: str, start: int, end: int) -> tuple[int, int]:
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else (start, start)


def _union(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    if a[0] == a[1]:
        return b
    if b[0] == b[1]:
        return a
    return min(a[0], b[0]), max(a[1], b[1])


def _kind(doc: BilingualDocument, src: tuple[int, int], tgt: tuple[int, int]) -> str:
    native = _native(doc)
    counts = []
    for lang, raw, (a, b) in ((doc.source_lang, native.source_raw, src), (doc.target_lang, native.target_raw, tgt)):
        counts.append(len(get_segmenter(lang).split(raw[a:b])) if b > a else 0)
    return f"{counts[0]}-{counts[1]}"


def _manual(doc: BilingualDocument, seg_id: str, src, tgt, paragraph: int) -> Row:
    return Row(seg_id, src, tgt, paragraph, _kind(doc, src, tgt), 1.0)  # the editor's link: trusted


def merge(doc: BilingualDocument, seg_id: str) -> Correction:
    """The segment and the next one become one (the first id stays)."""
    k = _index(doc, seg_id)
    if k + 1 >= len(doc.segments):
        raise ValueError(f"segment {seg_id} is the last one: nothing after it to merge with")
    first, second = doc.segments[k], doc.segments[k + 1]
    _unedited(doc, [first, second])
    a, b = _row(first), _row(second)
    merged = _manual(doc, a.id, _union(a.src, b.src), _union(a.tgt, b.tgt), a.paragraph)
    return Correction("merge", k, (a, b), (merged,))


def split(doc: BilingualDocument, seg_id: str, source_at: int, target_at: int) -> Correction:
    """Cut the segment in two at ``source_at`` / ``target_at`` (offsets in its source and target text).

    A cut at the start or end of a side leaves that side empty in one half:
    that is how a sentence is marked as an omission or an addition.
    """
    k = _index(doc, seg_id)
    seg = doc.segments[k]
    _unedited(doc, [seg])
    native = _native(doc)
    row = _row(seg)
    if not (0 <= source_at <= row.src[1] - row.src[0] and 0 <= target_at <= row.tgt[1] - row.tgt[0]):
        raise ValueError(f"split point outside segment {seg_id}")
    s_cut, t_cut = row.src[0] + source_at, row.tgt[0] + target_at
    halves = [(_trim(native.source_raw, row.src[0], s_cut), _trim(native.target_raw, row.tgt[0], t_cut)),
              (_trim(native.source_raw, s_cut, row.src[1]), _trim(native.target_raw, t_cut, row.tgt[1]))]
    if any(s[0] == s[1] and t[0] == t[1] for s, t in halves):
        raise ValueError(f"splitting segment {seg_id} there leaves an empty half")
    first = _manual(doc, row.id, *halves[0], row.paragraph)
    second = _manual(doc, _new_id(doc, row.id), *halves[1], row.paragraph)
    return Correction("split", k, (row,), (first, second))


def relink(doc: BilingualDocument, seg_id: str, side: str, direction: int) -> Correction:
    """Give one side of the segment to its neighbour (``direction`` -1: the previous one, +1: the next).

    The segment keeps its other side alone (an omission or an addition) and
    disappears if that side was empty too.
    """
    if side not in SIDES or direction not in (-1, 1):
        raise ValueError("relink needs side 'source' or 'target' and direction -1 or +1")
    k = _index(doc, seg_id)
    j = k + direction
    if not 0 <= j < len(doc.segments):
        raise ValueError(f"segment {seg_id} has no {'previous' if direction < 0 else 'next'} segment")
    seg, other = doc.segments[k], doc.segments[j]
    _unedited(doc, [seg, other])
    row, near = _row(seg), _row(other)
    moved = row.src if side == "source" else row.tgt
    if moved[0] == moved[1]:
        raise ValueError(f"the {side} of segment {seg_id} is empty: nothing to move")
    if side == "source":
        near_new = _manual(doc, near.id, _union(near.src, moved), near.tgt, near.paragraph)
        left = (moved[0], moved[0]) if direction > 0 else (moved[1], moved[1])
        row_new = _manual(doc, row.id, left, row.tgt, row.paragraph)
    else:
        near_new = _manual(doc, near.id, near.src, _union(near.tgt, moved), near.paragraph)
        left = (moved[0], moved[0]) if direction > 0 else (moved[1], moved[1])
        row_new = _manual(doc, row.id, row.src, left, row.paragraph)
    rows = [row_new, near_new] if direction > 0 else [near_new, row_new]
    rows = [r for r in rows if r.src[0] < r.src[1] or r.tgt[0] < r.tgt[1]]
    return Correction("relink", min(k, j), tuple([row, near] if direction > 0 else [near, row]), tuple(rows))


def _new_id(doc: BilingualDocument, base: str) -> str:
    taken = {s.id for s in doc.segments}
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def apply(doc: BilingualDocument, change: Correction, undo: bool = False) -> None:
    """Replace the rows in ``doc.segments`` (or put the old ones back with ``undo``)."""
    old, new = (change.after, change.before) if undo else (change.before, change.after)
    at = change.at
    current = [s.id for s in doc.segments[at:at + len(old)]]
    if current != [r.id for r in old]:
        raise InputError(f"the alignment correction at segment {at + 1} no longer fits the document "
                         f"({current} instead of {[r.id for r in old]})", doc.path)
    native = _native(doc)
    starts = ([start for start, _ in split_paragraphs(native.source_raw)],
              [start for start, _ in split_paragraphs(native.target_raw)])
    doc.segments[at:at + len(old)] = [_segment(native, starts, r) for r in new]


def _segment(native: TextPairNative, starts, row: Row) -> Segment:
    src, tgt = native.source_raw[row.src[0]:row.src[1]], native.target_raw[row.tgt[0]:row.tgt[1]]
    source_starts, target_starts = starts
    return Segment(id=row.id, source=Content(src), target=Content(tgt),
                   state="translated" if tgt else "initial", paragraph=row.paragraph,
                   source_paragraph=max(0, bisect_right(source_starts, row.src[0]) - 1),
                   target_paragraph=max(0, bisect_right(target_starts, row.tgt[0]) - 1) if tgt else -1,
                   link=row.link, confidence=row.confidence, native=(*row.src, *row.tgt))
