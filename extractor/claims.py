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
from .targets import targets
from .textclaims import (
    ANAPHORA,
    _variants_in,
    compositions,
    decimals,
    form_shares,
    join_thousands,
    org_counts,
    org_list,
    pointed_at,
    previous_sentence,
    sentences,
    shares,
    text_totals,
    to_float,
)

NUM = r"\d+(?:[.,]\d+)?"
# Within one sentence: any character but a full stop or semicolon; the dot of an abbreviation
# ("г.о.г. Дзержинск", "им. Пушкина", "т.ч.") is no stop.
SENT = r"(?:[^.;]|\.(?=\S)|(?<=\b\w)\.|(?<=\b\w\w)\.)"
# "в среднем каждая ОО использует 2-3 формы", "средний показатель по г.о.г. Дзержинск – 8%"
MEAN_TEXT = re.compile(r"(?:средн\w+\s+(?:по\s+\w+\s+)?(?:показател|дол[яиюе]|удельн\w+\s+вес|процент|охват)\w*|"
                       r"(?<=[,;]\s)средн\w+\s+по\s+(?:школ|ОО\b|ОУ\b|организаци|учреждени)\w*|"
                       r"в\s+среднем|среднее\s+значени\w*)(?P<mid>" + SENT + r"{0,120}?)"
                       r"(?<![\d.,])(?P<lo>" + NUM + r")(?![\d.,]|\s*(?:[-–—]\s*\d+\s*)?(?:лет|год))"  # not «10–19 лет»
                       r"\s*(?:[-–—]\s*(?P<hi>" + NUM + r"))?\s*(?P<unit>%|форм\w*|"
                       r"предприят\w*|человек|чел\.?|пар\w*)?", re.I)
# «…, доли обучающихся 15–19 лет в роли наставника – 7,7%»: one more mean after a mean
MEAN_MORE = re.compile(r"^\s*[,;]\s*(?:а\s+|и\s+)?(?:дол[яиюе]|удельн\w+\s+вес\w*|показател\w+)\s+[^,;%]{3,140}?"
                       r"\s[-–—]\s*(?P<v>" + NUM + r")\s*%", re.I)
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


def extract_claims(doc: Document, reads: list[TableRead], references: list | None = None,
                   plan_doc: bool = False) -> list[Claim]:
    """Claims of the tables and the text. `plan_doc`: the document is an act whose table is a
    plan (a приказ): its «планируется вовлечь … в 10 ОО» is about that table."""
    claims: list[Claim] = []
    for r in reads:
        for tc in r.claims:
            claims.append(Claim(kind=tc.kind if tc.kind != "row_total" else "sum", indicator=tc.indicator,
                                subject=f"строка «{tc.label}»" if tc.kind != "row_total" else f"«{tc.header}» у {tc.label}",
                                stated=tc.stated, location=f"table {tc.table}, row {tc.row}", quote=tc.raw,
                                extra={"table": tc.table, "col": tc.col, "row": tc.row, "decimals": decimals(tc.raw),
                                       "row_total": tc.kind == "row_total", "parts": tc.parts, "header": tc.header,
                                       "form": tc.form, "unit": tc.unit, "segment": tc.segment,
                                       "covered": tc.covered, "subtotals": tc.subtotals,
                                       "later_totals": tc.later_totals, "part_of": r.part_of}))
    # a plan's «планируется вовлечь … в 10 ОО» speaks of its table only when the act has one
    plan_doc = plan_doc and any(f.indicator == "planned_participants" for r in reads for f in r.facts)
    paras = doc.paragraphs
    for i, p in enumerate(paras):
        claims += _text_claims(doc, p, reads, plan_doc, before=paras[max(0, i - 3): i])
    claims += _consistency(doc, references)
    return claims


