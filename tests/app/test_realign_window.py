"""Merge, split and re-link from the window: one undo step each, the grid follows."""
import pytest

from qa_desk.app.models import SegmentModel
from qa_desk.app.qt import QKeySequence, Qt
from qa_desk.review import ReviewSession

EN = "The council met on Monday. It approved the budget.\n\nWork starts in May.\n"
FR = "Le conseil s'est réuni lundi. Il a approuvé le budget.\n\nLes travaux commencent en mai.\n"


@pytest.fixture
def pair_session(tmp_path):
    en, fr = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    en.write_text(EN, encoding="utf-8")
    fr.write_text(FR, encoding="utf-8")
    session = ReviewSession.open_files([str(en), str(fr)], str(tmp_path / "p.qadesk"),
                                       check_ids=["omission", "addition", "alignment"])
    yield session
    session.close()


def _texts(window):
    model = window.desk.segment_model
    return [(model.index(r, SegmentModel.SOURCE).data(Qt.EditRole),
             model.index(r, SegmentModel.TARGET).data(Qt.EditRole)) for r in range(model.rowCount())]


def test_merge_split_relink_each_one_undo_step(window, pair_session):
    window.desk.set_session(pair_session)
    window.show()
    start = _texts(window)
    assert len(start) == 3
    assert window.actions["merge_segments"].shortcut() == QKeySequence("Ctrl+M")
    window.grid.select_row(0)
    window.actions["merge_segments"].trigger()
    assert len(_texts(window)) == 2
    assert window.desk.undo_stack.count() == 1
    assert window.split_current((len("The council met on Monday. "), len("Le conseil s'est réuni lundi. ")))
    assert _texts(window) == start
    window.grid.select_row(1)
    window.actions["target_up"].trigger()
    assert _texts(window)[1] == ("It approved the budget.", "")
    assert window.desk.undo_stack.count() == 3
    for _ in range(3):
        window.actions["undo"].trigger()
    assert _texts(window) == start
    window.actions["redo"].trigger()
    assert len(_texts(window)) == 2


def test_low_confidence_row_is_marked(window, pair_session):
    seg = pair_session.document.segments[0]
    seg.confidence = 0.2
    window.desk.set_session(pair_session)
    model = window.desk.segment_model
    index = model.index(0, SegmentModel.NUMBER)
    assert str(index.data(Qt.DisplayRole)).startswith("≈")
    assert "0.20" in index.data(Qt.ToolTipRole)
    assert index.data(Qt.ForegroundRole) is not None
    assert model.index(1, SegmentModel.NUMBER).data(Qt.ForegroundRole) is None


def test_an_edited_segment_refuses_to_merge(window, pair_session):
    window.desk.set_session(pair_session)
    errors = []
    window.desk.error.connect(errors.append)
    first = pair_session.document.segments[0].id
    pair_session.set_target(first, "Le conseil s'est réuni mardi.", user="ana")
    window.grid.select_row(0)
    window.actions["merge_segments"].trigger()
    assert errors and "edited" in errors[0]
    assert len(_texts(window)) == 3


def test_split_dialog_starts_at_the_sentence_end_nearest_the_middle(qtbot):
    from qa_desk.app.split_dialog import SplitDialog

    dialog = SplitDialog("One two. Three four.", "Un deux. Trois.")
    qtbot.addWidget(dialog)
    assert dialog.positions() == (len("One two."), len("Un deux."))
