"""The cast of a document: every person it mentions, with a gender and the evidence for it.

Evidence comes first from the English source (titles, gendered nouns,
pronouns resolved to the person, first names), then, only where the source is
silent, from the French (titles and agreement across the article). Conflicting
evidence is kept and reported, never silently resolved.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..model import Evidence

FEMALE, MALE, UNKNOWN = "female", "male", "unknown"
SHORT = {"f": FEMALE, "m": MALE, FEMALE: FEMALE, MALE: MALE}

# How much one piece of evidence weighs, by kind.
WEIGHTS = {
    "user": 100.0,
    "title": 4.0,  # Mr, Ms, Mrs in the source
    "noun": 3.0,  # spokeswoman, actress, chairman
    "pronoun": 2.0,  # he/she resolved to the person without ambiguity
    "pronoun-weak": 0.75,  # resolved, but another person was in view
    "context": 0.75,
    "pronoun-ambiguous": 0.3,  # shown as evidence, never decides  # a description no one introduced, when everyone in view has one gender
    "first-name": 1.5,  # scaled by the name's confidence
    "surname": 1.2,  # a surname of one sex (Novotná, Kowalska, Smirnova; Kowalski, Ivanov)
    "french-title": 0.5,  # M./Mme in the translation (may be the error itself)
    "french-agreement": 0.3,
}
SOURCE_KINDS = {"title", "noun", "pronoun", "pronoun-weak", "context", "first-name", "surname", "user"}
# Evidence ranked: the first tier with any evidence decides (Person.decide).
TIERS = ({"user"}, {"title", "noun"}, {"pronoun", "pronoun-weak"}, {"context"}, {"first-name", "surname"},
         {"french-title", "french-agreement"})


@dataclass
class Mention:
    """Where a person is named or referred to, in the source or the target."""

    person: str  # Person.key
    segment: str
    side: str  # source or target
    start: int
    end: int
    text: str
    kind: str  # name, surname, title, role, pronoun


@dataclass
class Person:
    key: str  # surname as written in the source, the person's stable id
    name: str  # fullest name seen
    first_name: str = ""
    surname: str = ""
    nationality: set[str] = field(default_factory=set)  # English adjectives, lower case
    roles: set[str] = field(default_factory=set)  # English role nouns, lower case
    evidence: list[Evidence] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)  # one per evidence
    mentions: list[Mention] = field(default_factory=list)
    gender: str = UNKNOWN
    conflict: bool = False
    override: str = ""  # gender set by the user
    anonymous: bool = False  # an English he/she tied to no name or description
    unnamed: bool = False  # named by a role or kinship noun only ("the nurse", "a granddaughter")
    plural: bool = False  # a group ("the nuns", "mothers and daughters")
    totals: dict[str, dict[str, float]] = field(default_factory=dict)  # kind -> gender -> weight
    basis: frozenset = frozenset()  # the tier of evidence that decided the gender

    def add_evidence(self, evidence: Evidence, weight: float) -> None:
        self.evidence.append(evidence)
        self.weights.append(weight)
        if evidence.gender in (FEMALE, MALE):  # running totals: score() stays cheap on long articles
            by_kind = self.totals.setdefault(evidence.kind, {FEMALE: 0.0, MALE: 0.0})
            by_kind[evidence.gender] += weight

    def remove_evidence(self, segment: str, start: int) -> None:
        """Take back the evidence found at (segment, start): a pronoun that meant someone else."""
        for n in range(len(self.evidence) - 1, -1, -1):
            evidence = self.evidence[n]
            if evidence.segment == segment and evidence.start == start:
                if evidence.gender in (FEMALE, MALE):
                    self.totals[evidence.kind][evidence.gender] -= self.weights[n]
                del self.evidence[n], self.weights[n]

    def score(self, kinds: set[str] | None = None) -> dict[str, float]:
        totals = {FEMALE: 0.0, MALE: 0.0}
        for kind, by_kind in self.totals.items():
            if kinds is None or kind in kinds:
                totals[FEMALE] += by_kind[FEMALE]
                totals[MALE] += by_kind[MALE]
        return totals

    def decide(self) -> None:
        """Gender from the strongest tier of evidence that says anything (``TIERS``): a title or a
        gendered noun outranks pronouns, which outrank a first name; the French counts only
        when the source says nothing. Disagreement inside the deciding tier leaves it unknown
        unless one side weighs twice the other."""
        if self.override:
            self.gender, self.conflict, self.basis = self.override, False, frozenset({"user"})
            return
        source = self.score(SOURCE_KINDS)
        self.conflict = source[FEMALE] > 0 and source[MALE] > 0
        for tier in TIERS:
            totals = self.score(tier)
            female, male = totals[FEMALE], totals[MALE]
            if female == male == 0:
                continue
            self.basis = tier
            if female >= 2 * male:
                self.gender = FEMALE
            elif male >= 2 * female:
                self.gender = MALE
            else:
                self.gender = UNKNOWN
            return
        self.gender = UNKNOWN

    def strongest_evidence(self) -> Evidence | None:
        """The heaviest piece of evidence agreeing with the decided gender."""
        best, best_weight = None, -1.0
        for evidence, weight in zip(self.evidence, self.weights):
            if evidence.gender == self.gender and weight > best_weight:
                best, best_weight = evidence, weight
        return best

    def to_json(self) -> dict:
        ranked = sorted(zip(self.evidence, self.weights), key=lambda pair: -pair[1])
        return {
            "name": self.name,
            "gender": self.gender,
            "conflict": self.conflict,
            "evidence": [
                {"text": e.text, "kind": e.kind, "gender": e.gender, "side": e.side,
                 "segment": e.segment, "paragraph": e.paragraph + 1 if e.paragraph >= 0 else None,
                 "describe": e.describe()}
                for e, _ in ranked
            ],
        }


@dataclass
class Cast:
    people: list[Person] = field(default_factory=list)
    # segment id -> mentions in that segment (source and target)
    by_segment: dict[str, list[Mention]] = field(default_factory=dict)
    references: list = field(default_factory=list)  # reference.Reference, filled by find_target_mentions
    # (segment id, translation) -> what the target reader found there; shared by every copy of
    # one source cast, so a re-check re-reads only the segments whose translation changed
    target_cache: dict = field(default_factory=dict, repr=False, compare=False)

    _where: dict = field(default_factory=dict, repr=False, compare=False)  # key -> index in people

    def person(self, key: str) -> Person:
        """The person with this key (an index, rebuilt when people was changed behind its back)."""
        index = self._where.get(key)
        if index is None or index >= len(self.people) or self.people[index].key != key:
            self._where = {p.key: i for i, p in reversed(list(enumerate(self.people)))}  # first wins
            index = self._where.get(key)
            if index is None:
                raise KeyError(key)
        return self.people[index]

    def copy(self) -> "Cast":
        """A copy whose people, mentions and evidence lists can grow without touching this one."""
        people = [replace(p, nationality=set(p.nationality), roles=set(p.roles), evidence=list(p.evidence),
                          weights=list(p.weights), mentions=list(p.mentions),
                          totals={k: dict(v) for k, v in p.totals.items()}) for p in self.people]
        return Cast(people, {k: list(v) for k, v in self.by_segment.items()}, list(self.references),
                    self.target_cache)

    def named(self) -> list[Person]:
        """The people a report or the people panel lists (not one sentence's unnamed he or she)."""
        return [p for p in self.people if not p.anonymous and not p.unnamed]

    def add_mention(self, mention: Mention) -> None:
        self.person(mention.person).mentions.append(mention)
        self.by_segment.setdefault(mention.segment, []).append(mention)

    def mentions(self, segment: str, side: str) -> list[Mention]:
        return sorted((m for m in self.by_segment.get(segment, ()) if m.side == side), key=lambda m: m.start)
