"""Polarity of an English sentence and its French translation: is a negation on one side only?

English polarity comes from the parse (qa_desk/nlp/english_polarity.py): each negator once,
"not only", "no doubt" none, soft negatives only where they can say a clause's polarity.
French polarity comes from the negation's shape: "ne ... pas/jamais/plus/rien/personne" (once:
"ne ... plus rien", "ne ... pas non plus", "aucun ... ne"), bare "pas", "sans", "aucun", "jamais";
never "ne ... que" (= only), the "ne" explétif, "non seulement", "pas moins de", set phrases
("sans doute", "n'avait aucun doute") or litotes ("n'hésite pas à" = readily, "n'en est pas moins");
a lone "ni" coordinates nothing; "non" said as an answer before a negated clause, a negation
repeated on a coordinated verb ("ne devrait ou ne peut") are soft.

A translator may turn a sentence's polarity round without changing its meaning: "very little
interest" / "n'ont pas voulu", "decided against" / "n'occupons pas", "Do you find it familiar?"
/ "Ne vous rappellent-elles pas...?". So each side also counts its *soft* negatives — words
negative by meaning (little, against, fail, refuse, un-, in-...), restrictions (only, ne...que)
and questions — and a negation is one-sided when one side has more explicit negations than the
other has negations, explicit or soft (a soft word translated by its own counterpart, "rejected"
/ "rejeté", excuses nothing).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..nlp.english_polarity import _EN_SOFT, EN_NOT_ONLY, english_polarity
from ..nlp.tokens import tokenize
from .negation_clauses import (FRENCH_RENDERINGS, SOFT_PAIRS as _SOFT_PAIRS, cancelled_negations,
                               contrast_mismatch, english_litotes, not_soft, restrictive_que, shared_clauses,
                               parallel_positive, prefixed_rendered, negation_rendered, repeated_negations,
                               restriction_rendered, wondered)
from .polarity_words import antonym_answers, litote_answered, litote_word

# -- French ----------------------------------------------------------------------------------
_FR_NEG_WORDS = {"pas", "jamais", "plus", "rien", "personne", "aucun", "aucune", "point", "nullement",
                 "ni", "nul", "nulle", "aucunement"}
# Bare negators: not "nul" ("un match nul" is a draw), nor "ni" (it goes with a "ne" or a "pas" already counted).
_FR_BARE_NEG = {"pas", "sans", "aucun", "aucune", "non", "rien", "jamais"}
# "ne" alone, the written negation of pouvoir, savoir, oser and cesser: "il ne peut évaluer", "n'a pu".
_FR_NE_ALONE = re.compile(r"^(?:peu[txv]|peuvent|pouv\w+|pourr\w+|pu|puis|puiss\w+|purent|tromp\w+|sai[st]|sav\w+|saur\w+|su|"
                          r"os\w+|cess\w+)$")
_DETERMINERS = {"une", "la", "cette", "chaque", "toute", "seule", "quelle", "sa", "ma", "ta", "leur", "notre"}
_FR_AUX = {"a", "ai", "as", "avait", "avaient", "aurait", "auraient", "ont", "avons", "avez", "eût", "eut"}
_FR_NOT_NEG = re.compile(
    r"\b(?:non|pas)\s+(?:seulement|uniquement|simplement|loin)\b|\bn['’]y\s+a(?:vait|ura)?\s+pas\s+que\b|\bnon-|\bpas\s+mal\b|\b(?:non|pas)\s+sans\b|"
    r"\bpas\s+plus\s+tard\s+que\b|\bou\s+(?:non|pas)\b|\b(?:pas|non)\s+moins\s+(?:de|d['’]|que|qu['’])|"
    r"\bn['’]en\s+(?:est|sont|était|étaient|reste|restent|demeure|demeurent|sera|seront)\s+pas\s+moins\b|"
    r"\bil\s+n['’]y\s+a\s+pas\s+si\s+longtemps\b|"
    r"\bn['’]est-ce\s+pas\b|"  # a tag asking for a yes, whatever the sentence ends with
    r"(?:\bne\s+|\bn['’])(?:se\s+)?(?:rim|limit|résum|born)\w*\s+pas\s+(?:à|au|aux)\b|\bne\s+rim\w*\s+à\s+rien\b|"  # = more than
    r"\bn['’](?:est|sont|était|étaient)\s+plus\s+(?:comme\s+(?:avant|autrefois|jadis)|ce\s+qu['’]\w+\s+(?:était|étaient))|"
    r"\bplus\s+ou\s+moins\b|\b(?:d['’]|les\s+)autres\s+(?:pas|non)\b|"  # more or less; "certains ... et d'autres pas"
    r"\bce\s+n['’]est\s+pas\s+tout\s*(?=[:;!.,])|"  # "et ce n'est pas tout :" = there is more
    r"(?:\bne\s+|\bn['’])(?:\w+\s+){0,2}?jamais\s+(?:[\w'’]+\s+){0,4}?(?:aussi|autant|pareil\w*|tel(?:le)?s?)\b|"  # superlative
    r"(?:\bne\s+|\bn['’])(?:\w+\s+){0,2}?(?:pas|plus)\s+d['’]autres?\s+\w+\s+qu(?:e\b|['’])|"  # "n'ont pas d'autre choix que" = have to
    r"(?:\bne\s+|\bn['’])(?:\w+\s+){0,2}?(?:aucun|nul|pas\s+de|pas\s+le\s+moindre)\s+doute\b|"
    r"\bpas\s+(?:ainsi|là|forcément|nécessairement|toujours|tant)\s+(?:seulement|uniquement)\b|"
    r"\bcomme\s+si\s+de\s+rien\s+n['’]était\b|\b(?:rien|personne)\s+d['’]autre\s+qu(?:e\b|['’])|"
    r"\bne\s+fait\s+(?:aucun|pas\s+de|nul|plus\s+de)\s+doute\b|\bpas\s+l['’]ombre\s+d['’]un\s+doute\b|"
    r"\bnon\s+(?=[a-zà-ÿ]{3,})(?!pas\b|plus\b)|"
    r"\bsans\s+(?:doute|cesse|compter|oublier|délai|arrêt|relâche|tarder|hésiter|hésitation|se\s+soucier|"
    r"parler\s+d\w*|oublier|conteste|exception|précédent|(?:aucun|l['’]ombre\s+d['’]un)\s+doute)\b|\bnon\s+loin\b|\bne\s+serait-ce\b|"
    r"\bn['’]?e?\s*(?:\w+\s+)?(?:manqu|hésit|cess|tard|rat|oubli|empêch|laiss|arrêt)\w*\s+pas\s+(?:de|d['’]|à)\b|"
    r"\bn['’]?e?\s*(?:\w+\s+)?(?:manqu|hésit|tard)\w*\s+pas\b", re.I)
_PAS_NOUN_BEFORE = {"le", "les", "un", "des", "ses", "mes", "tes", "son", "ce", "ces", "leurs", "nos", "vos", "de",
                    "du", "à", "au", "aux", "d'", "sur", "premier", "premiers", "faux", "mon", "ton", "quelques",
                    "deux", "trois", "grands", "petits", "mêmes", "leur", "notre", "votre", "chaque", "quel",
                    "quels", "même", "mauvais", "grand", "petit", "cent", "mille", "pas", "lents", "lourds"}
_FR_SLOGAN_NEG = re.compile(r"(?:^|[«\"“(:]\s*)plus\s+(?:de|d['’])", re.I)
_FR_SOFT = re.compile(
    r"\b(?:manqu\w*|faute\s+de|refus\w*|ni(?:e|ent|é|ait|aient|ant|er)|dément\w*|démenti\w*|échou\w*|échec|"
    r"incapable\w*|impossib\w+|absen\w+|à\s+peine|guère|rejet\w*|rejeté\w*|exclu\w*|évit\w*|cess\w*|plutôt|"
    r"au\s+lieu|libre(?!ment)\w*|improbable\w*|incertain\w*|inconnu\w*|insuffisan\w*|inutile\w*|interdi\w*|empêch\w*|"
    r"peu|loin\s+d(?:e|['’])|renonc\w*|ignor\w*|(?<!un\s)(?<!une\s)(?<!le\s)(?<!la\s)(?<!les\s)seul\w*|seulement|uniquement|trop|(?<!au\s)moins|baiss\w*|perd\w*|perte\w*|"
    r"(?<!par\s)contre|sauf|excepté|hormis|mal|quiconque|in\w+(?:able|ible)s?|désaccord|désapprouv\w*|"
    r"désavantag\w*|désintéress\w*|mécontent\w*|méfi\w*|méconn\w*|déçu\w*|décevant\w*|défavorab\w*|"
    r"défaut|déclin\w*|diminu\w*|rédui\w*|chut\w*|recul\w*|non-\w+|"
    r"négati\w+|sinon|en\s+vain|dubitati\w*|privé\w*\s+d(?:e|es|u|['’])|(?:fai\w+|fais\w+|fit|f[iî]rent)\s+abstraction|"
    r"sous\s+silence|ferm\w+\s+les\s+yeux|i[rl][a-zé]{3,}(?:able|ible)s?|i[nmrl][a-zé]{3,}(?:abilité|ibilité)s?|"
    r"c['’]est\s+tout\s*(?=[.!;])|hors\s+de\s+question|entrav\w*|déjou\w*|éloigné\w*\s+d(?:e|es|u|['’])|"
    r"en\s+(?:a|ai|as|avons|avez|ont|avait|avaient)\s+(?:fini|terminé)\s+avec|fini\s+(?:de|d['’])|"
    r"plus\s+pour\s+(?:très\s+)?longtemps|tardi\w*|en\s+retard|"
    r"impuissan\w*|incompréhension|indign\w*|insensé\w*|inaction|"
    r"détriment|oppos\w*|abst(?:en|ien)\w*|faux|fausse\w*|erron\w*|im[a-zé]{3,}(?:able|ible)s?|"
    r"(?:se|nous|vous|me|te)\s+pass\w*\s+d(?:e|u|es|['’])|dout\w*|involontaire\w*|inefficace\w*|inadapté\w*|"
    r"inadéquat\w*|inapproprié\w*|inopérant\w*|incomplet\w*|inexact\w*|injuste\w*|inactif\w*|"
    r"ne\s+(?:(?!pas\b|plus\b|jamais\b|rien\b)\S+\s+){4,5}qu(?:e\b|['’])|"
    r"ne\s+(?:(?!pas\b|plus\b|jamais\b|rien\b)\w+\s+){1,3}que|n['’]\w+\s+(?:(?!pas\b|plus\b|jamais\b|rien\b)\w+\s+){0,2}que|(?:non|pas)\s+(?:seulement|uniquement|simplement)|pas\s+que|"
    r"non\s+(?!plus\b)[a-zà-ÿ]{3,})\b", re.I)


@lru_cache(maxsize=50_000)
def _english_counts(text: str) -> tuple[int, int]:
    from ..people.english import parse

    return english_polarity(parse(text))


def count_english_negations(text: str) -> tuple[int, int]:
    """(explicit, soft) negations in an English sentence; 'not only' is not one."""
    return _english_counts(text)


_INVERTED = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on|ce|je|tu|nous|vous)\s+(?:pas|plus|jamais)\b|"
                       r"\bn['’]est-ce\s+pas\b", re.I)


def _question_clauses(text: str) -> list[tuple[int, int]]:
    """Spans of the questions asked in the negative by inversion ("Ne vous rappellent-elles pas...?",
    "n'est-ce pas?"): the rhetorical form, which asks for a yes."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?…]+", text):
        if "?" in m.group() and _INVERTED.search(text, start, m.end()):
            spans.append((start, m.end()))
        start = m.end()
    return spans


