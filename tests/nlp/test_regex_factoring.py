"""spaCy's French token match, factored: the same words match, and other patterns are untouched."""
import gzip
import re

import pytest

from qa_desk.nlp.regex_factoring import factor, factored_compiles
from qa_desk.nlp.lexicon import RESOURCE
from qa_desk.paths import resource_path

LETTERS = "[" + "".join(chr(c) for c in range(ord("a"), ord("z") + 1)) + "àâçéèêëîïôûùüÿœæ]"


def test_alternatives_sharing_a_tail_are_merged_and_match_the_same():
    tail = f"[-]{LETTERS}[-{LETTERS[1:-1]}']*$"
    pattern = "(?iu)" + "|".join(f"(?:^{p}{tail})" for p in ("faux", "a[ée]ro", "r?é?entr")) \
        + f"|(?:^new[-]york{LETTERS}*$)"
    merged = factor(pattern)
    assert merged is not None and merged.count(LETTERS) < pattern.count(LETTERS)
    words = ["faux-vampire", "Aéro-club", "aero-x", "entr-acte", "réentr-x", "faux-", "faux", "vrai-ami",
             "new-york", "New-Yorkais", "new-yorkais-x", "xfaux-ami", "aéro-Club-l'x"]
    assert [bool(re.match(merged, w)) for w in words] == [bool(re.match(pattern, w)) for w in words]
    assert sum(bool(re.match(merged, w)) for w in words) >= 6


def test_a_pattern_of_another_shape_is_left_alone():
    assert factor("(?:^a[-]b$)|c") is None  # an alternative without its own "^"
    assert factor("(?:^a|b)|(?:^c)") is None  # "|" inside an alternative: merging would change it


def test_only_very_long_patterns_are_rewritten_while_active():
    before = re.compile
    with factored_compiles():
        assert re.compile is not before
        assert re.compile("(?:^a[-]b$)|(?:^c[-]b$)").pattern == "(?:^a[-]b$)|(?:^c[-]b$)"
    assert re.compile is before


def test_the_french_tokenizer_matches_what_spacys_own_expression_matches():
    from qa_desk.nlp.pipeline import get_nlp
    from spacy.lang.fr import tokenizer_exceptions as spacy_french
    expressions = getattr(spacy_french, "_regular_exp", None)
    if expressions is None:
        pytest.skip("this spaCy builds its French token match another way")
    original = re.compile("(?iu)" + "|".join(f"(?:{m})" for m in expressions)).match
    token_match = get_nlp().tokenizer.token_match
    assert len(token_match.__self__.pattern) < len(original.__self__.pattern) / 10
    with gzip.open(resource_path(*RESOURCE), "rt", encoding="utf-8") as rows:
        words = {row.split("\t", 1)[0] for row in rows if not row.startswith("#")}
    words = sorted(w for w in words if "-" in w or "'" in w)
    words += [w.upper() for w in words] + [w + "-là" for w in words] + ["faux-semblant", "entr'ouvrir"]
    matched = [w for w in words if original(w)]
    assert len(matched) > 500  # the comparison tests something
    assert [w for w in words if bool(token_match(w)) != bool(original(w))] == []
