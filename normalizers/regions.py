"""Regions (субъекты РФ) named in a text → the canonical nominative name of regions.toml.

«министерства образования Ростовской области» → «Ростовская область»; «Республики
Башкортостан», «РБ» (only where it is not ambiguous), «Пермского края», «ХМАО – Югры». A city of
federal significance counts only where the caller says the text is a heading, since
«в Москве прошёл форум» says nothing about who wrote a report.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .text import fold
from .vocab import cities, regions

KIND_WORDS = {"область": r"обл(?:аст\w*|\.)?", "край": r"кра[йяюе]\w*", "автономный округ": r"(?:автономн\w+\s+)?округ\w*",
              "автономная область": r"автономн\w+\s+обл(?:аст\w*|\.)?"}


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, str, bool, bool]]:
    """(pattern, canonical name, is a city) — longest stems first, so that «алтайск» is the
    Altai krai before «алтай» can be the republic."""
    out = []
    for r in sorted(regions(), key=lambda r: -len(r["stem"])):
        stem = re.escape(r["stem"])
        kind = r["kind"]
        city = kind.startswith("город")
        if kind in KIND_WORDS:
            pat = rf"(?<![а-яё-]){stem}[а-яё]*(?:\s*[-–—]\s*[а-яё]+)?\s+{KIND_WORDS[kind]}"
        elif re.match(r"[\w-]+ая\s+республика", r["name"].lower()):  # «Чувашская Республика»
            pat = rf"(?<![а-яё-]){stem}[а-яё]*\s+республик\w*"
        else:  # «Республика Коми», a city: the proper name, declined, is a word of its own
            pat = rf"(?<![а-яё-]){stem}[а-яё]{{0,2}}(?![а-яё])"
        words = [a for a in r.get("aliases", []) if not _is_abbreviation(a)]
        abbrs = [a for a in r.get("aliases", []) if _is_abbreviation(a) and a not in r.get("ambiguous", [])]
        alts = [pat] + [rf"(?<![а-яё-]){re.escape(fold(a))}(?![а-яё])" for a in words]
        out.append((re.compile("|".join(f"(?:{a})" for a in alts)), r["name"], city, False))
        if abbrs:  # «РО», «ХМАО»: as printed, upper case, a word of its own
            pat = "|".join(rf"(?<![А-ЯЁа-яё]){re.escape(a)}(?![А-ЯЁа-яё])" for a in abbrs)
            out.append((re.compile(pat), r["name"], city, True))
    return out


def _is_abbreviation(alias: str) -> bool:
    letters = [ch for ch in alias if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) >= 2 and sum(ch.isupper() for ch in letters) * 2 >= len(letters)


def find_regions(text: str, heading: bool = False) -> list[str]:
    """Regions named in the text, in order of first mention."""
    low = fold(text)
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for pat, name, city, as_printed in _patterns():
        if city and not heading:
            continue
        for m in pat.finditer(text if as_printed else low):
            if any(a <= m.start() < b for a, b in taken):
                continue
            found.append((m.start(), name))
            taken.append(m.span())
    seen, out = set(), []
    for _, name in sorted(found):
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def generic_districts() -> tuple[str, ...]:
    """District names that many regions share (and districts inside big cities): they name no
    region. Data: cities.toml, [generic] districts."""
    from .vocab import generic_districts as load

    return load()


def _stem(word: str) -> str:
    """«Сальский» → «сальск», «Егорлыкская» → «егорлык», «Новочеркасск» → «новочеркасск»."""
    w = fold(word)
    for end in ("ский", "ская", "ское", "цкий", "цкая", "ий", "ая", "ое", "ый"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: len(w) - len(end)] + ("ск" if end.startswith("ск") else "ц" if end.startswith("ц") else "")
    return w


def region_of_municipality(name: str) -> str:
    """The region of a town, or of a district named after its centre («Сальский район» →
    Сальск → «Ростовская область»), from cities.toml; a name that several regions share gives
    nothing rather than a guess."""
    if any(fold(w).startswith(g) and re.search(r"(?:ий|ой|ый)$", fold(w)) for w in name.split()
           for g in generic_districts()):
        return ""
    place = re.sub(r"\b(?:город|городской|муниципальный|район|округ)\b", " ", name)
    place = " ".join(place.split())
    if not place:
        return ""
    key = place
    stem = _stem(key) if " " not in key else fold(key)
    names = {fold(key), stem}
    if stem.endswith("ск"):
        names.add(stem[:-2])  # «Азовский» → Азов
    found = {c["region"] for c in cities() if fold(c["name"]) in names}
    root = stem[:-2] if stem.endswith("ск") else stem
    if not found and len(root) >= 5:  # «Боровичский» → Боровичи, «Егорлыкский» → Егорлыкская
        found = {c["region"] for c in cities() if fold(c["name"]).startswith(root)}
    return found.pop() if len(found) == 1 else ""
