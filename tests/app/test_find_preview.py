"""Find and replace on a big document: the preview is searched on a worker after a pause in typing,
never on the GUI thread at each keystroke, and a result typed over is dropped."""
import threading

import pytest

from qa_desk.app import find_replace
from qa_desk.app.find_replace import FindReplaceDialog
from qa_desk.review import search as search_module
from qa_desk.review.search import Search, find_occurrences, preview_occurrences


@pytest.fixture
def big(monkeypatch):
    """Every document counts as big (the worker path), with a short pause."""
    monkeypatch.setattr(FindReplaceDialog, "ASYNC_AT", 1)
    monkeypatch.setattr(FindReplaceDialog, "PAUSE_MS", 30)


@pytest.fixture
def searches(monkeypatch):
    """Records each preview search: the thread it ran on and its pattern; ``hold`` blocks one pattern."""
    calls, hold = [], {}
    original = preview_occurrences

    def spy(owner, document, search, *args, **kwargs):
        calls.append((threading.current_thread(), search.pattern))
        if search.pattern in hold:
            hold[search.pattern].wait(10)
        return original(owner, document, search, *args, **kwargs)
    monkeypatch.setattr(find_replace, "preview_occurrences", spy)
    spy.calls, spy.hold = calls, hold
    return spy


def _dialog(window, session):
    window.desk.set_session(session)
    window.show()
    return window.show_find_replace()


def test_typing_searches_on_a_worker_after_a_pause(qtbot, window, make_session, big, searches):
    session = make_session(n_extra=30)
    dialog = _dialog(window, session)
    dialog.replace_edit.setText("ligne")
    for n in range(1, len("phrase") + 1):  # typed fast: no search per keystroke
        dialog.find_edit.setText("phrase"[:n])
        assert dialog.places == [] and dialog.searching
    qtbot.waitUntil(lambda: not dialog.searching, timeout=5000)
    assert [pattern for _thread, pattern in searches.calls] == ["phrase"]
    assert all(thread is not threading.main_thread() for thread, _pattern in searches.calls)
    expected = find_occurrences(session.document, Search("phrase"), "ligne")
    assert dialog.places == expected and len(expected) == 30
    assert dialog.table.rowCount() == 30 and "[ligne]" in dialog.table.item(0, 2).text()
    assert "30" in dialog.summary.text()
    # typing on updates it
    dialog.find_edit.setText("phrase numéro 1")
    qtbot.waitUntil(lambda: not dialog.searching, timeout=5000)
    assert [p.segment for p in dialog.places] == ["x1"] + [f"x{n}" for n in range(10, 20)]
    assert dialog.table.rowCount() == 11


def test_a_result_typed_over_is_dropped(qtbot, window, make_session, big, searches):
    session = make_session(n_extra=5)
    dialog = _dialog(window, session)
    slow = searches.hold["phrase"] = threading.Event()
    dialog.find_edit.setText("phrase")
    qtbot.waitUntil(lambda: [p for _t, p in searches.calls] == ["phrase"], timeout=5000)  # its worker is held
    dialog.find_edit.setText("réunion")
    qtbot.waitUntil(lambda: [p for _t, p in searches.calls] == ["phrase", "réunion"], timeout=5000)
    qtbot.waitUntil(lambda: bool(dialog.places), timeout=5000)
    assert [p.segment for p in dialog.places] == ["s2"]
    slow.set()  # the older search ends now: its result must not replace the newer one
    qtbot.wait(200)
    assert [p.segment for p in dialog.places] == ["s2"] and dialog.table.rowCount() == 1
    assert "phrase" not in dialog.table.item(0, 1).text()


def test_a_bad_pattern_says_so_at_once_and_find_next_waits_for_the_worker(qtbot, window, make_session, big):
    session = make_session(n_extra=3)
    dialog = _dialog(window, session)
    dialog.regex_box.setChecked(True)
    dialog.find_edit.setText("(")
    assert "regular expression" in dialog.summary.text() and not dialog.searching
    dialog.find_edit.setText(r"numéro (\d)")
    assert not dialog.find_next()  # still searching: the first match is shown when found
    qtbot.waitUntil(lambda: not dialog.searching, timeout=5000)
    model = window.desk.segment_model
    assert model.segments[window.grid.currentIndex().row()].id == "x0"
    assert dialog.find_next()
    assert model.segments[window.grid.currentIndex().row()].id == "x1"


def test_the_big_preview_keeps_the_first_places_and_counts_them_all(make_session):
    session = make_session(n_extra=40)
    full = find_occurrences(session.document, Search("a"), "A")
    places, matches, segments = preview_occurrences(session, session.document, Search("a"), "A", keep=7)
    assert places == full[:7] and matches == len(full) and segments == len({p.segment for p in full})
    regex = Search(r"\d*", regex=True)  # empty matches replace nothing, as in find_occurrences
    assert preview_occurrences(session, session.document, regex, "#")[0] == find_occurrences(
        session.document, regex, "#")
    with pytest.raises(search_module.Stopped):
        preview_occurrences(session, session.document, Search("a"), "A", stopped=lambda: True)


def test_a_closed_document_is_freed_after_its_background_jobs(qtbot, window, big, fixture_checks):
    """Qt's connections keep a finished job alive: the job must not keep its document (a closed
    100,000-segment session stayed in memory after a replace-all)."""
    import weakref

    from qa_desk.review.session import ReviewSession

    from .conftest import small_document
    session = ReviewSession.from_document(small_document(6), check_ids=list(fixture_checks), user="tester")
    dialog = _dialog(window, session)
    window.desk.BACKGROUND_AT = window.desk.PLAN_AT = 2  # planned, written and re-checked on workers
    dialog.find_edit.setText("phrase")
    qtbot.waitUntil(lambda: not dialog.searching, timeout=5000)
    dialog.replace_edit.setText("ligne")
    qtbot.waitUntil(lambda: not dialog.searching, timeout=5000)
    assert dialog.replace_all()
    qtbot.waitUntil(lambda: not window.desk.busy and not dialog.searching, timeout=20000)
    assert session.document.segment("x1").target_text == "La ligne numéro 1 est là."
    probe = weakref.ref(session)
    del session
    window.desk.set_session(None)
    qtbot.waitUntil(lambda: probe() is None, timeout=5000)
