"""The engine's words in the reader's language: issue messages, evidence, severities, report labels, numbers.

The checks write their messages in English; :func:`translate_message` gives a French reading
from the catalogue in ``messages_fr`` (one pattern per message shape, its parts carried over).
No Qt here: the app, the reports and the command all use it. A message the catalogue does not
know stays in English (``untranslated`` lists them, for the catalogue's test).
"""
from __future__ import annotations

from .messages import describe_evidence, translate_message, untranslated
from .numbers import format_number
from .words import word

__all__ = ["describe_evidence", "format_number", "translate_message", "untranslated", "word"]
