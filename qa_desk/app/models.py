"""The grid's model over the review session (the roles and colours the views share: roles.py).

The models hold no data of their own beyond indexes rebuilt from the session
when a ``Changes`` arrives, so ``data()`` stays a few dict look-ups even on
20,000 segments (the grid asks for it on every repaint).
"""
from __future__ import annotations

from ..review.filtering import SegmentFilter, filter_segments
from .indexes import SEVERITY_ORDER, Numbers, index_edits, index_issues
from ..review.realign import uncertain_link
from ..review.states import STATE_LABELS
from ..textdiff import word_diff  # noqa: F401 - the views' diff, re-exported
from .i18n import tr
from .i18n import number as written_number
from .qt import QAbstractTableModel, QColor, QModelIndex, Qt, Signal
from .roles import (  # noqa: F401 - re-exported: the views import them from here
    SEGMENT_ROLE, ISSUES_ROLE, SELECTED_ROLE, CONTENT_ROLE, DIFF_ROLE, KIND_ROLE, RECORD_ROLE, SORT_ROLE,
    SIDE_ROLE, DISPLAY, EDIT, TOOLTIP, ALIGN, FOREGROUND, SKIPPED_ROLES, ALIGN_TOP_RIGHT, ALIGN_TOP_LEFT,
    TRANSLATED_WORDS, SEVERITY_COLOURS, UNCERTAIN_COLOUR, STATE_WORDS, STATE_COLOURS, EDITED_MARK,
    severity_colour, live, issue_tooltip)


