"""Review tests: small checks of our own and documents built by hand (no spaCy).

The checks are registered with ids prefixed ``test_review_`` and stay silent
unless the settings carry ``test_review: True``, so other packages' tests
that run every registered check are not affected.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from qa_desk.checks.registry import register_check
from qa_desk.model import BilingualDocument, Content, Evidence, Segment

WRONG_WORDS = {"chien": ["chat", "félin"], "maison": ["demeure"]}
CHECKS = ["test_review_word", "test_review_title", "omission"]
SETTINGS = {"test_review": True}


@register_check("test_review_word", category="Accuracy/Mistranslation", severity="major")
def word_check(ctx):
    """Test check: flags words of WRONG_WORDS in targets, suggesting replacements.

    Example: "Le chien dort." -> "chien" flagged, suggestions "chat", "félin".
    """
    if not ctx.settings.get("test_review"):
        return
    for seg in ctx.document.segments:
        for match in re.finditer(r"\w+|<[^>]*>", seg.target_text):
            if match.group() in WRONG_WORDS:
                yield ctx.issue("test_review_word", seg, match.start(), match.end(),
                                f"'{match.group()}' is not what the source says",
                                suggestions=list(WRONG_WORDS[match.group()]))
            elif match.group().startswith("<"):
                yield ctx.issue("test_review_word", seg, match.start(), match.end(),
                                f"markup {match.group()} in the target", severity="minor")


@dataclass
class FakePerson:
    key: str
    name: str
    gender: str
    evidence: list = field(default_factory=list)


@dataclass
class FakeCast:
    people: list
    builds: int = 0


BUILDS = {"count": 0}


def build_fake_cast(ctx) -> FakeCast:
    """People from "Ms X" / "Mr X" in the source; overrides from the settings."""
    BUILDS["count"] += 1
    people: dict[str, FakePerson] = {}
    for seg in ctx.document.segments:
        for match in re.finditer(r"\b(Ms|Mr) ([A-Z]\w+)", seg.source.text):
            key = match.group(2)
            gender = "female" if match.group(1) == "Ms" else "male"
            person = people.setdefault(key, FakePerson(key, key, gender))
            person.evidence.append(Evidence(match.group(), "source", seg.id, match.start(), match.end(),
                                            kind="title", gender=gender))
    for name in ctx.settings.get("test_review_people", []):  # extra people, names as given
        people.setdefault(name, FakePerson(name, name, "unknown", [Evidence(name, "source")]))
    for key, gender in ctx.settings.get("people_overrides", {}).items():
        if key in people and gender:
            people[key].gender = gender
    return FakeCast(list(people.values()))


@register_check("test_review_title", category="Fluency/Grammar/Agreement", severity="critical",
                requires=["people"])
def title_check(ctx):
    """Test check (document level): French title that contradicts the person's gender.

    Example: source "Ms Smith" anywhere, target "M. Smith" -> flagged, suggestion "Mme".
    """
    if not ctx.settings.get("test_review"):
        return
    cast = ctx.analyses.get("people")
    if cast is None:
        cast = ctx.analyses["people"] = build_fake_cast(ctx)
    genders = {p.key: p.gender for p in cast.people}
    for seg in ctx.document.segments:
        for match in re.finditer(r"\b(M\.|Mme) ([A-Z]\w+)", seg.target_text):
            gender = genders.get(match.group(2))
            wrong = (match.group(1) == "M." and gender == "female") or \
                    (match.group(1) == "Mme" and gender == "male")
            if wrong:
                yield ctx.issue("test_review_title", seg, match.start(1), match.end(1),
                                f"title does not match {match.group(2)} ({gender})",
                                suggestions=["Mme" if gender == "female" else "M."],
                                person=match.group(2))


def make_doc(pairs, notes=None) -> BilingualDocument:
    """A document from (source, target) pairs, ids "1", "2", ... one paragraph each."""
    segments = []
    for n, (source, target) in enumerate(pairs, start=1):
        segments.append(Segment(str(n), Content(source), Content(target) if target is not None else None,
                                state="translated", paragraph=n - 1,
                                notes=list((notes or {}).get(str(n), []))))
    return BilingualDocument(segments)


@pytest.fixture
def review_doc():
    """Four segments: a wrong word, a wrong title, an omission, a clean one."""
    return make_doc([
        ("The cat sleeps near the house.", "Le chien dort près de la maison."),
        ("Ms Smith said she would come.", "M. Smith a dit qu'elle viendrait."),
        ("Nobody answered.", ""),
        ("The weather was fine.", "Il faisait beau."),
    ])


@pytest.fixture
def fake_cast_builds():
    return BUILDS


@pytest.fixture
def make_document():
    return make_doc


@pytest.fixture
def review_checks():
    """(check ids, settings) that turn the test checks on."""
    return list(CHECKS), dict(SETTINGS)


@pytest.fixture
def new_session(tmp_path):
    """Factory: a session on a document, in a project file under tmp_path (or memory with project=None)."""
    from qa_desk.review import ReviewSession

    opened = []

    def open_session(doc, project="review.qadesk", user="translator", settings=None):
        path = str(tmp_path / project) if project else None
        session = ReviewSession.from_document(doc, path, check_ids=list(CHECKS),
                                              settings={**SETTINGS, **(settings or {})}, user=user)
        opened.append(session)
        return session

    yield open_session
    for session in opened:
        session.close()
