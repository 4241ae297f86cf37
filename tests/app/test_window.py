"""The window's actions through the undo stack, against a real ReviewSession."""
from qa_desk.app.models import SegmentModel
from qa_desk.app.qt import QKeySequence, Qt


def _open(window, session):
    window.desk.set_session(session)
    window.show()
    return session


def _open_records(session):
    return [r for r in session.issues if r.status == "open"]


def test_f8_walks_open_issues_in_order(window, make_session):
    session = _open(window, make_session())
    assert window.actions["next_issue"].shortcut() == QKeySequence("F8")
    assert window.actions["previous_issue"].shortcut() == QKeySequence("Shift+F8")
    seen = []
    for _ in range(len(_open_records(session))):
        window.actions["next_issue"].trigger()
        seen.append(window.issues_dock.current_record().signature)
    assert sorted(seen) == sorted(r.signature for r in _open_records(session))
    from qa_desk.app.models import SEVERITY_ORDER
    keys = [(-SEVERITY_ORDER[session.record(s).issue.severity],
             window.desk.segment_model.row_of[session.record(s).issue.segment]) for s in seen]
    assert keys == sorted(keys), "F8 follows the list: worst first, then document order"
    window.actions["next_issue"].trigger()  # wraps round
    assert window.issues_dock.current_record().signature == seen[0]
    window.actions["previous_issue"].trigger()
    assert window.issues_dock.current_record().signature == seen[-1]


def test_selecting_an_issue_selects_its_row(window, make_session):
    session = _open(window, make_session())
    last = _open_records(session)[-1]
    assert window.issues_dock.select_signature(last.signature)
    row = window.desk.segment_model.row_of[last.issue.segment]
    assert window.grid.currentIndex().row() == row
    assert window.desk.segment_model.selected.signature == last.signature


def test_apply_suggestion_undo_redo(window, make_session):
    session = _open(window, make_session())
    record = next(r for r in _open_records(session) if r.issue.suggestions)
    seg_id = record.issue.segment
    before = session.document.segment(seg_id).target_text
    window.issues_dock.select_signature(record.signature)
    window.actions["apply_suggestion"].trigger()  # Ctrl+Enter: first suggestion
    expected = before[:record.issue.start] + record.issue.suggestions[0] + before[record.issue.end:]
    assert session.document.segment(seg_id).target_text == expected
    assert session.record(record.signature).status == "fixed"
    assert window.desk.undo_stack.count() == 1
    row = window.desk.segment_model.row_of[seg_id]
    assert window.desk.segment_model.index(row, SegmentModel.TARGET).data(Qt.EditRole) == expected
    window.actions["undo"].trigger()
    assert session.document.segment(seg_id).target_text == before
    assert session.record(record.signature).status == "open"
    assert not [e for e in session.edits if e.segment == seg_id], "undo withdraws the pending edit"
    window.actions["redo"].trigger()
    assert session.document.segment(seg_id).target_text == expected


def test_edit_in_place_goes_through_a_command(window, make_session):
    session = _open(window, make_session())
    seg = session.document.segments[1]
    row = window.desk.segment_model.row_of[seg.id]
    old = seg.target_text
    new = old.replace("  ", " ")
    assert new != old
    window.desk.segment_model.setData(window.desk.segment_model.index(row, SegmentModel.TARGET), new)
    assert session.document.segment(seg.id).target_text == new
    assert not [r for r in session.issues_for(seg.id) if r.status == "open"], "re-checked at once"
    window.desk.undo_stack.undo()
    assert session.document.segment(seg.id).target_text == old
    assert [r for r in session.issues_for(seg.id) if r.status == "open"]


def test_ignore_and_undo(window, make_session):
    session = _open(window, make_session())
    record = _open_records(session)[0]
    assert window.ignore_issue(record, "name of a ship", "document")
    stored = session.record(record.signature)
    assert (stored.status, stored.ignore_reason, stored.ignore_scope) == ("ignored", "name of a ship", "document")
    assert window.issues_dock.proxy.rowCount() == len(_open_records(session))
    window.desk.undo_stack.undo()
    assert session.record(record.signature).status == "open"


def test_ignore_dialog_values(window, make_session):
    from qa_desk.app.issues_dock import IgnoreDialog
    session = _open(window, make_session())
    dialog = IgnoreDialog(_open_records(session)[0], has_project=False, parent=window)
    assert not dialog.scope_project.isEnabled()
    dialog.reason.setEditText("quoted speech")
    assert dialog.values() == ("quoted speech", "document")
    dialog = IgnoreDialog(_open_records(session)[0], has_project=True, parent=window)
    dialog.scope_project.setChecked(True)
    assert dialog.values()[1] == "project"


