"""The grid's model over the review session, with the roles and colours views share.

The models hold no data of their own beyond indexes rebuilt from the session
when a ``Changes`` arrives, so ``data()`` stays a few dict look-ups even on
20,000 segments (the grid asks for it on every repaint).
"""
from __future__ import annotations

import difflib
import re

from ..review.realign import uncertain_link
from .i18n import tr
from .qt import QT_TRANSLATE_NOOP, QAbstractTableModel, QColor, QModelIndex, Qt, Signal

# Custom roles, shared by models, delegates and docks.
SEGMENT_ROLE = int(Qt.UserRole) + 1  # the Segment of the row
ISSUES_ROLE = int(Qt.UserRole) + 2  # open IssueRecords of the row, on the cell's side
SELECTED_ROLE = int(Qt.UserRole) + 3  # the IssueRecord selected in the issue panel, if it is in this row
CONTENT_ROLE = int(Qt.UserRole) + 4  # the Content shown in a text cell (None for an absent target)
DIFF_ROLE = int(Qt.UserRole) + 5  # [(op, text)] tracked change for the target cell in editor mode
KIND_ROLE = int(Qt.UserRole) + 6  # "number", "text" or "status": picks how the delegate paints
RECORD_ROLE = int(Qt.UserRole) + 7  # the IssueRecord of an issue-model row
SORT_ROLE = int(Qt.UserRole) + 8  # a sortable key
SIDE_ROLE = int(Qt.UserRole) + 9  # "source" or "target" for text cells

# Plain ints: data() runs for every painted cell, and int comparisons are the cheapest.
DISPLAY, EDIT, TOOLTIP, ALIGN, FOREGROUND = (int(Qt.DisplayRole), int(Qt.EditRole), int(Qt.ToolTipRole),
                                             int(Qt.TextAlignmentRole), int(Qt.ForegroundRole))
# Roles the grid never answers: Qt's default delegate asks for them on every paint.
SKIPPED_ROLES = frozenset(int(r) for r in (Qt.DecorationRole, Qt.FontRole, Qt.BackgroundRole, Qt.CheckStateRole,
                                           Qt.SizeHintRole, Qt.StatusTipRole, Qt.WhatsThisRole,
                                           Qt.AccessibleTextRole, Qt.AccessibleDescriptionRole))
ALIGN_TOP_RIGHT = int(Qt.AlignRight | Qt.AlignTop)
ALIGN_TOP_LEFT = int(Qt.AlignLeft | Qt.AlignTop)

# Words that reach tr() through variables, listed so pyside6-lupdate extracts them.
TRANSLATED_WORDS = (QT_TRANSLATE_NOOP("", "critical"), QT_TRANSLATE_NOOP("", "major"),
                    QT_TRANSLATE_NOOP("", "minor"), QT_TRANSLATE_NOOP("", "info"),
                    QT_TRANSLATE_NOOP("", "open"), QT_TRANSLATE_NOOP("", "fixed"),
                    QT_TRANSLATE_NOOP("", "ignored"), QT_TRANSLATE_NOOP("", "pending"),
                    QT_TRANSLATE_NOOP("", "accepted"), QT_TRANSLATE_NOOP("", "rejected"),
                    QT_TRANSLATE_NOOP("", "False positive"), QT_TRANSLATE_NOOP("", "Correct in context"),
                    QT_TRANSLATE_NOOP("", "House style allows it"),
                    QT_TRANSLATE_NOOP("", "Quotation left as is"))

SEVERITY_COLOURS = {"critical": "#d32f2f", "major": "#ef6c00", "minor": "#1e88e5", "info": "#8a8a8a"}
UNCERTAIN_COLOUR = "#b26a00"  # amber: the row number of a link the aligner is unsure of
SEVERITY_ORDER = {"info": 0, "minor": 1, "major": 2, "critical": 3}
WORD_RE = re.compile(r"\s+|\w+|[^\w\s]")




