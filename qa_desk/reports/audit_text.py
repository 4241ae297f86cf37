"""The audit trail in plain words: "Applied « Elle » in segment 3 (gender): Il → Elle".

Each action the session records gets one sentence, in English or French, with the segment
numbers the desk shows (``number_of``: segment id -> number) and the change as the words taken
out and put in. The raw detail stays in the project (the dock's tooltip shows it).
"""
from __future__ import annotations

import re

from ..l10n.numbers import format_number
from ..l10n.words import word
from ..textdiff import changed_words

NBSP = "\u00a0"

PHRASES = {
    "en": {
        "open": "Opened {paths}: {issues} issue(s) found",
        "reopen": "Reopened the project: {edits} edit(s), {issues} issue(s)",
        "set_target": "Edited segment {seg}: {change}",
        "apply_suggestion": "Applied “{suggestion}” in segment {seg} ({check}): {change}",
        "ignore": "Ignored “{text}” ({check}) in {where}: {reason}",
        "unignore": "Stopped ignoring an issue ({segments})",
        "decide": "{decisions}",
        "decide_all": "{decisions} ({check})",
        "decide_each": "{decisions}",
        "set_person_gender": "Set {person} to {gender}",
        "recheck": "Checked again ({count})",
        "export": "Exported {path} ({format}): {segments_changed} segment(s) changed, {pending} pending left out",
        "export_report": "Wrote the report {path}",
        "save_as": "Saved as {path}",
        "replace_all": "Replaced “{find}” with “{replace}” in {count} segment(s)",
        "apply_to_identical": "Applied “{suggestion}” to {count} segment(s) with the same issue",
        "fix_all": "Fixed a document-wide issue ({check}) in {count} segment(s)",
        "propagate": "Propagated segment {from_seg} to {count} repetition(s)",
        "undo": "Undid: {what} ({count} segment(s))",
        "set_state": "Marked {states}",
        "reopen_issue": "Reopened “{text}” ({check}) in segment {seg}",
        "unreopen": "Closed again “{text}” ({check}) in segment {seg}",
        "import_ignores": "Kept {count} ignore(s) from the file read",
        "merge": "Merged segments", "split": "Split a segment", "relink": "Moved a sentence to the next segment",
        "undo_alignment": "Undid an alignment correction",
        "unchanged": "{action} (nothing changed)",
        "accepted": "accepted", "rejected": "rejected", "pending": "back to pending",
        "change": "“{removed}” → “{added}”", "segments": "segment(s) {list}", "document": "this document",
        "project": "every document of the project",
    },
    "fr": {
        "open": "Ouverture de {paths}" + NBSP + ": {issues} problème(s) trouvé(s)",
        "reopen": "Réouverture du projet" + NBSP + ": {edits} modification(s), {issues} problème(s)",
        "set_target": "Segment {seg} modifié" + NBSP + ": {change}",
        "apply_suggestion": "«" + NBSP + "{suggestion}" + NBSP + "» appliqué au segment {seg} ({check})" + NBSP
                            + ": {change}",
        "ignore": "«" + NBSP + "{text}" + NBSP + "» ({check}) ignoré dans {where}" + NBSP + ": {reason}",
        "unignore": "Problème de nouveau pris en compte ({segments})",
        "decide": "{decisions}",
        "decide_all": "{decisions} ({check})",
        "decide_each": "{decisions}",
        "set_person_gender": "{person}" + NBSP + ": {gender}",
        "recheck": "Nouveau contrôle ({count})",
        "export": "Export de {path} ({format})" + NBSP + ": {segments_changed} segment(s) modifié(s), "
                  "{pending} en attente laissé(s) de côté",
        "export_report": "Rapport écrit" + NBSP + ": {path}",
        "save_as": "Enregistré sous {path}",
        "replace_all": "«" + NBSP + "{find}" + NBSP + "» remplacé par «" + NBSP + "{replace}" + NBSP
                       + "» dans {count} segment(s)",
        "apply_to_identical": "«" + NBSP + "{suggestion}" + NBSP + "» appliqué à {count} segment(s) ayant le même "
                              "problème",
        "fix_all": "Problème de tout le document ({check}) corrigé dans {count} segment(s)",
        "propagate": "Segment {from_seg} propagé à {count} répétition(s)",
        "undo": "Annulé" + NBSP + ": {what} ({count} segment(s))",
        "set_state": "Marqué" + NBSP + ": {states}",
        "reopen_issue": "«" + NBSP + "{text}" + NBSP + "» ({check}) rouvert au segment {seg}",
        "unreopen": "«" + NBSP + "{text}" + NBSP + "» ({check}) de nouveau clos au segment {seg}",
        "import_ignores": "{count} problème(s) ignoré(s) repris du fichier lu",
        "merge": "Segments fusionnés", "split": "Segment scindé", "relink": "Phrase déplacée au segment voisin",
        "undo_alignment": "Correction d’alignement annulée",
        "unchanged": "{action} (rien n’a changé)",
        "accepted": "acceptée", "rejected": "refusée", "pending": "remise en attente",
        "change": "«" + NBSP + "{removed}" + NBSP + "» → «" + NBSP + "{added}" + NBSP + "»",
        "segments": "segment(s) {list}", "document": "ce document", "project": "tous les documents du projet",
    },
}


