"""Names of people, places and organisations: each one in the source must be in the target.

Accepted: the same name, an exonym or acronym from resources/names/variants.tsv
(Geneva/Genève, NATO/OTAN), a standard transliteration (Ryabkov/Riabkov) or a
one-letter slip on a long name; a person's name spelled two ways in one document
is a minor inconsistency.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from ..nlp.english_common import is_common_english
from ..nlp.name_variants import edit_distance, load_variants, norm, translit_key
from ..nlp.numbers_parse import MONTHS_EN
from ..nlp.tokens import fold as _fold_uncached
from ..nlp.tokens import tokenize
from .registry import CheckContext, register_check

fold = lru_cache(maxsize=100_000)(_fold_uncached)

_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_TITLES = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "lt", "col", "sgt", "rev", "sen", "rep", "gov",
           "sir", "lord", "lady", "dame", "king", "queen", "prince", "princess", "pope", "saint"}
# Capitalised in English titles and bodies, translated as ordinary words in French.
_COMMON = set("""
a an the of for and in on at to by with from de la le du des del der von van al el bin
president vice deputy prime minister ministers secretary general chief executive director chairman chairwoman
chair governor mayor ambassador spokesman spokeswoman spokesperson commander head leader senator representative
foreign interior defense defence finance economy economic trade health justice home affairs state states united
department ministry office council committee commission union party army navy air force forces guard bank court
house senate congress parliament assembly agency service services university institute center centre foundation
association federation republic kingdom nations national international european central federal supreme high
security cooperation co-operation development world global north south east west northern southern eastern
western middle far near new old great upper lower cold war treaty pact alliance agreement accord summit conference
talks forum group games cup league championship street avenue square palace hall airport station river lake sea
ocean gulf bay island islands mountain mountains valley province region county district city town peninsula strait
canal organization organisation administration government authority authorities police military intelligence
democratic republican conservative labour liberal green socialist communist people peoples popular royal
first second third fourth fifth day week year month news press media times post journal daily report reporting
writing editing additional photo video breaking update exclusive analysis factbox timeline explainer insight
god internet web online digital nuclear energy oil gas climate covid coronavirus pandemic
reporters editors correspondent
""".split())
_DEMONYM_EXTRA = {"soviet", "european", "western", "eastern", "northern", "southern", "arab", "african", "asian",
                  "latin", "nordic", "baltic", "slavic", "islamic", "jewish", "muslim", "christian", "catholic",
                  "protestant", "orthodox", "sunni", "shia", "shiite", "kurdish", "american", "american-led",
                  "anglo", "transatlantic", "atlantic", "pacific", "democrat", "democrats", "republicans"}
_SENTENCE_OPENERS = {".", "!", "?", ":", ";", "(", '"', "“", "«", "'", "‘", "-", "–", "—", "[", "…"}
_CONNECTORS = {"of", "de", "al", "bin", "van", "von", "der", "la", "le", "du", "da", "di", "dos", "el", "y"}
_POSSESSIVE = re.compile(r"['’]s?$")


def _demonyms() -> set[str]:
    from ..nlp.name_variants import _adjectives
    return {fold(a) for forms in _adjectives().values() for a in forms[-1:]} | _DEMONYM_EXTRA


_DEMONYM_CACHE: set[str] = set()


def _is_demonym(word: str, table) -> bool:
    if not _DEMONYM_CACHE:
        _DEMONYM_CACHE.update(_demonyms())
    low = fold(word)
    if low in _DEMONYM_CACHE:
        return True
    # Crimean, Syrian, Kosovan: adjective of a listed place
    for cut in (1, 2, 3):
        if low.endswith(("an", "ian", "ean", "ese")) and low[:-cut] in table.forms:
            return True
    return False


def _skippable(word: str, table) -> bool:
    low = fold(word)
    return (low in _COMMON or low in _DAYS or low in MONTHS_EN or low.rstrip(".") in _TITLES
            or _is_demonym(word, table) or len(low) < 2)


def _heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


@lru_cache(maxsize=50_000)
def _translit(word: str) -> str:
    return translit_key(word)


@lru_cache(maxsize=100_000)
def _target(text: str) -> "_Target":
    """Targets are re-read on every re-check: a segment whose text did not change is not re-indexed."""
    return _Target(text)


class _Target:
    """The target segment, normalised once for the lookups."""

    def __init__(self, text: str):
        self.text = text
        self.padded = f" {norm(text)} "
        self.words = {}
        for token in tokenize(text, split_inversions=False):
            if token.is_word:
                for part in [token.text] + token.text.split("-"):
                    self.words.setdefault(fold(part), token)
        self._keys = None

    @property
    def keys(self):
        if self._keys is None:
            self._keys = {_translit(w): t for w, t in self.words.items() if len(w) >= 4}
        return self._keys

    def has(self, form: str) -> bool:
        return f" {form} " in self.padded

    def find(self, name: str):
        """(how, token or None): exact / variant / fuzzy match of one source word, or (None, None)."""
        folded = fold(name)
        if folded in self.words:
            return "exact", self.words[folded]
        key = _translit(folded)
        if len(folded) >= 4 and key in self.keys:
            return "variant", self.keys[key]
        if len(folded) >= 6:
            for word, token in self.words.items():
                if word[:1] == folded[:1] and token.text[:1].isupper() and edit_distance(word, folded, 1) <= 1:
                    return "variant", token
        return None, None


@lru_cache(maxsize=4096)
def _is_first_name(word: str) -> bool:
    """A common first name (at least 1,000 US births) that is not an ordinary word: Ned, Angela."""
    from ..nlp.names import _lookup

    if is_common_english(word) or word.isupper():
        return False
    found = _lookup(word)
    return bool(found) and (found[1][0] + found[1][1] >= 1000 or found[1][2] in ("m", "f"))


def _cast_person(person) -> bool:
    """A cast entry that is surely a person: a pronoun, title or role noun in the source, or a first
    name followed by no ordinary word (the cast may hold "Free Democrats", "York Stock Exchange")."""
    words = person.name.split()
    if not words or any(fold(w) in _COMMON for w in words):
        return False
    if any(e.kind in ("pronoun", "title", "noun") and e.side == "source" for e in getattr(person, "evidence", ())):
        return True  # "he said", "Mr", "spokeswoman": a person, whatever the words of the name
    return _is_first_name(words[0]) and not any(is_common_english(w) for w in words[1:])


def _persons(ctx: CheckContext, table, known: set[str]) -> frozenset:
    """Surnames of the document's people: the cast's, and the last word of 'First Last' names."""
    persons = set()
    cast = ctx.analyses.get("people")
    for person in getattr(cast, "people", ()):
        if _cast_person(person):
            persons.update(fold(w) for w in person.name.split()[1:] or person.name.split())
    for seg in ctx.document.segments:
        for _, _, _, words, _ in source_names(seg.source.text, table, known):
            if isinstance(words, list) and len(words) >= 2 and _is_first_name(words[0]) \
                    and not any(fold(w) in _COMMON for w in words[1:]):
                persons.add(fold(words[-1]))
    return frozenset(persons)


def _known_names(ctx: CheckContext) -> set[str]:
    """Words the document uses as names: the cast's names, capitalised words met mid-sentence."""
    known = set()
    cast = ctx.analyses.get("people")  # used when the people checks built it; not worth building here
    for person in getattr(cast, "people", ()):
        if _cast_person(person):
            known.update(fold(w) for w in person.name.split())
    for seg in ctx.document.segments:
        tokens = tokenize(seg.source.text, split_inversions=False)
        for n, token in enumerate(tokens):
            if n and token.is_word and token.text[:1].isupper() and tokens[n - 1].text not in _SENTENCE_OPENERS:
                known.add(fold(_POSSESSIVE.sub("", token.text)))
    return known


