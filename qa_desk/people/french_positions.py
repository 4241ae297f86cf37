"""Where a French pronoun stands, and what the English has at that place: the impersonal il
("il y a", "il s'agit"), a stressed elle/lui ("Elle et ses frères", "c'est elle qui"), an inverted
speaker ("a-t-elle déclaré"), a reported subject ("X a déclaré qu'il"), an object clitic before a
verb; an English it/they the parse makes a subject, and the English pronoun nearest a French one.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..nlp.tokens import Token, tokenize
from .french_words import is_adverb, is_plural, word_gender

# "il" that stands for nobody: il y a, il faut, il est clair que...
IMPERSONAL_NEXT = {"y", "faut", "fallait", "faudra", "faudrait", "semble", "semblait", "paraît", "s'agit",
                   "s'agissait", "reste", "restait", "pleut", "suffit", "suffisait", "convient", "importe",
                   "arrive", "existe", "manque"}
# "il est possible que", "il lui était impossible de": adjectives of an impersonal il
# ("il était accompagné de" is a man, so participles are not listed)
IMPERSONAL_ADJECTIVES = {"possible", "impossible", "clair", "évident", "nécessaire", "important", "difficile",
                         "facile", "probable", "improbable", "certain", "vrai", "faux", "normal", "urgent",
                         "essentiel", "utile", "inutile", "interdit", "exclu", "prévu", "question", "temps",
                         "dommage", "tôt", "tard", "préférable", "souhaitable", "indispensable", "crucial",
                         "vital", "primordial", "impératif", "légitime", "logique", "naturel", "rare",
                         "fréquent", "courant", "permis", "obligatoire", "regrettable", "étonnant",
                         "surprenant", "juste", "injuste", "bon", "mieux", "suffisant", "inconcevable",
                         "inacceptable", "envisageable", "peu", "hors", "donné", "donnée", "accordé", "arrivé"}
_IMPERSONAL_SE = {"passe", "passait", "passera", "passerait", "passa", "peut", "pourrait", "pouvait", "produit",
                  "produisait", "produira", "fait", "faisait"}
# What follows "il y" when it stands for nobody: "il y a", "il y avait", "il y en a", "il y aura".
_Y_IMPERSONAL = {"a", "avait", "aura", "aurait", "eut", "ait", "eût", "en", "ait", "avoir", "ayant", "a-t-il",
                 "aurait-il", "avait-il"}
_IMPERSONAL_CLITICS = {"lui", "leur", "me", "m'", "te", "t'", "nous", "vous", "ne", "n'", "en"}
_IMPERSONAL_PARTICIPLES = {"fallu", "semblé", "paru", "suffi", "plu"}


@lru_cache(maxsize=50_000)
def english_other_subjects(text: str) -> bool:
    """An English "it" or "they" the parse makes a subject ("it was", "they said", "it's"), which a
    French il/elle may translate; "aware of it", "signed it", "finding it difficult" cannot."""
    from .english import parse
    if re.search(r"\b(?:its|itself|themselves)\b", text, re.IGNORECASE):
        return True
    return any(t.lower_ in ("it", "they") and t.dep_ in _SUBJECT_DEPS for t in parse(text))


_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl", "csubj"}


_STRESSED_NEXT = {"aussi", "non", "même", "seul", "seule", "également", "-même"}
_CLAUSE_END = {",", ".", ";", ":", ")", "qui", "»", "!", "?"}


def stressed_subject(tokens: list[Token], i: int) -> bool:
    """elle/lui standing as a stressed pronoun, whose masculine is lui: "Elle et les autres", "Cramer
    et elle, qui", "elle aussi", "c'est elle qui" (a subject il cannot stand there)."""
    after = tokens[i + 1].lower if i + 1 < len(tokens) else "."
    before = tokens[i - 1].lower if i > 0 else ""
    if after in ("et", "ou"):  # "qu'elle et son mari" -> "que lui et sa femme"
        return not (i + 2 < len(tokens) and tokens[i + 2].lower in ("il", "elle", "lui"))
    if after in _STRESSED_NEXT or before in ("et", "ou", "ni") and (after in _CLAUSE_END
                                                                   or tokens[i].lower != "lui"
                                                                   and _plural_verb_after(tokens, i + 1)):
        # "Cramer et elle, qui", "Cramer et elle avaient" -> "Cramer et lui avaient" (but the clitic
        # of "la religieuse et lui offrirent")
        return True
    k = i - 1
    while k > 0 and is_adverb(tokens[k].lower):
        k -= 1
    return k > 0 and tokens[k].lower in ("est", "était", "fut", "sera", "serait") \
        and tokens[k - 1].lower in ("c'", "c’", "ce")


