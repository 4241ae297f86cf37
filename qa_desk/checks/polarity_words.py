"""Words that carry polarity by meaning, for the negation check (qa_desk/checks/negation.py).

A translator turns a sentence's polarity round with the word's opposite: "They do have a
difficult job" / "Leur travail n'est pas facile", "It is not easy" / "C'est difficile", "in the
right place" / "pas au mauvais endroit". Each pole of an antonym pair is listed in both
languages; when one pole is in the English and the other in the French, the negation on one
side is said by the antonym on the other.

A French litote negates a word negative by meaning ("n'a cessé de baisser" = kept falling,
"n'ignorons pas" = are aware, "il n'est pas rare" = it is common). It is a litote only when the
English does not have that word's own translation ("did not stop" / "n'a pas cessé": a
negation on both sides).
"""
from __future__ import annotations

import re


def _either(*patterns: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.I)


# (English pole A, French pole A, English pole B, French pole B)
_ANTONYMS = [
    (("easy", "easily", "simple", "straightforward"), ("facile\\w*", "aisé\\w*", "simple\\w*", "commode"),
     ("difficult\\w*", "hard", "tough", "harder", "hardest"), ("difficile\\w*", "difficulté\\w*", "ardu\\w*",
                                                               "compliqué\\w*", "dur\\w*")),
    (("rare\\w*", "uncommon", "seldom"), ("rare\\w*",),
     ("common\\w*", "frequent\\w*", "often", "usual\\w*", "customary", "ordinary"),
     ("courant\\w*", "fréquent\\w*", "souvent", "habituel\\w*", "commun\\w*", "ordinaire\\w*")),
    (("same", "identical", "unchanged", "similar"), ("même\\w*", "identique\\w*", "pareil\\w*", "inchangé\\w*"),
     ("differ\\w*", "chang\\w*", "distinct\\w*", "separate\\w*"),
     ("différ\\w*", "chang\\w*", "évolu\\w*", "distinct\\w*", "autrement")),
    (("optimis\\w*", "hope\\w*"), ("optimis\\w*", "espoir\\w*"), ("pessimis\\w*", "despair\\w*"),
     ("pessimis\\w*", "désespoir\\w*")),
    (("good", "(?<!as )well", "right", "fine", "correct\\w*", "true"), ("bon", "bonne\\w*", "correct\\w*",
                                                                       "vrai\\w*"),
     ("bad\\w*", "poor\\w*", "wrong\\w*", "ill", "false", "untrue", "mistaken"),
     ("mauvais\\w*", "mal", "faux", "fausse\\w*", "erron\\w*", "tromp\\w*")),
    (("agree\\w*", "agreement", "accept\\w*"), ("d['’]accord", "accord\\w*", "accept\\w*", "associe\\w*"),
     ("disagree\\w*", "refut\\w*", "take issue", "oppos\\w*", "objects?", "objected", "objecting", "objection\\w*",
      "reject\\w*"),
     ("désaccord", "réfut\\w*", "oppos\\w*", "contest\\w*", "rejet\\w*")),
    (("professional\\w*", "expert\\w*", "competent"), ("professionn\\w*", "compétent\\w*", "expert\\w*"),
     ("amateur\\w*", "incompetent"), ("amateur\\w*", "incompétent\\w*")),
    (("clear\\w*", "obvious\\w*", "plain"), ("clair\\w*", "évident\\w*", "limpide\\w*", "net\\w*"),
     ("unclear", "vague\\w*", "obscure\\w*", "confus\\w*"), ("flou\\w*", "vague\\w*", "obscur\\w*", "confus\\w*",
                                                            "difficile\\s+de\\s+(?:savoir|dire)")),
    (("remember\\w*", "recall\\w*", "mind\\w*"), ("souven\\w*", "rappel\\w*", "mémoire"),
     ("forget\\w*", "forgot\\w*", "overlook\\w*"), ("oubli\\w*",)),
    (("aware", "know\\w*", "recognis\\w*", "recogniz\\w*"), ("conscien\\w*", "sa[iv]\\w*", "connai\\w*",
                                                            "reconn\\w*"),
     ("unaware", "ignor\\w*"), ("ignor\\w*", "inconscien\\w*")),
    (("continu\\w*", "constant\\w*", "steadily", "relentless\\w*", "keep", "keeps", "kept", "still", "always"),
     ("continu\\w*", "constamment", "toujours", "sans\\s+cesse"),
     ("stop\\w*", "ceas\\w*", "halt\\w*"), ("cess\\w*", "(?:s['’]|m['’]|t['’]|se\\s+|me\\s+|nous\\s+|vous\\s+)arrêt\\w*", "arrêt\\w*\\s+(?:de|d['’])",
                                                 "interromp\\w*")),
    (("success\\w*", "work", "works", "worked", "succeed\\w*"), ("succès", "réussi\\w*", "march\\w*",
                                                                "fonctionn\\w*"),
     ("fail\\w*", "inoperative", "broken"), ("échec\\w*", "échou\\w*", "panne")),
    (("enough", "sufficient\\w*", "adequate\\w*"), ("assez", "suffisa\\w*", "suffi\\w*"),
     ("insufficient\\w*", "inadequate\\w*", "lack\\w*", "short"), ("insuffisa\\w*", "manqu\\w*")),
    (("worthy", "honou?r\\w*", "credit\\w*"), ("digne\\w*", "honor\\w*", "honneur"),
     ("unworthy", "shame\\w*", "disgrace\\w*"), ("indigne\\w*", "honte\\w*", "déshonor\\w*")),
    (("pleased", "pleasing", "glad", "happy", "content"), ("content\\w*", "heureu\\w*", "ravi\\w*", "plaisir"),
     ("unhappy", "displeas\\w*", "upset\\w*"), ("mécontent\\w*", "malheureu\\w*", "déplai\\w*")),
    (("legal\\w*", "lawful\\w*"), ("légal\\w*", "licite\\w*"), ("illegal\\w*", "unlawful\\w*"),
     ("illégal\\w*", "illicite\\w*")),
    (("support\\w*", "favou?r\\w*", "endors\\w*", "back(?:s|ed|ing)?"), ("favorable\\w*", "soutien\\w*", "soutenir",
                                                                        "soutien\\w*", "appui\\w*"),
     ("oppos\\w*",), ("oppos\\w*", "défavorable\\w*", "hostile\\w*")),
    (("dare\\w*", "brave\\w*", "courage\\w*", "bold\\w*"), ("os(?:e|es|ent|er|ons|ez|é|ait|aient|era|erait)",
                                                          "courag\\w*", "brave\\w*", "audac\\w*"),
     ("afraid", "fear\\w*", "scared", "frighten\\w*"), ("peur", "crain\\w*", "craint\\w*", "effray\\w*")),
    (("understand\\w*", "understood", "comprehensi\\w*"), ("compren\\w*", "compri\\w*", "comprend\\w*"),
     ("confus\\w*", "puzzl\\w*", "baffl\\w*", "bewilder\\w*"), ("confus\\w*", "perplex\\w*", "déconcert\\w*")),
    (("possible", "able"), ("possible\\w*", "capable\\w*"),
     ("impossible", "unable", "cannot"), ("impossib\\w*", "incapable\\w*", "impensable\\w*")),
]
ANTONYMS = [(_either(*a_en), _either(*a_fr), _either(*b_en), _either(*b_fr)) for a_en, a_fr, b_en, b_fr in _ANTONYMS]


