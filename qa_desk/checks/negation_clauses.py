"""Polarity below the sentence, for the negation check (qa_desk/checks/negation.py).

Counting negations over a whole sentence lets any soft word of the French excuse an English
negation, though it renders something else. Three narrower views:

- a clause pair: when each side is cut once by its contrast ("X, but Y" / "X, mais Y"), the
  English clause before "but" negated and the French clause before "mais" carrying no negation,
  explicit or soft, say different things ("It is not cheap, but it works" / "C'est bon marché,
  mais ça marche"), unless the negation moved to the other clause or an antonym says it;
- a soft word's own English: "far from" / "loin de", "only" / "ne ... que" (as many of them),
  "do without" / "manquer", "unregulated" / "non réglementé" render each other, so the French
  word is not what the English negation became; nor is a French negation that renders an English
  soft word ("unless" / "sans", "to avoid" / "pour ne pas");
- "contre" on a noun ("en colère contre", "la lutte contre") says a noun's complement, not a
  clause's polarity (not "voter contre", "être contre"); "Seulement, il..." opening a sentence
  is "however", not a restriction.
"""
from __future__ import annotations

import re

from .polarity_words import antonym_answers

# (English, French): a soft word and its usual rendering (beside negation.py's _SOFT_PAIRS).
RENDERED_PAIRS = [(re.compile(en, re.I), re.compile(fr, re.I)) for en, fr in (
    (r"\bfar\s+from\s+it\b", r"\bloin\s+de\s+là\b"),  # "not all friends, far from it" / "pas tous, loin de là"
    (r"\bfar\s+from\s+(?!it\b)", r"\bloin\s+(?:de(?!\s+là\b)|du|des|d['’])"),
    (r"\b(?:do|does|did|doing|done|go|goes|went|gone)\s+without\b", r"\b(?:manqu\w*|(?:se|s['’])\s*pass\w*\s+d)"),
    (r"\bin\s+vain\b", r"\bpour\s+rien\b"), (r"\bstop(?:s|ped|ping)?\b", r"\bempêch\w*"),
    (r"\bnot\s+(?:just|merely|simply)\b", r"\bplutôt\s+qu(?:e\b|['’])"),
    (r"\b(?:selfless\w*|disinterest\w*|uninterest\w*)", r"\bdésintéress\w*"),
)]
# Soft negatives and their usual French rendering: when both are there, the soft word is translated
# by its counterpart, so it cannot be what a negation on the other side renders.
SOFT_PAIRS = [(re.compile(en, re.I), re.compile(fr, re.I)) for en, fr in (
    (r"\breject\w*", r"\brejet\w*"), (r"\bden(?:y|ies|ied|ying)\b", r"\b(?:ni[eé]\w*|refus\w*|dément\w*)"),
    (r"\brefus\w*", r"\brefus\w*"), (r"\bprevent\w*", r"\bempêch\w*"), (r"\bfail\w*", r"\b(?:échou\w*|échec\w*)"),
    (r"\b(?:unable|incapable)\b", r"\bincapable\w*"), (r"\bonly\b", r"\b(?:seul\w*|seulement|uniquement)\b"),
    (r"\bunacceptable\b", r"\binacceptable\w*"), (r"\bimpossible\b", r"\bimpossible\w*"),
    (r"\bless\b", r"\bmoins\b"), (r"\bagainst\b", r"\bcontre\b"), (r"\black\w*", r"\bmanque\w*"),
    (r"\bban(?:s|ned|ning)?\b", r"\binterdi\w*"), (r"\bprohibit\w*", r"\binterdi\w*"), (r"\bavoid\w*", r"\bévit\w*"),
    (r"\bexclud\w*", r"\bexclu\w*"), (r"\bignor\w*", r"\bignor\w*"), (r"\binsufficient\b", r"\binsuffisan\w*"),
    (r"\bunknown\b", r"\binconnu\w*"), (r"\bunlikely\b", r"\bimprobable\w*"), (r"\btoo\b", r"\btrop\b"),
    (r"\bexcept\w*", r"\b(?:sauf|excepté|hormis|exception)\b"), (r"\bstop\w*", r"\b(?:arrêt\w*|cess\w*)"),
    (r"\bloss\w*|\blos[et]\b", r"\bperd\w*|\bperte\w*"), (r"\bdecreas\w*|\bdeclin\w*", r"\b(?:baiss|diminu|déclin|rejet|refus)\w*"),
    (r"\bfew\b|\blittle\b", r"\bpeu\b"), (r"\binstead\b", r"\bau\s+lieu\b"), (r"\brather\b", r"\bplutôt\b"),
    (r"\b(?:scarcely|hardly|barely)\b", r"\bà\s+peine\b"), (r"\bmerely\b", r"\b(?:seulement|simplement)\b"),
    (r"\bunjustifi\w*", r"\binjustifi\w*"), (r"\bunwarranted\b", r"\binjustifi\w*"), (r"\bwrong\w*", r"\b(?:erron\w*|faux|fausse\w*|mauvais\w*|mal)\b"),
    (r"\billegal\w*", r"\b(?:illégal\w*|irréguli\w*|clandestin\w*)"), (r"\babsen\w+", r"\babsen\w+"),
    (r"\bunable\b", r"\bincapable\w*"), (r"\bfree\b", r"\blibre\w*"), (r"\botherwise\b", r"\bsinon\b"),
    (r"\bnegative\w*", r"\bnégati\w+"), (r"\boppos\w*", r"\boppos\w*"), (r"\bin\s+vain\b", r"\ben\s+vain\b"),
    (r"\bdeprived\b", r"\bprivé\w*"), (r"\babst(?:ain|ention)\w*", r"\babst(?:en|ien)\w*"),
    (r"(?:^|[.!?:]\s*)[\"“]?\s*no\s*[,.!;]", r"(?:^|[.!?:]\s*)[\"“«]?\s*non\s*[,.!;]"),  # the answers
    (r"\bfewer\b", r"\bmoins\b"), (r"\babandon\w*", r"\babandon\w*"), (r"\bdoubt\w*", r"\bdout\w*"),
    (r"\bavoid\w*", r"\bgard\w*\s+(?:de|d['’])"), (r"\bban(?:s|ned|ning)?\b", r"\bbanni\w*"),
)] + RENDERED_PAIRS


