"""People checks: courtesy titles and gender agreement against the person's gender in the source."""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ..model import Evidence
from ..people.cast import FEMALE, MALE, SOURCE_KINDS, UNKNOWN, Cast, Person
from .registry import CheckContext, register_check

_LETTER = {FEMALE: "f", MALE: "m"}
_WORD = {FEMALE: "woman", MALE: "man"}


class EvidenceIndex:
    """Each person's evidence for their gender, ranked once per check run.

    The strongest kind comes first; among equally strong pieces, the one nearest the flagged
    paragraph (bisect over paragraphs), so a long article costs no more per issue than a short one.
    """

    def __init__(self):
        self._ranked: dict[str, tuple[list, list[int]]] = {}

    def _for(self, person: Person):
        if person.key not in self._ranked:
            pairs = [(e, w) for e, w in zip(person.evidence, person.weights)
                     if e.gender == person.gender and e.kind in SOURCE_KINDS]
            if not pairs:  # the source says nothing: the French evidence is all there is
                pairs = [(e, w) for e, w in zip(person.evidence, person.weights) if e.gender == person.gender]
            pairs.sort(key=lambda pair: -pair[1])
            top = [e for e, w in pairs if w == pairs[0][1]] if pairs else []
            top.sort(key=lambda e: e.paragraph)
            rest = [e for e, w in pairs if not top or w != pairs[0][1]]
            self._ranked[person.key] = ((top, [e.paragraph for e in top]), rest)
        return self._ranked[person.key]

    def best(self, person: Person, paragraph: int, count: int = 3) -> list[Evidence]:
        (top, paragraphs), rest = self._for(person)
        if not top:
            return []
        at = bisect_left(paragraphs, paragraph)
        near = sorted(top[max(0, at - count):at + count], key=lambda e: abs(e.paragraph - paragraph))
        return (near + rest)[:count]

    def why(self, person: Person, paragraph: int) -> str:
        ranked = self.best(person, paragraph, 1)
        return f" ({ranked[0].describe()})" if ranked else ""


@register_check("title", category="Accuracy/Mistranslation", severity="major", requires=("people",))
def title(ctx: CheckContext):
    """Courtesy title that contradicts the person's gender.

    Example: the source says "Deputy Secretary of State Wendy Sherman ... she said";
    the translation writes "M. Sherman": flagged, suggestion "Mme Sherman"'s "Mme".
    """
    from ..people.titles import french_title_for, french_title_gender

    cast: Cast = ctx.analysis("people")
    segments = {s.id: s for s in ctx.document.segments}
    evidence = EvidenceIndex()
    for ref in cast.references:
        if ref.kind != "title":
            continue
        person = cast.person(ref.person)
        if person.gender == UNKNOWN:
            continue
        word = ref.words[0]
        token = word.token
        if word.gender == _LETTER[person.gender]:
            continue
        number = (french_title_gender(token.text) or ("", "s"))[1]
        style = "full" if len(token.text.rstrip(".")) > 3 else "abbreviated"
        right = french_title_for(_LETTER[person.gender], number, style)
        if right and token.text.isupper() and len(token.text) > 3:
            right = right.upper()
        elif right and token.text[:1].islower():
            right = right[:1].lower() + right[1:]
        seg = segments[ref.segment]
        yield ctx.issue("title", seg, token.start, token.end,
                        f"{person.name} is a {_WORD[person.gender]}: '{token.text}' is the wrong title"
                        + evidence.why(person, seg.source_paragraph_index) + ".",
                        suggestions=[right] if right else [], person=person.name,
                        evidence=evidence.best(person, seg.source_paragraph_index))


