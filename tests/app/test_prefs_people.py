"""Preferences, drag and drop, cancel, and the people panel on the real cast of the seed."""
import pytest

from qa_desk.app import files
from qa_desk.app.people_dock import PeopleModel
from qa_desk.app.preferences import PreferencesDialog
from qa_desk.app.qt import QDropEvent, QMimeData, QPointF, Qt, QUrl

LOAD_TIMEOUT = 120_000


def _load(qtbot, window, paths):
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT) as blocker:
        assert files.open_paths(window, [str(p) for p in paths])
    return blocker.args[0]


def test_preferences_round_trip(prefs, qtbot):
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.user_edit.setText("  Claire  ")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("editor"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    dialog.save()
    assert (prefs.user, prefs.role, prefs.language) == ("Claire", "editor", "fr")
    prefs.role = "boss"  # unknown roles fall back
    assert prefs.role == "translator"


def test_recent_files_newest_first(prefs, tmp_path):
    paths = []
    for n in range(3):
        path = tmp_path / f"doc{n}.xlf"
        path.write_text("x")
        paths.append(str(path))
        prefs.add_recent([str(path)])
    prefs.add_recent([paths[0]])
    assert [entry[0] for entry in prefs.recent_files()] == [paths[0], paths[2], paths[1]]
    (tmp_path / "doc2.xlf").unlink()
    assert [entry[0] for entry in prefs.recent_files()] == [paths[0], paths[1]]


def test_editor_role_and_user_name_reach_the_session(window, make_session):
    window.prefs.user = "reviewer-2"
    window.prefs.role = "editor"
    window.set_editor_mode(window.prefs.role == "editor")
    assert window.actions["editor_mode"].isChecked() and window.actions["accept_change"].isEnabled()
    session = make_session()
    window.desk.set_session(session)
    record = next(r for r in session.issues if r.status == "open" and r.issue.suggestions)
    window.desk.apply_suggestion(record.signature)
    assert session.edits[-1].user == "reviewer-2"
    window.set_editor_mode(False)
    assert not window.actions["accept_change"].isEnabled()


def test_drop_files_opens_them(qtbot, window, seed_pair):
    window.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in seed_pair])
    assert files.dropped_paths(mime) == [str(p) for p in seed_pair]
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT):
        window.dropEvent(event)
    assert window.desk.session is not None
    assert window.desk.session.document.path.endswith(seed_pair[0].name)


def test_cancel_abandons_the_load(qtbot, window, seed_pair):
    assert files.open_paths(window, [str(p) for p in seed_pair])
    assert window.cancel_button.isVisibleTo(window)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT) as blocker:
        window.cancel_button.click()
    assert blocker.args == [False]
    assert window.desk.session is None and window.job is None
    assert not window.cancel_button.isVisibleTo(window)


def test_people_panel_sets_gender_through_undo(qtbot, window, seed_pair):
    assert _load(qtbot, window, seed_pair)
    session = window.desk.session
    model = window.desk.people_model
    if model.rowCount() == 0:
        pytest.skip("the cast is empty")
    assert model.rowCount() == len(session.people())
    row = next((n for n, p in enumerate(model.people) if p.gender in ("female", "male")), 0)
    person = model.people[row]
    flipped = "male" if person.gender == "female" else "female"
    audit = len(session.audit_trail())
    assert model.setData(model.index(row, PeopleModel.GENDER), flipped)
    qtbot.waitUntil(lambda: person.key in session.person_overrides())  # queued: the editor closes first
    assert session.person_overrides()[person.key] == flipped
    moved = next(p for p in model.people if p.key == person.key)
    assert moved.gender == flipped, "the panel shows the override after the re-check"
    assert any(e.action == "set_person_gender" for e in session.audit_trail()[audit:])
    window.desk.undo_stack.undo()
    assert person.key not in session.person_overrides()
    assert next(p for p in model.people if p.key == person.key).gender == person.gender


def test_house_style_profile_reaches_the_checks(qtbot, window, seed_pair, tmp_path):
    assert _load(qtbot, window, seed_pair)
    checks = {r.issue.check for r in window.desk.session.issues}
    if not checks:
        pytest.skip("no issue in the seed")
    silenced = sorted(checks)[0]
    profile = tmp_path / "house.toml"
    profile.write_text(f'disabled = ["{silenced}"]\n', encoding="utf-8")
    window.prefs.house_style = str(profile)
    assert _load(qtbot, window, seed_pair)
    assert silenced not in {r.issue.check for r in window.desk.session.issues}
    profile.write_text("severity = { x = \"huge\" }\n", encoding="utf-8")
    assert _load(qtbot, window, seed_pair) is False
    assert "severity" in window.last_error
