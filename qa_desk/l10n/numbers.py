"""Numbers as a language writes them: "1,234.5" in English, "1 234,5" in French (narrow no-break space)."""
from __future__ import annotations

NNBSP = "\u202f"


def format_number(value, lang: str = "en", decimals: int | None = None) -> str:
    """``value`` with thousands grouped and the language's decimal mark; ``decimals`` fixes the digits."""
    if decimals is None:
        text = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:,.{decimals}f}"
    if lang != "fr":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", NNBSP)
