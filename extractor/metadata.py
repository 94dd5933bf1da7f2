"""What a document is, where and when: kind, title, municipality, organization, dates;
plus referenced documents, signatories and targets kept in the database."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from normalizers.dates import find_dates, period_end
from normalizers.municipalities import Municipality, district_of_adjective, find_municipalities, place_year
from normalizers.organizations import parse_org, short_name
from normalizers.text import collapse, fold

from .acts import BODY, ORG_START
from .model import Document, Paragraph

# "Аналитическая справка", "Информационно-аналитическая справка", "СПРАВКА"
KIND_SPRAVKA = re.compile(r"^(?:[\w-]*(?:аналитическ|информационн|итогов)[\w-]*\s+){0,2}справк[аи]\b", re.I)
KIND_PRIKAZ = re.compile(r"^п\s?р\s?и\s?к\s?а\s?з\b(?!\s*ы)", re.I)
KIND_OTHER = re.compile(r"^(распоряжени[ея]|постановлени[ея]|протокол|отч[её]т|информация)\b", re.I)
MUNI_LABEL = re.compile(r"\(?\s*наименование\s+муниципальн\w+\s+(?:образования|района|округа)", re.I)
ORG_LABEL = re.compile(r"\(?\s*наименование\s+(?:обще)?образовательн\w+\s+(?:организации|учреждения)", re.I)
# "(на 31.12.2020)", "по состоянию на 01.06.2022", "на 01.06.2021 г."
AS_OF = re.compile(r"(?:(?:по\s+состоянию\s+)?\bна|(?:отч[её]тн\w+|контрольн\w+)\s+дат\w*\s*[:–-]?)\s+"
                   r"(\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*\d{2,4}|«?\d{1,2}»?\s+[а-я]+\s+\d{4})", re.I)
# "28.08.2020 г. № 632", "от «14» апреля 2022г. № 15-р"
DATE_NUMBER = re.compile(r"(\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*\d{2,4}|«?\d{1,2}»?\s+[а-я]+\s+\d{4})\s*(?:г(?:ода|\.)?)?\s*"
                         r"№\s*([\w/.-]*\d[\w/-]*)", re.I)
# "Приказ … от 06.10.2020 № 520 «Об утверждении плана …»"
REF_TYPES = (r"приказ\w*|распоряжени\w*|постановлени\w*|письм\w*|решени\w*|положени\w*|"
             r"план\w*\s+мероприятий|дорожн\w+\s+карт\w*|программ\w*|протокол\w*")
REFERENCE = re.compile(r"(?P<type>" + REF_TYPES + r")(?P<mid>[^.;]{0,220}?)\bот\s+(?P<date>"
                       r"\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*\d{2,4}|«?\d{1,2}»?\s+[а-я]+\s+\d{4})\s*(?:г(?:ода|\.)?)?\s*"
                       r"№\s*(?P<number>[\w/.-]*\d[\w/-]*)(?:\s*«(?P<title>[^»]{3,300})»)?", re.I)
ROLE_WORDS = re.compile(r"(начальник|директор|заместител|руководител|заведующ|глава|председател|"
                        r"ответственн|куратор|исполнител|специалист|методист)\w*", re.I)
TARGET = re.compile(r"не\s+менее\s+(\d+(?:[.,]\d+)?)\s*%", re.I)


@dataclass
class Reference:
    doc_type: str
    date: str
    number: str
    title: str
    line: int
    quote: str


@dataclass
class Person:
    name: str
    role: str
    line: int


@dataclass
class Target:
    value: float
    unit: str
    deadline: str
    text: str
    location: str


@dataclass
class Metadata:
    kind: str = "other"
    title: str = ""
    municipality: Municipality | None = None
    organization_name: str = ""
    as_of: str = ""
    doc_date: str = ""
    doc_number: str = ""
    region: str = ""  # субъект РФ, nominative
    issuer: str = ""  # the body that issued the document, as printed
    references: list[Reference] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)


def _head(doc: Document, n: int = 12) -> list[Paragraph]:
    return doc.paragraphs[:n]


ORDERS = re.compile(r"^\W*(?:п\s?р\s?и\s?к\s?а\s?з\s?ы\s?в\s?а\s?ю|постановляю|постановляет|решил[иа]?)\s*:?\s*$", re.I)


def order_body_first(doc: Document) -> bool:
    """The operative word of an act («Приказываю:») stands before any heading naming a kind: the
    text is the act itself with its heading lost."""
    from .acts import kind_of_line

    for i, p in enumerate(doc.paragraphs[:25]):
        text = p.text.strip()
        if ORDERS.match(text) or re.search(r"\bприказываю\s*:\s*$", text, re.I):
            return i > 0
        kd = kind_of_line(text)
        if kd is not None and not text[:1].islower():
            return False
    return False


def detect_kind(doc: Document) -> tuple[str, str]:
    """Kind and title from the title block (not from the file name). Kinds and their heading
    words are data (kinds.toml); a протокол or приказ named inside an approval stamp
    («Принято на педагогическом совете, протокол № 1 от …») is not the document's kind."""
    from .acts import BODY_START, HEAD_LINES, kind_of_line, title_of

    paras = _head(doc, HEAD_LINES)
    page_title = _page_title(paras)
    if order_body_first(doc):
        # «В соответствии с … Приказываю: 1. Утвердить Положение …»: a приказ whose heading was not
        # kept (a copy from a legal database), its attachment after it
        return "приказ", collapse(title_of(doc, "приказ") or (paras[0].text if paras else ""))[:400]
    if not any(kind_of_line(p.text) and not _in_stamp(paras, i) for i, p in enumerate(paras)):
        # stamps and a long heading block can push the title past the first lines: read on to the body
        more = doc.paragraphs[:40]
        body = next((i for i in range(HEAD_LINES, len(more)) if BODY_START.match(more[i].text.strip())), len(more))
        paras = more[:body]
    for i, p in enumerate(paras):
        if i == page_title:
            continue
        if re.match(r"^Лист «[^»]*»$", p.text):
            continue  # a spreadsheet's sheet name, not a heading
        kd = kind_of_line(p.text)
        nxt = paras[i + 1].text.strip() if i + 1 < len(paras) else ""
        if (kd is None or kd.name == "other") and len(p.text.split()) <= 3 and re.match(r"^(?:о|об|по)\s", nxt):
            # «ИНФОРМАЦИЯ» / «о реализации программ …»: the heading runs over two lines
            kd = kind_of_line(f"{p.text.strip()} {nxt}") or kd
        if kd is None or _in_stamp(paras, i):
            continue
        kind = kd.name
        text = p.text.strip(" *")
        if kind == "приказ" and _attachment_follows(paras, i):
            continue  # a page titled by the приказ shows only its attachment («Приложение 1 к приказу …», «Положение»)
        if kind != "справка":
            return kind, collapse(title_of(doc, kind) or text)[:400]
        title = [text]
        for q in paras[i + 1: i + 4]:
            qt = q.text.strip()
            dangling = re.search(r"(?:(?<![А-ЯЁа-яё])г\.|\bгород\w*|\b(?:в|во|и|на|по|для|с)|[-–,])\s*$", title[-1])
            if re.match(r"^(об?|по|о\s|«)", qt, re.I) or (len(" ".join(title)) < 60 and qt[:1].islower()) or dangling:
                title.append(qt)
            else:
                break
        return kind, collapse(" ".join(title))[:400]
    own = _self_reference(doc)
    if own:
        return own, collapse(title_of(doc, own) or (paras[0].text if paras else ""))[:400]
    return "other", collapse(paras[0].text)[:200] if paras else ""


