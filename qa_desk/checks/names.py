"""Names of people, places and organisations: each one in the source must be rendered in the target.

A name is a word the English analysis does not read as a function word (a pronoun, a
determiner, "He", "No", "As"), that is not an ordinary English word capitalised by a headline
or a sentence start ("Program", "Women"), nor a month, a day, a title or a nationality.
It is rendered when the French has it by any convention: an exonym or acronym of the tables
(resources/names/variants.tsv, and CLDR's countries, regions and cities in cldr_places.tsv:
Geneva/Genève, Pilsen/Plzeň, NATO/OTAN), a transliteration by French habits
(Tymoshenko/Timochenko, Yanukovych/Ianoukovitch), its letters without their accents
(Paclík/Paclik), a plural, or an initial for a first name. A French word one slip away from a
name (Kinkel/Kinkle) is a misspelling; a name with no rendering at all is missing. A person's
name spelled two ways in one document is a minor inconsistency.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import NamedTuple

from ..nlp.english_common import is_common_english
from ..nlp.name_match import folded, near_miss, renders
from ..nlp.name_variants import load_variants, norm
from ..nlp.numbers_parse import MONTHS_EN
from ..nlp.tokens import fold as _fold_uncached
from ..nlp.tokens import tokenize
from ..paths import resource_path
from .registry import CheckContext, register_check

fold = lru_cache(maxsize=100_000)(_fold_uncached)

_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_TITLES = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "lt", "col", "sgt", "rev", "sen", "rep", "gov",
           "sir", "lord", "lady", "dame", "king", "queen", "prince", "princess", "pope", "saint", "capt", "cpl",
           "maj", "adm", "brig", "pte", "pvt", "cmdr", "insp", "supt", "det", "mme", "mlle", "herr", "frau"}
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
reporters editors correspondent rector dean professor lieutenant sergeant captain colonel major admiral marshal
corporal private commissioner inspector superintendent detective chancellor premier commissioner mp mep
""".split())
_DEMONYM_EXTRA = {"soviet", "european", "western", "eastern", "northern", "southern", "arab", "african", "asian",
                  "latin", "nordic", "baltic", "slavic", "islamic", "jewish", "muslim", "christian", "catholic",
                  "protestant", "orthodox", "sunni", "shia", "shiite", "kurdish", "american", "american-led",
                  "anglo", "transatlantic", "atlantic", "pacific", "democrat", "democrats", "republicans",
                  "islamist", "islamists", "moorish", "saxon", "anglo-saxon", "balkan", "scandinavian", "germanic",
                  "hispanic", "latino", "iberian", "caucasian", "gallic", "celtic", "roman", "byzantine",
                  "ottoman", "habsburg", "colonial", "imperial", "bolshevik", "marxist", "stalinist", "nazi",
                  "nazis", "fascist", "zionist", "jihadist", "jihadists", "salafist", "pro-european", "eurosceptic"}
_FUNCTION_POS = {"PRON", "DET", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "INTJ", "NUM", "PUNCT", "SYM"}
_SENTENCE_OPENERS = {".", "!", "?", ":", ";", "(", '"', "“", "«", "'", "‘", "-", "–", "—", "[", "…"}
_CONNECTORS = {"de", "al", "bin", "ibn", "van", "von", "der", "den", "la", "le", "du", "da", "di", "dos", "del",
               "el", "ter", "zu", "abu", "bint"}
_POSSESSIVE = re.compile(r"['’]s?$")
_INITIAL = re.compile(r"^[A-ZÀ-Ý]\.?$")
# A function word with nothing after it, or a courtesy title without its name: a word was lost there.
_GAP = re.compile(
    r"(?<![\w'’-])(?:(?:de|du|des|à|au|aux|en|par|pour|sur|dans|avec|chez|vers|entre|la|le|les|un|une|der|von|van)"
    r"(?=[ \u00a0]*(?:[.,;:)!?]|$)|[ \u00a0]+(?:a|ont|est|sont|et|s['’]attend\w*)(?![\w'’-]))"
    r"|(?i:le|la|un|une)[ \u00a0]+(?:a|ont|en|à|par|pour|sur|dans|avec|et)(?![\w'’-])"
    r"|(?:M\.|Mme|Mlle|Dr|Me)[ \u00a0]+(?=[a-zà-ÿ]|[.,;:]|s['’]))"
    r"|(?<![\w'’])[ldLD]['’](?:[ \u00a0]+(?=[a-zà-ÿ])|[ \u00a0]*(?=[.,;:]|$))")
