"""A reviewer's verdicts beyond edits: a segment's state (draft ... signed off) and reopening an issue.

States are the normalised ones (``model.STATES``); the writers map them to the file's own values
(XLIFF 1.2 ``state``, 2.x ``state``, SDLXLIFF confirmation levels...). A reopened issue is one the
reviewer says is not fixed after all: it stays open, and counts in the score, until its segment is
edited again. Each call has its inverse, for the app's undo stack.
"""
from __future__ import annotations

from ..model import STATES
from . import records
from .project import now_iso
from .session_types import Changes

STATE_LABELS = {"initial": "draft", "translated": "translated", "reviewed": "reviewed", "final": "signed off"}


class StatesMixin:
    """set_states / reopen / unreopen for :class:`ReviewSession`."""

    def set_states(self, states: dict[str, str], *, user: str) -> Changes:
        """Give segments a state (one of initial, translated, reviewed, final); returns what changed.

        Inverse: ``set_states`` with the previous states (``{seg: seg.state}`` read before).
        """
        for state in states.values():
            if state not in STATES:
                raise ValueError(f"state must be one of {', '.join(STATES)}")
        changed = {}
        for seg_id, state in states.items():
            seg = self.document.segment(seg_id)
            if seg.state != state:
                changed[seg_id] = (seg.state, state)
                seg.state = state
        if not changed:
            return self._note(user, "set_state", {"segments": sorted(states), "unchanged": True})
        with self._store.transaction() as conn:
            records.save_states(conn, self.doc_id, {s: new for s, (_, new) in changed.items()}, user, now_iso())
            self._audit(conn, user, "set_state", {"states": {s: new for s, (_, new) in changed.items()},
                                                  "previous": {s: old for s, (old, _) in changed.items()}})
        return Changes(set(changed), False, False, [])

    def reopen(self, signature: str, *, user: str) -> Changes:
        """An ignored issue is unignored; a fixed one is open again until its segment is next edited."""
        record = self.record(signature)
        if record.status == "ignored":
            return self.unignore(signature, user=user)
        if record.status != "fixed":
            return self._note(user, "reopen", {"signature": signature, "unchanged": True})
        self._reopened.add(signature)
        record.status = "open"
        return self._save_reopened(user, "reopen", record)

    def unreopen(self, signature: str, *, user: str) -> Changes:
        """Undo :meth:`reopen` of a fixed issue."""
        record = self.record(signature)
        if signature not in self._reopened:
            return self._note(user, "unreopen", {"signature": signature, "unchanged": True})
        self._reopened.discard(signature)
        record.status = "fixed"
        return self._save_reopened(user, "unreopen", record)

    def _save_reopened(self, user: str, action: str, record) -> Changes:
        seg_id = record.issue.segment
        with self._store.transaction() as conn:
            records.save_reopened(conn, self.doc_id, sorted(self._reopened), user, now_iso())
            self._reopened_saved = set(self._reopened)
            records.replace_issues(conn, self.doc_id, self.issues, {seg_id})
            self._audit(conn, user, action, {"signature": record.signature, "segment": seg_id,
                                             "check": record.issue.check, "text": record.issue.text})
        return Changes({seg_id}, True, False, [])

    def is_reopened(self, signature: str) -> bool:
        return signature in self._reopened