@register_check("gender", category="Accuracy/Mistranslation", severity="major", requires=("people",))
def gender(ctx: CheckContext):
    """French words that give a person the wrong gender.

    Example: the source says "The Russian complained ... he said" about Sergei
    Ryabkov; the translation "La Russe s'est plainte" is flagged as one issue
    with the suggestion "Le Russe s'est plaint". Without any name: "In 1914 she
    went to Paris" -> "il est allé" (the English she is a woman's), and "Her
    mother studied" -> "Son père a étudié" (suggestion "Sa mère").
    """
    from ..people.agreement import rewrite

    cast: Cast = ctx.analysis("people")
    segments = {s.id: s for s in ctx.document.segments}
    evidence = EvidenceIndex()
    flagged_spans: dict[str, list[tuple[int, int]]] = {}
    titles: dict[tuple[str, str], list] = {}
    for ref in cast.references:
        if ref.kind == "title":
            titles.setdefault((ref.segment, ref.person), []).extend(ref.words)
    for ref in cast.references:
        if ref.kind == "title":
            continue
        person = cast.person(ref.person)
        seg = segments[ref.segment]
        words = sorted(ref.words, key=lambda w: w.token.start)
        if person.gender == UNKNOWN:
            continue
        want = _LETTER[person.gender]
        if want == "f" and person.basis <= {"first-name", "surname"} and _tolerated_masculine(words, seg.target.text):
            continue  # only her first name says she is a woman: "le Premier ministre Margaret Thatcher"
        # a word with no form in the other gender ("pair à vie") shows no choice the translator made
        wrong = [w for w in words if w.gender != want
                 and (w.kind in ("determiner", "pronoun") or rewrite(w, want) is not None)]
        if not wrong:
            continue
        if all(w.kind == "noun" and _determined_by(w, words, want, seg.target.text) for w in wrong):
            continue  # "la chef de l'opposition", "la professeur": the epicene use of the noun is the writer's choice
        start, end = wrong[0].token.start, wrong[-1].token.end
        # a wrong title inside the span ("Ancien professeur, M. Aydın a été nommé") is fixed with it,
        # or applying one fix would leave the other stale
        wrong += [w for w in titles.get((seg.id, ref.person), ()) if w.gender != want
                  and start < w.token.start < end and w not in wrong]
        wrong.sort(key=lambda w: w.token.start)
        text = seg.target.text
        if (start, end) in flagged_spans.get(seg.id, ()):
            continue  # the same words reached twice (an apposition that is also a role phrase)
        pieces, cursor, complete = [], start, True
        for n, word in enumerate(wrong):
            following = _next_word(text, word.token.end)
            if n + 1 < len(wrong) and wrong[n + 1].token.start == _skip_space(text, word.token.end):
                following = rewrite(wrong[n + 1], want) or following
            new = rewrite(word, want, following)
            if not new:
                complete = False
                new = word.token.text
            begin = word.token.start
            changed = _contraction(text, begin, new) if word.kind == "determiner" else None
            changed = changed or _elision(text, begin, new)
            if changed:  # "à la professeure" -> "au professeur", "de elle" -> "d'elle", "d'lui" -> "de lui"
                begin, new = changed
                if n == 0:
                    start = cursor = begin
            pieces.append(text[cursor:begin])
            pieces.append(_glue(word.token.text, new))
            cursor = word.token.end
        pieces.append(text[cursor:end])
        suggestion = "".join(pieces)
        flagged = ", ".join(f"'{w.token.text}'" for w in wrong)
        message = (f"{person.name} is a {_WORD[person.gender]}{evidence.why(person, seg.source_paragraph_index)}: {flagged} "
                   f"{'is' if len(wrong) == 1 else 'are'} {'feminine' if want == 'm' else 'masculine'}.")
        flagged_spans.setdefault(seg.id, []).append((start, end))
        yield ctx.issue("gender", seg, start, end, message,
                        suggestions=[suggestion] if complete and suggestion != text[start:end] else [],
                        person=person.name, evidence=evidence.best(person, seg.source_paragraph_index))
    yield from _swapped_sex_nouns(ctx, flagged_spans)


# Masculine role nouns long used for women too ("le professeur Françoise Barré-Sinoussi").
TOLERATED_MASCULINE = {"professeur", "docteur", "médecin", "chef", "auteur", "écrivain",
                       "juge", "maire", "ingénieur", "procureur", "recteur", "peintre", "sculpteur", "magistrat"}


def _determined_by(noun, words, gender: str, text: str) -> bool:
    """A determiner of that gender stands right before the noun ("la chef", not "la conservatrice, directeur")."""
    return any(w.kind == "determiner" and w.gender == gender and w.token.end <= noun.token.start
               and not text[w.token.end:noun.token.start].strip() for w in words)


def _tolerated_masculine(words, text: str) -> bool:
    """The words are a noun phrase (no participle, pronoun or predicate) headed by a tolerated noun
    ("le professeur", "le Premier ministre": ministre shows no gender, it follows the phrase)."""
    if not words or not all(w.kind in ("determiner", "noun", "adjective") for w in words):
        return False
    nouns = [w.token.text.lower() for w in words if w.kind == "noun"]
    if not nouns:
        following = text[max(w.token.end for w in words):].split()
        nouns = [following[0].lower().strip(",.;:")] if following else []
    return bool(nouns) and all(n in TOLERATED_MASCULINE for n in nouns)


