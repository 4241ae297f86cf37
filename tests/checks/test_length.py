"""Length outliers against the document's own target/source ratio."""
from pathlib import Path

from qa_desk.engine import load_document, run_checks
from qa_desk.model import BilingualDocument, Content, Segment

CLEAN = Path(__file__).resolve().parent.parent / "data" / "battery_a" / "clean"


def _doc(pairs):
    return BilingualDocument([Segment(str(n), Content(en), Content(fr)) for n, (en, fr) in enumerate(pairs, 1)])


def _clean_pairs():
    doc = load_document([str(CLEAN / "04_storm.en.txt"), str(CLEAN / "04_storm.fr.txt")])
    return [(s.source.text, s.target_text) for s in doc.segments]


def test_clean_document_has_no_outlier():
    assert run_checks(_doc(_clean_pairs()), "length").issues == []


def test_truncated_translation_is_flagged_as_shorter():
    pairs = _clean_pairs()
    en, fr = pairs[1]
    pairs[1] = (en, fr[: len(fr) // 3] + ".")
    issues = run_checks(_doc(pairs), "length").issues
    assert [(i.segment, i.check, i.severity) for i in issues] == [("2", "length", "minor")]
    assert "shorter" in issues[0].message and issues[0].category == "Accuracy/Omission"


def test_padded_translation_is_flagged_as_longer():
    pairs = _clean_pairs()
    en, fr = pairs[2]
    pairs[2] = (en, fr + " Selon plusieurs témoins, les secours sont arrivés tard et de nombreux habitants "
                          "ont passé la nuit dehors, sous une pluie battante, sans nourriture ni eau potable.")
    issues = run_checks(_doc(pairs), "length").issues
    assert [i.segment for i in issues] == ["3"] and "longer" in issues[0].message


def test_short_segments_and_small_documents_are_not_judged():
    pairs = [("Yes.", "Oui, tout à fait, absolument, sans aucun doute possible."),
             ("The talks resumed on Monday in Geneva after a long pause.", "Reprise.")]
    assert run_checks(_doc(pairs), "length").issues == []


def test_seed_has_no_length_outlier(seed_pair):
    doc = load_document([str(p) for p in seed_pair])
    assert run_checks(doc, "length").issues == []