_ELISION_SPACED = re.compile(r"(?<![\w'’])([nNdDlLjJsScCmMtT]|[qQ]u) ([’']) ?(?=\w)")
_PRONOUNS = {"me", "m'", "te", "t'", "se", "s'", "nous", "vous", "lui", "leur", "le", "la", "les", "l'", "y", "en"}
_RESTRICTED = re.compile(r"^(?:\d[\d,.]*|une?|des|les?|la|l'|quelques|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
                         r"vingt|trente|cent|mille|très|peu)$")
_INFINITIVE_SHAPE = re.compile(r"(?:er|ir|re|oir)$")


def _bare_noun_fr(word: str) -> bool:
    """'sans faille', 'sans réserve', 'sans détours': a noun without determiner (not an infinitive)."""
    from ..nlp.lexicon import get_lexicon

    return not _INFINITIVE_SHAPE.search(word) and any(e.pos == "NOUN" for e in get_lexicon().analyses(word))


_FR_BEFORE_NE = {"aucun", "aucune", "personne", "rien", "nul", "nulle", "jamais", "ni"}  # "Personne ne", not "point"
_AFTER_SANS = {"aucun", "aucune", "rien", "jamais", "personne", "nul", "nulle"}


def _ne_window(words, tokens, phrases, i: int) -> tuple[list[str], bool]:
    """The six words after a 'ne' that may close it, cut at the next 'ne' and before a set phrase
    ('n'avait aucun doute'), and whether a set phrase cut it (the 'ne' is the phrase's own)."""
    start = tokens[i].start
    limit = min((a for a, _ in phrases if a > start), default=None)
    window = []
    for k in range(i + 1, min(i + 7, len(words))):
        if limit is not None and tokens[k].start >= limit:
            return window, True
        if words[k] in ("ne", "n'"):
            break
        window.append(words[k])
    return window, False


