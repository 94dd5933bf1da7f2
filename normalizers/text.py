"""Text folding shared by every matcher: one place decides what 'the same text' means."""
from __future__ import annotations

import re
import unicodedata

DASHES = re.compile(r"[‐‑‒–—―−]")  # every dash and minus → "-"
QUOTES = re.compile(r"[«»“”„\"'`‘’]")


def collapse(s: str | None) -> str:
    """Whitespace collapsed (as SPEC's org_name): 'МБОУ  ООШ\\n№ 5' → 'МБОУ ООШ № 5'."""
    return " ".join((s or "").replace("\u00a0", " ").split())


def fold(s: str | None) -> str:
    """Lower case, ё→е, one kind of dash, no quotes, whitespace collapsed: for matching."""
    # NFKC would turn "№" into "No": keep the sign, fold the rest (ligatures, wide forms).
    s = unicodedata.normalize("NFKC", (s or "").replace("№", "\ue000"))
    s = s.replace("\ue000", "№").replace("\u00a0", " ")
    s = DASHES.sub("-", s).lower().replace("ё", "е")
    return collapse(QUOTES.sub("", s))


TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                     "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                     "yu", "ya"], strict=True))


def slug(s: str) -> str:
    """Readable ASCII slug: 'Головатовская' → 'golovatovskaya'."""
    out = "".join(TRANSLIT.get(ch, ch) for ch in fold(s))
    out = re.sub(r"[^a-z0-9]+", "-", out)
    return out.strip("-")