def shared_clauses(source: str, target: str) -> list[str]:
    """Clauses of three words or more that the French repeats word for word from the English: a
    quotation in a third language, or French quoted in the source."""
    clauses = (c.strip() for c in re.split(r"[,.;:!?()«»\"“”]", target))
    return [c for c in clauses if len(c.split()) >= 3 and c in source]


# (English, French): a plain English word (not negative) and a French soft word that renders it: the
# French word says that word, not the English negation ("not be forgotten" / "ne pas ignorer").
FRENCH_RENDERINGS = [(re.compile(en, re.I), re.compile(fr, re.I)) for en, fr in (
    (r"\bat\s+least\b", r"\b(?:pas|non)\s+moins\s+d(?:e\b|['’])"), (r"\bforg[eo]t\w*", r"\bignor\w*"),
    (r"\bmiss(?:es|ed|ing)?\b", r"\b(?:absen\w+|manqu\w*)"),
    (r"\b(?:constant\w*|continu\w*|keeps?|kept|relentless\w*|always)\b",
     r"\bn['’]?e?\s*(?:\w+\s+)?(?:cess|arrêt)\w*\s+(?:pas\s+)?(?:de\b|d['’])"),
    (r"\b(?:barrier|obstacle|hindrance|impediment|hamper|hinder|imped)\w*", r"\bentrav\w*"),
    (r"\bblind\s+eye\b|\b(?:clos|shut)\w*\s+(?:\w+\s+)?eyes\b", r"\bferm\w+\s+les\s+yeux\b"),
    (r"\b(?:smash\w*|thwart\w*|derail\w*|scupper\w*|wreck\w*|defeat\w*|torpedo\w*|sabotag\w*|foil(?:s|ed|ing)?)\b",
     r"\b(?:fai\w*|fer\w*|fass\w*|fit)\s+échouer\b"),
)]
_EN_PREFIXED = re.compile(r"\b(?:un|non-?)([a-z]{3,})", re.I)
_FR_PREFIXED = re.compile(r"(?:non-?\s?|in|im|il|ir)([a-zà-ÿ]{3,})", re.I)
_FOLD = str.maketrans("àâäéèêëîïôöùûüç", "aaaeeeeiioouuuc")