def _same_sentence(text: str, first, second) -> bool:
    return not re.search(r"[.!?;:]", text[first.end:second.start])


def _answer(text: str, token) -> bool:
    """'non' said as an answer: alone before a comma, a stop or the end ('Non, pas encore', 'dire non')."""
    return not text[token.end:].strip() or text[token.end:].lstrip()[:1] in ",.;!?:"


def _joined(text: str, tokens, i: int) -> str:
    """The next word when nothing but a space stands between ('non pas', not 'Non, pas')."""
    if i + 1 < len(tokens) and not text[tokens[i].end:tokens[i + 1].start].strip():
        return tokens[i + 1].lower
    return ""


@lru_cache(maxsize=50_000)
def french_polarity(text: str) -> tuple[int, int, tuple[int, ...], int]:
    """(explicit, soft, litotes, asked): the explicit negations ('ne ... pas/jamais/plus/rien', bare
    'pas', 'sans', 'aucun'; never the 'ne' explétif nor 'ne ... que' = only), the soft negatives,
    the litote words of the explicit ones ('n'a cessé de', 'pas rare': polarity_words), and how many
    explicit ones stand in a question."""
    text = _ELISION_SPACED.sub(r"\1\2", text)  # "n ’ est": a detokeniser's spaces
    phrases = [m.span() for m in _FR_NOT_NEG.finditer(text)]
    cleaned = _FR_NOT_NEG.sub(lambda m: " " * len(m.group()), text)
    set_phrases = len(phrases)  # "sans doute", "n'hésite pas à": negative in form only
    questions = _question_clauses(cleaned)
    tokens = [t for t in tokenize(cleaned) if t.is_word or t.text in "'’"]
    words = [t.lower.replace("’", "'") for t in tokens]
    found, used, scope, partner, privative, answers, inner = [], set(), {}, {}, 0, 0, {}
    for i, word in enumerate(words):
        if word in ("ne", "n'"):
            window, masked = _ne_window(words, tokens, phrases, i)
            stop = next((k for k in range(len(window)) if restrictive_que(words, i + 1 + k)), len(window))  # ne ... que
            restricted = stop + 1 < len(window) and _RESTRICTED.match(window[stop + 1])
            after = [i + 1 + k for k in range(stop) if window[k] in _FR_NEG_WORDS
                     and not (window[k] == "plus" and k + 1 < len(window) and window[k + 1] in ("que", "qu'"))
                     and not (window[k] in ("plus", "jamais") and restricted)  # "n'a plus, en moyenne, que trois"
                     and not (window[k] == "personne" and k and window[k - 1] in _DETERMINERS)]
            reach = 3 if any(w in _FR_NEG_WORDS for w in window[:stop]) else 8  # "En aucun cas la stabilité ... ne peut"
            before = [k for k in range(max(0, i - reach), i) if words[k] in _FR_BEFORE_NE
                      and "ne" not in words[k + 1:i] and "n'" not in words[k + 1:i]
                      and not (words[k] == "personne" and k and words[k - 1] in _DETERMINERS)]  # "Toute personne ... n'a pu qu'"
            j = i + 1
            while j < len(words) and words[j] in _PRONOUNS:
                j += 1  # "si je ne me trompe"
            relative = bool(found) and i and words[i - 1] in ("qui", "que") and j < len(words) \
                and not (after or before) and _same_sentence(cleaned, tokens[found[-1]], tokens[i])
            alone_ne = relative or not (after or before) and stop == len(window) and not masked and j < len(words) and (
                not any(restrictive_que(words, k) for k in range(i + 1, min(i + 11, len(words))))) and (
                _FR_NE_ALONE.match(words[j]) or words[j] in _FR_AUX and j + 1 < len(words)
                and _FR_NE_ALONE.match(words[j + 1]))  # not "ne peuvent être remis que par"
            if (after or before or alone_ne) and i and words[i - 1] in ("et", "ou") and any(
                    _same_sentence(cleaned, tokens[k], tokens[i]) for k in found):
                answers += 1  # "ne devrait ou ne peut", "ne suscite pas ... et n'ébauche pas": one said twice
                used.update(after[:1])
            elif after or before:
                found.append(i)
                # one negation: "ne ... plus rien", "ne ... pas non plus", "aucun ... ne", not a second "pas"
                used.update(after[:1] + [k for k in after[1:] if words[k] != "pas"] + before)
                scope[i] = (after[0] if after else i) + 1
                inner[i] = words[i + 1:after[0]] if after else []  # "n'oublions pas": the verb between
                partner[i] = words[after[0]] if after else words[before[-1]]
            elif alone_ne:
                found.append(i)
                scope[i] = i + 1
    alone = not any(w in ("ne", "n'", "pas") for w in words)
    for i, word in enumerate(words):
        if i not in used and (word in _FR_BARE_NEG or word == "ni" and alone
                              or word == "nulle" and words[i + 1:i + 2] == ["part"]):  # "Ou alors nulle part ?"
            if word in ("rien", "personne") and not any(w in ("ne", "n'") for w in words[max(0, i - 6):i + 3]):
                answers += word == "rien"  # "pour rien": in vain
                continue
            if word == "ni" and (words.count("ni") < 2 and not _opens_sentence(cleaned, tokens, i)
                                 or "sans" in words[:i]):
                answers += "sans" in words[:i]  # "sans X ni Y": the "sans" is the negation
                continue  # a lone "ni" coordinates nothing: the clause is positive
            if word == "non" and _joined(cleaned, tokens, i) == "plus" and alone:
                answers += _elliptical(cleaned, tokens, i)  # "elles non plus.": another clause's negation, said again
                continue  # "Il a non plus attaqué": a verb's clause with no negation; "non plus" negates nothing
            if word == "pas" and i > 0 and words[i - 1] in _PAS_NOUN_BEFORE:
                continue
            if word == "jamais" and not (_opens_sentence(cleaned, tokens, i) or words[i - 1] in ("mais", "et", "ou")):
                answers += words[i - 1] == "à"  # "la pire jamais enregistrée", "si jamais": ever; "à jamais": forever
                continue  # not "Plus jamais de bombes", "mais jamais d'un casino"
            if word == "non" and _joined(cleaned, tokens, i) in ("pas", "plus") and not (
                    words[i + 1] == "plus" and alone):
                continue  # "non pas en 2013": one negation; "pas non plus": the clause's own
            if word == "non" and _answer(cleaned, tokens[i]):
                answers += 1  # "Non, pas encore", "la réponse a été : non, on n'a pas regardé": the clause says it
                continue
            if word == "sans" and i + 1 < len(words) and _bare_noun_fr(words[i + 1]):
                privative += 1  # "sans faille", "sans réserve": a noun's lack, negative by meaning
                continue
            if word == "sans":
                # "sans que cela n'amène aucun profit": one negation (not "sans lequel nous ne pouvons pas")
                if i + 1 < len(words) and words[i + 1] in ("que", "qu'"):
                    used.update(k for k in found if i < k <= i + 6 and partner.get(k) in _AFTER_SANS)
                used.update(k for k in range(i + 1, min(i + 4, len(words))) if words[k] in ("aucun", "aucune"))
            if word == "ni":
                alone = False  # "Ni ... ni ...": one negation
            found.append(i)
            scope[i] = i + 1
    found = [i for i in found if i not in used]
    litotes = []
    for i in found:
        for w in inner.get(i, []) + words[scope[i]:scope[i] + 4]:
            entry = litote_word(w)
            if entry >= 0:
                litotes.append(entry)
                break
    asked = sum(1 for i in found if any(s <= tokens[i].start < e for s, e in questions))
    in_question = sum(1 for i in found if _in_question(cleaned, tokens[i].start) and _opens_sentence(cleaned, tokens, i))
    answers += sum(1 for i, w in enumerate(words) if w == "ni" and not alone)  # "ne ... ni": may be 'nor can they'
    soft = sum(1 for m in _FR_SOFT.finditer(cleaned) if not not_soft(cleaned, m)) \
        + len(_FR_SLOGAN_NEG.findall(cleaned)) + asked + set_phrases + privative + answers
    return len(found) - asked, soft, tuple(litotes), max(0, in_question - asked)


