"""People checks: courtesy titles and gender agreement against the person's gender in the source."""
from __future__ import annotations

from bisect import bisect_left

from ..model import Evidence
from ..people.cast import FEMALE, MALE, SOURCE_KINDS, UNKNOWN, Cast, Person
from ..people.feminine_doublets import habit, with_doublets
from ..people.french_words import si_elision
from ..people.group_pronouns import continued_group_fixes, group_pronoun_fixes
from ..people.one_of_groups import english_group_is_women, group_words
from ..people.swapped_nouns import swapped_sex_nouns
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
    from ..people.titles import BRITISH_TITLES, french_title_for, french_title_gender

    cast: Cast = ctx.analysis("people")
    segments = {s.id: s for s in ctx.document.segments}
    evidence = EvidenceIndex()
    others: dict[tuple[str, str], list] = {}  # (segment, person) -> the French words not in titles
    for ref in cast.references:
        if ref.kind != "title" and ref.words:
            others.setdefault((ref.segment, ref.person), []).append(ref.words)
    for ref in cast.references:
        if ref.kind != "title":
            continue
        person = cast.person(ref.person)
        if person.gender == UNKNOWN:
            yield from _title_against_own_french(ctx, ref, person, segments[ref.segment],
                                                 others.get((ref.segment, ref.person), ()))
            continue
        word = ref.words[0]
        token = word.token
        if word.gender == _LETTER[person.gender]:
            continue
        number = (french_title_gender(token.text) or ("", "s"))[1]
        style = token.text if token.text.lower() in BRITISH_TITLES else \
            "full" if len(token.text.rstrip(".")) > 3 else "abbreviated"
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


def _title_against_own_french(ctx: CheckContext, ref, person: Person, seg, other_words):
    """A title the rest of its own French phrase contradicts, for a person the source leaves open:
    "le président américain, Mme Bush" (English "US President Bush"). The English cannot say which
    side is right, so the issue is minor and has no suggestion: the editor checks the person.
    ``other_words``: the words of the person's other references in the segment, one list each."""
    word = ref.words[0]
    if word.gender not in ("f", "m"):
        return
    against = [w for words in other_words if all(w.gender not in ("", word.gender) for w in words) for w in words]
    if not against:
        return
    said = " ".join(w.token.text for w in against)
    yield ctx.issue("title", seg, word.token.start, word.token.end,
                    f"The French gives {person.name} two genders: '{word.token.text}' and '{said}'; "
                    "the source does not say which is right.", severity="minor", person=person.name)