def test_editor_accept_reject(window, make_session):
    session = _open(window, make_session())
    window.set_editor_mode(True)
    fixable = [r for r in _open_records(session) if r.issue.suggestions]
    first, second = fixable[0], next(r for r in fixable if r.issue.segment != fixable[0].issue.segment)
    original_second = session.document.segment(second.issue.segment).target_text
    window.desk.apply_suggestion(first.signature)
    window.desk.apply_suggestion(second.signature)
    window.grid.select_row(window.desk.segment_model.row_of[first.issue.segment])
    window.actions["accept_change"].trigger()
    assert [e.decision for e in session.edits_for(first.issue.segment)] == ["accepted"]
    window.desk.undo_stack.undo()
    assert [e.decision for e in session.edits_for(first.issue.segment)] == ["pending"]
    window.grid.select_row(window.desk.segment_model.row_of[second.issue.segment])
    window.actions["reject_change"].trigger()
    assert session.document.segment(second.issue.segment).target_text == original_second
    window.desk.undo_stack.undo()
    assert session.document.segment(second.issue.segment).target_text != original_second
    # accept all of one check, then undo puts every edit back to pending
    check = first.issue.check
    window.desk.decide_all(check, "accepted")
    assert all(e.decision == "accepted" for e in session.edits if e.check == check)
    window.desk.undo_stack.undo()
    assert all(e.decision == "pending" for e in session.edits if e.check == check)


def test_gender_override_rechecks_and_undoes(window, make_session):
    session = _open(window, make_session())
    resets = []
    window.desk.people_model.modelReset.connect(lambda: resets.append(1))
    audit_before = len(session.audit_trail())
    flagged = [r for r in _open_records(session) if r.issue.person == "woman"]
    assert flagged
    assert window.desk.set_gender("woman", "male")
    assert session.person_overrides() == {"woman": "male"}
    assert not [r for r in _open_records(session) if r.issue.person == "woman"], "checks re-ran"
    assert window.issues_dock.proxy.rowCount() == len(_open_records(session))
    assert resets, "the people panel refreshed"
    actions = [e.action for e in session.audit_trail()[audit_before:]]
    assert "set_person_gender" in actions
    window.desk.undo_stack.undo()
    assert session.person_overrides() == {}
    assert len([r for r in _open_records(session) if r.issue.person == "woman"]) == len(flagged)


def test_session_errors_show_one_line_and_keep_the_document(window, make_session):
    session = _open(window, make_session())
    assert not window.desk.apply_suggestion("no-such-signature")
    assert window.last_error and "\n" not in window.last_error
    assert window.desk.session is session
    assert window.desk.undo_stack.count() == 0


def test_shortcuts_listed(window):
    from qa_desk.app.menus import shortcut_list
    keys = dict((text, key) for key, text in shortcut_list(window))
    assert any("F8" in k for k in keys.values())
    assert len(keys) >= 15


def test_audit_trail_lists_each_action(window, make_session):
    session = _open(window, make_session())
    record = next(r for r in _open_records(session) if r.issue.suggestions)
    window.desk.apply_suggestion(record.signature)
    window.audit_dock.show()
    window.audit_dock.refresh()
    model = window.audit_dock.model
    assert model.rowCount() == len(session.audit_trail())
    newest = [model.index(0, col).data() for col in range(4)]
    assert newest[1] == "tester" and newest[2] == "Apply"
    assert record.issue.suggestions[0].strip() in newest[3]


def test_keyboard_edit_commits_with_enter(qtbot, window, make_session):
    from qa_desk.app.qt import QApplication, QPlainTextEdit
    session = _open(window, make_session())
    qtbot.waitExposed(window)
    window.activateWindow()  # window shortcuts (Ctrl+Enter) are live, as for a user
    seg = next(s for s in session.document.segments
               if any(r.issue.suggestions for r in session.issues_for(s.id)))  # Ctrl+Enter has work to do
    window.grid.select_row(window.desk.segment_model.row_of[seg.id])
    assert window.current_record() is not None
    assert window.edit_target()
    editor = window.grid.findChild(QPlainTextEdit, "targetEditor")
    assert editor is not None
    typed = seg.target_text + " Voilà."
    editor.setPlainText(typed)
    qtbot.keyClick(editor, Qt.Key_Return, Qt.ControlModifier)  # commits; no suggestion applied on top
    QApplication.processEvents()
    assert session.document.segment(seg.id).target_text == typed
    assert window.desk.undo_stack.count() == 1
