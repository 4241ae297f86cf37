"""The CAT tools' XLIFF 1.2 dialects: where each keeps a segment's state, and how qa-desk maps it.

| qa-desk state | XLIFF 1.x ``target/@state`` | SDLXLIFF ``sdl:seg/@conf`` | memoQ ``trans-unit/@mq:status`` | Phrase ``trans-unit/@m:confirmed`` |
|---|---|---|---|---|
| initial | needs-translation | Draft | NotStarted | 0 |
| translated | translated | Translated | ManuallyConfirmed | 1 |
| reviewed | signed-off | ApprovedTranslation | Reviewer1Confirmed | 1 |
| final | final | ApprovedSignOff | Reviewer2Confirmed | 1 |

Reading takes the dialect's own state first (SDLXLIFF's segment definitions, memoQ's status,
Phrase's confirmation), then ``target/@state`` and ``approved``. Writing a changed segment sets
the dialect's attribute (and ``target/@state`` when the file has one); a profile may name the
native value to use instead (``[states]`` in the profile).
"""
from __future__ import annotations

from lxml import etree

SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"
MQ = "MQXliff"
PHRASE = "http://www.memsource.com/mxlf/2.0"
DIALECT_NAMESPACES = {SDL: "sdlxliff", MQ: "mqxliff", PHRASE: "mxliff"}
EXTENSION_DIALECTS = {".sdlxliff": "sdlxliff", ".mqxliff": "mqxliff", ".mxliff": "mxliff"}

STATE_IN = {"new": "initial", "needs-translation": "initial", "needs-adaptation": "initial",
            "needs-l10n": "initial", "needs-review-translation": "translated",
            "needs-review-adaptation": "translated", "needs-review-l10n": "translated",
            "translated": "translated", "signed-off": "reviewed", "final": "final"}
STATE_OUT = {"initial": "needs-translation", "translated": "translated", "reviewed": "signed-off",
             "final": "final"}
SDL_IN = {"Unspecified": "initial", "NotTranslated": "initial", "Draft": "initial",
          "Translated": "translated", "RejectedTranslation": "initial", "ApprovedTranslation": "reviewed",
          "RejectedSignOff": "translated", "ApprovedSignOff": "final"}
SDL_OUT = {"initial": "Draft", "translated": "Translated", "reviewed": "ApprovedTranslation",
           "final": "ApprovedSignOff"}
MQ_IN = {"NotStarted": "initial", "Editing": "initial", "PartiallyEdited": "initial", "PreTranslated": "initial",
         "MachineTranslated": "initial", "AssembledFromFragments": "initial", "Rejected": "initial",
         "ManuallyConfirmed": "translated", "Confirmed": "translated", "Proofread": "reviewed",
         "Reviewer1Confirmed": "reviewed", "Reviewer2Confirmed": "final"}
MQ_OUT = {"initial": "NotStarted", "translated": "ManuallyConfirmed", "reviewed": "Reviewer1Confirmed",
          "final": "Reviewer2Confirmed"}
# Native values a profile may choose for fixed segments, per dialect.
NATIVE_VALUES = {"xliff12": tuple(STATE_IN), "sdlxliff": tuple(SDL_IN), "mqxliff": tuple(MQ_IN),
                 "mxliff": ("0", "1")}


def detect(root, path: str = "") -> str:
    """sdlxliff, mqxliff or mxliff when the tool's namespace is declared (or the extension says so), else ''."""
    uris = set(root.nsmap.values())
    for uri, name in DIALECT_NAMESPACES.items():
        if uri in uris:
            return name
    for el in root.iter():  # a namespace declared below the root (some tools do)
        if isinstance(el.tag, str):
            for uri in el.nsmap.values():
                if uri in DIALECT_NAMESPACES:
                    return DIALECT_NAMESPACES[uri]
        if el.tag == "trans-unit" or (isinstance(el.tag, str) and el.tag.endswith("}trans-unit")):
            break
    lower = path.lower()
    for ext, name in EXTENSION_DIALECTS.items():
        if lower.endswith(ext):
            return name
    return ""


def seg_defs(unit) -> dict[str, object]:
    """SDLXLIFF segment definitions of a unit: mid -> sdl:seg element."""
    out = {}
    for defs in unit.iterchildren(f"{{{SDL}}}seg-defs"):
        for seg in defs.iterchildren(f"{{{SDL}}}seg"):
            out[seg.get("id", "")] = seg
    return out


def _definition(defs: dict, mid: str | None):
    """The sdl:seg of a segment: by its mid, else the unit's only one (lxml elements without
    children are falsy, hence no ``or``)."""
    seg = defs.get(mid if mid is not None else "")
    if seg is None and len(defs) == 1:
        seg = next(iter(defs.values()))
    return seg


def read_state(dialect: str, unit, target, mid: str | None, defs: dict, has_text: bool) -> str:
    """The normalised state of a segment, from the dialect's own marks first."""
    if dialect == "sdlxliff":
        seg = _definition(defs, mid)
        if seg is not None and seg.get("conf") in SDL_IN:
            return SDL_IN[seg.get("conf")]
    elif dialect == "mqxliff" and unit.get(f"{{{MQ}}}status") in MQ_IN:
        return MQ_IN[unit.get(f"{{{MQ}}}status")]
    elif dialect == "mxliff" and unit.get(f"{{{PHRASE}}}confirmed") is not None:
        return "initial" if unit.get(f"{{{PHRASE}}}confirmed") in ("0", "") else "translated"
    raw = target.get("state") if target is not None else None
    state = STATE_IN.get(raw) or ("translated" if has_text else "initial")
    if unit.get("approved") == "yes" and state in ("initial", "translated"):
        state = "reviewed"
    return state


def write_state(dialect: str, state: str, unit, target, mid: str | None, native: dict, changes, twins,
                new_target=None) -> None:
    """Set ``state`` the way the dialect keeps it, on the twin elements; records attribute changes.

    ``native`` holds the profile's native values by dialect; ``twins`` maps original -> twin;
    ``new_target`` is a target the writer just made (no original). Where the dialect's own mark
    is missing (an SDLXLIFF segment without definition), ``target/@state`` carries the state.
    """
    twin_unit = twins[unit]
    handled = False
    if dialect == "sdlxliff":
        conf = native.get("sdlxliff") or SDL_OUT[state]
        defs = seg_defs(unit)
        seg = _definition(defs, mid)
        if seg is not None:
            twin_seg = twins[seg]
            twin_seg.set("conf", conf)
            changes.attributes.append((seg, twin_seg))
            handled = True
    elif dialect == "mqxliff":
        twin_unit.set(f"{{{MQ}}}status", native.get("mqxliff") or MQ_OUT[state])
        changes.attributes.append((unit, twin_unit))
        handled = True
    elif dialect == "mxliff":
        twin_unit.set(f"{{{PHRASE}}}confirmed", native.get("mxliff") or ("0" if state == "initial" else "1"))
        changes.attributes.append((unit, twin_unit))
        handled = True
    value = native.get("xliff12") or STATE_OUT.get(state, "translated")
    if new_target is not None:
        if not handled:
            new_target.set("state", value)
    elif target is not None and (target.get("state") is not None or not handled):
        twin_target = twins[target]
        twin_target.set("state", value)
        changes.attributes.append((target, twin_target))


def state_elements(dialect: str, unit) -> list:
    """Original elements whose twins ``write_state`` may touch (so the writer maps them)."""
    if dialect == "sdlxliff":
        return list(seg_defs(unit).values())
    return []


def is_element(node) -> bool:
    return isinstance(node, etree._Element) and isinstance(node.tag, str)