def _elliptical(text: str, tokens, i: int) -> bool:
    """'non plus' standing for a clause ('Moi non plus.', 'Et eux non plus ?'): nothing follows it in
    its sentence, or it opens the sentence; not 'La loi est, elle non plus, restreinte'."""
    rest = re.match(r"[^.!?;]*", text[tokens[i + 1].end:]).group()
    begin = max((m.end() for m in re.finditer(r"[.!?…:;\"“«(]", text[:tokens[i].start])), default=0)
    before = [t for t in tokens[:i] if t.start >= begin and t.lower not in ("et", "mais", "ou")]
    return not re.search(r"\w", rest) or len(before) <= 1


def _opens_sentence(text: str, tokens, i: int) -> bool:
    """The negation stands on the sentence's first verb: 'Je ne suis pas...?', 'Ne voyez-vous pas...?'."""
    begin = max((m.end() for m in re.finditer(r"[.!?…:;\"“«(]", text[:tokens[i].start])), default=0)
    return sum(1 for t in tokens[:i] if t.start >= begin) <= 2


def _in_question(text: str, position: int) -> bool:
    """The sentence holding this position ends with a question mark (quotes after it or before it)."""
    end = re.compile(r"[.!?…]+").search(text, position)
    return end is not None and "?" in end.group()


