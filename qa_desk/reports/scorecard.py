"""The MQM-style scorecard behind both reports.

Penalty points over open issues (MQM defaults: minor 1, major 5, critical 25,
info 0) normalised per 1,000 source words, and the post-edit distance
between the target as read and the corrected target: TER and chrF from
sacrebleu, per segment and for the whole document. TER is computed with the
original as hypothesis and the corrected text as reference (HTER: the share
of words an editor had to change).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..model import SEVERITIES

PENALTIES = {"info": 0, "minor": 1, "major": 5, "critical": 25}


@dataclass
class SegmentScore:
    id: str
    source: str
    original: str
    corrected: str
    source_words: int
    penalty: int
    open_issues: int
    ter: float | None  # None when the segment has no target either way
    chrf: float | None


@dataclass
class Scorecard:
    source_words: int
    open_by_severity: dict[str, int]
    status_counts: dict[str, int]
    decision_counts: dict[str, int]
    penalty: int
    penalty_per_1000: float
    ter: float | None
    chrf: float | None
    segments: list[SegmentScore] = field(default_factory=list)


def _words(text: str) -> int:
    return len(text.split())


def build_scorecard(data) -> Scorecard:
    """Figures for ``data.corrected`` (usually the accepted-edits copy) against the targets as read."""
    from sacrebleu.metrics import CHRF, TER

    ter_metric, chrf_metric = TER(), CHRF()
    open_records = [r for r in data.records if r.status == "open"]
    penalty_by_segment: Counter = Counter()
    count_by_segment: Counter = Counter()
    for record in open_records:
        penalty_by_segment[record.issue.segment] += PENALTIES.get(record.issue.severity, 0)
        count_by_segment[record.issue.segment] += 1
    rows, hyps, refs = [], [], []
    for seg in data.corrected.segments:
        original = seg.original_target or ""
        fixed = seg.target_text
        ter = chrf = None
        if original.strip() or fixed.strip():
            if original == fixed:  # unchanged: the metrics' own answer, without running them
                ter, chrf = 0.0, 100.0
            else:
                ter = ter_metric.sentence_score(original, [fixed]).score
                chrf = chrf_metric.sentence_score(original, [fixed]).score
            hyps.append(original)
            refs.append(fixed)
        rows.append(SegmentScore(seg.id, seg.source.text, original, fixed, _words(seg.source.text),
                                 penalty_by_segment[seg.id], count_by_segment[seg.id], ter, chrf))
    words = sum(r.source_words for r in rows)
    penalty = sum(PENALTIES.get(r.issue.severity, 0) for r in open_records)
    by_severity = Counter(r.issue.severity for r in open_records)
    unchanged = hyps == refs
    return Scorecard(
        source_words=words,
        open_by_severity={s: by_severity.get(s, 0) for s in reversed(SEVERITIES)},
        status_counts=dict(Counter(r.status for r in data.records)),
        decision_counts=dict(Counter(e.decision for e in data.edits)),
        penalty=penalty,
        penalty_per_1000=penalty * 1000 / words if words else 0.0,
        ter=(0.0 if unchanged else ter_metric.corpus_score(hyps, [refs]).score) if hyps else None,
        chrf=(100.0 if unchanged else chrf_metric.corpus_score(hyps, [refs]).score) if hyps else None,
        segments=rows)


def mqm_score(card: Scorecard) -> float:
    """MQM-style quality score: 100 minus the penalty points per 100 source words (may go below 0)."""
    return 100.0 - card.penalty * 100 / card.source_words if card.source_words else 100.0


def verdict(card: Scorecard, threshold: float | None) -> bool | None:
    """True (pass) when the MQM score reaches the profile's pass mark, False (fail) below it, None without one."""
    if threshold is None:
        return None
    return mqm_score(card) >= threshold


def message_of(issue) -> str:
    """An issue's message, with the rule and line of the file for a file issue."""
    if not issue.rule:
        return issue.message
    where = f"line {issue.line}, " if issue.line else ""
    return f"[{issue.rule}] {where}{issue.message}"