def prefixed_rendered(source: str, target: str, soft: re.Pattern) -> int:
    """French words with a negative prefix ('non réglementées', 'inchangé') whose English has the
    prefixed word too ('unregulated'), wherever it stands: the French word renders it."""
    english = {m.group(1).lower()[:3] for m in _EN_PREFIXED.finditer(source)}
    prefixed = (_FR_PREFIXED.match(m.group()) for m in soft.finditer(target))  # soft: negation's _FR_SOFT
    return sum(1 for m in prefixed if m and m.group(1).lower().translate(_FOLD)[:3] in english)


# (English soft word, French negation that renders it): "not possible unless we act" / "pas possible
# sans agir", "to avoid any damage" / "pour ne pas se blesser": that French negation is the soft word's.
NEGATION_RENDERINGS = [(re.compile(en, re.I), re.compile(fr, re.I)) for en, fr in (
    (r"\bunless\b", r"\bsans\b(?!\s+(?:doute|cesse)\b)"),
    # "until we act" / "tant que nous n'agissons pas"
    (r"\b(?:until|till)\b", r"\btant\s+qu(?:e\b|['’])[^.;:!?]{0,40}?(?:\bne\b|\bn['’])"),
    (r"\bavoid\w*", r"\b(?:pour|afin\s+de|de)\s+ne\s+(?:pas|plus|jamais)\b"),
)]


# Two French negations that cancel: "cela n'a pas pu se faire sans dommage" (it surely did damage), "il ne
# se passe pas un jour sans" (every day): a positive, unless the English says it the same way.
_FR_NE_SANS = re.compile(r"(?:\bne\s+|\bn['’])[^.;:!?]{0,40}?\b(?:pas|jamais|plus)\s+[^.;:!?,]{1,30}?\bsans\b"
                         r"(?!\s+(?:doute|cesse)\b)", re.I)
_EN_NOT_WITHOUT = re.compile(r"\b(?:not|n['’]t|never|no|cannot)\b[^.;:!?]{0,60}?\bwithout\b", re.I)


def cancelled_negations(source: str, target: str) -> int:
    """How many French negations cancel in pairs ("ne ... pas ... sans") where the English has no such pair."""
    return 0 if _EN_NOT_WITHOUT.search(source) else 2 * len(_FR_NE_SANS.findall(target))


def negation_rendered(source: str, target: str) -> int:
    """How many French negations render an English soft word (NEGATION_RENDERINGS)."""
    return sum(1 for en, fr in NEGATION_RENDERINGS if en.search(source) and fr.search(target))

_EN_ONLY = re.compile(r"\b(?:only|just|merely|solely)\b", re.I)
_FR_NE_QUE = re.compile(r"\bne\s+(?:[\w'’-]+\s+){1,5}?qu(?:e\b|['’])|\bn['’][\w'’-]+\s+(?:[\w'’-]+\s+){0,4}?qu(?:e\b|['’])|"
                        r"\brien\s+d['’]autre\s+qu", re.I)


def restriction_rendered(source: str, target: str) -> int:
    """1 when every 'ne ... que' of the French can render an 'only' of the English ('could only
    support' / 'n'a fait que confirmer'): then none is what an English negation became ('will not
    ... unless' / 'ne ... que si')."""
    french = len(_FR_NE_QUE.findall(target))
    return int(0 < french <= len(_EN_ONLY.findall(source)))


_BE = {"est", "sont", "était", "étaient", "suis", "sommes", "êtes", "es", "sera", "seront", "serait", "seraient",
       "être", "été", "vote", "votent", "voté", "votons", "votez"}


