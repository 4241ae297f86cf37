"""The bilingual document: an ordered list of segment pairs.

Plain dataclasses, no Qt and no format knowledge: readers fill ``native``
fields with what their writer needs to put an edited segment back exactly
where it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .content import Content

# Normalised segment states (XLIFF 2 names); formats map their own to these.
STATES = ("initial", "translated", "reviewed", "final")


@dataclass
class Problem:
    """A rule of its format the file breaks (schema or constraint), found by reading or validating.

    Reading goes on past it: the checks report it as a ``file`` issue, ``qa-desk validate`` prints it.
    """

    rule: str  # short id: "xsd", "unique-unit-id", "srcLang"...
    message: str
    line: int | None = None
    severity: str = "error"  # "error" breaks the specification; "warning" is advice only

    def describe(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        return f"{where}[{self.rule}] {self.message}"


@dataclass
class QualityMark:
    """An ITS 2.0 localization-quality-issue mark read from a file (qa-desk's own export, or a tool's).

    Readers keep its span out of the text's codes (the target reads as plain text); a session that
    opens the file gives a disabled mark's issue its ignore back (``enabled`` False).
    """

    start: int  # span in the target's plain text (an empty span at 0: an issue about the source)
    end: int
    type: str = ""  # its:locQualityIssueType
    comment: str = ""
    severity: str = ""  # its:locQualityIssueSeverity, 0-100 as written
    enabled: bool = True  # its:locQualityIssueEnabled="no" -> False


@dataclass
class Segment:
    """One aligned pair: source and target content, state and notes.

    ``source`` or ``target`` may be empty when the aligner found no
    counterpart (an omission has an empty target, an addition an empty source).
    ``target`` is None only when a bilingual file has no target at all.
    """

    id: str
    source: Content
    target: Content | None
    state: str = "initial"
    notes: list[str] = field(default_factory=list)
    paragraph: int = 0  # index of the paragraph (text) or unit (XLIFF) it belongs to
    source_paragraph: int = -1  # index of the source paragraph, when it differs (aligned text pairs)
    target_paragraph: int = -1  # index of the target paragraph, likewise
    link: str = "1-1"  # alignment link type, e.g. 1-1, 2-1, 1-0, 0-1
    confidence: float = 1.0  # alignment confidence, 0..1
    native: Any = None  # reader's handle to write it back
    original_target: str | None = None  # target text as read, before any fix
    quality_marks: list[QualityMark] = field(default_factory=list)  # ITS issue marks the target carried

    def __post_init__(self) -> None:
        if self.original_target is None and self.target is not None:
            self.original_target = self.target.text

    @property
    def source_paragraph_index(self) -> int:
        return self.source_paragraph if self.source_paragraph >= 0 else self.paragraph

    @property
    def target_paragraph_index(self) -> int:
        return self.target_paragraph if self.target_paragraph >= 0 else self.paragraph

    @property
    def target_text(self) -> str:
        return self.target.text if self.target is not None else ""

    @property
    def modified(self) -> bool:
        return self.target is not None and self.target.text != self.original_target


@dataclass
class BilingualDocument:
    """A source/target pair of texts, segmented and aligned."""

    segments: list[Segment]
    source_lang: str = "en"
    target_lang: str = "fr"
    format: str = "text"  # text, xliff12, xliff2, tmx
    path: str = ""  # first input file
    target_path: str = ""  # second input file, for a plain-text pair
    version: str = ""  # format version, e.g. "1.2", "2.1"
    native: Any = None  # reader's handle (tree, raw texts...)
    dialect: str = ""  # the tool that wrote it, when it shows: sdlxliff, mqxliff, mxliff...
    raw: bytes | None = None  # the bytes read, for writers that keep what did not change
    native_states: dict = field(default_factory=dict)  # dialect -> state value for changed segments (profile)
    problems: list[Problem] = field(default_factory=list)  # rules of the format the file breaks

    _index: dict = field(default_factory=dict, repr=False, compare=False)

    def segment(self, seg_id: str) -> Segment:
        """The segment with this id (an index, rebuilt when the segment list changed)."""
        seg = self._index.get(seg_id)
        if seg is None or seg.id != seg_id or len(self._index) != len(self.segments):
            self._index.clear()
            self._index.update((s.id, s) for s in self.segments)
            seg = self._index.get(seg_id)
            if seg is None:
                raise KeyError(seg_id)
        return seg

    def word_count(self) -> int:
        return sum(len(s.source.text.split()) for s in self.segments)
