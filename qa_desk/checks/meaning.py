"""Meaning slips that rules can catch: a tense against its time adverb, a negation on one side only.

Precision first: each rule fires only on patterns that are wrong in any context
("pourrait se produire le mois dernier"), never on what a rewording may explain.
"""
from __future__ import annotations

import re

from ..nlp.tokens import Token, tokenize
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


# --- negation on one side only --------------------------------------------------------------
_EN_NEG = re.compile(r"\b(?:not|never|no|nobody|nothing|none|nowhere|neither|nor|without|cannot)\b|n['’]t\b", re.I)
_EN_NOT_NEG = re.compile(r"\bnot\s+(?:only|just|merely)\b|\bno\s+doubt\b|"
                         r"\bno\s+(?:earlier|later|sooner|more|less|fewer|greater|bigger|smaller|higher|lower)\s+than\b",
                         re.I)
_EN_IMPLICIT = re.compile(r"\b(?:fail\w*|unable|refus\w*|lack\w*|den(?:y|ies|ied|ying)|absen\w+|hardly|barely|"
                          r"scarcely|rarely|seldom|impossible|reject\w*|rul\w+ out|avoid\w*|stop\w*|ceas\w+|"
                          r"instead|rather than|free|unlikely|unclear|unknown|unwilling|unsuccessful\w*|unaware|"
                          r"inability|incapable|insufficient|dismiss\w*|far from|ban\w*|prevent\w*|"
                          r"prohibit\w*|exclud\w*|unprecedented|despair\w*|un\w+able|in\w+ible|"
                          r"(?!united\b)un[a-z]+(?:ed|ful))\b", re.I)
_FR_NEG_WORDS = {"pas", "jamais", "plus", "rien", "personne", "aucun", "aucune", "guère", "point", "nullement",
                 "ni", "nul", "nulle", "aucunement"}
_FR_BARE_NEG = {"pas", "sans", "aucun", "aucune", "ni", "non", "rien"}  # not "nul": "un match nul" is a draw
_FR_NOT_NEG = re.compile(r"\b(?:non|pas)\s+(?:seulement|uniquement)\b|\bnon-|\bpas\s+mal\b|\bsans\s+(?:doute|cesse|"
                         r"compter|oublier)\b|\bnon\s+loin\b|\bn['’]?e?\s*(?:\w+\s+)?manqu\w*\s+pas\b", re.I)
# Before a bare "pas", these make it the noun (ses pas, un pas, bruit de pas), not a negation.
_PAS_NOUN_BEFORE = {"le", "les", "un", "des", "ses", "mes", "tes", "son", "ce", "ces", "leurs", "nos", "vos", "de",
                    "du", "à", "au", "aux", "d'", "sur", "premier", "premiers", "faux", "mon", "ton", "quelques",
                    "deux", "trois", "grands", "petits", "mêmes", "leur", "notre", "votre", "chaque", "quel",
                    "quels", "même", "mauvais", "grand", "petit", "cent", "mille", "pas", "lents", "lourds"}
# "Plus de retard" (a slogan: no more delays) has no "ne".
_FR_SLOGAN_NEG = re.compile(r"(?:^|[«\"“(:]\s*)plus\s+(?:de|d['’])", re.I)
_FR_IMPLICIT = re.compile(r"\b(?:manqu\w*|faute\s+de|refus\w*|ni(?:e|ent|é|ait|aient|ant|er)|dément\w*|démenti\w*|"
                          r"échou\w*|échec|incapable\w*|impossib\w+|absen\w+|à\s+peine|guère|rejet\w*|"
                          r"rejeté\w*|exclu\w*|évit\w*|cess\w*|plutôt|au\s+lieu|libre\w*|improbable\w*|"
                          r"incertain\w*|inconnu\w*|insuffisan\w*|inutile\w*|interdi\w*|empêch\w*|"
                          r"peu\s+probable\w*|loin\s+de|renonc\w*|ignor\w*|in\w+(?:able|ible)s?|trop\s+\w+\s+pour)\b", re.I)


def count_english_negations(text: str) -> tuple[int, int]:
    """(explicit, implicit) negations in an English sentence; 'not only' is not one."""
    cleaned = _EN_NOT_NEG.sub(" ", text)
    return len(_EN_NEG.findall(cleaned)), len(_EN_IMPLICIT.findall(cleaned))


def count_french_negations(text: str) -> tuple[int, int]:
    """(explicit, implicit): 'ne ... pas/jamais/plus/rien', bare 'pas', 'sans', 'aucun'; never the
    'ne' explétif (avant qu'il ne parte) nor 'ne ... que' (= only)."""
    cleaned = _FR_NOT_NEG.sub(" ", text)
    words = [t.lower.replace("’", "'") for t in tokenize(cleaned) if t.is_word or t.text in "'’"]
    explicit, used = 0, set()
    for i, word in enumerate(words):
        if word in ("ne", "n'"):
            after = [k for k in range(i + 1, min(len(words), i + 7)) if words[k] in _FR_NEG_WORDS
                     and not (words[k] == "plus" and k + 1 < len(words) and words[k + 1] in ("que", "qu'"))]
            before = [k for k in range(max(0, i - 3), i) if words[k] in _FR_NEG_WORDS - {"pas", "plus"}]
            if after or before:
                explicit += 1
                used.update(after[:1] or before[-1:])
    for i, word in enumerate(words):
        if i not in used and word in _FR_BARE_NEG and not (word == "plus"):
            if word in ("rien", "personne") and not any(w in ("ne", "n'") for w in words[max(0, i - 6):i + 3]):
                continue
            if word == "pas" and i > 0 and words[i - 1] in _PAS_NOUN_BEFORE:
                continue
            explicit += 1
    return explicit, len(_FR_IMPLICIT.findall(cleaned)) + len(_FR_SLOGAN_NEG.findall(cleaned))


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


MARGIN = 2  # explicit negations one side has beyond every negation, explicit or implied, of the other


def negation_mismatch(source: str, target: str) -> str | None:
    """Why the negations of an English sentence and its French translation disagree, or None."""
    en_explicit, en_implicit = count_english_negations(source)
    fr_explicit, fr_implicit = count_french_negations(target)
    if en_explicit and (not (fr_explicit or fr_implicit) or en_explicit >= fr_explicit + fr_implicit + MARGIN):
        return "The source has a negation (not, never, no...) that the translation lacks."
    if fr_explicit and (not (en_explicit or en_implicit) or fr_explicit >= en_explicit + en_implicit + MARGIN):
        return "The translation has a negation (ne... pas, jamais, sans...) that the source lacks."
    return None
