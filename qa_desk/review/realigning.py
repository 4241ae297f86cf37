"""The session's manual alignment calls: merge, split, re-link, and their undo.

Each call is one correction (realign.py), saved in the project's
``corrections`` table in order; reopening the project aligns the stored
texts afresh and replays them, so the segments come back as the editor
left them. ``undo_alignment`` takes back the last one: the app's undo
stack calls it as the inverse of each of the three.
"""
from __future__ import annotations

from . import realign, records
from .session_types import Changes


class RealigningMixin:
    """Needs the session's document, store, doc_id, checks (CheckingMixin) and audit."""

    def merge_segments(self, segment_id: str, *, user: str) -> Changes:
        """Join a segment with the next one."""
        return self._correct(realign.merge(self.document, segment_id), user)

    def split_segment(self, segment_id: str, source_at: int, target_at: int, *, user: str) -> Changes:
        """Cut a segment in two at these offsets of its source and target text."""
        return self._correct(realign.split(self.document, segment_id, source_at, target_at), user)

    def relink_segment(self, segment_id: str, side: str, direction: int, *, user: str) -> Changes:
        """Move one side of a segment to the previous (-1) or next (+1) segment."""
        return self._correct(realign.relink(self.document, segment_id, side, direction), user)

    def undo_alignment(self, *, user: str) -> Changes:
        """Take back the last merge, split or re-link."""
        last = records.last_correction(self._store.conn, self.doc_id)
        if last is None:
            raise ValueError("no alignment correction to undo")
        row_id, change = last
        realign.apply(self.document, change, undo=True)
        return self._corrected(change, user, "undo_alignment", lambda conn: records.delete_correction(conn, row_id))

    def alignment_corrections(self) -> int:
        return records.count_corrections(self._store.conn, self.doc_id)

    def _correct(self, change: realign.Correction, user: str) -> Changes:
        realign.apply(self.document, change)
        return self._corrected(change, user, change.action,
                               lambda conn: records.insert_correction(conn, self.doc_id, change))

    def _corrected(self, change: realign.Correction, user: str, action: str, store) -> Changes:
        ids = change.segment_ids
        present = {seg.id for seg in self.document.segments}
        self.issues = [r for r in self.issues if r.issue.segment in present]  # issues of segments gone
        self._invalidate()  # segments came and went: every cached analysis is stale
        changed, people_changed = self._check_segments(ids, edited=False)
        with self._store.transaction() as conn:
            store(conn)
            records.save_segments(conn, self.doc_id, self.document.segments)
            self._save_checked(conn, ids)
            self._audit(conn, user, action, {"at": change.at, "before": [r.id for r in change.before],
                                             "after": [r.id for r in change.after]})
        return Changes(ids | changed, True, people_changed, [])
