"""Cell text → number, as Russian statistical tables write them."""
from __future__ import annotations

import re
from dataclasses import dataclass

# "1 206", "12,5%", "8 %", "20 человек", "≈ 3", "75 чел."
NUMBER = re.compile(
    r"^[≈~]?\s*(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](?P<frac>\d+))?\s*"
    r"(?P<pct>%|процент\w*)?\s*(?:чел(?:овек|\.)?|ед(?:иниц\w*|\.)?|шт\.?|пар\w*)?\.?$",
    re.IGNORECASE)
DASH_ZERO = re.compile(r"^[-‐‑‒–—―−]+$")  # a dash in a number column means zero
# Text meaning "nothing to count here": "Нет молодых специалистов", "отсутствуют", "н/д".
NOTHING = re.compile(r"^(нет\b|не\s+име|отсутств|н/д|не\s+предусм|x$|х$)", re.IGNORECASE)


@dataclass(frozen=True)
class Parsed:
    value: float | None  # None: the cell says there is nothing to count
    percent: bool = False


def parse_number(raw: str | None) -> Parsed | None:
    """A number, a dash (0), 'nothing to count' (value None), or None when not a value.
    Two numbers in separate paragraphs of one cell («45» / «120») are two values, not «45120»:
    such a cell is no single value."""
    lines = [ln for ln in (raw or "").split("\n") if ln.strip()]
    if len(lines) > 1 and sum(NUMBER.match(" ".join(ln.split())) is not None for ln in lines) > 1:
        return None
    s = " ".join((raw or "").replace("\u00a0", " ").split())
    if not s:
        return None
    if DASH_ZERO.match(s):
        return Parsed(0.0)
    m = NUMBER.match(s)
    if m:
        whole = re.sub(r"\D", "", m.group("num"))
        frac = m.group("frac")
        value = float(f"{whole}.{frac}") if frac else float(whole)
        return Parsed(value, percent=bool(m.group("pct")))
    if NOTHING.match(s):
        return Parsed(None)
    return None


def is_number(raw: str | None) -> bool:
    p = parse_number(raw)
    return p is not None and p.value is not None


def fmt(value: float | None) -> str:
    """Plain text of a number for CSV: 12.0 → '12', 12.5 → '12.5'."""
    if value is None:
        return ""
    if abs(value - round(value)) < 1e-9:
        return str(int(round(value)))
    return f"{value:.4f}".rstrip("0").rstrip(".")