# French words that stand for a place, a body or a person already named: "dans mon pays" for Spain.
_STAND_INS = {
    "country": ("pays", "etat", "etats", "nation", "nations", "patrie", "royaume", "republique", "territoire"),
    "region": ("region", "regions", "province", "zone", "territoire", "continent", "pays"),
    "city": ("ville", "capitale", "cite", "metropole", "commune"),
    "org": ("organisation", "institution", "institutions", "union", "communaute", "agence", "conseil",
            "commission", "cour", "banque", "entreprise", "societe", "groupe", "parti", "alliance", "tribunal"),
    "any": ("celle-ci", "celui-ci", "ceux-ci", "celles-ci", "derniere", "dernier", "derniers", "dernieres"),
}


@lru_cache(maxsize=1)
def _treebank_words() -> frozenset:
    path = resource_path("english", "common_words.txt")
    return frozenset(w for w in path.read_text(encoding="utf-8").split("\n") if w and w[0] != "#")


@lru_cache(maxsize=50_000)
def is_ordinary(word: str) -> bool:
    """An ordinary English word, whatever its capital: 'Program', 'Women', 'Presidential'."""
    low = word.lower()
    if is_common_english(word) or low in _treebank_words():
        return True
    return any(low.endswith(s) and low[:-len(s)] in _treebank_words() for s in ("s", "es"))


def _demonyms() -> set[str]:
    from ..nlp.name_variants import _adjectives
    return {fold(a) for forms in _adjectives().values() for a in forms[-1:]} | _DEMONYM_EXTRA


_DEMONYM_CACHE: set[str] = set()


def _is_demonym(word: str, table) -> bool:
    if not _DEMONYM_CACHE:
        _DEMONYM_CACHE.update(_demonyms())
    low = fold(word)
    if low in _DEMONYM_CACHE or low.rstrip("s") in _DEMONYM_CACHE:
        return True
    for part in low.split("-"):  # German-Turkish, Franco-German
        if part in _DEMONYM_CACHE:
            return True
    # Crimean, Syrian, Kosovan: adjective of a listed place
    for cut in (1, 2, 3):
        if low.endswith(("an", "ian", "ean", "ese", "ish", "ans", "ians")) and low[:-cut] in table.forms:
            return True
    return False


def _never_a_name(word: str, table) -> bool:
    low = fold(word)
    return (low in _COMMON or low in _DAYS or low in MONTHS_EN or low.rstrip(".") in _TITLES
            or _is_demonym(word, table) or len(low) < 2)


