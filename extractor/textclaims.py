"""Claims in running text, read over tokens with their lemmas rather than by surface
patterns: counts of organizations with what they count («форму «ученик – ученик» реализуют
8 ОО», «3 организации дополнительного образования»), shares with their numerator and base
(«115 обучающихся (14,2% от 812)», «15% (120 человек из 800)»), a whole and its parts
(«164 (115 наставляемых и 49 наставников)», «1390 = 1029 + 361»), and lists of
organizations («СОШ № 3, 7 и 12», «МБОУ лицей № 4, МАОУ «Гимназия № 14»»).

Numbers written with thousands separators («1 120», «3 020») are one number. A number that
claims nothing (a year, an age band «10–19 лет», a phone number, a page count) raises nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.forms import find_forms
from normalizers.organizations import LEGAL, looks_like_org
from normalizers.text import collapse
from normalizers.vocab import claim_wording, tokenize

# "1 120", "3\u00a0020", "12 345 678": digit groups of three after a space are one number
THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})((?:[ \u00a0\u202f\u2009]\d{3})+)(?![\d%]|[.,]\d)")
NUMBER = re.compile(r"(?<![\d.,/-])\d+(?:[.,]\d+)?(?![\d/])")
# Words that make the number before them no count of people or organizations.
NOT_A_COUNT = {"год", "лет", "г", "гг", "час", "минута", "день", "месяц", "страница", "лист", "класс", "балл",
               "рубль", "тысяча", "%", "процент", "раз"}
class _OrgNouns(frozenset):
    """Nouns that count organizations, and any legal form standing for them («в 17 из 19 ГБОУ»:
    the organizations' own pattern of legal forms, not a list of its spellings)."""

    def __contains__(self, lemma: object) -> bool:
        if frozenset.__contains__(self, lemma):
            return True
        m = LEGAL.match(lemma) if isinstance(lemma, str) and lemma else None
        return bool(m and m.end() == len(lemma))


ORG_NOUNS = _OrgNouns({"организация", "учреждение", "школа", "оо", "оу", "ооо", "лицей", "гимназия", "образовательный",
                      "доу"})
PEOPLE_HEADS = {"students", "teachers", "mentors", "mentees", "young", "participants"}
# scope words of an organization count: which organizations it counts
TYPE_WORDS = {
    "общеобразовательный": ("school", "lyceum", "gymnasium"),
    "дополнительный": ("additional-education",),
    "дошкольный": ("kindergarten",),
}


def join_thousands(text: str) -> str:
    return THOUSANDS.sub(lambda m: m.group(1) + re.sub(r"\D", "", m.group(2)), text)


def to_float(s: str) -> float:
    return float(re.sub(r"[\s\u00a0\u202f]", "", s).replace(",", "."))


def decimals(s: str) -> int:
    m = re.search(r"[.,](\d+)", s)
    return len(m.group(1)) if m else 0


# abbreviated kinds of settlement before a name; their dot ends no sentence
SETTLEMENT_ABBR = r"(?:^|[\s(])(?:ст|пос|пгт|рп|дер|мкр|сл|хут|с\.п|р\.п)$"


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence); an abbreviation's dot («г.», «им.», «т.ч.») ends none."""
    out, start = [], 0
    # «;» ends no sentence: it separates the items of a list («МБОУ «СОШ № 2»; МБОУ …»)
    for m in re.finditer(r"(?<![А-ЯЁа-яё]\.[а-яё])(?<!\bим)(?<!\bул)(?<!\bтыс)[.!?](?=\s+[А-ЯЁ\d«])", text):
        single = re.search(r"(?:^|[\s(.])[а-яА-ЯёЁ]$", text[: m.start()])  # «г.», «с.», «В.Н.» before a name
        if m.group() == "." and re.search(SETTLEMENT_ABBR, text[: m.start()]) and re.match(r"\s+[А-ЯЁ]", text[m.end():]):
            continue  # «МБОУ СОШ ст. Терской», «пос. Новый»: a settlement's name follows
        if single and not re.search(r"\d-[а-яё]$", text[: m.start()]):  # but «№ 1345-п.» ends one
            continue
        out.append((start, text[start: m.end()]))
        start = m.end()
    if start < len(text):
        out.append((start, text[start:]))
    return [(o, s) for o, s in out if s.strip()]


