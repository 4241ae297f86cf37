"""French interface: the compiled catalogue loads and covers every string of the app."""
import xml.etree.ElementTree as ET

import pytest

from qa_desk.app import i18n
from qa_desk.paths import resource_path


@pytest.fixture
def french(qapp):
    assert i18n.install(qapp, "fr") == "fr"
    yield
    i18n.uninstall(qapp)


def test_catalogue_is_complete():
    tree = ET.parse(resource_path("i18n", "qa_desk_fr.ts"))
    messages = list(tree.iter("message"))
    assert len(messages) > 100
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")]
    assert unfinished == []


def test_menus_in_french(french, prefs, qtbot):
    from qa_desk.app.main_window import MainWindow
    window = MainWindow(prefs)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Fichier" in titles and "&File" not in titles
    assert window.issues_dock.windowTitle() == i18n.tr("Issues") != "Issues"


def test_english_by_preference(qapp):
    assert i18n.install(qapp, "en") == "en"
    assert i18n.tr("&File") == "&File"


def _app_strings():
    """(text, plural) of every tr("...") and QT_TRANSLATE_NOOP("", "...") in qa_desk/app."""
    import ast
    from pathlib import Path
    found = set()
    for path in sorted((Path(i18n.__file__).parent).glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            args = node.args[1:] if name == "QT_TRANSLATE_NOOP" else node.args if name == "tr" else []
            if args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
                found.add((args[0].value, name == "tr" and len(node.args) >= 3))
    return found


def test_every_string_of_the_app_is_translated():
    """A string added to the app without its French is caught here (issue 16: 119 were missing)."""
    tree = ET.parse(resource_path("i18n", "qa_desk_fr.ts"))
    catalogue = {}
    for m in tree.iter("message"):
        forms = [f.text for f in m.find("translation").iter("numerusform")]
        catalogue[m.findtext("source")] = (m.get("numerus") == "yes", forms or [m.findtext("translation")])
    strings = _app_strings()
    assert len(strings) > 250
    missing = sorted(text for text, _ in strings if text not in catalogue)
    assert missing == [], "run pyside6-lupdate and resources/i18n/fill_fr.py (resources/i18n/README.md)"
    for text, plural in strings:
        numerus, forms = catalogue[text]
        assert numerus == plural, text
        assert all(forms) and len(forms) == (2 if plural else 1), text


def test_french_plurals_and_numbers(french):
    assert i18n.tr("%n pending change(s)", "", 1) == "1 modification en attente"
    assert i18n.tr("%n pending change(s)", "", 2) == "2 modifications en attente"
    assert i18n.tr("%n pending change(s)", "", 12345) == "12\u202f345 modifications en attente"
    assert i18n.number(0.4, 1) == "0,4"


def test_the_desk_in_french(french, window, make_session, qtbot, tmp_path):
    """Issue 16: severities, messages, evidence, tooltips, plurals and seconds in French."""
    from qa_desk.app.models import SegmentModel, issue_tooltip
    from qa_desk.app.qt import Qt
    session = make_session()
    window.desk.set_session(session)
    model = window.issues_dock.model
    rows = range(model.rowCount())
    severities = {model.index(r, 1).data() for r in rows}
    assert "majeur" in severities and "major" not in severities
    messages = [model.index(r, 4).data() for r in rows]
    omission = next(m for m in messages if m.startswith("Pas de traduction"))
    assert "\u00a0:" in omission
    record = next(r for r in session.issues if r.issue.check == "omission")
    tip = issue_tooltip([record])
    assert "majeur" in tip or "critique" in tip
    assert "Pas de traduction" in tip and "missing" not in tip
    window.desk.apply_suggestion(next(r for r in session.issues if r.issue.suggestions).signature)
    assert "1 modification en attente" in window.status_label.text()
    assert "modifications" not in window.status_label.text()
    segments = window.desk.segment_model
    seg = session.document.segments[0]
    seg.confidence, seg.link = 0.25, "1-1"
    tooltip = segments.data(segments.index(0, SegmentModel.NUMBER), Qt.ToolTipRole) or ""
    assert "confiance 0,25" in tooltip
    assert window.filter_bar.check_combo.itemText(0) == "Tout contrôle"


def test_loaded_in_french_seconds(french, window, qtbot, tmp_path):
    from qa_desk.app import files
    en, fr = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    en.write_text("The meeting ended late.\n", encoding="utf-8")
    fr.write_text("La réunion a fini tard.\n", encoding="utf-8")
    window.quiet = True
    with qtbot.waitSignal(window.loaded, timeout=120_000):
        assert files.open_paths(window, [str(en), str(fr)])
    message = window.statusBar().currentMessage()
    import re
    assert re.fullmatch(r"Chargé et contrôlé en \d+,\d s\.", message), message
