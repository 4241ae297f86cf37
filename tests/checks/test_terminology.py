"""Terminology: required and forbidden glossary terms, English plurals, French inflection by lemma."""
from pathlib import Path

from qa_desk.checks.terminology import english_pattern
from qa_desk.engine import apply_suggestions, run_checks
from qa_desk.model import BilingualDocument, Content, Segment

DATA = Path(__file__).resolve().parent.parent / "data" / "battery_b"
TBX = {"glossary": [str(DATA / "news_terms.tbx")]}
CSV = {"glossary": [str(DATA / "news_terms.csv")]}


def doc(*pairs):
    return BilingualDocument([Segment(f"s{n}", Content(s), Content(t)) for n, (s, t) in enumerate(pairs, 1)])


def test_english_terms_with_plurals_and_word_boundaries():
    assert english_pattern("briefing").search("two Briefings today")
    assert not english_pattern("briefing").search("debriefing")
    assert english_pattern("deputy secretary of state").search("the deputy secretaries of state met")
    assert english_pattern("policy").search("their policies")
    assert english_pattern("peace talks").search("new peace  talks")
    assert not english_pattern("war").search("warning")


def test_required_term_absent_is_flagged_on_the_source_term():
    d = doc(("The ceasefire held.", "La trêve a tenu."),
            ("Both sides agreed a ceasefire.", "Les deux camps ont conclu un arrêt des combats."),
            ("No ceasefire talks.", "Pas de pourparlers sur un cessez-le-feu."))
    found = run_checks(d, "terminology", TBX).issues
    assert [(i.segment, i.side, i.text) for i in found] == [("s2", "source", "ceasefire")]
    assert found[0].suggestions == ["cessez-le-feu", "trêve"] and found[0].severity == "major"


def test_forbidden_term_flagged_in_inflected_form_with_fix():
    d = doc(("She gave two telephone briefings.", "Elle a donné deux briefings téléphoniques."))
    found = run_checks(d, "terminology", TBX).issues
    assert [(i.text, i.suggestions) for i in found] == [("briefings", ["points de presse"])]
    d = doc(("After the briefing.", "Après le briefing."))
    apply_suggestions(d, run_checks(d, "terminology", TBX).issues)
    assert d.segments[0].target_text == "Après le point de presse."


def test_required_multiword_term_found_by_lemma():
    settings = {"glossary": [str(DATA / "news_terms_v3.tbx")]}
    d = doc(("Russia's nuclear forces are on alert.", "Les forces nucléaires russes sont en alerte."),
            ("The nuclear force grew.", "L'arsenal atomique a grandi."))
    found = run_checks(d, "terminology", settings).issues
    assert [(i.segment, i.text, i.suggestions) for i in found] == [("s2", "arsenal atomique", ["force nucléaire"])]


def test_csv_glossary_forbidden_without_source_and_quoted_terms():
    d = doc(("The deadline passed.", "La deadline est passée."),
            ("Peace talks resumed.", "Les pourparlers de paix ont repris."),
            ("Peace talks resumed.", "Les négociations ont repris."))
    found = run_checks(d, "terminology", CSV).issues
    assert [(i.segment, i.side, i.text) for i in found] == [("s1", "target", "deadline"), ("s3", "source", "Peace talks")]


def test_spacy_only_runs_when_needed():
    d = doc(("The minister spoke.", "Le ministre a parlé."))
    run = run_checks(d, "terminology", {})
    assert run.issues == [] and "nlp" not in run.context.analyses
    run = run_checks(d, "terminology", TBX)  # a glossary, but no term can be there
    assert run.issues == [] and "nlp" not in run.context.analyses