def quote_around(sent: str, start: int, end: int, width: int = 240) -> str:
    """The sentence a claim stands in, or, when it is long, the words around the claim."""
    s = collapse(sent).strip()
    if len(s) <= width:
        return s.rstrip(".")
    a = sent.rfind(" ", 0, max(0, start - width // 2)) + 1
    b = sent.find(" ", min(len(sent), end + width // 2))
    return "…" + collapse(sent[a: b if b > 0 else len(sent)]) + "…"


@dataclass
class Num:
    value: float
    raw: str
    start: int
    end: int
    next_lemmas: list[str] = field(default_factory=list)  # lemmas of the words right after it


def numbers(sent: str) -> list[Num]:
    out = []
    for m in NUMBER.finditer(sent):
        after = sent[m.end(): m.end() + 80]
        out.append(Num(to_float(m.group(0)), m.group(0), m.start(), m.end(),
                       [t.lemma for t in tokenize(after)[:5]] if not after.lstrip().startswith("%") else ["%"]))
    return out


# numerals in words, by their lemma (pymorphy reads every case: «шестью», «пяти», «трёх»)
NUMERAL_VALUES = {"один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
                  "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
                  "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
                  "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
                  "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
WORD = re.compile(r"(?<![\w-])[А-ЯЁа-яё]+(?![\w-])")


def _numeral(word: str) -> int | None:
    from normalizers.morph import analyzer

    for p in analyzer().parse(word.lower())[:2]:
        if "NUMR" in p.tag or ("Anum" in p.tag and p.normal_form == "один"):
            return NUMERAL_VALUES.get(p.normal_form.replace("ё", "е"))
    return None


def _spelled_numbers(sent: str) -> list[Num]:
    """Numbers in words before a noun («одна организация дополнительного образования», «двумя
    организациями», «во всех шести организациях», «двадцати трёх школах»), or standing for the
    noun of the count before («… – в пяти»); «одна из школ», «ни одной» are none."""
    out = []
    words = list(WORD.finditer(sent))
    k = 0
    while k < len(words):
        m = words[k]
        v = _numeral(m.group(0))
        if not v:
            k += 1
            continue
        end = m.end()
        if v >= 20 and v % 10 == 0 and k + 1 < len(words) and sent[end: words[k + 1].start()].isspace():
            unit = _numeral(words[k + 1].group(0))
            if unit and unit < 10:  # «двадцати трёх»
                v, end, k = v + unit, words[k + 1].end(), k + 1
        k += 1
        before, after = sent[: m.start()], sent[end:]
        if re.search(r"(?:\bни|\bсреднем|\bна|\bкажд\w+|\bпо)\s+$|\bв\s+среднем\s+(?:в|на)\s+$", before, re.I):
            continue  # «ни одной», «в среднем одна ОО …», «на одну организацию»: no count
        noun_follows = re.match(r"\s+(?!из\b)[а-яё]", after, re.I)
        elided = re.search(r"[»\"]\s*[-–—]\s*(?:в|во)\s+$", before) and re.match(r"\s*(?:[,;.()]|и\s|$)", after)
        if not (noun_follows or elided):
            continue
        out.append(Num(float(v), sent[m.start(): end], m.start(), end,
                       [t.lemma for t in tokenize(after[:80])[:5]]))
    return out


def _age_or_year(sent: str, n: Num) -> bool:
    """«10–19 лет», «5–11 классов», «от 15 до 19 лет», «2021 год», «№ 145», «25.12.2019»."""
    if n.next_lemmas[:1] and n.next_lemmas[0] in NOT_A_COUNT:
        return True
    if re.match(r"\s*(?:[-–—]|до)\s*\d+\s*(?:лет|год|класс|кл\b)", sent[n.end:], re.IGNORECASE) or re.search(r"№\s*$", sent[: n.start]):
        return True  # «10–19 лет», «от 10 до 19 лет»
    if 1900 < n.value < 2100 and "." not in n.raw and "," not in n.raw and not _counts_people(n) \
            and not re.match(r"\s*(?:чел|пар|наставни|участни)", sent[n.end:], re.IGNORECASE):
        return True  # a year, unless people follow it («1929 обучающихся»)
    return bool(re.search(r"\d[.:]$", sent[: n.start]) or re.match(r"[.:]\d", sent[n.end:]))


@dataclass
class TextClaim:
    kind: str  # count | share | composition
    stated: float
    quote: str
    extra: dict = field(default_factory=dict)


# --- counts of organizations ------------------------------------------------------------

def GROUP_ADJECTIVES() -> tuple[tuple[str, ...], ...]:  # noqa: N802 — a constant read from data
    from normalizers.vocab import claim_words

    return claim_words().get("groups", {}).get("adjectives", ())


# a sentence whose subject points back at the variant or form named last before it
def _words(key: str) -> str:
    """An alternation of claims.toml's [wording] phrases (spaces as any whitespace)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in claim_wording()[key])


ANAPHORA = re.compile(rf"^\s*(?:(?P<variant>{_words('anaphora_variant')})|(?P<form>{_words('anaphora_form')}))\b",
                      re.IGNORECASE)


def org_counts(sent: str, plan_doc: bool = False, before: str = "") -> list[TextClaim]:
    """«в 22 общеобразовательных организациях», «Сведения представили 16 ОО», «3 организации
    дополнительного образования», «форму «учитель – учитель» реализуют 8 ОО». The scope says
    which organizations are counted: those of a form, of a type, or with an indicator."""
    out = []
    if re.search(r"\bсправочно\b|\bв\s+прошлом\s+(?:учебном\s+)?году|\bгодом\s+ранее|\bв\s+20\d\d(?:/20\d\d)?\s+"
                 r"(?:учебном\s+)?году\b[^.;]*\bбыл[аио]?\b", sent, re.I):
        return out  # «Справочно: в 2021 году … были утверждены в 12 организациях»: another year, not these tables
    brackets = [(b.start(), b.end()) for b in re.finditer(r"\([^()]*\)", sent)]
    words = _spelled_numbers(sent)
    spelled = {id(n) for n in words}
    for n in sorted(numbers(sent) + words, key=lambda n: n.start):
        if _age_or_year(sent, n) or n.value != int(n.value) or not 0 < n.value < 5000:
            continue
        if any(a < n.start < b for a, b in brackets) and not (
                re.search(r"(?:ОО|ОУ|организаци\w*|школ\w*|учреждени\w*)\s*\(\s*$", sent[: n.start])
                and re.match(r"\s*из\s+\d+\s*\)", sent[n.end:])) and not (
                re.search(r"(?:ОО|ОУ|организаци\w*|школ\w*|учреждени\w*)\s*\(\s*\d+\s+из\s+$", sent[: n.start])
                and re.match(r"\s*\)", sent[n.end:])):
            continue  # a breakdown in brackets («(2 – гимназия и лицей, 11 средних …)»), not «ОО (9 из 16)»
        lem = n.next_lemmas
        whole_of = re.match(r"\s*из\s+(\d+)(?=[\s)])", sent[n.end:])
        if whole_of and re.search(r"(?:ОО|ОУ|организаци\w*|школ\w*|учреждени\w*)\s*\(\s*$", sent[: n.start]):
            lem = ["организация"]  # «ОО (9 из 16)»: the noun stands before the bracket
        elif whole_of:  # «в 20 из 24 общеобразовательных учреждений»: 20 is the count, 24 all of them
            lem = [t.lemma for t in tokenize(sent[n.end + whole_of.end():][:80])[:5]]
        elif re.search(r"\b(?:ОО|ОУ|организаци\w*|школ\w*|учреждени\w*)\s+из\s+$", sent[: n.start]) and \
                re.match(r"\s*(?:[.,;)]|$)", sent[n.end:]):
            lem = ["организация"]  # «в 8 ОО из 12»: the whole, its noun before it
        elif re.search(r"(?:ОО|ОУ|организаци\w*|школ\w*|учреждени\w*)\s*\(\s*\d+\s+из\s+$", sent[: n.start]) and \
                re.match(r"\s*\)", sent[n.end:]):
            lem = ["организация"]  # «школ (7 из 12)»: 12, all of them, the noun before the bracket
        elif re.search(r"\bиз\s+$", sent[: n.start]):
            lem = lem  # the whole of «N из M»: counts all organizations
        # up to two adjectives, then the noun: «22 муниципальных общеобразовательных организациях»
        k = 0
        while k < len(lem) and k < 4 and lem[k] in ("муниципальный", "государственный", "общеобразовательный",
                                                      "образовательный", "подведомственный", "школьный", "весь",
                                                      "бюджетный", "автономный", "казённый", "казенный",
                                                      "средний", "основной", "основный", "начальный"):
            k += 1
        group = ""
        if k < len(lem) and (lem[k],) in GROUP_ADJECTIVES():
            group, k = lem[k], k + 1  # «в 3 сельских ОО», «в 7 городских и 10 сельских»
            while k < len(lem) and k < 5 and lem[k] in ("общеобразовательный", "образовательный", "муниципальный"):
                k += 1
        noun = lem[k] if k < len(lem) else ""
        if not group and noun in ORG_NOUNS and k + 1 < len(lem) and (lem[k + 1],) in GROUP_ADJECTIVES():
            group = lem[k + 1]  # «7 школ городских поселений»: the group said after the noun
        if group and noun not in ORG_NOUNS and (out or noun == "и") and not (noun and noun[0].isalpha() and noun != "и"):
            noun = "организация"  # the noun of the count before, left out
        if not group and k and lem[k - 1] in SCHOOL_LEVELS and noun not in ORG_NOUNS and (
                out and re.match(r"\s*[а-яё]+\s*(?:[.,;)]|и\s|$)", sent[n.end:])
                or re.match(r"\s*[а-яё]+\s+и\s+\d+\s+[а-яё]+\s+(?:школ|ОО|ОУ|организац|учрежден)", sent[n.end:])):
            # «8 средних школ и 4 основные», «в 8 средних и 5 основных школах»: the noun said once
            noun = "школа"
        # «форма «ученик – ученик» реализуется во всех 16 ОО, «учитель – учитель» – в 12, …»: the
        # noun of the count before, left out
        counted_before = bool(out) or re.search(r"\b(?:во\s+всех|в\s+каждо\w+)\s+(?:[а-яё]+\s+)?(?:ОО|ОУ|МОУ|МБОУ|"
                                                r"школ|организаци|учреждени)", sent[: n.start])
        elided = counted_before and re.search(r"»\s*[-–—]\s*(?:(?:в|во)\s+)?$", sent[: n.start]) and \
            re.match(r"\s*(?:[,;.():]|и\s|$)", sent[n.end:])
        # «Молодые специалисты работают в 10 ОО. В 6 из них все …»: a part of the count before
        of_them = bool(re.match(r"\s*из\s+(?:них|которых)\b", sent[n.end:])) and bool(
            ORG_COUNT.search((before + " " + sent[: n.start])[-250:]))
        if noun not in ORG_NOUNS and not (k and lem[k - 1] == "общеобразовательный") and not elided and not of_them:
            continue
        if re.search(r"\b(?:остальн|прочи|други)\w*\s+$", sent[: n.start], re.I):
            continue  # «в остальных восьми школах»: the ones not named before, counted apart
        if noun == "образовательный" or re.match(r"\s*(?:[а-яё]+\s+)?[а-яё]+-партн[её]р", sent[n.end:], re.I):
            continue  # «6 организаций-партнёров»: the partners themselves, not the schools
        tail = sent[n.end: n.end + 120]
        if whole_of:  # «в 7 из 10 общеобразовательных организаций»: the noun after the whole says what
            tail = sent[n.end + whole_of.end(): n.end + whole_of.end() + 120]
        scope = _count_scope(sent, n.start, tail, plan_doc, before)
        if scope is None:
            continue
        if of_them and noun not in ORG_NOUNS and not set(scope) & {"full", "threshold", "form", "variant", "n_forms",
                                                                  "plan", "no_young"}:
            continue  # a part said of something no table shows
        if group:
            scope = {**scope, "group": group}
        if id(n) in spelled and not scope.get("without") and (set(scope) - {"types", "form", "variant", "group", "threshold",
                                                                           "full", "no_young", "level"}
                                 or (n.value < 2 and set(scope) != {"types"})):
            continue  # «в одной школе»: a number in words counts organizations of a named type or form
        if re.search(r"\bиз\s+$", sent[: n.start]) or (
                "threshold" in scope and re.search(r"\bво\s+всех\s+$", sent[: n.start], re.I)):
            # «из 24 …»: all of that type; «(не ниже 10%) достигнуто во всех 14 ОО»: all of them (the
            # bound is the target's, checked apart)
            scope = {k: v for k, v in scope.items() if k == "types"} or _types_named(tail)
        elif out and ":" in sent[out[-1].extra["at"]: n.start]:
            # «… реализуются в 8 ОО: в 7 из 10 общеобразовательных …»: a part of the count before the
            # colon, said of the same thing
            scope = {**{k: v for k, v in out[-1].extra["scope"].items() if k != "types"}, **scope}
        out.append(TextClaim("count", n.value, quote_around(sent, n.start, n.end), {"scope": scope, "at": n.start}))
    return out


def previous_sentence(text: str) -> str:
    """The last sentence of the text before a sentence."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+(?=[А-ЯЁ«])", text.strip()) if p.strip()]
    return parts[-1] if parts else ""


def pointed_at(said: re.Match, named: list[str]) -> list[str]:
    """What an anaphoric opening points at among the things the sentence before named: «последний»
    the last of them, «этот», «данный» the first (what that sentence is about)."""
    if not named:
        return []
    return named[-1:] if said.group(0).strip().lower().startswith("последн") else named[:1]


def _types_named(tail: str) -> dict:
    """The types the words after a count name: «4 гимназиях и лицеях» → gymnasiums and lyceums."""
    named = [t.lemma for t in tokenize(tail[:60])][:4]
    types = tuple(dict.fromkeys({"гимназия": "gymnasium", "лицей": "lyceum"}[w] for w in named if w in ("гимназия", "лицей")))
    return {"types": types} if types and named[:1] and named[0] in ("гимназия", "лицей") else {}


def _variants_in(text: str) -> list[str]:
    from normalizers.forms import find_variant

    out, rest = [], text
    while True:
        v = find_variant(rest)
        if not v:
            return out
        out.append(v)
        spelled = r"\s*-\s*".join(re.escape(p) for p in v.split(" - "))
        m = re.search(spelled, re.sub(r"[«»\"]", "", rest.lower().replace("ё", "е")).replace("–", "-").replace("—", "-"))
        if not m:
            return out
        rest = rest[m.end():] if m.end() < len(rest) else ""


def _count_scope(sent: str, at: int, tail: str, plan_doc: bool = False, before: str = "") -> dict | None:
    """Which organizations a count at `at` counts: those of the form named nearest before it
    in the sentence (or its only form), of the type its words name («общеобразовательных»,
    «дополнительного образования»), or with young specialists; None when it counts something
    no table shows (partners, events, «две и более формы»)."""
    low = sent.lower()
    lead = re.split(r"[;]", sent[:at])[-1].lower()  # what the sentence says before the number
    # «наставник закреплён за всеми молодыми специалистами в 5 ОО»: those whose share is 100%
    window = _count_window(sent, at)
    if re.search(r"\bвсе(?:ми|х|м)?\s+(?:[а-яё]+\s+){0,2}молод\w+\s+(?:специалист|педагог|учител)", window,
                 re.IGNORECASE) or (re.search(r"\b100\s*%", window) and re.search(r"молод\w+\s+(?:специалист|педагог)",
                                                                                 window, re.IGNORECASE)):
        return {"full": "young_teacher_mentee_share_pct"}
    if re.search(r"\b(?:полн\w+|стопроцентн\w+|100\s*-?\s*процентн\w+)\s+(?:[а-яё]+\s+){0,2}?охват\w*", window, re.I) \
            and not re.search(r"\bне\s+(?:[а-яё]+\s+)?(?:обеспеч|достигнут)", window, re.I):
        return {"full": "share"}  # «Полный охват обеспечен в 5 организациях»: those at 100%
    # «ниже 10% в 3 ОО», «выше 30% – в 5 ОО»: the organizations whose share is on that side
    th = list(SHARE_THRESHOLD.finditer(sent[max(0, at - 120): at]))
    if not th and re.search(r"\(\s*$", sent[:at]):  # «Более половины ОО (9 из 16) обеспечили охват не ниже 15%»
        th = list(SHARE_THRESHOLD.finditer(re.split(r"[;.]", sent[at:])[0][:160]))[:1]
    if not th:
        # «В четырёх ОО показатель не достигает 10%», «… достигает 10% и более»: the bound after the count
        after = re.split(r"[;.]", sent[at:])[0][:160]
        short = re.search(r"\bне\s+(?:достига\w+|достиг\w*)\s+(?P<v>\d+(?:[.,]\d+)?)\s*%", after, re.I)
        if short:
            return {"threshold": (-1e9, to_float(short.group("v")) - 1e-6)}
        th = [m for m in SHARE_THRESHOLD.finditer(after)][:1] if re.search(r"показател|дол[яиюе]|охват", after, re.I) else []
    if th:
        m = th[-1]
        if m.group("v2"):  # «15% и выше»: the bound itself included
            v = to_float(m.group("v2"))
            below = m.group("op2").lower() in ("ниже", "менее", "меньше")
            return {"threshold": (-1e9, v) if below else (v, 1e9)}
        below = m.group("op").lower() in ("ниже", "менее", "меньше")
        v = to_float(m.group("v"))
        if m.group("neg"):  # «не ниже 10%»: the bound included, on the other side
            return {"threshold": (v, 1e9) if below else (-1e9, v)}
        return {"threshold": (-1e9, v - 1e-6) if below else (v + 1e-6, 1e9)}
    # «(не менее 15% …) достигнут в 15 ОО. Не достигнут показатель в 4 ОО»: the bound of the
    # sentence before, on its other side
    verdict = re.search(r"(?P<neg>не\s+)?(?:достигнут|выполнен)\w*\s+(?:[а-яё]+\s+){0,2}(?:в|у)\s+$", sent[max(0, at - 60): at],
                        re.IGNORECASE)
    bound = list(re.finditer(r"не\s+(?:менее|ниже)\s+(?P<v>\d+(?:[.,]\d+)?)\s*%|(?:планов|целев)\w+\s+(?:значени|показател)\w*"
                             r"\s*(?:[-–—:(]\s*)?(?P<v2>\d+(?:[.,]\d+)?)\s*%", before[-300:] + " " + sent[:at], re.I))
    if verdict and bound and not SHARE_THRESHOLD.search(sent[:at]):
        v = to_float(bound[-1].group("v") or bound[-1].group("v2"))
        return {"threshold": (-1e9, v - 1e-6) if verdict.group("neg") else (v, 1e9)}
    met = plan_met(sent[max(0, at - 160): at]) or plan_met(re.split(r"[,;(]", sent[at:])[0] + " план"
                                                          if re.search(r"план", sent[max(0, at - 160): at + 80], re.I)
                                                          else "")
    if met is not None:
        return {"plan": met}  # «плановые показатели превышены в 6 ОО»
    if not plan_doc and re.search(r"планиру\w+|запланирован\w*|планов\w+|\bплан\b|будут?\s|предстоит|в\s+перспективе|"
                                  r"должн\w+\s+(?:\w+\s+)?(?:реализов|быть|охват|вовлеч)|\bк\s+20\d\d\s+год", low):
        return None  # a plan, or plans met: says nothing the tables show (unless they are the plan)
    if re.search(r"анкетир|опрос|соглашени|договор", lead):
        return None  # organizations surveyed or with agreements: a subset no table shows
    n_forms = _forms_per_org(_count_window(sent, at))
    if n_forms is not None:
        return {"n_forms": n_forms}  # organizations with one form only, with all five, with two or more
    from normalizers.forms import find_variant

    forms_before = find_forms(sent[:at])
    forms = find_forms(sent)
    scope: dict = {}
    variants_before = [v for v in _variants_in(sent[:at])]
    said = ANAPHORA.match(sent)
    if said and not variants_before and not forms:
        # «… и 10 – в варианте «коллега – молодой коллега». Последний реализуется в четырёх ОО»: the one
        # named last; «Вариант «X» остаётся основным … Данный вариант …»: the one the sentence before is about
        if said.group("variant"):
            variants_before = pointed_at(said, _variants_in(previous_sentence(before)))
        else:
            forms_before = pointed_at(said, find_forms(previous_sentence(before)))
    if variants_before:  # «вариант «равный – равному» реализуется в 8 ОО»
        scope["variant"] = variants_before[-1]
    elif forms_before:
        scope["form"] = forms_before[-1]
    elif len(forms) == 1:
        scope["form"] = forms[0]
    elif len(forms) > 1:
        return None
    clause = _clause_at(sent, at).lower()
    if re.search(r"партн[её]р\w*\s+(?:[а-яё]+\s+)?не\s+име|\bнет\s+(?:[а-яё]+\s+)?партн[её]р|без\s+(?:[а-яё]+\s+)?партн[её]р",
                 clause):
        # «партнёров не имеют пять школ»: those without partner enterprises (whatever form the sentence named)
        return {"indicator": "partner_enterprises", "without": True}
    if re.search(r"предприяти|партн[её]р|работодател", clause) and not forms \
            and not find_variant(sent):
        # «взаимодействие с предприятиями налажено в 9 ОО»: those with partner enterprises
        scope["indicator"] = "partner_enterprises"
    phrase = re.split(r"[,;()]|\s+и\s+|\d", tail[:80])[0]  # the count's own noun phrase
    lem = [t.lemma for t in tokenize(phrase)][:6]
    if "дополнительный" in lem:
        scope["types"] = ("additional-education",)
    elif lem[:1] and lem[0] in SCHOOL_LEVELS and ("школа" in lem[:3] or "общеобразовательный" in lem[:2]
                                                 or len(lem) == 1):  # «… и 4 основные»: the noun left out
        scope["level"] = SCHOOL_LEVELS[lem[0]]  # «9 средних общеобразовательных школ»: schools of that level
        scope["types"] = ("school", "lyceum", "gymnasium") if scope["level"] == "secondary" else ("school",)
    elif "общеобразовательный" in lem[:2] or "школа" in lem[:2]:
        scope["types"] = ("school", "lyceum", "gymnasium")  # «2 сельских школы»: not the centre of ДО beside them
    elif lem[:1] and lem[0] in ("гимназия", "лицей"):
        # «4 гимназии и лицея», «2 лицея»: the types named (with the one after «и»)
        named = [t.lemma for t in tokenize(tail[:60])][:4]
        scope["types"] = tuple(dict.fromkeys({"гимназия": "gymnasium", "лицей": "lyceum"}[w] for w in named
                                             if w in ("гимназия", "лицей")))
    after_count = re.split(r"[;.]", re.sub(r"\([^()]*\)", "", sent[at:]))[0]
    if re.search(r"молод\w+\s+(?:специалист|педагог|учител)\w*\s+(?:\w+\s+){0,2}?(?:нет|отсутству\w+)\b", lead) or \
            re.match(r"\s*\S+\s+(?:\S+\s+)?молод\w+\s+(?:специалист|педагог|учител)\w*\s+(?:[^\s.;]+\s+){0,5}?"
                     r"(?:нет|отсутству\w+|не\s+(?:трудоустро|работа|приня|числ)\w*)\b", after_count, re.I):
        # «молодых специалистов нет в 3 школах», «в двух ОО (…) молодых специалистов нет»: those without them
        scope["no_young"] = True
    elif re.search(r"молод\w+\s+(?:специалист|педагог|учител)", lead) and "form" not in scope and "variant" not in scope:
        scope["indicator"] = "young_teachers"  # (a form «направленная на адаптацию молодых педагогов» is still the form)
    return scope


SCHOOL_LEVELS = {"средний": "secondary", "основной": "basic", "основный": "basic", "начальный": "primary"}
SHARE_THRESHOLD = re.compile(r"(?P<neg>не\s+)?(?P<op>ниже|менее|меньше|выше|более|свыше|больше|превыша\w*)\s+(?P<v>\d+(?:[.,]\d+)?)"
                             r"\s*%|(?P<v2>\d+(?:[.,]\d+)?)\s*%\s+(?:и|или)\s+(?P<op2>выше|более|больше|ниже|менее|меньше)\b",
                             re.IGNORECASE)
PLAN_MET = re.compile(r"(?P<neg>не\s+)?(?P<verb>превыш\w+|перевыполн\w+|выполн\w+|достигну\w+|достигл\w+|достиг\b)", re.I)


def plan_met(text: str) -> str | None:
    """How organizations stand to their plan: «плановые показатели превышены» → ">", «выполнили
    план» → ">=", «выполнены на 100%» → "==", «не выполнили», «не достигли» → "<"; None when the
    text speaks of no plan."""
    if not re.search(r"план\w*", text, re.I):
        return None
    for m in reversed(list(PLAN_MET.finditer(text))):  # the verb nearest the count or the list
        if m.group("neg"):
            return "<"
        verb = m.group("verb").lower()
        if verb.startswith(("превыш", "перевыполн")):
            return ">"
        return "==" if re.match(r"\s*на\s+100\s*%", text[m.end():]) else ">="
    return None


WORD_NUMBERS = {"одн": 1, "одну": 1, "один": 1, "две": 2, "два": 2, "двух": 2, "двум": 2, "три": 3, "трёх": 3,
                "трех": 3, "трем": 3, "четыр": 4,
                "пят": 5, "шест": 6}
FORMS_PER_ORG = re.compile(r"(?P<all>все(?:х|ми)?\s+)?(?P<only>только\s+)?(?P<n>\d|одн\w*|одну|дв\w+|тр\w+|четыр\w*|пят\w*|"
                           r"шест\w*)\s+(?P<more>(?:и|или)\s+(?:более|больше)\s+)?(?:\w+\s+){0,2}?форм", re.I)
AT_LEAST_FORMS = re.compile(r"(?:не\s+менее|не\s+меньше|от)\s+(?P<n>\d|дв\w+|тр\w+|четыр\w*)\s+(?:\w+\s+){0,2}?форм", re.I)


MOST_FORMS = re.compile(r"(?:наибольш|максимальн)\w*\s+(?:числ|количеств)\w*\s+(?:\w+\s+)?форм\w*\s*\(\s*(?P<n>\d)\s*\)",
                        re.I)


def _word_number(w: str) -> int | None:
    w = w.lower()
    if w.isdigit():
        return int(w)
    return next((v for k, v in WORD_NUMBERS.items() if w.startswith(k)), None)


def _forms_per_org(clause: str) -> tuple | None:
    """«только одна форма» → ("==", 1); «все пять форм» → ("all", 5); «две и более формы», «не
    менее трёх форм» → (">=", n). None when the clause counts no organizations by their forms."""
    if re.search(r"\bни\s+одн\w+\s+(?:из\s+)?(?:[а-яё]+\s+){0,2}форм", clause, re.I):
        return ("==", 0)  # «не реализуют ни одной из указанных форм»: those without any
    m = AT_LEAST_FORMS.search(clause)
    if m and (n := _word_number(m.group("n"))):
        return (">=", n)
    if re.search(r"\bтолько\s+форм[уы]\s+«", clause, re.I):
        return ("==", 1)  # «только форму «ученик – ученик» реализуют …»: that one form alone
    m = MOST_FORMS.search(clause)
    if m:  # «наибольшее число форм (4) – …»: those with that many
        return ("==", int(m.group("n")))
    if re.search(r"\bвсе\s+(?:[а-яё]+\s+)?форм\w*\b(?!\s+\w+\s+(?:друг|между))", clause, re.I) and \
            not FORMS_PER_ORG.search(clause):
        return ("all", 0)  # «все формы — в 4 ОО»: as many as the tables show
    for m in reversed(list(FORMS_PER_ORG.finditer(clause))):  # the phrase nearest the count
        before = clause[max(0, m.start() - 30): m.start()].lower()
        if "средн" in before or re.search(r"\d[.,]$", before):  # «в среднем 3,5 формы»
            continue
        n = _word_number(m.group("n"))
        if n is None:
            continue
        if m.group("more") or re.match(r"\w*(?:\s+[а-яё]+)?\s+(?:и|или)\s+(?:более|больше)\b", clause[m.end():], re.I):
            return (">=", n)  # «две и более формы», «три формы и более»
        if m.group("all"):
            return ("all", n)
        if m.group("only") or n == 1:
            return ("==", n)
    return None


ORG_COUNT = re.compile(r"\d+\s+(?:[а-яё]+\s+){0,2}(?:ОО|ОУ|организац|школ|учрежд|лице|гимнази)", re.I)


def _count_window(sent: str, at: int) -> str:
    """What a count at `at` may be said of: the sentence between the counts of organizations
    before and after it (and its semicolons), so «все 15 ОО …, при этом в 2 ОО реализуется
    только одна форма» gives «только одна форма» to the 2, not to the 15."""
    start = sent.rfind(";", 0, at) + 1
    end = sent.find(";", at)
    end = end if end >= 0 else len(sent)
    for m in ORG_COUNT.finditer(sent):
        if m.end() <= at and m.end() > start and not m.start() <= at < m.end():
            start = m.end()
        elif m.start() > at and m.start() < end:
            end = m.start()
            break
    return sent[start:end]


def _clause_at(sent: str, at: int) -> str:
    """The clause of a sentence a position stands in (between commas, semicolons, brackets)."""
    starts = [m.end() for m in re.finditer(r"[,;:()]", sent[:at])]
    end = re.search(r"[,;:()]", sent[at:])
    return sent[(starts[-1] if starts else 0): at + (end.start() if end else len(sent) - at)]


# --- shares ----------------------------------------------------------------------------

PCT = re.compile(r"(?<![\d.,])(?P<p>\d+(?:[.,]\d+)?)\s*(?:%|процент(?:а|ов)?\b)")  # «14,2 процента от …»
# what stands right after a percent: «от 812», «от общей численности обучающихся (9 563 чел.)»,
# «(120 человек из 800)»
BASE_AFTER = re.compile(r"\s*\)?\s*(?:от|из)\s+(?P<words>[^%;]{0,80}?)(?<![\d.,])(?<!\d[-–—])(?<!\d\s[-–—]\s)\(?\s*"
                        r"(?P<b>\d+(?:[.,]\d+)?)"
                        r"(?!\s*%|[\d.,]|\s*[-–—]\s*\d|\s+до\s+\d|\s*(?:лет|года?|класс\w*)\b)")  # not «10–19 лет», «от 10 до 19 лет»
INNER = re.compile(r"\s*\(\s*(?P<n>\d+)\s+(?P<noun>[а-яё]+)?\s*(?:человек\s+)?из\s+(?P<b>\d+)")
# a base named, not numbered: «от общего числа обучающихся этого возраста», «контингента»
BASE_REFERENCE = re.compile(r"\s*\)?\s*(?:от\s+)?(?P<noun>(?:общ\w+\s+)?(?:количеств\w+|числ\w+|численност\w+|"
                            r"контингент\w*|план[аоу]?\b)(?:\s+(?!(?:при|в|во|на|и|по|за|с|до|что|а|но|из|как)\b)[а-яё]+){0,4})")
# «из них 33 (87%)», «Из 57 молодых педагогов … за 38 (67%)»: the base is the whole before
WHOLE_BEFORE = re.compile(r"(?:\bиз\s+(?P<w1>\d+)\b[^%]{0,120}|(?P<w2>\d+)\b[^%\d]{0,60}\bиз\s+(?:них|которых)\s+"
                          r"(?:[^%\d.;]{0,60}\s[-–—]\s*)?)$",
                          re.IGNORECASE)


def shares(sent: str, context: str = "", history: str = "") -> list[TextClaim]:
    """«115 обучающихся (14,2% от 812)», «составил 15% (120 человек из 800)», «из них 33 (87%)»,
    «1 809 обучающихся, что составляет 19% от общей численности обучающихся (9 563 чел.)». A
    numerator or base named but not numbered («29,5% от общей численности обучающихся»,
    «доля вовлечённых обучающихся составляет …») is kept as the indicator it names and
    recomputed from the document's tables; a base found nowhere is said so."""
    out = []
    nums = numbers(sent)
    for m in PCT.finditer(sent):
        p = to_float(m.group("p"))
        if p > 300:
            continue
        if re.search(r"(?:целев\w*|планов\w*|норматив\w*)\s+(?:\w+\s+){0,3}(?:\(|[-–—:])?\s*$",
                     sent[max(0, m.start() - 80): m.start()].lower()) or re.search(r"\(\s*$", sent[: m.start()]) and \
                re.search(r"целев\w*\s+показател", sent[max(0, m.start() - 60): m.start()].lower()):
            continue  # a target («целевой показатель (100% …)») is no share of the text's numbers
        if re.search(r"(?:\bне\s+)?(?:менее|ниже|более|выше|меньше|больше|свыше)\s*$", sent[: m.start()], re.IGNORECASE):
            continue  # «не менее 20%»: a bound, not the share itself (targets are read apart)
        if THIS_FORM.search(re.split(r"[,;:]", sent[: m.start()])[-1]):
            continue  # «наставляемые этой формы составляют 75,2% от …»: a form's share, read by form_shares
        e: dict = {"decimals": decimals(m.group("p"))}
        inner = INNER.match(sent, m.end())
        after = BASE_AFTER.match(sent, m.end())
        of = re.search(r"(?<![\d.,])(\d+)\s+(?:[а-яё]+\s+){0,3}из\s+(\d+)(?:\s+[а-яё]+){0,3}\s*\(\s*$", sent[: m.start()])
        # «работают 29 молодых педагогов; наставники закреплены за 27 из них, охват составляет 94,1%»
        part_of = re.search(r"(?<![\d.,])(\d+)\s+из\s+(?:них|которых)\b[^%\d]{0,60}$", sent[: m.start()])
        prior = [x for x in nums if part_of and x.end <= part_of.start() and _counts_people(x)
                 and not _age_or_year(sent, x)] if not (of or inner) else []
        if of and not inner:  # «33 из 38 (87%)»
            e["n"], e["base"] = to_float(of.group(1)), to_float(of.group(2))
        elif prior:
            e["n"], e["base"] = to_float(part_of.group(1)), prior[-1].value
        elif inner:
            e["n"], e["base"] = to_float(inner.group("n")), to_float(inner.group("b"))
        else:
            before = [x for x in nums if x.end <= m.start() and not _age_or_year(sent, x)
                      and m.start() - x.end < 160 and x.next_lemmas[:1] != ["%"]]
            # a number inside brackets closed before the percent is a part of the one before them
            closed = [(b.start(), b.end()) for b in re.finditer(r"\([^()]*\)", sent[: m.start()])]
            before = [x for x in before if not any(a < x.start and x.end < b for a, b in closed)]
            # «… 10,5% от 23 997 обучающихся, доля наставников – 3,1%»: a base is no numerator
            before = [x for x in before if not re.search(r"%\s*(?:от|из)\s+$", sent[: x.start])]
            # people: a number with its people noun, one right before the bracket, or the part
            # «из них 27 включены …» of a whole named before it
            people = [x for x in before if _counts_people(x) or re.match(r"\s*\(\s*$", sent[x.end: m.start()])
                      or re.search(r"\bиз\s+(?:них|которых)\s*[:–-]?\s*$", sent[: x.start], re.IGNORECASE)
                      # «из них в форме «ученик – ученик» – 285, или 80,3%»: a labelled part and its share
                      or (re.fullmatch(r"\s*,?\s*(?:или|что\s+составляет)\s*", sent[x.end: m.start()])
                          and re.search(r"\bиз\s+(?:них|которых)\b[^.;\d]{0,80}\s[-–—]\s*$", sent[: x.start], re.I))
                      # «542 выступают в роли наставника (18,7%)»: the role said between the number and its share
                      or (re.search(r"\(\s*$", sent[: m.start()]) and not re.search(r"[\d,;]", sent[x.end: m.start()])
                          and features_of_text(sent[x.end: m.start()]).role)]
            if len(people) > 1:
                # «вовлечены 4 791 обучающихся и 725 педагогов; охват обучающихся составил 10,2%»: the
                # number of the people the share names, not merely the nearest one
                named = _indicator_named(sent[people[-1].end: m.start()])
                if named:
                    fits = [x for x in people if _reads_as(sent, x) == named]
                    if fits and fits[-1] is not people[-1] and _reads_as(sent, people[-1]) != named:
                        people = fits
            if people:
                e["n"] = people[-1].value
                whole = WHOLE_BEFORE.search(sent[: people[-1].start])
                # («… 167 (65,5% от общего числа по таблице)»: the table's whole, not the one said)
                if whole and not after and not re.match(r"[^();]{0,40}\bпо\s+таблиц", sent[m.end():]):
                    w = whole.group("w1") or whole.group("w2")
                    w_at = whole.start("w1") if whole.group("w1") else whole.start("w2")
                    w_num = next((x for x in nums if x.start == w_at), None)
                    named_before = features_of_text(sent[: w_at]).head in PEOPLE_HEADS
                    if w_num is not None and (_counts_people(w_num) or "пара" in w_num.next_lemmas[:2] or named_before and not any(
                            x in ORG_NOUNS for x in w_num.next_lemmas[:2])):
                        e["base"] = to_float(w)
                    else:  # «работают в 9 школах; из них 33 (92%)»: the whole is the people named
                        ref = _indicator_named(sent[: people[-1].start])
                        if ref:
                            e["base_ref"] = ref
            else:
                ref = _indicator_named(sent[: m.start()][-160:])
                if ref is None:
                    continue  # a percentage with no count behind it («67% респондентов»): no claim
                e["n_ref"] = ref
                stated = _stated_before(ref, (history or context) + " " + sent[: m.start()])
                if stated is not None:  # «… в том числе 3 249 обучающихся. Охват … составил 15,0% от …»
                    e["n_text"] = stated  # used when the tables hold no such column
            if "base" not in e and "base_ref" not in e:
                if after:
                    e["base"] = to_float(after.group("b"))
                else:
                    ref = BASE_REFERENCE.match(sent, m.end())
                    everyone = re.match(r"\s*от\s+(?:всех|общего\s+числа)\s+(?:участник|вовлеч)\w*\b"
                                        r"(?!\s+(?:этой|данной|той|этого|данного|каждой)\b)", sent[m.end():], re.I)  # not «… этой формы»
                    total = re.compile(r"(?:всего|вовлечен\w*|вовлечён\w*|участву\w+|участник\w+)\D{0,60}?(?<![\d.,])(\d+)\s+"
                                       r"(?:человек|участник\w*|чел\.)", re.I)
                    # everyone said in this sentence, else in the one before («Участниками … стали 2 514 человек»)
                    whole = (total.search(sent[: m.start()]) or total.search(context[-400:])) if everyone else None
                    if whole is not None and ("n" in e or "n_text" in e):
                        e["base"] = to_float(whole.group(1))  # «… 3 279 человек, … 424 педагогов, что составляет 12,9% от всех участников»
                    elif ref is None and "n_ref" in e and out and out[-1].extra.get("base") and \
                            re.search(r"[,;]\s*(?:а\s+|и\s+)?(?:дол|удельн)", sent[out[-1].extra["at"]: m.start()], re.I):
                        e["base"] = out[-1].extra["base"]  # «10,5% от 23 997 …, доля наставников – 3,1%»
                    elif ref is None:
                        continue
                    else:
                        named = _base_named(ref.group("noun"), sent[m.end():], context)
                        if re.fullmatch(r"(?:общ\w+\s+)?(?:количеств\w+|числ\w+|численност\w+)", ref.group("noun").strip(),
                                        re.IGNORECASE) and "n" in e:
                            # «из них … 167 (65,5% от общего числа по таблице)»: the whole of the people the
                            # sentence counts, not a population it does not name
                            subject = _indicator_named(sent[: m.start()])
                            named = subject or named
                        if isinstance(named, float):
                            e["base"] = named
                        elif named:
                            e["base_ref"] = named
                            said = _stated_before(named, (history or context) + " " + sent[: m.start()])
                            if said is not None:  # «2 707 – в роли наставляемого» said before
                                e["base_text"] = said
                        else:
                            e["base"] = None
                            e["why"] = f"база «{collapse(ref.group('noun'))}» не названа числом"
        e["at"] = m.end()
        out.append(TextClaim("share", p, quote_around(sent, m.start(), m.end()), e))
    return out


def _reads_as(sent: str, n: Num) -> str | None:
    """The indicator the words right after a number name («725 педагогов» → teachers_involved)."""
    from .headers import read_header

    r = read_header(" ".join(re.findall(r"[А-ЯЁа-яё]+", sent[n.end: n.end + 40])[:2]))
    return r.indicator.code if r.understood else None


def _stated_before(code: str, text: str) -> float | None:
    """The number the text said last of indicator `code`, with its people noun right after it
    («3 249 обучающихся»), in the sentences before a share that names that indicator only."""
    from .headers import read_header

    text = join_thousands(text[-900:])
    for n in reversed(numbers(text)):
        if _age_or_year(text, n) or n.next_lemmas[:1] == ["%"] or n.value != int(n.value):
            continue
        after = text[n.end: n.end + 50]
        words = re.findall(r"[А-ЯЁа-яё]+", after)
        if re.match(r"\s*(?:[-–—]\s*)?в\s+роли\s", after):  # «2 707 – в роли наставляемого»
            r = read_header("количество обучающихся " + " ".join(words[:3]))
        elif _counts_people(n):
            r = read_header(" ".join(words[:2]))
        else:
            continue
        if r.understood and r.indicator.code == code:
            return n.value
    return None


def features_of_text(text: str):
    from .headers import features_of

    return features_of(re.split(r"[.;]", text)[-1][-160:])


def _indicator_named(text: str) -> str | None:
    """The persons indicator a clause names («Доля обучающихся, вовлечённых в наставничество»)."""
    from .headers import read_header

    part = re.split(r"[.;,]", text)[-1]  # «…, доля обучающихся в роли наставника – 3,1%»
    first = [part] if re.match(r"\s*(?:а\s+|и\s+)?(?:доля|удельный\s+вес|охват)\s", part, re.I) else []
    for clause in (*first, re.split(r"[.;]", text)[-1], text):  # the last clause, else the whole sentence
        clause = re.sub(r"^\s*(?:а|и)\s+", "", clause)
        clause = re.sub(r"^\s*(?:доля|удельный\s+вес|охват)\s+", "количество ", clause, flags=re.IGNORECASE)
        r = read_header(clause)
        if r.understood and r.indicator.unit == "persons":
            return r.indicator.code
    return None


def _base_named(noun: str, rest: str, context: str) -> float | str | None:
    """A base named in words: the number in brackets right after it, the number given for the
    same people in the text before, or the indicator it names (to be summed from the tables)."""
    m = re.match(r"[^();]{0,80}\(\s*(\d+(?:[.,]\d+)?)(?![\d.,]|\s*%)", rest)
    if m:
        return to_float(m.group(1))
    if re.match(r"план", noun, re.I):
        return "planned_participants"  # «104,8% от плана»: of the planned total
    from .headers import features_of, read_header

    want = features_of(noun).head
    if want and context:
        for n in reversed(numbers(context)):
            if _age_or_year(context, n):
                continue
            if features_of(" ".join(n.next_lemmas[:3])).head == want and re.search(
                    r"(?:всего|общ\w+|численност\w+|контингент\w*)\W+(?:\w+\W+){0,3}$", context[: n.start]):
                return n.value
    noun_f = noun if re.search(r"обучающ|учащ|педагог|учител|специалист", noun, re.IGNORECASE) else noun + " обучающихся"
    r = read_header("общая численность " + re.sub(r"^(?:общ\w+\s+)?\w+\s+", "", noun_f))
    return r.indicator.code if r.understood and r.indicator.unit == "persons" else None


def _counts_people(n: Num) -> bool:
    from .headers import features_of

    words = " ".join(n.next_lemmas[:3])
    f = features_of(words)
    return f.head in PEOPLE_HEADS or "человек" in n.next_lemmas[:2] or "чел" in n.next_lemmas[:1]


# --- totals stated in the text ------------------------------------------------------------

# «Всего по району …», «общее количество …», «в целом по городу …», «итого …»
TOTALIZING = re.compile(r"\b(?:всего|итого|в\s+целом|суммарно|совокупно|(?<!от\s)общ(?:ее|ая|ий|его|ей)\s+(?:планов\w+\s+|фактическ\w+\s+)?(?:количеств|числ|численност)\w*|(?<!от\s)общ(?:ий|его|ему|им)\s+(?:\w+\s+)?охват\w*|"
                        r"по\s+(?:району|городу|округу|муниципалитету|муниципальному\s+образованию))\b",
                        re.IGNORECASE)
# «в программах наставничества участвуют 306 педагогических работников»: a report about the whole
# territory says who takes part, with no «всего» (not of a form, not a part «из них»)
# «Сформировано 365 наставнических пар (групп), в которых …»: the pairs of the whole territory
FORMED = re.compile(r"(?:^|[;]\s*)(?:итого\s+)?(?:сформирован\w*|создан\w*)\s+\d[\d\s\u00a0\u202f]*\s+наставническ\w+\s+пар",
                    re.IGNORECASE)
PARTICIPATE = re.compile(r"^\s*(?:(?:кроме\s+того|также|при\s+этом)\s*,?\s*)?в\s+программ\w*\s+наставничества\s+"
                         rf"(?:{_words('participate')})\w*\s+\d[\d\s\u00a0\u202f]*\s+[а-яё]+"
                         r"(?![^.;]*(?:\bиз\s+них|форм[еау]\s+«))", re.IGNORECASE)
# «В форме «ученик – ученик» участвуют 433 обучающихся»: the people of a form
FORM_PARTICIPATE = re.compile(rf"^\s*в\s+форме\s+«[^»]+»\s+(?:{_words('participate')})\w*\s+\d", re.IGNORECASE)
# «В роли наставников выступают 192 человека, в роли наставляемых – 399», «Наставниками молодых
# специалистов выступают 67 педагогов»: the roles of the whole territory (naming no organization)
IN_ROLE = re.compile(r"^\s*(?:в\s+роли\s+(?:наставник|наставляем)\w*|(?:наставник|наставляем)\w*ми(?:\s+[а-яё]+){0,3}?|"
                     r"роль\s+(?:наставник|наставляем)\w*)"
                     rf"\s+(?:(?:{_words('role')})\w+\s+)?(?:[-–—]\s*)?\d"
                     r"(?![^.;]*\bиз\s+(?:них|которых)\b)", re.IGNORECASE)
# «Наставляемых – 198 человек, из них …», «Наставников: 151»: a sentence that opens with the people it
# counts and their number states their total
NOUN_FIRST = re.compile(r"^\s*(?:наставляем|наставник|наставническ\w*\s+пар)\w*\s*[-–—:]\s*\d", re.IGNORECASE)
# «участников», «человек» may be several groups at once (pupils and teachers): no total of one
TOTAL_HEADS = {"students", "teachers", "mentors", "mentees", "pairs", "young", "enterprises"}


def text_totals(sent: str, plan_doc: bool = False) -> list[TextClaim]:
    """«Всего по району вовлечено 1 234 обучающихся», «общее количество наставнических пар –
    179», «в роли наставляемых выступают 307 обучающихся» in a paragraph about the whole
    table: a number with the people (or pairs) it counts, to be compared with the total of
    that indicator over the document's tables. A sentence about one organization states no
    total."""
    from .headers import features_of, read_header

    if not (TOTALIZING.search(sent) or PARTICIPATE.search(sent) or FORMED.search(sent) or IN_ROLE.search(sent)
            or NOUN_FIRST.search(sent) or FORM_PARTICIPATE.search(sent)) \
            or re.search(r"№\s*\d", sent) \
            or _names_an_org(sent):
        return []
    out = []
    nums = numbers(sent)
    parts = {p for c in compositions(sent) for p in c.extra["parts"]}  # parts of a whole are no totals
    inside = [(b.start(), b.end()) for b in re.finditer(r"\([^()]*\)", sent)]
    for k, n in enumerate(nums):
        if _age_or_year(sent, n) or n.next_lemmas[:1] == ["%"] or n.value != int(n.value):
            continue
        if n.value in parts and not (n.next_lemmas[:1] and n.next_lemmas[0] in ("наставник", "наставляемый", "наставлять")
                                     and re.match(r"\s*всего\b", sent, re.IGNORECASE)):
            # «Всего наставляемых – 509: 479 обучающихся и 30 педагогов»: the mentees of the forms whose
            # mentee is a pupil (or a teacher), when the tables count mentees by form
            role = {"students": "ученик", "teachers": "учитель"}.get(features_of(
                " ".join(re.findall(r"[а-яё]+", sent[n.end: n.end + 30])[:1])).head)
            if role and re.search(r"наставляем\w*\s*(?:[-–—:]|,\s*из\s+них)", sent[: n.start], re.I):
                out.append(TextClaim("sum", n.value, quote_around(sent, n.start, n.end),
                                     {"indicator": "mentees", "form": "", "mentee_role": role}))
            continue  # a part of a whole is no total — unless «Всего …: 313 наставников и 546 наставляемых»
        if any(a < n.start < b for a, b in inside):
            continue
        if n.next_lemmas[:1] == ["из"] or any(x in ORG_NOUNS for x in n.next_lemmas[:3]):
            continue  # «в 7 из 10 ОО», «в 12 школах»: organizations, not people
        # what the number counts: the words right after it, else the clause before it (from the
        # number before, so that «728 обучающихся и 91 педагогов» gives 91 its own noun)
        # («3 146 обучающихся при плане 3 138»: «при …» begins another number's phrase)
        after = re.match(r"(?:\s*(?!при\b)[а-яё]+){0,3}", sent[n.end:]).group(0)
        start = nums[k - 1].end if k else 0
        pieces = re.split(r"[,;:()]|\s[-–—]\s", sent[start: n.start])
        before = pieces[-1]
        if not before.strip() and len(pieces) > 1:  # «Общее количество пар – 179»: the label before the dash
            before = pieces[-2]
        f_after = features_of(after)
        f_before = features_of(before)
        if not f_after.head and not f_before.head and re.match(r"\s*чел", sent[n.end:]) and TOTALIZING.search(before):
            # «…, всего 31 чел.»: the people the sentence is about
            subject = _indicator_named(sent[: n.start])
            if subject and subject != "students_involved":
                out.append(TextClaim("sum", n.value, quote_around(sent, n.start, n.end),
                                     {"indicator": subject, "form": ""}))
            continue
        if f_after.head:
            if f_after.head not in TOTAL_HEADS | {"participants"}:
                continue
            # the noun after the number decides; a role said before it still counts
            # («в роли наставников – 49 обучающихся»)
            phrase = f"{before} {after}" if not f_before.head or (f_before.role and not f_after.role) else after
        else:
            phrase = before
        role_said = IN_ROLE.match(sent)
        if role_said and n.start == role_said.end() - 1:  # «Наставниками … выступают 67 педагогов»: 67 mentors
            phrase = "наставляемых" if re.search(r"наставляем", role_said.group(0), re.IGNORECASE) else "наставников"
        f = features_of(phrase)
        if not f.head and f.role in ("mentor", "mentee") and re.search(r"\bв\s+роли\b", phrase, re.IGNORECASE) \
                and re.search(r"в\s+роли\s+[а-яё]+\s*[-–—:]?\s*$", sent[start: n.start], re.IGNORECASE):
            phrase = {"mentor": "наставников", "mentee": "наставляемых"}[f.role]  # «в роли наставляемых – 399»
            f = features_of(phrase)
        # «планируется вовлечь 220 участников»; in a приказ whose table is the plan, its participants
        planned = f.head == "participants" and ("plan" in f.flags or plan_doc) or (
            plan_doc and f.head in PEOPLE_HEADS and f.measure != "share"
            and re.search(r"\b(?:обеспечить|вовлечь|охватить)\b[^.;]{0,80}\bне\s+менее\s*$", sent[: n.start], re.I))
        # («обеспечить вовлечение … не менее 2 575 обучающихся»: what an act orders is its plan)
        if (f.head not in TOTAL_HEADS and not planned) or f.measure == "share":
            continue
        r = read_header(re.sub(r"\b(?:всего|итого|общ\w+)\b", "", phrase, flags=re.IGNORECASE))
        if planned and plan_doc and not (r.understood and r.indicator.code == "planned_participants"):
            r = read_header("планируемое количество участников")
        if not r.understood or r.indicator.unit == "percent":
            continue
        # the form said of this number: in its own clause («555 пар, из них 465 – в форме «ученик –
        # ученик»»: the form is the part's, not the whole's)
        clause = re.split(r"[,;]|\s[-–—]\s", sent[n.end:])[0]
        own = find_forms(sent[start: n.start].rsplit(",", 1)[-1] + clause)
        forms = own if own or re.search(r"\bиз\s+(?:них|которых)\b", sent[n.end:]) else find_forms(sent)
        out.append(TextClaim("sum", n.value, quote_around(sent, n.start, n.end),
                             {"indicator": r.indicator.code, "form": forms[0] if len(forms) == 1 else ""}))
    return out


def _names_an_org(sent: str) -> bool:
    return any(looks_like_org(w) for w in re.findall(r"\b(?:МБОУ|МАОУ|МОУ|МКОУ|МОБУ|ГБОУ|СОШ|ООШ|лице\w+|гимнази\w+)\b",
                                                      sent))


# --- a whole and its parts ----------------------------------------------------------------

PARTS_OPEN = re.compile(r"\s*(?:\(|,?\s*(?:из\s+них|в\s+том\s+числе|в\s+т\.\s?ч\.)\s*:?|=|:)\s*")


FROM_WHOLE = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?из\s+(?P<w>\d+)\s+", re.IGNORECASE)


def _whole_then_shares(sent: str, nums: list) -> list[TextClaim]:
    """«Из 2 549 обучающихся на долю средних школ приходится 1 991 чел., на гимназию и лицей –
    445 чел., на основные школы – 113 чел.»: the whole named first, its parts after, each a
    number of people."""
    m = FROM_WHOLE.match(sent)
    if not m:
        return []
    whole = next((n for n in nums if n.start == m.start("w")), None)
    if whole is None:
        return []
    parts = [n for n in nums if n.start > whole.end and n.next_lemmas[:1] != ["%"] and not _age_or_year(sent, n)
             and not re.search(r"\(\s*$", sent[: n.start])
             and (re.match(r"\s*(?:чел|[-–—]\s)", sent[n.end:]) or _counts_people(n)
                  or features_of_text(re.split(r"[,;(]", sent[n.end:])[0]).role)]
    if len(parts) < 2 or any(p.value >= whole.value for p in parts) or re.search(r"\bиз\s+них\b", sent, re.I):
        return []
    return [TextClaim("composition", whole.value, collapse(sent[whole.start: parts[-1].end + 5]),
                      {"parts": [p.value for p in parts]})]


def compositions(sent: str) -> list[TextClaim]:
    """«164 (115 наставляемых и 49 наставников)», «1390 = 1029 + 361», «899 обучающихся, из
    них: 694 – наставляемых и 205 – наставников», «77 пар (51 + 26)»."""
    out = []
    nums = numbers(sent)
    for i, w in enumerate(nums):
        if _age_or_year(sent, w) or w.next_lemmas[:1] == ["%"]:
            continue
        # the parts may open right after the whole, after its noun, or after a bracket about it
        # («899 обучающихся (13% от …), из них: …»)
        words = re.match(r"(?:\s*(?:чел\.|[а-яё]+)){0,4}", sent[w.end:]).end()  # «401 чел., из них …»
        bracket = re.match(r"(?:\s*[а-яё]+){0,4}\s*\([^()]{0,160}\)", sent[w.end:])
        for at in dict.fromkeys([w.end, w.end + words] + ([w.end + bracket.end()] if bracket else [])):
            opener = PARTS_OPEN.match(sent, at)
            if not opener:
                continue
            limit = sent.find(")", opener.end()) if opener.group(0).strip().startswith("(") else -1
            parts, pos = _parts(sent[: limit] if limit > 0 else sent, nums, i, opener.end())
            if len(parts) < 2 and limit < 0:
                parts, pos = _labelled_parts(sent, opener.end())
            if len(parts) >= 2 and all(p < w.value for p in parts):
                out.append(TextClaim("composition", w.value, collapse(sent[w.start: pos + 1]), {"parts": parts}))
                break
    if not out:
        out = _whole_then_shares(sent, nums)
    if not out:
        out = _enumeration(sent, nums)
    return out


LABELLED_PART = re.compile(r"[^\d]{3,80}?\s[-–—]\s*(\d+)(?![\d,%]|\.\d)\s*(?:чел\.?|пар\w*|человек)?\s*(?:\([^()]*\))?\.?")


def _labelled_parts(sent: str, pos: int) -> tuple[list[float], int]:
    """Parts each named first, its number after a dash: «из них в форме «ученик – ученик» – 167
    (65,5% …), «учитель – учитель» – 22, «студент – ученик» – 28»; every item up to the end of
    the sentence must be such a part."""
    parts: list[float] = []
    end = pos
    for item in _top_items(sent[pos:]):
        t = join_thousands(item.strip())
        if not t:
            continue
        m = LABELLED_PART.fullmatch(t)
        if not m:
            return [], pos
        parts.append(to_float(m.group(1)))
        end = sent.find(item.strip(), end) + len(item.strip())
    return parts, end


def _top_items(text: str, clauses: bool = False) -> list[str]:
    """Items of an enumeration at bracket depth 0 (commas inside «…» or (…) are the item's);
    `clauses`: a «;» after items that open with their numbers ends the enumeration (what follows
    is another clause: «…, 11 – «работодатель – ученик»; в среднем 17,9 на одну организацию»)."""
    items, buf, depth = [], "", 0
    for part in re.split(r"(«|»|\(|\)|,|;|\s+и\s+)", text):
        if part in ("«", "("):
            depth += 1
        elif part in ("»", ")"):
            depth = max(0, depth - 1)
        if depth == 0 and (part in (",", ";") or re.fullmatch(r"\s+и\s+", part or "")):
            items.append(buf)
            buf = ""
            if clauses and part == ";" and len(items) >= 2 and all(re.match(r"\s*\d", i) for i in items):
                return items
            continue
        buf += part or ""
    items.append(buf)
    return items


def _enumeration(sent: str, nums: list[Num]) -> list[TextClaim]:
    """A whole, a colon, then items each opening with its number: «26 специалистов …: 15 – в форме
    «работодатель – ученик» (…) и 11 – в форме …»; or the items, then «итого 177 чел.»."""
    colon = sent.find(":")
    if colon < 0:
        return []
    head = [x for x in nums if x.end <= colon and not _age_or_year(sent, x) and x.next_lemmas[:1] != ["%"]
            and x.value == int(x.value) and "." not in sent[x.end: colon]]
    parts, end = [], colon + 1
    total = None
    for item in _top_items(sent[colon + 1:], clauses=True):
        t = item.strip()
        m = re.match(r"(?:итого|всего)\s*[-–—:]?\s*(\d+)\b", t, re.IGNORECASE)
        if m and len(parts) >= 2:
            total = to_float(m.group(1))
            end = sent.find(t, end) + len(t)
            break
        m = re.match(r"(\d+)(?![\d.,%])\s*(?:[-–—]\s*)?[а-яё«]", t)
        # «по форме «ученик – ученик» – 1 325»: the item's label first, its number after a dash
        labelled = re.fullmatch(r"[^\d]{3,80}?\s[-–—]\s*(\d+)(?![\d,%]|\.\d)\s*(?:чел\.?|пар\w*|человек)?\.?", t)
        if labelled and (parts or not m):
            parts.append(to_float(labelled.group(1)))
            end = sent.find(t, end) + len(t)
            continue
        if parts and not re.match(r"\d", t) and t:
            if re.search(r"\d", t):
                return []  # «…, а также в 2 учреждениях …»: a part worded otherwise — not read
            continue  # a comma inside an item's long description («предприятий, организаций и …»)
        if not m or re.match(r"\d+\s*(?:лет|год|%)", t):
            break
        parts.append(to_float(m.group(1)))
        end = sent.find(t, end) + len(t)
    if len(parts) < 2:
        return []
    whole = total if total is not None else (head[-1].value if head else None)
    if whole is None or not all(p < whole for p in parts):
        return []
    start = head[-1].start if total is None and head else colon + 1
    return [TextClaim("composition", whole, collapse(sent[start: end]), {"parts": parts})]


def _parts(sent: str, nums: list[Num], i: int, pos: int) -> tuple[list[float], int]:
    """The numbers listed from `pos` on («115 наставляемых и 49 наставников», «51 + 26»)."""
    parts: list[float] = []
    j = next((k for k in range(i + 1, len(nums)) if nums[k].start >= pos), len(nums))
    while j < len(nums) and nums[j].start - pos < 40 and nums[j].end <= len(sent):
        x = nums[j]
        between = sent[pos: x.start]
        if not re.fullmatch(r"\s*(?:[-–—]\s*)?(?:и|\+|,|;)?\s*(?:[-–—]\s*)?", between) and parts:
            break
        if x.next_lemmas[:1] == ["%"] or _age_or_year(sent, x):
            break
        parts.append(x.value)
        words = re.match(r"\s*(?:[-–—]\s*)?(?:[а-яё]+\s*){0,3}", sent[x.end:])
        pos = x.end + (words.end() if words else 0)
        note = re.match(r"\s*\([^()\d]*\)", sent[pos:])  # «360 обучающихся (формы «…», «…») и 41 педагог»
        if note:
            pos += note.end()
        # «2 855 обучающихся – 11,3% от общей численности … (27 798 чел.), и 424 педагогов»: the part's share
        # said in passing, up to the next part
        share = re.match(r"\s*(?:[-–—]|,\s*что\s+составляет)\s*\d+(?:[.,]\d+)?\s*%[^;()\d]*?(?:\([^()]*\))?"
                         r"(?=\s*,?\s*(?:и|а\s+также)\s+\d)", sent[pos:])
        if share:
            pos += share.end()
            pos += len(re.match(r"\s*,?", sent[pos:]).group(0))
        j += 1
        while j < len(nums) and nums[j].start < pos:
            j += 1  # the numbers of a skipped share
    return parts, pos


# --- lists of organizations ---------------------------------------------------------------

ITEM_SPLIT = re.compile(r"\s*[,;]\s*|\s+и\s+")
# «Образовательные организации № 16», «ОО №5», «школа №7» with no type of its own
GENERIC_NUMBERED = re.compile(r"^(?:образовательн\w*\s+)?(?:организаци\w*|учреждени\w*|ОО|ОУ)\s*№\s*(\d+[а-я]?)$",
                              re.IGNORECASE)


def org_list(text: str) -> list[str]:
    """The organizations an enumeration names, from its start: «СОШ № 3, 7 и 12» → ['СОШ № 3',
    '7', '12']; «МБОУ лицей № 4, МАОУ «Гимназия № 14», МБОУ СОШ № 16 с. Александровка» → three
    names. It ends where an item is no organization."""
    text = text.strip()
    # commas inside quotes or a name's tail belong to the name
    items, buf, depth, closed = [], "", 0, False
    for part in re.split(r"(«|»|\(|\)|,|;|\s+и\s+)", text):
        if part in ("«", "("):
            depth += 1
        elif part == ")" and depth == 0:
            break  # the bracket a list stood in closes: «в 2 ОО (ООШ №3, ООШ №6) реализуется …»
        elif part in ("»", ")"):
            depth = max(0, depth - 1)
        if depth == 0 and (part in (",", ";") or re.fullmatch(r"\s+и\s+", part or "")):
            items.append(buf)
            buf = ""
            if closed and part == ";":
                break  # «… Гимназия № 6 и колледж; ДДТ реализует …»: «и» closed the list
            closed = part not in (",", ";")
            continue
        buf += part or ""
    items.append(buf)
    # «Иволгинская, Сотниковская и Ганзуринская СОШ»: the type said once, after the last name
    for i, raw in enumerate(items):
        if re.fullmatch(r"\s*[А-ЯЁ][а-яё]+(?:ая|ий|ое)\s*", raw or ""):
            typed = next((m for it in items[i + 1:] if (m := re.match(
                r"\s*[А-ЯЁ][а-яё]+(?:ая|ий|ое)\s+(СОШ|ООШ|НОШ|СШ|ОШ|гимназия|школа)\b", it or ""))), None)
            if typed:
                items[i] = f"{raw.strip()} {typed.group(1)}"
    out: list[str] = []
    for raw in items:
        item = raw.strip().strip(".")
        item = re.sub(r"^(?:в|во|у|на\s+базе)\s+(?=[«\"№A-ZА-ЯЁ])", "", item)  # «– в МОУ …»
        item = re.sub(r"^№\s*№?\s*", "", item)
        if not item:
            continue
        if re.fullmatch(r"\d{1,4}[а-я]?", item):
            out.append(item)
            continue
        tail_number = re.match(r"(\d{1,4}[а-я]?)\s+[а-яё]", item)
        if re.fullmatch(r"\d{1,4}[а-я]?\s+" + PLACE_OF, item):
            out.append(item)  # «СОШ № 1, 2 с.п. Троицкое»: a number with its place
            continue
        if tail_number and out:  # «…, 7 активизировать работу»: the list's last number, then the text
            out.append(tail_number.group(1))
            break
        if re.match(r"^(?:(?:в|во|на|по|у)\s+)?\d+\s+[а-яё]", item):
            break  # «в 24 общеобразовательных школах»: a count, no name
        if re.fullmatch(r"(?:колледж|техникум|лицей|гимназия|детский\s+сад)", item.lower()):
            out.append(item)  # «Гимназия № 6 и колледж»: the document's only one of that type
            continue
        generic = GENERIC_NUMBERED.match(item)
        if generic:  # «образовательные организации №16»: the number is the name
            out.append(generic.group(1))
            continue
        # the name ends at a dash, a bracket or a colon — not at the dash of «МБОУ – СОШ № 3»
        cut = re.split(r"(?<!ОУ)\s+(?:–|—|-)\s+|\s+\(|:\s", item)[0].strip()
        ends = re.match(r"(.*?(?:№\s*\d+[а-я]?\b|»))\s+(?!(?:с|п|д|х|ст|г|пос|пгт|рп|р\.п|им|имени|ул)\b\.?)[а-яё]",
                        cut)
        placed = re.match(r"(.*?" + PLACE_OF + r")\s+[а-яё]", cut)
        if placed and not re.search(r"№\s*\d|»|\b(?:[СОН]ОШ|СШ|ОШ)\b", re.sub(PLACE_OF + r"$", "", placed.group(1))):
            placed = None  # «МБОУ г. Иркутска лицей № 2»: the place stands inside the name
        if placed and (not ends or len(placed.group(1)) > len(ends.group(1))):
            cut = placed.group(1)  # «СОШ № 1 с.п. Нестеровское во взаимодействии …»: the name ends at its place
        elif ends:  # «МБОУ ЕСОШ № 1 включает семь этапов»: the name ends at its number or quote
            cut = ends.group(1)
        else:  # «МБОУ Ивановская ООШ молодых специалистов нет»: or at the type after a village's name
            ends = re.match(r"(.*?[А-ЯЁ][а-яё]+\s+(?:СОШ|ООШ|НОШ|СШ|ОШ|ЦО)\b)\s+(?!(?:с|п|д|х|ст|г|пос|пгт|рп|р\.п|им|"
                            r"имени|ул|с\s+углубл\w*)\b\.?)[а-яё]", cut)
            if ends:
                cut = ends.group(1)
        # a name starts with a capital, a quote, a number or a type word — not «во всех 11 школах»
        starts_as_name = re.match(r"[«\"№\dA-ZА-ЯЁ]", cut) or re.match(
            r"(?:средн\w+\s+|основн\w+\s+|начальн\w+\s+)?(?:школ|лице|гимнази|сош|оош|нош|сш|детск|центр|дом|филиал)", cut)
        if not re.search(r"[\d«\"A-ZА-ЯЁ]", cut):
            break  # «в гимназиях и лицеях», «в средних школах»: kinds of organization, no names
        if starts_as_name and len(cut.split()) <= 8 and (
                looks_like_org(cut) or re.fullmatch(r"[^\d]{0,40}№\s*\d+[а-я]?", cut)):
            out.append(cut)
            continue
        break
    return _spread_places(out)


PLACE_OF = r"(?:с\.\s?п\.|р\.\s?п\.|с\.|п\.|пгт\.?|г\.|ст\.|х\.|д\.|пос\.)\s*[А-ЯЁ][\w-]+"


def _spread_places(items: list[str]) -> list[str]:
    """«СОШ № 1, 2 с.п. Троицкое»: the place and the type of the last item of a run of numbers
    belong to each of them → «СОШ № 1 с.п. Троицкое», «СОШ № 2 с.п. Троицкое»."""
    out = list(items)
    for i, it in enumerate(out):
        m = re.fullmatch(r"(\d{1,4}[а-я]?)\s+(" + PLACE_OF + r")", it)
        if not m or i == 0:
            continue
        typed = re.match(r"(.*?№\s*)\d", out[i - 1])
        if not typed or re.search(PLACE_OF, out[i - 1]):
            continue
        out[i] = f"{typed.group(1)}{m.group(1)} {m.group(2)}"
        j = i - 1
        while j >= 0 and re.fullmatch(r"(?:.*?№\s*)?\d{1,4}[а-я]?", out[j]) and not re.search(PLACE_OF, out[j]):
            out[j] = (out[j] if "№" in out[j] else f"{typed.group(1)}{out[j]}") + " " + m.group(2)
            j -= 1
    return out


# «на эту форму приходится 73,1% всех наставляемых», «(форма «ученик – ученик») составляют 75,1% от
# общего числа наставников», «70,9% всех пар»: one form's part of everyone of the document
FORM_SHARE = re.compile(r"(?<![\d.,])(?P<p>\d+(?:[.,]\d+)?)\s*%\s*(?:от\s+)?(?:всех|общего\s+числа\s+всех|общего\s+(?:числа|количества)|"
                        r"общей\s+численности|числа\s+всех)\s+(?P<noun>[а-яё]+(?:\s+[а-яё]+)?)", re.IGNORECASE)
THIS_FORM = re.compile(r"\b(?:эт|данн)\w+\s+форм", re.IGNORECASE)
# «на форму «ученик – ученик» – 200 пар (70,9%)»: the part counted, its share of all in brackets
FORM_PART = re.compile(r"(?<![\d.,])(?P<n>\d+)\s+(?P<noun>[а-яё]+)\s*\(\s*(?P<p>\d+(?:[.,]\d+)?)\s*%\s*\)",
                       re.IGNORECASE)


def form_shares(sent: str, before: str = "") -> list[TextClaim]:
    """A share of one form in a whole the tables count by form: the form named before the
    percent in the sentence (or, for «эту форму», in the sentence before), the whole named after it."""
    from .headers import read_header

    out = []
    for m in FORM_SHARE.finditer(sent):
        variants = _variants_in(sent[: m.start()])
        if variants and re.search(r"\b(?:эт|данн)\w+\s+форм", sent[m.start("noun"): m.end() + 15]):
            # «вариант «успевающий – неуспевающий» – 344 участника, или 59,8% от всех участников этой формы»
            r = read_header(m.group("noun"))
            if r.understood:
                out.append(TextClaim("share", to_float(m.group("p")), quote_around(sent, m.start(), m.end()),
                                     {"variant_share": variants[-1], "indicator": r.indicator.code,
                                      "decimals": decimals(m.group("p"))}))
            continue
        forms = find_forms(sent[: m.start()])
        if THIS_FORM.search(sent[: m.start()]) and not forms:
            forms = find_forms(before[-300:])[-1:]
        if len(set(forms)) != 1:
            continue
        r = read_header(m.group("noun"))
        if not r.understood or r.indicator.code not in ("mentees", "mentors", "pairs", "program_participants"):
            continue
        out.append(TextClaim("share", to_float(m.group("p")), quote_around(sent, m.start(), m.end()),
                             {"form_share": forms[0], "indicator": r.indicator.code, "decimals": decimals(m.group("p"))}))
    for m in FORM_PART.finditer(sent):
        forms = find_forms(sent[: m.start()])
        if len(set(forms)) != 1 or re.search(r"\bиз\s+\d+", sent[m.end(): m.end() + 20]):
            continue
        r = read_header(m.group("noun"))
        if not r.understood or r.indicator.code not in ("mentees", "mentors", "pairs", "program_participants"):
            continue
        out.append(TextClaim("share", to_float(m.group("p")), quote_around(sent, m.start(), m.end()),
                             {"form_share": forms[0], "indicator": r.indicator.code, "decimals": decimals(m.group("p")),
                              "part": to_float(m.group("n"))}))
    return out

