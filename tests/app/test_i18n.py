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
