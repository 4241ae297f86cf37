"""Export and QA reports: the File menu's Export and Report commands (the corrected document as
XLIFF 1.2, 2.1 or text; the report as HTML, CSV or XLSX), each asking first about pending changes.
"""
from __future__ import annotations

from pathlib import Path

from .i18n import tr
from .qt import QT_TRANSLATE_NOOP, QFileDialog
from .window_state import ask

EXPORTS = {  # action key -> (format for session.export, suffix, filter)
    "xliff12": ("xliff12", ".xlf", "XLIFF 1.2 (*.xlf *.xliff)"),
    "xliff2": ("xliff2", ".xlf", "XLIFF 2.1 (*.xlf *.xliff)"),
    "text": ("text", ".txt", QT_TRANSLATE_NOOP("", "Plain text (*.txt)")),
}


def export_dialog(window, key: str) -> None:
    session = window.desk.session
    if session is None:
        return
    fmt, suffix, filt = EXPORTS[key]
    base = Path(session.document.target_path or session.document.path or "document")
    suggested = str(base.with_name(base.stem + ".corrected" + suffix))
    path, _ = QFileDialog.getSaveFileName(window, tr("Export corrected document"), suggested, tr(filt))
    if path:
        export_document(window, path, fmt)


def confirm_pending(window) -> bool:
    """Before an export or a report: changes no editor accepted are not in it. Accept them all and go on,
    go on without them, or stop. False = stop."""
    session = window.desk.session
    pending = sum(1 for e in session.edits if e.decision == "pending") if session is not None else 0
    if not pending:
        return True
    answer = ask(window, "pending_export", tr("Pending changes"),
                 tr("%n change(s) wait for an editor's decision: the export and the report leave them out "
                    "and score their issues as open.", "", pending),
                 [("accept", tr("Accept all and export")), ("without", tr("Export without them")),
                  ("cancel", tr("Cancel"))], default="without")
    if answer == "cancel":
        return False
    if answer == "accept":
        return window.desk.decide_all("all", "accepted")
    return True


def export_document(window, path: str, fmt: str) -> bool:
    """Export now (True when written), or, while a re-check runs, once it is in (False now)."""
    if window.desk.defer(lambda: export_document(window, path, fmt),
                         tr("The export waits for the re-check to finish.")):
        return False
    if not confirm_pending(window):
        return False
    used = window.desk.export(path, fmt)
    if used:
        left = sum(1 for e in window.desk.session.edits if e.decision == "pending")
        text = tr("Exported %1 (%2, accepted changes only).").replace("%1", _name(path)).replace("%2", used)
        if left:
            text += " " + tr("%n pending change(s) left out.", "", left)
        window.statusBar().showMessage(text, 10000)
    return bool(used)


REPORT_FILTERS = {"html": QT_TRANSLATE_NOOP("", "HTML (*.html)"), "csv": QT_TRANSLATE_NOOP("", "CSV (*.csv)"),
                  "xlsx": QT_TRANSLATE_NOOP("", "Excel workbook (*.xlsx)")}


def report_dialog(window, kind: str) -> None:
    session = window.desk.session
    if session is None:
        return
    base = Path(session.document.path or "document")
    path, _ = QFileDialog.getSaveFileName(window, tr("Export QA report"),
                                          str(base.with_name(base.stem + ".qa." + kind)), tr(REPORT_FILTERS[kind]))
    if path:
        export_report(window, path, kind)


def export_report(window, path: str, kind: str) -> bool:
    """Write the report now (True), or, while a re-check runs, once it is in (False now)."""
    if window.desk.defer(lambda: export_report(window, path, kind),
                         tr("The report waits for the re-check to finish.")):
        return False
    if not confirm_pending(window):
        return False
    ok = window.desk.export_report(path, kind)
    if ok:
        window.statusBar().showMessage(tr("QA report written to %1.").replace("%1", _name(path)), 8000)
    return ok




def _name(path: str) -> str:
    return Path(path).name if path else ""
