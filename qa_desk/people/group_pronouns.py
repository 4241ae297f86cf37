"""A group's French ils/elles: "As the daughters grow up, they distance themselves" -> "elles".

French chooses ils or elles by the group: elles only for women, ils for men and for mixed or
unknown groups. The English says it only through a noun of a sex ("daughters", "waitresses",
"monks"); so a French subject pronoun of a group is checked only when the English names one group
of one sex and no single person of the other, its "they" is the subject of a clause and every
plural noun before it that is a subject, an object or a complement is of that sex (no "mice" or
"toys" it may stand for), and the French pronoun has no plural noun of its own gender before it
that it may stand for ("les filles ... leurs jouets, qu'ils ...").
Each issue rewrites the pronoun and the words of its verb group ("ils se sont présentés" ->
"elles se sont présentées").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..nlp.tokens import tokenize
from .agreement import verb_group_words
from .english_mentions import hangs_under
from .french_words import is_person_noun, is_plural, rewrite, si_elision, word_gender
from .gendered_words import is_sex_noun
from .titles import english_gendered_word

_SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
_ANCHOR_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod"}
_FRENCH_GROUP_PRONOUN = re.compile(r"\b(?:ils|elles)\b", re.IGNORECASE)
_ENGLISH_THEY = re.compile(r"\bthey\b", re.IGNORECASE)
_SINGULAR_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                      "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _english_group_sex(english_text: str) -> tuple | None:
    """(sex 'f' or 'm', the group's noun, its start, its end) when the English sentence's plural
    nouns of a sex are all of one sex, one of them is what its subject "they" stands for (per the
    parse), and no singular person of the other sex is there ("the nuns and the priest said they":
    ils); else None."""
    from .english import parse
    doc = parse(english_text)
    plural_sexes = {}
    for token in doc:
        if token.tag_ in ("NNS", "NNPS"):
            sex = english_gendered_word(token.text)
            if sex:
                plural_sexes[token.i] = sex
    if len(set(plural_sexes.values())) != 1:
        return None
    sex = next(iter(plural_sexes.values()))
    other = "m" if sex == "f" else "f"
    theys = [t for t in doc if t.lower_ == "they" and t.dep_ in _SUBJECT_DEPS]
    if not theys:
        return None
    last_they = theys[-1].i  # a person named after every "they" is none of them ("... permission from God")
    if any(_singular_sex(token) == other and token.i < last_they
           and not _outside_the_group(token, plural_sexes, theys) for token in doc):
        return None
    anchor = None
    for they in theys:
        before = [t for t in doc[:they.i] if t.tag_ in ("NNS", "NNPS") and t.dep_ in _ANCHOR_DEPS]
        if not before or any(t.i not in plural_sexes for t in before):
            return None  # "male mice ... their brothers ... they": they may be the others
        anchor = anchor or before[-1]
    return sex, anchor.text, anchor.idx, anchor.idx + len(anchor.text)


def _could_fix(english_text: str, french_text: str) -> bool:
    return bool(_ENGLISH_THEY.search(english_text) and _FRENCH_GROUP_PRONOUN.search(french_text))


def _outside_the_group(token, group_nouns: dict, theys: list) -> bool:
    """A pronoun that cannot be one of "they": the group noun's possessor ("Her sons"), or an
    object in the clause "they" is the subject of ("they were proud of her")."""
    if token.dep_ == "nmod:poss" and token.head.i in group_nouns:
        return True
    return token.lower_ in ("her", "him") and token.dep_ != "nmod:poss" and any(
        token.i > they.i and hangs_under(token, they.head) for they in theys)


def _singular_sex(token) -> str | None:
    """'m' or 'f' for a singular English word that names one person of a sex (he, her, the priest)."""
    if token.lower_ in _SINGULAR_PRONOUNS:
        return _SINGULAR_PRONOUNS[token.lower_]
    if token.tag_ in ("NN", "NNP"):
        return english_gendered_word(token.text)
    return None


@lru_cache(maxsize=4096)
def group_pronoun_fixes(english_text: str, french_text: str) -> tuple:
    """(start, end, suggestion, message, (clue, start, end, sex)) per French subject ils/elles of the
    wrong gender for the English sentence's one group of one sex (see the module's docstring)."""
    if not _could_fix(english_text, french_text):
        return ()  # no "they" to read or no ils / elles to change: the English is not parsed
    group = _english_group_sex(english_text)
    return () if group is None else _french_fixes(group, french_text)


@lru_cache(maxsize=4096)
def continued_group_fixes(previous_english: str, english_text: str, french_text: str) -> tuple:
    """The same for a sentence that opens on "they" with no group of its own, after one whose
    subject is a group of one sex ("The three sisters opened a clinic. They said..."): nothing
    else in either sentence it may stand for, no single person of a sex in this one. The clue's
    offsets are in the previous sentence."""
    if not _could_fix(english_text, french_text) or _english_group_sex(english_text) is not None:
        return ()
    from .english import parse
    doc = parse(english_text)
    theys = [t for t in doc if t.lower_ == "they" and t.dep_ in _SUBJECT_DEPS]
    if not theys or any(t.tag_ in ("NNS", "NNPS") for t in doc[:theys[0].i]) \
            or any(_singular_sex(t) for t in doc) or any(t.lower_ in ("it", "he", "she") for t in doc):
        return ()
    group = _subject_group_sex(previous_english)
    return () if group is None else _french_fixes(group, french_text)


def _subject_group_sex(english_text: str) -> tuple | None:
    """(sex, noun, start, end) when the sentence's subject is a plural noun of a sex, every plural
    noun of a sex in it is of that sex, no other plural noun is a subject and no single person of
    the other sex is there; else None."""
    from .english import parse
    doc = parse(english_text)
    plural_sexes = {t.i: english_gendered_word(t.text) for t in doc if t.tag_ in ("NNS", "NNPS")}
    subjects = [t for t in doc if t.tag_ in ("NNS", "NNPS") and t.dep_ in _SUBJECT_DEPS]
    # "The three sisters, all doctors, opened": an apposition the parse makes a second subject
    subjects = [t for n, t in enumerate(subjects) if n == 0 or plural_sexes[t.i]
                or not (doc[t.left_edge.i].text == "," or t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ",")]
    sexes = {sex for sex in plural_sexes.values() if sex}
    if len(subjects) != 1 or len(sexes) != 1 or not plural_sexes[subjects[0].i]:
        return None
    sex = sexes.pop()
    other = "m" if sex == "f" else "f"
    if any(_singular_sex(t) == other for t in doc):
        return None
    anchor = subjects[0]
    return sex, anchor.text, anchor.idx, anchor.idx + len(anchor.text)


def _group_apposition(tokens, n: int) -> bool:
    """The plural person noun at ``n`` follows "tous deux", "toutes trois" or a comma: the group's apposition."""
    before = tokens[n - 1].lower if n else ""
    return (before in ("deux", "trois", "quatre", "tous", "toutes", ",")) and is_person_noun(tokens[n].text.rstrip("sx"))


