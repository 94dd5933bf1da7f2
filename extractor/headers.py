"""Reading a column heading by what it says, not by how it is spelled.

A heading path (parent cells, the leaf, and the caption or section title above the table)
is turned into features: the measure (count, share, mean), the head — the counted noun, the
first one not governed by a preposition or a participle —, the role the people play
(mentor, mentee) and qualifiers (involved, total, plan, from an enterprise, young, a subset
«из них»). Which indicator those features make is data (normalizers/vocab/indicators.toml):
every rule whose conditions all hold fits, and the fitting rule with the most conditions
decides. A heading that fits no rule keeps a generic code and is reported as not understood.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from normalizers.text import fold, slug
from normalizers.vocab import Token, indicators, lexicon, quantity_participles, tokenize


@dataclass(frozen=True)
class Indicator:
    code: str
    unit: str


@dataclass(frozen=True)
class Features:
    measure: str = ""  # count | share | mean | ''
    head: str = ""  # students | teachers | mentors | mentees | pairs | forms | enterprises | ...
    role: str = ""  # mentor | mentee | ''
    flags: frozenset[str] = field(default_factory=frozenset)  # involved, total, plan, ...
    unit: str = ""  # persons | percent | count | '' as the heading states it
    other_nouns: bool = False  # nouns the vocabulary does not know («мероприятий»): the heading names its own

    def describe(self) -> str:
        parts = [f"мера={self.measure or '—'}", f"кто={self.head or '—'}"]
        if self.role:
            parts.append(f"роль={self.role}")
        if self.flags:
            parts.append("+" + ",".join(sorted(self.flags)))
        return " ".join(parts)


@dataclass(frozen=True)
class Reading:
    indicator: Indicator
    understood: bool
    features: Features
    form: str = ""  # a form the reading implies («наставников от предприятий» → работодатель-ученик)
    why: str = ""  # the rule that decided, for `spravki show`


# Which measure wins when a heading names several («доля … от общего количества»).
MEASURE_RANK = {"share": 3, "mean": 2, "count": 1}
# People counted who can play a role: «обучающихся-наставников», «педагогов в роли наставника».
PEOPLE = {"students", "teachers", "young", "participants"}
ROLE_OF_ENTITY = {"mentors": "mentor", "mentees": "mentee"}
GENERIC_HEADS = {"participants"}
SCHOOL_WORDS = {"общеобразовательный", "образовательный", "школа", "организация", "учреждение"}


@dataclass
class _Span:
    kind: str
    value: str
    start: int
    end: int


def _spans(tokens: list[Token]) -> list[_Span]:
    """Vocabulary phrases found in the tokens, longest first, without overlaps."""
    lex = lexicon()
    out: list[_Span] = []
    i = 0
    while i < len(tokens):
        cands = {id(ph): ph for lem in tokens[i].lemmas for ph in lex.phrases.get(lem, ())}.values()
        hits = [ph for ph in cands if ph.matches(tokens, i)]
        if not hits:
            i += 1
            continue
        n = max(len(ph.lemmas) for ph in hits)
        # every meaning of the longest phrase: «численность» is a count and says «all of them»
        for ph in hits:
            if len(ph.lemmas) == n and not any(s.kind == ph.kind and s.value == ph.value and s.start == i
                                               for s in out):
                out.append(_Span(ph.kind, ph.value, i, i + n))
        i += n
    return out


@lru_cache(maxsize=20000)
def features_of(text: str) -> Features:
    tokens = tokenize(quantity_participles().sub("", text))
    spans = _spans(tokens)
    lex = lexicon()
    measure = ""
    flags: set[str] = set()
    role = ""
    unit = ""
    entities: list[_Span] = []
    for s in spans:
        if s.kind == "measure":
            if s.value == "mean" and s.end < len(tokens) and tokens[s.end].lemma in SCHOOL_WORDS:
                continue  # «Средние общеобразовательные школы»: a level of school, not a mean
            if MEASURE_RANK[s.value] > MEASURE_RANK.get(measure, 0):
                measure = s.value
        elif s.kind == "qualifier":
            flags.add(s.value)
        elif s.kind == "role":
            role = role or s.value
        elif s.kind == "unit":
            unit = unit or s.value
        elif s.kind == "entity":
            if s.value == "young":
                flags.add("young")
            entities.append(s)
    if unit == "percent" and not measure:
        measure = "share"
    head = ""
    head_span = None
    for s in entities:
        if not _governed(tokens, s.start, lex.govern):
            head, head_span = s.value, s
            break
    # «Средние общеобразовательные школы / Пар (групп), ед.»: a group of the rows over the columns;
    # what is counted is named after it
    if head == "organizations" and head_span is not None and head_span.start <= 2 \
            and not any(t.lemma in lex.govern or t.text.isdigit() for t in tokens[: head_span.start]):
        later = next((s for s in entities if s.start > head_span.start and s.value in PEOPLE | {"mentors", "mentees", "pairs"}
                      and not _governed(tokens, s.start, lex.govern)), None)
        if later is not None:
            head, head_span = later.value, later
    # «участники» is everyone: a more specific people noun after it says who is counted
    # («Количество участников ЦМН, чел. / Вовлечено обучающихся»)
    if head in GENERIC_HEADS and head_span is not None:
        for s in entities:
            if s.start > head_span.start and s.value in PEOPLE - GENERIC_HEADS | {"mentors", "mentees"} \
                    and not _governed(tokens, s.start, lex.govern):
                head, head_span = s.value, s
                break
    # a role word that qualifies the people counted: «обучающихся-наставников», «обучающихся
    # 15–19 лет – наставников», «наставляемых обучающихся», «учителей – молодых специалистов»
    if head_span is not None:
        for s in entities:
            if s is head_span or _governed(tokens, s.start, lex.govern):
                continue
            adjacent = s.start == head_span.end or s.end == head_span.start
            if head in PEOPLE and s.value in ROLE_OF_ENTITY and not role and s.start > head_span.start:
                role = ROLE_OF_ENTITY[s.value]
            elif adjacent and head in ROLE_OF_ENTITY and s.value in PEOPLE and not role:
                role = ROLE_OF_ENTITY[head]
                head = s.value
            if adjacent and s.value == "young" and head == "teachers":
                head = "young"
    if head in ROLE_OF_ENTITY and not role:
        role = ROLE_OF_ENTITY[head]
    covered = {i for s in spans for i in range(s.start, s.end)}
    other = any(t.pos == "NOUN" and i not in covered and len(t.text) > 3 for i, t in enumerate(tokens))
    return Features(measure, head, role, frozenset(flags), unit, other)


def _governed(tokens: list[Token], i: int, govern: frozenset[str]) -> bool:
    """A noun inside a prepositional phrase («в различные формы», «от предприятий») is not
    what the heading counts."""
    if tokens[i].joined:
        return False
    j = i - 1
    while j >= 0 and tokens[j].pos in ("ADJF", "PRTF", "NUMR") and not tokens[j].joined:
        j -= 1
    return j >= 0 and tokens[j].lemma in govern


def _positive(want) -> bool:
    return want is not False and want != ""


def _fits(rule: dict, f: Features, in_plan: bool) -> bool:
    for key, want in rule.items():
        if key == "form":
            continue
        if key == "measure":
            have = f.measure
        elif key == "head":
            have = f.head or "none"
        elif key == "role":
            have = f.role
        elif key == "in_plan_document":
            have = in_plan
        else:
            have = key in f.flags
        if have != want:
            return False
    return True


def decide(f: Features, in_plan: bool = False) -> tuple[str, dict] | None:
    """The indicator whose most specific fitting rule is the most specific of all; None when
    no rule fits, or when two indicators fit equally well (then it is not guessed)."""
    best: list[tuple[int, str, dict]] = []
    for code, d in indicators().items():
        # a share is a percentage and a count is not: the measure must agree with the unit
        if (f.measure == "share") != (d.unit == "percent"):
            continue
        for rule in d.rules:
            if _fits(rule, f, in_plan):
                # negative conditions («involved = false») only filter; what a rule asks to
                # be there makes it specific
                n = len([k for k, v in rule.items() if k != "form" and _positive(v)])
                best.append((n, code, rule))
    if not best:
        return None
    best.sort(key=lambda x: (-x[0], "form" not in x[2]))  # equally specific: the one that says more
    top = [b for b in best if b[0] == best[0][0]]
    if len({b[1] for b in top}) > 1:
        return None
    return top[0][1], top[0][2]


def merge_context(f: Features, ctx: Features) -> Features:
    """Fill what a heading leaves unsaid from the caption or section above its table: the
    counted noun, and for a share its role (a section that names the role decides a share
    whose heading was copied from the table before)."""
    head, role, flags = f.head, f.role, set(f.flags)
    if not head and ctx.head and ctx.head not in ("organizations", "forms", "variants"):
        head = ctx.head
        if not role and ctx.head in ROLE_OF_ENTITY:
            role = ROLE_OF_ENTITY[ctx.head]
    if f.measure == "share" and ctx.role and ctx.role != role:
        role = ctx.role
    if f.measure == "share" and "young" in ctx.flags and head in ("", "teachers", "young"):
        flags.add("young")
    return replace(f, head=head, role=role, flags=frozenset(flags))


@lru_cache(maxsize=20000)
def read_header(header: str, section: str = "", values_percent: bool = False, in_plan: bool = False,
                inherit: Features | None = None) -> Reading:
    """What one column heading (its whole path, parents first) says, with the section title
    above the table as context and `inherit` the features of the column on its left (for
    «из них» headings that name no noun of their own)."""
    f = features_of(header)
    if values_percent and not f.measure:
        f = replace(f, measure="share")
    # «из них …», «Доля, %», «всего» beside a column that names its noun: the same people
    # (a bare «Всего» is all of the columns before it, not the last one)
    if not f.head and inherit is not None and "total" not in f.flags and not f.other_nouns and (
            "subset" in f.flags or f.measure in ("", "share")):
        f = replace(f, head=inherit.head, flags=f.flags | (inherit.flags & {"young"}))
    elif inherit is not None and "young" in inherit.flags and ("subset" in f.flags or (f.role == "mentee" and not f.head)):
        # «Молодых специалистов | из них наставляемые», «Молодых специалистов | Закреплены за наставниками»
        f = replace(f, head=f.head or inherit.head, flags=f.flags | {"young"})
    if f.measure == "share" and not f.role and inherit is not None and inherit.role and inherit.measure != "share" \
            and f.head in ("", inherit.head, "students"):
        # «обучающиеся / в роли наставника, чел. | доля, %»: the share of the people counted on its left
        f = replace(f, role=inherit.role)
    if section:
        clause = _context_clause(section)
        ctx = features_of(clause)
        # a caption that names both roles («наставляемых … и наставников») decides neither
        roles = {features_of(part).role for part in re.split(r"\s+и\s+|,|\(|;", clause)} - {""}
        if len(roles) > 1:
            ctx = replace(ctx, role="")
        f = merge_context(f, ctx)
    hit = decide(f, in_plan)
    if hit is None:
        unit = "percent" if f.measure == "share" or f.unit == "percent" else "count"
        return Reading(Indicator(new_code(header, "share_pct" if unit == "percent" else "value"), unit),
                       False, f, why="не подходит ни одно правило")
    code, rule = hit
    d = indicators()[code]
    conds = ", ".join(f"{k}={v}" for k, v in rule.items() if k != "form")
    return Reading(Indicator(code, d.unit), True, f, form=rule.get("form", ""), why=conds)


def caption_of(section: str) -> str:
    """The sentence of the section text that is the table's caption (see _context_clause)."""
    return _context_clause(section)


def _context_clause(section: str) -> str:
    """The part of the section text that speaks about the table: its caption or last
    sentence, not the whole paragraph before it."""
    s = section.strip()
    parts = [p for p in re.split(r"(?<=[.!?:])\s+(?=[А-ЯЁA-Z0-9])", s) if p.strip()]
    for p in reversed(parts):  # the nearest sentence that says what is counted
        if features_of(p[-300:]).head not in ("", "organizations"):
            return p[-300:]
    return parts[-1][-300:] if parts else ""


def new_code(header: str, fallback: str) -> str:
    words = [w for w in re.findall(r"[а-яa-z]+", fold(header)) if len(w) > 2][:4]
    code = slug(" ".join(words)).replace("-", "_")
    return code or fallback


def classify(header: str, section: str = "", values_percent: bool = False, doc_is_plan: bool = False) -> Indicator:
    """The indicator a column heading names; a new snake_case code when none fits."""
    return read_header(header, section, values_percent, doc_is_plan).indicator


def role_of(text: str) -> str | None:
    """'mentee' / 'mentor' a text (a section title, a sentence) speaks of."""
    return features_of(text).role or None
