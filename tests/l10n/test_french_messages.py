"""Issue 16: French all the way — every message the checks write reads in French, numbers the French way.

The checks write English; qa_desk.l10n gives the French reading the desk and the reports show. A
message shape the catalogue does not know stays English, so these tests run the real checks on
the test corpus and on documents built for one phenomenon each, and ask for no English left.
"""
import re
from pathlib import Path

import pytest

from qa_desk.engine import load_document, run_checks
from qa_desk.l10n import describe_evidence, format_number, translate_message, untranslated, word
from qa_desk.model import BilingualDocument, Content, Segment

DATA = Path(__file__).resolve().parents[1] / "data"
ENGLISH = re.compile(r"\b(the|this|is|are|with|from|missing|should|use|fix all|house style)\b")


def _corpus_pairs():
    for en in sorted((DATA / "battery_a").rglob("*.en.txt")) + sorted((DATA / "people").glob("*.en.txt"))[:6]:
        fr = en.with_name(en.name.replace(".en.txt", ".fr.txt"))
        if fr.exists():
            yield en, fr


def test_every_message_on_the_corpus_reads_in_french():
    messages = set()
    for en, fr in _corpus_pairs():
        messages.update(i.message for i in run_checks(load_document([str(en), str(fr)])).issues)
    assert len(messages) > 20
    assert untranslated(sorted(messages)) == []


def _doc(targets, sources=None) -> BilingualDocument:
    sources = sources or [f"Sentence {n} is here." for n in range(len(targets))]
    return BilingualDocument([Segment(str(n + 1), Content(s), Content(t)) for n, (s, t) in
                              enumerate(zip(sources, targets))])


NUMBERS = ["There are 12,345 voters.", "She counts 45,678 votes.", "They have 98,765 euros."]


@pytest.mark.parametrize("check,targets,sources,settings", [
    ("quotes", ['Il a dit "oui" hier.', 'Elle a dit "non" ce matin.', 'Ils ont dit "peut-être" ce soir.'], None, {}),
    ("quotes", ["Il a dit « oui » hier.", "Elle a dit « non » ce matin.", "Ils ont dit « peut-être » ce soir."],
     None, {}),
    ("spacing", ["Il a dit: oui.", "Elle a dit: non.", "Ils ont dit: peut-être."], None, {}),
    ("spacing", ["Il a dit : oui.", "Elle a dit : non.", "Ils ont dit : peut-être."], None, {}),
    ("ellipsis", ["Il attend... encore.", "Elle attend... toujours.", "Ils attendent... demain."], None, {}),
    ("number-space", ["Il y a 12 345 votants.", "Elle compte 45 678 voix.", "Ils ont 98 765 euros."], NUMBERS, {}),
    ("apostrophe", ["l'un et l'autre", "aujourd'hui", "l’accord"], None,
     {"typography": {"apostrophe": "typographic"}}),
    ("quotes,spacing,ellipsis", ['Il a dit: "oui"...', 'Elle a dit: "non"...', 'Ils ont dit: "peut-être".'],
     None, {}),  # several habits said in one message
])
def test_a_house_style_habit_reads_in_french(check, targets, sources, settings):
    """The document-level message of a habit ("This document writes straight quotes (3 places)...")."""
    issues = run_checks(_doc(targets, sources), check.split(","), settings=settings).issues
    habits = [i for i in issues if i.is_document_level]
    assert habits, f"{check}: a habit of three places is one document-level issue"
    for issue in habits:
        french = translate_message(issue.message, "fr")
        assert french != issue.message and not ENGLISH.search(french.lower()), french
        assert "\u00a0:" in french and "Tout corriger" in french
        assert re.search(r"\(\d+ (endroits?|nombres?)\)", french), french
        assert french.count("«\u00a0Tout corriger\u00a0»") == 1


def test_evidence_severities_and_numbers_in_french():
    from qa_desk.model import Evidence
    evidence = Evidence("she said", "source", "3", 0, 8, 2, "pronoun", "female")
    assert describe_evidence(evidence, "fr") == "source\u00a0: «\u00a0she said\u00a0», paragraphe 3"
    assert [word(w, "fr") for w in ("critical", "major", "minor", "signed off")] == [
        "critique", "majeur", "mineur", "validé"]
    assert format_number(0.4, "fr", 1) == "0,4" and format_number(12345, "fr") == "12\u202f345"
    assert format_number(0.4, "en", 1) == "0.4" and format_number(12345, "en") == "12,345"