def _heading(text: str) -> bool:
    """An all-capitals or title-case headline: its capitals say nothing about names."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 3 and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        return True
    words = [w for w in re.findall(r"[^\W\d_]{4,}", text)]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words) \
        and not text.rstrip().endswith((".", "?", "!", '"'))


@lru_cache(maxsize=4096)
def _is_first_name(word: str) -> bool:
    """A common first name (at least 1,000 US births) that is not an ordinary word: Ned, Angela."""
    from ..nlp.names import _lookup

    if is_common_english(word) or word.isupper():
        return False
    found = _lookup(word)
    return bool(found) and (found[1][0] + found[1][1] >= 1000 or found[1][2] in ("m", "f"))


class SourceName(NamedTuple):
    start: int
    end: int
    text: str
    accepted: frozenset  # forms of the variant tables (empty for other names)
    words: tuple  # the words to find in the French, first name(s) first, surname or head last
    sure: bool  # a name for certain: its absence from the French is reported
    person: bool  # First Last
    kind: str = ""  # the table's kind (country, city, org...), "person", or ""


def _known_names(texts) -> set[str]:
    """Words the document capitalises mid-sentence in its body (used as names elsewhere)."""
    known, openers = set(), {}
    for text in texts:
        if _heading(text) or not text.rstrip().rstrip('"”»\')’ ').endswith((".", "?", "!", ":", ";")):
            continue  # headlines capitalise words that are no names
        tokens = tokenize(text, split_inversions=False)
        if tokens and tokens[0].is_word and tokens[0].text[:1].isupper():
            first = fold(_POSSESSIVE.sub("", tokens[0].text))
            openers[first] = openers.get(first, 0) + 1
            if openers[first] >= 2 and not is_ordinary(tokens[0].text):
                known.add(first)  # "Ryabkov said ... Ryabkov repeated": a name the document keeps opening with
        for n, token in enumerate(tokens):
            if n and token.is_word and token.text[:1].isupper() and tokens[n - 1].text not in _SENTENCE_OPENERS:
                known.add(fold(_POSSESSIVE.sub("", token.text)))
    return known


def _table_match(doc, i: int, table):
    """(tokens, phrase) of the longest variant-table name starting at token i."""
    first = norm(doc[i].text)
    if not first or first.split(" ")[0] not in table.first_words:
        return None
    for size in range(min(table.max_words + 2, len(doc) - i), 0, -1):
        span = doc[i:i + size]
        phrase = _POSSESSIVE.sub("", span.text)
        if span[-1].is_punct:
            continue
        key = norm(phrase)
        if key in table.forms and not (table.cased.get(key) and not phrase.replace(".", "").isupper()):
            return size, span.start_char, span.start_char + len(phrase), phrase
    return None


def _opener(doc, i: int) -> bool:
    return i == 0 or doc[i - 1].text in _SENTENCE_OPENERS or doc[i - 1].text in ("'", '"')


def names_in(doc, table, known: set[str]) -> list[SourceName]:
    """The names of one parsed English segment."""
    heading = _heading(doc.text)
    out = []
    i, n = 0, len(doc)
    while i < n:
        token = doc[i]
        if not token.text[:1].isupper() or not token.text[:1].isalpha():
            i += 1
            continue
        matched = _table_match(doc, i, table)
        if matched:
            size, start, end, phrase = matched
            kind = table.kind.get(norm(phrase), "")
            out.append(SourceName(start, end, phrase, frozenset(table.accepted(phrase)), (phrase,), True,
                                  kind in ("person", "first-name"), kind))
            i += size
            continue
        group = [i]  # consecutive capitalised words (and connectors): "Herman Van Rompuy", "Abu Bakr al-Baghdadi"
        j = i + 1
        while j < n and doc[j - 1].whitespace_:
            word = doc[j].text
            capital = word[:1].isupper() and word[:1].isalpha()
            after = j + 1
            while after < n and doc[after].text.lower() in _CONNECTORS:
                after += 1  # "von der Leyen", "bin Abdul"
            connector = word.lower() in _CONNECTORS and after < n and doc[after].text[:1].isupper()
            if not (capital or connector) or _table_match(doc, j, table):
                break
            group.append(j)
            j += 1
        name = _group_name(doc, group, table, known, heading)
        if name is not None:
            out.append(name)
        i = j
    return out


def _group_name(doc, group: list[int], table, known, heading: bool) -> SourceName | None:
    """A SourceName for capitalised tokens, or None when none of them is a name."""
    tokens = [doc[k] for k in group if doc[k].text.lower() not in _CONNECTORS or doc[k].text[:1].isupper()]
    words = [_POSSESSIVE.sub("", t.text) for t in tokens]
    named = [w for w in words if not _never_a_name(w, table)]  # "President Christine Lagarde": from Christine
    first_last = len(named) >= 2 and _is_first_name(named[0]) and not any(fold(w) in _COMMON for w in named[1:])
    before = doc[tokens[0].i - 1] if tokens[0].i else None
    person = first_last or any(t.ent_type_ == "PER" for t in tokens) or (
        before is not None and fold(before.text).rstrip(".") in _TITLES)
    kept, sure = [], False
    for token, word in zip(tokens, words):
        if _never_a_name(word, table) or token.pos_ in _FUNCTION_POS or ("." in word and not word.isupper()):
            continue
        ordinary = is_ordinary(word)
        acronym = word.isupper() and len(word) >= 2
        if ordinary and not (first_last or fold(word) in known and not _opener(doc, token.i) and not heading):
            continue  # "Strategy", "Museum": an ordinary word with a capital
        if _opener(doc, token.i) and fold(word) not in known and (ordinary or token.pos_ in ("ADV", "VERB", "ADJ")
                                                               or (len(tokens) == 1 and not _is_first_name(word))):
            continue  # a sentence's first word is a name only when the document uses it as one ("Turnout reached")
        if heading and (ordinary or fold(word) not in known and (token.pos_ != "PROPN" or doc.text.isupper())):
            continue  # a headline's capitals: only names the document uses elsewhere, or the parse's
        kept.append(word)
        if not acronym and not ordinary and len(word) >= 3:
            sure = True
    if not kept:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(words[-1])
    return SourceName(start, end, " ".join(kept), frozenset(), tuple(kept), sure and not heading, person,
                      "person" if person else "")


class _Target:
    """The target segment's words, for the lookups."""

    def __init__(self, text: str):
        self.text = text
        self.padded = f" {norm(text)} "
        self.tokens = []  # (word, token): hyphenated and elided words split too, "JP Morgan" joined
        previous = None
        for token in tokenize(text, split_inversions=False):
            if not token.is_word:
                previous = None
                continue
            self.tokens.append((token.text, token))
            for part in re.split(r"[-'’]", token.text):
                if part and part != token.text:
                    self.tokens.append((part, token))
            if previous is not None and previous.text[:1].isupper() and token.text[:1].isupper():
                self.tokens.append((previous.text + token.text, token))
            previous = token
        self.capitalised = [(w, t) for w, t in self.tokens if w[:1].isupper()]
        self.folded = [folded(w) for w, _ in self.tokens]

    def has(self, form: str) -> bool:
        return f" {form} " in self.padded

    def has_stem(self, form: str) -> bool:
        """A word of the French derives from this one-word form: "monténégrins" from "Monténégro"."""
        stem = form[:max(5, len(form) - 2)]
        return " " not in form and len(form) >= 5 and any(w.startswith(stem) for w in self.folded)

    def rendering(self, word: str):
        """(French word, its token) rendering this source word, or None."""
        for w, token in self.tokens:
            if renders(word, w):
                return w, token
        return None

    def slip(self, word: str):
        """A capitalised target token one slip away from the source word (not a French word), or None."""
        from ..nlp.lexicon import get_lexicon

        for w, token in self.capitalised:
            if near_miss(word, w) and not get_lexicon().analyses(w.lower()):
                return token
        return None

    @property
    def gap(self) -> bool:
        """The French has a hole where a word was: "a déclaré à ,", "la cotation de a été", "Mme s'est"."""
        return bool(_GAP.search(self.text))

    def stands_in(self, kind: str) -> bool:
        """The French names the thing by what it is ("dans mon pays", "cette dernière")."""
        words = _STAND_INS.get(kind, ()) + _STAND_INS["any"]
        return any(folded(w) in words for w, _ in self.tokens)

    def initial(self, word: str) -> bool:
        return any(_INITIAL.match(w) and w[0] == word[0].upper() for w, _ in self.tokens if len(w) <= 2)