def _text_claims(doc: Document, p: Paragraph, reads: list[TableRead], plan_doc: bool = False,
                 before: list[Paragraph] | None = None) -> list[Claim]:
    """`before`: the (up to three) paragraphs above `p` — a share's base may be named there."""
    text = join_thousands(p.text)
    loc = f"line {p.line}"
    out: list[Claim] = []
    before = before or []
    prev = join_thousands(" ".join(q.text for q in before[-1:]))
    history = join_thousands(" ".join(q.text for q in before))
    share_spans = []
    for offset, sent in sentences(text):
        # what stands before the sentence, the paragraph before included («… (не менее 10%).» then
        # «Ориентир достигнут в 17 из 19 ГБОУ.»)
        for c in org_counts(sent, plan_doc, (prev + " " + text[:offset])[-300:] if not offset else text[max(0, offset - 300): offset]):
            scope = dict(c.extra["scope"])
            if "threshold" in scope:  # the share is in a table of percents above: find it, or no claim
                t = _table_of_share(doc, p, reads, c.quote)
                code = _pct_indicator(t, c.quote, text[:offset])
                if t is None or not code:
                    derived = derived_share(doc, p, reads, c.quote)
                    if derived is None:
                        continue
                    t, code = derived
                scope.update(table=t, indicator=code)
            out.append(Claim("count", "organizations", f"«{c.quote}»", c.stated, loc, text, extra={"scope": scope}))
        for c in shares(sent, prev + " " + text[:offset], history=history + " " + text[:offset]):
            e = c.extra
            ctx = fold(sent[: e.get("at", len(sent))])
            out.append(Claim("share", _share_indicator(ctx), f"«{c.quote[:160]}»", c.stated, loc, text, extra=e))
            share_spans.append((offset + sent.find(c.quote[:20]), 0, c.stated, e.get("n"), e.get("base")))
        for c in form_shares(sent, text[:offset]):
            out.append(Claim("share", c.extra["indicator"], f"«{c.quote[:160]}»", c.stated, loc, text, extra=c.extra))
        composed = set()
        for c in compositions(sent):
            out.append(Claim("composition", "participants", c.quote, c.stated, loc, text,
                             extra={"parts": c.extra["parts"]}))
            composed.add(c.stated)
        for c in text_totals(sent, plan_doc):
            out.append(Claim("sum", c.extra["indicator"], f"«{c.quote[:160]}»", c.stated, loc, text,
                             extra={"text_total": True, **c.extra}))
    for t in targets(text, sentences(text)):
        span = next((s for s in reversed(share_spans) if s[0] <= t.start and s[2] == t.actual), None)
        ind = _share_indicator(fold(text[max(0, (t.actual_at or t.start) - 200): t.start] + " " + t.phrase))
        out.append(Claim("target", ind, f"«{collapse(t.quote)}»", t.bound, loc, text,
                         extra={"relation": {">": "gt", ">=": "ge", "<=": "le"}[t.op], "verdict": t.verdict,
                                "actual": span if span and span[3] is not None and span[4] else None,
                                "actual_value": t.actual,
                                "named": t.phrase, "table": _table_of_share(doc, p, reads, t.phrase)}))
    for m in TARGET_MET.finditer(text):
        neg = bool(m.group("neg"))
        before = [s for s in share_spans if s[0] < m.start() and s[3] is not None and s[4]]
        if m.group("v"):
            continue  # a target with its value: read above
        if before:
            s = before[-1]
            out.append(Claim("target", "share", f"«{collapse(m.group(0))}» ({s[2]:g}%)", s[2], loc, text,
                             extra={"relation": "ge", "negated": neg, "actual": s}))
    out += _half_claims(doc, p, reads)
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
        t = _table_of_share(doc, p, reads, m.group(0))
        out.append(Claim("mean", _pct_indicator(t, m.group(0)), f"«{collapse(m.group(0))[:160]}»",
                         (">=", to_float(m.group("v"))),
                         loc, text, extra={"table": t, "negated": bool(m.group("neg"))}))
        targeted.add(m.start())
    for m in MEAN_TEXT.finditer(text):
        if any(abs(m.start() - s) < 5 for s in targeted):
            continue
        unit = fold(m.group("unit") or "")
        mid = fold(m.group("mid"))
        if "менее" in mid or "более" in mid:
            continue
        lo = to_float(m.group("lo"))
        hi = to_float(m.group("hi")) if m.group("hi") else None
        if unit.startswith("форм") or "форм" in mid:
            out.append(Claim("mean", "forms_count", f"«{collapse(m.group(0))}»", (lo, hi) if hi else lo, loc, text,
                             extra={"decimals": decimals(m.group("lo")), "forms": True}))
        elif unit == "%":
            said = text[max(0, m.start() - 40): m.end()]
            t = _table_of_share(doc, p, reads, said)
            out.append(Claim("mean", _pct_indicator(t, said, text[: m.start()]), f"«{collapse(m.group(0))}»",
                             (lo, hi) if hi else lo,
                             loc, text, extra={"table": t, "decimals": decimals(m.group("lo"))}))
            # «… составил 20,2%, доли обучающихся 15–19 лет в роли наставника – 7,7%, доли молодых
            # специалистов – 42,5%»: the means of the other columns, said in the same breath
            rest = re.split(r"(?<=[.;])\s", text[m.end():])[0]
            while (more := MEAN_MORE.match(rest)) is not None:
                said2, rest = more.group(0), rest[more.end():]
                t2 = _table_of_share(doc, p, reads, said2)
                out.append(Claim("mean", _pct_indicator(t2, said2), f"«{collapse(said2)}»", to_float(more.group("v")),
                                 loc, text, extra={"table": t2, "decimals": decimals(more.group("v"))}))
        elif hi is None and (ratio := _ratio_of(text, m)) is not None:
            # «на одного наставника в среднем приходится 1,8 наставляемого»: a ratio of two totals
            num, den, said = ratio
            # the form the sentence is about («В форме «ученик – ученик» 178 наставников …»)
            sent_start = text.rfind(". ", 0, m.start()) + 1
            forms = find_forms(text[sent_start: m.start()])
            out.append(Claim("mean", num, f"«{collapse(said)}»", lo, loc, text,
                             extra={"ratio": den, "decimals": decimals(m.group("lo")),
                                    "form": forms[-1] if len(set(forms)) == 1 else ""}))
        elif hi is None and re.search(r"\bна\s+(?:одн\w+|кажд\w+)|\bв\s+одн\w+|\bкажд\w+", mid + " " + text[m.end():][:60] + " "
                                      + re.split(r"[.;]\s", text[: m.start()])[-1][-60:], re.IGNORECASE):
            # «в среднем на одну ОО приходится 22,1 обучающихся»: a mean of a count per organization
            after = re.match(r"(?:\s*[а-яё«»\"-]+){0,4}", text[m.end():]).group(0)
            from .headers import read_header

            r = read_header(f"{m.group('unit') or ''} {after} {mid}")
            # the sentence, from its last «;» (what a clause before it said of a form is its own)
            sent_start = max(text.rfind(". ", 0, m.start()) + 1, text.rfind(";", 0, m.start()) + 1, 0)
            if not r.understood:  # «сформирована 301 пара, в среднем 18,8 на одно учреждение»
                r = read_header(re.sub(r"[\d.,]+|«[^»]*»", " ", text[sent_start: m.start()])[-80:])
            if not r.understood:
                # «Количество наставнических пар – 161: 121 – в форме …; в среднем 17,9 на одну организацию»:
                # the clause names nothing, the sentence opens with what it counts
                opening = text[text.rfind(". ", 0, m.start()) + 1: m.start()]
                r = read_header(re.sub(r"[\d.,]+|«[^»]*»", " ", re.split(r"\s[-–—:]\s|:", opening)[0])[:80])
            if r.understood and r.indicator.unit != "percent":
                forms = find_forms(text[sent_start: m.start()] + " " + mid + " " + after)  # «на форму «…» … в среднем»
                variants = _variants_in(text[sent_start: m.start()])
                # «в среднем на одну такую организацию»: over those that have it, not over all
                having = bool(re.search(r"\bтак\w+\s+(?:организац|ОО|ОУ|школ|учрежден)|реализующ", mid + " " + after,
                                        re.IGNORECASE))
                out.append(Claim("mean", r.indicator.code, f"«{collapse(m.group(0) + after)}»", lo, loc, text,
                                 extra={"per_org": True, "form": forms[0] if len(forms) == 1 else "",
                                        "variant": variants[-1] if variants else "", "having": having,
                                        "decimals": decimals(m.group("lo"))}))
    return out