class _Detail(dict):
    def __missing__(self, key: str) -> str:
        return "?"


_NUMBER = re.compile(r"\d[\d\u202f\u00a0,.]*")


def _plural(text: str) -> str:
    """Each "(s)" follows the nearest number before it: none for 0 or 1, an s for more."""
    out, last = [], 0
    for match in re.finditer(r"\(s\)", text):
        numbers = _NUMBER.findall(text[:match.start()])
        count = re.sub(r"\D", "", numbers[-1]) if numbers else "2"
        out.append(text[last:match.start()] + ("" if count in ("0", "1") else "s"))
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def describe_entry(entry, number_of: dict | None = None, lang: str = "en") -> str:
    """One sentence for an audit entry."""
    phrases = PHRASES["fr" if lang == "fr" else "en"]
    detail = dict(entry.detail or {})
    number_of = number_of or {}
    action = entry.action

    def seg(seg_id) -> str:
        return str(number_of.get(seg_id, seg_id))

    if detail.get("unchanged"):
        return phrases["unchanged"].format(action=action)
    values = _Detail({k: v for k, v in detail.items() if isinstance(v, (str, int, float))})
    values["seg"] = seg(detail.get("segment", "?"))
    if "before" in detail and "after" in detail:
        removed, added = changed_words(str(detail["before"]), str(detail["after"]))
        values["change"] = phrases["change"].format(removed=removed, added=added)
    if "count" in detail:
        values["count"] = format_number(int(detail["count"]), lang)
    ids = detail.get("segments") or []
    if isinstance(ids, list):
        shown = ", ".join(seg(s) for s in ids[:8]) + (" …" if len(ids) > 8 else "")
        values["segments"] = phrases["segments"].format(list=shown) if ids else phrases["document"]
        if "count" not in detail:
            values["count"] = format_number(len(ids), lang) if ids else phrases["document"]
    if action == "open":
        values["paths"] = " + ".join(p.rsplit("/", 1)[-1] for p in detail.get("paths", []) if p)
    if action == "ignore":
        values["where"] = phrases["project"] if detail.get("scope") == "project" else phrases["document"]
    if action.startswith("decide"):
        decisions = detail.get("decisions", {})
        by_word: dict[str, int] = {}
        for decision in decisions.values():
            by_word[decision] = by_word.get(decision, 0) + 1
        label = "change(s)" if lang != "fr" else "modification(s)"
        values["decisions"] = "; ".join(f"{format_number(n, lang)} {label} {phrases.get(d, d)}"
                                        for d, n in by_word.items()) or phrases["unchanged"].format(action=action)
    if action == "export":
        values["pending"] = format_number(int(detail.get("pending_left_out", 0)), lang)
        values["path"] = str(detail.get("path", "")).rsplit("/", 1)[-1]
    if action in ("export_report", "save_as"):
        values["path"] = str(detail.get("path", "")).rsplit("/", 1)[-1]
    if action == "propagate":
        values["from_seg"] = seg(detail.get("from", "?"))
    if action == "set_person_gender":
        values["gender"] = word(str(detail.get("gender") or "automatic"), lang)
    if action == "set_state":
        values["states"] = ", ".join(f"{seg(s)} {word(_STATE.get(v, v), lang)}"
                                     for s, v in list(detail.get("states", {}).items())[:8])
    key = action
    if action == "reopen" and "signature" in detail:
        key = "reopen_issue"
    if action.startswith("undo_") and action != "undo_alignment":
        values["what"] = PHRASES["en" if lang != "fr" else "fr"].get(action[5:], action[5:]).split(":")[0] \
            .split("{")[0].strip(" “«" + NBSP)
        key = "undo"
    template = phrases.get(key)
    if template is None:
        return action.replace("_", " ")
    return _plural(template.format_map(values))


_STATE = {"initial": "draft", "translated": "translated", "reviewed": "reviewed", "final": "signed off"}
