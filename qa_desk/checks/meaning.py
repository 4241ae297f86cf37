"""Meaning slips that rules can catch: a tense against its time adverb, a negation on one side only.

Precision first: each rule fires only on patterns that are wrong in any context
("pourrait se produire le mois dernier"), never on what a rewording may explain.
"""
from __future__ import annotations

import re

from ..nlp.tokens import Token, tokenize
from .negation import count_english_negations, count_french_negations, negation_mismatch  # noqa: F401
from .registry import CheckContext, register_check

# --- tense against time adverb --------------------------------------------------------------
_PAST_ADVERB = re.compile(
    r"(?<![\w'’-])(?:(?:le|l['’])\s?(?:mois|an|week-end|trimestre|semestre|printemps|été|automne|hiver|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+dernier|(?:la\s+(?:semaine|nuit|saison|décennie)|"
    r"l['’]année)\s+dernière|avant-hier|hier)(?![\w-])", re.I)
_FUTURE_ADVERB = re.compile(
    r"(?<![\w'’-])(?:(?:le|l['’])\s?(?:mois|an|week-end|trimestre|semestre|printemps|été|automne|hiver|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+prochain|(?:la\s+(?:semaine|saison|décennie)|"
    r"l['’]année)\s+prochaine|après-demain|demain)(?![\w-])", re.I)
# A preposition or comparison before the adverb ties it to something else: "depuis hier",
# "à la semaine prochaine", "plus que le mois dernier".
_TIED_BEFORE = {"à", "au", "aux", "de", "du", "des", "d'", "depuis", "dès", "jusqu'", "jusqu'à", "pour", "que",
                "qu'", "par", "avant", "après", "entre", "comme", "ici", "d'ici", "et", "ou", "contre"}
_SKIP = {"se", "s'", "me", "m'", "te", "t'", "nous", "vous", "le", "la", "les", "l'", "lui", "leur", "y", "en",
         "ne", "n'", "pas", "plus", "jamais", "lieu", "effet", "place", "fin", "-t-", "il", "elle", "ils", "elles",
         "on", "-"}
_CLAUSE_STOP = {",", ";", ":", "(", ")", "«", "»", '"', "que", "qu'", "qui", "si", "quand", "lorsque", "où",
                "mais", "car", "donc", "selon", "."}
_INFINITIVE = re.compile(r"^[a-zàâçéèêëîïôûùüÿœ]+(?:er|ir|re|oir)$")
_PARTICIPLE = re.compile(r"^[a-zàâçéèêëîïôûùüÿœ]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|eu|it|ite|its|ites|int|ert|"
                         r"erte)$")
_IRER = {"tir", "retir", "attir", "soutir", "étir", "aspir", "inspir", "expir", "respir", "transpir", "conspir",
         "soupir", "admir", "désir", "vir", "chavir", "empir", "délir", "mir", "spir", "ir"}
_CONSONANT_STEMS = ("pour", "dev", "voud", "viend", "tiend", "prend", "mett", "ver", "faud", "vaud", "viv",
                    "suiv", "recev", "cev", "enver", "cour", "mour", "pleuv", "aît", "batt", "perd", "vend", "rend",
                    "tend", "pond", "fond", "mord", "romp", "aind", "eind", "oind", "soud", "coud", "vainc")
_EXACT_STEMS = {"au", "sau", "i", "se", "fe"}
_COND_FUT = re.compile(r"^(?P<stem>[a-zàâçéèêëîïôûùüÿœ]+?)(?:raient|rait|ront|ra)$")
_NOT_VERBS = {"front", "affront", "extra", "ultra", "cobra", "mantra", "opéra", "caméra", "zébra"}
_FUTUR_PROCHE = {"va", "vont", "vais"}
_PAST_AUX = {"a", "ont", "avait", "avaient", "eut", "eurent"}


def is_conditional_or_future(word: str) -> bool:
    """'pourrait', 'déclarera', 'finiraient' yes; 'déclarait', 'retirait', 'front' no (imparfait, nouns)."""
    word = word.lower()
    if word in _NOT_VERBS:
        return False
    match = _COND_FUT.match(word)
    if not match:
        return False
    stem = match.group("stem")
    if stem in _EXACT_STEMS:
        return True
    if stem.endswith("e") and len(stem) > 1:
        return True
    if stem.endswith("i"):
        return (stem + "r")[-3:] not in _IRER and stem + "r" not in _IRER and not any(
            (stem + "r").endswith(s) for s in _IRER if len(s) > 3)
    return stem.endswith(_CONSONANT_STEMS)


def _tense_slips(text: str):
    """(start, end, verb, adverb, kind) for each time adverb contradicting its verb."""
    tokens = tokenize(text)
    starts = {t.start: n for n, t in enumerate(tokens)}
    for pattern, kind in ((_PAST_ADVERB, "past"), (_FUTURE_ADVERB, "future")):
        for match in pattern.finditer(text):
            n = starts.get(match.start())
            if n is None or (n > 0 and tokens[n - 1].lower in _TIED_BEFORE):
                continue
            verb = _governing_verb(tokens, n, kind)
            if verb is not None:
                yield verb.start, match.end(), verb.text, match.group(), kind


def _governing_verb(tokens: list[Token], n: int, kind: str) -> Token | None:
    """The finite verb right before the adverb when its tense contradicts it, else None."""
    participle_seen = False
    for back in range(n - 1, max(-1, n - 7), -1):
        token = tokens[back]
        low = token.lower.replace("’", "'")
        if low in _CLAUSE_STOP or not token.is_word and low not in _SKIP:
            return None
        if kind == "past":
            if is_conditional_or_future(low) or (low in _FUTUR_PROCHE and back + 1 < n):
                return None if participle_seen else token
            if _PARTICIPLE.match(low) and low not in _SKIP:
                participle_seen = True  # "aurait eu lieu hier": past conditional, fine
                continue
        else:
            if _PARTICIPLE.match(low) and back > 0 and tokens[back - 1].lower in _PAST_AUX:
                return tokens[back - 1]
            if _PARTICIPLE.match(low) and back > 1 and tokens[back - 1].lower == "été" \
                    and tokens[back - 2].lower in _PAST_AUX:
                return tokens[back - 2]
        if low in _SKIP or _INFINITIVE.match(low):
            continue
        return None
    return None


@register_check("meaning", category="Accuracy/Mistranslation", severity="major", scope="segment")
def meaning(ctx: CheckContext):
    """Meaning slip: a tense against its time adverb, or a negation on one side only.

    Examples: "qui pourrait se produire le mois dernier" (a conditional with a past
    adverb: the source said "which he said last month could happen") is flagged
    on "pourrait se produire le mois dernier"; "The plan was approved" translated
    "Le plan n'a pas été approuvé" is flagged for a negation the source lacks.
    """
    for seg in ctx.document.segments:
        source, target = seg.source.text, seg.target_text
        if not source.strip() or not target.strip():
            continue
        for start, end, verb, adverb, kind in _tense_slips(target):
            tense = "conditional or future" if kind == "past" else "past"
            yield ctx.issue("meaning", seg, start, end,
                            f"'{verb}' ({tense}) contradicts '{adverb}' ({kind}): check what the source dates.")
        why = negation_mismatch(source, target)
        if why:
            yield ctx.issue("meaning", seg, 0, 0, why)