HALF = re.compile(r"(?P<op>(?:не\s+)?(?:более|больше|свыше|менее|меньше))\s+(?:(?:чем\s+)?в\s+половине|половины)"
                  r"(?:\s+(?P<noun>[а-яё]+|ОО|ОУ))?", re.I)
ORG_HALF_NOUNS = ("школ", "оо", "оу", "организаций", "учреждений", "общеобразовательных")


def _half_claims(doc: Document, p: Paragraph, reads: list[TableRead]) -> list[Claim]:
    """«Более половины школ (7 из 12) имеют показатель выше 15%»: the share of organizations
    whose value is on that side of the bound, against one half; «на неё приходится 86,8% всех
    наставляемых, то есть более половины»: one form's share of everyone, against one half."""
    from .textclaims import SHARE_THRESHOLD, sentences, to_float

    out = []
    for offset, sent in sentences(p.text):
        for m in HALF.finditer(sent):
            op = m.group("op").lower()
            rel = "le" if op.startswith("не более") or op.startswith("не больше") else \
                "ge" if op.startswith("не ") else "lt" if op in ("менее", "меньше") else "gt"
            if re.match(r"[^.;()]{0,30}\)?\s*(?:пока\s+)?не\s+(?:достигнут|выполнен|обеспечен)", sent[m.end():], re.I):
                # «ориентир (не менее половины школ) не достигнут»: the text says the opposite holds
                rel = {"ge": "lt", "gt": "le", "le": "gt", "lt": "ge"}[rel]
            if m.group("noun"):
                noun = fold(m.group("noun"))
            else:  # «86,8% всех наставляемых, то есть более половины»: the people of the percent before
                said = re.search(r"%\s+(?:от\s+)?(?:всех|общего\s+числа)\s+([а-яё]+)[^%]*$", sent[: m.start()]) \
                    or re.search(r"^\W*из\s+\d[\d\s\u00a0\u202f]*\s+([а-яё]+)", sent[: m.start()], re.I)  # «Из 399 наставляемых …»
                # «реализуется в 7 из 12 общеобразовательных организаций (58,3%), т. е. более чем в половине»
                counted = re.search(r"\d+\s+из\s+\d+\s+(?:[а-яё]+\s+){0,2}(?:ОО|ОУ|организаци|школ|учрежден)",
                                    sent[: m.start()], re.I)
                if said is None and counted is None:
                    continue
                noun = said.group(1) if said else "оо"
            if noun in ORG_HALF_NOUNS:
                th = list(SHARE_THRESHOLD.finditer(sent[m.end():]))
                forms = find_forms(sent)
                said_before = ANAPHORA.match(sent)
                if not forms and said_before and said_before.group("form"):  # «Эта форма реализуется в 5 …»
                    forms = pointed_at(said_before, find_forms(previous_sentence(p.text[max(0, offset - 300): offset])))
                if not th and len(set(forms)) == 1 and (not re.search(r"\d\s*%", sent) or not m.group("noun")):
                    # «форма «студент – ученик» охватывает более половины учреждений»: the
                    # organizations whose cells of that form are filled in, of all
                    head = sent[: m.end()] if m.end() <= 200 else sent[m.end() - 200: m.end()].split(" ", 1)[-1]
                    out.append(Claim("target", "organizations", f"«{collapse(head)}»",
                                     50.0, f"line {p.line}", p.text, extra={"half": rel, "orgs_with_form": forms[0]}))
                    continue
                if not th:
                    continue
                t = th[0]
                if t.group("v2"):
                    v = to_float(t.group("v2"))
                    band = (-1e9, v) if t.group("op2").lower() in ("ниже", "менее", "меньше") else (v, 1e9)
                else:
                    v = to_float(t.group("v"))
                    below = t.group("op").lower() in ("ниже", "менее", "меньше")
                    band = ((v, 1e9) if below else (-1e9, v)) if t.group("neg") else \
                        ((-1e9, v - 1e-6) if below else (v + 1e-6, 1e9))
                table = _table_of_share(doc, p, reads, sent)
                code = _pct_indicator(table, sent)
                if table is None or not code:
                    derived = derived_share(doc, p, reads, sent)  # the share of two count columns
                    if derived is None:
                        continue
                    table, code = derived
                out.append(Claim("target", code, f"«{collapse(sent[m.start(): m.end() + t.end()])}»", 50.0,
                                 f"line {p.line}", p.text, extra={"half": rel, "band": band, "table": table}))
            else:
                forms = find_forms(sent[: m.start()]) or find_forms(sent[m.end():])
                from .headers import read_header

                r = read_header(noun)
                variants = _variants_in(sent[: m.start()])
                if len(set(variants)) == 1 and not forms and r.understood:
                    # «вариант «успевающий – неуспевающий» – 274 чел. (63,3%), т. е. более половины участников
                    # формы»: the variant's share of its form
                    out.append(Claim("target", "program_participants",
                                     f"«{collapse(sent[max(0, m.start() - 80): m.end()])}»", 50.0, f"line {p.line}",
                                     p.text, extra={"half": rel, "variant": variants[0]}))
                    continue
                if len(set(forms)) != 1 or not r.understood:
                    continue
                out.append(Claim("target", r.indicator.code, f"«{collapse(sent[max(0, m.start() - 80): m.end()])}»",
                                 50.0, f"line {p.line}", p.text, extra={"half": rel, "form": forms[0]}))
    return out


