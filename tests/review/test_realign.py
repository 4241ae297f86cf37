"""Manual alignment corrections: merge, split, re-link; undo; kept in the project and the export."""
import pytest

from qa_desk.engine import load_document
from qa_desk.formats.validate import validate
from qa_desk.review import ReviewSession

EN = ("The council met on Monday. It approved the budget.\n\n"
      "The mayor spoke first. She thanked the staff.\n\n"
      "Work starts in May.\n")
FR = ("Le conseil s'est réuni lundi. Il a approuvé le budget.\n\n"
      "Le maire a parlé en premier. Elle a remercié le personnel.\n\n"
      "Les travaux commencent en mai.\n")


@pytest.fixture
def pair(tmp_path):
    en, fr = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    en.write_text(EN, encoding="utf-8")
    fr.write_text(FR, encoding="utf-8")
    return [str(en), str(fr)]


def _rows(session):
    return [(s.source.text, s.target_text) for s in session.document.segments]


def test_merge_then_split_back(pair, tmp_path):
    with ReviewSession.open_files(pair, str(tmp_path / "p.qadesk"), check_ids=["omission", "addition"]) as s:
        assert len(s.document.segments) == 5
        first = s.document.segments[0].id
        changes = s.merge_segments(first, user="ed")
        assert first in changes.segments
        assert _rows(s)[0] == ("The council met on Monday. It approved the budget.",
                               "Le conseil s'est réuni lundi. Il a approuvé le budget.")
        assert s.document.segments[0].link == "2-2" and s.document.segments[0].confidence == 1.0
        assert len(s.document.segments) == 4
        s.split_segment(first, len("The council met on Monday. "), len("Le conseil s'est réuni lundi. "),
                        user="ed")
        assert _rows(s)[:2] == [("The council met on Monday.", "Le conseil s'est réuni lundi."),
                                ("It approved the budget.", "Il a approuvé le budget.")]
        assert len({seg.id for seg in s.document.segments}) == 5  # the new half has a fresh id


def test_relink_makes_an_omission_and_undo_restores(pair, tmp_path):
    with ReviewSession.open_files(pair, str(tmp_path / "p.qadesk"), check_ids=["omission", "addition"]) as s:
        before = _rows(s)
        second = s.document.segments[1].id
        s.relink_segment(second, "target", -1, user="ed")  # its French goes to the first segment
        assert _rows(s)[0][1] == "Le conseil s'est réuni lundi. Il a approuvé le budget."
        assert _rows(s)[1] == ("It approved the budget.", "")
        assert any(r.issue.check == "omission" for r in s.issues_for(second))
        s.undo_alignment(user="ed")
        assert _rows(s) == before
        assert not s.issues_for(second)
        with pytest.raises(ValueError):
            s.undo_alignment(user="ed")


def test_corrections_survive_reopening_and_reach_the_xliff(pair, tmp_path):
    project = str(tmp_path / "p.qadesk")
    with ReviewSession.open_files(pair, project, check_ids=["omission"]) as s:
        s.merge_segments(s.document.segments[2].id, user="ed")
        expected = _rows(s)
    with ReviewSession.open_project(project) as s:
        assert _rows(s) == expected
        assert s.alignment_corrections() == 1
        out = tmp_path / "out.xlf"
        assert s.export(str(out), "xliff2") == "xliff2"
    assert validate(str(out)) == []
    exported = [(seg.source.text, seg.target_text) for seg in load_document([str(out)]).segments]
    assert ("The mayor spoke first. She thanked the staff.",
            "Le maire a parlé en premier. Elle a remercié le personnel.") in exported
    assert len(exported) == 4
    with ReviewSession.open_project(project) as s:
        text = tmp_path / "out.fr.txt"
        s.export(str(text), "text")
    assert text.read_text(encoding="utf-8") == FR  # a merge moves no character of the target


def test_an_edited_segment_is_not_realigned(pair, tmp_path):
    with ReviewSession.open_files(pair, str(tmp_path / "p.qadesk"), check_ids=["omission"]) as s:
        seg = s.document.segments[0]
        s.set_target(seg.id, "Le conseil s'est réuni mardi.", user="ana")
        with pytest.raises(ValueError, match="edited"):
            s.merge_segments(seg.id, user="ed")
        with pytest.raises(ValueError, match="empty half"):
            s.split_segment(s.document.segments[1].id, 0, 0, user="ed")


def test_xliff_documents_keep_their_own_segments(tmp_path):
    from qa_desk.model import BilingualDocument, Content, Segment

    doc = BilingualDocument([Segment("1", Content("A."), Content("A.")), Segment("2", Content("B."), Content("B."))],
                            format="xliff2")
    with ReviewSession.from_document(doc, check_ids=["omission"]) as s:
        with pytest.raises(Exception, match="text pair"):
            s.merge_segments("1", user="ed")


def test_an_addition_moved_into_its_neighbour_disappears(pair, tmp_path):
    with ReviewSession.open_files(pair, str(tmp_path / "p.qadesk"), check_ids=["addition"]) as s:
        first = s.document.segments[0]
        s.split_segment(first.id, len(first.source.text), len("Le conseil s'est réuni"), user="ed")
        added = s.document.segments[1]
        assert (added.source.text, added.target_text) == ("", "lundi.")
        assert [r.issue.check for r in s.issues_for(added.id)] == ["addition"]
        s.relink_segment(added.id, "target", -1, user="ed")
        assert len(s.document.segments) == 5
        assert s.document.segments[0].target_text == "Le conseil s'est réuni lundi."
        assert not s.issues_for(added.id)