_SUBJECTS = r"(?:il|elle|ils|elles|on|je|j['’]|nous|vous|c['’]|ce|cela|ça|tu)\b"


def not_soft(text: str, match: re.Match) -> bool:
    """A soft word of _FR_SOFT that says no clause's polarity here: 'contre' right after a noun ('en
    colère contre le gouvernement', 'la protection contre'), 'Seulement' opening a sentence before its
    subject or a comma ('Seulement, elle a pu...' = however; not 'Seulement 20 %'), an adjective of
    an indefinite pronoun ('quelque chose de négatif')."""
    word = match.group().lower()
    if re.search(r"\b(?:quelque\s+chose|rien|quoi\s+que\s+ce\s+soit)\s+d(?:e\s+|['’])$", text[:match.start()], re.I):
        return True  # "quelque chose de négatif": an indefinite pronoun's adjective, a noun phrase
    if word == "seulement":
        opens = re.search(r"(?:^|[.!?:;«\"“]\s*)$", text[:match.start()])
        return bool(opens) and re.match(r"\s*(?:,|" + _SUBJECTS + ")", text[match.end():], re.I) is not None
    if word != "contre":
        return False
    before = re.search(r"(\w+)\W*$", text[:match.start()])
    if before is None or before.group(1).lower() in _BE:
        return False
    from ..nlp.lexicon import get_lexicon

    readings = get_lexicon().analyses(before.group(1).lower())
    return bool(readings) and all(e.pos == "NOUN" for e in readings)


_EN_BUT = re.compile(r"\bbut\b", re.I)
_FR_MAIS = re.compile(r"\bmais\b", re.I)
_EN_NOT_BUT = re.compile(r"\b(?:not|n['’]t|never)\s+(?:\w+\s+){0,3}?(?:only|just|merely|simply|solely)\b|"
                         r"\bnothing\s+but\b|\bbut\s+(?:also|not)\b|\bcannot\s+but\b", re.I)
_FR_NOT_MAIS = re.compile(r"\bnon\s+(?:seulement|pas)\b|\bmais\s+(?:aussi|également|pas|non)\b", re.I)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def contrast_mismatch(source: str, target: str, english, french) -> str | None:
    """The English clause before 'but' negated, its French clause before 'mais' not at all; english
    and french are negation.py's count_english_negations and french_polarity."""
    if len(_EN_BUT.findall(source)) != 1 or len(_FR_MAIS.findall(target)) != 1:
        return None
    if _EN_NOT_BUT.search(source) or _FR_NOT_MAIS.search(target):
        return None  # "not only ... but also", "non pas X mais Y": one negation across both clauses
    en = _EN_BUT.split(source, maxsplit=1)
    fr = _FR_MAIS.split(target, maxsplit=1)
    if not (_words(en[0]) >= 3 and _words(fr[0]) >= 3 and 0.5 <= _words(fr[0]) / _words(en[0]) <= 2):
        return None  # the clauses do not match in size: the sentence was recast
    fr_left, fr_soft, _, _ = french(fr[0].strip())
    if fr_left or fr_soft:  # read first: the English clause is parsed only when this one is positive
        return None
    en_left, _ = english(en[0].strip())
    if not en_left or antonym_answers(en[0], fr[0]):
        return None
    if french(fr[1].strip())[0] > english(en[1].strip())[0]:
        return None  # "not X but Y" / "Y, mais pas X": the negation moved to the other clause
    return "The source negates the clause before 'but'; the translation's clause before 'mais' does not."