@lru_cache(maxsize=100_000)
def _target(text: str) -> _Target:
    """Targets are re-read on every re-check: a segment whose text did not change is not re-indexed."""
    return _Target(text)


class SourceNames:
    """The source's names, found once: they depend on the source alone, so a review session keeps
    them across edits of the translation (``depends_on_target = False``)."""

    depends_on_target = False
    depends_on_people = False

    def __init__(self, ctx: CheckContext, table):
        from ..people.english import parse_all

        self.table = table
        self.with_cast = "people" in ctx.analyses
        texts = [seg.source.text for seg in ctx.document.segments if seg.source.text.strip()]
        self.known = _known_names(texts)
        self._by_text: dict[str, list] = {}
        self._segments = list(ctx.document.segments)
        self._index = {seg.id: n for n, seg in enumerate(self._segments)}
        self._order = None
        for text, doc in zip(texts, parse_all(texts)):
            if text not in self._by_text:
                self._by_text[text] = names_in(doc, table, self.known)

    def first_mention(self, seg, name: SourceName) -> bool:
        """No earlier segment's source has this name's last word."""
        if self._order is None:
            self._order = {}
            for n, other in enumerate(self._segments):
                for found in self.names_of(other.source.text):
                    if found.words:
                        self._order.setdefault(folded(found.words[-1]), n)
        position = self._index.get(seg.id, 0)
        return self._order.get(folded(name.words[-1]), position) >= position

    def names_of(self, text: str) -> list[SourceName]:
        if text not in self._by_text:
            from ..people.english import parse

            self._by_text[text] = names_in(parse(text), self.table, self.known)
        return self._by_text[text]


def source_names(text: str, table, known: set[str]):
    """(start, end, name, accepted, sure) for each name in an English text."""
    from ..people.english import parse

    for name in names_in(parse(text), table, known):
        yield name.start, name.end, name.text, set(name.accepted) or list(name.words), name.sure


