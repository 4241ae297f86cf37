"""The roles, colours and words the grid's model, the issue list and the delegates share, and the
issue tooltip they show (kept apart from the models: no Qt model here, only what views agree on).
"""
from __future__ import annotations

from .i18n import localised_evidence, localised_message, tr
from .qt import QT_TRANSLATE_NOOP, QColor, Qt

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
                    QT_TRANSLATE_NOOP("", "ignored"), QT_TRANSLATE_NOOP("", "reopened"), QT_TRANSLATE_NOOP("", "pending"),
                    QT_TRANSLATE_NOOP("", "accepted"), QT_TRANSLATE_NOOP("", "rejected"),
                    QT_TRANSLATE_NOOP("", "False positive"), QT_TRANSLATE_NOOP("", "Correct in context"),
                    QT_TRANSLATE_NOOP("", "House style allows it"),
                    QT_TRANSLATE_NOOP("", "Quotation left as is"))

SEVERITY_COLOURS = {"critical": "#d32f2f", "major": "#ef6c00", "minor": "#1e88e5", "info": "#8a8a8a"}
UNCERTAIN_COLOUR = "#b26a00"  # amber: the row number of a link the aligner is unsure of
STATE_WORDS = (QT_TRANSLATE_NOOP("", "draft"), QT_TRANSLATE_NOOP("", "translated"),
               QT_TRANSLATE_NOOP("", "reviewed"), QT_TRANSLATE_NOOP("", "signed off"),
               QT_TRANSLATE_NOOP("", "edited"))
STATE_COLOURS = {"initial": "#8a8a8a", "translated": "#1e88e5", "reviewed": "#2e7d32", "final": "#6a1b9a"}
EDITED_MARK = "✎"


def severity_colour(severity: str) -> QColor:
    return QColor(SEVERITY_COLOURS.get(severity, "#8a8a8a"))


def live(record, seg) -> bool:
    """An open issue still stands where it says (False while a deferred re-check has not run yet)."""
    issue = record.issue
    if issue.side != "target" or issue.is_document_level:
        return True
    return seg.target_text[issue.start:issue.end] == issue.text


def issue_tooltip(records) -> str | None:
    """Message, suggestions and evidence of each issue, as rich text."""
    if not records:
        return None
    from html import escape
    parts = []
    for rec in records:
        issue = rec.issue
        colour = SEVERITY_COLOURS.get(issue.severity, "#8a8a8a")
        lines = [f"<b style='color:{colour}'>{escape(tr(issue.severity))}</b> · {escape(issue.check)}: "
                 f"{escape(localised_message(issue))}"]
        if issue.suggestions:
            lines.append(tr("Suggestion: ") + " | ".join(f"<i>{escape(s)}</i>" for s in issue.suggestions[:3]))
        for ev in issue.evidence[:4]:
            lines.append(tr("Evidence: ") + escape(localised_evidence(ev)))
        parts.append("<br>".join(lines))
    return "<qt>" + "<hr>".join(parts) + "</qt>"
