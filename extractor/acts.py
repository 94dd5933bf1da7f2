"""The document's own act — its kind, date and number — told from the acts it cites.

Archivists file documents by kind, issuer, date and number. The own date and number stand in
the heading («ПРИКАЗ 14.04.2022 № 78», «Протокол № 3 от 30.08.2021») or, for a положение,
программа or дорожная карта, in the stamp of the act that approved it («УТВЕРЖДЕНО приказом от
03.09.2021 № 78-Д», «Приложение 1 к приказу №181/1 от 13.09.2021»). Acts the text cites («в
соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145») and the протокол of a
council that approved the document («Принято на педагогическом совете, протокол № 1 от …») are
references, never its own.

Kinds are data (normalizers/vocab/kinds.toml); dates and numbers in every spelling people
use: «№ 14-а от 31. 03. 22 г.», «N 161», «в„– 18» (№ through a wrong encoding), «от «23» августа
2021 г.», a number before the date, date and number on separate lines.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from normalizers.dates import find_dates
from normalizers.text import collapse

from .model import Document

HEAD_LINES = 15  # the title block and the stamps stand within the first lines

# «№», and what it becomes: «N 161», «No. 5», «в„– 18» (UTF-8 № read as cp1251)
NUMBER_SIGN = re.compile(r"в„–|(?<![A-Za-zА-Яа-яЁё])(?:N[o°]?\.?|№)(?=[\s_]*[A-Za-zА-Яа-яЁё]{0,4}[-–]?\s?\d)")
# the number as printed: «632», «78-Д», «181/1», «14-а», «Р-145», «259-од», «01-05/123»
NUMBER = r"№\s*(?P<number>(?:[А-ЯЁA-Zа-яё]{1,4}\s?[-–]\s?)?\d[\w/.–-]*)"
DATE = (r"(?P<date>\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*(?:\d{4}|\d{2})(?!\d)|[«\"]?\d{1,2}[»\"]?\s+"
        r"(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*\s+\d{4})"
        r"\s*(?:г(?:ода|г)?\.?)?")
DATE_THEN_NUMBER = re.compile(DATE + r"\s*[,;]?\s*(?:г\.)?\s*" + NUMBER, re.I)
NUMBER_THEN_DATE = re.compile(NUMBER + r"\s*[,;]?\s*(?:от\s*)?" + DATE, re.I)


@dataclass(frozen=True)
class KindDef:
    name: str
    heading: tuple[re.Pattern, ...]
    own_act: str
    examples: tuple[str, ...]
    self_reference: tuple[re.Pattern, ...] = ()
    self_examples: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def kinds() -> tuple[KindDef, ...]:
    path = Path(__file__).resolve().parent.parent / "normalizers" / "vocab" / "kinds.toml"
    with open(path, "rb") as f:
        data = tomllib.load(f)
    # a list's item («- Распоряжение … от 25.12.2019 № Р-145») is a reference, not a heading
    return tuple(KindDef(k["name"], tuple(re.compile(r"^(?![-–—•·]\s)\W{0,3}" + h, re.I) for h in k["heading"]),
                         k["own_act"],
                         tuple(k.get("examples", ())),
                         tuple(re.compile(r"(?<![\w-])" + h, re.I) for h in k.get("self_reference", ())),
                         tuple(k.get("self_examples", ()))) for k in data["kind"])


def normalize(text: str) -> str:
    """«N 161», «в„– 18» → «№ 161», «№ 18»; «П Р И К А З» → «ПРИКАЗ»."""
    text = NUMBER_SIGN.sub("№", text)
    text = re.sub(r"^\d{1,4}\s+(?=[А-ЯЁ])", "", text)  # a page number or a site's year before the heading
    return re.sub(r"^(\W*)((?:[А-ЯЁ]\s){3,}[А-ЯЁ])\b", lambda m: m.group(1) + m.group(2).replace(" ", ""), text)


# A line that begins an organization's or a body's name in a heading (the issuer, a heading
# glued to the kind by a PDF reader)
ORG_START = re.compile(r"^\W{0,3}(?:(?:муниципальн|государственн|частн|негосударственн|федеральн|областн|краев|"
                       r"республиканск|автономн)\w*\s+(?:\w+\s+){0,3}(?:учреждени|организаци|предприяти)|"
                       r"(?:муниципальн|государственн|областн|краев)\w*\s+(?:бюджетн|автономн|казенн|казённ)\w*|"
                       r"[мгчн][бакд]?[дн]?[оу]{1,2}\b|мб?у\s*до|мауд?о|гапоу|гбпоу|гпоу|огбоу|кгбоу|мку|мбу|мау|"
                       r"(?:средн|основн|начальн)\w*\s+(?:общеобразовательн\w*\s+)?школ|школа|гимнази|лице[йя]|"
                       r"детск\w+\s+сад|центр|дом\s+детск|техникум|колледж|информационно|методическ|институт)", re.I)
BODY = re.compile(r"^\W{0,3}(?:управлени|отдел|комитет|министерств|департамент|администраци)\w*", re.I)


def _authority(line: str) -> bool:
    return bool(ORG_START.match(line) or BODY.match(line))


def kind_of_line(text: str) -> KindDef | None:
    """The kind a heading line announces. Besides a line that starts with it, a short line
    in two languages («БОЙОРОК ПРИКАЗ») and a heading glued to the issuer's name by a PDF
    reader («УПРАВЛЕНИЕ ОБРАЗОВАНИЯ … Информационная справка о …») are read too."""
    line = normalize(text.strip(" *_\t"))
    found = _kind_at(line)
    if found is not None:
        return found
    words = list(re.finditer(r"(?<![\w-])[А-ЯЁ][\w-]*", line))
    if len(line.split()) <= 4 or _authority(line):
        for w in words[1:]:
            k = _kind_at(line[w.start():])
            if k is not None and (len(line.split()) <= 4 or k.name != "other"):
                return k
    return None


def _kind_at(line: str) -> KindDef | None:
    """A heading is short: a long line that starts with «Мониторинг …» or «План …» is a
    sentence of the body."""
    for k in kinds():
        if len(line) > (100 if k.name == "other" else 400):
            continue
        if any(p.match(line) for p in k.heading):
            return k
    return None


def _clean(number: str) -> str:
    number = re.sub(r"\s+", "", number)
    if re.search(r"[-–][а-яё]{3,}\.$", number):
        return number  # «152-осн.»: the dot of an abbreviated suffix is printed as part of the number
    return number.rstrip(".,;–-")


# Stamps: each starts a line; what follows (an act, its number and date, a signature) is the
# stamp's until the next stamp or the title.
CUE_APPROVE = re.compile(r"^\W*(?:утвержд\w*|утв\.|введен\w*\s+в\s+действие|приложени\w*)", re.I)
CUE_COUNCIL = re.compile(r"^\W*(?:согласован\w*|принят\w*|рассмотрен\w*|одобрен\w*)", re.I)
ACT_WORD = re.compile(r"(?<![а-яё])(приказ|распоряжени|постановлени|протокол|решени|пр-з|прик\.|пр\.(?=\s*№))[а-яё]*",
                      re.I)
ACT_ABBR = {"пр-з": "приказ", "прик.": "приказ", "пр.": "приказ"}  # «Пр. № 259-од от 17.06.2025»
NUMBER_ITEM = re.compile(r"№\s*(?P<number>(?:[А-ЯЁA-Zа-яё]{1,4}\s?[-–]\s?)?\d[\w/.–-]*(?:\s?[-–]\s?[А-ЯЁа-яё]{1,3}"
                         r"(?![а-яё]))?)", re.I)
CITE = re.compile(r"(?:соответстви|основани|согласно|исполнени|руководствуясь|минпросвещени|во\s+исполнение)", re.I)
STAMP_SPAN = 7  # lines a stamp runs at most
STAMP_LINES = 40  # stamps, the title and the heading stand within these
# where the body begins: a numbered section, «Общие положения», the order's «ПРИКАЗЫВАЮ»
BODY_START = re.compile(r"^(?:№\s*(?:п\s*/\s*п)?\s*$|\d{1,2}\s?\.(?:\s|\d|[А-ЯЁ]|$)|[IVX]{1,4}\.\s|общие\s+положени|п\s?р\s?и\s?к\s?а\s?з\s?ы\s?в)",
                        re.I)


@dataclass
class Item:
    kind: str  # date | number | act
    value: str  # ISO date, the number, or the act word's stem
    line: int
    pos: int


def _clean_line(text: str) -> str:
    """Fill-in lines and underscores («От_09.02.2023 г ____ №_2___») become spaces."""
    text = re.sub(r"[_\u2026]+", " ", normalize(text))
    # «621- од», «17 – ОД» → «621-од», «17-ОД»
    return re.sub(r"(\d)\s*[-–]\s*([А-ЯЁа-яё]{1,3})(?![а-яё])", r"\1-\2", text)


# «СОШ № 2», «детский сад №18», «школа №605»: a number that is part of a name
NAMED_NUMBER = re.compile(r"(?:сош|оош|нош|школ\w*|сад\w*|лице\w*|гимнази\w*|доу|учреждени\w*|центр\w*|"
                          r"интернат\w*|№)[\s«»\"]*$", re.I)
# a number printed without «№» right after the act word: «Приказ К/76 -од»
BARE_NUMBER = re.compile(r"(?<![а-яё])(?:приказ|распоряжени|постановлени)[а-яё]*\s+(?P<number>[А-ЯЁA-Z]{0,3}/?\d"
                         r"[\d/]*(?:[-–][\dА-ЯЁа-яё]{1,3}(?![а-яё]))*)(?![\d.])", re.I)
# a line that opens with a bare number and its date: «78 от 14.04.2022»
NUMBER_FIRST = re.compile(r"^\s*(?P<number>\d[\d/]*(?:[-–][\dА-ЯЁа-яё]{1,3})?)\s+от\s+[«\"]?\d{1,2}", re.I)
# «от «31» 08 2021 г.»: day, month and year apart
SPACED_DATE = re.compile(r"\bот\s*[«\"]?\s*(\d{1,2})\s*[»\"]?\s+(\d{1,2})\s+(\d{4})", re.I)


def _items(text: str, i: int) -> list[Item]:
    out = [Item("date", d.value.isoformat(), i, d.start) for d in find_dates(text)]
    for m in SPACED_DATE.finditer(text):
        try:
            import datetime as _dt

            out.append(Item("date", _dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat(), i,
                            m.start()))
        except ValueError:
            pass
    for m in NUMBER_ITEM.finditer(text):
        if NAMED_NUMBER.search(text[max(0, m.start() - 25): m.start()]) \
                and not re.match(r"\s*от\s*[«\"]?\s*\d", text[m.end():]):
            continue  # «СОШ № 2» is a name; «… «Бондаревская СОШ» № 102 от 16.05.2022» is an act's number
        number = _clean(m.group("number"))
        number = re.sub(r"(?<=\d)[-–](?=[А-ЯЁа-яё])", "-", number)
        out.append(Item("number", number, i, m.start()))
    for m in BARE_NUMBER.finditer(text):
        out.append(Item("number", _clean(m.group("number")), i, m.start("number")))
    m = NUMBER_FIRST.match(text)
    if m:  # «78 от 14.04.2022» under the heading: the number, then its date
        out.append(Item("number", _clean(m.group("number")), i, m.start("number")))
    for m in ACT_WORD.finditer(text):
        word = m.group(1).lower()
        out.append(Item("act", ACT_ABBR.get(word, word), i, m.start()))
    return sorted(out, key=lambda x: x.pos)


@dataclass
class Stamp:
    kind: str  # approve | council
    line: int
    acts: list[tuple[str, str, str]]  # (act word, date, number), in order
    date: str = ""  # a date of the stamp itself («УТВЕРЖДАЮ … «30» августа 2023 г.»)
    number: str = ""  # a number after that date, of an act the stamp does not name
    last: int = 0  # the last line that said something (an act, a date, a number)


def stamps(lines: list[str], stop: int) -> list[Stamp]:
    """The approval and council stamps among the first `stop` lines."""
    out: list[Stamp] = []
    cur: Stamp | None = None
    for i, raw in enumerate(lines[:stop]):
        text = _clean_line(raw)
        cue = "approve" if CUE_APPROVE.match(text) else "council" if CUE_COUNCIL.match(text) else ""
        if cue:
            cur = Stamp(cue, i, [], last=i)
            out.append(cur)
        elif cur is not None and ((i - cur.line >= STAMP_SPAN and i - cur.last > 2)
                                  or (kind_of_line(text) is not None and not ACT_WORD.match(text.strip()))):
            cur = None
        if cur is None:
            continue
        items = _items(text, i)
        if items:
            cur.last = i
        for it in items:
            if it.kind == "act":
                cur.acts.append([it.value, "", ""])
            elif cur.acts:
                act = cur.acts[-1]
                slot = 1 if it.kind == "date" else 2
                if not act[slot]:
                    act[slot] = it.value
            elif it.kind == "date" and not cur.date:
                cur.date = it.value
            elif it.kind == "number" and cur.date and not cur.number:
                cur.number = it.value  # «Приложение № 1 / от «14» апреля 2022 г. № 78»: the act's, after its date
    for st in out:
        st.acts = [tuple(a) for a in st.acts]
    return out


ORDER_ACTS = ("приказ", "распоряжени", "постановлени", "решени")


def own_act(doc: Document, kind: str) -> tuple[str, str]:
    """(date, number) of the document itself, or empty strings."""
    kd = next((k for k in kinds() if k.name == kind), None)
    if kd is None or kd.own_act == "none":
        return "", ""
    paras = [p.text for p in doc.paragraphs[:STAMP_LINES]]
    title_at = next((i for i, t in enumerate(paras[:HEAD_LINES]) if kind_of_line(t) is kd
                     and not in_stamp(paras, i)), None)
    if kd.own_act == "heading":
        if title_at is None:
            return _annex_stamp(doc) if kind == "приказ" else ("", "")
        return _heading_act(paras, title_at)
    # approved by an act or attached to it: the approval stamp's order (not a council's протокол),
    # anywhere above the body («1. Общие положения»)
    stop = next((i for i, t in enumerate(paras) if BODY_START.match(t.strip())), len(paras))
    found = stamps(paras, stop)
    for st in found:
        if st.kind != "approve":
            continue
        for word, date, number in st.acts:
            if word in ORDER_ACTS and (date or number):
                return date or st.date, number
        if st.date and not any(w == "протокол" for w, _, _ in st.acts):
            return st.date, st.number  # «УТВЕРЖДАЮ / директор … / «30» августа 2023 г.»: a date, no number
    for st in found:
        # «Принято … протокол № 5 … / Приказ № 40-од от 14.09.2020»: a council issues no приказ, so an
        # order under its stamp is the approval whose «УТВЕРЖДЕНО» was not printed
        for word, date, number in st.acts:
            if word in ("приказ", "распоряжени", "постановлени") and date and number:
                return date, number
    return "", ""


def _annex_stamp(doc: Document) -> tuple[str, str]:
    """A приказ whose heading was lost (the act's body, then its attachment): the attachment's stamp
    «Утверждено приказом … от 16.11.2022 N 3.12-55» gives the приказ's own date and number."""
    from .metadata import order_body_first

    if not order_body_first(doc):
        return "", ""
    paras = [p.text for p in doc.paragraphs[:60]]
    for st in stamps(paras, len(paras)):
        if st.kind != "approve":
            continue
        for word, date, number in st.acts:
            if word == "приказ" and date:
                return date, number
    return "", ""


def _heading_act(paras: list[str], t: int) -> tuple[str, str]:
    """The date and number printed with the heading: on the title line or the lines around it
    («ПРИКАЗ / 01.09.2022 / г. Пролетарск / №26/1»), not in a sentence that cites."""
    date = number = ""
    for i in list(range(t, min(len(paras), t + 4))) + list(range(max(0, t - 2), t)):
        text = _clean_line(paras[i])
        if i != t and (CITE.search(text) or len(text) > 200):
            continue
        for it in _items(text, i):
            if it.kind == "act" and i != t:
                break  # another act named here: what follows is its
            if it.kind == "date" and not date:
                date = it.value
            elif it.kind == "number" and not number:
                number = it.value
        if date and number:
            break
    return date, number


def in_stamp(paras: list[str], i: int) -> bool:
    """A kind word inside a stamp («Приказ № 60» under «Утверждаю», «протокол №1» under
    «Согласовано», «Приложение к приказу …»), or one written in lower case."""
    text = _clean_line(paras[i]).strip(" *")
    if CUE_APPROVE.match(text) or text[:1].islower():
        return True
    kd = kind_of_line(text)
    if kd is None or kd.name not in ("приказ", "распоряжение", "постановление", "протокол"):
        return False
    for j in range(max(0, i - STAMP_SPAN + 1), i):
        if CUE_APPROVE.match(_clean_line(paras[j])) or CUE_COUNCIL.match(_clean_line(paras[j])):
            return True
    return False


def title_of(doc: Document, kind: str) -> str:
    """The document's own name: the kind's heading line and the «О …» / «о …» lines after
    it, without stamps, dates and numbers."""
    paras = [p.text for p in doc.paragraphs[:HEAD_LINES + 10]]
    for i, text in enumerate(paras):
        kd = kind_of_line(text)
        if kd is None or kd.name != kind:
            continue
        head = collapse(normalize(text).strip(" *_"))
        parts = [_without_act(head)]
        for q in paras[i + 1: i + 5]:
            qt = collapse(q.strip(" *_"))
            if not qt:
                continue
            items = {it.kind for it in _items(_clean_line(qt), 0)}
            if {"date", "number"} <= items or re.fullmatch(r"(?:от\s*)?" + DATE + r"\s*(?:г\.?)?.*", qt, re.I) \
                    or re.match(NUMBER, normalize(qt)) or re.match(r"^г(?:ород)?\.\s*[А-ЯЁ]", qt):
                continue  # the date-and-number line of a heading
            if re.match(r"^(?:об?|по|о\s|«|на\s|в\s|для\s)", qt, re.I) or qt[:1].islower():
                parts.append(qt)
                if len(" ".join(parts)) > 60 or kind in ("приказ", "распоряжение", "постановление"):
                    break
                continue
            break
        title = " ".join(p for p in parts if p)
        return title[:400]
    return ""


def _without_act(text: str) -> str:
    """«ПРИКАЗ 14.04.2022 № 78» → «ПРИКАЗ»."""
    for pat in (DATE_THEN_NUMBER, NUMBER_THEN_DATE):
        text = pat.sub("", text)
    return collapse(re.sub(r"\s+(?:от|№)\s*$", "", text)).strip(" ,;")
