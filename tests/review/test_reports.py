"""The HTML and CSV reports: escaping, and scorecard figures worked out by hand."""
import csv
import io
from html.parser import HTMLParser

import pytest

from qa_desk.reports.scorecard import PENALTIES

SCRIPT = "<script>alert('x')</script>"


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def test_html_escapes_every_text(new_session, make_document, tmp_path):
    doc = make_document([(f"He wrote {SCRIPT} today.", f"Il a écrit {SCRIPT} aujourd'hui."),
                         ("Ms Smith came.", "M. Smith est venu.")],
                        notes={"1": [f"note {SCRIPT}"]})
    s = new_session(doc, settings={"test_review_people": ["<b>Evil</b>"]})
    assert any(r.issue.text == "<script>" for r in s.issues)  # the message quotes the markup
    s.set_target("2", f"M. Smith {SCRIPT}", user="<i>ana</i>")
    out = tmp_path / "report.html"
    s.export_report(str(out), "html")
    page = out.read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(page)
    assert "script" not in parser.tags and "b" not in parser.tags and "i" not in parser.tags
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "note &lt;script&gt;" in page  # the note
    assert "&lt;b&gt;Evil&lt;/b&gt;" in page  # the person's name
    assert "markup &lt;script&gt; in the target" in page  # the message
    assert "&lt;i&gt;ana&lt;/i&gt;" in page  # the user
    assert page.startswith("<!DOCTYPE html>") and "<link" not in page and "src=" not in page


def _scored_session(new_session, make_document):
    """Worked example: 50 source words; one accepted fix; open major + critical; an ignored critical."""
    words = lambda n: " ".join(["word"] * n)  # noqa: E731
    doc = make_document([
        (words(10), "le chien noir dort"),  # major, fixed and accepted -> TER 1/4
        (words(20), "la maison est grande"),  # major, open -> 5
        (words(10), ""),  # omission, critical, open -> 25
        ("Mr Smith " + words(8), "Mme Smith est venue"),  # critical, ignored -> 0
    ])
    s = new_session(doc)
    s.apply_suggestion(s.issues_for("1")[0].signature, user="ana")
    s.decide(s.edits[0].id, "accepted", user="ed")
    s.ignore(s.issues_for("4")[0].signature, "the company Smith", user="ana")
    return s


def test_scorecard_figures_by_hand(new_session, make_document):
    card = _scored_session(new_session, make_document).scorecard()
    assert card.source_words == 50
    assert card.penalty == PENALTIES["major"] + PENALTIES["critical"] == 30
    assert card.penalty_per_1000 == pytest.approx(30 * 1000 / 50)
    assert card.open_by_severity == {"critical": 1, "major": 1, "minor": 0, "info": 0}
    ter = [seg.ter for seg in card.segments]
    assert ter == [pytest.approx(25.0), 0.0, None, 0.0]  # 1 substitution / 4 reference words
    assert card.ter == pytest.approx(100 * 1 / 12)  # 1 edit over 4 + 4 + 4 reference words
    assert [seg.chrf for seg in card.segments][1:] == [100.0, None, 100.0]
    assert 0 < card.segments[0].chrf < 100 and 0 < card.chrf < 100
    assert card.decision_counts == {"accepted": 1}
    assert card.status_counts == {"fixed": 1, "open": 2, "ignored": 1}


