"""A batch's summary: ``summary.csv`` and ``index.html``, one row per document, and the totals.

A row: the TSV line, the document, whether it was read, segments, source words, issues by
severity and by MQM top-level category, the MQM score and penalty per 1,000 words, the people
some issue is about, and the file holding its report. ``index.html`` links each row to that
report (no scripts, no external files; every value escaped).
"""
from __future__ import annotations

import csv
import io
from collections import Counter
from html import escape

from ..model import SEVERITIES
from .csv_report import _cell

SEVERITY_COLUMNS = tuple(reversed(SEVERITIES))  # critical, major, minor, info
FIXED = ("line", "document", "status", "segments", "words", "issues", *SEVERITY_COLUMNS, "mqm_score",
         "penalty_per_1000", "people_flagged", "report", "error")


def document_row(line: int, document: str, run, data, card, report: str) -> dict:
    """The summary row of one checked document (``data``: its ReportData, ``card``: its scorecard)."""
    from .scorecard import mqm_score

    issues = run.issues
    by_severity = Counter(i.severity for i in issues)
    by_category = Counter((i.category or i.check).split("/")[0] for i in issues)
    return {"line": line, "document": document, "status": "ok", "segments": len(run.document.segments),
            "words": run.document.word_count(), "issues": len(issues),
            **{s: by_severity.get(s, 0) for s in SEVERITY_COLUMNS},
            "categories": dict(by_category), "mqm_score": round(mqm_score(card), 1),
            "penalty_per_1000": round(card.penalty_per_1000, 2), "people_flagged": data.people_flagged(),
            "report": report, "error": ""}


def error_row(line: int, document: str, error: str, report: str) -> dict:
    return {"line": line, "document": document, "status": "error", "error": error, "report": report,
            "categories": {}}


def categories(rows: list[dict]) -> list[str]:
    return sorted({c for row in rows for c in row.get("categories", {})})


def totals(rows: list[dict]) -> dict:
    ok = [r for r in rows if r["status"] == "ok"]
    out = {key: sum(r.get(key, 0) for r in ok) for key in ("segments", "words", "issues", *SEVERITY_COLUMNS,
                                                           "people_flagged")}
    out["documents"], out["failed"] = len(ok), len(rows) - len(ok)
    out["categories"] = dict(sum((Counter(r["categories"]) for r in ok), Counter()))
    return out


def summary_csv(rows: list[dict]) -> str:
    cats = categories(rows)
    columns = list(FIXED[:10]) + [f"category:{c}" for c in cats] + list(FIXED[10:])
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        values = {k: _cell(row.get(k)) for k in columns if not k.startswith("category:")}
        values.update({f"category:{c}": row["categories"].get(c, 0) if row["status"] == "ok" else ""
                       for c in cats})
        writer.writerow(values)
    return out.getvalue()


def _e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def index_html(rows: list[dict], title: str = "qa-desk batch") -> str:
    cats = categories(rows)
    total = totals(rows)
    head = ["#", "document", "status", "segments", "words", "issues", *SEVERITY_COLUMNS, *cats,
            "MQM score", "penalty / 1,000 words", "people flagged", "report"]
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{_e(title)}</title><style>body{{font-family:system-ui,sans-serif;margin:2em}}"
             "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left}"
             "td.num{text-align:right}tr.error td{color:#a00}</style></head><body>",
             f"<h1>{_e(title)}</h1>",
             f'<p id="totals">{total["documents"]} documents checked, {total["failed"]} not read; '
             f'{total["segments"]} segments, {total["words"]} source words, {total["issues"]} issues '
             f'({", ".join(f"{total[s]} {s}" for s in SEVERITY_COLUMNS)}).</p>',
             '<table id="documents"><thead><tr>' + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr></thead><tbody>"]
    for row in rows:
        link = f'<a href="{_e(row["report"])}">{_e(row["report"])}</a>' if row.get("report") else ""
        if row["status"] != "ok":
            cells = [f'<td class="num">{_e(row["line"])}</td>', f"<td>{_e(row['document'])}</td>",
                     f"<td>error: {_e(row['error'])}</td>"] + ["<td></td>"] * (len(head) - 4) + [f"<td>{link}</td>"]
            parts.append(f'<tr class="error" data-line="{_e(row["line"])}">' + "".join(cells) + "</tr>")
            continue
        numbers = [row["segments"], row["words"], row["issues"], *(row[s] for s in SEVERITY_COLUMNS),
                   *(row["categories"].get(c, 0) for c in cats), row["mqm_score"], row["penalty_per_1000"],
                   row["people_flagged"]]
        cells = [f'<td class="num">{_e(row["line"])}</td>', f"<td>{_e(row['document'])}</td>", "<td>ok</td>"]
        cells += [f'<td class="num">{_e(n)}</td>' for n in numbers] + [f"<td>{link}</td>"]
        parts.append(f'<tr data-line="{_e(row["line"])}">' + "".join(cells) + "</tr>")
    parts += ["</tbody></table>", "</body></html>", ""]
    return "\n".join(parts)