def antonym_answers(source: str, target: str) -> int:
    """How many antonym pairs stand one pole in the English and the other in the French (and
    neither pole on both sides)."""
    found = 0
    for a_en, a_fr, b_en, b_fr in ANTONYMS:
        en_a, en_b, fr_a, fr_b = a_en.search(source), b_en.search(source), a_fr.search(target), b_fr.search(target)
        if en_a and fr_b and not (en_b or fr_a) or en_b and fr_a and not (en_a or fr_b):
            found += 1
    return found


# French words negative by meaning that a negation turns into a positive (a litote), each with
# the English words that translate it literally.
_LITOTES = [
    ("oubli\\w*", "forget\\w*|forgot\\w*|overlook\\w*|neglect\\w*"),
    ("cess\\w*", "stop\\w*|ceas\\w*|halt\\w*|end\\w*|quit\\w*"),
    ("manqu\\w*", "miss\\w*|lack\\w*|fail\\w*|short"),
    ("hésit\\w*", "hesita\\w*"),
    ("ignor\\w*", "ignor\\w*|unaware|know\\w*"),
    ("rares?", "rare\\w*|seldom"),
    ("étrang[eè]r\\w*", "foreign\\w*|strange\\w*|alien\\w*"),
    ("négligeable\\w*", "negligible|insignificant"),
    ("inutile\\w*", "useless|unnecessary|needless|pointless"),
    ("impossib\\w*", "impossib\\w*"),
    ("exclu\\w*", "exclu\\w*|rul\\w+ out"),
    ("inconnu\\w*", "unknown|know\\w*"),
    ("indifférent\\w*", "indifferen\\w*"),
    ("insensible\\w*", "insensitive|indifferen\\w*"),
    ("étonn\\w*", "surpris\\w*|astonish\\w*|wonder\\w*"),
    ("dout\\w*", "doubt\\w*"),
    ("empêch\\w*", "prevent\\w*|stop\\w*"),
    ("moindre", "least|slightest"),
    ("ennui\\w*|ennuy\\w*", "bor(?:e|ed|es|ing|edom)|dull\\w*"),  # "n'aura pas à s'ennuyer" = lively
    ("mince", "thin|slim|small"),
    ("perd\\w*", "los[et]\\w*|losing|loss\\w*"),
    ("ni(?:e|es|ent|er|é|ée|és|ons|ez|ait|aient)", "den(?:y|ies|ied|ying|ial)"),  # "ne nie pas" = admits
]
_LITOTE_FR = [re.compile(rf"^(?:{fr})$", re.I) for fr, _ in _LITOTES]
_LITOTE_EN = [re.compile(rf"\b(?:{en})\b", re.I) for _, en in _LITOTES]


def litote_word(word: str) -> int:
    """The index of the litote entry this French word belongs to, or -1."""
    for n, pattern in enumerate(_LITOTE_FR):
        if pattern.match(word):
            return n
    return -1


def litote_answered(entry: int, source: str) -> bool:
    """The English has the litote word's own translation: the negation is a negation."""
    return bool(_LITOTE_EN[entry].search(source))
