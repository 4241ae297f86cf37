"""Shared test set-up: Qt offscreen, paths to the seeds and test data."""
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture
def seed_pair():
    """The bundled seed: (English source path, French target path)."""
    return SEEDS / "000_f49c22878f2298e4.en.txt", SEEDS / "000_f49c22878f2298e4.txt"
