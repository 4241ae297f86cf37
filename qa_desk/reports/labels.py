"""What the reports say, in English or French (the profile's ``[report] language``, or the desk's).

Only the reports' own words are here; issue messages and evidence come from ``qa_desk.l10n``.
"""
from __future__ import annotations

from ..l10n import format_number, translate_message, word
from ..l10n.messages import describe_evidence

NBSP = "\u00a0"

FRENCH = {
    "qa-desk report": "Rapport qa-desk",
    "{segments} segments, {words} source words; written {stamp}.":
        "{segments} segments, {words} mots source{NNBSP}; rédigé le {stamp}.",
    "Scorecard": "Bilan", "measure": "mesure", "value": "valeur",
    "open issues (critical / major / minor / info)": "problèmes ouverts (critiques / majeurs / mineurs / info)",
    "penalty points (minor 1, major 5, critical 25)": "points de pénalité (mineur 1, majeur 5, critique 25)",
    "penalty per 1,000 source words": "pénalité pour 1 000 mots source",
    "MQM score (100 minus penalty points per 100 words)": "score MQM (100 moins les points de pénalité pour 100 mots)",
    "pass mark": "seuil de réussite", "verdict": "verdict", "PASS": "RÉUSSI", "FAIL": "ÉCHEC",
    "no pass mark set (profile [report] pass_threshold)": "pas de seuil (profil, [report] pass_threshold)",
    "post-edit TER, document (0 = unchanged)": "TER de post-édition, document (0 = inchangé)",
    "post-edit chrF, document (100 = unchanged)": "chrF de post-édition, document (100 = inchangé)",
    "issues by status": "problèmes par statut", "edits by decision": "modifications par décision", "none": "aucun",
    "People": "Personnes", "name": "nom", "gender": "genre", "set by user": "fixé par l’utilisateur",
    "evidence": "indices",
    "Issues": "Problèmes", "segment": "segment", "severity": "gravité", "check": "contrôle", "status": "statut",
    "flagged": "passage signalé", "message": "message", "suggestion": "suggestion", "context": "contexte",
    "Segments": "Segments", "source": "source", "target as read": "cible telle que lue", "corrected": "corrigée",
    "notes": "notes", "penalty": "pénalité",
    "Edits and decisions": "Modifications et décisions", "change": "modification", "by": "par", "when": "quand",
    "decision": "décision", "decided by": "décidé par",
    "Audit trail": "Journal des actions", "who": "qui", "what": "quoi",
    "open (fix pending)": "ouvert (correction en attente)", "file id": "id dans le fichier",
}


class Labels:
    """``labels("text")`` in the report's language; ``labels.number(value)`` written its way."""

    def __init__(self, lang: str = "en"):
        self.lang = "fr" if lang == "fr" else "en"

    def __call__(self, text: str, **values) -> str:
        out = FRENCH.get(text, text) if self.lang == "fr" else text
        if values:
            out = out.format(NNBSP="\u202f", **values)
        return out

    def number(self, value, decimals: int | None = None) -> str:
        if value is None:
            return "—"
        return format_number(value, self.lang, decimals)

    def word(self, text: str) -> str:
        return word(text, self.lang)

    def message(self, issue) -> str:
        from .scorecard import message_of
        return translate_message(message_of(issue), self.lang)

    def evidence(self, evidence) -> str:
        return describe_evidence(evidence, self.lang)

    def status(self, record) -> str:
        if getattr(record, "pending_fix", False):
            return self("open (fix pending)")
        return self.word(record.status)
