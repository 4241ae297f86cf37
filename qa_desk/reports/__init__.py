"""Report writers, one module per format, used by the command and the app alike.

``text_report`` and ``json_report`` render a check run; ``html_report``, ``csv_report`` and ``xlsx_report`` render
a :class:`~qa_desk.reports.data.ReportData` (a check run or a review session) with the MQM-style
``scorecard``; ``batch_index`` writes a batch's ``summary.csv`` and ``index.html``.
"""
from __future__ import annotations

import json

REPORT_KINDS = ("html", "csv", "xlsx")


def render_report(data, kind: str, for_file: bool = False) -> tuple[str | bytes, object]:
    """The HTML, CSV or XLSX (bytes) report of ``data`` and its scorecard; ``for_file`` puts the
    byte-order mark Excel needs in front of a CSV."""
    from .scorecard import build_scorecard

    if kind not in REPORT_KINDS:
        raise ValueError("report kind must be 'html', 'csv' or 'xlsx'")
    card = build_scorecard(data)
    if kind == "html":
        from .html_report import render_html
        return render_html(data, card), card
    if kind == "xlsx":
        from .xlsx_report import render_xlsx
        return render_xlsx(data, card), card
    from .csv_report import render_csv
    return render_csv(data, card, bom=for_file), card


def write_report(data, path: str, kind: str):
    """Render and write the report atomically; returns the scorecard."""
    from ..fileutil import atomic_write_bytes

    body, card = render_report(data, kind, for_file=True)
    atomic_write_bytes(path, body if isinstance(body, bytes) else body.encode("utf-8"))
    return card


def render_run(run, fmt: str, for_file: bool = False) -> str | bytes:
    """A check run's report as text, JSON, HTML, CSV or XLSX (bytes) (the last three as the app exports them)."""
    if fmt == "json":
        from .json_report import report_json
        return json.dumps(report_json(run), ensure_ascii=False, indent=2) + "\n"
    if fmt in REPORT_KINDS:
        from .data import ReportData
        return render_report(ReportData.from_run(run), fmt, for_file)[0]
    from .text_report import report_text
    return report_text(run)
