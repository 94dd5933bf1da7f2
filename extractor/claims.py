"""Claims: the numbers a report states, each with its location and quote.

From tables: ИТОГО / average rows and per-row total columns (facts.TableClaim). From text:
counts of organizations, a number with its share of a base, a whole and its parts,
averages (also ranges), lists of organizations for a band of values or a form, named
organizations with a property, targets met or not, and one document number with two dates.
Each pattern is named once, with an example of what it matches.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.forms import find_forms
from normalizers.organizations import looks_like_org
from normalizers.text import collapse, fold

from .facts import TableRead
from .model import Document, Paragraph, Table

NUM = r"\d+(?:[.,]\d+)?"
# Within one sentence: any character but a full stop or semicolon; the dot of an abbreviation
# ("г.о.г. Дзержинск", "им. Пушкина", "т.ч.") is no stop.
SENT = r"(?:[^.;]|\.(?=\S)|(?<=\b\w)\.|(?<=\b\w\w)\.)"
# "в 22 муниципальных общеобразовательных организациях", "по 41 образовательной организации",
# "41 образовательная организация предоставила"
ORG_COUNT = re.compile(r"(?:\b(?:в|во|по|из)\s+)?(?<![\d.,])(\d{1,4})\s+(?:(?:муниципальн|государственн|"
                       r"общеобразовательн|образовательн|школьн)\w*\s+){1,3}(?:организаци|учреждени|школ)\w*",
                       re.I)
# "899 обучающихся (13% от общего количества 6793 …)", "205 обучающихся, что составляет 12% от … (1660 …)"
SHARE = re.compile(r"(?<![\d.,-])(?P<n>\d[\d\u00a0 ]{0,8}\d|\d)\s+(?P<noun>[^\d(%]{1,60}?)\s*(?:\(|,?\s*что\s+"
                   r"составля\w+|,?\s*или|—|–|-)\s*(?P<pct>" + NUM + r")\s*%\s*от\s+(?P<rest>[^.;]{0,200})", re.I)
BASE = re.compile(r"(?<![\d.,-])(\d[\d\u00a0 ]{0,8}\d|\d)(?![\d%]|\s*-\s*\d|\s*%)")
# "899 обучающихся …, из них: 694 - наставляемых и 205 - наставников"
PARTS = re.compile(r"(?:из\s+них|в\s+том\s+числе|в\s+т\.\s?ч\.)\s*:?\s*(?P<parts>[^.]{3,200})", re.I)
PART_ITEM = re.compile(r"(?<![\d.,])(\d[\d\u00a0]*)\s*(?:[-–—]\s*)?(?P<noun>[а-яё]+)", re.I)
# "в среднем каждая ОО использует 2-3 формы", "средний показатель по г.о.г. Дзержинск – 8%"
MEAN_TEXT = re.compile(r"(?:средн\w+\s+показател\w*|в\s+среднем|среднее\s+значени\w*)(?P<mid>" + SENT + r"{0,120}?)"
                       r"(?P<lo>" + NUM + r")\s*(?:[-–—]\s*(?P<hi>" + NUM + r"))?\s*(?P<unit>%|форм\w*|"
                       r"предприят\w*|человек|чел\.?|пар\w*)?", re.I)
# "(не менее 5%)" next to an average said to reach it
MEAN_TARGET = re.compile(r"средн\w+\s+показател\w*(?P<mid>" + SENT + r"{0,160}?)(?P<neg>не\s+)?(?:достига\w+|соответству\w+|"
                         r"превыша\w+)[^.;]{0,120}?не\s+менее\s+(?P<v>" + NUM + r")\s*%", re.I)
# "… что составляет 10% … и соответствует запланированному показателю", "превышает запланированный показатель 2%"
TARGET_MET = re.compile(r"(?P<neg>не\s+)?(?P<verb>соответству\w+|превыша\w+|достига\w+)\s+(?:запланированн|планов|"
                        r"плановому|целев|планируем)\w*\s+(?:показател|значени|уровн)\w*\s*(?:(?P<v>" + NUM + r")\s*%)?",
                        re.I)
# "показатель от 1% до 3% - №№ 1,2,3", "Показатель 0% - №№16,23", "0-50% - №№ 2,4", "от 51% до 70% - №39"
BAND = re.compile(r"(?:от\s+)?(?P<lo>" + NUM + r")\s*%?\s*(?:до|[-–—])\s*(?P<hi>" + NUM + r")\s*%|"
                  r"(?P<one>" + NUM + r")\s*%", re.I)
# "№№ 2,4,5,34,70", "№16", "№№ 10, 23, 24 и 25", "№№ 1,2,…,ДДТ,СЮТ"
REF_LIST = re.compile(r"№\s*№?\s*(?P<items>(?:[\dА-ЯЁ]{1,6}(?:\s*[,;]\s*|\s+и\s+)(?=[\dА-ЯЁ]))*[\dА-ЯЁ]{1,6})"
                      r"(?![\w/-])")
# What must stand just before a list for it to name organizations (not a document number).
ORG_CONTEXT = re.compile(r"(?:\b(?:ОО|ОУ|ДОУ|МБОУ|МАОУ|МКОУ|МОУ|СОШ|ООШ|СШ)\b|школ|лице|гимнази|организаци|"
                         r"учреждени|%|показател|уровень)[^№]{0,40}$", re.I)
DOC_NUMBER_CONTEXT = re.compile(r"(?:\d{4}\s*(?:г\.?|года)?|\bот|приказ\w*|распоряжени\w*|письм\w*|протокол\w*)\s*$",
                                re.I)
ALL_FULL = re.compile(r"\bвсе\b[^.;:]{0,120}?(?:вовлечен|охвачен|включен)\w*", re.I)
# "МБОУ «Средняя школа №2» использует 4 формы наставничества"
NAMED_USES = re.compile(r"(?P<org>(?:МБОУ|МАОУ|МКОУ|МОУ|МБУ\s*ДО)\s*[^.;]{0,60}?№\s*\d+»?)\s+(?:использует|"
                        r"реализует|применяет)\s+(?P<n>\d+)\s+форм", re.I)
# "Этот показатель удалось реализовать МБОУ школа №26 (4 предприятия)"
NAMED_REACHED = re.compile(r"(?:удалось|смогл\w*|достигл\w*|выполнил\w*)[^.;]{0,60}?(?P<orgs>(?:МБОУ|МАОУ|МКОУ|"
                           r"МОУ|МБУ\s*ДО|ОО|ОУ)[^.;()]{0,80}?)\s*\((?P<n>\d+)\s+(?P<noun>[а-яё]+)", re.I)
# "от 20.08.2020 № 182/1" … "от 20.10.2020 № 182/1"


@dataclass
class Claim:
    kind: str  # sum | mean | count | share | composition | membership | cross_table | target | reference | consistency
    indicator: str
    subject: str
    stated: object  # float, (lo, hi), list of refs, or text
    location: str
    quote: str = ""
    extra: dict = field(default_factory=dict)


def _int(s: str) -> float:
    return float(re.sub(r"[\s\u00a0]", "", s).replace(",", "."))


def _decimals(s: str) -> int:
    m = re.search(r"[.,](\d+)", s)
    return len(m.group(1)) if m else 0


def nearest_table(doc: Document, para: Paragraph, reads: list[TableRead], want=None) -> TableRead | None:
    """The closest table above the paragraph (in the same section) that fits `want`."""
    idx = doc.blocks.index(para)
    by_table = {r.layout.table.index: r for r in reads}
    for b in reversed(doc.blocks[:idx]):
        if isinstance(b, Table) and b.index in by_table:
            r = by_table[b.index]
            if want is None or want(r):
                return r
    return None


def ref_items(text: str) -> list[str]:
    items = re.split(r"\s*[,;]\s*|\s+и\s+", text.strip())
    return [i.strip() for i in items if i.strip()]


def extract_claims(doc: Document, reads: list[TableRead], references: list | None = None) -> list[Claim]:
    claims: list[Claim] = []
    for r in reads:
        for tc in r.claims:
            claims.append(Claim(kind=tc.kind if tc.kind != "row_total" else "sum", indicator=tc.indicator,
                                subject=f"строка «{tc.label}»" if tc.kind != "row_total" else f"«{tc.header}» у {tc.label}",
                                stated=tc.stated, location=f"table {tc.table}, row {tc.row}", quote=tc.raw,
                                extra={"table": tc.table, "col": tc.col, "row": tc.row, "decimals": _decimals(tc.raw),
                                       "row_total": tc.kind == "row_total", "parts": tc.parts, "header": tc.header,
                                       "form": tc.form}))
    for p in doc.paragraphs:
        claims += _text_claims(doc, p, reads)
    claims += _consistency(doc, references)
    return claims


def _text_claims(doc: Document, p: Paragraph, reads: list[TableRead]) -> list[Claim]:
    text = p.text
    loc = f"line {p.line}"
    out: list[Claim] = []
    for m in ORG_COUNT.finditer(text):
        n = int(m.group(1))
        if 1 < n < 5000:
            out.append(Claim("count", "organizations", f"«{collapse(m.group(0))}»", float(n), loc, text))
    share_spans = []
    for m in SHARE.finditer(text):
        rest = m.group("rest")
        n = _int(m.group("n"))
        base = next((_int(b.group(1)) for b in BASE.finditer(rest) if _int(b.group(1)) >= n), None)
        noun = fold(m.group("noun"))
        out.append(Claim("share", _share_indicator(noun + " " + text[: m.start()][-120:]),
                         f"«{collapse(m.group(0))[:120]}»", _int(m.group("pct")), loc, text,
                         extra={"n": n, "base": base, "decimals": _decimals(m.group("pct"))}))
        share_spans.append((m.start(), m.end(), _int(m.group("pct")), n, base))
    for m in TARGET_MET.finditer(text):
        neg = bool(m.group("neg"))
        before = [s for s in share_spans if s[0] < m.start()]
        if m.group("v"):
            planned = _int(m.group("v"))
            actual = before[-1] if before else None
            out.append(Claim("target", "share", f"«{collapse(m.group(0))}»", planned, loc, text,
                             extra={"relation": "gt" if m.group("verb").lower().startswith("превыш") else "ge",
                                    "negated": neg, "actual": actual}))
        elif before:
            s = before[-1]
            out.append(Claim("target", "share", f"«{collapse(m.group(0))}» ({s[2]:g}%)", s[2], loc, text,
                             extra={"relation": "ge", "negated": neg, "actual": s}))
    for m in PARTS.finditer(text):
        head = re.sub(r"\([^)]*\)", " ", text[: m.start()])
        wholes = [w for w in BASE.finditer(head)]
        if not wholes:
            continue
        parts = [(_int(x.group(1)), x.group("noun")) for x in PART_ITEM.finditer(m.group("parts"))]
        if len(parts) < 2:
            continue
        whole = _int(wholes[-1].group(1))
        out.append(Claim("composition", "participants",
                         f"{whole:g} = " + " + ".join(f"{v:g} {n}" for v, n in parts), whole, loc, text,
                         extra={"parts": [v for v, _ in parts]}))
    out += _mean_claims(doc, p, reads)
    out += _list_claims(doc, p, reads)
    for m in NAMED_USES.finditer(text):
        out.append(Claim("cross_table", "forms_count", f"{collapse(m.group('org'))} «использует {m.group('n')} формы»",
                         float(m.group("n")), loc, text, extra={"org": m.group("org")}))
    for m in NAMED_REACHED.finditer(text):
        noun = fold(m.group("noun"))
        ind = "partner_enterprises" if noun.startswith("предприят") or noun.startswith("организац") else \
            "forms_count" if noun.startswith("форм") else ""
        if not ind:
            continue
        refs = _named_refs(m.group("orgs"))
        if refs:
            out.append(Claim("membership", ind, f"«{collapse(m.group(0))}»", refs, loc, text,
                             extra={"threshold": float(m.group("n")), "named": True}))
    return out


def _share_indicator(ctx: str) -> str:
    from .headers import role_of

    if re.search(r"педагог|учител|молод\w+ специалист", ctx) and not re.search(r"обучающ", ctx[-60:]):
        return "young_teacher_mentees"
    role = role_of(ctx[-80:])
    return {"mentee": "mentees", "mentor": "mentors"}.get(role, "students_covered")


def _percent_table(r: TableRead) -> bool:
    return any(c.indicator and c.indicator.unit == "percent" for c in r.layout.role("indicator"))


def _mean_claims(doc: Document, p: Paragraph, reads: list[TableRead]) -> list[Claim]:
    out = []
    text = p.text
    loc = f"line {p.line}"
    targeted = set()
    for m in MEAN_TARGET.finditer(text):
        t = nearest_table(doc, p, reads, _percent_table)
        out.append(Claim("mean", _pct_indicator(t), f"«{collapse(m.group(0))[:160]}»", (">=", _int(m.group("v"))),
                         loc, text, extra={"table": t, "negated": bool(m.group("neg"))}))
        targeted.add(m.start())
    for m in MEAN_TEXT.finditer(text):
        if any(abs(m.start() - s) < 5 for s in targeted):
            continue
        unit = fold(m.group("unit") or "")
        mid = fold(m.group("mid"))
        if "менее" in mid or "более" in mid:
            continue
        lo = _int(m.group("lo"))
        hi = _int(m.group("hi")) if m.group("hi") else None
        if unit.startswith("форм") or "форм" in mid:
            out.append(Claim("mean", "forms_count", f"«{collapse(m.group(0))}»", (lo, hi) if hi else lo, loc, text,
                             extra={"decimals": _decimals(m.group("lo")), "forms": True}))
        elif unit == "%":
            t = nearest_table(doc, p, reads, _percent_table)
            out.append(Claim("mean", _pct_indicator(t), f"«{collapse(m.group(0))}»", (lo, hi) if hi else lo, loc,
                             text, extra={"table": t, "decimals": _decimals(m.group("lo"))}))
    return out


def _pct_indicator(t: TableRead | None) -> str:
    if t is None:
        return ""
    for c in t.layout.role("indicator"):
        if c.indicator and c.indicator.unit == "percent":
            return c.indicator.code
    return ""


def _list_claims(doc: Document, p: Paragraph, reads: list[TableRead]) -> list[Claim]:
    """Lists of organizations: with a band of values before them ('от 1% до 3% - №№ …') they
    are membership claims; every list is also a reference claim (each named organization
    must stand in a table of the document)."""
    out = []
    text = p.text
    loc = f"line {p.line}"
    prev_end = 0
    for m in REF_LIST.finditer(text):
        before = text[max(0, m.start() - 60): m.start()]
        if DOC_NUMBER_CONTEXT.search(before) or not ORG_CONTEXT.search(before):
            continue
        items = ref_items(m.group("items"))
        # "№№ 1 и Кагальницкая СОШ": names may go on the list after the numbers
        tail = re.match(r"\s*(?:,|\bи\b)\s*(" + SENT + r"{3,200})", text[m.end():])
        if tail:
            names = [x for x in ref_items(tail.group(1)) if looks_like_org(x)]
            if names:
                items += names
        seg_start = max(prev_end, text.rfind(";", 0, m.start()) + 1, text.rfind(".", 0, max(m.start() - 1, 0)) + 1)
        seg = text[seg_start: m.start()]
        prev_end = m.end()
        quote = collapse(text[seg_start: m.end()])
        out.append(Claim("reference", "organizations", f"«{quote[-160:]}»", items, loc, text))
        band = None
        bands = list(BAND.finditer(seg))
        if bands:
            b = bands[-1]
            if b.group("one"):
                v = _int(b.group("one"))
                band = (v, v)
            else:
                band = (_int(b.group("lo")), _int(b.group("hi")))
        elif ALL_FULL.search(seg):
            band = (100.0, 100.0)
        if band is None:
            continue
        t = nearest_table(doc, p, reads, _percent_table)
        if t is None:
            continue
        out.append(Claim("membership", _pct_indicator(t), f"«{quote[-160:]}»", items, loc, text,
                         extra={"band": band, "table": t}))
    return out


def _named_refs(text: str) -> list[str]:
    items = []
    for m in re.finditer(r"№\s*№?\s*([\d,\sи]+)", text):
        items += ref_items(m.group(1))
    return items


def table_list_claims(reads: list[TableRead]) -> list[Claim]:
    """Tables of 'form → organizations' ('Студент-ученик | №№2,4,5,34,70')."""
    out = []
    for r in reads:
        lay = r.layout
        lists = lay.role("list")
        forms = lay.role("form")
        if not lists:
            continue
        t = lay.table
        for row in range(lay.header_rows, t.n_rows):
            label = t.value(row, forms[0].index) if forms else " ".join(t.value(row, c) for c in range(t.n_cols))
            found = find_forms(label)
            if not found:
                continue
            cell = t.value(row, lists[0].index)
            m = REF_LIST.search("".join(cell.split()) if "№" in cell else "№" + cell)
            if not m:
                continue
            out.append(Claim("membership", "mentees", f"список ОО формы «{collapse(label)}»", ref_items(m.group("items")),
                             f"table {t.index}, row {row + 1}", collapse(cell), extra={"form": found[0]}))
    return out


def _consistency(doc: Document, references: list | None = None) -> list[Claim]:
    """One document number given with two dates in the same year."""
    from .metadata import find_references

    out = []
    by_number: dict[str, list] = {}
    for ref in references if references is not None else find_references(doc):
        by_number.setdefault(ref.number, []).append(ref)
    for number, refs in by_number.items():
        dates = []
        for r in refs:
            if r.date not in [d.date for d in dates]:
                dates.append(r)
        if len(dates) > 1 and len({d.date[:4] for d in dates}) == 1:
            a, b = dates[0], dates[1]
            out.append(Claim("consistency", "", f"документ № {number} с датами {_ru(a.date)} и {_ru(b.date)}",
                             _ru(a.date), f"line {a.line}", a.quote,
                             extra={"other": _ru(b.date), "other_line": b.line, "number": number}))
    return out


def _ru(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}.{m}.{y}"