PER_ONE = re.compile(r"\bна\s+(?:одн|кажд)\w+\s+(?P<per>[а-яё]+)", re.I)


def _ratio_of(text: str, m: re.Match) -> tuple[str, str, str] | None:
    """(numerator, denominator, quote) of a mean said per person or per pair, not per
    organization: «в среднем на одну пару (группу) приходится 1,5 наставляемого»."""
    from .headers import read_header

    start = max(text.rfind(". ", 0, m.start()) + 1, text.rfind(";", 0, m.start()) + 1,
                text.rfind("(", 0, m.start()) + 1, 0)
    end = m.end() + len(re.match(r"(?:\s*[а-яё]+){0,5}", text[m.end():]).group(0))  # «2,2 наставляемого на одного наставника»
    said = text[start:end]
    per = PER_ONE.search(said)
    if per is None:
        return None
    den = read_header(per.group("per"))
    if not den.understood or den.indicator.unit == "percent" or den.features.head in ("", "organizations"):
        return None  # «на одну ОО»: a mean per organization, read apart
    after = re.match(r"(?:\s*(?!на\b)[а-яё]+){1,2}", text[m.end():])
    num = read_header(after.group(0)) if after else None
    if num is None or not num.understood:
        # «(в среднем 5,3 на одного наставника)»: the other side of the pair is counted
        other = {"mentors": "mentees", "mentees": "mentors"}.get(den.indicator.code)
        if other is None:
            return None
        code = other
    else:
        code = num.indicator.code
        if den.indicator.code == "mentors" and num.features.head == "students" and not num.features.role:
            code = "mentees"  # «на одного наставника приходится 3,9 обучающегося»: the pupils he guides
    if code == den.indicator.code:
        return None
    return code, den.indicator.code, said.strip()


