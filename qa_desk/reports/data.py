"""What a report shows, whoever made it: a check run from the command, or a review session.

The HTML and CSV writers and the scorecard read a :class:`ReportData` only, so ``qa-desk check
--format html`` and the app's File > Export QA report write the same report.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import BilingualDocument, Issue


@dataclass
class ReportRecord:
    """An issue and what was done about it (a check run's issues are all open)."""

    issue: Issue
    status: str = "open"  # open, fixed, ignored
    ignore_reason: str = ""
    ignore_scope: str = ""
    pending_fix: bool = False  # open because the edit that fixes it is not accepted yet


@dataclass
class ReportData:
    document: BilingualDocument  # the targets as read
    corrected: BilingualDocument  # the text the report scores (accepted edits; as read for a check run)
    records: list = field(default_factory=list)  # ReportRecord or the session's IssueRecord
    people: list = field(default_factory=list)  # objects with .key, .name, .gender, .evidence
    overrides: dict[str, str] = field(default_factory=dict)  # person key -> gender set by the user
    edits: list = field(default_factory=list)  # the session's edits and decisions
    settings: dict = field(default_factory=dict)  # the profile: [report] pass threshold, language
    audit: list = field(default_factory=list)  # the session's audit entries (a check run has none)
    lang: str = ""  # "en" or "fr" (the desk's language); the profile's [report] language comes first

    @property
    def language(self) -> str:
        return str(self.settings.get("report", {}).get("language") or self.lang or "en")

    @property
    def pass_threshold(self) -> float | None:
        """The MQM score a document needs to pass (profile ``[report] pass_threshold``), if any."""
        value = self.settings.get("report", {}).get("pass_threshold")
        return float(value) if value is not None else None

    def number_of(self) -> dict[str, int]:
        """Segment id -> its number in the document (1-based): the one numbering of the desk."""
        return {seg.id: n for n, seg in enumerate(self.document.segments, 1)}

    @classmethod
    def from_run(cls, run: Any) -> "ReportData":
        """A check run: every issue open, nothing edited."""
        cast = run.people()
        people = list(cast.named()) if cast is not None and hasattr(cast, "named") else []
        return cls(run.document, run.document, [ReportRecord(issue) for issue in run.issues], people,
                   settings=dict(run.context.settings))

    def people_flagged(self) -> int:
        """People some open issue is about."""
        return len({r.issue.person for r in self.records if r.status == "open" and r.issue.person})