def _swapped_sex_nouns(ctx: CheckContext, flagged_spans: dict):
    """"Her mother studied..." -> "Son père a étudié...": the English speaks only of women (or
    men) and the French only of the other sex, in nouns that are a sex by meaning."""
    for seg in ctx.document.segments:
        if not seg.target_text.strip():
            continue
        for start, end, suggestion, message, clue in swapped_sex_nouns(seg.source.text, seg.target.text):
            if any(a < end and start < b for a, b in flagged_spans.get(seg.id, ())):
                continue
            first = suggestion.split(" ", 1)[0]
            merged = _contraction(seg.target.text, start, first)  # "de la matriarche" -> "du patriarche"
            if merged:
                start, suggestion = merged[0], merged[1] + suggestion[len(first):]
            yield ctx.issue("gender", seg, start, end, message, suggestions=[suggestion],
                            evidence=[Evidence(clue[0], "source", seg.id, clue[1], clue[2],
                                               seg.source_paragraph_index, "noun", clue[3])])


def _role_determiners(english, french, french_text: str, want: str, sex: str, clue):
    """"the spokeswoman said" -> "a dit le porte-parole": the English role word states a sex
    (spokeswoman, chairman, actress) and the French role phrase has the other one."""
    from ..nlp.lexicon import determiner_for, determiner_gender
    from ..people.wordlists import word_tables

    if want != "f":
        return  # "chairman", "spokesman" are also said of women; "spokeswoman" is said of no man
    _, roles = word_tables()
    forms = {}
    for token in english:
        row = roles.get(token.lower)
        if row and row["gender"] == ("female" if want == "f" else "male"):
            forms[row["m"].lower()] = forms[row["f"].lower()] = row[want]
    for i in range(1, len(french)):
        noun, det = french[i], french[i - 1]
        if noun.lower not in forms or determiner_gender(det.text) not in ("m", "f") \
                or determiner_gender(det.text) == want:
            continue
        right = forms[noun.lower]
        new_det = determiner_for(det.text, want, right)
        if new_det:
            yield (det.start, noun.end, new_det + french_text[det.end:noun.start] + right,
                   f"The source speaks of a {sex} ('{clue.text}'): '{det.text} {noun.text}' does not.",
                   (clue.text, clue.start, clue.end, "female" if want == "f" else "male"))


