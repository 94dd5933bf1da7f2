"""Organization names → parts → one id per organization in a municipality.

Numbers and types decide; the proper name (a village-named rural school) decides when
there is no number; rapidfuzz only forgives typos in proper names, never across numbers.
'МБОУ СОШ №5', 'МБОУ «СОШ № 5»', 'Муниципальное бюджетное общеобразовательное учреждение
средняя общеобразовательная школа № 5 им. …' and 'СОШ № 5 г. Шахты' are one school;
'СОШ № 5' and 'СОШ № 15', or 'Гимназия № 1' and 'СОШ № 1', never are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from .morph import adjective_lemma, inflect_adj
from .text import collapse, fold, slug
from .vocab import org_parts

# МБОУ, МАОУ, МОБУ, МБДОУ, ГБОУ, ГБПОУ, МБУ ДО and regional forms: КОГОБУ, ОГБОУ, КГБОУ, ОГАОУ …
# (a first token of legal-form letters only, ending in «у»)
LEGAL = re.compile(r"^(?:(?=[а-я]{0,2}[мгчн])[мгокчнбапд]{1,5}у(?:\s*до)?|м[бак]удо|мку|гку)\b\.?")


@lru_cache(maxsize=1)
def _parts() -> dict:
    """Patterns built from organizations.toml: the spelled-out legal form, locality markers,
    place tails, ordinals, additional-education abbreviations."""
    d = org_parts()
    letters = d["legal"]["letters"]
    stems = "|".join(sorted(letters, key=len, reverse=True)).replace("е", "[её]")
    own = "муниципальн|государственн|негосударственн|частн|областн|краев"
    heads = "|".join(d["legal"]["heads"])
    legal_long = re.compile(rf"\b((?:{own})\w*(?:\s+(?:{stems})\w*){{0,4}})\s+({heads})\w*"
                            r"(\s+дополнительн\w*\s+образовани\w*)?", re.IGNORECASE)
    place = d["place"]
    short = [re.escape(m) for m in place["markers"] if len(m) <= 4]
    # full words are nouns («слобода», not «Слободская СОШ»)
    marker = rf"(?:(?:{'|'.join(sorted(short, key=len, reverse=True))})\.|(?:гор|пос|дер|хут|ст)\b|город[аеу]?\b|сел[оау]\b|" \
             r"деревн[яиеюу]\b|посел[ое]?к[аеу]?\b|пос[её]лк[аеу]\b|станиц[аеуы]\b|хутор[аеу]?\b|аул[аеу]?\b|слобод[аеуы]\b)"
    region = r"[а-я-]+(?:ской|цкой|ной)\s+области|[а-я-]+(?:ского|цкого|ного)\s+края|республик[аи]\s+[а-я-]+(?:\s*\(якутия\))?|" \
             r"[а-я-]+(?:ской|цкой)\s+республики|[а-я-]+(?:ского|цкого)\s+автономного\s+округа(?:\s*-\s*югры)?"
    municipal = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\.", r"\.\s?")
                                 for w in sorted(place["municipal_words"], key=len, reverse=True)) + ")"
    adj = r"[а-я-]+(?:ского|цкого|ский|цкий|ской|цкой|ный|ного)"
    area_noun = "|".join(d["place"]["area_nouns"])
    abbrs = {v for a, _ in d["additional"]["abbreviations"] for v in (a, _abbr_key(a))}
    # each expansion in any case («Дома детского творчества»), longest first, with its abbreviation
    expansions = sorted(((re.compile(r"\b" + r"[\s-]+".join(w[: max(3, len(w) - 2)] + r"\w*"
                                                           for w in re.split(r"[\s-]+", fold(e)))), a)
                         for a, e in d["additional"]["abbreviations"]), key=lambda x: -len(x[0].pattern))
    return {
        "legal_long": legal_long,
        "letters": letters,
        "marker": marker,
        "region": re.compile(rf"(?:^|\s)(?:{region})(?=\s|$|[,)])"),
        # «муниципального образования Туапсинский район», «МР Белорецкий район», «муниципального района
        # Ставропольский», «городского округа город Арзамас»
        "municipal": re.compile(rf"\s+{municipal}\s+(?:город\s+[а-я-]+|(?P<adj>{adj})(?:\s+(?:{area_noun})\w*)?)"),
        # «Моршанского района», «Невьянского городского округа», «Белорецкий муниципальный район»
        "area": re.compile(rf"\s+(?:мр\s+)?(?P<adj>{adj})\s+(?:муниципального\s+|городского\s+|муниципальный\s+|"
                           rf"городской\s+)?(?:{area_noun})\w*\b"),
        "region_abbr": re.compile(rf"\s+(?:{'|'.join(d['place']['region_abbreviations'])})$"),
        "city": re.compile(rf"(?:^|\s|,)(?:в\s+)?{marker}\s*([а-я][а-я-]+)\s*$"),
        "honorific": re.compile(rf"\b(?:им\.|им\b|имени)\s*\S+(?:(?!\s{marker}\s?[а-я]{{3,}}|\s№|\s+(?:{municipal})\s).)*"),
        "ordinal": re.compile(rf"\b({'|'.join(d['numbers']['ordinals'])})[а-я]*\s+(?:[а-я]+\s+)?(?:школ|гимнази|лице)"),
        "ordinals": d["numbers"]["ordinals"],
        # an abbreviation, also without the «и» of its expansion (ЦРТДиЮ, ЦРТДЮ), or its expansion in any case
        "added": re.compile(rf"\b({'|'.join(sorted(abbrs, key=len, reverse=True))})\b|" +
                            "|".join(p.pattern for p, _ in expansions)),
        "expansions": expansions,
        "kinds": [(re.compile(rf"\b{re.escape(k)}"), v) for k, v in d["school"]["kinds"].items()],
    }


def abbreviate_legal(text: str) -> str:
    """A spelled-out legal form → its abbreviation, in any word order and case: «Муниципальное
    общеобразовательное бюджетное учреждение» → МОБУ, «… учреждение дополнительного образования» →
    МБУ ДО; the rest of the text is kept as printed."""
    parts = _parts()

    def abbr(m: re.Match) -> str:
        out = ""
        for word in m.group(1).split():
            w = fold(word)
            stem = next((s for s in sorted(parts["letters"], key=len, reverse=True) if w.startswith(s)), "")
            out += parts["letters"].get(stem, "")
        out += "у" if fold(m.group(2)).startswith("учрежд") else "о"
        if m.group(3):
            out += " до"
        return out.upper() if not m.group(0).islower() else out

    return parts["legal_long"].sub(abbr, text)


# Types. Order matters: the first that matches decides.
TYPES: list[tuple[str, re.Pattern]] = [
    # «Начальная школа – детский сад № 12» is a school
    ("school", re.compile(r"(?:начальн\w*|средн\w*|основн\w*)\s+(?:общеобразовательн\w*\s+)?школ\w*\s*[-–—]?\s*"
                          r"детск\w* сад|\bнш\s*[-–]\s*д/?с\b")),
    ("college", re.compile(r"колледж\w*|техникум\w*|\bучилищ\w*|\b(?:г[ба]?поу|гпоу|огбпоу|кгбпоу|гапоу|поу)\b")),
    ("kindergarten", re.compile(r"детск\w* сад|\bд/с\b|\bдоу\b|\bмбдоу\b|\bмадоу\b")),
    ("lyceum", re.compile(r"лице[йяеюм]\w*")),  # «в лицее № 408», «лицею»
    ("gymnasium", re.compile(r"гимнази\w*")),
    ("additional-education", re.compile(
        r"детско[-\s]юношеск\w*|спортивн\w* школ\w*|школ\w* искусств|"
        r"дом\w* детского творчества|центр\w* (?:детского|дополнительного|внешкольной|"
        r"детско|технического|развития творчества)|станци\w* юных")),
    ("school", re.compile(
        r"\b\w{0,3}(?:сош|оош|сш|нош|ош|скош|цо)\b|школ\w*|\bцентр образования\b")),
]
SCHOOL_ABBR = re.compile(r"\b(?P<init>[а-я]{1,2})?(?P<abbr>сош|оош|нош)\b")
# "№ 5", "№5", "№№ 5", "СОШ10", "школа-5"
NUMBER = re.compile(r"(?:№\s*№?|\b(?:\w{0,3}сош|оош|сш|ош|лицей|гимназия|школа))\s*-?\s*(\d{1,4})(?!\d)"
                    r"(?:\s*[-«\"]?\s*([абвгд])(?![а-я.]))?")
SPECIAL = re.compile(r"\bс углубл\w*\s+изучени\w*.*$|\bс ук?глубл\w*.*$|\bс\s+уи(?:оп|п|м|ам)\b.*$")
# the level of a school: a basic and a secondary school of one village are two schools
LEVELS = [("secondary", re.compile(r"\b\w{0,3}сош\b|\bсш\b|средн\w*")),
          ("basic", re.compile(r"\b\w{0,3}оош\b|основн\w*")),
          ("primary", re.compile(r"\b\w{0,3}нош\b|начальн\w*"))]
PROPER = re.compile(r"((?:[а-я]+-)?[а-я]+(?:ская|ской|ский|ского|скую|ском|цкая|цкой|цкий|ная|ной|ий))\b")

SLUG_TYPE = {"school": "school", "lyceum": "lyceum", "gymnasium": "gymnasium",
             "kindergarten": "kindergarten", "additional-education": "do", "college": "college", "other": "org"}
# the head noun of an additional-education name and what follows it, for its initials
ADDED_HEAD = re.compile(r"\b(дом|дворец|центр|станци\w*|школ\w*|детско[-\s]юношеск\w*|детск\w*|эколого)\b.*$")


@dataclass(frozen=True)
class OrgName:
    raw: str
    legal_form: str = ""
    org_type: str = "other"
    number: int | None = None
    proper: str = ""  # adjective lemma of a proper name: 'егорлыкский', or an abbreviation initial
    abbr: str = ""  # additional-education abbreviation: 'ддт'
    honorific: str = ""
    specialisation: str = ""
    city: str = ""
    letter: str = ""  # «СОШ № 5а»: a school of its own, not «СОШ № 5»
    core: str = ""  # the name without legal form, place, «имени …»: «гимназия»
    level: str = ""  # school level: secondary | basic | primary
    branch: bool = False  # «(филиал)», «структурное подразделение»: not the main school
    area: str = ""  # a district or okrug the name places it in («Насыр-Кортского округа»): its stem

    @property
    def key(self) -> tuple:
        return (self.org_type, self.number, self.abbr if self.org_type == "additional-education" else "")


# A name as printed in a heading: its legal form (spelled out or abbreviated) and what follows
# up to the closing quote of the proper name, or up to the number:
# «Муниципальное автономное общеобразовательное учреждение «Лицей № 21» г. Тамбова»
HEADING_NAME = re.compile(r"(?:[ок]?[мгчн][бак]?[дп]?оу|мбу\s*до|мау\s*до|м[ао]?бу|мау)\s*(?:"
                          r"«[^«»]*(?:«[^«»]*»[^«»]*)?»|\"[^\"]*\"|[^.,;()«»\"]*?№\s*\d+[а-я]?\b|"
                          r"[^.,;()«»\"]*?(?:сош|оош|нош|школа|лицей|гимназия)\b)", re.IGNORECASE)


def short_name(text: str) -> str | None:
    """The organization a heading line names, with the legal form abbreviated and no place
    tail: '… учреждение «Лицей № 21» г. Тамбова' → 'МАОУ «Лицей № 21»'; None when none."""
    t = abbreviate_legal(" ".join(text.replace("\u00a0", " ").split()))
    m = HEADING_NAME.search(t)
    if not m:
        return None
    name = m.group(0).strip()
    return name if any(p.search(fold(name)) for _, p in TYPES) or _parts()["added"].search(fold(name)) else None


def looks_like_org(text: str) -> bool:
    """A cell that names an educational organization (used to find the name column)."""
    f = fold(text)
    if not f or len(f) > 300:
        return False
    if re.match(r"^(итого|всего|общее|средн(?!\w*\s+(?:общеобразовательн\w*\s+)?школ))", f):  # not «средняя школа»
        return False
    return bool(LEGAL.match(f) or any(p.search(f) for _, p in TYPES) or _parts()["added"].search(f))


def parse_org(raw: str) -> OrgName:
    """A name → its parts. Places are taken off first (the region, the municipality, the district
    tail, the locality at the end), then «имени …» (up to a locality after it), then the legal form;
    what is left says the type, the number and the proper name."""
    parts = _parts()
    f = fold(raw)
    f = re.sub(r"(?<![а-яa-z])(?:n[o°º]?|№)\s*\.?\s*(?=\d)", " № ", f)  # «No 5», «N5» as PDFs and OCR print «№»
    f = f.replace("№", " № ")
    f = re.sub(r"([а-я])(\d)", r"\1 \2", f)  # 'сош10' → 'сош 10'
    f = re.sub(r"\s+", " ", f).strip()
    f = abbreviate_legal(f)
    honor = special = city = area = ""
    m = SPECIAL.search(f)
    if m:
        special, f = m.group(0), f[: m.start()].strip()
        kept = NUMBER.search(special)  # «СОШ с углублённым изучением отдельных предметов № 3»
        if kept and not NUMBER.search(f):
            f = f"{f} № {kept.group(1)}"
    branch = bool(re.search(r"филиал|структурн\w* подразделени", f))
    f = parts["region"].sub(" ", f)
    for key in ("municipal", "area"):
        m = parts[key].search(f)
        if m:
            if m.group("adj") and not area:
                area = re.sub(r"(?:ского|цкого|ский|цкий|ской|цкой|ный|ного)$", "", m.group("adj"))
            f = f[: m.start()] + " " + f[m.end():]
    f = parts["region_abbr"].sub("", re.sub(r"\s+", " ", f).strip(" ,"))
    m = parts["honorific"].search(f)
    if m:
        honor, f = m.group(0).strip(), (f[: m.start()] + " " + f[m.end():]).strip()
    f = re.sub(r"[«»\"()]", " ", f)
    f = re.sub(r"\s+", " ", f).strip(" ,")
    m = parts["city"].search(f)
    if m and not re.search(r"№\s*\d+\s*$", f[: m.start()] + "x"):
        city, f = m.group(1), f[: m.start()].strip(" ,")
    legal = ""
    m = LEGAL.match(f)
    if m:
        legal, f = m.group(0).replace(" ", ""), f[m.end():].strip()
    if not city:
        # a village school named by its place with no marker: «СОШ Баишево», «МОУ СОШ Марфино»
        m = re.search(r"\b(?:\w{0,3}сош|оош|нош|сш|школа)\s+([а-я][а-я-]{3,})$", f)
        if m and not _adjective(m.group(1)) and m.group(1) not in ("интернат", "детский", "искусств"):
            city, f = m.group(1), f[: m.start(1)].strip()
    org_type = "other"
    for name, pat in TYPES:
        if pat.search(f) or (name == "additional-education" and parts["added"].search(f)):
            org_type = name
            break
    if org_type == "other" and legal.endswith("до"):
        org_type = "additional-education"
    number, letter = None, ""
    m = NUMBER.search(f)
    if m:
        number, letter = int(m.group(1)), (m.group(2) or "")
    elif org_type in ("school", "gymnasium", "lyceum"):
        # «Обливская первая школа», «1 школа им. …»: the number said by a word or standing first
        m = parts["ordinal"].search(f) or re.match(r"^(\d{1,3})\s+(?:школ|гимнази|лице)", f)
        if m:
            number = int(m.group(1)) if m.group(1).isdigit() else parts["ordinals"].get(m.group(1))
    abbr = ""
    if org_type == "additional-education":
        abbr = _added_abbr(raw, f)
    proper = ""
    m = PROPER.search(f)
    if m and org_type != "additional-education" and m.group(1) not in {
            "средняя", "средней", "основная", "основной", "начальная", "начальной", "общеобразовательная",
            "общеобразовательной", "муниципальная", "бюджетная", "вечерняя", "сменная", "открытая",
            "специальная", "коррекционная", "кадетская", "православная", "первая", "вторая", "третья", "четвертая",
            "пятая", "шестая", "седьмая", "восьмая", "девятая", "десятая"}:
        proper = adjective_lemma(m.group(1))
    if not proper:
        m = SCHOOL_ABBR.search(f)
        if m and m.group("init"):
            proper = m.group("init")  # 'есош' → initial 'е' of 'Егорлыкская'
    level = ""
    if org_type == "school":
        level = next((v for pat, v in parts["kinds"] if pat.search(f)), "") or \
            next((lv for lv, pat in LEVELS if pat.search(f)), "")
    return OrgName(raw=collapse(raw), legal_form=legal, org_type=org_type, number=number,
                   proper=proper, abbr=abbr, honorific=honor, specialisation=special, city=city, letter=letter,
                   branch=branch, area=area, core=re.sub(r"[«»\"()]", "", f).strip(), level=level)


@lru_cache(maxsize=4096)
def _adjective(word: str) -> bool:
    from .morph import analyzer

    return any("ADJF" in p.tag for p in analyzer().parse(word)[:2])


def _same_place(a: str, b: str) -> bool:
    """«невьян» (Невьянского округа) and «невьянска» (г. Невьянска), «нефтегорска» and «нефтегорск»:
    one place in two cases."""
    a, b = fold(a), fold(b)
    n = min(len(a), len(b))
    return a == b or n >= 4 and (a[: max(4, n - 2)] == b[: max(4, n - 2)] or fuzz.ratio(a, b) >= 85)


def _added_abbr(raw: str, f: str) -> str:
    """An additional-education organization's abbreviation: as printed («ЦРТДиЮ», «ДДТ»), or
    the initials of its spelled-out name («Дом детского творчества» → ддт, «Центр развития
    творчества детей и юношества» → цртдию), so both spellings meet."""
    m = _parts()["added"].search(f)
    if m and m.group(1):
        return m.group(1)
    for pat, abbr in _parts()["expansions"]:
        if pat.search(f):
            return abbr
    for token in re.findall(r"[А-ЯЁа-яё]{2,8}", raw):
        upper = sum(ch.isupper() for ch in token)
        if upper >= 2 and upper >= len(token) - 2 and fold(token) not in {"мбу", "мау", "мку", "мбоу", "маоу", "мкоу",
                                                                         "моу", "до", "мбудо", "маудо", "гбу", "им"}:
            return fold(token)
    m = ADDED_HEAD.search(f)
    if m:
        words = [w for w in re.split(r"[\s-]+", re.sub(r"[«»\"()]", " ", m.group(0))) if w[:1].isalpha()]
        return "".join(w[0] for w in words)
    return slug(f)[:20]


def same_org(a: OrgName, b: OrgName) -> bool:
    """Numbers and types decide; proper names decide when there are no numbers."""
    if a.org_type != b.org_type:
        return False
    if a.number != b.number or a.letter != b.letter or a.branch != b.branch:
        return False
    if a.level and b.level and a.level != b.level:
        return False
    if a.area and b.area and a.area != b.area:
        return False
    if a.city and b.city and not _same_place(a.city, b.city):
        return False  # «ЦДО г. Мирный» is not «ЦДО г. Удачный»; a branch «в п. Светлый» not the one «в п. Чернышевский»
    for x, y in ((a, b), (b, a)):
        if x.area and not x.city and y.city and not y.area and not _same_place(x.area, y.city):
            # «СОШ № 1 Насыр-Кортского округа» is not «СОШ № 1 г. Назрань»: a school of a district inside
            # the town is not the town's school of that number («… Невьянского городского округа» is
            # «… г. Невьянска»)
            return False
    if a.org_type == "additional-education" and a.abbr and b.abbr and _abbr_key(a.abbr) != _abbr_key(b.abbr):
        return False
    if a.org_type == "college":  # «Азовский аграрный колледж» is not «Азовский технологический техникум»
        return fuzz.token_set_ratio(_college_name(a), _college_name(b)) >= 90
    if a.org_type == "additional-education" and a.number is None:
        return bool(a.abbr) and _abbr_key(a.abbr) == _abbr_key(b.abbr)
    if a.proper and b.proper:
        if a.proper == b.proper or _initial_of(a.proper, b.proper) or _initial_of(b.proper, a.proper):
            return True
        # a typo, not another place: «Котельниковская» is not «Полукотельниковская»
        return fuzz.ratio(a.proper, b.proper) >= 88 and a.proper[:3] == b.proper[:3]
    if a.number is None and bool(a.proper) != bool(b.proper) and (a.city or b.city) and \
            a.org_type in ("gymnasium", "lyceum", "school"):
        # «Выборгская гимназия» is «Гимназия» г. Выборга, «Каргалинская СОШ» is «школа с. Каргали»: the
        # place's adjective names the place's one (the level, checked above, still tells СОШ from ООШ)
        named, placed = (a, b) if a.proper else (b, a)
        if placed.city and _town_adjective(named.proper, placed.city):
            return True
    if a.number is None and a.city and b.city and not (a.proper or b.proper):
        # a village school is named by its place: «СОШ с. Инзер» / «МОБУ СОШ с.Инзер»
        return fuzz.ratio(a.city, b.city) >= 90
    if a.number is None:
        # «МАОУ «Гимназия» г. Чайковского» and «МАОУ Гимназия»: the same name, one with its place
        if a.core and a.core == b.core and not (a.city and b.city and fuzz.ratio(a.city, b.city) < 90):
            return True
        return fold(a.raw) == fold(b.raw)
    return True


def _abbr_key(abbr: str) -> str:
    """ЦРТДиЮ and ЦРТДЮ: the «и» of an expansion is printed or not."""
    return abbr[:1] + abbr[1:].replace("и", "")


def _town_adjective(adj: str, town: str) -> bool:
    """'выборгский' of 'выборга' (Выборг), 'тобольский' of 'тобольска': the adjective's stem is the
    town's stem."""
    stem = re.sub(r"(?:ский|цкий|ской|ий)$", "", adj)
    t = fold(town)
    return len(stem) >= 4 and (t.startswith(stem) or stem.startswith(t[: max(4, len(t) - 2)]))


