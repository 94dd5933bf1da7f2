"""Municipality mentions → canonical nominative names as in SPEC.

'г.о.г. Дзержинска' → 'городской округ город Дзержинск'; 'Сальского района' → 'Сальский
район'; 'Администрации г. Новошахтинска' → 'город Новошахтинск'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .morph import adjective_lemma, noun_lemma
from .text import slug

NAME = r"([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)"
# "г.о.г. Дзержинска", "городского округа город Дзержинск", "ГО г. Шахты"
OKRUG_CITY = re.compile(r"(?:г\.\s*о\.\s*г\.?|городск\w+\s+округ\w*\s+(?:город\w*|г\.)|ГО\s+г\.)\s*" + NAME)
# "городской округ Балашиха"
OKRUG = re.compile(r"городск\w+\s+округ\w*\s+" + NAME)
# "Сальского района", "Егорлыкский район", "муниципального образования «Азовский район»"
DISTRICT = re.compile(r"([А-ЯЁ][а-яё]+(?:ск|цк|зск)(?:ий|ого|ому|им|ом|ой|ая)?)\s*»?\s+(?:муниципальн\w+\s+)?район")
MUNI_OKRUG = re.compile(r"([А-ЯЁ][а-яё]+(?:ск|цк)\w*)\s+(?:муниципальн\w+|городск\w+)\s+округ")
# "город Новочеркасск", "города Новочеркаска", "г. Новошахтинска", "г.Сальска"
CITY = re.compile(r"(?<![а-яёА-ЯЁ])(?:[гГ]ород[а-я]*|г\.)\s*«?" + NAME)

NOT_CITIES = {"москва": False}


@dataclass(frozen=True)
class Municipality:
    name: str  # canonical, nominative
    slug: str  # for org ids: 'dzerzhinsk', 'salsk'
    kind: str  # city | okrug | district


def _title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _city_nom(word: str) -> str:
    parts = word.split("-")
    if len(parts) > 1:  # Ростова-на-Дону: only the first part declines
        return "-".join([_title(noun_lemma(parts[0]))] + parts[1:])
    return _title(noun_lemma(word))


def _district_adj(word: str) -> str:
    return _title(adjective_lemma(word))


def _adj_stem(adj: str) -> str:
    return re.sub(r"(ский|цкий|ской|зский)$", "", adj.lower())


def _okrug_city(m) -> Municipality:
    city = _city_nom(m.group(1))
    return Municipality(f"городской округ город {city}", slug(city), "okrug")


def _muni_okrug(m) -> Municipality:
    adj = _district_adj(m.group(1))
    kind = "муниципальный" if "муниципальн" in m.group(0) else "городской"
    return Municipality(f"{adj} {kind} округ", slug(_adj_stem(adj)), "okrug")


def _okrug(m) -> Municipality | None:
    if m.group(1).lower().startswith("город"):
        return None
    city = _city_nom(m.group(1))
    return Municipality(f"городской округ {city}", slug(city), "okrug")


def _district(m) -> Municipality:
    adj = _district_adj(m.group(1))
    return Municipality(f"{adj} район", slug(_adj_stem(adj)), "district")


def _city(m) -> Municipality | None:
    city = _city_nom(m.group(1))
    return Municipality(f"город {city}", slug(city), "city") if len(city) >= 3 else None


# Most specific first: a span taken by one pattern is not read again by a later one.
PATTERNS = [(OKRUG_CITY, _okrug_city), (MUNI_OKRUG, _muni_okrug), (OKRUG, _okrug), (DISTRICT, _district),
            (CITY, _city)]


def find_municipalities(text: str) -> list[Municipality]:
    """Every municipality mentioned in the text, in order."""
    found: list[tuple[int, Municipality]] = []
    taken: list[tuple[int, int]] = []
    for pattern, make in PATTERNS:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            mu = make(m)
            if mu is not None:
                found.append((m.start(), mu))
                taken.append(m.span())
    return [mu for _, mu in sorted(found, key=lambda x: x[0])]


def normalize_municipality(text: str) -> Municipality | None:
    found = find_municipalities(text)
    return found[0] if found else None


def from_canonical(name: str) -> Municipality:
    """A Municipality from a canonical name already stored (e.g. in the database)."""
    found = find_municipalities(name)
    if found:
        return found[0]
    return Municipality(name, slug(name) or "unknown", "other")


def district_of_adjective(adj: str) -> Municipality:
    """'Егорлыкская' (a school named after its district centre) → 'Егорлыкский район'."""
    lemma = _title(adjective_lemma(adj))
    return Municipality(f"{lemma} район", slug(_adj_stem(lemma)), "district")
