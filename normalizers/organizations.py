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

from rapidfuzz import fuzz

from .morph import adjective_lemma, inflect_adj
from .text import collapse, fold, slug

# Spelled-out legal forms → abbreviations (matched on folded text).
LEGAL_LONG = [
    (re.compile(r"муниципальн\w* бюджетн\w* учреждени\w* дополнительн\w* образовани\w*"), "мбу до"),
    (re.compile(r"муниципальн\w* автономн\w* учреждени\w* дополнительн\w* образовани\w*"), "мау до"),
    (re.compile(r"муниципальн\w* бюджетн\w* (?:обще)?образовательн\w* учреждени\w*"), "мбоу"),
    (re.compile(r"муниципальн\w* автономн\w* (?:обще)?образовательн\w* учреждени\w*"), "маоу"),
    (re.compile(r"муниципальн\w* казенн\w* (?:обще)?образовательн\w* учреждени\w*"), "мкоу"),
    (re.compile(r"муниципальн\w* (?:обще)?образовательн\w* учреждени\w*"), "моу"),
    (re.compile(r"государственн\w* бюджетн\w* (?:обще)?образовательн\w* учреждени\w*"), "гбоу"),
    (re.compile(r"муниципальн\w* бюджетн\w* учреждени\w*"), "мбу"),
]
# МБОУ, МАОУ, МКОУ, МОУ, ГБОУ, МБУ ДО, МБДОУ, ЧОУ …
# МБОУ, МАОУ, МОБУ, МБДОУ, ГБОУ, and regional forms: КОГОБУ, ОГБОУ, КГБОУ, ОГАОУ …
LEGAL = re.compile(r"^(?:м[бак]?у\s*до|мбудо|маудо|[кор]{0,2}[гмчн][оа]?[бак]?[дн]?[оу]{1,2}|мбу|мау|мку|гбу|гку)\b\.?")
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
        r"\b(?:ддт|цдт|цдтт|сют|сдют|цтт|дюсш|сдюсшор|дши|цвр|цдо|цдод|дэбц|эбц|цхр|дпш|дюц|цэвд|ддю)\b|"
        r"детско[-\s]юношеск\w*|спортивн\w* школ\w*|школ\w* искусств|"
        r"дом\w* детского творчества|центр\w* (?:детского|дополнительного|внешкольной|"
        r"детско|технического|развития творчества)|станци\w* юных")),
    ("school", re.compile(
        r"\b\w{0,3}(?:сош|оош|сш|нош|ош|скош|цо)\b|школ\w*|\bцентр образования\b")),
]
SCHOOL_ABBR = re.compile(r"\b(?P<init>[а-я]{1,2})?(?P<abbr>сош|оош|нош)\b")
ADDED_ABBR = re.compile(r"\b(ддт|цдт|цдтт|сют|сдют|цтт|дюсш|сдюсшор|дши|цвр|цдо|цдод|дэбц|эбц|цхр|дпш|дюц)\b")
# "№ 5", "№5", "№№ 5", "СОШ10", "школа-5"
NUMBER = re.compile(r"(?:№\s*№?|\b(?:\w{0,3}сош|оош|сш|ош|лицей|гимназия|школа))\s*-?\s*(\d{1,4})(?!\d)"
                    r"(?:\s*[-«\"]?\s*([абвгд])(?![а-я.]))?")
HONORIFIC = re.compile(r"\b(?:им\.|им\b|имени)\s*.*$")
SPECIAL = re.compile(r"\bс углубл\w*\s+изучени\w*.*$|\bс ук?глубл\w*.*$|\bс\s+уи(?:оп|п|м|ам)\b.*$")
CITY = re.compile(r"\b(?:г\.|город\w*|пос\.|п\.|пгт\.?|рп\.?|с\.\s?п\.|с\.|ст\.|х\.|д\.|дер\.|деревн\w*|аул\w*|"
                  r"сел[оа]|станиц\w*|хутор\w*)\s*([а-я-]+)\s*$")