@lru_cache(maxsize=200_000)
def swapped_sex_nouns(english_text: str, french_text: str) -> tuple:
    """(start, end, suggestion, message, (clue, start, end, gender)) per French noun of the other
    sex; cached by the texts, so a re-check after one edit costs a lookup per segment."""
    from ..people.agreement import PREPOSITIONS, STRESSED, is_plural, rewrite, verb_group_words, word_gender
    from ..people.gendered_words import english_sexes, french_gendered_nouns
    from ..nlp.lexicon import determiner_for, determiner_gender
    from ..nlp.tokens import tokenize

    english = tokenize(english_text, False)  # the cast's own tokens, cached
    sexes = english_sexes(english)
    if len(sexes) != 1:
        return ()
    want = next(iter(sexes))
    french = tokenize(french_text)
    clue = next(t for t in english if english_sexes([t]) == {want})
    sex, other_sex = (_WORD[FEMALE], _WORD[MALE]) if want == "f" else (_WORD[MALE], _WORD[FEMALE])
    out = list(_role_determiners(english, french, french_text, want, sex, clue))
    nouns = french_gendered_nouns(french, {t.lower for t in english})
    if not nouns or any(gender == want for _, gender, _ in nouns):
        return tuple(out)
    for i, _, other in nouns:
        start, end, suggestion = french[i].start, french[i].end, other
        # "Un gigantesque homme", "une petite fille": adjectives between the determiner and the noun
        adjectives = []
        k = i - 1
        while k > 0 and french[k].is_word and french[k].text.islower() and determiner_gender(french[k].text) is None \
                and rewrite_adjective(french[k], want) is not None and k >= i - 2:
            adjectives.insert(0, k)
            k -= 1
        if adjectives and determiner_gender(french[k].text) in ("m", "f"):
            new_det = determiner_for(french[k].text, want, rewrite_adjective(french[adjectives[0]], want))
            if new_det:
                start = french[k].start
                suggestion = new_det + french_text[french[k].end:french[adjectives[0]].start]
                for n, j in enumerate(adjectives):
                    suggestion += rewrite_adjective(french[j], want) + french_text[french[j].end:(
                        french[adjectives[n + 1]].start if n + 1 < len(adjectives) else french[i].start)]
                suggestion += other
        elif i > 0 and determiner_gender(french[i - 1].text) in ("m", "f"):
            new_det = determiner_for(french[i - 1].text, want, other)
            if new_det:  # "un garçon" -> "une fille", "son père" -> "sa mère"
                start = french[i - 1].start
                between = "" if new_det.endswith(("'", "’")) else french_text[french[i - 1].end:french[i].start]
                suggestion = new_det + between + other
        elif i > 0:
            elision = _re_elide(french[i - 1].text, other, want)
            if elision is not None:  # "l'homme" -> "la femme", "de femmes" -> "d'hommes"
                start = french[i - 1].start
                suggestion = elision + other
        one_of = _one_of_before(french, i if start == french[i].start else next(
            n for n, t in enumerate(french) if t.start == start))
        if one_of is not None:  # "l'une des sept sœurs" -> "l'un des sept frères"
            new_one = "un" if want == "m" else "une"
            new_one = new_one.capitalize() if french[one_of].text[:1].isupper() else new_one
            suggestion = new_one + french_text[french[one_of].end:start] + suggestion
            start = french[one_of].start
        # "des femmes irlandaises", "des sœurs ducales": the adjectives right after the noun
        plural = is_plural(french[i].text)
        k = i + 1
        while k < len(french) and french[k].is_word and french[k].text.islower() and not french[k].lower in PREPOSITIONS:
            new = rewrite_adjective(french[k], want, plural) if word_gender(french[k].text, ("ADJ",)) else None
            if not new:
                break
            suggestion += french_text[end:french[k].start] + new
            end = french[k].end
            k += 1
        # "la baronne elle-même", "Le père de McAbee, quant à elle, était": the noun's own stressed pronoun
        k, stressed = _noun_stressed_pronoun(french, k)
        if stressed is not None and SEX_OF_STRESSED.get(stressed.lower) not in (want, None):
            new = STRESSED[stressed.lower]
            suggestion += french_text[end:stressed.start] + (new.capitalize() if stressed.text[:1].isupper() else new)
            end = stressed.end
        # "Son père était enseignant" -> "Sa mère était enseignante": what agrees with the noun follows it
        # ("Les garçons ... étaient amenés")
        following = verb_group_words(french, k, plural=plural)
        after = _relative_after(french, k)  # "une fille de 10 ans qui avait été mordue"
        if after is not None:
            following += verb_group_words(french, after, plural=plural)
        agreeing = [w for w in following if w.gender not in (want, None)]
        changed = [(w, rewrite(w, want)) for w in agreeing]
        if changed and all(new for _, new in changed):
            for word, new in changed:
                suggestion += french_text[end:word.token.start] + new
                end = word.token.end
        message = f"The source speaks of a {sex} ('{clue.text}'): '{french[i].text}' names a {other_sex}."
        out.append((start, end, suggestion, message,
                    (clue.text, clue.start, clue.end, "female" if want == "f" else "male")))
    return tuple(out)


SEX_OF_STRESSED = {"elle": "f", "lui": "m", "elles": "f", "eux": "m", "elle-même": "f", "lui-même": "m",
                   "elles-mêmes": "f", "eux-mêmes": "m"}


def _noun_stressed_pronoun(tokens, k: int):
    """(index after, stressed pronoun token or None) after a noun phrase ending at ``k``: "elle-même"
    right after it, or ", quant à elle," after it and a name complement ("de McAbee")."""
    j = k
    if j + 1 < len(tokens) and tokens[j].lower in ("de", "d'", "d’") and tokens[j + 1].text[:1].isupper():
        j += 1
        while j < len(tokens) and tokens[j].text[:1].isupper():
            j += 1
    if j < len(tokens) and tokens[j].lower in ("elle-même", "lui-même", "elles-mêmes", "eux-mêmes"):
        return j + 1, tokens[j]
    if j + 4 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower == "quant" \
            and tokens[j + 2].lower == "à" and tokens[j + 3].lower in SEX_OF_STRESSED and tokens[j + 4].text == ",":
        return j + 5, tokens[j + 3]
    return (j, None) if j > k and j < len(tokens) and not tokens[j].is_word else (k, None)


_CARDINALS = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
              "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "cent"}


def _one_of_before(tokens, first: int) -> int | None:
    """The un/une of "l'une des (sept) sœurs" before a noun phrase starting at ``first``, else None."""
    j = first - 1
    while j > 0 and (tokens[j].lower in _CARDINALS or tokens[j].text.isdigit()):
        j -= 1
    return j - 1 if j > 0 and tokens[j].lower == "des" and tokens[j - 1].lower in ("un", "une") else None


