"""App test set-up: isolated settings, small hand-built documents, two fixture checks.

The fixture checks are registered only while an app test module runs (and
removed after), so the UI mechanics (spans, suggestions, evidence, undo) are
tested against the real ReviewSession without depending on how the NLP
checks happen to phrase things today.
"""
import re

import pytest

from qa_desk.checks import registry
from qa_desk.model import BilingualDocument, Content, Evidence, Segment

PRONOUN_CHECK = "app-test-pronoun"
SPACE_CHECK = "app-test-space"


def _pronoun(ctx):
    """English 'she' translated by French 'il' (fixture check for app tests).

    Example: "She left." / "Il est parti." flags "Il", suggests "Elle". A reviewer who
    sets the person "woman" to male silences it (as the real gender checks do).
    """
    if ctx.settings.get("people_overrides", {}).get("woman") == "male":
        return
    for seg in ctx.document.segments:
        she = re.search(r"\bshe\b", seg.source.text, re.I)
        if not she:
            continue
        for hit in re.finditer(r"\b[Ii]l\b", seg.target_text):
            evidence = [Evidence(she.group(0), "source", seg.id, she.start(), she.end(), seg.paragraph,
                                 "pronoun", "female")]
            suggestion = "Elle" if hit.group(0) == "Il" else "elle"
            yield ctx.issue(PRONOUN_CHECK, seg, hit.start(), hit.end(), "Masculine pronoun for a woman.",
                            suggestions=[suggestion, "elle-même"], person="woman", evidence=evidence)


def _space(ctx):
    """Doubled space in the target (fixture check for app tests).

    Example: "au  sujet" flags the two spaces, suggests one.
    """
    for seg in ctx.document.segments:
        for hit in re.finditer(r"  +", seg.target_text):
            yield ctx.issue(SPACE_CHECK, seg, hit.start(), hit.end(), "Doubled space.", suggestions=[" "])


@pytest.fixture(scope="module")
def fixture_checks():
    """Register the two fixture checks for one module, then remove them."""
    registry.load_builtin_checks()
    added = []
    for check_id, function, severity in ((PRONOUN_CHECK, _pronoun, "major"), (SPACE_CHECK, _space, "minor")):
        if check_id not in registry._REGISTRY:
            registry.register_check(check_id, category="Test/Fixture", severity=severity)(function)
            added.append(check_id)
    yield [PRONOUN_CHECK, SPACE_CHECK]
    for check_id in added:
        registry._REGISTRY.pop(check_id, None)


def small_document(n_extra: int = 0) -> BilingualDocument:
    """Five segments: a pronoun error with evidence, a doubled space, an omission, inline codes, a clean one."""
    segments = [
        Segment("s1", Content("She said the talks were useful."), Content("Il a dit que les pourparlers étaient utiles.")),
        Segment("s2", Content("The meeting ended late."), Content("La réunion a  fini tard.")),
        Segment("s3", Content("Nobody commented."), Content("")),
        Segment("s4", Content("Talks resume on Monday."),
                Content("Les pourparlers reprennent lundi.", [])),
        Segment("s5", Content("She left early, and she was tired."), Content("Il est partie tôt, et il était fatiguée.")),
    ]
    for n in range(n_extra):
        segments.append(Segment(f"x{n}", Content(f"Sentence number {n} is here."),
                                Content(f"La phrase numéro {n} est là.")))
    return BilingualDocument(segments, path="/tmp/app-test.en.txt", target_path="/tmp/app-test.fr.txt")


@pytest.fixture
def settings(tmp_path):
    from qa_desk.app.qt import QSettings
    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


@pytest.fixture
def prefs(settings):
    from qa_desk.app.preferences import Preferences
    p = Preferences(settings)
    p.user = "tester"
    return p


@pytest.fixture
def make_session(fixture_checks):
    """A fresh in-memory ReviewSession over small_document() with the fixture checks only."""
    from qa_desk.review.session import ReviewSession
    sessions = []

    def make(n_extra: int = 0, project_path=None):
        session = ReviewSession.from_document(small_document(n_extra), project_path=project_path,
                                              check_ids=list(fixture_checks) + ["omission"], user="tester")
        sessions.append(session)
        return session
    yield make
    for session in sessions:
        try:
            session.close()
        except Exception:
            pass


@pytest.fixture
def window(qtbot, prefs):
    from qa_desk.app.main_window import MainWindow
    win = MainWindow(prefs)
    win.quiet = True
    qtbot.addWidget(win)
    win.resize(1200, 700)
    return win


# -- the workflow tests' helpers -------------------------------------------------------------------
def open_in(window, session):
    """Show ``session`` in ``window``, the window shown and active (as under a user's hand)."""
    window.desk.set_session(session)
    window.show()
    window.activateWindow()
    return session


def open_records(session):
    """The session's open issue records."""
    return [r for r in session.issues if r.status == "open"]


def repeated_document() -> BilingualDocument:
    """A sentence repeated four times (the same wrong pronoun each time) among others."""
    segments = []
    for n in range(1, 9):
        if n % 2:
            segments.append(Segment(str(n), Content("She left early."), Content("Il est parti tôt.")))
        else:
            segments.append(Segment(str(n), Content(f"Line {n} is plain."), Content(f"La ligne {n} est  simple.")))
    return BilingualDocument(segments, path="/tmp/rep.en.txt", target_path="/tmp/rep.fr.txt")


@pytest.fixture
def repeated_session(fixture_checks):
    """An in-memory ReviewSession over repeated_document() with the fixture checks."""
    from qa_desk.review.session import ReviewSession
    session = ReviewSession.from_document(repeated_document(), check_ids=list(fixture_checks), user="tester")
    yield session
    session.close()


def hold(monkeypatch, owner, name: str):
    """``owner.name`` made to wait, on whatever thread calls it, until the test sets the returned gate."""
    import threading
    gate = threading.Event()
    real = getattr(owner, name)

    def held(*args, **kwargs):
        assert gate.wait(60), f"the test never let {name} go"
        return real(*args, **kwargs)
    monkeypatch.setattr(owner, name, held)
    return gate
