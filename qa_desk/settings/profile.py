"""Profiles: a TOML file a desk shares (severities, disabled checks, exceptions, house style)."""
from __future__ import annotations

import tomllib
from pathlib import Path

from ..errors import InputError
from ..model import SEVERITIES

KNOWN_KEYS = {"severity", "disabled", "ignore", "typography", "exceptions", "glossary", "states", "report"}


def load_profile(path: str) -> dict:
    """Read and validate a profile; unknown severities or keys are a one-line error."""
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read profile", path) from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"not a valid TOML profile ({exc})", path) from None
    unknown = set(data) - KNOWN_KEYS
    if unknown:
        raise InputError(f"unknown profile key(s): {', '.join(sorted(unknown))}", path)
    for check_id, severity in data.get("severity", {}).items():
        if severity not in SEVERITIES:
            raise InputError(f"severity of {check_id} must be one of {', '.join(SEVERITIES)}", path)
    data["disabled"] = tuple(data.get("disabled", ()))
    _check_typography(data.get("typography", {}), path)
    data["states"] = check_states(data.get("states", {}), path)
    data["report"] = check_report(data.get("report", {}), path)
    _resolve_glossaries(data, path)
    from .ignores import compile_exceptions, compile_rules
    compile_rules(data.get("ignore", ()), path)  # validate now: one clear error, not one per document
    compile_exceptions(data.get("exceptions", {}), path)
    return data


TYPOGRAPHY = {"style": ("imprimerie-nationale", "press-nnbsp"), "apostrophe": ("typographic", "straight"),
              "thousands": ("nbsp", "nnbsp")}


def _check_typography(table, path: str) -> None:
    if not isinstance(table, dict):
        raise InputError("[typography] must be a table", path)
    for key, value in table.items():
        if key not in TYPOGRAPHY:
            raise InputError(f"unknown [typography] key {key!r} ({', '.join(TYPOGRAPHY)})", path)
        if value not in TYPOGRAPHY[key]:
            raise InputError(f"[typography] {key} must be one of {', '.join(TYPOGRAPHY[key])}", path)


def check_report(table, path: str) -> dict:
    """``[report]``: ``pass_threshold`` (the MQM score a document needs to pass, 0-100) and
    ``language`` ("en" or "fr") of the HTML, CSV and XLSX reports."""
    if not isinstance(table, dict):
        raise InputError("[report] must be a table", path)
    unknown = set(table) - {"pass_threshold", "language"}
    if unknown:
        raise InputError(f"unknown [report] key(s): {', '.join(sorted(unknown))} (pass_threshold, language)", path)
    threshold = table.get("pass_threshold")
    if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, (int, float))
                                  or not -1000 <= threshold <= 100):
        raise InputError("[report] pass_threshold must be a number up to 100 (an MQM score)", path)
    if table.get("language", "en") not in ("en", "fr"):
        raise InputError("[report] language must be \"en\" or \"fr\"", path)
    return dict(table)


def _resolve_glossaries(data: dict, path: str) -> None:
    """Glossary paths are relative to the profile file, so a desk can share both together."""
    glossary = data.get("glossary", [])
    if isinstance(glossary, str):
        glossary = [glossary]
    if not isinstance(glossary, list) or not all(isinstance(g, str) for g in glossary):
        raise InputError("glossary must be a list of file paths", path)
    base = Path(path).resolve().parent
    resolved = []
    for entry in glossary:
        full = (base / Path(entry).expanduser()).resolve()
        if not full.is_file():
            raise InputError(f"glossary not found: {entry}", path)
        resolved.append(str(full))
    data["glossary"] = resolved


def check_states(table, path: str) -> dict:
    """``[states]``: the state a segment fixed by qa-desk takes, normalised and, per dialect, native.

    ``fixed`` is one of initial, translated, reviewed, final, or "unchanged" (default: reviewed, never
    lowering a segment's state); ``xliff12``, ``xliff2``, ``sdlxliff``, ``mqxliff``, ``mxliff`` name the
    value written in that kind of file instead of the mapped one (README, "States per dialect").
    """
    from ..formats.xliff1_dialects import NATIVE_VALUES
    from ..model import STATES

    if not isinstance(table, dict):
        raise InputError("[states] must be a table", path)
    allowed = {**NATIVE_VALUES, "xliff2": STATES}
    for key, value in table.items():
        if key == "fixed":
            if value not in (*STATES, "unchanged"):
                raise InputError(f"[states] fixed must be one of {', '.join(STATES)} or unchanged", path)
        elif key not in allowed:
            raise InputError(f"unknown [states] key {key!r} (fixed, {', '.join(allowed)})", path)
        elif value not in allowed[key]:
            raise InputError(f"[states] {key} must be one of {', '.join(allowed[key])}", path)
    return dict(table)
