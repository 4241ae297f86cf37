"""Who an English pronoun or definite description refers to, by rules over the parse.

Salience in the manner of Lappin and Leass: every referent mentioned in view scores for
its grammatical role (subject over object over the rest) and its recency; a pronoun goes
to the best-scoring referent that agrees with it, with the syntax's constraints first:
a reflexive takes its clause's subject, a plain pronoun never its own clause's subject
("Novak questioned him"), and a pronoun reported by a speech verb prefers that verb's
subject ("Achieng said she would appeal"). A first-name prior only nudges the score; a
title, a gendered noun or an earlier pronoun excludes the other gender. Each link keeps
its reason, shown to the editor as evidence.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..nlp.english_common import is_everyday_word
from .english_mentions import clause_head, hangs_under, is_speech_verb, syntactic_role

ROLE_WEIGHT = {"subject": 80, "agent": 70, "object": 50, "possessor": 40, "oblique": 35, "other": 30}
RECENCY = (60, 45, 20, 10, 5, 5)  # by sentences back; further back only when no one nearer fits
DESCRIPTION_REACH = 2  # sentences back a description with no name ("the nurse") stays a pronoun's antecedent
FAR = 25  # and never more than this many sentences back (a 5 MB paragraph is not one scene)
PARAGRAPH_PENALTY = 10
SPEAKER_BONUS = 100  # "X said she ...": the reporting verb's subject
PRIOR_PENALTY = 40  # a first name the name data give to the other gender
PRIOR_EXCLUDES = 0.99  # a first name this sure (Ivan, Ruth, Karim) is no antecedent for the other gender
CHAIN_BONUS = (110, 25)  # a pronoun of the same gender earlier in this sentence / the one before
STRONG_MARGIN = 25
OPEN_MARGIN = 60  # a rival this close, whose sex fits, leaves a silent subject's pronoun open
FIRM_AGREEMENT_BONUS = 50  # a title or noun already gives the pronoun's sex; a subject nothing sexes may be either
PROVISIONAL_PENALTY = 30
DESCRIPTION_PENALTY = 15  # a lone capitalised word not yet known to be a person
# Speakers who speak for someone: "her lawyer said she..." is about the client.
PROXY_NOUNS = {"lawyer", "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman", "spokesperson",
               "aide", "aides", "adviser", "advisers", "advisor", "agent", "representative", "office",
               "campaign", "team", "camp", "publicist", "solicitor", "counsel", "barrister", "entourage"}  # a link is strong when the runner-up trails by this much

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
REFLEXIVES = {"himself", "herself"}
POSSESSIVES = {"his", "hers"}  # "her" is either; the tag tells


@dataclass
class Seen:
    """One mention in the discourse model."""

    key: str
    sentence: int
    paragraph: int
    role: str
    token: int  # index in its Doc
    segment: str
    plural: bool = False
    named: bool = True  # a name or description, not a pronoun
    gender: str = ""  # a pronoun's own gender
    is_name: bool = False  # a proper name (cataphora goes to names only)


@dataclass
class Link:
    key: str
    strong: bool
    reason: str
    ambiguous: bool = False  # syntax and the pronoun chain disagree, and nothing else decides


def pronoun_kind(token) -> str:
    lower = token.lower_
    if lower in REFLEXIVES:
        return "reflexive"
    if lower in POSSESSIVES or (lower == "her" and (token.tag_ == "PRP$" or "Yes" in token.morph.get("Poss"))):
        return "possessive"
    return "personal"


def _subject_of(head):
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def _speech_subject(token):
    """The subject of the speech verb that reports the clause holding ``token``, if any; relative
    clauses on the way up are crossed ("X said the nurse, whom he did not name, ...": X)."""
    t = token
    for _ in range(6):
        clause = clause_head(t)
        if clause.dep_ in ("ccomp", "xcomp", "parataxis", "advcl") and clause.head.i != clause.i:
            if is_speech_verb(clause.head):
                subject = _subject_of(clause.head)
                if subject is not None and subject.lower_ in ("who", "that") and clause.head.dep_ == "acl:relcl":
                    return clause.head.head  # "a nurse who said she had worked": the nurse
                return subject
        elif clause.dep_ == "ROOT" or clause.head.i == clause.i:
            return None  # '"We will appeal," she said': the speaker is the root's subject, the quote a ccomp
        t = clause.head
    return None


def _relative_antecedent(pronoun):
    """"the nurse, whom he did not name": the noun a relative clause holding the pronoun as an
    argument is about (its relative pronoun being the other argument); None otherwise."""
    clause = clause_head(pronoun)
    if clause.dep_ != "acl:relcl" or pronoun.head.i != clause.i:
        return None
    relative = [c for c in clause.children if c.lower_ in ("who", "whom", "that", "which")
                and c.dep_ in ("obj", "nsubj", "nsubj:pass", "iobj")]
    return clause.head if relative else None


def quoted(doc) -> frozenset[int]:
    """Indices of the tokens inside quotation marks (kept with the parse: a pronoun asks again)."""
    found = doc.user_data.get("qa_desk.quoted")
    if found is None:
        found = doc.user_data["qa_desk.quoted"] = frozenset(_quoted(doc))
    return found


def _quoted(doc) -> set[int]:
    inside, out, straight = False, set(), False
    for token in doc:
        text = token.text
        if text in ("“", "«"):
            inside = True
            continue
        if text in ("”", "»"):
            inside = False
            continue
        if text == '"':
            straight = not straight
            inside = straight
            continue
        if inside:
            out.add(token.i)
    return out


def _proxy_principal(speaker, tied) -> tuple[str, str] | None:
    """(key, words) of the person a proxy speaker speaks for: "her lawyer", "Eze's spokesman"."""
    if speaker is None or not tied:
        return None
    nouns = [speaker] + [c for c in speaker.children if c.dep_ == "appos"]
    if speaker.dep_ == "appos":
        nouns.append(speaker.head)  # "His lawyer, Olena Marchenko, said": the name may head the subject
    doc = speaker.doc
    if speaker.i >= 2 and doc[speaker.i - 1].text == ",":
        nouns.append(doc[speaker.i - 2])
    for noun in nouns:
        if noun.lower_ not in PROXY_NOUNS:
            continue
        for child in noun.children:
            if child.dep_ == "nmod:poss" and child.i in tied:
                return tied[child.i], f"{child.text} {noun.text}"
            if child.dep_ == "nmod" and child.i in tied and any(c.dep_ == "case" and c.lower_ in ("for", "of")
                                                                 for c in child.children):
                name = " ".join(t.text for t in child.subtree if t.dep_ in ("flat", "compound") or t.i == child.i)
                return tied[child.i], f"{noun.text} for {name}"  # "the lawyer for Maria Lopez"
    return None


class Resolver:
    """Resolves one sentence's pronouns against what was seen before it (and, for cataphora,
    the subject of its own main clause)."""

    def __init__(self, known_gender, prior_of, is_provisional=lambda key: False, firm_gender=lambda key: ""):
        self.firm_gender = firm_gender  # key -> gender from titles and nouns only
        self.others: set[str] = set()
        self.fallback: dict[str, tuple[float, str]] = {}
        self.is_provisional = is_provisional
        self.known_gender = known_gender  # key -> 'f'/'m'/'' from titles, nouns, strong pronouns
        self._gender = ""  # the pronoun being resolved (set by candidates(), read by choose())
        self.prior_of = prior_of  # key -> ('f'/'m'/'u', confidence) of the first name

    def candidates(self, pronoun, sentence_number: int, paragraph: int, seen: list[Seen],
                   here: list[Seen], tied: dict[int, str] | None = None) -> dict[str, tuple[float, str]]:
        """key -> (score, reason) for every referent in view that agrees with the pronoun;
        ``tied`` maps the sentence's tokens already resolved to their referent."""
        gender = PRONOUN_GENDER[pronoun.lower_]
        self._gender = gender
        kind = pronoun_kind(pronoun)
        own_clause = clause_head(pronoun)
        # he and she are nominative: a subject whatever a loose parse says ("said he himself had")
        pronoun_role = "subject" if pronoun.lower_ in ("he", "she") else syntactic_role(pronoun)
        speaker = _speech_subject(pronoun) if pronoun_role in ("subject", "possessor") else None
        excluded = set()
        antecedent = _relative_antecedent(pronoun)
        if antecedent is not None and tied and antecedent.i in tied and kind == "personal":
            excluded.add(tied[antecedent.i])  # "the nurse, whom he did not name": he is not the nurse
        inside_quotes = quoted(pronoun.doc)
        self._facts: dict[str, tuple] = {}  # key -> (known gender, prior, provisional): fixed during one call
        if kind == "personal" and pronoun_role != "subject":
            subject = _subject_of(own_clause)  # "she supported him": him is not whoever she is
            if subject is None and own_clause.dep_ == "acl" and own_clause.tag_ == "VBD" \
                    and own_clause.head.i < own_clause.i:
                subject = own_clause.head  # "..., Sojo commissioned a suite from him" parsed as a modifier
            if subject is not None and tied and subject.i in tied:
                excluded.add(tied[subject.i])
        if speaker is not None and speaker.lower_ in PRONOUN_GENDER and PRONOUN_GENDER[speaker.lower_] != gender \
                and tied and speaker.i in tied:
            excluded.add(tied[speaker.i])  # "She said he was recovering": he is not whoever she is
            speaker = None
        if pronoun.dep_ == "nmod:poss":  # "his friendship with Kurt W.", "her marriage to John":
            owned = {t.i for t in pronoun.head.subtree} - {pronoun.head.i}  # no one inside what is owned
            excluded.update(e.key for e in here if e.token in owned  # (not past the comma closing a fronted
                            and not (e.is_name and _fronted_phrase_then_name(pronoun, e.token)))  # phrase)
        best: dict[str, tuple[float, str]] = {}
        self.others: set[str] = set()
        self.fallback: dict[str, tuple[float, str]] = {}
        self.flags: dict[str, set[str]] = {}
        for entry in reversed(seen):
            back = sentence_number - entry.sentence
            if back >= FAR:
                break
            self._score(entry, back, paragraph, gender, pronoun_role, best, reason="")
        for entry in here:
            if entry.token >= pronoun.i and not self._cataphora(pronoun, entry):
                continue
            doc = pronoun.doc
            mention = doc[entry.token]
            if entry.token in inside_quotes and pronoun.i not in inside_quotes:
                continue  # '"My coach told me...," she said': the speaker is no one the quote names
            if pronoun.head.i == entry.token or pronoun.head.head.i == entry.token and pronoun.head.dep_ in (
                    "amod", "compound"):
                continue  # "her director": her is not the director (i-within-i)
            if any(c.dep_ == "case" and c.lower_ in ("like", "unlike") for c in mention.children) \
                    and pronoun.i not in [t.i for t in mention.subtree]:
                continue  # "Like Lev Gumilev, she was a student of...": the one compared is someone else
            if kind == "reflexive":
                subject = _subject_of(own_clause)
                if subject is None and own_clause.dep_ in ("advcl", "xcomp") and own_clause.tag_ == "VBG":
                    upper = own_clause.head  # "X played ... before devoting herself": X
                    subject = _subject_of(upper) or next(  # (a loose parse hangs a name opening the
                        (c for c in upper.children if c.dep_ == "compound" and c.pos_ == "PROPN"  # sentence
                         and c.i < upper.i and upper.pos_ == "VERB"), None)  # under the verb as a compound)
                if subject is not None and (subject.i == entry.token or mention.head.i == subject.i
                                            and mention.dep_ in ("flat", "compound")):
                    best[entry.key] = (1000.0, "the subject of its clause")
                continue
            if kind == "personal" and clause_head(mention).i == own_clause.i and entry.role == "subject" \
                    and pronoun_role != "subject":
                continue  # "Novak questioned him": him is not Novak
            if kind == "personal" and pronoun_role != "subject" and entry.role == "subject" \
                    and _subject_controlled(own_clause, clause_head(mention)):
                continue  # "a reporter came to see her": the reporter sees, so her is someone else
            reason = ""
            score_bonus = 0.0
            if pronoun.dep_ == "nmod:poss" and pronoun.head.dep_ == "conj" and pronoun.head.head.i == entry.token \
                    and not is_everyday_word(mention.text):  # "Ziska and his cronies", not "World War II and her house"
                score_bonus, reason = SPEAKER_BONUS, f"'{mention.text} and {pronoun.text} {pronoun.head.text}'"
            proxy = _proxy_principal(speaker, tied)
            if proxy is not None:
                if entry.key == proxy[0]:  # "Her lawyer said she...": she is the lawyer's client
                    score_bonus, reason = SPEAKER_BONUS, f"reported by '{proxy[1]}'"
            elif speaker is not None and (speaker.i == entry.token or doc[entry.token].head.i == speaker.i
                                          and doc[entry.token].dep_ in ("flat", "compound", "appos")):
                score_bonus, reason = SPEAKER_BONUS, f"reported by '{speaker.text} {speaker.head.text}'"
            # "Graham returned to her roots": a possessive in the clause a lone name is the subject of is
            # bound to it; a name list's first-name prior ("Graham" as a man's name) is no reason against
            # ("Bashir attended the school, which her mother had attended": a clause inside it too)
            # "Baxter said she was tired": a lone name reporting the pronoun's clause, the same
            lone = entry.is_name and not any(c.dep_ in ("flat", "compound") and c.pos_ == "PROPN"
                                             for c in mention.children)
            bound = lone and mention.i < pronoun.i and (
                kind == "possessive" and entry.role == "subject"
                and (clause_head(mention).i == own_clause.i or hangs_under(own_clause, clause_head(mention)))
                or score_bonus == SPEAKER_BONUS and reason.startswith("reported by"))
            self._score(entry, max(0, sentence_number - entry.sentence), paragraph, gender, pronoun_role, best,
                        reason, score_bonus, bound)
        if kind == "reflexive" and any(score >= 1000 for score, _ in best.values()):
            return {k: v for k, v in best.items() if v[0] >= 1000}
        if kind == "reflexive":  # "Smith distinguished herself" parsed with no subject: a reflexive's
            before = [e for e in here if e.token < pronoun.i and not e.plural  # antecedent is in its clause
                      and self.known_gender(e.key) in ("", gender) and clause_head(pronoun.doc[e.token]).i
                      in (own_clause.i, own_clause.head.i)]
            if before:
                nearest = max(before, key=lambda e: e.token)
                return {nearest.key: (900.0, "the nearest person before it in its clause")}
        chosen = {k: v for k, v in best.items() if k not in excluded}
        if not chosen:  # only people whose first name says the other gender: the syntax decides
            chosen = {k: v for k, v in self.fallback.items() if k not in excluded}
        return chosen

    @staticmethod
    def _cataphora(pronoun, entry: Seen) -> bool:
        """"When she arrived, Merkel said...": a pronoun in a clause before the main one may
        refer to the main clause's subject."""
        doc = pronoun.doc
        if entry.is_name and pronoun.i < entry.token and _fronted_phrase_then_name(pronoun, entry.token):
            return True
        if entry.role != "subject" or not entry.is_name:
            return False  # "her refusal ... but her spiritual director said": a description comes later
        if pronoun.i > entry.token:
            return False
        main = clause_head(doc[entry.token]).i
        t = pronoun
        for _ in range(12):  # "Through his television career, Aw has...": a fronted adjunct of the main clause
            if t.head.i == t.i:  # "Soon unhappy with her marriage, Astor wanted" parsed with the adjunct as
                main_token = doc[main]  # the root and the main clause hung from it
                if main_token.head.i == main_token.i and main_token.i != t.i and t.i < entry.token \
                        and t.pos_ == "NOUN" and any(c.dep_ == "case" and c.i < pronoun.i for c in t.children) \
                        and doc[t.right_edge.i].text == "," and t.right_edge.i + 1 == doc[entry.token].left_edge.i:
                    # "Throughout his tenure, Gude had" parsed as two roots: the fronted phrase
                    # is still the main clause's adjunct
                    return not Resolver._other_in_main_clause(pronoun, main_token)
                return main_token.dep_ in ("parataxis", "conj", "ccomp") and main_token.head.i == t.i \
                    and t.i < entry.token and t.pos_ in ("ADJ", "VERB") and t.tag_ in ("JJ", "VBN", "VBG") \
                    and not Resolver._other_in_main_clause(pronoun, main_token)
            if t.head.i == main and t.dep_ in ("advcl", "acl", "obl", "nmod", "advmod", "obl:tmod"):
                return not Resolver._other_in_main_clause(pronoun, doc[main])
            t = t.head
        return False

    @staticmethod
    def _other_in_main_clause(pronoun, main) -> bool:
        """"When she suggested it, Sinfield ... hired her": the main clause's object "her" cannot be
        its subject, so a woman other than the subject is in the sentence, and the fronted "she" is
        more likely her than the subject."""
        gender = PRONOUN_GENDER[pronoun.lower_]
        for token in pronoun.doc[pronoun.i + 1:]:
            if token.lower_ in ("him", "her") and token.tag_ == "PRP" and PRONOUN_GENDER[token.lower_] == gender \
                    and token.dep_ in ("obj", "iobj"):
                head = clause_head(token)
                if head.i == main.i or head.dep_ == "conj" and head.head.i == main.i:
                    return True
        return False

    def _score(self, entry: Seen, back: int, paragraph: int, gender: str, pronoun_role: str, best: dict,
               reason: str, bonus: float = 0.0, bound: bool = False) -> None:
        if entry.plural or back >= FAR:
            return
        if entry.named and not entry.is_name and back > DESCRIPTION_REACH:
            return  # "the Commissioner will confirm this" is no one a "her" six sentences on still means
        facts = self._facts.get(entry.key)
        if facts is None:
            facts = self._facts[entry.key] = (self.known_gender(entry.key), self.prior_of(entry.key),
                                              self.is_provisional(entry.key))
        known, (prior, confidence), provisional = facts
        if known and known != gender:
            if self.firm_gender(entry.key) == known:
                self.others.add(entry.key)  # in view, of the other gender by a title or noun (conflicting())
            return
        recency = RECENCY[back] if back < len(RECENCY) else -100 - back  # far: only if no one nearer
        score = ROLE_WEIGHT.get(entry.role, 30) + recency + bonus
        if known == gender and self.firm_gender(entry.key) == gender:
            score += FIRM_AGREEMENT_BONUS  # "The chancellor thanked the queen. She ...": the queen
        flags = self.flags.setdefault(entry.key, set())
        if not entry.named and entry.gender == gender and back < len(CHAIN_BONUS):
            score += CHAIN_BONUS[back]  # "congratulated her and predicted that she...": the same woman
            flags.add("chain")
        if bonus:
            flags.add("speaker")
        if entry.is_name:
            flags.add("name")
        score -= PARAGRAPH_PENALTY * max(0, paragraph - entry.paragraph)
        if entry.named and not entry.is_name and back >= 1:
            score -= DESCRIPTION_PENALTY  # "the President of the association" is less salient than a name
        if pronoun_role == entry.role and entry.role in ("subject", "object"):
            score += 15 if entry.role == "subject" else 10
        if not known and prior not in ("f", "m"):
            flags.add("silent")  # nothing yet says whether this person is a man or a woman
        if provisional:
            score -= PROVISIONAL_PENALTY
        target = best
        if not known and prior in ("f", "m") and confidence >= 0.85:
            if prior != gender and confidence >= PRIOR_EXCLUDES:
                if bound:  # taken only if no one else fits (candidates' fallback)
                    said = reason if reason.startswith("reported by") else "the subject of its clause"
                    self.fallback[entry.key] = (score, f"{said}, whatever its first name says")
                return  # "Like Ivan Petrov, she...", "Darina hoped he would": someone else, named or not
            score += 10 if prior == gender else -PRIOR_PENALTY
        if not reason:
            reason = {"subject": "the subject", "object": "the object"}.get(entry.role, "mentioned")
            reason += " of this sentence" if back == 0 else " of the sentence before" if back == 1 else " in view"
        if entry.key not in target or score > target[entry.key][0]:
            target[entry.key] = (score, reason)

    def conflicting(self) -> str | None:
        """After candidates() found no one: the one person in view, of the other gender by a title
        or a noun ("Mr Jordan Blake ... Blake said she"): the source contradicts itself."""
        return next(iter(self.others)) if len(self.others) == 1 else None

    def choose(self, scored: dict[str, tuple[float, str]]) -> Link | None:
        if not scored:
            return None
        ranked = sorted(scored.items(), key=lambda kv: -kv[1][0])
        key, (score, reason) = ranked[0]
        runner_up = ranked[1][1][0] if len(ranked) > 1 else float("-inf")
        strong = score - runner_up >= STRONG_MARGIN
        if len(ranked) == 1:
            reason += ", the only one in view who fits"
        # "The environment minister, Huw Parry, said she was the best-qualified person": the reporting
        # verb points at Parry, the pronoun chain at the woman just quoted, and nothing tells Parry's gender
        flags = getattr(self, "flags", {})
        ambiguous = {"speaker", "silent"} <= flags.get(key, set()) and any(
            "chain" in flags.get(other, set()) for other, _ in ranked[1:])
        if ambiguous:
            reason += " (but the pronouns before point at someone else)"
        # "The minister met Maria Costa. She said...": salience picks the subject nothing sexes, while
        # a named person in view fits the pronoun (by a title, a pronoun or a sure first name): the
        # English leaves it open, so the pronoun decides no one's sex
        elif "silent" in flags.get(key, set()) and "speaker" not in flags.get(key, set()) \
                and any(score - other_score < OPEN_MARGIN and "name" in flags.get(other, set()) and self._fits(other)
                        for other, (other_score, _) in ranked[1:]):
            ambiguous, reason = True, reason + " (but another person in view fits it too)"
        return Link(key, strong and not ambiguous, reason, ambiguous)

    def _fits(self, key: str) -> bool:
        """This candidate's sex, by a title, noun or pronoun, or a sure first name, is the pronoun's."""
        facts = self._facts.get(key)
        if facts is None:
            return False
        known, (prior, confidence), provisional = facts
        gender = self._gender
        return not provisional and (known == gender or not known and prior == gender and confidence >= 0.85)


