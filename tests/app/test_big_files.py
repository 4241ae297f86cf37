"""Big files (issue 16): the first rows show while the whole file is read, nothing is lost if it turns
out bad, and the grid's text filter finds exactly what a search of each segment finds."""
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa_desk.app import files
from qa_desk.app.qt import Qt
from qa_desk.app.workers import OpenJob
from qa_desk.engine import load_document, save_document
from qa_desk.model import BilingualDocument, Content, Segment
from qa_desk.review import opening
from qa_desk.review.search import Search
from qa_desk.review.text_index import matching_positions

LOAD_TIMEOUT = 120_000
TOTAL = OpenJob.PREVIEW_SEGMENTS + 300


def _xliff(tmp_path, name: str, fmt: str = "xliff2") -> str:
    segments = [Segment(str(n + 1), Content(f"Source sentence number {n}."), Content(f"Phrase cible numéro {n}."),
                        "translated", paragraph=n) for n in range(TOTAL)]
    path = str(tmp_path / name)
    save_document(BilingualDocument(segments), path, fmt)
    return path


@pytest.fixture
def held_read(monkeypatch):
    """The worker's full read waits until the test lets it go (the streamed first rows do not)."""
    from .conftest import hold
    gate = hold(monkeypatch, opening, "add_files")
    yield gate
    gate.set()


@pytest.mark.parametrize("fmt", ["xliff2", "xliff12"])
def test_first_rows_show_before_the_whole_file_is_read(qtbot, window, tmp_path, held_read, fmt):
    path = _xliff(tmp_path, "big.xlf", fmt)
    model = window.desk.segment_model
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT) as loaded:
        assert files.open_paths(window, [path])
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=LOAD_TIMEOUT)
        assert window.job is not None, "the full read is still running"
        assert model.rowCount() == OpenJob.PREVIEW_SEGMENTS < TOTAL
        expected = load_document([path]).segments[:OpenJob.PREVIEW_SEGMENTS]
        assert [(s.id, s.source.text, s.target_text) for s in model.segments] == \
            [(s.id, s.source.text, s.target_text) for s in expected]
        index = model.index(3, model.TARGET)
        assert model.data(index) == expected[3].target_text
        assert not model.setData(index, "changed before the file is read"), "the preview is read-only"
        assert window.desk.session is None and not window.progress.isHidden()
        held_read.set()
    assert loaded.args[0] is True
    assert model.rowCount() == TOTAL == len(window.desk.session.document.segments)
    assert not window.desk.previewing and model.setData(model.index(3, model.TARGET), "Cible changée.")
    assert window.desk.session.document.segments[3].target_text == "Cible changée."


def test_a_file_bad_past_its_first_rows_gives_the_open_document_back(qtbot, window, tmp_path, held_read):
    good = _xliff(tmp_path, "good.xlf")
    held_read.set()
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT):
        assert files.open_paths(window, [good])
    session = window.desk.session
    model = window.desk.segment_model
    assert model.setData(model.index(0, model.TARGET), "Première cible modifiée.")
    assert window.desk.undo_stack.count() == 1
    data = open(_xliff(tmp_path, "broken.xlf"), encoding="utf-8").read()
    broken = tmp_path / "broken.xlf"
    broken.write_text(data[: len(data) * 3 // 4], encoding="utf-8")  # cut short: not well-formed at the end
    held_read.clear()
    window.answers["keep_review"] = "discard"  # the user lets it go: it still stays until the new one is read
    shown = []
    model.modelReset.connect(lambda: shown.append(model.rowCount()))
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT) as loaded:
        assert files.open_paths(window, [str(broken)])
        qtbot.waitUntil(lambda: window.desk.previewing, timeout=LOAD_TIMEOUT)
        assert model.rowCount() == OpenJob.PREVIEW_SEGMENTS
        held_read.set()
    assert loaded.args[0] is False and window.last_error
    assert window.desk.session is session, "the open document is not lost"
    assert model.rowCount() == TOTAL and model.segments[0].target_text == "Première cible modifiée."
    assert window.desk.undo_stack.count() == 1, "its undo history neither"
    assert OpenJob.PREVIEW_SEGMENTS in shown


def test_no_preview_for_what_cannot_be_streamed(tmp_path, seed_pair):
    assert opening.preview([str(p) for p in seed_pair]) is None  # a text pair needs aligning first
    doctype = tmp_path / "dtd.xlf"
    doctype.write_text('<?xml version="1.0"?><!DOCTYPE xliff SYSTEM "http://example.com/x.dtd">'
                       '<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source>'
                       '</trans-unit></body></file></xliff>')
    assert opening.preview([str(doctype)]) is None  # the full reader judges DOCTYPEs


# -- the text filter ------------------------------------------------------------------------------
TRICKY = "aAsSſßẞiIıİkKKσςΣµμ éÉ-_1\n"


class _Owner:  # holds the lowered texts between searches, as a session does
    pass


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(st.tuples(st.text(TRICKY, max_size=10), st.text(TRICKY, max_size=10) | st.none()),
                      min_size=1, max_size=40),
       pattern=st.text(TRICKY.replace("\n", ""), min_size=1, max_size=3),
       case=st.booleans(), whole=st.booleans(), side=st.sampled_from(["source", "target", "both"]),
       edits=st.lists(st.tuples(st.integers(0, 39), st.text(TRICKY, max_size=10)), max_size=5))