def _college_name(o: OrgName) -> str:
    return re.sub(r"\b(?:г[ба]?поу|гпоу|огбпоу|кгбпоу|гапоу|поу|ро|со|рб|рт)\b", " ", o.core).strip()


def _initial_of(short: str, full: str) -> bool:
    return len(short) <= 2 and full.startswith(short)


def canonical_name(o: OrgName) -> str:
    parts = []
    if o.legal_form:
        parts.append(o.legal_form.upper().replace("ДО", " ДО").replace("  ", " "))
    if o.proper and len(o.proper) > 2 and o.org_type in ("school", "lyceum", "gymnasium"):
        parts.append("-".join(w.capitalize() for w in inflect_adj(o.proper, "femn").split("-")))
    label = {"school": "СОШ" if "сош" in fold(o.raw) or "средн" in fold(o.raw) else "школа",
             "lyceum": "лицей", "gymnasium": "гимназия", "kindergarten": "детский сад",
             "additional-education": o.abbr.upper()}.get(o.org_type, collapse(o.raw))
    parts.append(label)
    if o.number is not None:
        parts.append(f"№ {o.number}")
    return " ".join(parts)


@dataclass
class Organization:
    org_id: str
    municipality: str
    canonical_name: str
    org_type: str
    number: int | None
    parsed: OrgName
    aliases: list[str] = field(default_factory=list)
    score: float = 100.0  # lowest confidence of the matches that joined an alias