@register_check("gender", category="Accuracy/Mistranslation", severity="major", requires=("people",))
def gender(ctx: CheckContext):
    """French words that give a person the wrong gender.

    Example: the source says "The Russian complained ... he said" about Sergei
    Ryabkov; the translation "La Russe s'est plainte" is flagged as one issue
    with the suggestion "Le Russe s'est plaint". Without any name: "In 1914 she
    went to Paris" -> "il est allé" (the English she is a woman's), and "Her
    mother studied" -> "Son père a étudié" (suggestion "Sa mère").
    """
    from ..people.french_words import rewrite

    cast: Cast = ctx.analysis("people")
    segments = {s.id: s for s in ctx.document.segments}
    doublets = habit(s.target_text for s in ctx.document.segments)  # autrice or auteure: the document's
    evidence = EvidenceIndex()
    flagged_spans: dict[str, list[tuple[int, int]]] = {}
    titles: dict[tuple[str, str], list] = {}
    for ref in cast.references:
        if ref.kind == "title":
            titles.setdefault((ref.segment, ref.person), []).extend(ref.words)
    for (seg_id, key), wrong in _wrong_words(cast, segments).items():
        person, seg = cast.person(key), segments[seg_id]
        want = _LETTER[person.gender]
        start, end = wrong[0].token.start, wrong[-1].token.end
        # a wrong title inside the span ("Ancien professeur, M. Aydın a été nommé") is fixed with it,
        # or applying one fix would leave the other stale
        wrong += [w for w in titles.get((seg.id, key), ()) if w.gender != want
                  and start < w.token.start < end and w not in wrong]
        wrong.sort(key=lambda w: w.token.start)
        text = seg.target.text
        if (start, end) in flagged_spans.get(seg.id, ()):
            continue  # the same words reached twice (an apposition that is also a role phrase)
        pieces, cursor, complete = [], start, True
        nouns = _swapped_inside(seg, start, end, want, wrong)  # "Elle ... l'école pour filles ... serveuse"
        for n, word in enumerate(wrong):
            while nouns and nouns[0][0] < word.token.start:
                cursor = _splice_noun(text, pieces, cursor, nouns.pop(0), want)
            following = _next_word(text, word.token.end)
            if n + 1 < len(wrong) and wrong[n + 1].token.start == _skip_space(text, word.token.end):
                following = rewrite(wrong[n + 1], want) or following
            new = _spouse(text, word, want) or _boy(word, want, person) or rewrite(word, want, following)
            if not new:
                complete = False
                new = word.token.text
            begin = word.token.start
            changed = _contraction(text, begin, new) if word.kind == "determiner" else None
            changed = changed or _elision(text, begin, new, want if word.kind in ("noun", "adjective") else None)
            if changed:  # "à la professeure" -> "au professeur", "de elle" -> "d'elle", "d'lui" -> "de lui"
                begin, new = changed
                if n == 0:
                    start = cursor = begin
            gap = text[cursor:begin]
            if pieces and pieces[-1].endswith(("'", "’")) and not gap.strip():
                gap = ""  # "Le mari" -> "L'épouse": no space after the elided article
            pieces.append(gap)
            pieces.append(_glue(word.token.text, new))
            cursor = word.token.end
        for noun in nouns:
            cursor = _splice_noun(text, pieces, cursor, noun, want)
        pieces.append(text[cursor:end])
        suggestion = "".join(pieces)
        flagged = ", ".join(f"'{w.token.text}'" for w in wrong)
        message = (f"{person.name} is a {_WORD[person.gender]}{evidence.why(person, seg.source_paragraph_index)}: {flagged} "
                   f"{'is' if len(wrong) == 1 else 'are'} {'feminine' if want == 'm' else 'masculine'}.")
        flagged_spans.setdefault(seg.id, []).append((start, end))
        yield ctx.issue("gender", seg, start, end, message,
                        suggestions=with_doublets(suggestion, text[start:end], doublets)
                        if complete and suggestion != text[start:end] else [],
                        person=person.name, evidence=evidence.best(person, seg.source_paragraph_index))
    yield from _swapped_sex_nouns(ctx, flagged_spans, doublets)


# Masculine role nouns long used for women too ("le professeur Françoise Barré-Sinoussi").
TOLERATED_MASCULINE = {"professeur", "docteur", "médecin", "chef", "auteur", "écrivain",
                       "juge", "maire", "ingénieur", "procureur", "recteur", "peintre", "sculpteur", "magistrat"}


def _wrong_words(cast: Cast, segments: dict) -> dict[tuple[str, str], list]:
    """The words of the wrong gender per (segment, person), in text order: every reference of one
    person in one sentence makes one issue, whose fix leaves the whole chain right."""
    from ..people.french_words import rewrite
    found: dict[tuple[str, str], dict[int, object]] = {}
    for ref in cast.references:
        person = cast.person(ref.person)
        if ref.kind == "title" or person.gender == UNKNOWN:
            continue
        seg = segments[ref.segment]
        words = sorted({w.token.start: w for w in ref.words}.values(), key=lambda w: w.token.start)  # each word once
        want = _LETTER[person.gender]
        if person.basis <= {"french-title", "french-agreement"} and _ambiguous_pronoun(person, ref):
            continue  # "Her coach ... said she was ready": the she may be hers, the French tells nothing
        if want == "f" and person.basis <= {"first-name", "surname"} and _tolerated_masculine(words, seg.target.text):
            continue  # only her first name says she is a woman: "le Premier ministre Margaret Thatcher"
        # a word with no form in the other gender ("pair à vie") shows no choice the translator made
        wrong = [w for w in words if w.gender != want
                 and (w.kind in ("determiner", "pronoun") or rewrite(w, want) is not None)
                 and not (want == "f" and _present_participle(w, seg.target.text))]
        if not wrong:
            continue
        if want == "f" and any(w.kind == "one-of" for w in wrong) and english_group_is_women(seg.source.text):
            # "one of the best female writers": "l'une des meilleures autrices", the group's words too
            wrong += [g for w in wrong if w.kind == "one-of" for g in group_words(seg.target.text, w)
                      if g.gender == "m" and rewrite(g, want) is not None]
        if all(w.kind == "noun" and _determined_by(w, words, want, seg.target.text) for w in wrong):
            continue  # "la chef de l'opposition", "la professeur": the epicene use of the noun is the writer's choice
        chain = found.setdefault((seg.id, person.key), {})
        for w in wrong:
            chain.setdefault(w.token.start, w)
    return {key: sorted(chain.values(), key=lambda w: w.token.start) for key, chain in found.items()}


