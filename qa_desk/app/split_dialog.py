"""Where to cut a segment in two: the source and target shown side by side, a cursor in each."""
from __future__ import annotations

from .i18n import tr
from .qt import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout


class SplitDialog(QDialog):
    """Click in the source and in the target where the first half ends; OK splits there.

    A cursor at the very start or end of a side leaves that side empty in one half
    (the way to mark a sentence as omitted or added).
    """

    def __init__(self, source: str, target: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Split segment"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Put the cursor where the first half ends, in the source and in the target.")))
        self.source = self._editor(source, "splitSource")
        self.target = self._editor(target, "splitTarget")
        for label, editor in ((tr("Source"), self.source), (tr("Target"), self.target)):
            layout.addWidget(QLabel(label))
            layout.addWidget(editor)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _editor(self, text: str, name: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setObjectName(name)
        editor.setPlainText(text)
        editor.setReadOnly(True)
        cursor = editor.textCursor()
        cursor.setPosition(_middle(text))
        editor.setTextCursor(cursor)
        return editor

    def positions(self) -> tuple[int, int]:
        return self.source.textCursor().position(), self.target.textCursor().position()


def _middle(text: str) -> int:
    """A first guess: after the sentence end nearest the middle, else the end of the text."""
    ends = [k + 1 for k, c in enumerate(text[:-1]) if c in ".!?…" and text[k + 1] == " "]
    return min(ends, key=lambda k: abs(k - len(text) / 2)) if ends else len(text)