def _table_of_share(doc: Document, p: Paragraph, reads: list[TableRead], said: str) -> TableRead | None:
    """The table above whose percent column is the share a text speaks of («доля
    наставляемых» → the table of mentee shares), else the nearest table of percents."""
    from .headers import role_of

    role = role_of(said[-120:])
    if role:
        hit = nearest_table(doc, p, reads, lambda r: _percent_table(r) and any(
            c.indicator and c.indicator.code.startswith(role) for c in r.layout.role("indicator")))
        if hit is not None:
            return hit
    return nearest_table(doc, p, reads, _percent_table)


def derived_share(doc: Document, p: Paragraph, reads: list[TableRead], said: str) -> tuple[TableRead, str] | None:
    """A share the tables do not print but hold both parts of («доля наставляемых превышает 10%
    в 7 ОО» over columns of mentees and of all students): the table and the share's code."""
    from normalizers.vocab import indicators

    from .headers import role_of

    role = role_of(said[-120:])
    if not role and re.search(r"охват|вовлеч", said[-120:], re.IGNORECASE):
        role = "mentee"  # «охват ниже 10%»: of the pupils drawn in, whatever their role
    d = indicators().get(f"{role}_share_pct") if role else None
    if d is None or not d.share_of:
        return None
    nums, den = d.share_of[0].split("|"), d.share_of[1]

    def holds(r: TableRead) -> bool:
        codes = {f.indicator for f in r.facts if f.value is not None}
        return den in codes and any(n in codes for n in nums)

    t = nearest_table(doc, p, reads, holds)
    return (t, d.code) if t is not None else None


YOUNG = re.compile(r"молод\w+\s+(?:специалист|педагог|учител)", re.IGNORECASE)


def _pct_indicator(t: TableRead | None, context: str = "", before: str = "") -> str:
    """The percent column of a table a text speaks of: the one whose role the text names
    («удельный вес наставников …»), or the one the sentence before names when this one says
    «этот показатель»; else the first."""
    if t is None:
        return ""
    codes = [c.indicator.code for c in t.layout.role("indicator") if c.indicator and c.indicator.unit == "percent"]
    young = [c for c in codes if c.startswith("young")]
    if young and len(codes) > 1:  # «…молодые специалисты включены …; средний показатель – 86%»
        recent = " ".join(s for _, s in sentences(before)[-2:]) if before else ""
        if YOUNG.search(context[-120:]) or (YOUNG.search(recent) and not re.search(r"обучающ|учащ", context[-120:])):
            return young[0]
    if context and len(codes) > 1:
        from .headers import role_of

        role = role_of(context[-120:])
        if not role and before:  # «этот показатель», «плановое значение не достигнуто»: of the sentence before
            last = [s for _, s in sentences(before) if s.strip()]
            role = role_of(last[-1][-200:]) if last else None
        for code in codes:
            if role and code.startswith(role):
                return code
    return codes[0] if codes else ""


# Where an enumeration of organizations starts: after a colon or a dash, after «№», or after a
# verb that says what they do («реализуют», «отмечен в», «у»).
LIST_START = re.compile(r"(?::|\b(?:в|во)\s+(?:\d+|[а-яё]+)\s*\((?=\s*[«\"№A-ZА-ЯЁ])|(?<!ОУ)\s[-–—]\s|\s(?:в|у)\s+(?=[«\"№A-ZА-ЯЁ])|(?:(?<=ОО)|(?<=ОУ)|(?<=организациях)|(?<=организациями)|(?<=учреждениях)|(?<=школах)|(?<=организации))\s*\((?=\s*[«\"№A-ZА-ЯЁ])|\b(?:реализу\w+|реализовал\w*|использу\w+|применя\w+|отмечен\w*\s+в|"
                        r"наблюдается\s+в|в\s+следующих\s+(?:ОО|организациях|школах)|не\s+реализу\w+)\s)",
                        re.IGNORECASE)
# «ниже 10%», «не ниже 10 %», «менее 5%», «выше 30%»
THRESHOLD = re.compile(r"(?P<neg>не\s+)?(?P<op>ниже|менее|меньше|выше|более|свыше|больше|превыша\w*)\s+(?P<v>" + NUM + r")\s*%|"
                       r"(?P<v2>" + NUM + r")\s*%\s+(?:и|или)\s+(?P<op2>выше|более|больше|ниже|менее|меньше)",
                       re.IGNORECASE)