def _attachment_follows(paras: list[Paragraph], i: int) -> bool:
    """The приказ at line i has no text of its own: the next lines are an attachment's stamp
    («Приложение 1 к приказу …») and then that attachment's own heading."""
    from .acts import CUE_APPROVE, kind_of_line

    rest = [p.text.strip() for p in paras[i + 1:] if p.text.strip()]
    if not rest or not re.match(r"^\W*приложени\w*", rest[0], re.I):
        return False
    for t in rest[1:8]:
        if re.search(r"приказыва|постановля|на\s+основании|в\s+соответствии", t, re.I):
            return False
        kd = kind_of_line(t)
        if kd is not None and kd.name in ("положение", "программа", "дорожная карта") and not CUE_APPROVE.match(t):
            return True
    return False


def _self_reference(doc: Document) -> str:
    """The kind the body names itself by («1.1. Настоящее Положение …»), for documents whose
    heading was not read (lost under stamps, a page flattened into one line)."""
    from .acts import kinds

    text = " ".join(p.text for p in doc.paragraphs[:60])[:20000]
    hits = [(m.start(), k.name) for k in kinds() for pat in k.self_reference for m in [pat.search(text)] if m]
    return min(hits)[1] if hits else ""


def _page_title(paras: list[Paragraph]) -> int | None:
    """A web page's own title above the document it shows («Протокол педагогического совета»
    over a school's ПРИКАЗ): a heading in ordinary case, then the issuer's name, then the
    kind in capitals on its own line. The index of that page title, or None."""
    from .acts import _authority, kind_of_line

    first = next((i for i, p in enumerate(paras) if kind_of_line(p.text)), None)
    if first is None or paras[first].text.strip().isupper():
        return None
    for j in range(first + 1, len(paras)):
        t = paras[j].text.strip()
        kd = kind_of_line(t)
        if kd is not None and kd.name != "other" and t.isupper() and len(t.split()) <= 3 \
                and any(_authority(q.text.strip()) for q in paras[max(first + 1, j - 5): j]):
            return first
    return None


def _in_stamp(paras: list[Paragraph], i: int) -> bool:
    from .acts import in_stamp

    return in_stamp([p.text for p in paras], i)


def _detitle(text: str) -> str:
    """'АДМИНИСТРАЦИИ ГОРОДА НОВОШАХТИНСКА' → 'Администрации Города Новошахтинска' so that
    the capitalised-name patterns see it."""
    titled = re.sub(r"\b([А-ЯЁ])([А-ЯЁ]{2,})\b", lambda m: m.group(1) + m.group(2).lower(), text)
    # generic words after a place's name stay lower case: «Кузнецкого района», «Углегорского
    # городского округа», «городского округа город Михайловка»
    return re.sub(r"\b(Район[аеу]?|Муниципальн\w+ (?:Район|Округ)\w*|Городск\w+ Округ\w*(?: Город\b)?|Округ[аеу]?)\b",
                  lambda m: m.group(1).lower(), titled)


