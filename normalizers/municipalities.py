"""Municipality mentions → canonical nominative names as in SPEC.

'г.о.г. Дзержинска' → 'городской округ город Дзержинск'; 'Сальского района' → 'Сальский
район'; 'Администрации г. Новошахтинска' → 'город Новошахтинск'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .morph import adjective_lemma, noun_lemma
from .text import slug

# a place name; two words when the first is an adjective: «Сухой Лог», «Нижнего Тагила», «Старый Оскол»
NAME = (r"((?:[А-ЯЁ][а-яё]+(?:ий|ой|ый|ая|ое|ие|ые|его|ого|ей|их|ых|ем|ом|ую|ое)\s+(?![А-ЯЁ][а-яё]+(?:ск|цк)(?:ой|ого|ий|ая)\b)"
        r"[А-ЯЁ][а-яё]+(?![а-яё]*\s+(?:област|кра[йя]|район|округ)))|[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)")
# "г.о.г. Дзержинска", "городского округа город Дзержинск", "ГО г. Шахты"
OKRUG_CITY = re.compile(r"(?:г\.\s*о\.\s*г\.?|[Гг]ородск\w+\s+округ\w*\s+«?(?:город\w*|г\.)|ГО\s+г\.)\s*" + NAME)
# "городской округ Балашиха"
# "г.о. Серпухов", "ГО Верхний Тагил"
OKRUG = re.compile(r"(?:[Гг]ородск\w+\s+округ\w*|(?<![А-ЯЁа-яё])г\.\s?о\.|(?<![А-ЯЁа-яё.])(?:ГО|го))\s+«?" + NAME)
# "Сальского района", "Егорлыкский район", "муниципального образования «Азовский район»"
DISTRICT = re.compile(r"((?:[А-ЯЁ][а-яё]+[оеиь]-)?[А-ЯЁ][а-яё]+(?:ск|цк|зск)(?:ий|ого|ому|им|ом|ой|ая)?)\s*»?\s+"
                      r"(?:муниципальн\w+\s+)?район")
MUNI_OKRUG = re.compile(r"([А-ЯЁ][а-яё]+(?:ск|цк)\w*)\s+(?:муниципальн\w+|городск\w+)\s+округ")
# "Красноуфимский округ", "Каменского округа": a municipal округ named by its adjective alone
ADJ_OKRUG = re.compile(r"([А-ЯЁ][а-яё]+(?:ск|цк)(?:ий|ого|ому|им|ом))\s+округ(?:а|е|у|ом)?(?![а-яё])")
# "город Новочеркасск", "города Новочеркаска", "г. Новошахтинска", "г.Сальска"
# (not «2021 г. Пояснительная записка»: a year's «г.»; «г Моздока» without its dot only for a known town)
CITY = re.compile(r"(?<![а-яёА-ЯЁ])(?<!\d{4}\s)(?<!\d{4})(?:[гГ]ород(?:а|е|у|ом)?(?![а-яё])|г\.|г\s)\s*«?" + NAME)

NOT_CITIES = {"москва": False}


@dataclass(frozen=True)
class Municipality:
    name: str  # canonical, nominative
    slug: str  # for org ids: 'dzerzhinsk', 'salsk'
    kind: str  # city | okrug | district


def _title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _city_nom(word: str) -> str:
    """Nominative of a town's name; a name listed in cities.toml wins over a guess
    («Нарткала» is a town, not the genitive of «Нарткал»)."""
    guess = _city_guess(word)
    known = _known_cities()
    if guess.lower().replace("ё", "е") in known:
        return guess
    for cand in (word, word[:-1] + "а" if word.endswith("ы") else word):
        if cand.lower().replace("ё", "е") in known:
            return _title(cand)
    # a declined form of a listed name: each part differs from it only in its last letters
    # («Ленинск-Кузнецкого» → Ленинск-Кузнецкий, «Ханты-Мансийска» → Ханты-Мансийск)
    parts = word.lower().replace("ё", "е").split("-")
    matches = [n for n in _known_by_parts().get(len(parts), ())
               if all(_declines_to(w, k) for w, k in zip(parts, n.split("-"), strict=True))]
    if len(matches) == 1:
        return "-".join(_title(p) if len(p) > 3 or i == 0 else p for i, p in enumerate(matches[0].split("-")))
    return guess


def _declines_to(form: str, name: str) -> bool:
    stem = name[: max(3, len(name) - 3)]
    return form.startswith(stem) and abs(len(form) - len(name)) <= 3


@lru_cache(maxsize=1)
def _known_by_parts() -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for n in _known_cities():
        if " " not in n:
            out.setdefault(n.count("-") + 1, []).append(n)
    return out


@lru_cache(maxsize=1)
def _known_cities() -> frozenset[str]:
    from .vocab import cities

    return frozenset(c["name"].lower().replace("ё", "е") for c in cities())


def _city_guess(word: str) -> str:
    if " " in word:  # «Сухого Лога» → «Сухой Лог», «Нижнего Тагила» → «Нижний Тагил»
        adj, noun = word.split(None, 1)
        return f"{_title(adjective_lemma(adj))} {_title(noun_lemma(noun))}"
    parts = word.split("-")
    if len(parts) > 1:  # Ростова-на-Дону: only the first part declines
        return "-".join([_title(noun_lemma(parts[0]))] + parts[1:])
    lemma = noun_lemma(word)
    if lemma.lower() == word.lower() and re.search(r"(ого|его|ому|ему|ым|им)$", word):
        lemma = adjective_lemma(word)  # towns named by an adjective: «Заречного» → Заречный
    return _title(lemma)


def _district_adj(word: str) -> str:
    return _title(adjective_lemma(word))


def _adj_stem(adj: str) -> str:
    # «Кузнецкий» → кузнецк (its town), «Егорлыкский» → егорлык
    return re.sub(r"(ский|ской|зский)$", "", re.sub(r"цкий$", "цк", adj.lower()))


def _okrug_city(m) -> Municipality:
    city = _city_nom(m.group(1))
    return Municipality(f"городской округ город {city}", slug(city), "okrug")


def _muni_okrug(m) -> Municipality:
    adj = _district_adj(m.group(1))
    kind = "муниципальный" if "муниципальн" in m.group(0) else "городской"
    return Municipality(f"{adj} {kind} округ", slug(_adj_stem(adj)), "okrug")


def _adj_okrug(m) -> Municipality:
    adj = _district_adj(m.group(1))
    return Municipality(f"{adj} округ", slug(_adj_stem(adj)), "okrug")


def _okrug(m) -> Municipality | None:
    if m.group(1).lower().startswith("город"):
        return None
    city = _city_nom(m.group(1))
    return Municipality(f"городской округ {city}", slug(city), "okrug")


def _district(m) -> Municipality:
    adj = _district_adj(m.group(1))
    return Municipality(f"{adj} район", slug(_adj_stem(adj)), "district")


# spellings no Russian word has: «ъ» before anything but е/ё/ю/я, «ь»/«ъ» after a vowel or at a
# word's start, Latin letters inside: OCR damage («г. Щалънегорск»), never a town
IMPOSSIBLE = re.compile(r"ъ(?![еёюя])|[аеёиоуыэюяъь][ьъ]|(?:^|[\s-])[ьъы]|[a-z]", re.I)


def plausible(name: str) -> bool:
    return not IMPOSSIBLE.search(name)


def _city(m) -> Municipality | None:
    city = _city_nom(m.group(1))
    if not plausible(city):
        return None
    if re.match(r"г\s", m.group(0)) and city.lower().replace("ё", "е") not in _known_cities():
        return None
    return Municipality(f"город {city}", slug(city), "city") if len(city) >= 3 else None


# Most specific first: a span taken by one pattern is not read again by a later one.
PATTERNS = [(OKRUG_CITY, _okrug_city), (MUNI_OKRUG, _muni_okrug), (OKRUG, _okrug), (ADJ_OKRUG, _adj_okrug),
            (DISTRICT, _district), (CITY, _city)]


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


PLACE_YEAR = re.compile(r"^\s*(?:г\.\s*)?([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)\s*[,–-]?\s*(?:19|20)\d\d\s*(?:г\.?|год)?\s*$")


def place_year(line: str) -> Municipality | None:
    """A title page's place and year on a line of their own («Екатеринбург, 2021»): the town,
    when cities.toml knows it (a bare word is no evidence otherwise)."""
    m = PLACE_YEAR.match(line)
    if not m or m.group(1).lower().replace("ё", "е") not in _known_cities():
        return None
    return Municipality(f"город {m.group(1)}", slug(m.group(1)), "city")


def normalize_municipality(text: str) -> Municipality | None:
    found = find_municipalities(text)
    return found[0] if found else None


def from_canonical(name: str) -> Municipality:
    """A Municipality from a canonical name already stored (e.g. in the database)."""
    found = find_municipalities(name)
    if found:
        return found[0]
    return Municipality(name, slug(name) or "unknown", "other")


def district_of_adjective(adj: str) -> Municipality | None:
    """'Егорлыкская' (a school named after its district centre) → 'Егорлыкский район' — only
    when cities.toml knows a district centre of that name; a village school («Поведниковская
    СОШ») names no district."""
    lemma = _title(adjective_lemma(adj))
    stem = _adj_stem(lemma)
    if not any(n.startswith(stem) and len(stem) >= 4 for n in _known_cities()):
        return None
    return Municipality(f"{lemma} район", slug(stem), "district")