def _list_claims(doc: Document, p: Paragraph, reads: list[TableRead]) -> list[Claim]:
    """Lists of organizations. Every list is a reference claim (each named organization must
    stand in a table of the document); with a band or a threshold of values before it
    («от 1% до 3% – №№ …», «ниже 10% – …») or a form («форму «ученик – ученик» реализуют …»)
    it is also a membership claim."""
    out = []
    text = p.text
    loc = f"line {p.line}"
    for _offset, sent in sentences(text):
        pos = 0
        while pos < len(sent):
            start = _list_start(sent, pos)
            if start is None:
                break
            items = org_list(sent[start:])
            end = _list_end(sent, start, items)
            pos = max(end, start + 1)
            named = [i for i in items if not i.isdigit()]
            if not items or (not named and "№" not in sent[max(0, start - 3): start + 3]):
                continue
            seg = sent[:start]
            if DOC_NUMBER_CONTEXT.search(seg[-40:]) or not (ORG_CONTEXT.search(seg[-60:]) or named):
                continue
            quote = collapse(sent[max(0, start - 120): end])
            claim = _membership(doc, p, reads, seg, items, quote, loc, text, tail=sent[end:end + 120])
            if claim is not None:
                out.append(claim)
            if len(items) > 1 or claim is not None:  # one name in passing claims nothing
                out.append(Claim("reference", "organizations", f"«{quote[-160:]}»", items, loc, text))
    return out


def _list_start(sent: str, pos: int) -> int | None:
    """Where the next enumeration of organizations starts at or after `pos`."""
    for m in LIST_START.finditer(sent, pos):
        start = m.end()
        if sent[: m.start()].count("«") > sent[: m.start()].count("»"):
            continue  # the dash of a quoted name («учитель – учитель»)
        if org_list(sent[start:]):
            return start
    m = re.compile(r"№\s*№?\s*\d").search(sent, pos)
    while m and (DOC_NUMBER_CONTEXT.search(sent[max(0, m.start() - 40): m.start()])
                 or re.match(r"№\s*\d+\s*-\s*[а-яё]", sent[m.start():], re.IGNORECASE)):
        m = re.compile(r"№\s*№?\s*\d").search(sent, m.end())  # an act's number («№ 1345-п»), not a school
    if m:
        # the name the number belongs to starts after the last separator before it
        cut = max(sent.rfind(",", 0, m.start()), sent.rfind(":", 0, m.start()), sent.rfind("(", 0, m.start()))
        words = sent[cut + 1: m.start()].split()
        lead = len(words) - next((i for i, w in enumerate(reversed(words)) if not looks_like_org(w)), len(words))
        start = m.start() - len(" ".join(words[len(words) - lead:])) - (1 if lead else 0)
        return max(start, 0) if org_list(sent[max(start, 0):]) else m.end()
    return None


def _list_end(sent: str, start: int, items: list[str]) -> int:
    if not items:
        return start
    last = items[-1]
    i = sent.find(last, start)
    return (i + len(last)) if i >= 0 else len(sent)