def test_text_filter_finds_what_a_search_of_each_segment_finds(texts, pattern, case, whole, side, edits):
    segments = [Segment(str(n), Content(src), Content(tgt) if tgt is not None else None)
                for n, (src, tgt) in enumerate(texts)]
    owner, search = _Owner(), Search(pattern, case=case, whole_word=whole, side=side)
    for _round in range(2):  # the second round after edits: the kept texts follow them
        expected = [n for n, seg in enumerate(segments) if search.segment_matches(seg)]
        assert matching_positions(owner, segments, search) == expected
        for n, text in edits:
            if n < len(segments):
                segments[n].target = Content(text)


def test_filter_bar_text_search(qtbot, window, make_session):
    session = make_session(n_extra=30)
    window.desk.set_session(session)
    bar, model = window.filter_bar, window.desk.segment_model
    assert bar.set_filter(search="PHRASE NUMÉRO 1", side="target")  # case ignored, accents kept
    assert [s.id for s in model.segments] == ["x1"] + [f"x{n}" for n in range(10, 20)]
    assert bar.set_filter(search="numéro 1", side="both")
    assert len(model.segments) == 11
    assert bar.set_filter(search="pourparlers", side="target")
    assert [s.id for s in model.segments] == ["s1", "s4"]
    assert model.setData(model.index(1, model.TARGET), "Les discussions reprennent lundi.")
    bar.apply()  # the edit is seen by the next search
    assert [s.id for s in model.segments] == ["s1"]


# -- replace-all on a big document: planned, written and re-checked on workers ------------------------
def test_replace_all_planned_on_a_worker_then_shown_from_the_workers_indexes(qtbot, window, make_session,
                                                                            monkeypatch):
    session = make_session(n_extra=40)
    window.desk.set_session(session)
    desk = window.desk
    desk.background_checks, desk.PLAN_AT, desk.BACKGROUND_AT = True, 10, 10
    threads = []
    plan = session.plan_replace
    monkeypatch.setattr(session, "plan_replace",
                        lambda *a, **k: threads.append(threading.current_thread()) or plan(*a, **k))
    before = {s.id: s.target_text for s in session.document.segments}
    assert desk.replace_all(Search("phrase"), "ligne")
    assert desk.busy, "the plan runs on a worker: edits wait"
    qtbot.waitUntil(lambda: not desk.busy, timeout=20000)
    assert threads and threading.main_thread() not in threads
    assert desk.undo_stack.count() == 1
    changed = [s for s in session.document.segments if s.target_text != before[s.id]]
    assert len(changed) == 40 and all("ligne numéro" in s.target_text for s in changed)
    # the models show what the session holds (their look-ups were built by the worker)
    issues, grid = desk.issue_model, desk.segment_model
    assert sorted(r.signature for r in issues.records) == sorted(r.signature for r in session.issues)
    assert issues.open_count == sum(1 for r in session.issues if r.status == "open")
    assert grid.pending_count == sum(1 for e in session.edits if e.decision == "pending") == 40
    assert window.issues_dock.proxy.rowCount() == issues.open_count
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: not desk.busy, timeout=20000)
    assert {s.id: s.target_text for s in session.document.segments} == before
    assert grid.pending_count == 0 == sum(1 for e in session.edits if e.decision == "pending")