class Registry:
    """Organizations of a build, per municipality, with every alias seen. Ids are stable:
    an organization keeps the id it was first given (also across builds, when loaded)."""

    def __init__(self) -> None:
        self.by_muni: dict[str, list[Organization]] = {}
        # (municipality, type, number) → organizations: a name is compared with its own kind only
        self.buckets: dict[tuple, list[Organization]] = {}
        self.ids: set[str] = set()
        self.overrides: dict[tuple[str, str], str] = {}  # (municipality, folded alias) → org_id

    def add_override(self, municipality: str, alias: str, org_id: str) -> None:
        self.overrides[(municipality, fold(alias))] = org_id

    def load(self, org: Organization) -> None:
        self.by_muni.setdefault(org.municipality, []).append(org)
        self.buckets.setdefault((org.municipality, org.parsed.org_type, org.parsed.number), []).append(org)
        self.ids.add(org.org_id)

    def resolve(self, name: str, municipality: str, muni_slug: str,
                exclude: frozenset[str] = frozenset()) -> Organization:
        """The organization a name is in this municipality; `exclude`: ids this name cannot
        have (the other organizations of the same table)."""
        forced = self.overrides.get((municipality, fold(name))) or self.overrides.get(("", fold(name)))
        orgs = self.by_muni.setdefault(municipality, [])
        if forced:
            for o in orgs:
                if o.org_id == forced:
                    self._alias(o, name, 100.0)
                    return o
        parsed = parse_org(name)
        best, best_score = None, -1.0
        for o in self.buckets.get((municipality, parsed.org_type, parsed.number), []):
            if o.org_id not in exclude and same_org(parsed, o.parsed):
                score = max(fuzz.token_sort_ratio(fold(name), fold(a)) for a in o.aliases or [o.canonical_name])
                if score > best_score:
                    best, best_score = o, score
        if best is not None and not forced:
            # A fuller name (proper name, number) teaches the stored record.
            if not best.parsed.proper and parsed.proper:
                best.parsed = parsed
            self._alias(best, name, 100.0 if best.parsed.number is not None else best_score)
            return best
        org_id = forced or self._new_id(parsed, muni_slug)
        org = Organization(org_id=org_id, municipality=municipality, canonical_name=canonical_name(parsed),
                           org_type=parsed.org_type, number=parsed.number, parsed=parsed)
        self._alias(org, name, 100.0)
        orgs.append(org)
        self.buckets.setdefault((municipality, parsed.org_type, parsed.number), []).append(org)
        self.ids.add(org_id)
        return org

    def _alias(self, org: Organization, name: str, score: float) -> None:
        name = collapse(name)
        if name not in org.aliases:
            org.aliases.append(name)
        org.score = min(org.score, score)

    def _new_id(self, p: OrgName, muni_slug: str) -> str:
        base = SLUG_TYPE.get(p.org_type, "org")
        if p.org_type == "additional-education":
            tail = slug(p.abbr) or "org"
            tail = f"{tail}-{p.number}" if p.number is not None else tail
        elif p.number is not None:
            tail = f"{base}-{p.number}"
        elif p.proper and len(p.proper) > 2:
            tail = slug(inflect_adj(p.proper, "femn"))
        elif p.city:
            tail = f"{base}-{slug(p.city)}"  # a village school: its place is its name
        else:
            tail = f"{base}-{slug(p.raw)[:40]}"
        candidate = f"{muni_slug}/{tail}"
        k = 2
        while candidate in self.ids:
            candidate = f"{muni_slug}/{tail}-{k}"
            k += 1
        return candidate

    def all(self) -> list[Organization]:
        return [o for orgs in self.by_muni.values() for o in orgs]