def count_french_negations(text: str) -> tuple[int, int]:
    """(explicit, soft) negations of a French sentence; a negation in a rhetorical question is soft."""
    explicit, soft, _, _ = french_polarity(text)
    return explicit, soft


_YES_NO_QUESTION = re.compile(r"(?:^|[.!?:;\"“«(]\s*)(?:am|is|are|was|were|do|does|did|can|could|will|would|should|shall|"
                              r"may|might|must|have|has|had)\b[^.!?]*\?", re.I)
MARGIN = 1  # explicit negations one side has beyond every negation, explicit or soft, of the other
# French spells a negation out where English has one already ("not X or Y" / "ne ... pas X et ne ... pas Y",
# "easily" / "n'a pas de problème"): beside a source negation, one added French negation is not enough.
ADDED_BESIDE = 2


@lru_cache(maxsize=50_000)  # a pure function of the two texts: a repeated segment is read once
def negation_mismatch(source: str, target: str) -> str | None:
    """Why the negations of an English sentence and its French translation disagree, or None."""
    shared = shared_clauses(source, target)
    if shared:  # "oui, je peux parler français, mais je ne suis pas..." quoted in the English: not its polarity
        for clause in shared:
            source, target = source.replace(clause, " "), target.replace(clause, " ")
        return negation_mismatch(source, target) if re.search(r"\w", source) and re.search(r"\w", target) else None
    en_explicit, en_soft = count_english_negations(source)
    fr_explicit, fr_soft, litotes, asked = french_polarity(target)
    flipped = _restriction_flipped(source, target)
    if flipped:
        return flipped
    positive = sum(1 for entry in litotes if not litote_answered(entry, source))  # "n'ignorons pas" = "are aware"
    if _YES_NO_QUESTION.search(source):
        positive += asked  # "Am I too fat?" / "Je ne suis pas trop grosse ?": a yes-no question both ways
    fr_explicit, fr_soft = fr_explicit - positive, fr_soft + positive
    asked_whether = min(fr_explicit, wondered(source, target))  # "se demander si ... ne ... pas" / "whether"
    fr_explicit, fr_soft = fr_explicit - asked_whether, fr_soft + asked_whether
    fr_explicit -= min(fr_explicit, negation_rendered(source, target))  # "unless" / "sans": no excuse
    cancelled = min(fr_explicit, cancelled_negations(source, target))  # "n'a pas pu ... sans" = surely did
    fr_explicit, fr_soft = fr_explicit - cancelled, fr_soft + cancelled
    if EN_NOT_ONLY.search(source):  # "not the only ones" / "pas les seuls", "not just" / "pas que"
        restricted = len(_FR_PAS_ONLY.findall(target))
        fr_explicit, fr_soft = max(0, fr_explicit - restricted), fr_soft + restricted
    litotes = min(en_explicit, english_litotes(source, target))  # "not be ignored" / "pris en compte"
    en_explicit, en_soft = en_explicit - litotes, en_soft + litotes
    if 0 < fr_explicit < en_explicit <= fr_explicit + repeated_negations(source) and not parallel_positive(target):
        en_explicit = fr_explicit  # "not about X, and not about Y" / "ne ... pas de X ou de Y": said once
    if en_explicit != fr_explicit and abs(en_explicit - fr_explicit) <= antonym_answers(source, target):
        return None  # "not easy" / "difficile": the antonym says the negation
    if en_explicit and not fr_explicit and fr_soft or fr_explicit and not en_explicit and en_soft:
        en_answered, fr_answered = _answered_soft(source, target)  # "rejected" / "rejeté": those excuse no negation
    else:
        en_answered = fr_answered = 0  # below, the free soft negatives decide nothing: not worked out
    en_free, fr_free = max(0, en_soft - en_answered), max(0, fr_soft - fr_answered)
    if en_explicit and (not (fr_explicit or fr_free) or en_explicit >= fr_explicit + fr_soft + MARGIN):
        return "The source has a negation (not, never, no...) that the translation lacks."
    if fr_explicit and (not (en_explicit or en_free) or fr_explicit >= en_explicit + en_soft + (
            ADDED_BESIDE if en_explicit else MARGIN)):
        return "The translation has a negation (ne... pas, jamais, sans...) that the source lacks."
    # "not X, but Y" / "X, mais Y": the clause's polarity
    return contrast_mismatch(source, target, count_english_negations, french_polarity)




