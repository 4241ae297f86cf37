"""The session's plain data: issue records, edits, change sets, audit entries."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Issue

ISSUE_STATUSES = ("open", "fixed", "ignored")  # translator side
DECISIONS = ("pending", "accepted", "rejected")  # editor side, per edit
IGNORE_SCOPES = ("document", "project")


@dataclass
class IssueRecord:
    """An issue and what the translator did about it; keyed by ``issue.signature``."""

    issue: Issue
    status: str = "open"
    ignore_reason: str = ""
    ignore_scope: str = ""  # "", "document" or "project"

    @property
    def signature(self) -> str:
        return self.issue.signature


@dataclass
class Edit:
    """One change of one segment's target, waiting for (or carrying) the editor's decision."""

    id: int
    segment: str
    before: str
    after: str
    check: str  # the check whose suggestion it applies, "manual" for a hand edit
    issue_signature: str
    user: str
    time: str  # ISO 8601 UTC
    decision: str = "pending"
    decided_by: str = ""
    decided_at: str = ""


@dataclass
class Changes:
    """What one call changed, so views refresh only that."""

    segments: set[str] = field(default_factory=set)
    issues_changed: bool = False
    people_changed: bool = False
    edits: list[int] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.segments or self.issues_changed or self.people_changed or self.edits)


@dataclass
class AuditEntry:
    """Who did what when (every session call appends one, undo included)."""

    id: int
    time: str
    user: str
    action: str  # open, set_target, apply_suggestion, ignore, unignore, decide, ...
    document: int  # the project's document id
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class PersonView:
    """A person as stored in the project, used when the live cast is not built yet."""

    key: str
    name: str
    gender: str
    evidence: list = field(default_factory=list)
    override: str | None = None
