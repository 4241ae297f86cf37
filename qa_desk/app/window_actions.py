"""The main window's actions: on issues (apply, apply to all, ignore, reopen), on segments (state,
propagation, merge, split, re-link) and the editor's (accept / reject with auto-advance, next change).

Each runs a Desk call and then moves the selection the way a reviewer expects (the next open issue, the
next pending change), keeping the focus in the grid. Mixed into :class:`~qa_desk.app.main_window.MainWindow`.
"""
from __future__ import annotations

from .i18n import tr
from .issues_dock import IgnoreDialog
from .models import SegmentModel
from .qt import Qt
from .split_dialog import SplitDialog


class ActionsMixin:
    """The menu and panel actions of :class:`MainWindow`."""

    def _acting_on(self, record, action) -> bool:
        """Run ``action`` on an issue, then select the next open issue and keep the focus in the grid."""
        model, dock = self.issues_dock.model, self.issues_dock
        row = model.row_of_signature.get(record.signature)
        proxy_row = dock.proxy.mapFromSource(model.index(row, 0)).row() if row is not None else -1
        following = dock.open_after(proxy_row if proxy_row >= 0 else None, True, {record.signature})
        following_sig = following.signature if following is not None else None
        done = action()
        if done:
            nxt = self.desk.record(following_sig) if following_sig else None
            if nxt is not None and nxt.status == "open" and dock.select_signature(following_sig):
                pass
            elif dock.next_issue(True) is None:
                self.statusBar().showMessage(tr("No open issue left."), 4000)
            self.grid.setFocus(Qt.OtherFocusReason)
        return done

    def apply_first_suggestion(self) -> bool:
        record = self.current_record()
        if record is None or not record.issue.suggestions:
            self.statusBar().showMessage(tr("No suggestion to apply here."), 3000)
            return False
        if record.issue.is_document_level:
            return self._acting_on(record, lambda: self.desk.fix_all(record.issue.signature))
        return self._acting_on(record, lambda: self.desk.apply_suggestion(record.issue.signature, 0))

    def _issue_action(self, kind: str, record, index: int) -> None:
        if kind == "apply":
            self._acting_on(record, lambda: self.desk.apply_suggestion(record.issue.signature, index))
        else:
            self.apply_to_all(record, index)

    def apply_to_all(self, record=None, index: int = 0) -> bool:
        """Fix all of a document-level issue, or apply a suggestion to every identical open issue."""
        record = record or self.current_record()
        if record is None or not record.issue.suggestions:
            self.statusBar().showMessage(tr("No suggestion to apply here."), 3000)
            return False
        if record.issue.is_document_level:
            return self._acting_on(record, lambda: self.desk.fix_all(record.issue.signature))
        return self._acting_on(record, lambda: self.desk.apply_to_identical(record.issue.signature, index))

    def ignore_current(self) -> bool:
        record = self.current_record()
        if record is None:
            return False
        has_project = getattr(self.desk.session, "project", None) is not None
        dialog = IgnoreDialog(record, has_project, self)
        if dialog.exec() != IgnoreDialog.Accepted:
            return False
        reason, scope = dialog.values()
        return self.ignore_issue(record, reason, scope)

    def ignore_issue(self, record, reason: str, scope: str = "document") -> bool:
        """What the Ignore dialog does once answered (tests call this without the dialog)."""
        return self._acting_on(record, lambda: self.desk.ignore(record.issue.signature, reason, scope))

    def reopen_current(self) -> bool:
        record = self.issues_dock.current_record() or self.current_record()
        if record is None or record.status == "open":
            self.statusBar().showMessage(tr("Select an ignored or fixed issue to reopen it."), 3000)
            return False
        return self.desk.reopen(record.issue.signature)

    def propagate_current(self) -> bool:
        seg_id = self.current_segment_id()
        return seg_id is not None and self.desk.propagate(seg_id)

    def set_state_current(self, state: str) -> bool:
        """Give the current segment a state; signing off moves to the next segment."""
        seg_id = self.current_segment_id()
        if seg_id is None or not self.desk.set_state([seg_id], state):
            return False
        row = self.grid.currentIndex().row()
        if state == "final" and row + 1 < self.desk.segment_model.rowCount():
            self.grid.select_row(row + 1)
        return True

    def show_find_replace(self):
        from .find_replace import FindReplaceDialog
        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self)
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.find_edit.setFocus()
        self.find_dialog.find_edit.selectAll()
        return self.find_dialog

    def edit_target(self) -> bool:
        return self.grid.edit_target()

    def merge_current(self) -> bool:
        seg_id = self.current_segment_id()
        return seg_id is not None and self._realigned(lambda: self.desk.merge_segments(seg_id))

    def split_current(self, positions: tuple[int, int] | None = None) -> bool:
        """Split the current segment where the dialog's cursors are (or at ``positions``, for tests)."""
        seg_id = self.current_segment_id()
        if seg_id is None:
            return False
        if positions is None:
            seg = self.desk.session.document.segment(seg_id)
            dialog = SplitDialog(seg.source.text, seg.target_text, self)
            if not dialog.exec():
                return False
            positions = dialog.positions()
        return self._realigned(lambda: self.desk.split_segment(seg_id, *positions))

    def relink_current(self, side: str, direction: int) -> bool:
        seg_id = self.current_segment_id()
        return seg_id is not None and self._realigned(lambda: self.desk.relink_segment(seg_id, side, direction))

    def _realigned(self, action) -> bool:
        """Run a merge, split or re-link and keep the cursor on the same row (the grid was reset)."""
        row = self.grid.currentIndex().row()
        done = action()
        rows = self.desk.segment_model.rowCount()
        if rows:
            self.grid.select_row(min(max(row, 0), rows - 1))
        return done

    def decide_current(self, decision: str) -> bool:
        """Accept or reject the current segment's change, then go to the next pending change."""
        seg_id = self.current_segment_id()
        if seg_id is None or not self.desk.decide_segment(seg_id, decision):
            self.statusBar().showMessage(tr("No tracked change in this segment."), 3000)
            return False
        self.next_change(True, quiet=True)
        self.grid.setFocus(Qt.OtherFocusReason)
        return True

    def _decide_from_panel(self, seg_id: str, decision: str) -> None:
        if self.show_segment(seg_id, SegmentModel.TARGET):
            self.decide_current(decision)
            self.changes_dock.select_segment(self.current_segment_id())

    def next_change(self, forward: bool = True, quiet: bool = False) -> bool:
        """Select the next (previous) segment with a pending change, in document order, wrapping round."""
        model = self.desk.segment_model
        pending = model.pending_by_segment
        count = model.rowCount()
        if not pending or not count:
            if not quiet:
                self.statusBar().showMessage(tr("No pending change."), 3000)
            return False
        row = self.grid.currentIndex().row()
        step = 1 if forward else -1
        for n in range(1, count + 1):
            candidate = (row + step * n) % count
            if model.segments[candidate].id in pending:
                self.grid.select_row(candidate)
                self.changes_dock.select_segment(model.segments[candidate].id)
                return True
        hidden = next((s for s in pending if s not in model.row_of), None)  # filtered out: show it
        return hidden is not None and self.show_segment(hidden, SegmentModel.TARGET)

    def set_editor_mode(self, on: bool) -> None:
        self.desk.segment_model.set_editor_mode(on)
        if on:
            self.changes_dock.show()
        if hasattr(self, "actions"):
            for name in ("editor_mode",):
                self.actions[name].setChecked(on)
            for name in ("accept_change", "reject_change"):
                self.actions[name].setEnabled(on)
            self.actions["accept_all_menu"].setEnabled(on)
            self.actions["reject_all_menu"].setEnabled(on)
        self.grid.delegate.clear_cache()
        self.grid._invalidate()
        self._update_status()