# What opens a verb's object and never a noun's complement: "gagnant la course", "gagnant de l'expérience"
# (not "enseignant à la retraite", "étudiant en droit", "enseignant du lycée").
_PARTICIPLE_OBJECT_OPENERS = {"le", "la", "les", "un", "une", "sa", "son", "ses", "leur", "leurs"}


def _ambiguous_pronoun(person, ref) -> bool:
    """A French pronoun tied to the person through an English one resolved with a rival in view."""
    mention = ref.source_mention
    return ref.kind == "pronoun" and mention is not None and any(
        e.kind == "pronoun-ambiguous" and e.segment == mention.segment and e.start == mention.start
        for e in person.evidence)


def _present_participle(word, text: str) -> bool:
    """A form in -ant opening a clause after a comma, its object right after it ("une professeure
    expérimentée, gagnant de l'expérience"): the present participle, right for a woman too (it never
    agrees)."""
    if word.kind not in ("noun", "adjective") or not word.token.text.lower().endswith("ant"):
        return False
    if not text[:word.token.start].rstrip().endswith(","):
        return False
    following = text[word.token.end:].lower().split(None, 2)
    if following and following[0] == "de" and len(following) > 1:
        following = following[1:]  # the partitive "de l'", "de la"
        return following[0].startswith(("l'", "l’")) or following[0] == "la"
    return bool(following) and (following[0].startswith(("l'", "l’")) or following[0] in _PARTICIPLE_OBJECT_OPENERS)


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


def _swapped_inside(seg, start: int, end: int, want: str, wrong) -> list[tuple[int, int, str]]:
    """The swapped nouns of a sex ("filles" where the English says boys) between a person's wrong
    words, to fix with them: a separate issue inside the person's span could not be applied."""
    sex = "female" if want == "f" else "male"
    return [(s, e, suggestion) for s, e, suggestion, _, clue in swapped_sex_nouns(seg.source.text, seg.target.text)
            if start < s and e <= end and clue[3] == sex
            and not any(w.token.start < e and s < w.token.end for w in wrong)]


def _with_article(text: str, begin: int, suggestion: str, gender: str) -> tuple[int, str]:
    """A swapped noun's fix with the article before it: "de la fille" -> "du garçon", and an elided
    article that must open up or close: "l'oncle" -> "la tante"."""
    first = suggestion.split(" ", 1)[0]
    merged = _contraction(text, begin, first)
    if merged:
        return merged[0], merged[1] + suggestion[len(first):]
    return _elision(text, begin, suggestion, gender) or (begin, suggestion)


def _splice_noun(text: str, pieces: list[str], cursor: int, noun: tuple[int, int, str], gender: str) -> int:
    """Append the text up to a swapped noun and its fix ("de la fille" -> "du garçon"); the new cursor."""
    begin, end, suggestion = noun
    moved, fixed = _with_article(text, begin, suggestion, gender)
    if moved >= cursor:
        begin, suggestion = moved, fixed
    pieces.append(text[cursor:begin])
    pieces.append(suggestion)
    return end


_POSSESSIVES = {"sa", "son", "ma", "mon", "ta", "ton", "leur", "notre", "votre", "ses", "mes", "tes", "leurs", "nos",
                "vos"}


def _spouse(text: str, word, want: str) -> str | None:
    """"sa femme" is a wife: the man is "son mari", not "son homme"."""
    lower = word.token.text.lower()
    if word.kind != "noun" or want != "m" or lower not in ("femme", "femmes"):
        return None
    before = text[:word.token.start].split()
    if not before or before[-1].lower().strip("'’") not in _POSSESSIVES:
        return None
    new = "maris" if lower == "femmes" else "mari"
    return new.capitalize() if word.token.text[:1].isupper() else new


