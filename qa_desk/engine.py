"""The engine's one-way flow: read -> segment -> align -> analyse -> check -> fix -> write.

The command, the review session and the app all go through these functions;
nothing here knows about Qt.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable

from .checks.house_style import one_per_document
from .checks.registry import CheckContext, CheckInfo, select_checks
from .errors import InputError
from .formats import read_bilingual, sniff_format, write_document
from .settings.ignores import filter_issues
from .model import STATES, BilingualDocument, Issue, severity_rank


def load_document(paths: list[str], srx_path: str | None = None) -> BilingualDocument:
    """One bilingual file (XLIFF, TMX) or a SOURCE TARGET plain-text pair."""
    for path in paths:
        if not Path(path).exists():
            raise InputError("no such file", str(path))
    if len(paths) == 1:
        return read_bilingual(paths[0])
    if len(paths) == 2:
        for path in paths:
            if sniff_format(path) != "text":
                raise InputError("a bilingual file goes alone; give SOURCE TARGET only for plain text",
                                 str(path))
        from .formats.text import read_pair
        return read_pair(str(paths[0]), str(paths[1]), srx_path=srx_path)
    raise InputError("give one bilingual file, or a SOURCE and a TARGET text file")


@dataclass
class CheckRun:
    """The result of running checks on a document, with the analyses kept for re-use."""

    document: BilingualDocument
    issues: list[Issue]
    context: CheckContext
    checks: list[CheckInfo] = field(default_factory=list)
    partial: set[str] = field(default_factory=set)  # checks run on some segments only

    def people(self) -> Any:
        return self.context.analyses.get("people")


def run_checks(doc: BilingualDocument, check_ids: str | Iterable[str] | None = None,
               settings: dict | None = None, analyses: dict | None = None,
               segment_ids: set[str] | None = None, cache=None) -> CheckRun:
    """Run the chosen checks (all by default) and return issues sorted by segment order.

    With ``segment_ids`` (a re-check after an edit), checks registered with scope "segment"
    run on those segments only; document-scope checks still see the whole document.
    ``CheckRun.partial`` names the checks that ran on the given segments only.
    ``cache`` (a :class:`~qa_desk.checks.segment_cache.SegmentResults`): the segment checks'
    issues of a segment that reads as when they were found are taken from it, not found again.
    """
    try:
        checks = select_checks(check_ids)
    except KeyError as exc:
        raise InputError(f"unknown check {exc.args[0]!r}; 'qa-desk checks' lists them") from None
    context = CheckContext(doc, analyses if analyses is not None else {}, settings or {})
    local = None
    if segment_ids is not None:
        local = CheckContext(replace(doc, segments=[s for s in doc.segments if s.id in segment_ids], _index={}),
                             context.analyses, context.settings)
    issues: list[Issue] = []
    partial: set[str] = set()
    disabled = context.settings.get("disabled", ())
    checks = [info for info in checks if info.id not in disabled]
    if cache is not None:
        by_segment = [info for info in checks if info.scope == "segment"]
        checks = [info for info in checks if info.scope != "segment"]
        issues.extend(cache.run(by_segment, context, (local or context).document.segments))
        if local is not None:
            partial.update(info.id for info in by_segment)
    for info in checks:
        if local is not None and info.scope == "segment":
            partial.add(info.id)
            issues.extend(info.function(local))
        else:
            issues.extend(info.function(context))
    issues = filter_issues(issues, doc, context.settings)  # the profile's desk-wide ignores and exceptions
    order = {seg.id: n for n, seg in enumerate(doc.segments)}
    issues.sort(key=lambda i: (order.get(i.segment, 0), i.side != "source", i.start, i.check))
    issues = one_per_document(issues, order)  # the document's typography habits said once
    return CheckRun(doc, issues, context, checks, partial)


def at_or_above(issues: Iterable[Issue], severity: str) -> list[Issue]:
    floor = severity_rank(severity)
    return [i for i in issues if severity_rank(i.severity) >= floor]


def apply_suggestions(doc: BilingualDocument, issues: Iterable[Issue], overlapped: list | None = None) -> list[Issue]:
    """Apply the first suggestion of each target issue; overlapping ones after the first are skipped
    (and added to ``overlapped`` when given).

    Spans are applied right to left inside a segment so earlier offsets stay valid.
    Returns the issues actually applied.
    """
    by_segment: dict[str, list[Issue]] = {}
    for issue in issues:
        for one in expand_document_issue(issue):
            if one.side == "target" and one.suggestions and one.end >= one.start:
                by_segment.setdefault(one.segment, []).append(one)
    applied = []
    for seg_id, seg_issues in by_segment.items():
        seg = doc.segment(seg_id)
        if seg.target is None:
            continue
        chosen: list[Issue] = []
        for issue in sorted(seg_issues, key=lambda i: (i.start, -i.end)):
            if chosen and issue.start < chosen[-1].end:
                if overlapped is not None:
                    overlapped.append(issue)
                continue  # overlaps a fix already chosen
            if seg.target.text[issue.start:issue.end] != issue.text:
                continue  # stale issue: text changed since it was found
            chosen.append(issue)
        for issue in reversed(chosen):
            seg.target = seg.target.replace_words(issue.start, issue.end, issue.suggestions[0])
        applied.extend(chosen)
    return applied


FIX_PASSES = 3  # at most: a pass only follows one that left an overlapping fix out


def fix_in_passes(doc: BilingualDocument, check_ids, settings: dict | None = None,
                  analyses: dict | None = None) -> tuple[CheckRun, list[Issue]]:
    """Run the checks and apply their first suggestions; where a fix was left out because it overlapped
    another (two people's words in one sentence: "Insatisfaite, Simonds la poussa ..., comme elle-même",
    one issue's span holding the other's word), check again and apply what is still wrong, as an editor
    applying one suggestion after another would. Returns the first run and every fix applied."""
    run = run_checks(doc, check_ids, settings=settings, analyses=analyses)
    overlapped: list[Issue] = []
    applied = apply_suggestions(doc, run.issues, overlapped)
    for _ in range(FIX_PASSES - 1):
        if not overlapped:
            break
        segments = {issue.segment for issue in overlapped}
        overlapped = []
        again = run_checks(doc, check_ids, settings=settings)  # new analyses: the targets changed
        more = apply_suggestions(doc, [i for i in again.issues if i.segment in segments], overlapped)
        if not more:
            break
        applied.extend(more)
    return run, applied


def expand_document_issue(issue: Issue) -> list[Issue]:
    """A document-level issue as one issue per occurrence ("fix all"); any other issue as itself."""
    if not issue.is_document_level or not issue.occurrences:
        return [issue]
    return [replace(issue, segment=o.segment, start=o.start, end=o.end, text=o.text, suggestions=[o.replacement],
                    scope="segment", occurrences=[]) for o in issue.occurrences]


def save_document(doc: BilingualDocument, path: str, fmt: str | None = None,
                  issues: list[Issue] | None = None) -> str:
    return write_document(doc, path, fmt, issues)


def settle_states(doc: BilingualDocument, settings: dict | None = None) -> None:
    """Segments whose text qa-desk changed take the profile's state for fixed segments.

    ``[states] fixed`` in the profile: a state applied as it is, or "unchanged". Without one,
    "reviewed", never lowering a segment (a final one stays final). The profile's native values
    (``sdlxliff = "Translated"``...) go to the writers through ``doc.native_states``.
    """
    table = (settings or {}).get("states", {})
    doc.native_states = {k: v for k, v in table.items() if k != "fixed"}
    chosen = table.get("fixed")
    if chosen == "unchanged":
        return
    for seg in doc.segments:
        if not seg.modified:
            continue
        if chosen:
            seg.state = chosen
        elif seg.state not in STATES or STATES.index(seg.state) < STATES.index("reviewed"):
            seg.state = "reviewed"
