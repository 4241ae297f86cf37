"""Shared test set-up: Qt offscreen, paths to the seeds and test data."""
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared" / "data"


def slow_requested(config) -> bool:
    """Slow tests (minutes: clean-venv install, PyInstaller bundle, a 5 MB paragraph) run only when asked."""
    return os.environ.get("QA_DESK_SLOW") == "1" or "slow" in (config.getoption("markexpr") or "")


def pytest_collection_modifyitems(config, items):
    if slow_requested(config):
        return
    skip = pytest.mark.skip(reason="slow: run with `make dist`, `-m slow` or QA_DESK_SLOW=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def seed_pair():
    """The bundled seed: (English source path, French target path)."""
    return SEEDS / "000_f49c22878f2298e4.en.txt", SEEDS / "000_f49c22878f2298e4.txt"