# An English litote: a negation on a word negative by meaning ("should not be ignored", "do not
# forget") says a positive, which French may say plainly ("doivent être pris en compte"); it is a
# negation only when the French has the word's own translation ("ne pas oublier").
_EN_LITOTES = [(re.compile(r"\b(?:not|n['’]t|never|no|nothing)\s+(?:\w+\s+){0,2}?(?:" + en + r")\b", re.I),
                re.compile(fr, re.I))
               for en, fr in (
    (r"ignor\w*|disregard\w*", r"\bignor\w*|\bnéglig\w*|\bfaire\s+abstraction"),
    (r"forget\w*|forgot\w*", r"\b(?:oubli|ignor|néglig)\w*"), (r"overlook\w*|neglect\w*", r"\b(?:oubli|néglig|ignor)\w*"),
    (r"hesitat\w*", r"\bhésit\w*"), (r"underestimat\w*", r"\bsous-estim\w*|\bminimis\w*"),
    # "nothing unusual", "no different", "not unlike": a negated negative word, unless French keeps one
    (r"important", r"\bimportan\w*"),  # "it is not important whether" / "il est égal"
    (r"unusual|uncommon|unlike|differen\w*|dissimilar\w*|unreasonabl\w*|unimportant",
     r"\b(?:inhabituel|insolite|rare|différ|distinct|dissemblable|déraisonnabl|insignifiant)\w*|\bnon\s"),
)]


def english_litotes(source: str, target: str) -> int:
    """How many English negations are litotes the French says positively."""
    return sum(1 for en, fr in _EN_LITOTES if en.search(source) and not fr.search(target))


_EN_NEGATOR = re.compile(r"\b(?:(no\s+longer|no\s+one|no-one|nobody|nothing|never)|(not|n['’]t|no)\s+([a-z]+))\b", re.I)


def repeated_negations(source: str) -> int:
    """English negations said again on a parallel phrase ("it is not about X, and it is not about
    Y", "I do not like X. I do not like Y", "no longer tended and no longer ploughed"): French
    often says them once ("Il ne s'agit pas de X ou de Y")."""
    keys = []
    for m in _EN_NEGATOR.finditer(source):
        if m.group(1):
            keys.append(re.sub(r"[\s-]+", " ", m.group(1).lower()))
        else:
            keys.append(("not" if m.group(2).lower() != "no" else "no") + " " + m.group(3).lower())
    return len(keys) - len(set(keys))


_FR_NEGATED_VERB = re.compile(r"\b(?:ne\s+|n['’])(?:(?:me|te|se|nous|vous|le|la|les|lui|leur|y|en)\s+|[stlm]['’])*"
                              r"([a-zà-ÿ]+)", re.I)


def parallel_positive(target: str) -> bool:
    """The French negates a verb it also says without negation ("s'ils ont saisi ... et s'ils
    n'ont pas compris", "ce sont les Américains et ce ne sont pas les forces"): it kept both of
    the English parallel clauses, so a negation missing from one is missing, not said once."""
    verbs = [m.group(1).lower() for m in _FR_NEGATED_VERB.finditer(target)]
    return any(len(re.findall(rf"\b{v}\b", target, re.I)) > verbs.count(v) for v in set(verbs))


# "se demander si ... ne ... pas" asks whether it is so ("On peut se demander si le même sort ne menace
# pas la Commission" / "We may ask whether the same is happening to the Commission"): no negation.
_FR_WONDER = re.compile(r"\b(?:demand\w*|interrog\w*|questionn\w*)\s+(?:[\w'’]+\s+){0,3}?s(?:i\s|['’]\s?)"
                        r"[^.?!;:]*?(?:\bne\s|\bn['’])[^.?!;:]*?\b(?:pas|plus)\b", re.I)
_EN_WHETHER = re.compile(r"\bwhether\b|\b(?:ask\w*|wonder\w*|question\w*)\s+(?:\w+\s+){0,3}?if\b", re.I)


def wondered(source: str, target: str) -> int:
    """French negations in a 'se demander si' clause where the English asks whether."""
    return len(_FR_WONDER.findall(target)) if _EN_WHETHER.search(source) else 0


_SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles", "on", "je", "j'", "nous", "vous", "tu", "c'", "ce", "cela"}


def restrictive_que(words, k: int) -> bool:
    """A 'que' that may close a 'ne ... que' (only): not a conjunction before its clause's subject
    ('il n'a pu faire en sorte qu'il y ait un interprète')."""
    return words[k] in ("que", "qu'") and not (k + 1 < len(words) and words[k + 1] in _SUBJECT_PRONOUNS)
