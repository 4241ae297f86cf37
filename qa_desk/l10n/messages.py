"""Issue messages and evidence in French: one pattern per message shape the checks write.

The checks write English (the command's output, the JSON, the tests read it); the desk and the
reports show :func:`translate_message`. A pattern's named groups are carried over as they are
(quoted words of the document, numbers), except ``t_*`` groups, read again as message fragments
(the reasons the people checks give), and ``w_*`` groups, looked up in :data:`WORDS`. Quotations
become « … » with no-break spaces; French punctuation takes its spaces (narrow no-break before
; ? !, no-break before :). A message no pattern knows stays English.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .words import word

NBSP, NNBSP = "\u00a0", "\u202f"
COLON = NBSP + ":"


def _q(name: str) -> str:
    """A quoted group in French quotes."""
    return f"«{NBSP}{{{name}}}{NBSP}»"


WORDS = {
    "woman": "une femme", "man": "un homme", "masculine": "masculin", "feminine": "féminin",
    "shorter": "plus courte", "longer": "plus longue", "past": "passé", "future": "futur",
    "conditional or future": "conditionnel ou futur",
    "no-break space": "une espace insécable", "narrow no-break space": "une espace fine insécable",
    "plain space": "une espace ordinaire", "no space": "aucune espace",
    "the house style": "la charte maison", "the rest of the document": "le reste du document",
    "expansion": "développement", "acronym": "sigle",
    "English thousands separator": "séparateur de milliers anglais",
    "dot as thousands separator": "point comme séparateur de milliers",
    "decimal point instead of a comma": "point décimal au lieu d’une virgule",
    "dollar": "dollars", "euro": "euros", "pound": "livres", "yen": "yens", "yuan": "yuans",
    "rouble": "roubles", "franc": "francs", "rupee": "roupies", "peso": "pesos", "hryvnia": "hryvnias",
    "is": "est", "are": "sont",
}

_FIX_ALL = f"«{NBSP}Tout corriger{NBSP}»"

# The forms a house-style habit names ("plain space", "straight quotes", "the apostrophe '"...).
FORMS = {
    "straight quotes": "des guillemets droits", "three dots": "trois points",
    "plain spaces": "des espaces ordinaires",
}
_INSIDE = re.compile(r"(?P<space>.+) inside « »")
_APOSTROPHE = re.compile(r"the apostrophe (?P<mark>.)")


def translate_form(form: str) -> str:
    """A house-style form in French: "plain space inside « »" -> "une espace ordinaire à l’intérieur de « »"."""
    if form in FORMS:
        return FORMS[form]
    inside = _INSIDE.fullmatch(form)
    if inside:
        return f"{WORDS.get(inside.group('space'), inside.group('space'))} à l’intérieur de «{NBSP}»"
    apostrophe = _APOSTROPHE.fullmatch(form)
    if apostrophe:
        return f"l’apostrophe {apostrophe.group('mark')}"
    return WORDS.get(form, form)


# (English pattern, French template): the pattern must match the whole message.
RULES: list[tuple[str, str]] = [
    # alignment, language, length
    (r"No translation: this source sentence is missing from the target\.",
     f"Pas de traduction{COLON} cette phrase de la source manque dans la cible."),
    (r"Added text: this target sentence has no counterpart in the source\.",
     f"Texte ajouté{COLON} cette phrase de la cible n’a pas d’équivalent dans la source."),
    (r"Uncertain alignment \((?P<link>[^,]+), confidence (?P<conf>[\d.]+)\): check that this target translates "
     r"this source\.",
     f"Alignement incertain ({{link}}, confiance {{conf}}){COLON} vérifiez que cette cible traduit cette source."),
    (r"Untranslated: the translation is the source, unchanged\.",
     f"Non traduit{COLON} la traduction reprend la source telle quelle."),
    (r"Untranslated: (?P<why>.+)\.", f"Non traduit{COLON} {{why}}."),
    (r"English in the French sentence: '(?P<w>.+)'\.", f"De l’anglais dans la phrase française{COLON} {_q('w')}."),
    (r"The translation is much (?P<w_way>shorter|longer) than usual for this document \((?P<t>\d+) characters for "
     r"(?P<s>\d+); about (?P<e>\d+) expected at this document's ratio (?P<r>[\d.]+)\): check for an omission or "
     r"an addition\.",
     f"La traduction est bien {{w_way}} que d’habitude dans ce document ({{t}} caractères pour {{s}}{NNBSP}; "
     f"environ {{e}} attendus au rapport {{r}} de ce document){COLON} vérifiez qu’il n’y a ni omission ni ajout."),
    # meaning
    (r"'(?P<verb>.+?)' \((?P<w_tense>conditional or future|past)\) contradicts '(?P<adv>.+?)' \((?P<w_kind>past|future)\): "
     r"check what the source dates\.",
     f"{_q('verb')} ({{w_tense}}) contredit {_q('adv')} ({{w_kind}}){COLON} vérifiez la date que donne la source."),
    (r"The source has a negation \(not, never, no\.\.\.\) that the translation lacks\.",
     "La source a une négation (not, never, no…) que la traduction n’a pas."),
    (r"The translation has a negation \(ne\.\.\. pas, jamais, sans\.\.\.\) that the source lacks\.",
     "La traduction a une négation (ne… pas, jamais, sans…) que la source n’a pas."),
    (r"The source says 'not only'; the translation says 'only' \(seulement, ne \.\.\. que\)\.",
     f"La source dit «{NBSP}not only{NBSP}»{NNBSP}; la traduction dit «{NBSP}seulement{NBSP}» (ou ne… que)."),
    (r"The translation says 'not only' \(pas seulement\); the source says 'only'\.",
     f"La traduction dit «{NBSP}pas seulement{NBSP}»{NNBSP}; la source dit «{NBSP}only{NBSP}»."),
    # mechanics
    (r"Repeated word: '(?P<w>.+)'\.", f"Mot répété{COLON} {_q('w')}."),
    (r"Double space\.", "Double espace."),
    (r"Leading whitespace differs from the source\.", "L’espace en début de segment diffère de la source."),
    (r"Trailing whitespace differs from the source\.", "L’espace en fin de segment diffère de la source."),
    (r"Odd number of straight quotes: this one has no partner\.",
     f"Nombre impair de guillemets droits{COLON} celui-ci n’a pas de pendant."),
    (r"'(?P<a>.)' is never closed by '(?P<b>.)'\.", f"{_q('a')} n’est jamais fermé par {_q('b')}."),
    (r"'(?P<a>.)' closes nothing: no '(?P<b>.)' before it\.",
     f"{_q('a')} ne ferme rien{COLON} aucun {_q('b')} avant lui."),
    (r"Inline code (?P<c>\S+) is missing from the translation\.", "La balise {c} manque dans la traduction."),
    (r"Inline code (?P<c>\S+) is not in the source\.", "La balise {c} n’est pas dans la source."),
    (r"Inline codes are not properly paired or nested in the target\.",
     "Les balises de la cible ne sont pas correctement appariées ou imbriquées."),
    (r"Inline code (?P<c>\S+) moved, but the source forbids reordering\.",
     "La balise {c} a changé de place, mais la source interdit de la déplacer."),
    (r"Placeholder (?P<c>.+) is missing from the translation\.", "L’espace réservé {c} manque dans la traduction."),
    (r"Placeholder (?P<c>.+) is not in the source\.", "L’espace réservé {c} n’est pas dans la source."),
    # names
    (r"'(?P<n>.+)' from the source is missing from the translation \(accepted: (?P<a>.+)\)\.",
     f"{_q('n')} (source) manque dans la traduction (formes acceptées{COLON} {{a}})."),
    (r"'(?P<n>.+)' from the source is missing or spelled differently in the translation\.",
     f"{_q('n')} (source) manque dans la traduction ou s’y écrit autrement."),
    (r"'(?P<a>.+)' is spelled '(?P<b>.+)' elsewhere in this translation\.",
     f"{_q('a')} s’écrit {_q('b')} ailleurs dans cette traduction."),
    # numbers
    (r"'(?P<t>.+)' does not match the source '(?P<s>.+)'\.", f"{_q('t')} ne correspond pas à la source {_q('s')}."),
    (r"The source's '(?P<s>.+)' is missing from the translation\.", f"{_q('s')} de la source manque dans la traduction."),
    (r"'(?P<t>.+)' is not in the source\.", f"{_q('t')} n’est pas dans la source."),
    (r"'(?P<t>.+)' is in (?P<w_a>[a-z]+)s; the source's '(?P<s>.+)' is in (?P<w_b>[a-z]+)s\.",
     f"{_q('t')} est en {{w_a}}{NNBSP}; la source {_q('s')} est en {{w_b}}."),
    (r"'(?P<t>.+)' is written the English way \((?P<w_how>.+)\)\.", f"{_q('t')} est écrit à l’anglaise ({{w_how}})."),
    # terminology
    (r"Glossary: '(?P<t>.+?)' is a forbidden term; use '(?P<u>.+?)'(?P<note> \(.*\))?\.",
     f"Glossaire{COLON} {_q('t')} est un terme proscrit{NNBSP}; employez {_q('u')}{{note}}."),
    (r"Glossary: '(?P<t>.+?)' is a forbidden term(?P<note> \(.*\))?\.",
     f"Glossaire{COLON} {_q('t')} est un terme proscrit{{note}}."),
    (r"Glossary: '(?P<t>.+?)' should be translated (?P<u>.+), not found in the translation(?P<note> \(.*\))?\.",
     f"Glossaire{COLON} {_q('t')} doit se traduire par {{u}}, absent de la traduction{{note}}."),
    # typography
    (r"'(?P<c>.)' needs a (?P<w_want>[a-z -]+space) before it, not (?P<w_have>[a-z -]+space|U\+[0-9A-F]+)\.",
     f"{_q('c')} demande {{w_want}} avant lui, pas {{w_have}}."),
    (r"No space before '(?P<c>.)' in French\.", f"Pas d’espace avant {_q('c')} en français."),
    (r"Straight opening quote: use « in French\.", f"Guillemet droit ouvrant{COLON} employez « en français."),
    (r"Straight closing quote: use » in French\.", f"Guillemet droit fermant{COLON} employez » en français."),
    (r"Straight single quotes: use “ ” for a quotation inside a quotation\.",
     f"Apostrophes droites en guise de guillemets{COLON} employez “ ” pour une citation dans la citation."),
    (r"« needs a (?P<w_want>[a-z -]+space) after it, not (?P<w_have>[a-z -]+space|no space|U\+[0-9A-F]+)\.",
     "« demande {w_want} après lui, pas {w_have}."),
    (r"» needs a (?P<w_want>[a-z -]+space) before it, not (?P<w_have>[a-z -]+space|no space|U\+[0-9A-F]+)\.",
     "» demande {w_want} avant lui, pas {w_have}."),
    (r"Apostrophe (?P<a>.) where (?P<w_why>the house style|the rest of the document) uses (?P<b>.)\.",
     "Apostrophe {a} là où {w_why} emploie {b}."),
    (r"Use the ellipsis character “…”\.", "Employez le caractère points de suspension «\u00a0…\u00a0»."),
    (r"Thousands separator: use a (?P<w_want>[a-z -]+space) so the number does not break\.",
     f"Séparateur de milliers{COLON} employez {{w_want}} pour que le nombre ne soit pas coupé."),
    # house style said once for the document (checks.house_style): the form found, the form wanted
    (r"This document writes (?P<f_form>.+?) before ; : ! \? \((?P<n>\d+) places?\); the house style wants a "
     r"(?P<w_a>[a-z -]+space|U\+[0-9A-F]+) before ':' and a (?P<w_b>[a-z -]+space|U\+[0-9A-F]+) before ; ! \?: "
     r"fix all to change every one\.",
     f"Habitude du document{COLON} {{f_form}} avant ; : ! ? ({{n}} endroits){NNBSP}; la charte maison veut {{w_a}} "
     f"avant «{NBSP}:{NBSP}» et {{w_b}} avant ; ! ?{COLON} {_FIX_ALL} les change tous."),
    (r"This document writes (?P<f_form>.+?) \((?P<n>\d+) places?\); the house style wants « » with a "
     r"(?P<w_sp>[a-z -]+space|U\+[0-9A-F]+) inside: fix all to change every one\.",
     f"Habitude du document{COLON} {{f_form}} ({{n}} endroits){NNBSP}; la charte maison veut «{NBSP}» avec "
     f"{{w_sp}} à l’intérieur{COLON} {_FIX_ALL} les change tous."),
    (r"This document writes (?P<f_form>.+?) \((?P<n>\d+) places?\); the house style uses (?P<r>.): fix all to change "
     r"every one\.",
     f"Habitude du document{COLON} {{f_form}} ({{n}} endroits){NNBSP}; la charte maison emploie {{r}}{COLON} "
     f"{_FIX_ALL} les change tous."),
    (r"This document writes (?P<f_form>.+?) for an ellipsis \((?P<n>\d+) places?\): "
     r"fix all to write “…” in every one\.",
     f"Habitude du document{COLON} {{f_form}} pour les points de suspension ({{n}} endroits){COLON} {_FIX_ALL} "
     f"écrit «{NBSP}…{NBSP}» partout."),
    (r"This document groups thousands with (?P<f_form>.+?) \((?P<n>\d+) numbers\): fix all to use a "
     r"(?P<w_sep>[a-z -]+space|U\+[0-9A-F]+), so no number breaks at a line end\.",
     f"Ce document sépare les milliers par {{f_form}} ({{n}} nombres){COLON} {_FIX_ALL} met {{w_sep}}, pour "
     "qu’aucun nombre ne soit coupé en fin de ligne."),
    # consistency
    (r"This source sentence occurs (?P<n>\d+) times and is translated differently; it was corrected as suggested "
     r"in (?P<k>\d+) place\(s\)\.",
     f"Cette phrase de la source revient {{n}} fois et n’est pas traduite de la même façon{NNBSP}; elle a été "
     "corrigée comme suggéré à {k} endroit(s)."),
    (r"This source sentence occurs (?P<n>\d+) times and is translated differently; (?P<k>\d+) times as suggested\.",
     f"Cette phrase de la source revient {{n}} fois et n’est pas traduite de la même façon{NNBSP}; {{k}} fois "
     "comme suggéré."),
    (r"'(?P<a>.+?)' is rendered '(?P<b>.+?)' here but '(?P<c>.+?)' (?P<n>\d+) time\(s\) elsewhere in this document\.",
     f"{_q('a')} est rendu ici par {_q('b')}, mais par {_q('c')} {{n}} fois ailleurs dans ce document."),
    (r"Another (?P<w_what>expansion|acronym) for '(?P<k>.+?)' is used elsewhere in this document: '(?P<m>.+)'\.",
     f"Un autre {{w_what}} de {_q('k')} est employé ailleurs dans ce document{COLON} {_q('m')}."),
    # people (the reasons in parentheses are read again as fragments)
    (r"(?P<name>.+?) is a (?P<w_who>woman|man) \((?P<t_ev>.+)\): (?P<words>'.+') (?P<w_be>is|are) "
     r"(?P<w_gender>masculine|feminine)\.",
     f"{{name}} est {{w_who}} ({{t_ev}}){COLON} {{words}} {{w_be}} {{w_gender}}."),
    (r"(?P<name>.+?) is a (?P<w_who>woman|man): (?P<words>'.+') (?P<w_be>is|are) (?P<w_gender>masculine|feminine)\.",
     f"{{name}} est {{w_who}}{COLON} {{words}} {{w_be}} {{w_gender}}."),
    (r"(?P<name>.+?) is a (?P<w_who>woman|man): '(?P<t>.+?)' is the wrong title \((?P<t_ev>.+)\)\.",
     f"{{name}} est {{w_who}}{COLON} {_q('t')} n’est pas le bon titre ({{t_ev}})."),
    (r"(?P<name>.+?) is a (?P<w_who>woman|man): '(?P<t>.+?)' is the wrong title\.",
     f"{{name}} est {{w_who}}{COLON} {_q('t')} n’est pas le bon titre."),
    (r"The source speaks of a (?P<w_who>woman|man) \('(?P<c>.+?)'\): '(?P<f>.+?)' does not\.",
     f"La source parle d’{{w_who}} ({_q('c')}){COLON} {_q('f')} non."),
    (r"The source speaks of a (?P<w_who>woman|man) \('(?P<c>.+?)'\): '(?P<f>.+?)' names a (?P<w_other>woman|man)\.",
     f"La source parle d’{{w_who}} ({_q('c')}){COLON} {_q('f')} désigne {{w_other}}."),
]

# Fragments inside a message (the people checks' reasons), longest first.
FRAGMENTS: list[tuple[str, str]] = [
    (r", the only one in view who fits", ", le seul possible à proximité"),
    (r"the subject of its clause", "sujet de sa proposition"),
    (r"the subject of this sentence", "sujet de cette phrase"),
    (r"the subject of the sentence before", "sujet de la phrase précédente"),
    (r"the subject in view", "sujet le plus proche"),
    (r"the object of this sentence", "complément de cette phrase"),
    (r"the object of the sentence before", "complément de la phrase précédente"),
    (r"the object in view", "complément le plus proche"),
    (r"mentioned of this sentence", "nommé dans cette phrase"),
    (r"mentioned of the sentence before", "nommé dans la phrase précédente"),
    (r"mentioned in view", "nommé juste avant"),
    (r"reported by '(?P<s>[^']+)'", f"rapporté par {_q('s')}"),
    (r"an unknown first name", "prénom inconnu"),
    (r"first name (?P<n>[^',]+)", "prénom {n}"),
    (r"(?P<side>source|target|lexicon|user): '", "{w_side}" + COLON + " «" + NBSP),
    (r"', paragraph (?P<p>\d+)", NBSP + "», paragraphe {p}"),
    (r"'(?=\))", NBSP + "»"),
]

_COMPILED = [(re.compile(p, re.DOTALL), t) for p, t in RULES]
_FRAGMENTS = [(re.compile(p), t) for p, t in FRAGMENTS]
_QUOTED = re.compile(r"'([^']+)'")


def _fill(template: str, groups: dict, lang: str) -> str:
    values = {}
    for name, value in groups.items():
        value = value or ""
        if name.startswith("t_"):
            value = translate_fragment(value, lang)
        elif name.startswith("w_"):
            value = WORDS.get(value, value)
        elif name.startswith("f_"):
            value = translate_form(value)
        elif name == "words":
            value = _QUOTED.sub(lambda m: f"«{NBSP}{m.group(1)}{NBSP}»", value)
        values[name] = value
    out = template.format(**values)
    return out.replace("sont masculin", "sont masculins").replace("sont féminin", "sont féminins")


def translate_fragment(text: str, lang: str = "fr") -> str:
    """Reasons and evidence inside a message, phrase by phrase."""
    if lang != "fr":
        return text
    for pattern, template in _FRAGMENTS:
        text = pattern.sub(lambda m, t=template: _fill(t, {**m.groupdict(), **(
            {"w_side": word(m.group("side"), lang)} if "side" in m.groupdict() else {})}, lang), text)
    return text


# A document's typography habits said in one message (checks.house_style.one_per_document):
# "This document <habit>; <habit>...: fix all to change every place." -- one pattern per habit.
_SPACE = r"[a-z -]+space|U\+[0-9A-F]+"
_FORM = r"(?P<f_form>[^;()]+?)"
HABITS = [
    (rf"writes {_FORM} before ; : ! \? \((?P<n>\d+) places?\); the house style wants a (?P<w_a>{_SPACE}) before ':' "
     rf"and a (?P<w_b>{_SPACE}) before ; ! \?",
     f"{{f_form}} avant ; : ! ? ({{n}} endroits), la charte maison veut {{w_a}} avant «{NBSP}:{NBSP}» et {{w_b}} "
     "avant ; ! ?"),
    (rf"writes {_FORM} \((?P<n>\d+) places?\); the house style wants « » with a (?P<w_sp>{_SPACE}) inside",
     f"{{f_form}} ({{n}} endroits), la charte maison veut «{NBSP}» avec {{w_sp}} à l’intérieur"),
    (rf"writes {_FORM} \((?P<n>\d+) places?\); the house style uses (?P<r>.)",
     "{f_form} ({n} endroits), la charte maison emploie {r}"),
    (rf"writes {_FORM} for an ellipsis \((?P<n>\d+) places?\)",
     "{f_form} pour les points de suspension ({n} endroits)"),
    (rf"groups thousands with {_FORM} \((?P<n>\d+) numbers\)", "des milliers séparés par {f_form} ({n} nombres)"),
]
_HABITS = [(re.compile(p), t) for p, t in HABITS]
_MERGED = re.compile(r"This document (?P<body>.+): fix all to change every place\.", re.DOTALL)
_ONE = re.compile(r"\((1) (endroit|nombre)s\)")


def _merged_habits(message: str, lang: str) -> str | None:
    """The French of a merged house-style message, or None when a part is of no known shape."""
    match = _MERGED.fullmatch(message)
    if match is None:
        return None
    body, pos, parts = match.group("body"), 0, []
    while pos < len(body):
        for pattern, template in _HABITS:
            part = pattern.match(body, pos)
            if part and (part.end() == len(body) or body.startswith("; ", part.end())):
                parts.append(_fill(template, part.groupdict(), lang))
                pos = part.end() + 2
                break
        else:
            return None
    return f"Habitudes du document{COLON} " + f"{NNBSP}; ".join(parts) + f"{COLON} {_FIX_ALL} les change tous."


@lru_cache(maxsize=20000)
def translate_message(message: str, lang: str = "en") -> str:
    """``message`` in ``lang`` ("en": as written; "fr": the catalogue's reading, else as written)."""
    if lang != "fr" or not message:
        return message
    for pattern, template in _COMPILED:
        match = pattern.fullmatch(message)
        if match:
            return _ONE.sub(r"(\1 \2)", _fill(template, match.groupdict(), lang))
    merged = _merged_habits(message, lang)
    return _ONE.sub(r"(\1 \2)", merged) if merged is not None else message


def untranslated(messages, lang: str = "fr") -> list[str]:
    """The messages the catalogue leaves in English."""
    return [m for m in messages if translate_message(m, lang) == m]


def describe_evidence(evidence, lang: str = "en") -> str:
    """``Evidence.describe()`` in ``lang``: "source : « she said », paragraphe 3"."""
    text = evidence.describe()
    if lang != "fr":
        return text
    where = f", {word('paragraph', lang)} {evidence.paragraph + 1}" if evidence.paragraph >= 0 else ""
    return f"{word(evidence.side, lang)}{COLON} «{NBSP}{translate_fragment(evidence.text, lang)}{NBSP}»{where}"
