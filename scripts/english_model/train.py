"""Train qa-desk's English pipeline (resources/models/en_qadesk) from UD English-EWT and Universal NER.

Reproducible: the corpus conversion (convert.py), the config (config.cfg, committed) and the
seed (0) are fixed; one CPU thread. It takes about an hour and a half on a 2-core machine and
is never run by `make run` or `make test`. Steps:

1. convert the treebank and the entity annotations to spaCy's format (build/english-model/corpus);
2. train (``spacy train config.cfg``), keeping the best model on the held-out quarter of dev;
3. score it on EWT test (tags, morphology, UAS/LAS, entities) into scores-ewt-test.json;
4. copy it to resources/models/en_qadesk, without the training-only files.

Run:  make english-model   (or .venv/bin/python scripts/english_model/train.py [--data DIR])
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BUILD = ROOT / "build" / "english-model"
TARGET = ROOT / "resources" / "models" / "en_qadesk"
SCORES = ("tag_acc", "pos_acc", "morph_acc", "dep_uas", "dep_las", "ents_p", "ents_r", "ents_f")


def run(*args: str) -> None:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    subprocess.run([sys.executable, *args], check=True, cwd=ROOT, env=env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "english-ud-ewt"))
    parser.add_argument("--skip-training", action="store_true", help="score and install the last run")
    args = parser.parse_args()
    corpus = BUILD / "corpus"
    run(str(HERE / "convert.py"), "--data", args.data, "--out", str(corpus))
    output = BUILD / "train"
    if not args.skip_training:
        run("-m", "spacy", "train", str(HERE / "config.cfg"), "--output", str(output), "--system.seed", "0",
            "--paths.train", str(corpus / "train.spacy"), "--paths.dev", str(corpus / "dev.spacy"))
    best = output / "model-best"
    scores_path = BUILD / "scores-ewt-test.json"
    run("-m", "spacy", "evaluate", str(best), str(corpus / "test.spacy"), "--output", str(scores_path))
    scores = json.loads(scores_path.read_text(encoding="utf-8"))
    summary = {key: round(scores[key] * 100, 1) for key in SCORES}
    summary["las_per_type"] = {dep: round(scores["dep_las_per_type"][dep]["f"] * 100, 1)
                               for dep in ("nsubj", "nsubj:pass", "obj", "appos", "flat", "compound", "nmod:poss")}
    summary["ents_per_type"] = {k: round(v["f"] * 100, 1) for k, v in scores["ents_per_type"].items()}
    if TARGET.exists():
        shutil.rmtree(TARGET)
    shutil.copytree(best, TARGET)
    (TARGET / "scores-ewt-test.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