_FR_PAS_ONLY = re.compile(r"\bpas\s+(?:(?:(?:le|la|les)\s+)?seul(?:e|s|es)?|que)\b", re.I)
_EN_ONLY = re.compile(r"\b(?:only|just|merely|simply|solely)\b", re.I)
_VERB_OF_CLAUSE = (r"(?<!\bsai[st]\s)(?<!\bsavons\s)(?<!\bsavez\s)(?<!\bsavent\s)(?<!\bpense\s)(?<!\bpensent\s)"
                   r"(?<!\bcrois\s)(?<!\bcroit\s)(?<!\bdit\s)(?<!\bdis\s)(?<!\bveut\s)(?<!\bfaut\s)")
_FR_NOT_ONLY = re.compile(r"\b(?:non|pas)\s+(?:seulement|uniquement|simplement)\b|"
                          r"\b(?:non|" + _VERB_OF_CLAUSE + r"pas)\s+que\b|"  # not "ne sait pas que 16 guerres..."
                          r"\bpas\s+(?:ainsi|là|forcément|nécessairement|toujours|tant)\s+"
                          r"(?:seulement|uniquement|simplement)\b|"
                          r"\bpas\s+(?:(?:le|la|les)\s+)?seul(?:e|s|es)?\b|"
                          r"\bn['’]y\s+a(?:vait|ura)?\s+pas\s+que\b", re.I)
