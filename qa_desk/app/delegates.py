"""Painting the grid's text cells: issue spans, evidence, inline codes and tracked changes.

One delegate for the grid; what it paints is chosen by the model's KIND_ROLE,
not by column number. Text is laid out with QTextLayout (no per-row widgets),
and heights are cached by (text, width) so scrolling 20,000 rows stays cheap.
"""
from __future__ import annotations

from .models import (CONTENT_ROLE, DIFF_ROLE, ISSUES_ROLE, KIND_ROLE, SELECTED_ROLE, SEGMENT_ROLE,
                     SIDE_ROLE, severity_colour)
from .qt import (QAbstractItemDelegate, QApplication, QColor, QEvent, QFont, QPalette, QPlainTextEdit,
                 QPointF, QRectF, QSize, QStyle, QStyledItemDelegate, QStyleOptionViewItem, Qt, QTextCharFormat,
                 QTextLayout, QTextOption)
from .i18n import tr

PAD_X, PAD_Y = 6, 4
DELETE_COLOUR = QColor("#c62828")
INSERT_COLOUR = QColor("#2e7d32")
DELETE_TINT = QColor(198, 40, 40, 38)  # translucent tints make one-character changes findable
INSERT_TINT = QColor(46, 125, 50, 38)
EVIDENCE_COLOUR = QColor(0, 150, 136, 80)  # teal, translucent: readable on light and dark


def _range(start: int, length: int, fmt: QTextCharFormat):
    rng = QTextLayout.FormatRange()
    rng.start, rng.length, rng.format = start, length, fmt
    return rng


def _fmt(**kw) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if "fg" in kw:
        fmt.setForeground(kw["fg"])
    if "bg" in kw:
        fmt.setBackground(kw["bg"])
    if "wave" in kw:
        fmt.setUnderlineStyle(QTextCharFormat.WaveUnderline)
        fmt.setUnderlineColor(kw["wave"])
    if "under" in kw:
        fmt.setUnderlineStyle(QTextCharFormat.SingleUnderline)
        fmt.setUnderlineColor(kw["under"])
    if kw.get("strike"):
        fmt.setFontStrikeOut(True)
    if kw.get("italic"):
        fmt.setFontItalic(True)
    return fmt


def _data(index, role: int):
    """Ask the Python model directly: no QVariant round trip (cheaper, and no None conversions)."""
    return index.model().data(index, role)


def cell_layout(index, palette: QPalette) -> tuple[str, list]:
    """The text a cell shows and its format ranges (display offsets)."""
    content = _data(index, CONTENT_ROLE)
    side = _data(index, SIDE_ROLE)
    diff = _data(index, DIFF_ROLE)
    records = _data(index, ISSUES_ROLE) or []
    selected = _data(index, SELECTED_ROLE)
    seg = _data(index, SEGMENT_ROLE)
    ranges = []
    if diff:
        # tracked change: plain text, deletions struck red, insertions underlined green
        text_parts, offset_map, pos = [], {}, 0
        plain = 0
        for op, chunk in diff:
            start = pos
            text_parts.append(chunk)
            pos += len(chunk)
            if op == "delete":
                ranges.append(_range(start, len(chunk), _fmt(fg=DELETE_COLOUR, bg=DELETE_TINT, strike=True)))
                continue
            if op == "insert":
                ranges.append(_range(start, len(chunk), _fmt(fg=INSERT_COLOUR, bg=INSERT_TINT,
                                                              under=INSERT_COLOUR)))
            for k in range(len(chunk)):
                offset_map[plain + k] = start + k
            plain += len(chunk)
        offset_map[plain] = pos

        def to_display(offset: int) -> int:
            return offset_map.get(offset, pos)
        text = "".join(text_parts)
    else:
        if content is None:
            return "", ranges
        text = content.markup()
        to_display = content.plain_to_markup
        grey = palette.color(QPalette.Disabled, QPalette.Text)
        for code in content.codes:
            at = content.plain_to_markup(code.pos) - len(code.label())
            ranges.append(_range(at, len(code.label()), _fmt(fg=grey)))
    for rec in records:
        issue = rec.issue
        start, end = to_display(issue.start), to_display(max(issue.end, issue.start))
        if end <= start:  # a zero-width issue (an omission point): mark the next character
            end = min(len(text), start + 1)
            start = max(0, end - 1)
        ranges.append(_range(start, end - start, _fmt(wave=severity_colour(issue.severity))))
    if selected is not None and seg is not None:
        issue = selected.issue
        if issue.segment == seg.id and issue.side == side and issue.end > issue.start:
            colour = QColor(severity_colour(issue.severity))
            colour.setAlpha(70)
            start, end = to_display(issue.start), to_display(issue.end)
            ranges.append(_range(start, end - start, _fmt(bg=colour)))
        for ev in issue.evidence:
            if ev.side == side and ev.segment == seg.id and 0 <= ev.start < ev.end:
                start, end = to_display(ev.start), to_display(ev.end)
                ranges.append(_range(start, end - start, _fmt(bg=EVIDENCE_COLOUR)))
    return text, ranges


