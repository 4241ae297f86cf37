"""Export writes accepted edits only, moves states, and hands open/ignored issues to the writer."""
import textwrap

import pytest
from lxml import etree

from qa_desk.engine import load_document
from qa_desk.review import ReviewSession
from qa_desk.review.export import accepted_document

ITS = "http://www.w3.org/2005/11/its"


def _decided_session(new_session, review_doc):
    """seg 1: chien->chat accepted, maison->demeure pending; seg 2: title rejected;
    seg 3: filled, pending; seg 4: hand edit accepted."""
    s = new_session(review_doc)
    chien = next(r for r in s.issues_for("1") if r.issue.text == "chien")
    s.apply_suggestion(chien.signature, user="ana")
    maison = next(r for r in s.issues_for("1") if r.issue.text == "maison")
    s.apply_suggestion(maison.signature, user="ana")
    title = next(r for r in s.issues_for("2"))
    s.apply_suggestion(title.signature, user="ana")
    s.set_target("3", "Personne n'a répondu.", user="ana")
    s.set_target("4", "Il faisait très beau.", user="ana")
    by_after = {e.after: e.id for e in s.edits}
    s.decide(by_after["Le chat dort près de la maison."], "accepted", user="ed")
    s.decide(by_after["Mme Smith a dit qu'elle viendrait."], "rejected", user="ed")
    s.decide(by_after["Il faisait très beau."], "accepted", user="ed")
    return s


def test_accepted_document_keeps_only_accepted_edits(new_session, review_doc):
    s = _decided_session(new_session, review_doc)
    working = [seg.target_text for seg in s.document.segments]
    doc, skipped = accepted_document(s)
    assert skipped == []
    assert [seg.target_text for seg in doc.segments] == [
        "Le chat dort près de la maison.",  # the pending "demeure" is left out
        "M. Smith a dit qu'elle viendrait.",  # rejected
        "",  # pending
        "Il faisait très beau."]
    assert [seg.state for seg in doc.segments] == ["reviewed", "translated", "translated", "reviewed"]
    assert [seg.target_text for seg in s.document.segments] == working  # the session is untouched
    assert working[0] == "Le chat dort près de la demeure."


def test_text_export(new_session, review_doc, tmp_path):
    s = _decided_session(new_session, review_doc)
    out = tmp_path / "out.txt"
    assert s.export(str(out), "text") == "text"
    text = out.read_text(encoding="utf-8")
    assert "Le chat dort près de la maison." in text and "demeure" not in text
    assert "M. Smith" in text and "Personne" not in text and "très beau" in text
    assert [p for p in tmp_path.iterdir() if ".tmp" in p.name] == []
    assert s.audit_trail()[-1].action == "export"


def test_issues_fixed_only_by_pending_edits_are_still_exported(new_session, review_doc):
    from qa_desk.review.export import exported_issues

    s = _decided_session(new_session, review_doc)
    doc, _ = accepted_document(s)
    sent = {(i.segment, i.check, i.text) for i in exported_issues(s, doc)}
    assert ("1", "test_review_word", "maison") in sent  # its fix is pending
    assert ("1", "test_review_word", "chien") not in sent  # its fix was accepted
    assert ("2", "test_review_title", "M.") in sent  # its fix was rejected: open again
    assert ("3", "omission", "Nobody answered.") in sent  # filled, but not accepted


XLIFF = """\
<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr">
 <file id="f1">
  <unit id="u1"><segment id="s1" state="translated"><source>The cat sleeps near the house.</source>
   <target>Le chien dort près de la maison.</target></segment></unit>
  <unit id="u2"><segment id="s2" state="translated"><source>Ms Smith said she would <pc id="1">come</pc>.</source>
   <target>M. Smith a dit qu'elle <pc id="1">viendrait</pc>.</target></segment></unit>
  <unit id="u3"><segment id="s3" state="translated"><source>The chien is a dog.</source>
   <target>Le chien est un chien.</target></segment></unit>
 </file>
</xliff>
"""


def test_xliff2_export_with_accepted_and_pending_edits(tmp_path, review_checks):
    pytest.importorskip("qa_desk.formats.xliff2")
    from qa_desk.formats.validate import validate

    source = tmp_path / "in.xlf"
    source.write_text(XLIFF, encoding="utf-8")
    checks, settings = review_checks
    s = ReviewSession.open_files([str(source)], str(tmp_path / "p.qadesk"), check_ids=checks,
                                 settings=settings)
    try:
        chien = next(r for r in s.issues_for("u1/s1") if r.issue.text == "chien")
        title = s.issues_for("u2/s2")[0]
        s.apply_suggestion(chien.signature, user="ana")
        s.apply_suggestion(title.signature, user="ana")
        accepted = s.edits[0].id
        s.decide(accepted, "accepted", user="ed")  # the title fix stays pending
        first_s3 = s.issues_for("u3/s3")[0]
        s.ignore(first_s3.signature, "it is a name here", user="ana")
        out = tmp_path / "out.xlf"
        assert s.export(str(out)) == "xliff2"
    finally:
        s.close()
    assert validate(str(out)) == []
    doc = load_document([str(out)])
    targets = {seg.id: seg for seg in doc.segments}
    assert targets["u1/s1"].target_text == "Le chat dort près de la maison."
    assert targets["u1/s1"].state == "reviewed"
    assert targets["u2/s2"].target_text == "M. Smith a dit qu'elle viendrait."  # pending: not written
    assert targets["u2/s2"].target.markup().count("<pc1>") == 1
    assert targets["u2/s2"].state == "translated"
    tree = etree.parse(str(out))
    comments = [m.get(f"{{{ITS}}}locQualityIssueComment") for m in tree.iter()
                if m.get(f"{{{ITS}}}locQualityIssueType")]
    # open: maison (s1), the pending title (s2), the second chien (s3); ignored: the first chien (s3)
    assert len(comments) == 4
    assert sum("[ignored: it is a name here]" in c for c in comments) == 1


def test_xliff12_export_when_available(new_session, review_doc, tmp_path):
    pytest.importorskip("qa_desk.formats.xliff12")
    s = _decided_session(new_session, review_doc)
    out = tmp_path / "out.xlf"
    assert s.export(str(out), "xliff12") == "xliff12"
    doc = load_document([str(out)])
    assert [seg.target_text for seg in doc.segments][:2] == ["Le chat dort près de la maison.",
                                                             "M. Smith a dit qu'elle viendrait."]


def test_text_pair_export_keeps_the_raw_text(tmp_path, review_checks):
    pytest.importorskip("qa_desk.align.document")
    en, fr = tmp_path / "en.txt", tmp_path / "fr.txt"
    en.write_text("The cat sleeps.\n\nThe weather was fine.\n", encoding="utf-8")
    fr.write_text("Le chien dort.\n\nIl faisait beau.\n", encoding="utf-8")
    checks, settings = review_checks
    s = ReviewSession.open_files([str(en), str(fr)], None, check_ids=checks, settings=settings)
    try:
        s.apply_suggestion(s.issues[0].signature, user="ana")
        s.decide(s.edits[0].id, "accepted", user="ed")
        out = tmp_path / "out.txt"
        s.export(str(out), "text")
    finally:
        s.close()
    assert out.read_text(encoding="utf-8") == textwrap.dedent("""\
        Le chat dort.

        Il faisait beau.
        """)