def detect_municipality(doc: Document, org_name: str = "") -> Municipality | None:
    weights: dict[str, float] = defaultdict(float)
    by_name: dict[str, Municipality] = {}
    paras = doc.paragraphs
    for i, p in enumerate(paras):
        w = 3.0 if i < 8 else 1.0
        if i + 1 < len(paras) and MUNI_LABEL.search(paras[i + 1].text):
            w = 10.0
        text = _detitle(p.text) if p.text.isupper() or i < 8 else p.text
        if i + 1 < len(paras) and (re.search(r"(?:\bгород\w*|(?<![А-ЯЁа-яё])г\.)\s*$", text)
                                   or text.count("«") > text.count("»") and len(text.rsplit("«", 1)[1].split()) <= 2):
            # «… округа город / Мончегорск …», «… ОБРАЗОВАНИЯ «РОСЛАВЛЬСКИЙ / РАЙОН» …»: the name goes on
            nxt = paras[i + 1].text.strip()
            text += " " + (_detitle(nxt) if nxt.isupper() else nxt)
        for m in find_municipalities(text) or [mu for mu in [place_year(p.text)] if mu]:
            # A school "г. Сальска" inside a district report says less than the district.
            weights[m.name] += w * (0.5 if m.kind == "city" and "район" in " ".join(weights) else 1.0)
            by_name.setdefault(m.name, m)
    if not weights and org_name:
        # A school's own report: "Егорлыкская СОШ" stands in the Егорлыкский район.
        proper = parse_org(org_name).proper
        if len(proper) > 2:
            return district_of_adjective(proper)
    if not weights:
        return None
    # Typos ('Новочеркаска') join the best-weighted close spelling.
    names = sorted(weights, key=lambda n: -weights[n])
    merged: dict[str, float] = {}
    for n in names:
        for kept in merged:
            if by_name[kept].kind == by_name[n].kind and fuzz.ratio(kept, n) >= 90:
                merged[kept] += weights[n]
                break
        else:
            merged[n] = weights[n]
    best = max(merged, key=lambda n: merged[n])
    # A district's document names its seat town too (Азовский район / город Азов, Кузнецкий
    # район / город Кузнецк): the district is what it is about when it is named as well.
    if by_name[best].kind == "city":
        stem = fold(by_name[best].name).split()[-1][:-1]
        for n, wgt in merged.items():
            m = by_name[n]
            if m.kind != "city" and ("район" in fold(n) or "муниципальный округ" in fold(n)) and fold(n).startswith(stem) \
                    and wgt * 3 >= merged[best]:
                return m
    return by_name[best]


def detect_organization(doc: Document) -> str:
    paras = doc.paragraphs
    for i, p in enumerate(paras[:20]):
        if ORG_LABEL.search(p.text) and i > 0:
            name = paras[i - 1].text
            if name[:1].islower() and i > 1:  # a centred name wrapped into two lines (PDF)
                name = paras[i - 2].text + " " + name
            return collapse(name)
    # a school's own report: the school heads the page («Муниципальное автономное
    # общеобразовательное учреждение «Лицей № 21» г. Тамбова»)
    # the short name the heading gives itself in brackets («(МБОУ СОШ № 4 г. Ливны)») is how the
    # school names itself
    for p in paras[:4]:
        m = re.fullmatch(r"\s*\(([^()]{4,80})\)\s*", p.text)
        if m and short_name(m.group(1)) and re.search(r"№|«|\b[А-ЯЁ]{3,}\b", m.group(1)):
            return collapse(m.group(1))
    head = [p.text for p in paras[:2] if len(p.text) < 250]
    for text in head[:1] + [" ".join(head)] + head[1:]:
        name = short_name(text)
        if name:
            return name
    return ""


def detect_dates(doc: Document, kind: str) -> tuple[str, str, str]:
    as_of = doc_date = doc_number = ""
    head = _head(doc, 10)
    if kind != "приказ":
        # the date may run onto the next line: «(по состоянию на 1 октября» / «2021 г.)»
        joined = [p.text + " " + (head[k + 1].text if k + 1 < len(head) else "") for k, p in enumerate(head)]
        for text in joined:
            m = AS_OF.search(text)
            if m:
                found = find_dates(m.group(1))
                if found:
                    as_of = found[0].value.isoformat()
                    break
        if not as_of:
            for p in doc.paragraphs[:25]:
                per = period_end(p.text)
                if per:
                    as_of = per.value.isoformat()
                    break
    # the document's own act, where kinds.toml says its kind has one (heading or stamp)
    from .acts import own_act

    doc_date, doc_number = own_act(doc, kind)
    return as_of, doc_date, doc_number


DOC_TYPES = {"приказ": "приказ", "распоряж": "распоряжение", "постановл": "постановление", "письм": "письмо",
             "решени": "решение", "положени": "положение", "план": "план мероприятий", "дорожн": "дорожная карта",
             "программ": "программа", "протокол": "протокол"}


