"""The engine's short words (severities, statuses, states, decisions, report labels) in French."""
from __future__ import annotations

FRENCH = {
    # severities, statuses, decisions, states
    "critical": "critique", "major": "majeur", "minor": "mineur", "info": "info",
    "open": "ouvert", "fixed": "corrigé", "ignored": "ignoré", "reopened": "rouvert",
    "pending": "en attente", "accepted": "acceptée", "rejected": "refusée",
    "draft": "brouillon", "translated": "traduit", "reviewed": "relu", "signed off": "validé",
    "fix pending": "correction en attente",
    # evidence sides
    "source": "source", "target": "cible", "lexicon": "lexique", "user": "utilisateur",
    "paragraph": "paragraphe", "segment": "segment",
}


def word(text: str, lang: str = "en") -> str:
    """``text`` in ``lang`` (unknown words come back as they are)."""
    if lang != "fr":
        return text
    return FRENCH.get(text, text)