class SegmentModel(QAbstractTableModel):
    """The grid: one row per segment the filter lets through; columns #, source, target, state, status.

    ``segments`` and ``row_of`` are the rows shown (all segments without a filter); ``number_of``
    gives each segment its number in the document, the one number the grid, the panels, the
    reports and the audit trail all use.
    """

    NUMBER, SOURCE, TARGET, STATE, STATUS = range(5)
    targetEdited = Signal(str, str)  # segment id, new plain text: the controller turns it into a command
    filterChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session = None
        self.preview = None  # a document's first segments, shown while the full read runs
        self.all_segments: list = []
        self.segments: list = []
        self.row_of: dict[str, int] = {}
        self.order: dict[str, int] = {}  # segment id -> its place in the document (0-based)
        self.number_of: Numbers | dict = {}
        self.filter = SegmentFilter()
        self.issues_by_segment: dict[str, list] = {}
        self.pending_by_segment: dict[str, list] = {}
        self.pending_count = 0
        self.decided_segments: set[str] = set()
        self.selected = None  # IssueRecord selected in the issue panel
        self.editor_mode = False
        self.read_only = False
        self.updating: set[str] = set()  # segments written by a bulk change, their re-check still running
        self._diff_cache: dict[str, tuple[str, str, list]] = {}
        self._markup: dict[tuple[int, int], str] = {}  # (row, column) -> text shown
        self._status: dict[int, tuple[str, str]] = {}  # row -> (status text, key)

    # -- feeding -------------------------------------------------------------------
    def set_session(self, session, preview=None, order: dict | None = None) -> None:
        """Show a session's segments; ``preview`` (with no session): a document's first segments,
        shown read-only while the whole file is read; ``order``: segment id -> place, if known."""
        self.beginResetModel()
        self.session = session
        self.preview = preview if session is None else None
        document = session.document if session is not None else preview
        self.all_segments = list(document.segments) if document is not None else []
        if order is None or len(order) != len(self.all_segments):
            order = {seg.id: n for n, seg in enumerate(self.all_segments)}
        self.order = order
        self.number_of = Numbers(self.order)
        self.selected = None
        self.updating = set()
        self._index_issues()
        self._index_edits()
        self._select_rows()
        self.endResetModel()

    def reload(self, prepared=None) -> None:
        """Re-read the session's issues and edits (after its checks ran on a worker) and filter again;
        the segments are the same, so their order is kept (100,000 ids are not numbered again)."""
        if self.session is None or len(self.session.document.segments) != len(self.all_segments):
            self.set_session(self.session)
            return
        self.beginResetModel()
        self._index_issues(prepared)
        self._index_edits(prepared)
        if self.selected is not None:
            self.selected = self.find_record(self.selected.issue.signature)
        self._select_rows()
        self.endResetModel()

    def _select_rows(self) -> None:
        if self.session is None or self.filter.is_empty:
            self.segments = list(self.all_segments)
            self.row_of = self.order  # every segment shown: its row is its place in the document
        else:
            self.segments = filter_segments(self.session, self.filter)
            self.row_of = {seg.id: n for n, seg in enumerate(self.segments)}
        self._diff_cache.clear()
        self._markup.clear()
        self._status.clear()

    def set_filter(self, spec: SegmentFilter) -> None:
        """Show only the segments ``spec`` lets through (a bad search pattern raises ValueError first)."""
        if spec.search is not None:
            spec.search.compiled  # noqa: B018 - raise before the grid changes
        self.beginResetModel()
        self.filter = spec
        self._select_rows()
        self.endResetModel()
        self.filterChanged.emit()

    def refilter(self) -> None:
        """Apply the filter again (rows fixed or edited since stay until then: the reader keeps their place)."""
        self.set_filter(self.filter)

    def _index_issues(self, prepared=None) -> None:
        if prepared is not None:
            self.issues_by_segment = prepared.issues_by_segment
            return
        self.issues_by_segment = index_issues(self.session.issues if self.session is not None else [])

    def _index_edits(self, prepared=None) -> None:
        if prepared is not None:
            self.pending_by_segment, self.decided_segments = prepared.pending_by_segment, prepared.decided
            self.pending_count = prepared.pending_count
            return
        self.pending_by_segment, self.decided_segments, self.pending_count = \
            index_edits(self.session.edits if self.session is not None else [])

    MANY_ROWS = 200  # rows changed at once from which one dataChanged covers them all

    def apply_changes(self, changes, prepared=None) -> None:
        """Refresh only what a session Changes names (everything when issues moved); ``prepared``:
        the look-ups a worker built for it (:class:`~qa_desk.app.indexes.SegmentIndex`)."""
        if self.session is None:
            return
        if len(self.session.document.segments) != len(self.all_segments):
            self.set_session(self.session)
            return
        self._index_edits(prepared)
        self._status.clear()
        changed = getattr(changes, "segments", ())
        if len(changed) > len(self.segments) // 2:  # most rows: forget every cached text at once
            self._diff_cache.clear()
            self._markup.clear()
            rows = set(range(len(self.segments)))
        else:
            rows = {self.row_of[s] for s in changed if s in self.row_of}
            for seg_id in changed:
                self._diff_cache.pop(seg_id, None)
            for row in rows:
                self._markup.pop((row, self.SOURCE), None)
                self._markup.pop((row, self.TARGET), None)
        if getattr(changes, "issues_changed", False) or getattr(changes, "people_changed", False):
            self._index_issues(prepared)
            if self.selected is not None:
                self.selected = self.find_record(self.selected.issue.signature)
            if self.segments:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.segments) - 1, self.STATUS))
            return
        if getattr(changes, "edits", None) and len(rows) < len(self.segments):
            wanted = set(changes.edits)
            rows |= {self.row_of[e.segment] for e in self.session.edits
                     if e.id in wanted and e.segment in self.row_of}
        self._rows_changed(rows)

    def _rows_changed(self, rows) -> None:
        """dataChanged for these rows: one signal a row, or one over their span when they are many."""
        if len(rows) > self.MANY_ROWS:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), self.STATUS))
            return
        for row in sorted(rows):
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.STATUS))

    def find_record(self, signature: str):
        for records in self.issues_by_segment.values():
            for record in records:
                if record.issue.signature == signature:
                    return record
        return None

    def set_selected_issue(self, record) -> None:
        """Remember the issue picked in the panel; the delegate paints its span and evidence."""
        rows = set()
        for rec in (self.selected, record):
            if rec is None:
                continue
            rows.add(self.row_of.get(rec.issue.segment))
            rows |= {self.row_of.get(ev.segment) for ev in rec.issue.evidence if ev.segment}
        self.selected = record
        for row in sorted(r for r in rows if r is not None):
            self.dataChanged.emit(self.index(row, self.SOURCE), self.index(row, self.TARGET))

    def set_editor_mode(self, on: bool) -> None:
        self.editor_mode = on
        self._status.clear()
        if self.segments:
            self.dataChanged.emit(self.index(0, self.TARGET), self.index(len(self.segments) - 1, self.STATUS))

    # -- reading -------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.segments)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (tr("#"), tr("Source (English)"), tr("Target (French)"), tr("State"), tr("Status"))[section]
        return None

    _FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable  # computed once: flags() runs for every painted cell
    _EDITABLE = _FLAGS | Qt.ItemIsEditable

    def flags(self, index):
        return self._EDITABLE if index.column() == 2 and not self.read_only else self._FLAGS

    def number(self, seg_id: str) -> int:
        """The segment's number in the document (1-based), whatever the filter shows."""
        return self.number_of.get(seg_id, 0)

    def open_issues(self, seg_id: str, side: str | None = None) -> list:
        records = self.issues_by_segment.get(seg_id, ())
        if not records:
            return []
        seg = None
        out = []
        for r in records:
            if r.status != "open" or (side is not None and r.issue.side != side):
                continue
            if seg is None:
                seg = self.session.document.segment(seg_id)
            if live(r, seg):
                out.append(r)
        return out

    def tracked_change(self, seg) -> list | None:
        """The word diff from the text before the first pending edit to the current target."""
        pending = self.pending_by_segment.get(seg.id)
        if not pending:
            return None
        before = min(pending, key=lambda e: e.id).before
        after = seg.target_text
        cached = self._diff_cache.get(seg.id)
        if cached and cached[0] == before and cached[1] == after:
            return cached[2]
        runs = word_diff(before, after)
        self._diff_cache[seg.id] = (before, after, runs)
        return runs

    def status(self, seg) -> tuple[str, str]:
        """(status text, severity or state key) for the status column."""
        if seg.id in self.updating:
            return tr("checking…"), "checking"
        issues = self.open_issues(seg.id)
        if issues:
            worst = max(issues, key=lambda r: SEVERITY_ORDER.get(r.issue.severity, 0)).issue.severity
            return tr("%n issue(s)", "", len(issues)), worst
        if seg.id in self.pending_by_segment:
            return (tr("pending"), "fixed") if self.editor_mode else (tr("edited"), "fixed")
        if seg.id in self.decided_segments:
            return tr("accepted"), "accepted"
        if seg.modified:
            return tr("edited"), "fixed"
        return "", ""

    def row_status(self, row: int) -> tuple[str, str]:
        cached = self._status.get(row)
        if cached is None:
            cached = self._status[row] = self.status(self.segments[row])
        return cached

    def text(self, row: int, col: int) -> str:
        """The text a source/target cell shows (codes as labels), cached until the segment changes."""
        key = (row, col)
        cached = self._markup.get(key)
        if cached is None:
            seg = self.segments[row]
            content = seg.source if col == self.SOURCE else seg.target
            cached = self._markup[key] = content.markup() if content is not None else ""
        return cached

    def _number_data(self, seg, row: int, role: int):
        uncertain = uncertain_link(seg)
        number = self.number_of.get(seg.id, row + 1)
        if role == SORT_ROLE:
            return number
        if role == DISPLAY:
            label = f"≈ {number}" if uncertain else number
            return f"{EDITED_MARK} {label}" if seg.modified else label
        if role == KIND_ROLE:
            return "number"
        if role == ALIGN:
            return ALIGN_TOP_RIGHT
        if role == FOREGROUND:
            return QColor(UNCERTAIN_COLOUR) if uncertain else None
        if role == TOOLTIP:
            text = tr("Segment %1, paragraph %2, link %3").replace("%1", str(number)).replace(
                "%2", str(seg.paragraph + 1)).replace("%3", seg.link)
            if seg.id != str(number):
                text += "\n" + tr("In the file: %1").replace("%1", seg.id)
            if seg.modified:
                text += "\n" + tr("Edited: the target differs from the file as read.")
            if uncertain:
                text += "\n" + tr("Uncertain alignment (confidence %1): check that source and target "
                                  "match; Edit > Alignment merges, splits or re-links.").replace(
                    "%1", written_number(seg.confidence, 2))
            return text
        return None

    def _state_data(self, seg, role: int):
        if role == DISPLAY:
            return tr(STATE_LABELS.get(seg.state, seg.state))
        if role == KIND_ROLE:
            return "status"
        if role == SORT_ROLE:
            return seg.state
        if role == ALIGN:
            return ALIGN_TOP_LEFT
        if role == FOREGROUND:
            return QColor(STATE_COLOURS.get(seg.state, "#8a8a8a"))
        if role == TOOLTIP:
            return tr("Segment state: draft, translated, reviewed or signed off (Review > Segment state); "
                      "written to the file as its own state values.")
        return None

    def _status_data(self, row: int, role: int):
        if role == DISPLAY:
            return self.row_status(row)[0]
        if role == KIND_ROLE:
            return "status"
        if role == SORT_ROLE:
            return self.row_status(row)[1]
        if role == ALIGN:
            return ALIGN_TOP_LEFT
        if role == FOREGROUND:
            key = self.row_status(row)[1]
            if key in SEVERITY_COLOURS:
                return severity_colour(key)
            if key in ("fixed", "accepted"):
                return QColor("#2e7d32")
        return None

    def data(self, index, role=DISPLAY):
        role = int(role)
        if role in SKIPPED_ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        seg = self.segments[row]
        if role == SEGMENT_ROLE:
            return seg
        if col == self.NUMBER:
            return self._number_data(seg, row, role)
        if col == self.STATE:
            return self._state_data(seg, role)
        if col == self.STATUS:
            return self._status_data(row, role)
        if role == DISPLAY:
            return self.text(row, col)
        side = "source" if col == self.SOURCE else "target"
        if role == KIND_ROLE:
            return "text"
        if role == ISSUES_ROLE:
            return self.open_issues(seg.id, side)
        if role == SELECTED_ROLE:
            return self.selected
        if role == DIFF_ROLE:
            return self.tracked_change(seg) if (side == "target" and self.editor_mode) else None
        if role == CONTENT_ROLE:
            return seg.source if side == "source" else seg.target
        if role == SIDE_ROLE:
            return side
        if role == EDIT:
            return seg.target_text if side == "target" else seg.source.text
        if role == TOOLTIP:
            return issue_tooltip(self.open_issues(seg.id, side))
        return None

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or index.column() != self.TARGET or self.read_only:
            return False
        seg = self.segments[index.row()]
        text = str(value)
        if text != seg.target_text:
            self.targetEdited.emit(seg.id, text)
        return True