def severity_colour(severity: str) -> QColor:
    return QColor(SEVERITY_COLOURS.get(severity, "#8a8a8a"))


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """Word-level diff as (op, text) runs, op in equal/delete/insert: what a tracked change shows."""
    a, b = WORD_RE.findall(before), WORD_RE.findall(after)
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("equal", "".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            runs.append(("delete", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            runs.append(("insert", "".join(b[j1:j2])))
    return [r for r in runs if r[1]]


class SegmentModel(QAbstractTableModel):
    """The grid: one row per segment, columns #, source, target, status."""

    NUMBER, SOURCE, TARGET, STATUS = range(4)
    targetEdited = Signal(str, str)  # segment id, new plain text: the controller turns it into a command

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session = None
        self.segments: list = []
        self.row_of: dict[str, int] = {}
        self.issues_by_segment: dict[str, list] = {}
        self.pending_by_segment: dict[str, list] = {}
        self.decided_segments: set[str] = set()
        self.selected = None  # IssueRecord selected in the issue panel
        self.editor_mode = False
        self.read_only = False
        self._diff_cache: dict[str, tuple[str, str, list]] = {}
        self._markup: dict[tuple[int, int], str] = {}  # (row, column) -> text shown
        self._status: dict[int, tuple[str, str]] = {}  # row -> (status text, key)

    # -- feeding -------------------------------------------------------------------
    def set_session(self, session) -> None:
        self.beginResetModel()
        self.session = session
        self.segments = list(session.document.segments) if session is not None else []
        self.row_of = {seg.id: n for n, seg in enumerate(self.segments)}
        self.selected = None
        self._diff_cache.clear()
        self._markup.clear()
        self._status.clear()
        self._index_issues()
        self._index_edits()
        self.endResetModel()

    def _index_issues(self) -> None:
        by_seg: dict[str, list] = {}
        for record in (self.session.issues if self.session is not None else []):
            by_seg.setdefault(record.issue.segment, []).append(record)
        self.issues_by_segment = by_seg

    def _index_edits(self) -> None:
        pending: dict[str, list] = {}
        decided: set[str] = set()
        for edit in (self.session.edits if self.session is not None else []):
            if edit.decision == "pending":
                pending.setdefault(edit.segment, []).append(edit)
            elif edit.decision == "accepted":
                decided.add(edit.segment)
        self.pending_by_segment, self.decided_segments = pending, decided

    def apply_changes(self, changes) -> None:
        """Refresh only what a session Changes names (everything when issues moved)."""
        if self.session is None:
            return
        if len(self.session.document.segments) != len(self.segments):
            self.set_session(self.session)
            return
        self._index_edits()
        self._status.clear()
        rows = {self.row_of[s] for s in getattr(changes, "segments", ()) if s in self.row_of}
        for seg_id in getattr(changes, "segments", ()):
            self._diff_cache.pop(seg_id, None)
        for row in rows:
            self._markup.pop((row, self.SOURCE), None)
            self._markup.pop((row, self.TARGET), None)
        if getattr(changes, "issues_changed", False) or getattr(changes, "people_changed", False):
            self._index_issues()
            if self.selected is not None:
                self.selected = self.find_record(self.selected.issue.signature)
            if self.segments:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.segments) - 1, self.STATUS))
            return
        if getattr(changes, "edits", None):
            rows |= {self.row_of[e.segment] for e in self.session.edits
                     if e.id in set(changes.edits) and e.segment in self.row_of}
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
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (tr("#"), tr("Source (English)"), tr("Target (French)"), tr("Status"))[section]
        return None

    _FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable  # computed once: flags() runs for every painted cell
    _EDITABLE = _FLAGS | Qt.ItemIsEditable

    def flags(self, index):
        return self._EDITABLE if index.column() == 2 and not self.read_only else self._FLAGS

    def open_issues(self, seg_id: str, side: str | None = None) -> list:
        return [r for r in self.issues_by_segment.get(seg_id, ())
                if r.status == "open" and (side is None or r.issue.side == side)]

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
        issues = self.open_issues(seg.id)
        if issues:
            worst = max(issues, key=lambda r: SEVERITY_ORDER.get(r.issue.severity, 0)).issue.severity
            return (tr("1 issue") if len(issues) == 1 else tr("%n issues").replace("%n", str(len(issues))),
                    worst)
        if seg.id in self.pending_by_segment:
            return tr("fixed"), "fixed"
        if seg.id in self.decided_segments:
            return tr("accepted"), "accepted"
        if seg.modified:
            return tr("fixed"), "fixed"
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

    def data(self, index, role=DISPLAY):
        role = int(role)
        if role in SKIPPED_ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        seg = self.segments[row]
        if role == SEGMENT_ROLE:
            return seg
        if col == self.NUMBER:
            uncertain = uncertain_link(seg)
            if role == SORT_ROLE:
                return row + 1
            if role == DISPLAY:
                return f"≈ {row + 1}" if uncertain else row + 1
            if role == KIND_ROLE:
                return "number"
            if role == ALIGN:
                return ALIGN_TOP_RIGHT
            if role == FOREGROUND:
                return QColor(UNCERTAIN_COLOUR) if uncertain else None
            if role == TOOLTIP:
                text = tr("Segment %1, paragraph %2, link %3").replace("%1", seg.id).replace(
                    "%2", str(seg.paragraph + 1)).replace("%3", seg.link)
                if uncertain:
                    text += "\n" + tr("Uncertain alignment (confidence %1): check that source and target "
                                      "match; Edit > Alignment merges, splits or re-links.").replace(
                        "%1", f"{seg.confidence:.2f}")
                return text
            return None
        if col == self.STATUS:
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


def issue_tooltip(records) -> str | None:
    """Message, suggestions and evidence of each issue, as rich text."""
    if not records:
        return None
    from html import escape
    parts = []
    for rec in records:
        issue = rec.issue
        colour = SEVERITY_COLOURS.get(issue.severity, "#8a8a8a")
        lines = [f"<b style='color:{colour}'>{escape(issue.severity)}</b> · {escape(issue.check)}: "
                 f"{escape(issue.message)}"]
        if issue.suggestions:
            lines.append(tr("Suggestion: ") + " | ".join(f"<i>{escape(s)}</i>" for s in issue.suggestions[:3]))
        for ev in issue.evidence[:4]:
            lines.append(tr("Evidence: ") + escape(ev.describe()))
        parts.append("<br>".join(lines))
    return "<qt>" + "<hr>".join(parts) + "</qt>"
