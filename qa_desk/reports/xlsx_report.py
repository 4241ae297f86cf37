"""The QA report as an Excel workbook (.xlsx), written with the standard library (zip + XML).

Two sheets: "Report" holds the CSV's rows (numbers as numbers, the flagged words of an issue row
in bold red instead of ⟦ ⟧), "Scorecard" the document's figures. SpreadsheetML as ECMA-376
describes it, inline strings only (no shared-string table), so the file is small and plain.
"""
from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from .csv_report import CLOSE_MARK, COLUMNS, OPEN_MARK, report_rows
from .labels import Labels
from .scorecard import Scorecard, mqm_score, verdict

NUMERIC = {"source_words", "penalty", "penalty_per_1000", "ter", "chrf"}
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML_BAD = {c: None for c in range(32) if c not in (9, 10, 13)}


def _text(value) -> str:
    return escape(str(value).translate(_XML_BAD))


def _column(n: int) -> str:
    name = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        name = chr(65 + rest) + name
    return name


def _runs(text: str) -> str:
    """Inline rich text: the parts between ⟦ ⟧ in bold red."""
    if OPEN_MARK not in text:
        return f'<t xml:space="preserve">{_text(text)}</t>'
    out = []
    rest = text
    while OPEN_MARK in rest and CLOSE_MARK in rest.split(OPEN_MARK, 1)[1]:
        before, after = rest.split(OPEN_MARK, 1)
        marked, rest = after.split(CLOSE_MARK, 1)
        if before:
            out.append(f'<r><t xml:space="preserve">{_text(before)}</t></r>')
        out.append(f'<r><rPr><b/><color rgb="FFC62828"/></rPr><t xml:space="preserve">{_text(marked)}</t></r>')
    if rest:
        out.append(f'<r><t xml:space="preserve">{_text(rest)}</t></r>')
    return "".join(out)


def _cell(ref: str, value, header: bool = False) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<c r="{ref}"><v>{round(value, 4) if isinstance(value, float) else value}</v></c>'
    style = ' s="1"' if header else ""
    return f'<c r="{ref}" t="inlineStr"{style}><is>{_runs(str(value))}</is></c>'


def _sheet(rows: list[list]) -> str:
    body = []
    for r, values in enumerate(rows, 1):
        cells = "".join(_cell(f"{_column(c)}{r}", v, header=(r == 1)) for c, v in enumerate(values))
        body.append(f'<row r="{r}">{cells}</row>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_MAIN}">'
            f'<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
            f'state="frozen"/></sheetView></sheetViews><sheetData>{"".join(body)}</sheetData></worksheet>')


def render_xlsx(data, card: Scorecard) -> bytes:
    """The workbook's bytes."""
    t = Labels(data.language)
    table = [list(COLUMNS)]
    for row in report_rows(data, card):
        table.append([row.get(k) if k in NUMERIC or k == "segment" else ("" if row.get(k) is None else row.get(k))
                      for k in COLUMNS])
    passed = verdict(card, data.pass_threshold)
    score = [[t("measure"), t("value")],
             [t("MQM score (100 minus penalty points per 100 words)"), round(mqm_score(card), 2)],
             [t("pass mark"), data.pass_threshold if data.pass_threshold is not None else t("none")],
             [t("verdict"), "" if passed is None else (t("PASS") if passed else t("FAIL"))],
             [t("penalty points (minor 1, major 5, critical 25)"), card.penalty],
             [t("penalty per 1,000 source words"), round(card.penalty_per_1000, 2)],
             ["TER", card.ter], ["chrF", card.chrf]]
    score += [[f"{t('open issues (critical / major / minor / info)').split('(')[0].strip()}: {t.word(s)}", n]
              for s, n in card.open_by_severity.items()]
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/worksheets/sheet2.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels":
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_MAIN}" '
            f'xmlns:r="{_REL}"><sheets><sheet name="Report" sheetId="1" r:id="rId1"/>'
            f'<sheet name="Scorecard" sheetId="2" r:id="rId2"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG}">'
            f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{_REL}/worksheet" Target="worksheets/sheet2.xml"/>'
            f'<Relationship Id="rId3" Type="{_REL}/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml":
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{_MAIN}">'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": _sheet(table),
        "xl/worksheets/sheet2.xml": _sheet(score),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text.encode("utf-8"))
    return out.getvalue()