def _membership(doc, p, reads, seg: str, items: list[str], quote: str, loc: str, text: str,
                tail: str = "") -> Claim | None:
    from .textclaims import _forms_per_org, plan_met

    # «только одну форму реализуют: …», «в 2 ОО (ООШ № 3, ООШ № 6) реализуется только одна форма»
    nf = _forms_per_org(re.split(r";", seg)[-1][-160:])
    if nf is None and re.match(r"\s*\)", tail):
        nf = _forms_per_org(re.split(r"[;.]", tail)[0])
    if nf is not None and len(items) >= 1:
        op, n = nf
        desc = {"==": f"ровно с {n} формами" if n else "без форм", ">=": f"с {n} и более формами", "all": f"со всеми {n} формами"}[op]
        return Claim("membership", "forms_count", f"список ОО {desc}", items, loc, text, extra={"n_forms": nf})
    # «в МБОУ «СШ № 3» и МБОУ «СШ № 10» молодых специалистов нет», «молодых специалистов нет в: …»
    clause_after = re.split(r"[;.]", tail)[0].lstrip(" )")  # «в двух ОО (…, …) молодых специалистов нет»
    if len(items) >= 1 and (re.match(r"\s*(?:на\s+\w+\s+\w+\s+\w+\s+)?молод\w+\s+(?:специалист|педагог)\w*\s+"
                                     r"(?:\w+\s+){0,4}?(?:нет|отсутству\w+)\b", clause_after, re.I)
                            or re.search(r"(?:нет|отсутству\w+)\s+молод\w+\s+(?:специалист|педагог)\w*[^.;]{0,20}$|"
                                         r"молод\w+\s+(?:специалист|педагог)\w*\s+(?:нет|отсутству\w+)\s*(?:в\b[^.;«»]{0,40})?"
                                         r"[:–-]?\s*$",
                                         re.split(r"[;.]", seg)[-1], re.I)):
        return Claim("membership", "young_teachers", "список ОО без молодых специалистов", items, loc, text,
                     extra={"no_young": True})
    # «Не все молодые педагоги имеют наставника в …», «наставники закреплены не за всеми молодыми
    # специалистами в …»: those with young specialists some of whom have no mentor
    if len(items) >= 1 and re.search(r"(?:(?:не\s+все|не\s+у\s+всех|не\s+за\s+всеми)\s+(?:[а-яё]+\s+){0,2}?|"
                                     r"без\s+наставник\w*\s+(?:[а-яё]+\s+){0,2})молод\w+\s+"
                                     r"(?:специалист|педагог|учител)\w*[^.;]{0,60}$", re.split(r"[;.]", seg)[-1], re.I):
        return Claim("membership", "young_teacher_mentees", "список ОО, где наставник есть не у всех молодых специалистов",
                     items, loc, text, extra={"partial_young": True})
    # the plan the list is said of: in its own clause before it, or right after it
    # («превышены в 6 ОО (…)», «в МОУ «СОШ № 7» выполнены на 100%», «не выполнены в …»)
    met = plan_met(re.split(r"[;)]", seg)[-1][-160:])
    if met is None and plan_met(seg + tail):  # the sentence speaks of a plan: the verb after the list
        met = plan_met(re.split(r"[;,.]", tail.lstrip(" )"))[0] + " план")
    if met is not None and len(items) >= 1:  # «превысили плановые показатели: …», «не выполнили план …»
        desc = {">": "превысивших план", ">=": "выполнивших план", "<": "не выполнивших план",
                "==": "выполнивших план ровно"}[met]
        return Claim("membership", "program_participants", f"список ОО, {desc}", items, loc, text,
                     extra={"plan": met})
    forms = find_forms(seg)
    if len(forms) > 1:  # «…, «студент – ученик» – в двух (МБОУ …, МБОУ …)»: the form of the list's own clause
        forms = find_forms(re.split(r"[;,]\s", seg)[-1]) or forms
    band = None
    own = re.split(r";", seg)[-1]  # the list's own clause: a bound of the clause before is not its
    extreme_word = re.search(r"\b(?:наибольш|наименьш|максимальн|минимальн|самы\w+\s+(?:высок|низк))\w*[^,;]*$", own, re.I)
    if extreme_word:  # «наибольший – в X: 30,6%, наименьший – в Y»: X's value is no band of Y
        own = own[extreme_word.start():]
    bands = list(BAND.finditer(own))
    th = list(THRESHOLD.finditer(own))
    if th and (not bands or th[-1].end() >= bands[-1].end()):  # «ниже 10%» holds its own «10%»
        m = th[-1]
        if m.group("v2"):  # «30% и выше»: the bound itself included
            v = to_float(m.group("v2"))
            below = m.group("op2").lower() in ("ниже", "менее", "меньше")
            band = (-1e9, v) if below else (v, 1e9)
        elif m.group("neg"):
            v = to_float(m.group("v"))
            below = m.group("op").lower() in ("ниже", "менее", "меньше")
            band = (v, 1e9) if below else (-1e9, v)
        else:
            v = to_float(m.group("v"))
            below = m.group("op").lower() in ("ниже", "менее", "меньше")
            band = (-1e9, v - 1e-6) if below else (v + 1e-6, 1e9)
    elif bands:
        b = bands[-1]
        if b.group("one"):
            v = to_float(b.group("one"))
            band = (v, v)
        else:
            band = (to_float(b.group("lo")), to_float(b.group("hi")))
    elif ALL_FULL.search(seg):
        band = (100.0, 100.0)
    else:
        # «(не менее 15% …) достигнут в 15 ОО. Не достигнут показатель в 4 ОО: …»: the bound said
        # before, on the side the verdict gives
        verdict = re.search(r"(?P<neg>не\s+)?(?:достигнут|выполнен)\w*\s+(?:[а-яё]+\s+){0,2}(?:в|у)\s+(?:\d+\s+)?"
                            r"(?:ОО|ОУ|организац\w*|школ\w*|учрежден\w*)\s*[:(–-]?\s*$", seg[-80:], re.IGNORECASE)
        at = p.text.find(seg[:40]) if seg else -1
        bound = list(re.finditer(r"не\s+(?:менее|ниже)\s+(?P<v>" + NUM + r")\s*%", p.text[max(0, at - 300): at + len(seg)]
                                 if at >= 0 else seg))
        if verdict and bound:
            v = to_float(bound[-1].group("v"))
            band = (-1e9, v - 1e-6) if verdict.group("neg") else (v, 1e9)
        # «ниже ориентира – МКОУ …, МКОУ … и МКОУ …», the bound said before in the sentence
        side = re.search(r"(?P<dir>ниже|выше)\s+(?:ориентир|целев\w+\s+(?:значени|показател|уровн)|норматив|порог)\w*"
                         r"\s*[-–—:]?\s*(?:(?:в|у)\s+)?$", seg[-80:], re.IGNORECASE)
        if band is None and side and bound:
            v = to_float(bound[-1].group("v"))
            band = (-1e9, v - 1e-6) if side.group("dir").lower() == "ниже" else (v + 1e-6, 1e9)
    if band is not None:
        t = _table_of_share(doc, p, reads, seg)
        at = p.text.find(seg[:40]) if seg else -1
        code = _pct_indicator(t, seg, join_thousands(p.text[:at]) if at > 0 else "")
        if t is None or not code:
            derived = derived_share(doc, p, reads, seg)
            if derived is None:
                return None
            t, code = derived
        # «Охват 100% – во всех школах, кроме: …»: the list is of those outside the band
        outside = bool(re.search(r"\bкроме\s*:?\s*$", seg[-40:], re.IGNORECASE))
        return Claim("membership", code, f"«{quote[-160:]}»", items, loc, text,
                     extra={"band": band, "table": t, "outside": outside})
    variants = _variants_in(re.split(r"[;.]|,\s", seg)[-1])  # the list's own clause
    said = ANAPHORA.match(re.split(r"[;.]", seg)[-1].lstrip())
    if said and not variants and not find_forms(re.split(r"[;.]", seg)[-1]):
        # «Последний реализуется в четырёх ОО: …», «Последняя форма реализуется только в …»: what was named last
        at = p.text.find(re.split(r"[;.]", seg)[-1].strip()[:30])
        before = previous_sentence(p.text[max(0, at - 300): at]) if at > 0 else ""
        if said.group("variant"):
            variants = pointed_at(said, _variants_in(before))
        elif find_forms(before):
            forms = pointed_at(said, find_forms(before))
    if len(set(variants)) == 1 and len(items) > 1 and not re.search(
            r"\bне\s+(?:\w+\s+)?(?:реализу|организ|внедр|использу|примен)|отсутств", re.split(r"[;.]", seg)[-1], re.I):
        # «вариант «равный – равному» применяют: …»: the organizations with that variant's cells filled in
        return Claim("membership", "program_participants", f"список ОО варианта «{variants[0]}»", items, loc, text,
                     extra={"variant": variants[0]})
    own_clause = re.split(r"[;.]", seg)[-1]
    # «наибольшее количество форм (четыре) – в МОУ СОШ № 1 и МОУ Лаговская СОШ»: the organizations
    # with the highest (lowest) value of what is named
    extreme = re.search(r"\b(?P<which>наибольш|наименьш|максимальн|минимальн|самы\w+\s+(?:высок|низк))\w*\s+"
                        r"(?P<what>(?:[а-яё-]+\s+){0,4}?[а-яё-]+)\s*(?:\([^()]*\))?\s*[-–—:]?\s*(?:(?:в|у)\s*)?$",
                        own_clause, re.IGNORECASE)
    if extreme and items:
        from .headers import read_header

        r = read_header(extreme.group("what"))
        if r.understood:
            top = not re.match(r"наименьш|минимальн|самы\w+\s+низк", extreme.group("which"), re.I)
            return Claim("membership", r.indicator.code, f"список ОО с {'наибольшим' if top else 'наименьшим'} "
                         f"значением «{collapse(extreme.group('what'))}»", items, loc, text,
                         extra={"extreme": "max" if top else "min"})
    if len(items) > 1 and re.search(r"\bформ\w*\s+(?:\w+\s+)?не\s+(?:реализу|внедр|использу|примен)\w*(?:\s+(?:в|во|у))?\s*$|"
                                    r"\bне\s+(?:реализу|внедр|использу|примен)\w*\s+(?:эту\s+|данную\s+)?форм\w*\s*[:–-]?\s*$",
                                    own_clause, re.IGNORECASE):
        # «Форма не реализуется в МБОУ …, … и …»: the form of the clause, or the one form of the
        # paragraph or of the document's heading
        named = find_forms(own_clause) or find_forms(p.text) or find_forms(" ".join(q.text for q in doc.paragraphs[:6]))
        if len(set(named)) == 1:
            return Claim("membership", "mentees", f"список ОО без формы «{named[0]}»", items, loc, text,
                         extra={"form": named[0], "without": True})
    if len(forms) == 1 and len(items) > 1 and not re.search(
            r"\bне\s+(?:\w+\s+)?(?:реализу|организ|внедр|использу)|отсутств|только\s+одн|одну\s+форму", seg, re.IGNORECASE):
        # a list of the organizations of one form (not of those without it, or with it alone)
        return Claim("membership", "mentees", f"список ОО формы «{forms[0]}»", items, loc, text,
                     extra={"form": forms[0]})
    return None


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