_FR_ONLY = re.compile(r"\b(?:seulement|uniquement|simplement|seul\w*)\b|\bne\s+(?:\w+\s+){1,3}que\b|"
                      r"\bn['’]\w+\s+(?:\w+\s+){0,2}que\b", re.I)


_EN_NOT_NEAR_ONLY = re.compile(r"\b(?:not|n['’]t|never)\s+(?:\w+\s+){0,3}?(?:only|just|merely|simply|solely)\b", re.I)


def _restriction_flipped(source: str, target: str) -> str | None:
    """"not only X" kept as "seulement X" (or "only X" as "pas seulement X"): the restriction's
    polarity turned round, whatever else the sentence negates."""
    en_not, fr_not = bool(EN_NOT_ONLY.search(source)), bool(_FR_NOT_ONLY.search(target))
    if en_not and not fr_not and _FR_ONLY.search(target) and not _EN_ONLY.search(EN_NOT_ONLY.sub(" ", source)):
        return "The source says 'not only'; the translation says 'only' (seulement, ne ... que)."
    if fr_not and not en_not and not _EN_NOT_NEAR_ONLY.search(source) and _EN_ONLY.search(source) and not _FR_ONLY.search(_FR_NOT_ONLY.sub(" ", target)):
        return "The translation says 'not only' (pas seulement); the source says 'only'."
    return None


