"""Profiles: a TOML file a desk shares (severities, disabled checks, exceptions, house style)."""
from __future__ import annotations

import tomllib

from .errors import InputError
from .model import SEVERITIES

KNOWN_KEYS = {"severity", "disabled", "ignore", "typography", "exceptions", "glossary"}


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
    return data
