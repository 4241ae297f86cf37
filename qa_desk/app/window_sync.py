"""The main window's selection: the grid and the issue panel follow each other without looping.

A click on a flagged span picks that issue, a row picks its first open issue, an issue picks its row
(clearing a filter that hides it); ``current_record`` and ``current_segment_id`` are what the actions
act on. Mixed into :class:`~qa_desk.app.main_window.MainWindow`.
"""
from __future__ import annotations

from .i18n import tr
from .models import SegmentModel


class SelectionMixin:
    """Grid <-> issue panel for :class:`MainWindow` (uses ``self.desk``, ``self.grid``, ``self.issues_dock``)."""

    def _issue_selected(self, record) -> None:
        """Issue panel -> grid: select the row, paint the span and its evidence."""
        self.desk.segment_model.set_selected_issue(record)
        if record is None or self._syncing:
            return
        self._select_quietly(self._reveal(record.issue.segment))

    def _select_quietly(self, row: int | None, column: int = SegmentModel.TARGET) -> bool:
        """Select a grid row without the grid choosing an issue of its own."""
        if row is None:
            return False
        self._syncing = True
        try:
            self.grid.select_row(row, column)
        finally:
            self._syncing = False
        return True

    def _reveal(self, segment_id: str) -> int | None:
        """The grid row of a segment; a filter that hides it is cleared first (the reader asked for it)."""
        model = self.desk.segment_model
        row = model.row_of.get(segment_id)
        if row is None and segment_id in model.number_of:
            self.filter_bar.clear()
            row = model.row_of.get(segment_id)
        return row

    def show_segment(self, segment_id: str, column: int = SegmentModel.SOURCE) -> bool:
        """Jump to a segment (an evidence link, a change, a match) and keep the selected issue painted."""
        return self._select_quietly(self._reveal(segment_id), column)

    def _rows_reset(self) -> None:
        """A new filter: keep the current issue's row in view if it is still shown."""
        record = self.desk.segment_model.selected
        self._select_quietly(self.desk.segment_model.row_of.get(record.issue.segment) if record is not None else None)

    def _issue_clicked(self, record) -> None:
        """A click on a flagged span: that issue, not the segment's first one."""
        self._syncing = True
        try:
            if not self.issues_dock.select_signature(record.issue.signature, emit=False):
                self.issues_dock.view.clearSelection()
            self.issues_dock._show_detail(record)
            self.desk.segment_model.set_selected_issue(record)
        finally:
            self._syncing = False

    def _grid_row_changed(self, current, _previous) -> None:
        """Grid -> issue panel: show the row's first open issue, if any (no loop back)."""
        if self._syncing or not current.isValid():
            return
        seg = self.desk.segment_model.segments[current.row()]
        records = self.desk.segment_model.open_issues(seg.id)
        self._syncing = True
        try:
            if records and self.issues_dock.select_signature(records[0].issue.signature, emit=False):
                self.issues_dock._show_detail(records[0])
                self.desk.segment_model.set_selected_issue(records[0])
            else:
                self.desk.segment_model.set_selected_issue(None)
        finally:
            self._syncing = False

    def current_record(self):
        selected = self.desk.segment_model.selected  # the issue painted in the grid (a click picks it)
        record = self.issues_dock.current_record()
        if selected is not None and (record is None or record.signature != selected.signature):
            row = self.grid.currentIndex().row()
            if row >= 0 and self.desk.segment_model.segments[row].id == selected.issue.segment:
                return selected
        if record is not None:
            return record
        row = self.grid.currentIndex().row()
        if row >= 0:
            records = self.desk.segment_model.open_issues(self.desk.segment_model.segments[row].id)
            return records[0] if records else None
        return None

    def next_issue(self, forward: bool = True):
        record = self.issues_dock.next_issue(forward)
        if record is None:
            self.statusBar().showMessage(tr("No open issue."), 3000)
        return record

    def current_segment_id(self) -> str | None:
        row = self.grid.currentIndex().row()
        return self.desk.segment_model.segments[row].id if row >= 0 else None
