"""Report writers, one module per format, used by the command and the app alike.

``text_report`` and ``json_report`` render a check run; ``html_report`` and ``csv_report`` render
a :class:`~qa_desk.reports.data.ReportData` (a check run or a review session) with the MQM-style
``scorecard``; ``batch_index`` writes a batch's ``summary.csv`` and ``index.html``.
"""
from __future__ import annotations

import json

REPORT_KINDS = ("html", "csv")


def render_report(data, kind: str) -> tuple[str, object]:
    """The HTML or CSV report of ``data`` and its scorecard."""
    from .scorecard import build_scorecard

    if kind not in REPORT_KINDS:
        raise ValueError("report kind must be 'html' or 'csv'")
    card = build_scorecard(data)
    if kind == "html":
        from .html_report import render_html
        return render_html(data, card), card
    from .csv_report import render_csv
    return render_csv(data, card), card


def write_report(data, path: str, kind: str):
    """Render and write the report atomically; returns the scorecard."""
    from ..fileutil import atomic_write_text

    text, card = render_report(data, kind)
    atomic_write_text(path, text)
    return card


def render_run(run, fmt: str) -> str:
    """A check run's report as text, JSON, HTML or CSV (the last two as the app exports them)."""
    if fmt == "json":
        from .json_report import report_json
        return json.dumps(report_json(run), ensure_ascii=False, indent=2) + "\n"
    if fmt in ("html", "csv"):
        from .data import ReportData
        return render_report(ReportData.from_run(run), fmt)[0]
    from .text_report import report_text
    return report_text(run)