# French soft words and the English words, not soft, they translate ("has fallen" / "a baissé"): the French
# word renders that word, so it cannot be what an English negation became.
_RENDERINGS = [(re.compile(en, re.I), re.compile(fr, re.I)) for en, fr in (
    (r"\b(?:fall\w*|fell|drop\w*|reduc\w*|cut|cuts|lower\w*)\b", r"\b(?:baiss|chut|recul|diminu|rédui|réduc)\w*"),
    (r"\b(?:over|end\w*|halt\w*)\b", r"\bcess\w*"), (r"\b(?:false\w*|misleading|fake)\b", r"\b(?:faux|fausse\w*)\b"),
    (r"\bmere\b", r"\bà\s+peine\b"),
)] + FRENCH_RENDERINGS
_EN_PREFIXED = re.compile(r"\b(?:un|in|im|il|ir|dis|non-?)([a-z]{4,})", re.I)
_FR_PREFIXED = re.compile(r"\b(?:in|im|il|ir|dés|dé|dis|non-?\s?)([a-zà-ÿ]{4,})", re.I)
_FOLD = str.maketrans("àâäéèêëîïôöùûüç", "aaaeeeeiioouuuc")


def _answered_soft(source: str, target: str) -> tuple[int, int]:
    """Soft negatives translated by their counterpart: the pairs, and a word with a negative prefix
    rendered by its French cognate ('unchanged' / 'inchangé', 'disqualified' / 'disqualifié')."""
    pairs = sum(1 for en, fr in _SOFT_PAIRS if en.search(source) and fr.search(target))
    renderings = sum(1 for en, fr in _RENDERINGS if en.search(source) and fr.search(target)) + restriction_rendered(
        source, target) + prefixed_rendered(source, target, _FR_SOFT)  # seldom soft in English: French side
    french = {m.group(1).lower().translate(_FOLD)[:4] for m in _FR_PREFIXED.finditer(target)}
    cognates = len({m.group(1).lower()[:4] for m in _EN_PREFIXED.finditer(source)
                    if _EN_SOFT.match(source, m.start())} & french)
    return pairs + cognates, pairs + cognates + renderings