def _doc_type(word: str) -> str:
    """'приказа' → 'приказ', 'дорожной карты' → 'дорожная карта'."""
    f = fold(word)
    for stem, name in DOC_TYPES.items():
        if f.startswith(stem):
            return name
    return f


def find_references(doc: Document) -> list[Reference]:
    refs = []
    for p in doc.paragraphs:
        for m in REFERENCE.finditer(p.text):
            found = find_dates(m.group("date"))
            if not found:
                continue
            refs.append(Reference(doc_type=_doc_type(m.group("type")), date=found[0].value.isoformat(),
                                  number=m.group("number").strip("."), title=collapse(m.group("title") or ""),
                                  line=p.line, quote=collapse(m.group(0))[:300]))
        # "утверждены от 20.10.2020 № 182/1": a number with a date and no type word before it
        for m in re.finditer(r"\bот\s+(\d{1,2}\.\d{1,2}\.\d{2,4})\s*(?:г\.?)?\s*№\s*([\w/.-]*\d[\w/-]*)", p.text):
            if any(r.line == p.line and r.number == m.group(2).strip(".") for r in refs):
                continue
            found = find_dates(m.group(1))
            if found:
                before = fold(p.text[max(0, m.start() - 80): m.start()])
                t = re.search(REF_TYPES, before)
                refs.append(Reference(doc_type=_doc_type(t.group(0)) if t else "", date=found[0].value.isoformat(),
                                      number=m.group(2).strip("."), title="", line=p.line,
                                      quote=collapse(p.text[max(0, m.start() - 80): m.end()])))
    return refs


@lru_cache(maxsize=1)
def _ner():
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    return Segmenter(), NewsNERTagger(emb)


