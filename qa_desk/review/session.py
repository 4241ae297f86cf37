"""The review session: one document under review, every change recorded and saved.

The session owns the document's working text, its issues, the edits and the
decisions on them; each mutating call commits to the project file before it
returns and answers with a :class:`Changes` naming what moved, so views
refresh only that (Anki's ``OpChanges``). Undo lives in the app's QUndoStack:
every call here has an inverse the app can call, and the session keeps no
second history (the audit trail records undo like any other call).
"""
from __future__ import annotations

from ..model import BilingualDocument
from .session_types import (DECISIONS, IGNORE_SCOPES, ISSUE_STATUSES, AuditEntry, Changes, Edit,  # noqa: F401
                            IssueRecord, PersonView)

from pathlib import Path

from ..checks.segment_cache import SegmentResults
from ..errors import InputError
from . import opening, records
from .bulk import BulkMixin
from .checking import CheckingMixin
from .decisions import DecisionsMixin
from .editing import GENDERS, EditingMixin  # noqa: F401 (GENDERS: the old import path)
from .realign import apply as apply_correction
from .realigning import RealigningMixin
from .states import StatesMixin
from .project import Project, now_iso
from .records import IgnoreRule


class ReviewSession(EditingMixin, CheckingMixin, DecisionsMixin, RealigningMixin, BulkMixin, StatesMixin):
    """One document under review inside a project (a SQLite file, or memory)."""

    document: BilingualDocument
    issues: list[IssueRecord]
    edits: list[Edit]

    def __init__(self, store: Project, doc_id: int, document: BilingualDocument, check_ids=None,
                 settings: dict | None = None, user: str = "translator"):
        """Use :meth:`open_files`, :meth:`open_project` or :meth:`from_document` instead."""
        self._store = store
        self.doc_id = doc_id
        self.document = document
        self.check_ids = check_ids
        self.settings = dict(settings or {})
        self.user = user
        self._originals = {s.id: (s.target.copy() if s.target is not None else None)
                           for s in document.segments}
        self._order = {s.id: n for n, s in enumerate(document.segments)}
        self.issues = []
        self.edits = []
        self._ignores: list[IgnoreRule] = []
        self._overrides: dict[str, str] = {}
        self._analyses: dict = {}
        self._segment_results = SegmentResults()  # the segment checks' issues by what a segment reads
        self._people: list[dict] = []
        self._moved_rules: list[IgnoreRule] = []  # ignores whose issue moved, not yet saved
        self._saved_anchors: set[str] = set()  # segments holding a stored document-level issue
        self.unchecked: set[str] = set()  # segments a bulk call changed, their re-check still to run
        self._reopened: set[str] = set()  # fixed issues a reviewer reopened (signatures)
        self.last_check_seconds = 0.0  # wall time of the last run of the checks

    # -- opening -----------------------------------------------------------
    @classmethod
    def open_files(cls, paths: list[str], project_path: str | None = None, check_ids=None,
                   user: str = "translator", settings: dict | None = None,
                   run_checks: bool = True) -> "ReviewSession":
        """Read a bilingual file or a SOURCE TARGET text pair, run the checks, start reviewing.

        With ``project_path`` the document is added to that project (created if
        missing; reopened with its decisions if these paths are already in it);
        without, the session lives in memory until :meth:`save_as`.
        ``run_checks=False`` opens a new document without issues, so a caller
        can show it at once and call :meth:`recheck` next.
        """
        store = Project(project_path)
        try:
            doc_id = None if store.in_memory else store.find_document([str(p) for p in paths])
            if doc_id is not None:
                return cls._restore(store, doc_id, user)
            doc_id, doc = opening.add_files(store, paths, check_ids, settings)
            return cls._start(store, doc_id, doc, check_ids, settings, user, run_checks)
        except BaseException:
            store.close()
            raise

    @classmethod
    def from_document(cls, document: BilingualDocument, project_path: str | None = None,
                      check_ids=None, user: str = "translator",
                      settings: dict | None = None) -> "ReviewSession":
        """Review a document built in memory (kept in the project as a JSON snapshot)."""
        store = Project(project_path)
        try:
            doc_id = opening.add_snapshot(store, document, check_ids, settings)
            return cls._start(store, doc_id, document, check_ids, settings, user)
        except BaseException:
            store.close()
            raise

    @classmethod
    def open_project(cls, project_path: str, document: int | None = None,
                     user: str = "translator") -> "ReviewSession":
        """Reopen a project (its last-opened document unless ``document`` names one)."""
        if not Path(project_path).is_file():
            raise InputError("no such project file", str(project_path))
        store = Project(project_path)
        try:
            doc_id = document if document is not None else store.last_document()
            if doc_id is None:
                raise InputError("the project holds no document", str(project_path))
            return cls._restore(store, doc_id, user)
        except BaseException:
            store.close()
            raise

    @classmethod
    def _start(cls, store, doc_id, doc, check_ids, settings, user, checks=True) -> "ReviewSession":
        session = cls(store, doc_id, doc, check_ids, settings, user)
        session._ignores = records.load_ignores(store.conn, doc_id)  # project-wide ones apply at once
        session._marks_pending = any(s.quality_marks for s in doc.segments)
        if checks:
            session._merge(session._run(), None, set())
        session._people = session._cast_json() or []
        with store.transaction() as conn:
            records.save_segments(conn, doc_id, doc.segments)
            if checks:
                session._ignore_marked(conn)
            session._save_checked(conn, None)
            session._audit(conn, user, "open", {"paths": [doc.path, doc.target_path],
                                                "issues": len(session.issues),
                                                "seconds": round(session.last_check_seconds, 4)})
        return session

    @classmethod
    def _restore(cls, store, doc_id, user) -> "ReviewSession":
        check_ids, settings = store.document_options(doc_id)
        doc = opening.read_stored(store, doc_id)
        for correction in records.load_corrections(store.conn, doc_id):  # the editor's merges and splits
            apply_correction(doc, correction)
        session = cls(store, doc_id, doc, check_ids, settings, user)
        opening.restore_targets(store, doc_id, doc)
        conn = store.conn
        session.edits = records.load_edits(conn, doc_id)
        session._ignores = records.load_ignores(conn, doc_id)
        session._overrides = records.load_overrides(conn, doc_id)
        session._people = records.load_people(conn, doc_id)
        session.issues = records.load_issues(conn, doc_id)
        session._reopened = records.load_reopened(conn, doc_id)
        session._reopened_saved = set(session._reopened)
        for seg_id, state in records.load_states(conn, doc_id).items():
            try:
                doc.segment(seg_id).state = state
            except KeyError:  # a segment an alignment correction took away
                pass
        session._saved_anchors = {r.issue.segment for r in session.issues if r.issue.is_document_level}
        session._restatus()  # project-wide ignores made in other documents since
        session._sort()
        stale = session._stale_segments()  # a bulk edit whose re-check never ran (closed, crashed)
        if stale:
            session._check_segments(stale)
        store.touch(doc_id)
        with store.transaction() as conn:
            records.replace_issues(conn, doc_id, session.issues)
            session._audit(conn, user, "reopen", {"edits": len(session.edits),
                                                  "issues": len(session.issues)})
        return session

    def add_document(self, paths: "list[str] | BilingualDocument", check_ids=None,
                     settings: dict | None = None) -> "ReviewSession":
        """Open another document (files, or one built in memory) in this session's project.

        Defaults to this session's checks and settings. The returned session
        takes the project over: use it, not this one, from then on.
        """
        check_ids = self.check_ids if check_ids is None else check_ids
        settings = self.settings if settings is None else settings
        if isinstance(paths, BilingualDocument):
            doc_id = opening.add_snapshot(self._store, paths, check_ids, settings)
            return type(self)._start(self._store, doc_id, paths, check_ids, settings, self.user)
        doc_id = self._store.find_document([str(p) for p in paths])
        if doc_id is not None:
            return self.switch_to(doc_id)
        doc_id, doc = opening.add_files(self._store, paths, check_ids, settings)
        return type(self)._start(self._store, doc_id, doc, check_ids, settings, self.user)

    def switch_to(self, doc_id: int) -> "ReviewSession":
        """Another document of this project; the returned session takes the project over."""
        return type(self)._restore(self._store, doc_id, self.user)

    @property
    def project(self) -> Project | None:
        """The project file, or None for an in-memory session."""
        return None if self._store.in_memory else self._store

    def inputs_changed(self) -> list[str]:
        """Input files edited on disk since they were stored; the session keeps working on the stored copy."""
        return self._store.changed_inputs(self.doc_id)

    def shares_project(self, other) -> bool:
        """True when ``other`` is a session on this same open project (see :meth:`switch_to`):
        closing one would close the other's project too."""
        return other is not None and getattr(other, "_store", None) is self._store

    def documents(self) -> list[dict]:
        """The project's documents: id, paths, format, added_at, opened_at."""
        return self._store.documents()

    def save_as(self, project_path: str) -> None:
        """Copy the session's project into a new file and continue there (locked, on disk)."""
        new = self._store.copy_to(project_path)
        old, self._store = self._store, new
        old.close()
        with new.transaction() as conn:
            self._audit(conn, self.user, "save_as", {"path": str(project_path)})

    def close(self) -> None:
        """Release the project's lock and connection."""
        self._store.close()

    def __enter__(self) -> "ReviewSession":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _ignore_marked(self, conn) -> set[str]:
        from .marks import ignore_marked
        return ignore_marked(self, conn)

    def _stale_segments(self) -> set[str]:
        from .marks import stale_segments
        return stale_segments(self)

    # -- reading -----------------------------------------------------------
    def issues_for(self, segment_id: str) -> list[IssueRecord]:
        """The issue records of one segment, in document order."""
        return [r for r in self.issues if r.issue.segment == segment_id]

    def record(self, signature: str) -> IssueRecord:
        """The issue record with this signature (KeyError if none)."""
        for record in self.issues:
            if record.signature == signature:
                return record
        raise KeyError(signature)

    def edits_for(self, segment_id: str) -> list[Edit]:
        return [e for e in self.edits if e.segment == segment_id]

    def edit(self, edit_id: int) -> Edit:
        for edit in self.edits:
            if edit.id == edit_id:
                return edit
        raise KeyError(edit_id)

    def audit_trail(self) -> list[AuditEntry]:
        """Who did what when in this document, oldest first."""
        return records.load_audit(self._store.conn, self.doc_id)

    def _audit(self, conn, user: str, action: str, detail: dict) -> AuditEntry:
        return records.append_audit(conn, self.doc_id, now_iso(), user, action, detail)

    def _note(self, user: str, action: str, detail: dict) -> Changes:
        """A call that changed nothing still leaves its line in the audit trail."""
        with self._store.transaction() as conn:
            self._audit(conn, user, action, detail)
        return Changes()

    # -- output ------------------------------------------------------------
    def export(self, path: str, fmt: str | None = None, *, user: str | None = None) -> str:
        """Write the corrected document with ACCEPTED edits only, atomically; returns the format used.

        Pending and rejected edits are left out; segments changed by accepted
        edits become "reviewed"; open and ignored issues go to the writer.
        """
        from .export import export_document

        used, detail = export_document(self, path, fmt)
        self._note(user or self.user, "export", detail)
        return used

    def export_report(self, path: str, kind: str = "html", *, user: str | None = None) -> None:
        """Write the QA report with its MQM scorecard (kind "html" or "csv"), atomically.

        Post-edit distances compare the targets as read with the accepted-edits text.
        """
        from .export import write_report

        card = write_report(self, path, kind)
        self._note(user or self.user, "export_report", {"path": str(path), "kind": kind,
                                                        "penalty_per_1000": round(card.penalty_per_1000, 3)})

    def scorecard(self):
        """The scorecard of the accepted-edits text (what the reports show)."""
        from ..reports.scorecard import build_scorecard
        from .export import report_data

        return build_scorecard(report_data(self))