# the level of a school: a basic and a secondary school of one village are two schools
LEVELS = [("secondary", re.compile(r"\b\w{0,3}сош\b|\bсш\b|средн\w*")),
          ("basic", re.compile(r"\b\w{0,3}оош\b|основн\w*")),
          ("primary", re.compile(r"\b\w{0,3}нош\b|начальн\w*"))]
PROPER = re.compile(r"((?:[а-я]+-)?[а-я]+(?:ская|ской|ский|ского|скую|ском|цкая|цкой|цкий|ная|ной|ий))\b")

SLUG_TYPE = {"school": "school", "lyceum": "lyceum", "gymnasium": "gymnasium",
             "kindergarten": "kindergarten", "additional-education": "do", "college": "college", "other": "org"}
# where a school stands, not what it is called: «… Моршанского района», «МР Белорецкий район РБ»,
# «городского округа …», «Республики Башкортостан»
PLACE_TAIL = re.compile(r"(?:\s+мр)?\s+[а-я-]+(?:ского|цкого|ский|цкий|ского)\s+(?:муниципального\s+|городского\s+)?"
                        r"(?:района|район|округа|округ)\b.*$|\s+(?:рб|рт|ро|рк|рд|ри|рм|чр|кбр|кчр)$")
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
HEADING_NAME = re.compile(r"(?:(?:м|г|ч|н)[бак]?(?:д|у)?оу|мбу\s*до|мау\s*до|м[ао]?бу|мау)\s*(?:"
                          r"«[^«»]*(?:«[^«»]*»[^«»]*)?»|\"[^\"]*\"|[^.,;()«»\"]*?№\s*\d+[а-я]?\b|"
                          r"[^.,;()«»\"]*?(?:сош|оош|нош|школа|лицей|гимназия)\b)", re.IGNORECASE)


def short_name(text: str) -> str | None:
    """The organization a heading line names, with the legal form abbreviated and no place
    tail: '… учреждение «Лицей № 21» г. Тамбова' → 'МАОУ «Лицей № 21»'; None when none."""
    t = " ".join(text.replace("\u00a0", " ").split())
    for pat, abbr in LEGAL_LONG:
        t = re.sub(pat.pattern, abbr.upper(), t, flags=re.IGNORECASE)
    m = HEADING_NAME.search(t)
    if not m:
        return None
    name = m.group(0).strip()
    return name if any(p.search(fold(name)) for _, p in TYPES) else None


def looks_like_org(text: str) -> bool:
    """A cell that names an educational organization (used to find the name column)."""
    f = fold(text)
    if not f or len(f) > 300:
        return False
    if re.match(r"^(итого|всего|общее|средн(?!\w*\s+(?:общеобразовательн\w*\s+)?школ))", f):  # not «средняя школа»
        return False
    return bool(LEGAL.match(f) or any(p.search(f) for _, p in TYPES))


