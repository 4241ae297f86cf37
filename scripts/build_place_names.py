"""Build resources/names/cldr_places.tsv: country, region and city names in English and French.

Run by hand (the output is committed), with a Python that has Babel (it carries the Unicode
CLDR data; Babel is not a qa-desk dependency):
    /work/bench-venv/bin/python scripts/build_place_names.py [--out FILE]

Source: Unicode CLDR as packaged by Babel — territory display names (countries, continents,
regions) and the exemplar cities of the time-zone names, in English and in French. Licence:
Unicode License v3 (resources/names/LICENSE-Unicode.txt, copied from Babel's locale data).
Same columns as variants.tsv: English forms, French forms (| separated), kind.
"""
from __future__ import annotations

import argparse
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "names" / "cldr_places.tsv"
SKIP_TERRITORIES = {"ZZ", "001", "EZ", "UN", "QO"}  # unknown region, world, eurozone, UN, outlying


def rows():
    from babel import Locale

    en, fr = Locale("en"), Locale("fr")
    out = []
    for code, english in sorted(en.territories.items()):
        french = fr.territories.get(code)
        if not french or code in SKIP_TERRITORIES:
            continue
        kind = "region" if code.isdigit() else "country"
        out.append((english, french, kind))
    for zone, names in sorted(fr.time_zones.items()):
        french = names.get("city")
        english = en.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if not french or "/" not in zone or zone.startswith(("Etc/", "Antarctica/")):
            continue
        if "," in english or "[" in french or "(" in french:
            continue  # "Beulah, North Dakota": a US county seat named after its state
        out.append((english, french, "city"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    args = parser.parse_args()
    import babel

    lines = ["# Country, region and city names, English and French, from Unicode CLDR (via Babel "
             f"{babel.__version__}), built by scripts/build_place_names.py.",
             "# Licence: Unicode License v3, LICENSE-Unicode.txt beside this file. Do not edit: rebuild.",
             "# Columns (tab-separated): English, French, kind."]
    seen = set()
    for english, french, kind in rows():
        if (english, french) not in seen:
            seen.add((english, french))
            lines.append(f"{english}\t{french.replace('’', chr(39))}\t{kind}")
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    licence = Path(babel.__file__).parent / "locale-data" / "LICENSE.unicode"
    shutil.copyfile(licence, Path(args.out).parent / "LICENSE-Unicode.txt")
    print(f"{len(lines) - 3} rows -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
