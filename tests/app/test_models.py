"""The grid and issue models over a real ReviewSession: counts, roles, filters, painting ranges."""
import pytest

from qa_desk.app.delegates import cell_layout
from qa_desk.app.issue_models import IssueFilter, IssueModel
from qa_desk.app.models import CONTENT_ROLE, DIFF_ROLE, ISSUES_ROLE, KIND_ROLE, SELECTED_ROLE, SegmentModel, word_diff
from qa_desk.app.qt import QPalette, Qt, QTextCharFormat


@pytest.fixture
def session(make_session):
    return make_session()


def test_segment_model_shape_and_text(qapp, session):
    model = SegmentModel()
    model.set_session(session)
    assert model.rowCount() == len(session.document.segments)
    assert model.columnCount() == 5  # #, source, target, state, status
    for row, seg in enumerate(session.document.segments):
        assert model.index(row, SegmentModel.SOURCE).data() == seg.source.markup()
        assert model.index(row, SegmentModel.TARGET).data(Qt.EditRole) == seg.target_text
        assert model.index(row, SegmentModel.NUMBER).data() == row + 1
    assert model.index(0, SegmentModel.TARGET).data(KIND_ROLE) == "text"
    assert model.index(0, SegmentModel.STATUS).data(KIND_ROLE) == "status"
    assert model.flags(model.index(0, SegmentModel.TARGET)) & Qt.ItemIsEditable
    assert not model.flags(model.index(0, SegmentModel.SOURCE)) & Qt.ItemIsEditable


def test_issue_roles_follow_the_session(qapp, session):
    model = SegmentModel()
    model.set_session(session)
    for row, seg in enumerate(session.document.segments):
        expected_target = {r.signature for r in session.issues_for(seg.id)
                           if r.status == "open" and r.issue.side == "target"}
        got = {r.signature for r in model.index(row, SegmentModel.TARGET).data(ISSUES_ROLE)}
        assert got == expected_target
        expected_source = {r.signature for r in session.issues_for(seg.id)
                           if r.status == "open" and r.issue.side == "source"}
        assert {r.signature for r in model.index(row, SegmentModel.SOURCE).data(ISSUES_ROLE)} == expected_source
        status = model.index(row, SegmentModel.STATUS).data()
        n_open = len([r for r in session.issues_for(seg.id) if r.status == "open"])
        assert (str(n_open) in status) if n_open > 1 else (bool(status) == bool(n_open))
    # the omission lands on the source side of a row with an empty target
    omission_rows = [row for row, seg in enumerate(session.document.segments) if not seg.target_text]
    assert omission_rows
    assert any(r.issue.check == "omission"
               for r in model.index(omission_rows[0], SegmentModel.SOURCE).data(ISSUES_ROLE))


def _formats_over(ranges, start, end):
    return [r.format for r in ranges if r.start <= start and r.start + r.length >= end]


def test_delegate_ranges_wave_and_evidence(qapp, session):
    model = SegmentModel()
    model.set_session(session)
    record = next(r for r in session.issues if r.issue.evidence and r.issue.side == "target")
    row = model.row_of[record.issue.segment]
    target = model.index(row, SegmentModel.TARGET)
    text, ranges = cell_layout(target, QPalette())
    assert text[record.issue.start:record.issue.end] == record.issue.text
    waves = [f for f in _formats_over(ranges, record.issue.start, record.issue.end)
             if f.underlineStyle() == QTextCharFormat.WaveUnderline]
    assert waves, "the flagged span is underlined with a wave"
    source = model.index(row, SegmentModel.SOURCE)
    ev = record.issue.evidence[0]
    _, before = cell_layout(source, QPalette())
    assert not [f for f in _formats_over(before, ev.start, ev.end) if f.background().style() != Qt.NoBrush]
    model.set_selected_issue(record)
    assert source.data(SELECTED_ROLE) is record
    _, after = cell_layout(source, QPalette())
    assert [f for f in _formats_over(after, ev.start, ev.end) if f.background().style() != Qt.NoBrush]


def test_word_diff_marks_only_changed_words():
    runs = word_diff("Il est parti tôt.", "Elle est partie tôt.")
    assert ("delete", "Il") in runs and ("insert", "Elle") in runs
    assert ("delete", "parti") in runs and ("insert", "partie") in runs
    assert "".join(t for op, t in runs if op != "delete") == "Elle est partie tôt."
    assert "".join(t for op, t in runs if op != "insert") == "Il est parti tôt."


def test_tracked_change_in_editor_mode(qapp, session):
    model = SegmentModel()
    model.set_session(session)
    record = next(r for r in session.issues if r.issue.suggestions and r.issue.side == "target")
    changes = session.apply_suggestion(record.signature, 0, user="tester")
    model.apply_changes(changes)
    row = model.row_of[record.issue.segment]
    index = model.index(row, SegmentModel.TARGET)
    assert index.data(DIFF_ROLE) is None  # translator mode: plain text
    model.set_editor_mode(True)
    runs = index.data(DIFF_ROLE)
    assert ("delete", record.issue.text) in runs
    assert ("insert", record.issue.suggestions[0].strip() or record.issue.suggestions[0]) in runs \
        or any(op == "insert" for op, _ in runs)
    text, ranges = cell_layout(index, QPalette())
    assert any(r.format.fontStrikeOut() for r in ranges)
    assert index.data(CONTENT_ROLE).text == session.document.segment(record.issue.segment).target_text


def test_issue_filter_counts(qapp, session):
    model = IssueModel()
    model.set_session(session)
    proxy = IssueFilter()
    proxy.setSourceModel(model)
    assert model.rowCount() == len(session.issues)
    assert proxy.rowCount() == sum(1 for r in session.issues if r.status == "open")
    for check in {r.issue.check for r in session.issues}:
        proxy.set_filter(check=check, status="")
        assert proxy.rowCount() == sum(1 for r in session.issues if r.issue.check == check)
    proxy.set_filter(check="", severity="critical", status="")
    assert proxy.rowCount() == sum(1 for r in session.issues if r.issue.severity == "critical")
    proxy.set_filter(severity="", status="fixed")
    assert proxy.rowCount() == 0
    session.apply_suggestion(next(r for r in session.issues if r.issue.suggestions).signature, user="tester")
    model.apply_changes(type("C", (), {"issues_changed": True})())
    assert proxy.rowCount() == sum(1 for r in session.issues if r.status == "fixed") > 0
