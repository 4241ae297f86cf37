"""The side-by-side grid: a QTableView that sizes only the rows on screen.

Qt's ResizeToContents asks every row for its size on each layout, which is
O(rows) and stalls on 20,000 segments. Here rows start at a default height and
the visible ones (plus a margin) are fitted after each scroll, resize or data
change, with heights cached by the delegate: the cost follows the screen, not
the document.
"""
from __future__ import annotations

from .delegates import PAD_X, PAD_Y, SegmentDelegate, cell_layout
from .models import CONTENT_ROLE, DIFF_ROLE, ISSUES_ROLE, SegmentModel
from .i18n import tr
from .qt import (QAbstractItemView, QApplication, QColor, QEvent, QHeaderView, QItemSelectionModel,
                 QPalette, QStyleOptionViewItem, Qt, QTableView, QTimer, Signal)

MARGIN_ROWS = 6  # rows fitted below the screen so short scrolls land on sized rows


class SegmentGrid(QTableView):
    """Grid view over a SegmentModel, with lazy row fitting."""

    issueClicked = Signal(object)  # the open issue under a click on a flagged span

    def __init__(self, model: SegmentModel, parent=None):
        super().__init__(parent)
        self.setObjectName("segmentGrid")
        self.setModel(model)
        self.delegate = SegmentDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        line = self.fontMetrics().lineSpacing()
        self.verticalHeader().setDefaultSectionSize(2 * line + 10)
        self.verticalHeader().setMinimumSectionSize(line + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(SegmentModel.NUMBER, QHeaderView.Fixed)
        header.setSectionResizeMode(SegmentModel.SOURCE, QHeaderView.Stretch)
        header.setSectionResizeMode(SegmentModel.TARGET, QHeaderView.Stretch)
        header.setSectionResizeMode(SegmentModel.STATUS, QHeaderView.Fixed)
        header.setSectionResizeMode(SegmentModel.STATE, QHeaderView.Fixed)
        header.resizeSection(SegmentModel.NUMBER, self.fontMetrics().horizontalAdvance("✎ 000000") + 12)
        labels = [tr("%n issue(s)", "", 88), tr("accepted"), tr("fixed"), tr("edited"), tr("pending")]
        header.resizeSection(SegmentModel.STATUS, max(self.fontMetrics().horizontalAdvance(t) for t in labels) + 32)
        states = [tr(t) for t in ("draft", "translated", "reviewed", "signed off")]
        header.resizeSection(SegmentModel.STATE, max(self.fontMetrics().horizontalAdvance(t) for t in states) + 32)
        self.setMinimumWidth(360)  # a restored layout never squeezes the grid to nothing
        header.setHighlightSections(False)
        self._fitted: dict[int, int] = {}  # row -> width key it was fitted at
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit_visible_rows)
        self.verticalScrollBar().valueChanged.connect(self._schedule)
        header.sectionResized.connect(self._columns_resized)
        model.modelReset.connect(self._invalidate)
        model.dataChanged.connect(self._rows_changed)
        self._soften_selection()

    # -- lazy row fitting ----------------------------------------------------------------
    def _schedule(self, *_args) -> None:
        self._timer.start()

    def _invalidate(self) -> None:
        self._fitted.clear()
        self._schedule()

    def _columns_resized(self, *_args) -> None:
        self._fitted.clear()
        self._schedule()

    def _rows_changed(self, top, bottom, _roles=()) -> None:
        if bottom.row() - top.row() > 200:
            self._fitted.clear()
        else:
            for row in range(top.row(), bottom.row() + 1):
                self._fitted.pop(row, None)
        self._schedule()

    def _soften_selection(self) -> None:
        """A light selection tint keeps the severity colours and evidence readable (light and dark)."""
        palette = self.palette()
        base = palette.color(QPalette.Base)
        for group in (QPalette.Active, QPalette.Inactive):
            high = palette.color(group, QPalette.Highlight)
            mix = 0.30 if group == QPalette.Active else 0.18
            soft = QColor(round(base.red() + (high.red() - base.red()) * mix),
                          round(base.green() + (high.green() - base.green()) * mix),
                          round(base.blue() + (high.blue() - base.blue()) * mix))
            palette.setColor(group, QPalette.Highlight, soft)
            palette.setColor(group, QPalette.HighlightedText, palette.color(group, QPalette.Text))
        self._softening = True
        self.setPalette(palette)
        self._softening = False

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and not getattr(self, "_softening", False):
            self._softening = True
            self.setPalette(QApplication.palette(self))
            self._soften_selection()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._schedule()

    def _width_key(self) -> int:
        return self.columnWidth(SegmentModel.SOURCE) * 10000 + self.columnWidth(SegmentModel.TARGET)

    def row_height(self, row: int) -> int:
        model = self.model()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        height = self.verticalHeader().minimumSectionSize()
        for col in (SegmentModel.SOURCE, SegmentModel.TARGET):
            height = max(height, self.delegate.sizeHint(option, model.index(row, col)).height())
        return height

    def fit_rows(self, first: int, last: int) -> int:
        """Fit rows first..last (inclusive) now; returns how many were measured."""
        key = self._width_key()
        measured = 0
        for row in range(max(0, first), min(self.model().rowCount() - 1, last) + 1):
            if self._fitted.get(row) != key:
                wanted = self.row_height(row)
                if self.rowHeight(row) != wanted:
                    self.setRowHeight(row, wanted)
                self._fitted[row] = key
                measured += 1
        return measured

    def fit_visible_rows(self) -> int:
        """Fit the rows on screen (and a margin below); returns how many rows were measured."""
        count = self.model().rowCount()
        if not count:
            return 0
        first = max(0, self.rowAt(0))
        key = self._width_key()
        height = self.viewport().height()
        # walk down with our own running y: asking the header for positions after each
        # resize would make it recompute 20,000 section offsets every time
        y = self.rowViewportPosition(first)
        measured, resized, row, extra = 0, 0, first, 0
        header = self.verticalHeader()
        header.blockSignals(True)  # one geometry update at the end, not one per row
        try:
            while row < count and extra < MARGIN_ROWS:
                if self._fitted.get(row) != key:
                    wanted = self.row_height(row)
                    if header.sectionSize(row) != wanted:
                        header.resizeSection(row, wanted)
                        resized += 1
                    self._fitted[row] = key
                    measured += 1
                y += header.sectionSize(row)
                if y > height:
                    extra += 1
                row += 1
        finally:
            header.blockSignals(False)
        if resized:
            self.updateGeometries()
            self.viewport().update()
        target = getattr(self, "_scroll_target", None)
        if measured and target is not None and target.isValid():
            self.scrollTo(target, QAbstractItemView.EnsureVisible)
        return measured

    # -- navigation ------------------------------------------------------------------------
    def select_row(self, row: int, column: int = SegmentModel.TARGET) -> None:
        index = self.model().index(row, column)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        # size the rows around the target first, so the scroll lands on their real heights
        self.fit_rows(row - MARGIN_ROWS, row + MARGIN_ROWS)
        self.scrollTo(index, QAbstractItemView.EnsureVisible)
        # a width change right after (scroll bar, dock) re-fits rows: keep the target in view a moment
        self._scroll_target = index
        QTimer.singleShot(400, self._forget_target)
        self._schedule()

    def _forget_target(self) -> None:
        self._scroll_target = None

    # -- a click on a flagged span picks that issue -----------------------------------------
    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        if event.button() != Qt.LeftButton:
            return
        record = self.issue_at(event.position().toPoint())
        if record is not None:
            self.issueClicked.emit(record)

    def issue_at(self, pos):
        """The open issue whose span is under ``pos`` (viewport coordinates), else None."""
        index = self.indexAt(pos)
        if not index.isValid() or index.column() not in (SegmentModel.SOURCE, SegmentModel.TARGET):
            return None
        records = index.data(ISSUES_ROLE) or []
        content = index.data(CONTENT_ROLE)
        if not records or content is None or index.data(DIFF_ROLE):
            return None  # nothing flagged here, or a tracked change (its text is not the target's)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        rect = self.visualRect(index).adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        text, _ranges = cell_layout(index, self.palette())
        layout, _height = self.delegate._layout(text, option.font, rect.width())
        x, y = pos.x() - rect.left(), pos.y() - rect.top()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            if line.y() <= y < line.y() + line.height():
                offset = content.markup_to_plain(line.xToCursor(x))
                break
        else:
            return None
        hits = [r for r in records if r.issue.start <= offset < max(r.issue.end, r.issue.start + 1)]
        return min(hits, key=lambda r: r.issue.end - r.issue.start) if hits else None

    def edit_target(self) -> bool:
        row = self.currentIndex().row()
        if row < 0:
            return False
        index = self.model().index(row, SegmentModel.TARGET)
        self.setCurrentIndex(index)
        return self.edit(index, QAbstractItemView.EditKeyPressed, None)