def parse_org(raw: str) -> OrgName:
    f = fold(raw).replace("№", " № ")
    f = re.sub(r"([а-я])(\d)", r"\1 \2", f)  # 'сош10' → 'сош 10'
    f = re.sub(r"\s+", " ", f).strip()
    for pat, abbr in LEGAL_LONG:
        f = pat.sub(abbr, f)
    honor = special = city = ""
    m = SPECIAL.search(f)
    if m:
        special, f = m.group(0), f[: m.start()].strip()
        kept = NUMBER.search(special)  # «СОШ с углублённым изучением отдельных предметов № 3»
        if kept and not NUMBER.search(f):
            f = f"{f} № {kept.group(1)}"
    m = HONORIFIC.search(f)
    if m:
        honor, f = m.group(0), f[: m.start()].strip()
    branch = bool(re.search(r"филиал|структурн\w* подразделени", f))
    tail = PLACE_TAIL.search(f)
    area = re.sub(r"(?:ского|цкого|ский|цкий)$", "", tail.group(0).split()[0]) if tail and tail.group(0).split() and \
        tail.group(0).split()[0] not in ("мр",) and re.search(r"(?:ского|цкого|ский|цкий)\b", tail.group(0)) else ""
    f = PLACE_TAIL.sub("", f).strip(" ,")
    f = re.sub(r"[«»\"]", " ", f)
    f = re.sub(r"\s+", " ", f).strip(" ,")
    m = CITY.search(f)
    if m and not re.search(r"№\s*\d+\s*$", f[: m.start()] + "x"):
        city, f = m.group(1), f[: m.start()].strip(" ,")
    legal = ""
    m = LEGAL.match(f)
    if m:
        legal, f = m.group(0).replace(" ", ""), f[m.end():].strip()
    org_type = "other"
    for name, pat in TYPES:
        if pat.search(f):
            org_type = name
            break
    if org_type == "other" and legal.endswith("до"):
        org_type = "additional-education"
    number, letter = None, ""
    m = NUMBER.search(f)
    if m:
        number, letter = int(m.group(1)), (m.group(2) or "")
    abbr = ""
    if org_type == "additional-education":
        abbr = _added_abbr(raw, f)
    proper = ""
    m = PROPER.search(f)
    if m and org_type != "additional-education" and m.group(1) not in {
            "средняя", "средней", "основная", "основной", "начальная", "начальной", "общеобразовательная",
            "общеобразовательной", "муниципальная", "бюджетная", "вечерняя", "сменная", "открытая",
            "специальная", "коррекционная", "кадетская", "православная"}:
        proper = adjective_lemma(m.group(1))
    if not proper:
        m = SCHOOL_ABBR.search(f)
        if m and m.group("init"):
            proper = m.group("init")  # 'есош' → initial 'е' of 'Егорлыкская'
    return OrgName(raw=collapse(raw), legal_form=legal, org_type=org_type, number=number,
                   proper=proper, abbr=abbr, honorific=honor, specialisation=special, city=city, letter=letter,
                   branch=branch, area=area, core=re.sub(r"[«»\"()]", "", f).strip(),
                   level=next((lv for lv, pat in LEVELS if pat.search(f)), "") if org_type == "school" else "")


def _added_abbr(raw: str, f: str) -> str:
    """An additional-education organization's abbreviation: as printed («ЦРТДиЮ», «ДДТ»), or
    the initials of its spelled-out name («Дом детского творчества» → ддт, «Центр развития
    творчества детей и юношества» → цртдию), so both spellings meet."""
    m = ADDED_ABBR.search(f)
    if m:
        return m.group(1)
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
    if (a.area and not a.city and b.city and not b.area) or (b.area and not b.city and a.city and not a.area):
        # «СОШ № 1 Насыр-Кортского округа» is not «СОШ № 1 г. Назрань»: a school of a district inside
        # the town is not the town's school of that number
        return False
    if a.org_type == "additional-education" and a.abbr and b.abbr and a.abbr != b.abbr:
        return False
    if a.org_type == "college":  # «Азовский аграрный колледж» is not «Азовский технологический техникум»
        return fuzz.token_set_ratio(_college_name(a), _college_name(b)) >= 90
    if a.org_type == "additional-education" and a.number is None:
        return bool(a.abbr) and a.abbr == b.abbr
    if a.proper and b.proper:
        if a.proper == b.proper or _initial_of(a.proper, b.proper) or _initial_of(b.proper, a.proper):
            return True
        # a typo, not another place: «Котельниковская» is not «Полукотельниковская»
        return fuzz.ratio(a.proper, b.proper) >= 88 and a.proper[:3] == b.proper[:3]
    if a.number is None and bool(a.proper) != bool(b.proper) and (a.city or b.city) and \
            a.org_type in ("gymnasium", "lyceum"):
        # «Выборгская гимназия» is «Гимназия» г. Выборга: the town's adjective names the town's one
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