def test_the_issue_filter_keeps_the_selected_issue_through_filter_changes(window, make_session):
    from qa_desk.app.issue_models import IssueModel
    from qa_desk.app.models import RECORD_ROLE
    session = make_session()
    window.desk.set_session(session)
    dock = window.issues_dock
    chosen = next(r for r in session.issues if r.status == "open" and r.issue.check != "omission")
    assert dock.select_signature(chosen.signature)
    dock.set_filters(check=chosen.issue.check)
    rows = [dock.proxy.index(r, 0).data(RECORD_ROLE) for r in range(dock.proxy.rowCount())]
    assert rows and all(r.issue.check == chosen.issue.check for r in rows)
    assert rows == [r for r in dock.model.records if r.issue.check == chosen.issue.check and r.status == "open"]
    assert dock.current_record().signature == chosen.signature
    dock.view.sortByColumn(IssueModel.TEXT, Qt.DescendingOrder)
    assert dock.current_record().signature == chosen.signature
    dock.set_filters(check="omission")
    assert dock.current_record() is None or dock.current_record().issue.check == "omission"
    dock.set_filters(check="", status="")
    assert dock.proxy.rowCount() == len(session.issues)


def test_a_closed_big_session_is_freed_on_a_thread_in_pieces(qtbot):
    """Freeing 100,000 segments held the GUI thread 0.6 s: a closed session is let go on a thread."""
    import threading
    import weakref

    from qa_desk.app.workers import FREE_PIECE, free_in_pieces
    from qa_desk.model import BilingualDocument, Content, Segment
    from qa_desk.review.session import ReviewSession
    segments = [Segment(str(n), Content(f"Line {n}."), Content(f"Ligne {n}.")) for n in range(FREE_PIECE * 3)]
    session = ReviewSession.from_document(BilingualDocument(segments), check_ids=[], user="tester")
    session.close()
    freed_on = []
    probes = [weakref.ref(segments[n], lambda _ref: freed_on.append(threading.current_thread()))
              for n in (0, FREE_PIECE * 2, FREE_PIECE * 3 - 1)]
    del segments
    free_in_pieces(session)
    del session  # the caller lets go before the GUI thread is back in its event loop
    qtbot.waitUntil(lambda: all(probe() is None for probe in probes), timeout=30000)
    assert len(freed_on) == 3 and threading.main_thread() not in freed_on


def test_a_models_old_look_ups_are_freed_on_a_thread_when_it_replaces_them(qtbot):
    import weakref

    from qa_desk.app.workers import FREE_PIECE, free_in_pieces

    class Thing:
        pass

    class Model:  # what a model holds: look-ups by segment, and the session (kept: never taken apart)
        pass
    model, session = Model(), Model()
    model.by_segment = {str(n): [Thing()] for n in range(FREE_PIECE)}
    session.segments = [Thing() for _ in range(FREE_PIECE)]
    model.session = session
    freed_on = []
    probe = weakref.ref(model.by_segment["7"][0], lambda _ref: freed_on.append(threading.current_thread()))
    kept = weakref.ref(session.segments[0], lambda _ref: freed_on.append("session"))
    free_in_pieces(model, keep=(session,))
    model.by_segment = {}  # the model takes the worker's new look-ups
    qtbot.waitUntil(lambda: probe() is None, timeout=10000)
    assert freed_on and freed_on[0] is not threading.main_thread()
    assert kept() is not None and "session" not in freed_on


def test_one_freeing_thread_serves_every_close(qtbot):
    """Starting a thread per close made the GUI thread wait for it to run (20-40 ms behind a thread
    already freeing): every call hands its pieces to the same long-lived thread."""
    import weakref

    from qa_desk.app.workers import FREE_PIECE, free_in_pieces

    class Owner:
        pass

    class Thing:
        pass
    freed_on, probes = [], []
    for _ in range(3):
        owner = Owner()
        owner.things = [Thing() for _ in range(FREE_PIECE)]
        probes.append(weakref.ref(owner.things[-1], lambda _ref: freed_on.append(threading.current_thread())))
        assert free_in_pieces(owner)
        del owner
        qtbot.wait(1)
    qtbot.waitUntil(lambda: all(probe() is None for probe in probes), timeout=10000)
    assert len(freed_on) == 3 and len(set(freed_on)) == 1 and threading.main_thread() not in freed_on
    assert sum(t.name == "free-in-pieces" for t in threading.enumerate()) == 1
    assert not free_in_pieces(Owner())  # nothing big: nothing handed over