_BOYS = {"boy", "boys", "schoolboy", "schoolboys", "lad", "lads"}
_CHILDREN = {"son", "sons", "daughter", "daughters", "grandson", "granddaughter", "stepson", "stepdaughter"}


def _boy(word, want: str, person) -> str | None:
    """"une fille de 10 ans" for "a 10-year-old boy" is "un garçon", not "un fils": fille is a girl or
    a daughter, and the English noun of the person says which (the lexicon pairs it with fils)."""
    lower = word.token.text.lower()
    if word.kind != "noun" or want != "m" or lower not in ("fille", "filles"):
        return None
    nouns = {e.text.lower() for e in person.evidence if e.kind == "noun" and e.side == "source"}
    if not nouns & _BOYS or nouns & _CHILDREN:
        return None
    new = "garçons" if lower == "filles" else "garçon"
    return new.capitalize() if word.token.text[:1].isupper() else new


def _swapped_sex_nouns(ctx: CheckContext, flagged_spans: dict, doublets: dict):
    """"Her mother studied..." -> "Son père a étudié...": the English speaks only of women (or
    men) and the French only of the other sex, in nouns that are a sex by meaning."""
    previous = None
    for seg in ctx.document.segments:
        if not seg.target_text.strip():
            previous = seg if seg.source.text.strip() else previous
            continue
        nouns_fixed: list[tuple[int, int]] = []
        for start, end, suggestion, message, clue in swapped_sex_nouns(seg.source.text, seg.target.text):
            if any(a < end and start < b for a, b in flagged_spans.get(seg.id, ())):
                continue
            # "de la matriarche" -> "du patriarche", "l'oncle" -> "la tante"
            start, suggestion = _with_article(seg.target.text, start, suggestion, "f" if clue[3] == "female" else "m")
            yield ctx.issue("gender", seg, start, end, message,
                            suggestions=with_doublets(suggestion, seg.target.text[start:end], doublets),
                            evidence=[Evidence(clue[0], "source", seg.id, clue[1], clue[2],
                                               seg.source_paragraph_index, "noun", clue[3])])
            nouns_fixed.append((start, end))
        # "Quand les filles grandissent, ils se distancent": the group's own pronoun; "The sisters
        # opened a clinic. They said": the group of the sentence before
        fixes, clue_seg = group_pronoun_fixes(seg.source.text, seg.target.text), seg
        if not fixes and previous is not None:
            fixes, clue_seg = continued_group_fixes(previous.source.text, seg.source.text, seg.target.text), previous
        for start, end, suggestion, message, clue in fixes:
            if any(a < end and start < b for a, b in flagged_spans.get(seg.id, []) + nouns_fixed):
                continue
            yield ctx.issue("gender", seg, start, end, message, suggestions=[suggestion],
                            evidence=[Evidence(clue[0], "source", clue_seg.id, clue[1], clue[2],
                                               clue_seg.source_paragraph_index, "noun", clue[3])])
        previous = seg


def _elision(text: str, start: int, new: str, gender: str | None = None) -> tuple[int, str] | None:
    """(start of the word before, the two words) when "de"/"que"/"jusque" must elide before the new
    word, or its elided form must open up: "de elle" -> "d'elle", "d'lui" -> "de lui"; with the new
    noun's ``gender``, an elided article too: "l'homme" -> "la femme", "de l'héroïne" -> "du héros"."""
    from ..nlp.lexicon import starts_with_vowel_sound
    before = text[:start]
    vowel = starts_with_vowel_sound(new)
    si = si_elision(before, start, new)
    if si:
        return si
    if gender in ("m", "f") and not vowel and before[-2:].lower() in ("l'", "l’") \
            and (len(before) == 2 or not before[-3].isalpha()):
        begin, article = start - 2, "le" if gender == "m" else "la"
        for preposition, merged in (("de ", "du"), ("à ", "au")):
            if gender == "m" and before[:begin].lower().endswith(preposition) \
                    and (begin == len(preposition) or not before[begin - len(preposition) - 1].isalpha()):
                begin, article = begin - len(preposition), merged
                break
        cased = article.capitalize() if before[begin].isupper() else article
        return begin, cased + " " + new
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