def _table_match(text: str, tokens, n: int, table):
    """(number of tokens, phrase) of the longest variant-table name starting at token n."""
    first = norm(tokens[n].text)
    if not first or first.split(" ")[0] not in table.first_words:
        return None
    for size in range(min(table.max_words, len(tokens) - n), 0, -1):
        last = tokens[n + size - 1]
        if not last.is_word:
            continue
        phrase = _POSSESSIVE.sub("", text[tokens[n].start:last.end])
        if norm(phrase) in table.forms:
            return size, phrase
    return None


def source_names(text: str, table, known: set[str], persons: frozenset = frozenset()):
    """(start, end, name, accepted, sure) for each name in an English segment.

    ``accepted`` is the set of target forms for a name in the variant table, else the
    list of the name's words (the last one, surname or head word, must be in the target).
    ``sure`` is False for a sentence's first word not used as a name elsewhere ("Despite")
    and for an ordinary English word that is not a person's name ("Moon", "Greens").
    """
    tokens = tokenize(text, split_inversions=False)
    heading = _heading(text)
    n = 0
    while n < len(tokens):
        token = tokens[n]
        if not token.is_word or not token.text[:1].isupper():
            n += 1
            continue
        matched = _table_match(text, tokens, n, table)
        if matched:
            size, phrase = matched
            yield token.start, token.start + len(phrase), phrase, table.accepted(phrase), True
            n += size
            continue
        group = []  # consecutive name words: "Ned Price", "Denis Balibouse"
        m = n
        while m < len(tokens) and tokens[m].is_word and tokens[m].text[:1].isupper() \
                and (m == n or not text[tokens[m - 1].end:tokens[m].start].strip()) \
                and not (m > n and _table_match(text, tokens, m, table)):
            word = _POSSESSIVE.sub("", tokens[m].text)
            opener = m == 0 or tokens[m - 1].text in _SENTENCE_OPENERS
            if not (heading or _skippable(word, table) or ("." in word and not word.isupper()) or len(word) <= 1):
                group.append((tokens[m].start, tokens[m].start + len(word), word, opener))
            if _POSSESSIVE.search(tokens[m].text) and tokens[m].text[-1:] in "s'’":
                m += 1
                break
            m += 1
        if group:
            words = [g[2] for g in group]
            person = len(words) >= 2 and _is_first_name(words[0]) and not any(fold(w) in _COMMON for w in words[1:])
            head, opener = words[-1], group[-1][3]
            # a name for sure: not a sentence's first word unless used as a name elsewhere ("Despite"),
            # and not an ordinary English word ("the Moon") unless it is a person's ("Ned Price")
            sure = (not opener or fold(head) in known) and (person or fold(head) in persons
                                                             or not is_common_english(head))
            yield group[0][0], group[-1][1], " ".join(words), words, sure
        n = max(m, n + 1)