def _french_fixes(group: tuple, french_text: str) -> tuple:
    sex, clue = group[0], group[1:]
    tokens = tokenize(french_text)
    want, wrong_form, right_form = (("f", "ils", "elles") if sex == "f" else ("m", "elles", "ils"))
    other = "m" if want == "f" else "f"
    out = []
    agreeing: set[int] = set()  # the words of the group's verb groups, no nouns the pronoun may stand for
    for i, token in enumerate(tokens):
        if token.lower != wrong_form:
            continue
        if any(is_plural(t.text) and word_gender(t.text, ("NOUN",)) == other and t.text.islower()
               and t.start not in agreeing and not is_sex_noun(t.text) and not _group_apposition(tokens, n)
               for n, t in enumerate(tokens[:i])):
            # (a noun of the other sex is the group itself, mistranslated: "Les deux hommes" for "women";
            # so is a role in apposition to it: "Les deux femmes, toutes deux infirmières,")
            continue  # "les filles ... les jouets ... ils": the pronoun may be the things' (not "fiers")
        new = right_form.capitalize() if token.text[:1].isupper() else right_form
        start, end, suggestion = token.start, token.end, new
        elision = si_elision(french_text[:start], start, new)  # "s'ils" -> "si elles", "si elles" -> "s'ils"
        if elision:
            start, suggestion = elision
        words = [w for w in verb_group_words(tokens, i + 1, plural=True) if w.gender not in (want, None)]
        agreeing.update(w.token.start for w in words)
        changed = [(w, rewrite(w, want)) for w in words]
        if changed and all(n for _, n in changed):
            for word, replacement in changed:
                suggestion += french_text[end:word.token.start] + replacement
                end = word.token.end
        message = (f"The source's 'they' are the {clue[0]}, {'women' if want == 'f' else 'men'}: "
                   f"'{token.text}' is {'masculine' if want == 'f' else 'feminine'}.")
        out.append((start, end, suggestion, message, (*clue, "female" if want == "f" else "male")))
    return tuple(out)