# "Салтыкова Е.Л." or "Т.П. Бахтинова" (the second wins where both could be read)
INITIALS = re.compile(r"[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![а-яё])|"
                      r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.(?!\s?[А-ЯЁ][а-яё])")


# A full name without initials carries a patronymic: "Иванова Анна Петровна"
PATRONYMIC = re.compile(r"[А-ЯЁ][а-яё]+(?:вич|вна|ична|инична|ич)(?:а|у|ем|ой|е)?\b")


def find_persons(doc: Document) -> list[Person]:
    """Signatories and responsible persons: names with initials, and natasha's PER spans in
    short signature lines without them (NER is the costly step, so it runs only there).
    The role is what stands before the name from the nearest role word on; a signature
    block split into short lines is read as one text."""
    from natasha import Doc

    persons: list[Person] = []
    seen = set()
    paras = doc.paragraphs
    for i, p in enumerate(paras):
        # NER only where a person can stand: a name with initials, or a short signature line
        if not (INITIALS.search(p.text) or PATRONYMIC.search(p.text)) or len(p.text) > 1500:
            continue
        context = p.text
        j = i
        while j > 0 and len(paras[j - 1].text) < 80 and i - j < 6 and len(p.text) < 80:
            j -= 1
            context = paras[j].text + " " + context
        names = [m.group(0) for m in INITIALS.finditer(p.text)]
        if not names and len(p.text) < 300 and PATRONYMIC.search(p.text):
            # no "Фамилия И.О.": natasha finds full names in a short signature line
            seg, ner = _ner()
            d = Doc(p.text)
            d.segment(seg)
            d.tag_ner(ner)
            names = [span.text for span in d.spans if span.type == "PER"]
        for name in names:
            name = collapse(name).strip(" ,.;:()«»") + ("." if name.rstrip(" ,;:()«»").endswith(".") else "")
            if not INITIALS.search(name) and len(name.split()) < 2:
                continue
            at = context.find(name)
            before = context[:at] if at >= 0 else ""
            if re.search(r"(?:им\.|имени)\s*$", before):
                continue  # "ДПШ им. Н.И. Филоненко" names a school, not a person
            key = fold(name)
            if key in seen:
                continue
            seen.add(key)
            role = ""
            window = before[-160:]
            stops = [m.end() for m in re.finditer(r"[;:]|(?<=[а-яё]{3})\.\s", window)]
            hits = [h for h in ROLE_WORDS.finditer(window) if h.start() >= (stops[-1] if stops else 0)]
            if hits:
                # the last role word and the ones right before it: "заместителя начальника …"
                k = len(hits) - 1
                while k > 0 and len(window[hits[k - 1].end(): hits[k].start()].split()) <= 1:
                    k -= 1
                role = collapse(window[hits[k].start():]).strip(" ,(-–")
                role = re.sub(r"[\s_\\]+$", "", role)
            persons.append(Person(name=name, role=role[:160], line=p.line))
    return persons


def find_targets(doc: Document) -> list[Target]:
    """'Не менее 10 % обучающихся … | 31 декабря 2020 г.' in a road map; 'не менее 15%' in text."""
    targets = []
    for t in doc.tables:
        for r in range(t.n_rows):
            cells = [t.value(r, c) for c in range(t.n_cols)]
            for text in cells:
                m = TARGET.search(text)
                if not m:
                    continue
                deadline = ""
                for other in cells:
                    if other is text:
                        continue
                    found = find_dates(other)
                    if found:
                        deadline = found[-1].value.isoformat()
                        break
                targets.append(Target(float(m.group(1).replace(",", ".")), "percent", deadline,
                                      collapse(text)[:300], f"table {t.index}, row {r + 1}"))
    return targets


def detect_region(doc: Document, municipality: Municipality | None) -> str:
    """The subject of the Federation: the one the heading names, else the region of the
    municipality's town, else the one the body names most («министерства образования
    Ростовской области» in a cited act)."""
    from normalizers.regions import find_regions, region_of_municipality

    head: dict[str, float] = defaultdict(float)
    body: dict[str, float] = defaultdict(float)
    for i, p in enumerate(doc.paragraphs):
        # a body or an organization named in the heading («ДЕПАРТАМЕНТ СМОЛЕНСКОЙ ОБЛАСТИ …») outweighs a
        # legal database's page furniture above it («Представитель в Республике Карелия»)
        w = 3.0 if BODY.match(p.text) or ORG_START.match(p.text) else 1.0
        for name in find_regions(p.text, heading=i < 6):
            (head if i < 8 else body)[name] += w
    if head:
        return max(head, key=lambda n: head[n])
    # a town or a district named after its centre tells its region (cities.toml); a region
    # the body names («опыт Республики Татарстан») says less
    by_place = region_of_municipality(municipality.name) if municipality else ""
    if by_place:
        return by_place
    return max(body, key=lambda n: body[n]) if body else ""


ROLE = re.compile(r"(?:и\.\s?о\.\s*)?(?:директор\w*|заведующ\w*|руководител\w*|начальник\w*|ректор\w*|"
                  r"председател\w*|глав\w*)\s+", re.I)


def _nominative_head(text: str) -> str:
    """«министерства образования Сахалинской области» → «Министерство образования Сахалинской
    области»: only the head noun changes case, the rest is printed as it was."""
    from normalizers.morph import analyzer

    m = re.match(r"\W*([А-ЯЁа-яё]+)(.*)", text, re.S)
    if not m:
        return text
    word, rest = m.group(1), m.group(2)
    for p in analyzer().parse(word.lower()):
        if "NOUN" in p.tag and p.tag.case != "nomn":
            form = p.inflect({"nomn", p.tag.number or "sing"})
            if form:
                new = form.word
                new = new.upper() if word.isupper() else new[:1].upper() + new[1:]
                return collapse(new + rest)
        if "NOUN" in p.tag:
            break
    return collapse(text)


# a legal form spelled out with nothing after it but «дополнительного образования»
LEGAL_ONLY = re.compile(r"^\W*(?:муниципальн|государственн|областн|краев|частн|федеральн)\w*(?:\s+[а-яё]+){0,5}?\s+"
                        r"(?:учреждени|организаци)\w*(?:\s+дополнительн\w*\s+образовани\w*)?\s*$", re.I)
# a second legal form starting mid-line, after the name of the founder
SECOND_ENTITY = re.compile(r"(?<=[а-яёА-ЯЁ»)])\s+(?=(?:Муниципальн|Государственн|Областн|Краев|МУНИЦИПАЛЬН|ГОСУДАРСТВЕНН)\w*\s+"
                           r"(?:бюджетн|автономн|казенн|казённ|общеобразовательн|образовательн|профессиональн|дошкольн|"
                           r"БЮДЖЕТН|АВТОНОМН|КАЗЕНН|КАЗЁНН|ОБЩЕОБРАЗОВАТЕЛЬН|ОБРАЗОВАТЕЛЬН|ПРОФЕССИОНАЛЬН|ДОШКОЛЬН))")


def _heading_entities(lines: list[str]) -> list[tuple[str, str]]:
    """(kind, name) of the organizations and bodies in the heading block: a line that starts a
    name in the nominative starts an entity, a line in the genitive («АДМИНИСТРАЦИИ ГОРОДА …»)
    or a wrapped name continues it."""
    from normalizers.morph import analyzer

    out: list[list[str]] = []
    split: list[str] = []
    for text in lines:  # «Министерство … области Государственное бюджетное … учреждение …»: two entities
        split += [t for t in SECOND_ENTITY.split(text) if t.strip()]
    for text in split:
        if out and LEGAL_ONLY.match(out[-1][1]):
            # «МУНИЦИПАЛЬНОЕ … УЧРЕЖДЕНИЕ / ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ / ДОМ ДЕТСКОГО ТВОРЧЕСТВА …»: a legal
            # form with no name yet goes on with the line under it
            out[-1][1] += " " + text
            continue
        first = re.match(r"\W*([А-ЯЁа-яё]+)", text)
        word = first.group(1).lower() if first else ""
        nominative = any("nomn" in p.tag for p in analyzer().parse(word)[:2]) if word else False
        legal = re.match(r"^(?:муниципальн|государственн|частн|федеральн|областн|краев)\w*\s", text, re.I)
        starts = (ORG_START.match(text) or BODY.match(text)) and (nominative or not out or len(word) <= 6) \
            and not text.startswith(("(", "«", '"')) and (not text[:1].islower() or legal)
        if starts or not out:
            out.append(["org" if ORG_START.match(text) else "body", text])
        elif out and len(out[-1][1]) < 300:
            out[-1][1] += " " + text
    return [(k, collapse(n)) for k, n in out]


# an address or the requisites printed under an issuer's name: not part of the name
ADDRESS = re.compile(r"(?:[,\s]|^)(?:\d{6}\b|ул\.|улица\b|пр-т\b|тел\.|телефон|факс|e-?mail|ИНН\b|ОГРН|ОКПО|КПП\b|"
                     r"р/с\b|сайт\b|адрес\b|подписано\s+(?:цифровой|электронной)\s+подписью)", re.I)
# the act's date and number printed after the name: «Министерство образования Республики Мордовия от
# 5.03.2022 N 161»
ACT_TAIL = re.compile(r"\s+(?:от\s+«?\d{1,2}»?\s*[.\s]\s*(?:\d{1,2}|[а-я]+)\s*[.\s]\s*\d{2,4}|"
                      r"\d{1,2}\.\d{1,2}\.\d{2,4}\s*(?:г\.?\s*)?(?:№|N)\s*\S*\d).*$", re.I)


def _tidy(name: str) -> str:
    name = collapse(re.sub(r"\s*\((?:наименование|название)[^)]*\)", "", name)).strip(" ,;:")
    # a signer after the name («… «Школа №2» Т.В. Сидоренко»), a kind word of the stamp («… «Теремок» Приказ»)
    name = re.sub(r"(?<=[»\w])\s+(?:_+\s*)?[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+$", "", name)
    name = re.sub(r"(?<=[»\w])\s+(?:Приказ|ПРИКАЗ|Протокол|Положение|ПОЛОЖЕНИЕ)\w*$", "", name)
    tail = ACT_TAIL.search(name)
    if tail and tail.start() > 10 and not re.search(r"«[^»]*$", name[: tail.start()]):  # not inside a name's quotes
        name = name[: tail.start()].rstrip(" ,;:")
    cut = ADDRESS.search(name)
    if cut and cut.start() > 10:
        head = name[:cut.start()].rstrip(" ;:")
        if head.endswith(","):  # the town that opens an address («… Санкт-Петербурга Санкт-Петербург, 190005»)
            head = re.sub(r"(?<=[а-яё»\"])\s+(?:г\.\s*)?[А-ЯЁ][\w-]+,$", "", head)
        name = head.rstrip(" ,;:")
    # the abbreviation printed after the full name: «… «Средняя общеобразовательная школа № 10» (МАОУ СОШ № 10)»
    m = re.match(r"^(.{25,}?)\s*\(([^()]{2,40})\)$", name)
    if m and (ORG_START.match(m.group(2)) or re.fullmatch(r"[А-ЯЁ«»\"№\d\s-]{2,20}", m.group(2))) \
            and len(m.group(1).split()) >= 4:
        name = m.group(1)
    name = _nominative_adjectives(name)
    if name.isupper() and len(name) > 12:
        name = _detitle(name)
        name = re.sub(r"(?<=\s)(Администраци\w*|Города|Образования|Муниципального|Образовательное|Учреждение|"
                      r"Бюджетное|Автономное|Казенное|Общеобразовательное|Дополнительного|Дошкольное|Средняя|"
                      r"Основная|Школа|Детский|Сад|Района|Области|Края|Республики)\b",
                      lambda m: m.group(1).lower(), name)
        name = name[:1].upper() + name[1:]
    if re.match(r"^(?:муниципальн|государственн|частн|федеральн|областн|краев|республиканск)", name):
        name = name[:1].upper() + name[1:]  # a full name copied from mid-sentence
    return name


SETTLEMENT_AFTER = re.compile(r"\s*,?\s*((?:р\.\s?п\.|пгт\.?|пос\.|п\.|с\.|ст\.|х\.|д\.|г\.|село|посёлок|поселок|станица|"
                              r"хутор|деревня|город)\s*[А-ЯЁ][\w-]+)")


def _with_place(name: str, text: str) -> str:
    """A school named by its settlement keeps it: «МБОУ СОШ» + «с.Коста» as the title prints it."""
    at = text.find(name)
    if at < 0:
        return name
    m = SETTLEMENT_AFTER.match(text, at + len(name))
    return name + " " + m.group(1) if m and not re.search(r"«", name) else name


def _nominative_adjectives(name: str) -> str:
    """«МБОУ Тамбарской ООШ» (from «дорожная карта … МБОУ Тамбарской ООШ») → «МБОУ Тамбарская ООШ»:
    a school's place adjective before its type abbreviation is put in the nominative."""
    from normalizers.morph import analyzer

    def fix(m: re.Match) -> str:
        word = m.group(1)
        for p in analyzer().parse(word.lower()):
            if "ADJF" in p.tag and "femn" in p.tag and p.tag.case in ("gent", "datv", "ablt", "loct"):
                form = p.inflect({"nomn", "sing", "femn"})
                if form:
                    return form.word[:1].upper() + form.word[1:] + m.group(2)
            break
        return m.group(0)

    return re.sub(r"(?<![\w-])([А-ЯЁ][а-яё]+(?:ой|ей))(\s+(?:[СОН]ОШ|СШ|ОШ)\b)", fix, name)


# the line that ends a stamp: its date or its protocol's number
STAMP_END = re.compile(r"\bот\s+«?_*\d|\d{1,2}\.\d{1,2}\.\d{2,4}|протокол\w*\s*№|№\s*_*\d|20\d\d\s*г", re.I)
# a legal form spelled out, in any case, and the name after it
SPELLED_LEGAL = re.compile(r"(?:муниципальн|государственн|областн|краев|частн|федеральн)\w*(?:\s+[а-яё]+){0,5}?\s+"
                           r"(?:учреждени|организаци)\w*.*$", re.I)


def _nominative_phrase(text: str) -> str:
    """«государственном бюджетном образовательном учреждении Краснодарского края «…»» → «государственное
    бюджетное образовательное учреждение Краснодарского края «…»»: the words in the case of the head noun,
    up to it and the type named after it («учреждения детского сада № 18»), put in the nominative, the
    adjectives in the gender of their noun."""
    from normalizers.morph import analyzer

    def shaped(word: str, core: str) -> str:
        if core.isupper() and len(core) > 1:
            return word.upper()
        return word[:1].upper() + word[1:] if core[:1].isupper() else word

    words = text.split()
    out: list[str] = []
    pending: list[tuple[object, re.Match]] = []  # adjectives waiting for their noun
    case, head_seen, i = None, False, 0
    while i < len(words):
        m = re.match(r"^([А-ЯЁа-яё]+)(\W*)$", words[i])
        p = None
        if m:
            for cand in analyzer().parse(m.group(1).lower()):
                if ("ADJF" in cand.tag or "NOUN" in cand.tag) and cand.tag.case in ("gent", "datv", "ablt", "loct") \
                        and (case is None or cand.tag.case == case):
                    p = cand
                    break
        if p is None:
            break
        case = p.tag.case
        if "ADJF" in p.tag:
            pending.append((p, m))
            i += 1
            continue
        want = {"nomn", "plur"} if p.tag.number == "plur" else {"nomn", "sing"}
        for adj, am in pending:
            form = adj.inflect(want | ({p.tag.gender} if p.tag.gender and p.tag.number != "plur" else set()))
            out.append(shaped(form.word if form else am.group(1).lower(), am.group(1)) + am.group(2))
        pending = []
        form = p.inflect(want)
        word = form.word if form else m.group(1).lower()
        out.append(shaped(word, m.group(1)) + m.group(2))
        i += 1
        if re.match(r"(?:учреждени|организаци)", word, re.I):
            head_seen = True
        elif head_seen:
            break  # «… учреждения детского сада»: the type after the head, then the name as printed
    out += [am.string for _, am in pending] + words[i:]
    return " ".join(out)


def _fuller(name: str, doc: Document) -> str:
    """The organization's full name as the title prints it («Положение … в Муниципальном бюджетном
    общеобразовательном учреждении «Бондаревская средняя общеобразовательная школа»»), when it is the
    organization a stamp named by its abbreviation; else the name as found."""
    if not ORG_START.match(name) or SPELLED_LEGAL.match(name):
        return name
    head = " ".join(collapse(p.text) for p in doc.paragraphs[:14])[:2000]
    from normalizers.organizations import parse_org, same_org

    want = parse_org(name)
    for m in SPELLED_LEGAL.finditer(head):
        full = _nominative_phrase(re.split(r"\s+\d{1,2}\.\s|\s+1\.\s|\(далее", m.group(0))[0])
        full = re.sub(r"(?<=»)\s.*$", "", full) if full.count("«") <= full.count("»") else full
        if len(full) < 300 and same_org(want, parse_org(full)) and same_org(parse_org(full), want):
            return full
    return name


def detect_issuer(doc: Document, kind: str, org_name: str) -> str:
    """Who issued the document, as printed: the last organization of the heading block (a
    school under its founder's name; a department under its administration), else the body
    that approved it in the stamp («приказом министерства образования Сахалинской области»,
    «Директор МБОУ СОШ № 23»), else the organization the title names («Положение … в МБОУ
    «Бондаревская СОШ»»). Nothing is taken from the body text."""
    from .acts import BODY_START, CUE_APPROVE, CUE_COUNCIL, kind_of_line

    paras = [collapse(p.text.strip(" *_")) for p in doc.paragraphs[:30]]
    body_at = next((i for i, t in enumerate(paras) if BODY_START.match(t)), len(paras))
    head: list[str] = []
    in_stamp = False
    signer_org = ""
    for text in paras[:min(body_at, 14)]:
        if not text:
            continue
        if not head and len(text.split()) >= 10 and re.search(r"[.!?]$|\.\s+[А-ЯЁ]", text) and not ORG_START.match(text) \
                and not BODY.match(text):
            break  # prose (a news item, a letter): no heading block after it
        if kind_of_line(text) or CUE_APPROVE.match(text) or CUE_COUNCIL.match(text) or BODY_START.match(text) \
                or DATE_NUMBER.search(text) or len(text) > 250:
            if head:
                break
            # a stamp («ОДОБРЕНО / Решением педагогического совета / техникума / от …») runs to its date
            in_stamp = bool(CUE_APPROVE.match(text) or CUE_COUNCIL.match(text)) and not STAMP_END.search(text)
            continue  # a page title above the heading
        if in_stamp:
            in_stamp = not STAMP_END.search(text)
            continue
        role = ROLE.match(text)
        if role and not head and len(text) < 120 and (ORG_START.match(text[role.end():]) or BODY.match(text[role.end():])
                                                       or "«" in text or '"' in text):
            signer_org = signer_org or text[role.end():]  # «Начальник МКУ ОРМО «Управление образования»» above the title
            continue
        if head and ADDRESS.search(text) and not ORG_START.match(text):
            break  # the address and requisites under the name
        if ORG_START.match(text) or BODY.match(text) or head:
            head.append(text)
        if len(head) >= 6:
            break
    # a site's menu («ШКОЛА», «• Наставник») is no name: a name has a word besides its type
    entities = [(k, n) for k, n in _heading_entities(head) if len(re.findall(r"[А-ЯЁа-яё]{2,}|\d+", ACT_TAIL.sub("", n))) >= 2
                and "•" not in n]
    if entities:
        orgs = [n for k, n in entities if k == "org"]
        found = orgs[-1] if orgs else entities[-1][1]
        # «муниципального бюджетного … учреждения «…»» under «Положение о наставничестве»: in the nominative
        return _tidy(_nominative_phrase(found) if SPELLED_LEGAL.match(found) else _nominative_head(found))
    if signer_org:
        return _tidy(signer_org)
    stop = next((i for i, t in enumerate(paras) if BODY_START.match(t)), len(paras))
    if kind == "приказ" and order_body_first(doc):
        # the act's body, then its attachment approved «приказом министерства …»: that stamp names its issuer
        paras = [collapse(p.text.strip(" *_")) for p in doc.paragraphs[:60]]
        stop = len(paras)
    for i, text in enumerate(paras[:stop]):
        if not CUE_APPROVE.match(text):
            continue
        stamp = " ".join(paras[i: min(i + 4, stop)])  # the stamp, never the body it stands over
        m = re.search(r"(?:приказ|распоряжени|постановлени|решени)\w*\s+(?!от\b|№)(?P<who>(?:министерств|управлени|"
                      r"департамент|комитет|отдел|администраци|правительств|главы?)\w*[^№]{0,120}?)(?=\s+(?:от|№)\b|$)",
                      stamp, re.I)
        if m:
            return _tidy(_nominative_head(m.group("who")))
        m = re.search(ROLE.pattern + r"(?P<who>[^_]{4,120}?)(?=\s*_|\s+(?-i:[А-ЯЁ]\.\s?[А-ЯЁ]\.)|\s+№\s*\d+\s+от|$)", stamp,
                      re.I)
        if m:
            raw = re.split(r"\s+от\s", m.group("who"))[0].strip(" ,;")
            # as printed when the stamp names the organization by its abbreviation («Директор МБОУ СОШ р.п.
            # Многовершинный»), else the organization found in the words after the role; «директора
            # техникума» names no one: the title will
            named = re.search(r"[«\"№]|\d|\b[А-ЯЁ]{2,}\b|\s[А-ЯЁ]", raw)
            who = raw if ORG_START.match(raw) and len(raw) <= 90 and named else short_name(raw) or ""
            if who:
                return _tidy(_fuller(_tidy(who), doc))
    head_lines = paras[:stop][:14]
    for i, text in enumerate(head_lines):
        kd = kind_of_line(text)
        if kd and kd.name in ("положение", "программа", "дорожная карта", "other"):
            # the title may run on («Дорожная карта (план мероприятий) / по реализации Положения … / в
            # МБОУ «Гавриловская ООШ»»)
            title = [text]
            for t in head_lines[i + 1: i + 4]:
                # a line that goes on in lower case, or after a name's abbreviation cut by the line end
                # («… педагогических работников в МБОУ» / «СОШ с.Коста»)
                if re.match(r"^(?:[а-яё]|в\s|во\s|по\s)", t) or re.search(r"\b[А-ЯЁ]{2,}$", title[-1]) or (
                        t.startswith("«") and re.search(r"(?:№\s*\d+|сад\w*|школ\w*|учреждени\w*|центр\w*)$", title[-1])):
                    title.append(t)
                else:
                    break
            joined = collapse(" ".join(title))
            spelled = SPELLED_LEGAL.search(joined)
            if spelled:  # «Положение о наставничестве в государственном бюджетном … учреждении … «…»»: as printed
                return _tidy(_nominative_phrase(spelled.group(0)))
            name = short_name(joined)
            if name:
                return _tidy(_with_place(name, joined))
    return org_name if org_name and kind in ("справка", "приказ") else ""


def extract_metadata(doc: Document, table_org: str = "", kind_title: tuple[str, str] | None = None,
                     org_name: str | None = None) -> Metadata:
    kind, title = kind_title or detect_kind(doc)
    org_name = (detect_organization(doc) if org_name is None else org_name) or table_org
    md = Metadata(kind=kind, title=title, organization_name=org_name)
    md.municipality = detect_municipality(doc, org_name)
    md.as_of, md.doc_date, md.doc_number = detect_dates(doc, kind)
    md.region = detect_region(doc, md.municipality)
    md.issuer = detect_issuer(doc, kind, org_name if org_name != table_org else "")
    md.references = find_references(doc)
    md.persons = find_persons(doc)
    md.targets = find_targets(doc)
    return md
