"""Desk-wide false-positive control: ignore rules, exceptions, severities, disabled checks, profiles."""
from pathlib import Path

import pytest

from qa_desk.engine import run_checks
from qa_desk.errors import InputError
from qa_desk.settings.ignores import compile_rules, filter_issues
from qa_desk.model import BilingualDocument, Content, Segment
from qa_desk.settings.profile import load_profile

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[1] / "data" / "battery_b"


def doc(*pairs, path="/desk/2024-05-02-nato.xlf"):
    return BilingualDocument([Segment(f"s{n}", Content(s), Content(t)) for n, (s, t) in enumerate(pairs, 1)],
                             path=path)


PAIRS = (("He said: the the end", "Il a dit: le le fin"), ("(Reporting by X; Y)", "(Reportage de X ; Y)"))


def checks(settings, document=None):
    return [(i.segment, i.check) for i in run_checks(document or doc(*PAIRS), "spacing,repeated-word",
                                                     settings).issues]


def test_without_rules_everything_is_reported():
    assert checks({}) == [("s1", "spacing"), ("s1", "repeated-word"), ("s2", "spacing")]


def test_ignore_one_issue_by_signature():
    first = run_checks(doc(*PAIRS), "spacing", {}).issues[0]
    assert checks({"ignore": [{"signature": first.signature}]}) == [("s1", "repeated-word"), ("s2", "spacing")]


def test_ignore_a_check_in_some_documents():
    rules = {"ignore": [{"check": "spacing", "document": "*-nato.xlf"}]}
    assert checks(rules) == [("s1", "repeated-word")]
    assert checks(rules, doc(*PAIRS, path="/desk/other.xlf")) == checks({})


def test_ignore_by_pattern_on_flagged_text_and_segment_text():
    assert checks({"ignore": [{"check": "spacing", "segment": r"^\(Reportage"}]}) == [
        ("s1", "spacing"), ("s1", "repeated-word")]
    assert checks({"ignore": [{"pattern": "^le le$"}]}) == [("s1", "spacing"), ("s2", "spacing")]
    assert checks({"ignore": [{"check": "spacing", "source": "Reporting"}]}) == [
        ("s1", "spacing"), ("s1", "repeated-word")]


def test_exceptions_per_check_words_or_regexes():
    assert checks({"exceptions": {"repeated-word": ["LE LE"]}}) == [("s1", "spacing"), ("s2", "spacing")]
    assert checks({"exceptions": {"repeated-word": [r"(\w+) \1"]}}) == [("s1", "spacing"), ("s2", "spacing")]
    assert checks({"exceptions": {"spacing": ["le le"]}}) == checks({})


def test_severity_profile_and_disabled_checks():
    run = run_checks(doc(*PAIRS), "spacing,repeated-word", {"severity": {"repeated-word": "critical"},
                                                             "disabled": ("spacing",)})
    assert [(i.check, i.severity) for i in run.issues] == [("repeated-word", "critical")]


def test_filter_issues_keeps_order_and_passes_through_without_settings():
    issues = run_checks(doc(*PAIRS), "spacing,repeated-word", {}).issues
    assert filter_issues(issues, None, None) is issues
    assert filter_issues(issues, doc(*PAIRS), {"ignore": [{"check": "repeated-word"}]}) == [
        i for i in issues if i.check != "repeated-word"]


@pytest.mark.parametrize("rule, message", [
    ({}, "matches everything"), ({"reason": "x"}, "matches everything"), ({"check": "x", "colour": "red"}, "unknown"),
    ({"pattern": "("}, "regular expression"), ({"check": 3}, "string")])
def test_bad_rules_are_one_line_errors(rule, message):
    with pytest.raises(InputError, match=message):
        compile_rules([rule], "desk.toml")


def test_profile_resolves_glossaries_and_validates(tmp_path):
    settings = load_profile(str(DATA / "profile.toml"))
    assert settings["glossary"] == [str(DATA / "news_terms.tbx"), str(DATA / "news_terms.csv")]
    assert settings["disabled"] == ("ellipsis",) and settings["typography"]["style"] == "press-nnbsp"
    bad = tmp_path / "bad.toml"
    for text, message in (('glossary = ["nope.tbx"]', "glossary not found"),
                          ('[typography]\nstyle = "loose"', "style must be one of"),
                          ('[[ignore]]\npattern = "["', "regular expression"),
                          ('[exceptions]\nrepeated-word = [1]', "list of strings")):
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(InputError, match=message):
            load_profile(str(bad))


@pytest.mark.parametrize("name", ["default.toml", "press.toml"])
def test_shipped_profiles_load(name):
    settings = load_profile(str(ROOT / "resources" / "profiles" / name))
    assert settings["typography"]["style"] in ("imprimerie-nationale", "press-nnbsp")


def test_default_profile_silences_credit_line_spacing_only():
    settings = load_profile(str(ROOT / "resources" / "profiles" / "default.toml"))
    assert checks(settings) == [("s1", "spacing"), ("s1", "repeated-word")]
