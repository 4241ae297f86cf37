"""The review session: one document under review, every change recorded and saved.

The session owns the document's working text, its issues, the edits and the
decisions on them; each mutating call commits to the project file before it
returns and answers with a :class:`Changes` naming what moved, so views
refresh only that (Anki's ``OpChanges``). Undo lives in the app's QUndoStack:
every call here has an inverse the app can call, and the session keeps no
second history (the audit trail records undo like any other call).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import BilingualDocument, Issue

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


class ReviewSession:
    """One document under review inside a project (a SQLite file, or memory)."""

    document: BilingualDocument
    issues: list[IssueRecord]
    edits: list[Edit]

    @classmethod
    def open_files(cls, paths: list[str], project_path: str | None = None, check_ids=None,
                   user: str = "translator") -> "ReviewSession":
        """Read a bilingual file or a SOURCE TARGET text pair, run the checks, start reviewing.

        With ``project_path`` the document is added to that project (created if
        missing; reopened with its decisions if these paths are already in it);
        without, the session lives in memory until :meth:`save_as`.
        """
        raise NotImplementedError

    @classmethod
    def open_project(cls, project_path: str, document: int | None = None) -> "ReviewSession":
        """Reopen a project (its last-opened document unless ``document`` names one)."""
        raise NotImplementedError

    @property
    def project(self):
        """The :class:`~qa_desk.review.project.Project` file, or None for an in-memory session."""
        raise NotImplementedError

    def save_as(self, project_path: str) -> None:
        """Copy an in-memory (or other) session into a project file and continue there."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the project's lock and connection."""
        raise NotImplementedError

    def __enter__(self) -> "ReviewSession":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading -----------------------------------------------------------
    def people(self) -> list:
        """The cast's people (objects with .key, .name, .gender, .evidence), or [] when none."""
        raise NotImplementedError

    def issues_for(self, segment_id: str) -> list[IssueRecord]:
        """The issue records of one segment, in document order."""
        raise NotImplementedError

    def record(self, signature: str) -> IssueRecord:
        """The issue record with this signature (KeyError if none)."""
        raise NotImplementedError

    def edits_for(self, segment_id: str) -> list[Edit]:
        raise NotImplementedError

    def edit(self, edit_id: int) -> Edit:
        raise NotImplementedError

    def audit_trail(self) -> list["AuditEntry"]:
        """Who did what when, oldest first."""
        raise NotImplementedError

    # -- translator side ---------------------------------------------------
    def set_target(self, segment_id: str, text: str, *, user: str, check: str = "manual",
                   issue_signature: str = "") -> Changes:
        """Replace a segment's target text; records an Edit, re-checks, saves.

        Only that segment's issues are replaced. Inverse: ``set_target`` back
        to the old text — when that undoes the segment's last pending edit,
        the edit is withdrawn instead of a second edit being recorded.
        """
        raise NotImplementedError

    def apply_suggestion(self, signature: str, index: int = 0, *, user: str) -> Changes:
        """Apply suggestion ``index`` of an issue to its span; the issue becomes fixed."""
        raise NotImplementedError

    def ignore(self, signature: str, reason: str, scope: str = "document", *, user: str) -> Changes:
        """Mark an issue a false positive; scope "project" = ignored in every document of the project.

        Project scope matches by (check, person, flagged text), not offsets.
        Inverse: :meth:`unignore`.
        """
        raise NotImplementedError

    def unignore(self, signature: str, *, user: str) -> Changes:
        raise NotImplementedError

    def set_person_gender(self, person_key: str, gender: str | None, *, user: str) -> Changes:
        """Override a person's gender ('female', 'male', 'unknown'; None clears) and re-check all."""
        raise NotImplementedError

    def person_overrides(self) -> dict[str, str]:
        raise NotImplementedError

    def recheck(self, segment_ids=None) -> Changes:
        """Re-run the checks; with ``segment_ids`` only those segments' issues are replaced."""
        raise NotImplementedError

    # -- editor side -------------------------------------------------------
    def decide(self, edit_id: int, decision: str, *, user: str) -> Changes:
        """Accept, reject or reset ("pending", the undo) one edit; rejecting reverts its text."""
        raise NotImplementedError

    def decide_all(self, check: str, decision: str, *, user: str) -> Changes:
        """Decide every edit of one check ("manual" for hand edits, "all" for every edit)."""
        raise NotImplementedError

    # -- output ------------------------------------------------------------
    def export(self, path: str, fmt: str | None = None) -> str:
        """Write the corrected document with ACCEPTED edits only; returns the format used."""
        raise NotImplementedError

    def export_report(self, path: str, kind: str = "html") -> None:
        """Write the QA report with its MQM scorecard: kind "html" or "csv"."""
        raise NotImplementedError
