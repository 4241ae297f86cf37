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
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
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
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    segment = next(r for r in rows if r["row"] == "segment")
    assert segment["source"] == "'=1+1 is two"
    assert segment["original_target"].startswith("'=HYPERLINK")


def test_unknown_report_kind(new_session, review_doc, tmp_path):
    s = new_session(review_doc)
    with pytest.raises(ValueError):
        s.export_report(str(tmp_path / "r.pdf"), "pdf")
