"""Dates in any common Russian form → ISO: '31.12.2020', '«14» апреля 2022г.',
'28.08. 2020 г.', '1 июня 2021 года'; periods 'С 1 по 18 декабря 2020 года' → their end."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
          "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
# «декабри», «сентябре»: a letter typed wrong still names the month
MONTH = (r"(январ[ьяие]|феврал[ьяие]|марта?|апрел[ьяие]|ма[яйе]|июн[ьяие]|июл[ьяие]|августа?|сентябр[ьяие]|"
         r"октябр[ьяие]|ноябр[ьяие]|декабр[ьяие])(?![а-яё])")
# "31.12.2020", "28.08. 2020", "02.09.20"
NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{4}|\d{2})(?!\d)")
# "«14» апреля 2022г.", "1 июня 2021 года"
WORDS = re.compile(r"(?<!\d)[«\"„“]?\s*(\d{1,2})\s*[»\"“”]?\s*" + MONTH + r"\s+(\d{4})", re.IGNORECASE)
# "С 1 по 18 декабря 2020 года", "с 1 по 18.12.2020"
PERIOD = re.compile(r"\bс\s+(\d{1,2})(?:\s+" + MONTH + r")?\s+по\s+(\d{1,2})\s+" + MONTH + r"\s+(\d{4})",
                    re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    value: date
    start: int
    end: int
    text: str


def _month(word: str) -> int:
    w = word.lower()
    for stem, n in MONTHS.items():
        if w.startswith(stem):
            return n
    raise ValueError(word)


def _make(y: int, m: int, d: int) -> date | None:
    if y < 100:
        y += 2000
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str) -> list[Found]:
    out: list[Found] = []
    for m in NUMERIC.finditer(text):
        d = _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d and 1990 <= d.year <= 2100:
            out.append(Found(d, m.start(), m.end(), m.group(0)))
    for m in WORDS.finditer(text):
        d = _make(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
        if d:
            out.append(Found(d, m.start(), m.end(), m.group(0)))
    out.sort(key=lambda f: f.start)
    return out


def period_end(text: str) -> Found | None:
    m = PERIOD.search(text)
    if not m:
        return None
    d = _make(int(m.group(5)), _month(m.group(4)), int(m.group(3)))
    return Found(d, m.start(), m.end(), m.group(0)) if d else None


def parse_date(text: str) -> date | None:
    found = find_dates(text)
    return found[0].value if found else None
