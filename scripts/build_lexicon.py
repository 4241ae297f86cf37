"""Build resources/lexicon/fr_gender.tsv.gz, the French gender lexicon, from Dicollecte 4.6.1.

Run by hand (the output is committed):
    python scripts/build_lexicon.py [--source DIR] [--out FILE] [--report]

Input: derived_forms_gender_number.tsv (every inflected form of fr.dic with its entry,
part of speech, gender and number). Dicollecte files a masculine and its feminine under
one entry (directeur under "directrice"), so a group = (entry, part of speech) already
pairs most forms. Groups are then joined into families when they name the two genders
of one word but were filed as separate entries:
  1. IRREGULAR_PAIRS below, checked by hand (beau/belle, roi/reine...);
  2. SUFFIX_RULES (-eur/-rice, -eur/-eure, -ier/-ière...), each candidate accepted only
     if the lexicon lists it with the right gender and a compatible part of speech, and
     only for a group whose family lacks that gender (autrice -> auteur, procureure ->
     procureur). --report prints every such join for review.

Output: gzip text, one line per group: lemma, pos, family, forms. pos is N (noun),
A (adjective), NA (both), V (past participle), T (courtesy title); family is empty when
the group is alone; forms is "|"-joined form+gender+number, gender m/f/e, number s/p/i.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/work/shared/data/lexicon/dicollecte-fr-4.6.1")
DEFAULT_OUT = ROOT / "resources" / "lexicon" / "fr_gender.tsv.gz"

GENDER = {"mas": "m", "fem": "f", "epi": "e", "": "e"}
NUMBER = {"sg": "s", "pl": "p", "inv": "i", "": "i"}

# Masculine and feminine filed under different entries, or tagged epicene by mistake
# (Dicollecte tags "favori", "mou", "folle" adjectives epi). Pairs (masc sg, fem sg).
IRREGULAR_PAIRS = [
    ("beau", "belle"), ("bel", "belle"), ("nouveau", "nouvelle"), ("nouvel", "nouvelle"),
    ("vieux", "vieille"), ("vieil", "vieille"), ("fou", "folle"), ("fol", "folle"),
    ("mou", "molle"), ("mol", "molle"), ("jumeau", "jumelle"), ("favori", "favorite"),
    ("roi", "reine"), ("duc", "duchesse"), ("héros", "héroïne"), ("tsar", "tsarine"),
    ("empereur", "impératrice"), ("dieu", "déesse"), ("copain", "copine"),
    ("époux", "épouse"), ("pécheur", "pécheresse"), ("compagnon", "compagne"),
    ("franc", "franche"), ("tiers", "tierce"), ("coi", "coite"), ("andalou", "andalouse"),
    ("devin", "devineresse"), ("esquimau", "esquimaude"), ("grand-duc", "grande-duchesse"),
    ("vice-roi", "vice-reine"), ("abbé", "abbesse"),
]
# Epicene nouns with a feminine in current use beside them ("la chef" and "la cheffe"):
# joined, but the epicene form keeps its gender.
EPICENE_WITH_FEMININE = [("chef", "cheffe"), ("hôte", "hôtesse")]

# Role nouns the 2012 lexicon gives one gender but current usage (and the French
# government's feminisation guide) treats as epicene: "la porte-parole".
EPICENE_OVERRIDES = {"porte-parole"}

# Abbreviations missing from the lexicon: (form, gender, number), nouns.
EXTRA_NOUNS = [("PDG", "e", "i"), ("DG", "e", "i"), ("DRH", "e", "i"), ("PDG-adjoint", "e", "i")]

# Masculine suffix, feminine suffix, whether an epicene masculine side is accepted
# (Dicollecte tags docteur, ingénieur epi beside separate docteure, ingénieure).
SUFFIX_RULES = [
    ("eur", "rice", False), ("eur", "euse", False), ("eur", "eure", True),
    ("ier", "ière", False), ("ien", "ienne", False), ("e", "esse", False),
    ("ant", "ante", False), ("ent", "ente", False),
]

# Joins the suffix rules make between unrelated words (all joins reviewed with --report;
# -in/-ine, -et/-ette, -on/-onne, -c/-que were dropped: they joined mostly things,
# banc/banque, rein/reine, and the person nouns among them are already grouped).
BLOCKED_JOINS = {
    ("vent", "vente"), ("tourment", "tourmente"), ("large", "largesse"), ("type", "typesse"), ("mateur", "matrice"),
    ("ordinateur", "ordinatrice"), ("mangeur", "mangeure"), ("mineur", "mineuse"),
    ("routeur", "routeuse"), ("échangeur", "échangeuse"), ("sécréteur", "sécréteuse"),
    ("goutteur", "goutteuse"), ("bélier", "bélière"), ("bâtier", "bâtière"),
    ("bleuetier", "bleuetière"), ("charnier", "charnière"), ("clavier", "clavière"),
    ("coquetier", "coquetière"), ("dossier", "dossière"), ("fourmilier", "fourmilière"),
    ("fraisier", "fraisière"), ("gerbier", "gerbière"), ("glacier", "glacière"),
    ("gravier", "gravière"), ("lanier", "lanière"), ("lisier", "lisière"),
    ("pierrier", "pierrière"), ("poudrier", "poudrière"), ("poussier", "poussière"),
    ("ravier", "ravière"), ("épervier", "épervière"),
}


def pos_code(pos: str, morph: str) -> str | None:
    if pos.startswith("v"):
        return "V" if "is:ppas" in morph else None
    return {"nom": "N", "adj": "A", "adj nom": "NA", "titr": "T"}.get(pos)


def compatible(a: str, b: str) -> bool:
    kinds = {"N": {"N"}, "A": {"A"}, "NA": {"N", "A"}, "V": {"V"}, "T": {"T"}}
    return bool(kinds[a] & kinds[b])


class Families:
    """Union-find over group numbers."""

    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def read_groups(source: Path):
    groups: dict[tuple[str, str], list[list[str]]] = {}
    with open(source / "derived_forms_gender_number.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            code = pos_code(row["pos"], row["morph"])
            if code is None:
                continue
            gender = GENDER[row["gender"]]
            if code == "T" and row["form"] in ("Me", "Mes"):
                gender = "e"
            forms = groups.setdefault((row["dic_entry"], code), [])
            item = [row["form"], gender, NUMBER[row["number"]]]
            if item not in forms:
                forms.append(item)
    for form, gender, number in EXTRA_NOUNS:
        groups[(form, "N")] = [[form, gender, number]]
    for (entry, code), forms in groups.items():
        for item in forms:
            if item[0] in EPICENE_OVERRIDES and code in ("N", "NA"):
                item[1] = "e"
    return list(groups.items())


def build(source: Path, report: bool):
    groups = read_groups(source)
    by_form: dict[str, list[int]] = defaultdict(list)
    for gi, (_, forms) in enumerate(groups):
        for form, _, _ in forms:
            if gi not in by_form[form]:
                by_form[form].append(gi)
    fam = Families(len(groups))

    def groups_with(form: str, genders: set[str]):
        for gi in by_form.get(form, ()):
            if any(f == form and g in genders and n in "si" for f, g, n in groups[gi][1]):
                yield gi

    # 1. hand-checked pairs, also fixing the gender Dicollecte left as epicene
    for masc, fem in IRREGULAR_PAIRS:
        for mi in groups_with(masc, {"m", "e"}):
            for fi in groups_with(fem, {"f", "e"}):
                if compatible(groups[mi][0][1], groups[fi][0][1]):
                    fam.union(mi, fi)
                    for item in groups[mi][1]:
                        item[1] = "m" if item[1] == "e" else item[1]
                    for item in groups[fi][1]:
                        item[1] = "f" if item[1] == "e" else item[1]

    for epi, fem in EPICENE_WITH_FEMININE:
        for ei in groups_with(epi, {"e"}):
            for fi in groups_with(fem, {"f"}):
                if compatible(groups[ei][0][1], groups[fi][0][1]):
                    fam.union(ei, fi)

    # 2. suffix correspondences, verified against the lexicon
    def family_genders() -> dict[int, set[str]]:
        out: dict[int, set[str]] = defaultdict(set)
        for gi, (_, forms) in enumerate(groups):
            out[fam.find(gi)].update(g for _, g, _ in forms)
        return out

    genders = family_genders()
    joins = []
    for gi, ((entry, code), forms) in enumerate(groups):
        if code not in ("N", "A", "NA"):
            continue
        have = genders[fam.find(gi)]
        for form, g, n in forms:
            if n == "p":
                continue
            for msuf, fsuf, epi_ok in SUFFIX_RULES:
                if g == "f" and "m" not in have and form.endswith(fsuf):
                    masc = form[: len(form) - len(fsuf)] + msuf
                    pair, want = (masc, form), ({"m", "e"} if epi_ok else {"m"})
                    others = list(groups_with(masc, want))
                elif g in ("m", "e") and "f" not in have and form.endswith(msuf) \
                        and (g == "m" or epi_ok):
                    fem = form[: len(form) - len(msuf)] + fsuf
                    pair, others = (form, fem), list(groups_with(fem, {"f"}))
                else:
                    continue
                if pair in BLOCKED_JOINS or len(pair[0]) < 3:
                    continue
                for oi in others:
                    if compatible(code, groups[oi][0][1]) and fam.find(oi) != fam.find(gi):
                        fam.union(gi, oi)
                        joins.append((f"-{msuf}/-{fsuf}", *pair))
    if report:
        for rule, masc, fem in sorted(set(joins)):
            print(f"{rule}\t{masc}\t{fem}")
        print(f"{len(set(joins))} suffix joins", file=sys.stderr)
    return groups, fam


def write(groups, fam: Families, out: Path) -> None:
    sizes: dict[int, int] = defaultdict(int)
    for gi in range(len(groups)):
        sizes[fam.find(gi)] += 1
    numbers: dict[int, int] = {}
    lines = ["# French gender lexicon built by scripts/build_lexicon.py from Dicollecte 4.6.1"
             " (MPL-2.0, see LICENSE). Columns: lemma, pos, family, forms (form+gender+number)."]
    for gi, ((entry, code), forms) in enumerate(groups):
        root = fam.find(gi)
        family = ""
        if sizes[root] > 1:
            family = str(numbers.setdefault(root, len(numbers)))
        packed = "|".join(f + g + n for f, g, n in forms)
        lines.append(f"{entry}\t{code}\t{family}\t{packed}")
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 and no file name in the header: rebuilding gives the same bytes
    with open(out, "wb") as raw, gzip.GzipFile(
            filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{out}: {len(groups)} groups, {sum(len(f) for _, f in groups)} forms, "
          f"{len(numbers)} joined families, {out.stat().st_size} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--report", action="store_true", help="print the suffix joins")
    args = parser.parse_args()
    groups, fam = build(args.source, args.report)
    write(groups, fam, args.out)


if __name__ == "__main__":
    main()