def test_csv_carries_the_same_figures(new_session, make_document, tmp_path):
    s = _scored_session(new_session, make_document)
    out = tmp_path / "report.csv"
    s.export_report(str(out), "csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    document = rows[0]
    assert document["row"] == "document"
    assert (document["source_words"], document["penalty"], document["penalty_per_1000"], document["ter"]) == \
        ("50", "30", "600.00", "8.33")
    segments = [r for r in rows if r["row"] == "segment"]
    assert [(r["segment"], r["source_words"], r["penalty"], r["ter"]) for r in segments] == [
        ("1", "10", "0", "25.00"), ("2", "20", "5", "0.00"), ("3", "10", "25", ""), ("4", "10", "0", "0.00")]
    assert segments[0]["corrected_target"] == "le chat noir dort"
    issues = {(r["segment"], r["status"]): r["penalty"] for r in rows if r["row"] == "issue"}
    assert issues == {("1", "fixed"): "0", ("2", "open"): "5", ("3", "open"): "25", ("4", "ignored"): "0"}
    assert [r["ignore_reason"] for r in rows if r["status"] == "ignored"] == ["the company Smith"]


def test_csv_defuses_formulas(new_session, make_document, tmp_path):
    s = new_session(make_document([("=1+1 is two", "=HYPERLINK(\"x\") chien")]))
    out = tmp_path / "report.csv"
    s.export_report(str(out), "csv")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    segment = next(r for r in rows if r["row"] == "segment")
    assert segment["source"] == "'=1+1 is two"
    assert segment["original_target"].startswith("'=HYPERLINK")


def test_unknown_report_kind(new_session, review_doc, tmp_path):
    s = new_session(review_doc)
    with pytest.raises(ValueError):
        s.export_report(str(tmp_path / "r.pdf"), "pdf")


def _numbered_session(new_session, make_document):
    doc = make_document([("The cat sleeps.", "Le chien dort."), ("Nobody.", "Personne."),
                         ("The house.", "La maison.")])
    for seg, new_id in zip(doc.segments, ("u1/s1", "u1/s2", "u2/s1")):
        seg.id = new_id
    s = new_session(doc, settings={"report": {"pass_threshold": 95}})
    chien = next(r for r in s.issues if r.issue.text == "chien")
    s.apply_suggestion(chien.signature, user="ana")
    return s


def test_reports_number_segments_show_context_and_a_verdict(new_session, make_document, tmp_path):
    """Issue 16: one numbering, segment context with the flagged words, diffs, pass/fail, BOM, audit."""
    s = _numbered_session(new_session, make_document)
    out = tmp_path / "report.csv"
    s.export_report(str(out), "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the byte-order mark to read UTF-8"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    maison = next(r for r in rows if r["row"] == "issue" and r["flagged"] == "maison")
    assert (maison["segment"], maison["segment_id"]) == ("3", "u2/s1")
    assert maison["corrected_target"] == "La ⟦maison⟧."
    chien = next(r for r in rows if r["row"] == "issue" and r["flagged"] == "chien")
    assert chien["status"] == "open (fix pending)" and chien["penalty"] == "5"
    edit = next(r for r in rows if r["row"] == "edit")
    assert edit["segment"] == "1" and edit["change"] == "−chien +chat" and edit["decision"] == "pending"
    assert rows[0]["decision"] == "fail" and "FAIL" in rows[0]["message"]
    html = tmp_path / "report.html"
    s.export_report(str(html), "html")
    page = html.read_text(encoding="utf-8")
    assert "La <mark>maison</mark>." in page
    assert "<del>chien</del><ins>chat</ins>" in page
    assert 'class="fail">FAIL' in page
    assert "Audit trail" in page and "Applied “chat” in segment 1" in page
    s.decide(s.edits[0].id, "accepted", user="ed")
    s.ignore(next(r for r in s.issues if r.issue.text == "maison").signature, "a name", user="ed")
    s.export_report(str(html), "html")
    assert 'class="pass">PASS' in html.read_text(encoding="utf-8")


def test_xlsx_report_is_a_workbook(new_session, make_document, tmp_path):
    import zipfile

    from lxml import etree
    s = _numbered_session(new_session, make_document)
    out = tmp_path / "report.xlsx"
    s.export_report(str(out), "xlsx")
    with zipfile.ZipFile(out) as book:
        names = set(book.namelist())
        assert {"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"} <= names
        sheet = etree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    texts = ["".join(c.itertext()) for c in sheet.iterfind(".//m:c", ns)]
    assert "open (fix pending)" in texts and "La maison." in texts  # the flagged words are a bold red run
    bold = sheet.xpath(".//m:r[m:rPr/m:b]/m:t/text()", namespaces=ns)
    assert "maison" in bold


def test_french_report(new_session, make_document, tmp_path):
    s = _numbered_session(new_session, make_document)
    s.report_language = "fr"
    out = tmp_path / "rapport.html"
    s.export_report(str(out), "html")
    page = out.read_text(encoding="utf-8")
    assert '<html lang="fr">' in page and "Bilan" in page and "ouvert (correction en attente)" in page
    assert "ÉCHEC" in page and "majeur" in page


def test_profile_report_table(tmp_path):
    from qa_desk.errors import InputError
    from qa_desk.settings.profile import load_profile
    good = tmp_path / "p.toml"
    good.write_text('[report]\npass_threshold = 98.5\nlanguage = "fr"\n')
    assert load_profile(str(good))["report"] == {"pass_threshold": 98.5, "language": "fr"}
    for body in ('[report]\npass_threshold = "high"\n', '[report]\nlanguage = "de"\n', '[report]\nx = 1\n'):
        bad = tmp_path / "bad.toml"
        bad.write_text(body)
        with pytest.raises(InputError, match=r"\[report\]"):
            load_profile(str(bad))