def _subject_controlled(clause, upper) -> bool:
    """``clause`` is an infinitive under ``upper`` whose understood subject is ``upper``'s own: "came
    to see her", "wanted to meet him" (not "asked Ruth to call him", where Ruth calls)."""
    if clause.i == upper.i or clause.head.i != upper.i or clause.dep_ not in ("xcomp", "advcl"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "to" for c in clause.children):
        return False
    return not any(c.dep_ in ("obj", "iobj") for c in upper.children)


_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _fronted_phrase_then_name(pronoun, name_head: int) -> bool:
    """"During his tenure as vice-president, Chavez-Thompson provided...": a possessive in a
    prepositional phrase that opens the sentence, closed by a comma right before the name, the name
    followed by its finite verb. Read from the words, as the parse of such sentences often hangs
    the name and the verb elsewhere."""
    doc, start = pronoun.doc, pronoun.sent.start
    if pronoun.tag_ != "PRP$" or doc[start].pos_ != "ADP" or pronoun.i - start > 3:
        return False
    comma = next((t.i for t in doc[pronoun.i + 1:name_head] if t.text == ","), None)
    if comma is None or any(t.tag_ in _FINITE for t in doc[start:comma]):
        return False
    name = doc[comma + 1:name_head + 1]
    if not name or not all(t.text[:1].isupper() or t.text in ("-", "'", ".") for t in name):
        return False
    after = name_head + 1
    return after < len(doc) and doc[after].tag_ in _FINITE and doc[after].text.islower()