class SourceNames:
    """The source's names, found once: they depend on the source alone, so a review session keeps
    them across edits of the translation (``depends_on_target = False``)."""

    depends_on_target = False
    depends_on_people = False

    def __init__(self, ctx: CheckContext, table):
        self.table = table
        self.with_cast = "people" in ctx.analyses
        self.known = _known_names(ctx)
        self.persons = _persons(ctx, table, self.known)
        self._by_text: dict[str, list] = {}

    def names_in(self, text: str) -> list:
        if text not in self._by_text:
            self._by_text[text] = list(source_names(text, self.table, self.known, self.persons))
        return self._by_text[text]


@register_check("names", category="Accuracy/Mistranslation", severity="major")
def names(ctx: CheckContext):
    """Name missing from the translation or spelled differently.

    Example: the source names "Sergei Ryabkov" and "Geneva"; the translation says
    "Sergueï Riabkov" and "Genève" (accepted) but drops "Ned Price": "Price" is flagged.
    A person spelled "Ryabkov" in one sentence and "Riabkov" in another is a minor
    inconsistency, with the document's usual spelling as the suggestion.
    """
    table = load_variants()
    source = ctx.analyses.get("names-source")
    if source is None or source.with_cast != ("people" in ctx.analyses):
        source = ctx.analyses["names-source"] = SourceNames(ctx, table)
    spellings: dict[str, list] = defaultdict(list)  # source name -> [(segment, token)]
    for seg in ctx.document.segments:
        if not seg.source.text.strip() or not seg.target_text.strip():
            continue  # an omission is reported once, by the omission check
        target = _target(seg.target_text)
        for start, end, name, accepted, sure in source.names_in(seg.source.text):
            if isinstance(accepted, set):
                if not any(target.has(form) for form in accepted):
                    yield ctx.issue("names", seg, 0, 0,
                                    f"'{name}' from the source is missing from the translation "
                                    f"(accepted: {', '.join(sorted(accepted)[:4])}).")
                continue
            head = accepted[-1]
            how, token = target.find(head)
            if not sure:  # "Ryabkov said...": a name only if the target has it as one, mid-sentence
                if how is None or token.start == 0 or not token.text[:1].isupper():
                    continue
            if how is None:
                yield ctx.issue("names", seg, 0, 0,
                                f"'{name}' from the source is missing or spelled differently in the translation.")
            elif token is not None and not head.isupper():
                spellings[fold(head)].append((seg, token))
    yield from _inconsistent(ctx, spellings)


def _inconsistent(ctx: CheckContext, spellings: dict[str, list]):
    """A name spelled two ways in the target: the minority spelling is a minor issue."""
    for _, uses in spellings.items():
        counts = Counter(token.text for _, token in uses)
        if len(counts) < 2:
            continue
        usual = counts.most_common(1)[0][0]
        for seg, token in uses:
            if token.text != usual:
                yield ctx.issue("names", seg, token.start, token.end,
                                f"'{token.text}' is spelled '{usual}' elsewhere in this translation.",
                                suggestions=[usual], severity="minor")