def rewrite_adjective(token, gender: str, plural: bool = False) -> str | None:
    """An adjective in the other gender ("gigantesque" stays, "petit" -> "petite", with ``plural``
    "ducaux" -> "ducales"), or None."""
    from ..people.agreement import GenderedWord, is_agreeing_word, is_plural_agreeing, rewrite, word_gender
    if not (is_agreeing_word(token.text) or plural and is_plural_agreeing(token.text)):
        return None  # ("irlandais" is both numbers)
    current = word_gender(token.text, ("ADJ",))
    if current is None:
        return token.text if any(e.pos == "ADJ" for e in _analyses(token.text)) else None
    if current == gender:
        return token.text
    if plural:
        from ..nlp.lexicon import get_lexicon
        return get_lexicon().inflect(token.text, gender, "p", pos="ADJ")
    return rewrite(GenderedWord(token, current, "adjective"), gender)


def _analyses(word: str):
    from ..nlp.lexicon import get_lexicon
    return get_lexicon().analyses(word)


def _relative_after(tokens, start: int) -> int | None:
    """Index after "qui" when a relative clause follows the noun within a short complement."""
    for j in range(start, min(len(tokens), start + 5)):
        if tokens[j].lower == "qui":
            return j + 1
        if tokens[j].text in ",.;:!?«»":
            return None
    return None


def _re_elide(previous: str, word: str, gender: str) -> str | None:
    """The word before a replaced noun, elided or not as the new noun needs ("l'" + "femme" ->
    "la ", "de" + "hommes" -> "d'"), with the separating space; None when nothing changes."""
    from ..nlp.lexicon import starts_with_vowel_sound
    low = previous.lower().replace("’", "'")
    vowel = starts_with_vowel_sound(word)
    apostrophe = "’" if "’" in previous else "'"
    if low in ("l'", "d'") and not vowel:
        full = {"l'": "le " if gender == "m" else "la ", "d'": "de "}[low]
    elif low in ("le", "la", "de") and vowel:
        full = low[0] + apostrophe
    else:
        return None
    return full[:1].upper() + full[1:] if previous[:1].isupper() else full


def _elision(text: str, start: int, new: str) -> tuple[int, str] | None:
    """(start of the word before, the two words) when "de"/"que"/"jusque" must elide before the new
    word, or its elided form must open up: "de elle" -> "d'elle", "d'lui" -> "de lui"."""
    from ..nlp.lexicon import starts_with_vowel_sound
    before = text[:start]
    vowel = starts_with_vowel_sound(new)
    for full, short in (("de", "d"), ("que", "qu"), ("jusque", "jusqu")):
        for apostrophe in ("'", "’"):
            if before.lower().endswith(short + apostrophe) and not vowel:
                begin = start - len(short) - 1
                if begin == 0 or not before[begin - 1].isalpha():
                    cased = full if before[begin].islower() else full.capitalize()
                    return begin, cased + " " + new
        if before.lower().endswith(full + " ") and vowel:
            begin = start - len(full) - 1
            if begin == 0 or not before[begin - 1].isalpha():
                cased = short if before[begin].islower() else short.capitalize()
                return begin, cased + "'" + new
    return None


_CONTRACTIONS = {("à", "le"): "au", ("à", "les"): "aux", ("de", "le"): "du", ("de", "les"): "des"}


def _contraction(text: str, det_start: int, new: str) -> tuple[int, str] | None:
    """(start of the preposition, contracted form) when "à"/"de" before the determiner must merge
    with its new form: "à la" -> "au", "de la" -> "du"."""
    before = text[:det_start]
    for preposition in ("à", "de", "À", "De"):
        if before.endswith(preposition + " ") and (len(before) == len(preposition) + 1
                                                 or not before[-len(preposition) - 2].isalpha()):
            merged = _CONTRACTIONS.get((preposition.lower(), new.lower()))
            if merged:
                return det_start - len(preposition) - 1, merged if preposition.islower() else merged.capitalize()
    return None


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index] == " ":
        index += 1
    return index


def _next_word(text: str, index: int) -> str | None:
    rest = text[_skip_space(text, index):].split(" ", 1)[0]
    return rest or None


def _glue(old: str, new: str) -> str:
    """Keep the apostrophe style of the original (l’ vs l')."""
    if old.endswith("’") and new.endswith("'"):
        return new[:-1] + "’"
    return new
