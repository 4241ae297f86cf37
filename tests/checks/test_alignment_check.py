from qa_desk.engine import run_checks
from qa_desk.model import BilingualDocument, Content, Segment


def _doc(*rows):
    return BilingualDocument([Segment(str(n), Content(src), Content(tgt), link=link, confidence=conf)
                              for n, (src, tgt, link, conf) in enumerate(rows, 1)])


def test_low_confidence_link_is_an_info_issue():
    doc = _doc(("He left at dawn.", "Il partit à l'aube.", "1-1", 0.93),
               ("The rain stopped. Nobody spoke.", "Personne ne parla.", "2-1", 0.31),
               ("Nothing else happened.", "", "1-0", 0.2))
    issues = run_checks(doc, ["alignment"]).issues
    assert [(i.segment, i.severity) for i in issues] == [("2", "info")]
    assert "2-1" in issues[0].message and "0.31" in issues[0].message
    assert (issues[0].start, issues[0].end) == (0, len("Personne ne parla."))


def test_threshold_comes_from_the_settings():
    doc = _doc(("He left at dawn.", "Il partit à l'aube.", "1-1", 0.55))
    assert run_checks(doc, ["alignment"]).issues == []
    assert len(run_checks(doc, ["alignment"], settings={"alignment_confidence": 0.6}).issues) == 1