@register_check("names", category="Accuracy/Mistranslation", severity="major")
def names(ctx: CheckContext):
    """Name missing from the translation or spelled differently.

    Example: the source names "Sergei Ryabkov" and "Geneva"; the translation says
    "Sergueï Riabkov" and "Genève" (accepted) but drops "Ned Price": "Price" is flagged.
    "Klaus Kinkle" for "Klaus Kinkel" is flagged as a misspelling, with "Kinkel" as the
    suggestion; a person spelled "Ryabkov" in one sentence and "Riabkov" in another is a
    minor inconsistency, with the document's usual spelling as the suggestion.
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
        for name in source.names_of(seg.source.text):
            if name.accepted:
                yield from _check_table_name(ctx, seg, name, target, source.first_mention(seg, name))
                continue
            yield from _check_words(ctx, seg, name, target, spellings, source.first_mention(seg, name))
    yield from _inconsistent(ctx, spellings)


def _check_table_name(ctx, seg, name: SourceName, target: _Target, first: bool):
    """A name of the tables: one of its accepted forms (or a word derived from one) must be there."""
    if any(target.has(form) for form in name.accepted):
        return
    if not target.gap and any(target.has_stem(form) for form in name.accepted):
        return  # a word derived from it: "monténégrins" for Montenegro
    distinctive = [w for w in name.text.split() if not _never_a_name(w, load_variants())]
    rendered = [w for w in distinctive if target.rendering(w)]
    if rendered and len(rendered) == len(distinctive):
        return  # every word of the name kept as it is ("Wall Street")
    if len(name.text.split()) > 1 and rendered:
        first = True  # part of it is there: "Buenos" for Buenos Aires
    for form in sorted(name.accepted):
        slip = target.slip(form) if " " not in form else None
        if slip is not None:
            yield ctx.issue("names", seg, slip.start, slip.end,
                            f"'{slip.text}' looks like a misspelling of '{name.text}' (accepted: "
                            f"{', '.join(sorted(name.accepted)[:4])}).")
            return
    if name.sure and not _heading(seg.source.text) and (first and not target.stands_in(name.kind) or target.gap):
        yield ctx.issue("names", seg, 0, 0,
                        f"'{name.text}' from the source is missing from the translation "
                        f"(accepted: {', '.join(sorted(name.accepted)[:4])}).")


def _check_words(ctx, seg, name: SourceName, target: _Target, spellings, first: bool):
    """Issues for one name of the source: each word misspelt, or the whole name missing.

    Missing is said of a person's name at its first mention in the document (later, the French
    may say "il" or "le ministre"), or when the French keeps part of a name and drops its last word
    ("Christine" for Christine Lagarde, "Buenos" for Buenos Aires).
    """
    head = name.words[-1]
    missing_head, rendered = False, 0
    for k, word in enumerate(name.words):
        found = target.rendering(word)
        if found is not None:
            rendered += 1
            if k == len(name.words) - 1 and not word.isupper():
                spellings[folded(word)].append((seg, found))
            continue
        slip = target.slip(word)
        if slip is not None:
            yield ctx.issue("names", seg, slip.start, slip.end,
                            f"'{slip.text}' is spelled '{word}' in the source.", suggestions=[word])
            continue
        if (k < len(name.words) - 1 or _is_first_name(word)) and target.initial(word):
            continue  # a first name as an initial: "J.-C. Juncker", "P.K. Subban"
        if k < len(name.words) - 1 and name.person:
            continue  # a first name left out before the surname
        if word == head:
            missing_head = True
    partial = rendered and not is_ordinary(head)  # "Buffett" dropped from "Warren Buffett", not "Museum"
    if missing_head and name.sure and (name.person and first or partial or target.gap) \
            and not target.has_stem(folded(head)):
        yield ctx.issue("names", seg, 0, 0,
                        f"'{name.text}' from the source is missing or spelled differently in the translation.")


def _inconsistent(ctx: CheckContext, spellings: dict[str, list]):
    """A name spelled two ways in the target: the minority spelling is a minor issue."""
    for _, uses in spellings.items():
        counts = Counter(word for _, (word, _) in uses)
        if len(counts) < 2:
            continue
        usual = counts.most_common(1)[0][0]
        for seg, (word, token) in uses:
            if folded(word).rstrip("s") != folded(usual).rstrip("s"):
                start = token.start + max(0, token.text.find(word))
                yield ctx.issue("names", seg, start, start + len(word),
                                f"'{word}' is spelled '{usual}' elsewhere in this translation.",
                                suggestions=[usual], severity="minor")
