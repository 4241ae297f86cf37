"""Build resources/names/first_names.tsv.gz: first names with US birth counts by sex and French gender.

Run by hand (the output is committed):
    python scripts/build_names.py [--ssa FILE] [--french FILE] [--min-births N] [--out FILE]

Sources: the US Social Security Administration's first names 1880-2023 with female and
male birth counts (public domain), kept when a name has at least --min-births births;
and Dicollecte's 1,322 French first names with gender mas/fem/epi (MPL-2.0).
Key: the name without accents, in lower case ("Hélène" -> "helene"), so "Sergueï" and
"Serguei" meet. Line: key, female births, male births, French gender (m, f, e or empty).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path("/work/shared/data/names")
DEFAULT_OUT = ROOT / "resources" / "names" / "first_names.tsv.gz"
FRENCH_GENDER = {"mas": "m", "fem": "f", "epi": "e"}


def name_key(name: str) -> str:
    """Lower case without accents: the lookup key shared with qa_desk.nlp.names."""
    decomposed = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def read_ssa(path: Path, min_births: int) -> dict[str, tuple[int, int]]:
    counts: dict[str, tuple[int, int]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            female, male = int(row["female_births"]), int(row["male_births"])
            if female + male < min_births:
                continue
            key = name_key(row["name"])
            old = counts.get(key, (0, 0))
            counts[key] = (old[0] + female, old[1] + male)
    return counts


def read_french(path: Path) -> dict[str, str]:
    genders: dict[str, str] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            name = row["first_name"]
            if len(name) < 2 or "." in name:  # abbreviations such as "J.-C"
                continue
            gender = FRENCH_GENDER[row["gender"]]
            key = name_key(name)
            # two spellings that lose their accents to one key with two genders: epicene
            if genders.get(key, gender) != gender:
                gender = "e"
            genders[key] = gender
    return genders


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ssa", type=Path, default=DATA / "ssa_names_aggregate_by_sex.tsv")
    parser.add_argument("--french", type=Path, default=DATA / "fr_prenoms_dicollecte.tsv")
    parser.add_argument("--min-births", type=int, default=50)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    ssa = read_ssa(args.ssa, args.min_births)
    french = read_french(args.french)
    lines = ["# First names built by scripts/build_names.py: US SSA births 1880-2023 (public"
             " domain) and Dicollecte French first names (MPL-2.0). Columns: key, female"
             " births, male births, French gender."]
    for key in sorted(set(ssa) | set(french)):
        female, male = ssa.get(key, (0, 0))
        lines.append(f"{key}\t{female}\t{male}\t{french.get(key, '')}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "wb") as raw, gzip.GzipFile(
            filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    both = len(set(ssa) & set(french))
    print(f"{args.out}: {len(lines) - 1} names ({len(ssa)} US, {len(french)} French, "
          f"{both} in both), {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