def echo_pronoun(tokens: list[Token], i: int) -> bool:
    """", lui aussi," / ", elle non plus,": a stressed pronoun between commas echoing the subject."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1].text == "," and tokens[i + 1].lower in ("aussi", "non", "également")


# Endings of finite verbs (imperfect, simple past plural) that no noun has.
_FINITE_ENDINGS = ("aient", "èrent", "irent", "urent", "ait")
_PLURAL_PAST_ENDINGS = _FINITE_ENDINGS[:3]  # "avaient", "rencontrèrent", "partirent"


_PLURAL_AUXILIARIES = {"ont", "sont", "avaient", "étaient", "furent", "eurent", "seront", "auront", "seraient",
                       "auraient", "vont", "allaient", "font", "faisaient", "peuvent", "pouvaient"}


def _plural_verb_after(tokens: list[Token], j: int) -> bool:
    """A plural finite verb at ``j``, past clitics: "(Cramer et elle) avaient", "se sont rencontrés"."""
    while j < len(tokens) and tokens[j].lower in ("ne", "n'", "n’", "se", "s'", "s’", "y", "en", "les", "leur", "l'", "l’"):
        j += 1
    word = tokens[j].lower if j < len(tokens) else ""
    return word in _PLURAL_AUXILIARIES or len(word) > 6 and word.endswith(_PLURAL_PAST_ENDINGS)


@lru_cache(maxsize=50_000)
def english_subject_positions(text: str) -> tuple[tuple[float, str], ...]:
    """(relative position, word) of each English he/she, and each it/they the parse makes a subject
    ("finding it difficult" is an object: no French il stands for it)."""
    from .english import parse
    length = max(1, len(text))
    return tuple((t.idx / length, t.lower_) for t in parse(text)
                 if t.lower_ in ("he", "she") or t.lower_ in ("it", "they") and t.dep_ in _SUBJECT_DEPS)


def aligned_pronoun(english: tuple, position: float, window: float = 0.2) -> str | None:
    """The English subject pronoun nearest a French one by relative position, if near enough: the
    French il at the start of a sentence translates the English She at its start, not a later "it"."""
    best = min(english, key=lambda item: abs(item[0] - position), default=None)
    return best[1] if best is not None and abs(best[0] - position) <= window else None


@lru_cache(maxsize=50_000)
def english_thing_subject(text: str) -> bool:
    """The English has a subject that is a thing ("such a thing ... is worse"), which a French
    il/elle may stand for where the English repeats or leaves it out."""
    from .english import parse
    from .english_mentions import human_noun
    return any(t.dep_ in ("nsubj", "nsubj:pass", "appos", "ROOT") and t.pos_ == "NOUN" and not human_noun(t)
               # "He will often boycott companies", a verb read as a noun: a root with a person's
               # pronoun for its subject is said of that person, no thing
               and not (t.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in _PERSONAL_SUBJECTS
                                                 for c in t.children))
               for t in parse(text))


_PERSONAL_SUBJECTS = {"he", "she", "i", "we", "you"}


@lru_cache(maxsize=50_000)
def english_understood_subjects(text: str) -> tuple[tuple[float, int], ...]:
    """(relative position, character offset of the subject) of each English verb with no subject
    of its own whose subject is the clause's above it: "Garten was awarded ..., signing a deal" (the
    French may say "lorsqu'elle a signé" there). A verb with an object before it ("asked her to
    sign") or modifying a noun ("the man signing") is left out: its subject is another."""
    from .english import parse
    doc = parse(text)
    length = max(1, len(text))
    places = []
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ not in ("advcl", "xcomp", "conj") \
                or any(c.dep_ in _SUBJECT_DEPS for c in token.children):
            continue
        head = token.head
        while head.dep_ in ("advcl", "xcomp", "conj") and head.head is not head \
                and not any(c.dep_ in _SUBJECT_DEPS for c in head.children):
            head = head.head
        if token.dep_ == "xcomp" and any(c.dep_ in ("obj", "iobj") for c in token.head.children):
            continue
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None and _number_clash(token, subject):
            # "they saw that he had ..., and was arrested": "was" is not theirs; the nearest
            # singular subject before it is
            subject = next((t for t in reversed(doc[head.i + 1:token.i]) if t.dep_ in ("nsubj", "nsubj:pass")
                            and not _number_clash(token, t)), None)
        if subject is not None and head.pos_ in ("VERB", "AUX"):
            # where the French puts its subject: before the auxiliary ("and was immediately arrested")
            first = min([token.idx] + [c.idx for c in token.children if c.dep_ in ("aux", "aux:pass") and c.i < token.i])
            places.append((first / length, subject.idx))
    return tuple(places)


_SINGULAR_FORMS = {"was", "is", "has", "does", "'s"}
_PLURAL_FORMS = {"were", "are", "have", "do"}


def _number_clash(verb, subject) -> bool:
    """The verb's own form is singular and the subject plural, or the other way round."""
    forms = [verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]
    singular = any(t.tag_ == "VBZ" or t.lower_ in _SINGULAR_FORMS for t in forms)
    plural = any(t.lower_ in _PLURAL_FORMS for t in forms)
    many = subject.lower_ in ("they", "we") or subject.tag_ in ("NNS", "NNPS")
    one = subject.lower_ in ("he", "she", "it") or subject.tag_ in ("NN", "NNP")
    return singular and many or plural and one


def noun_before(tokens: list[Token], i: int, gender: str, capitalised: bool = False,
                own: frozenset[int] = frozenset()) -> bool:
    """A singular noun of ``gender`` before the pronoun at ``i``, which the pronoun may stand for
    (with ``capitalised``, an institution too: "la Commission ... elle"); not one of ``own``, the
    offsets of the person's own words ("La narratrice ... car elle": the narrator herself)."""
    return any(word_gender(t.text, ("NOUN",)) == gender and not is_plural(t.text) and t.start not in own
               # "la réputation", "une telle chose", not "il fait tout ce qu'il"
               and (tokens[k - 1].lower in _NOUN_DETERMINERS or k > 1 and tokens[k - 2].lower in _NOUN_DETERMINERS
                    and tokens[k - 1].is_word and word_gender(tokens[k - 1].text, ("NOUN",)) is None)
               for k, t in enumerate(tokens[:i]) if k > 0 and t.is_word and (capitalised or t.text.islower())
               # "la moindre provocation qu'elle perçoit", "la puissance dont elle pouvait faire preuve",
               # "la ville où elle vit": a relative clause's head is not its subject
               and not (k + 2 == i and tokens[k + 1].lower in ("que", "qu'", "qu’", "dont", "où")))


_NOUN_DETERMINERS = {"le", "la", "l'", "l’", "un", "une", "ce", "cet", "cette", "son", "sa", "mon", "ma", "ton", "ta",
                     "notre", "votre", "leur", "du", "au"}


def speaker_pronoun(tokens: list[Token], i: int) -> bool:
    """"a-t-il déclaré", "ajoute-t-elle", "dit-il": an inverted pronoun by a speech verb."""
    if i == 0 or tokens[i - 1].text not in ("-t-", "-"):
        return False
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    before = tokens[i - 2].lower if i >= 2 else ""
    if after in SPEECH_VERBS or before in SPEECH_VERBS:
        return True
    # an incise with any verb: "..., expliqua-t-il.", "», se remémora-t-elle": the inverted verb right
    # after a comma or a closing quote, in a sentence that asks nothing
    verb = i - 2
    if verb >= 1 and tokens[verb - 1].lower in ("se", "s'", "s’"):
        verb -= 1
    if verb < 1 or tokens[verb - 1].text not in _INCISE_OPENERS:
        return False
    for token in tokens[i + 1:]:
        if token.text in ("?", "!"):
            return False
        if token.text == ".":
            break
    return True


_INCISE_OPENERS = {",", "»", "”", '"', "—", "–"}


def reported_subject(tokens: list[Token], i: int, named_before: dict[int, str]) -> str | None:
    """The person named as the speaker in "Sherman a déclaré (aux journalistes) qu'elle...",
    whose reported subject pronoun is at ``i`` (in news, "X said she" is X), else None."""
    if i < 2 or tokens[i - 1].lower not in ("qu'", "qu’", "que"):
        return None
    verb = next((k for k in range(i - 2, max(i - 6, 0) - 1, -1) if tokens[k].lower in SPEECH_VERBS), None)
    if verb is None or not all(t.is_word for t in tokens[verb + 1:i - 1]):
        return None  # "a déclaré aux journalistes qu'", not across a comma or a quote
    j = verb - 1
    if j >= 0 and tokens[j].lower in ("a", "avait", "aurait", "ont"):
        j -= 1
    if j >= 0 and tokens[j].text == ",":
        j -= 1  # "L'entraîneur d'Iga Swiatek, Tomasz Wiktorowski, a déclaré qu'il"
        if j >= 0 and tokens[j].end not in named_before:  # "Melnyk, 38 ans, a déclaré qu'elle"
            comma = next((k for k in range(j - 1, max(j - 5, 0), -1) if tokens[k].text == ","), None)
            if comma is not None and all(t.is_word or t.text[:1].isdigit() for t in tokens[comma + 1:j + 1]):
                j = comma - 1
    return named_before.get(tokens[j].end) if j >= 0 else None


# "il fut répondu que", "il a été décidé de": passives with no one as subject ("il était convaincu que" has one)
IMPERSONAL_PASSIVES = {"dit", "décidé", "répondu", "prévu", "convenu", "annoncé", "établi", "admis", "entendu",
                       "demandé", "proposé", "souligné", "rappelé", "indiqué", "précisé", "expliqué", "signalé",
                       "exigé", "recommandé", "suggéré", "stipulé", "jugé", "constaté", "observé", "question"}


def impersonal(tokens: list[Token], i: int) -> bool:
    """The il at ``i`` stands for nobody: "il y a", "il s'agit", "il lui a fallu", "il ne faut",
    "il fut répondu que", "il a été décidé de". An elle is never impersonal ("elle y a ajouté", "elle
    semble lasse")."""
    if tokens[i].lower != "il":
        return False
    j = i + 1
    k = j
    if k + 1 < len(tokens) and tokens[k].lower in ("a", "avait", "aura") and tokens[k + 1].lower == "été":
        k += 2
    elif k < len(tokens) and tokens[k].lower in ("est", "fut", "était", "sera"):
        k += 1
    if k > j and k + 1 < len(tokens) and tokens[k].lower in IMPERSONAL_PASSIVES and (
            tokens[k + 1].lower in ("que", "qu'", "qu’") or tokens[k + 1].lower in ("de", "d'", "d’")
            and k + 2 < len(tokens) and is_infinitive_form(tokens[k + 2].lower)):
        return True  # "il fut répondu que", "il a été décidé de reporter" (not "il était accompagné de")
    if j + 2 < len(tokens) and tokens[j].lower == "y" and tokens[j + 1].lower in ("a", "avait") \
            and tokens[j + 2].lower not in ("eu", "été") and participle_gender(tokens[j + 2].text):
        return False  # "il y a ajouté un jardin": he added one there
    if j + 1 < len(tokens) and tokens[j].lower == "y" and tokens[j + 1].is_word and tokens[j + 1].text.islower() \
            and tokens[j + 1].lower not in _Y_IMPERSONAL:
        return False  # "il y publiait", "il y enseigna": he did it there (not "il y a", "il y en a")
    if j < len(tokens) and tokens[j].lower in IMPERSONAL_NEXT:
        return True
    while j < len(tokens) and tokens[j].lower in _IMPERSONAL_CLITICS:
        j += 1
    if j < len(tokens) and tokens[j].lower in ("se", "s'", "s’"):
        # "il (ne) se passe", "il s'agit", "il se trouve que" (but "il se consacra", "il se remémora")
        after = tokens[j + 1].lower if j + 1 < len(tokens) else ""
        return after in _IMPERSONAL_SE or after.startswith("agi") or after in ("trouve", "trouvait") and (
            j + 2 < len(tokens) and tokens[j + 2].lower in ("que", "qu'", "qu’"))
    if j < len(tokens) and tokens[j].lower in IMPERSONAL_NEXT - {"y"}:
        return True
    if j + 1 < len(tokens) and tokens[j].lower == "y" and tokens[j + 1].lower in ("a", "avait", "aura", "aurait", "eut"):
        return True  # "il n'y a"
    if tokens[i].lower == "il" and j < len(tokens) and tokens[j].lower in ("est", "était", "serait", "sera", "fut",
                                                                          "soit", "fût"):
        # "il (lui) était impossible de", "il n'est pas clair que": an adjective that names no one,
        # then de/que (not "il était ministre de la Défense")
        k = j + 1
        while k < len(tokens) and is_adverb(tokens[k].lower):
            k += 1
        return k + 1 < len(tokens) and tokens[k].lower in IMPERSONAL_ADJECTIVES \
            and tokens[k + 1].lower in ("que", "qu'", "qu’", "de", "d'", "d’")
    return j + 1 < len(tokens) and tokens[j].lower in ("a", "avait", "aurait", "aura") \
        and tokens[j + 1].lower in _IMPERSONAL_PARTICIPLES

# Verbs that attribute a quotation to its speaker.
SPEECH_VERBS = {"déclaré", "dit", "ajouté", "affirmé", "expliqué", "indiqué", "souligné", "estimé", "précisé",
                "poursuivi", "assuré", "lancé", "confié", "répondu", "raconté", "martelé", "insisté", "déploré",
                "noté", "averti", "prévenu", "reconnu", "admis", "écrit", "tweeté", "annoncé", "jugé", "commenté",
                "observé", "relevé", "rappelé", "conclu", "résumé", "plaidé", "protesté", "regretté", "dénoncé",
                "déclare", "dit", "ajoute", "affirme", "explique", "indique", "souligne", "estime", "précise",
                "poursuit", "assure", "lance", "confie", "répond", "raconte", "martèle", "insiste", "déplore",
                "selon", "déclarait", "disait", "ajoutait"}


def finite_verb_after_clitic(tokens: list[Token], i: int) -> bool:
    """le/la at ``i`` is an object clitic before a verb the lexicon does not know: "la forçant",
    "ne le découragea pas", "Simonds la poussa" (after ne, a subject or with -ant; "la" before an
    unknown word elsewhere may be an article)."""
    from ..nlp.lexicon import get_lexicon
    following = tokens[i + 1]
    if not following.is_word or not following.text.islower() or get_lexicon().analyses(following.text):
        return False
    before = tokens[i - 1] if i > 0 else None
    lower = following.lower
    if len(lower) > 5 and (lower.endswith(_FINITE_ENDINGS) or lower.endswith("ent") and not lower.endswith("ment")):
        return True  # "Certaines sources le décrivent": no noun the lexicon lacks ends so
    if before is not None and before.text.islower() and lower.endswith(("it", "a", "ut")) and len(lower) > 4 \
            and (analyses := get_lexicon().analyses(before.text)) and all(e.pos == "NOUN" for e in analyses) \
            and i > 1 and tokens[i - 2].lower in ("la", "le", "l'", "l’", "les", "sa", "son"):
        return True  # "La police le suivit": a subject noun, the clitic, a verb in the past
    return lower.endswith("ant") and len(lower) > 4 or before is not None and (
        before.lower in ("ne", "n'", "n’", "il", "elle", "on", "ils", "elles", "qui")
        or before.text[:1].isupper() and not get_lexicon().analyses(before.text))


def is_infinitive_form(lower: str) -> bool:
    return len(lower) > 3 and lower.endswith(("er", "ir", "re", "oir"))


def is_noun(lower: str) -> bool:
    """"pour le pouvoir": the lexicon knows the word as a noun (it holds no infinitives)."""
    from ..nlp.lexicon import get_lexicon
    return any(e.pos == "NOUN" for e in get_lexicon().analyses(lower))


def participle_gender(word: str) -> str | None:
    """'m'/'f' of a singular past participle (félicité / félicitée); None when it shows neither."""
    from ..nlp.lexicon import get_lexicon
    if any(e.participle and e.number == "p" for e in get_lexicon().analyses(word)):
        return None
    return word_gender(word, ("VERB",))


def has_speech_verb(text: str) -> bool:
    return any(t.lower in SPEECH_VERBS for t in tokenize(text))