class SegmentDelegate(QStyledItemDelegate):
    """Paints text cells; editing the target uses a wrapping plain-text editor."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self._heights: dict[tuple[str, int, int], int] = {}

    def clear_cache(self) -> None:
        self._heights.clear()

    def _layout(self, text: str, font: QFont, width: int, ranges=()) -> tuple[QTextLayout, float]:
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        if ranges:
            layout.setFormats(list(ranges))
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(10, width))
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout, y

    def text_height(self, text: str, font: QFont, width: int) -> int:
        key = (text, width, font.pointSize())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > 50000:
                self._heights.clear()
            height = int(self._layout(text or " ", font, width)[1]) + 2 * PAD_Y + 1
            self._heights[key] = height
        return height

    def sizeHint(self, option, index):
        if _data(index, KIND_ROLE) != "text":
            return super().sizeHint(option, index)
        width = self.view.columnWidth(index.column()) - 2 * PAD_X
        diff = _data(index, DIFF_ROLE)
        text = "".join(chunk for _, chunk in diff) if diff else (_data(index, Qt.DisplayRole) or "")
        return QSize(width, self.text_height(text, option.font, width))

    def paint(self, painter, option, index):
        kind = _data(index, KIND_ROLE)
        if kind not in ("text", "number", "status"):
            super().paint(painter, option, index)
            return
        # background and selection straight from the style: initStyleOption would ask
        # the model a dozen roles per cell for nothing
        opt = QStyleOptionViewItem(option)
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawPrimitive(QStyle.PE_PanelItemViewItem, opt, painter, opt.widget)
        if kind != "text":
            self._paint_label(painter, opt, index, str(_data(index, Qt.DisplayRole) or ""), kind)
            return
        text, ranges = cell_layout(index, opt.palette)
        selected = bool(opt.state & QStyle.State_Selected)
        group = QPalette.Active if opt.state & QStyle.State_Active else QPalette.Inactive
        pen = opt.palette.color(group, QPalette.HighlightedText if selected else QPalette.Text)
        rect = opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        painter.save()
        painter.setClipRect(opt.rect)
        if not text:
            seg = _data(index, SEGMENT_ROLE)
            if _data(index, SIDE_ROLE) == "target" and seg is not None:
                hint = (tr("(no translation: omission?)")
                        if seg.source.text.strip() else "")
                font = QFont(opt.font)
                font.setItalic(True)
                painter.setFont(font)
                painter.setPen(opt.palette.color(QPalette.Disabled, QPalette.Text))
                painter.drawText(rect, Qt.AlignLeft | Qt.AlignTop, hint)
            painter.restore()
            return
        layout, _ = self._layout(text, opt.font, rect.width(), ranges)
        painter.setPen(pen)
        layout.draw(painter, QPointF(rect.topLeft()))
        painter.restore()

    def _paint_label(self, painter, opt, index, label: str, kind: str) -> None:
        """Row number (right) or status (a severity dot, then the text), on the text cells' baseline."""
        if not label:
            return
        selected = bool(opt.state & QStyle.State_Selected)
        rect = opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        height = opt.fontMetrics.height()
        painter.save()
        colour = _data(index, Qt.ForegroundRole)
        text_colour = opt.palette.color(QPalette.HighlightedText if selected else QPalette.Text)
        if kind == "number":
            plain = opt.palette.color(QPalette.Disabled, QPalette.Text)
            painter.setPen(text_colour if selected else colour if colour is not None else plain)
            painter.drawText(rect, Qt.AlignRight | Qt.AlignTop, label)
        else:
            if colour is not None:
                dot = height * 0.55
                painter.setRenderHint(painter.RenderHint.Antialiasing)
                painter.setPen(Qt.NoPen)
                painter.setBrush(colour)
                painter.drawEllipse(QRectF(rect.left(), rect.top() + (height - dot) / 2, dot, dot))
                rect.setLeft(rect.left() + int(dot) + 5)
            painter.setPen(text_colour if selected or colour is None else colour)
            painter.drawText(rect, Qt.AlignLeft | Qt.AlignTop, label)
        painter.restore()

    # -- editing the target ------------------------------------------------------------
    def createEditor(self, parent, option, index):
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setFrameShape(QPlainTextEdit.NoFrame)
        editor.setObjectName("targetEditor")
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor, index):
        editor.setPlainText(_data(index, Qt.EditRole) or "")
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        editor.setTextCursor(cursor)

    def setModelData(self, editor, model, index):
        model.setData(index, editor.toPlainText().replace("\n", " "), Qt.EditRole)

    def updateEditorGeometry(self, editor, option, index):
        rect = option.rect
        minimum = editor.fontMetrics().lineSpacing() * 3 + 2 * PAD_Y
        if rect.height() < minimum:
            rect.setHeight(minimum)
        editor.setGeometry(rect)

    def eventFilter(self, editor, event):
        """Enter (with or without Ctrl) commits and closes; Escape cancels (Qt's default).

        The editor claims Enter before window shortcuts see it (ShortcutOverride), so
        Ctrl+Enter while typing commits the text instead of applying a suggestion on top.
        """
        if isinstance(editor, QPlainTextEdit) and event.type() in (QEvent.ShortcutOverride, QEvent.KeyPress):
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                if event.type() == QEvent.ShortcutOverride:
                    event.accept()
                    return True
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
        return super().eventFilter(editor, event)
