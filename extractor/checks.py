"""Checks: each claim recomputed from the document's own tables, with one Russian sentence
saying what was compared. A claim that cannot be recomputed is `unverifiable`, never dropped.

Rounding: a stated value with k decimals agrees when the recomputed one rounds to it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from normalizers.forms import find_forms
from normalizers.numbers import fmt
from normalizers.organizations import OrgName, parse_org, same_org
from normalizers.text import collapse, fold

from .claims import Claim, table_list_claims
from .facts import Fact, TableRead
from .formsummary import form_summary_checks, form_table_shares
from .model import Document
from .territory import territory_checks


@dataclass
class Check:
    check: str
    indicator: str
    subject: str
    stated: str
    computed: str
    status: str
    message: str
    location: str
    quote: str = ""  # the source text the claim was read from
    evidence: str = ""  # the cells or lines the computation used: 'table 2, rows 3–24, col 4'
    check_id: str = ""  # stable across rebuilds of the same document (a reviewer's verdict keeps to it)
    page: int | None = None  # 1-based page of the claim (PDF, scans)


def agrees(stated: float, computed: float, decimals: int = 0) -> bool:
    return abs(computed - stated) <= 0.5 * 10 ** (-decimals) + 1e-9


def _r(v: float, k: int = 2) -> str:
    return fmt(round(v, k))


class DocOrgs:
    """The organizations a document's tables name, and references resolved against them."""

    def __init__(self, facts: list[Fact]):
        self.names: list[str] = []
        self._clusters: list[str] = []
        self._by_number: dict = defaultdict(list)
        self.parsed: dict[str, OrgName] = {}
        self.key: dict[str, str] = {}  # raw name → cluster key (first raw name of the organization)
        self.buckets: dict[tuple, list[str]] = defaultdict(list)  # (type, number) → names: no n² scan
        self.listed: dict[str, set[str]] = {}  # forms a column of text names for each organization
        # two names in one table are two organizations: a table lists each of them once
        tables: dict[str, set[int]] = defaultdict(set)
        for f in facts:
            tables[f.org_name].add(f.part_of or f.table)  # a table split over parts is one table
        for f in facts:
            if f.org_name in self.key:
                continue
            p = parse_org(f.org_name)
            bucket = self.buckets[(p.org_type, p.number)]
            for other in bucket:
                if tables[other] & tables[f.org_name]:
                    continue
                if same_org(p, self.parsed[other]):
                    self.key[f.org_name] = self.key[other]
                    break
            else:
                self.key[f.org_name] = f.org_name
            bucket.append(f.org_name)
            self.names.append(f.org_name)
            self.parsed[f.org_name] = p

    @property
    def clusters(self) -> list[str]:
        if len(self._clusters) != len(self.key):
            self._clusters = list(dict.fromkeys(self.key.values()))
            self._by_number = defaultdict(list)
            for k in self._clusters:
                self._by_number[self.parsed[k].number].append(k)
        return self._clusters

    def label(self, key: str) -> str:
        p = self.parsed[key]
        if p.org_type == "additional-education" and p.number is None:
            return p.abbr.upper()
        if p.number is not None:
            return str(p.number)
        return key

    def resolve(self, item: str) -> str | None:
        item = item.strip().strip("«»\"")
        if re.fullmatch(r"\d+", item):
            n = int(item)
            self.clusters  # noqa: B018 (refreshes the index by number)
            same_number = self._by_number.get(n, [])
            hits = [k for k in same_number if self.parsed[k].org_type != "additional-education"] or same_number
            if len(hits) > 1:
                hits = [k for k in hits if self.parsed[k].org_type == "school"] or hits
            return hits[0] if hits else None
        f = fold(item)
        for k in self.clusters:
            p = self.parsed[k]
            if p.abbr and p.abbr == f:
                return k
        p = parse_org(item)
        hits = [name for name in self.buckets.get((p.org_type, p.number), []) if same_org(p, self.parsed[name])]
        place = re.search(r"(?:с\.\s?п\.|р\.\s?п\.|с\.|п\.|пгт\.?|г\.|ст\.|х\.|д\.|пос\.)\s*([А-ЯЁ][\w-]+)", item)
        if place and len(hits) > 1:  # «СОШ № 1 с.п. Нестеровское» among several «СОШ № 1»: the one of that place
            stem = fold(place.group(1))[:5]
            hits = [h for h in hits if stem in fold(h)] or hits
        if hits:
            return self.key[hits[0]]
        if p.number is None and not p.proper and p.org_type in ("gymnasium", "lyceum", "kindergarten", "college"):
            # «Гимназия» alone: the document's only gymnasium
            of_type = [k for k in self.clusters if self.parsed[k].org_type == p.org_type]
            if len(of_type) == 1:
                return of_type[0]
        return None


def listed_forms(reads: list[TableRead], orgs: DocOrgs) -> dict[str, set[str]]:
    """The forms a column of text names for each organization («ученик – ученик; учитель –
    учитель»): a table that lists forms instead of counting by form."""
    out: dict[str, set[str]] = {}
    for r in reads:
        if not r.about_orgs:
            continue
        t = r.layout.table
        row_org = {f.row: f.org_name for f in r.facts if f.org_name in orgs.key}
        if not row_org:
            continue
        for col in r.layout.columns:
            if col.role in ("indicator", "total", "number", "org"):
                continue
            cells = {row: find_forms(t.value(row - 1, col.index)) for row in row_org}
            if sum(bool(v) for v in cells.values()) < 0.6 * len(cells):
                continue
            for row, forms in cells.items():
                out.setdefault(orgs.key[row_org[row]], set()).update(forms)
    return out


def run_checks(doc: Document, reads: list[TableRead], claims: list[Claim], md) -> list[Check]:
    facts = [f for r in reads for f in r.facts]
    orgs = DocOrgs([f for r in reads if r.about_orgs for f in r.facts])
    orgs.listed = listed_forms(reads, orgs)
    claims = claims + table_list_claims(reads)
    out: list[Check] = []
    labelled = facts + [f for r in reads if not r.facts for f in r.label_facts]  # a table of forms: its own sums
    for c in claims:
        fn = CHECKERS.get(c.kind)
        if fn is None:
            continue
        for check in fn(c, reads, labelled if c.kind == "sum" and not c.extra.get("text_total") else facts, orgs):
            check.quote = c.quote[:500]
            out.append(check)
    out += _cross_tables(reads, facts, orgs)
    out += form_summary_checks(reads, facts, orgs, Check)
    out += form_table_shares(reads, Check)
    out += territory_checks(reads, facts, orgs, Check)
    _identify(doc, reads, out)
    return out


LOCATION = re.compile(r"^(?:table (?P<t>\d+), row (?P<r>\d+)|line (?P<l>\d+))")


def _identify(doc: Document, reads: list[TableRead], checks: list[Check]) -> None:
    """Each check's stable id (from the document's content and where the claim stands, so a
    rebuild gives the same id), its page, and its evidence where the check did not name it."""
    import hashlib

    tables = {r.layout.table.index: r.layout.table for r in reads}
    lines = {p.line: p for p in doc.paragraphs}
    org_tables = ", ".join(str(r.layout.table.index) for r in reads if r.about_orgs)
    seen: dict[str, int] = {}
    for c in checks:
        m = LOCATION.match(c.location or "")
        if m and m.group("t") and int(m.group("t")) in tables:
            t, r = tables[int(m.group("t"))], int(m.group("r")) - 1
            c.page = t.page_of(r)
            if not c.quote and 0 <= r < t.n_rows:  # the row as printed: the claim is one of its cells
                c.quote = " | ".join(x for x in (t.value(r, k) for k in range(t.n_cols)) if x)[:500]
        elif m and m.group("l") and int(m.group("l")) in lines:
            c.page = lines[int(m.group("l"))].page
        if not c.evidence:
            c.evidence = f"{c.location}; таблицы {org_tables}" if org_tables and c.location.startswith("line") \
                else c.location
        key = "|".join([doc.sha256 or doc.source, c.check, c.indicator, c.location, c.subject])
        n = seen.get(key, 0)
        seen[key] = n + 1
        c.check_id = hashlib.sha256(f"{key}|{n}".encode()).hexdigest()[:12]


def _column_values(reads: list[TableRead], table: int, col: int) -> list[float]:
    return [f.value for r in reads for f in r.facts if f.table == table and f.col == col and f.value is not None]


def _rows_text(cells: list[tuple[int, int]], col: int) -> str:
    """'table 2, rows 3–24, col 4' (or several tables of one continued table)."""
    by: dict[int, list[int]] = defaultdict(list)
    for t, r in cells:
        by[t].append(r)
    parts = []
    for t, rows in sorted(by.items()):
        rows = sorted(rows)
        span = f"row {rows[0]}" if len(rows) == 1 else f"rows {rows[0]}–{rows[-1]}"
        parts.append(f"table {t}, {span}")
    return "; ".join(parts) + f", col {col}" if parts else ""


def _cells(facts, rows: list[tuple[int, int]], col: int, indicator: str | None = None) -> list[float]:
    want = set(rows)
    return [f.value for f in facts if (f.table, f.row) in want and f.value is not None
            and (f.col == col if indicator is None else f.indicator == indicator)]


def _table_cells(reads, rows: list[tuple[int, int]], col: int) -> list[float]:
    """Numbers of a column that holds no facts (a per-row «Всего» column), in the given rows."""
    from normalizers.numbers import parse_number

    tables = {r.layout.table.index: r.layout.table for r in reads}
    out = []
    for t, r in rows:
        table = tables.get(t)
        if table is None or r - 1 >= table.n_rows or col - 1 >= table.n_cols:
            continue
        p = parse_number(table.text(r - 1, col - 1))
        if p is not None and p.value is not None:
            out.append(p.value)
    return out


def _indicator_total(facts, code: str, form: str, tables: set[int] | None = None) -> tuple[list[float], str]:
    """The values an indicator's total adds up: its facts without a form; in a table per
    form, every form's (or the one named)."""
    pick = [f for f in facts if f.indicator == code and f.value is not None and not f.variant
            and (tables is None or f.table in tables)]
    plain = [f for f in pick if not f.form]
    chosen = [f for f in pick if f.form == form] if form else (plain or pick)
    where = ", ".join(sorted({f"table {f.table}" for f in chosen}))
    return [f.value for f in chosen], where


def _twin_tables(reads, table: int, part_of: int | None) -> set[int]:
    """The tables that are one table with this one: its continued parts, and tables with the
    very same column headings (halves printed side by side or one under the other)."""
    sig = {r.layout.table.index: tuple(c.header for c in r.layout.columns) for r in reads}
    mine = sig.get(table)
    return {r.layout.table.index for r in reads
            if r.part_of == part_of or (mine and sig[r.layout.table.index] == mine and r.about_orgs)}


def check_sum(c: Claim, reads, facts, orgs) -> list[Check]:
    e = c.extra
    if e.get("mentee_role"):
        role = e["mentee_role"]
        by_form = [f for f in facts if f.indicator == "mentees" and f.form and not f.variant and f.value is not None]
        if not by_form:
            return []  # the tables do not count mentees by form: pupils and teachers are not apart
        vals = [f.value for f in by_form if f.form.split("-")[-1] == role]
        forms = sorted({f.form for f in by_form if f.form.split("-")[-1] == role})
        return [_sum_result(c, vals, f"наставляемые форм {', '.join(forms)} ({len(vals)} значений)", "")]
    if e.get("text_total"):
        vals, where = _indicator_total(facts, e["indicator"], e.get("form", ""))
        if not vals and e.get("form"):
            # «В форме «ученик – ученик» участвуют 433 обучающихся» beside tables that count the form's
            # participants by variant: the form's participants, its variants added up
            parts = [f for f in facts if f.indicator == "program_participants" and f.form == e["form"]
                     and f.value is not None]
            vals, where = [f.value for f in parts], ", ".join(sorted({f"table {f.table}" for f in parts}))
        if not vals:
            return []  # nothing in the tables to add up: no claim about them
        return [_sum_result(c, vals, f"сумма показателя по таблицам ({len(vals)} значений)", where)]
    if e.get("row_total"):
        vals = [f.value for f in facts if f.table == e["table"] and f.row == e["row"] and f.col in e["parts"]
                and f.value is not None]
        what = f"сумма по строке ({len(vals)} столбцов)"
        evidence = f"table {e['table']}, row {e['row']}, cols {', '.join(str(p) for p in e['parts'])}"
        return [_sum_result(c, vals, what, evidence)]
    if e.get("unit") == "percent":
        return [_percent_total(c, facts)]
    # Which rows the total covers: a subtotal the rows since the total before it, a grand
    # total every row of the table (its continued parts too) or the subtotals before it.
    segment, covered, subtotals = e.get("segment") or [], e.get("covered") or [], e.get("subtotals") or []
    candidates = []
    types = _types_named(c.subject)
    if types:  # «Итого по общеобразовательным организациям»: the rows of that type
        row_type = {(f.table, f.row): orgs.parsed[f.org_name].org_type for f in facts if f.org_name in orgs.parsed}
        typed = [(t, r) for t, r in covered if row_type.get((t, r)) in types]
        if typed:
            candidates.append((typed, "строки организаций этого типа"))
    if e.get("later_totals") and segment:
        candidates.append((segment, "строки группы над итогом"))
    candidates.append((covered, "все строки таблицы"))
    if segment and segment != covered and not e.get("later_totals"):
        candidates.append((segment, "строки группы над итогом"))
    first = None
    for rows, how in candidates:
        vals = _cells(facts, rows, e["col"]) or _table_cells(reads, rows, e["col"])
        if not vals:
            continue
        what = f"сумма столбца «{e['header']}», {how} ({len(vals)})"
        result = _sum_result(c, vals, what, _rows_text(rows, e["col"]))
        first = first or result
        if result.status == "ok":
            return [result]
    if not e.get("later_totals"):
        # side-by-side halves (in one table, or printed as two tables with the same heading):
        # the total row adds up the indicator over every half
        tabs = _twin_tables(reads, e["table"], e.get("part_of"))
        vals, _ = _indicator_total(facts, c.indicator, e.get("form", ""), tabs)
        if vals and agrees(c.stated, sum(vals), e.get("decimals", 0)):
            return [_sum_result(c, vals, f"сумма показателя по всей таблице ({len(vals)} значений)",
                                _rows_text(covered, e["col"]))]
    if subtotals and not e.get("later_totals"):
        total = sum(subtotals)
        if agrees(c.stated, total, e.get("decimals", 0)):
            return [Check("sum", c.indicator, c.subject, fmt(c.stated), _r(total), "ok",
                          f"{c.subject.capitalize()} ({fmt(c.stated)}) совпадает с суммой промежуточных итогов "
                          f"({' + '.join(fmt(x) for x in subtotals)} = {_r(total)})", c.location,
                          evidence=f"table {e['table']}, промежуточные итоги, col {e['col']}")]
    if first is None:
        return [Check("sum", c.indicator, c.subject, fmt(c.stated), "", "unverifiable",
                      f"{c.subject.capitalize()} ({fmt(c.stated)}): не с чем сравнить — в таблице нет чисел",
                      c.location)]
    return [first]


# A total's label that names a type of organization: «Итого по общеобразовательным
# организациям», «Итого по УДО», «Всего по школам», «Итого по детским садам»
TYPE_LABELS = [
    (re.compile(r"дополнительн|\bудо\b|\bдо\b|\bцдо|\bддт|\bдшi?"), ("additional-education",)),
    (re.compile(r"детск\w+\s+сад|дошкольн|\bдоу\b"), ("kindergarten",)),
    (re.compile(r"общеобразовательн|школ|\bоо\b|\bоу\b|\bсош\b"), ("school", "lyceum", "gymnasium")),
]


def _types_named(label: str) -> tuple[str, ...] | None:
    f = fold(label)
    if not re.search(r"(?:итого|всего)\s+по\s+", f):
        return None
    tail = f.split(" по ", 1)[1]
    if re.search(r"сельск|городск|поселк|посёлк|микрорайон|округ", tail):
        return None  # «Итого по сельским ОО»: a group of rows (the rows above it), not a type
    for pat, types in TYPE_LABELS:
        if pat.search(tail):
            return types
    return None


def _sum_result(c: Claim, vals: list[float], what: str, evidence: str) -> Check:
    total = sum(vals)
    ok = agrees(c.stated, total, c.extra.get("decimals", 0))
    verb = "совпадает с" if ok else "не совпадает с"
    msg = f"{c.subject.capitalize()} ({fmt(c.stated)}) {verb} суммой: {what} = {_r(total)}"
    return Check("sum", c.indicator, c.subject, fmt(c.stated), _r(total), "ok" if ok else "mismatch", msg,
                 c.location, evidence=evidence)


def _percent_total(c: Claim, facts) -> Check:
    """A total row of a percent column is never a sum: it is the share of the totals of its
    numerator and denominator columns when the table has them, else the mean of the rows."""
    e = c.extra
    rows = (e.get("segment") if e.get("later_totals") else None) or e.get("covered") or []
    d = e.get("decimals", 0)
    tried = []
    pair = share_columns(c.indicator)
    if pair:
        num = next((sum(v) for n in pair[0].split("|") if (v := _cells(facts, rows, 0, n))), None)
        den = sum(_cells(facts, rows, 0, pair[1]))
        if den and num is not None:  # both columns in the table: the share of their totals
            share = num / den * 100
            ok = agrees(c.stated, share, max(d, 0))
            tried.append(Check("share", c.indicator, c.subject, fmt(c.stated), _r(share, 1), "ok" if ok else "mismatch",
                               f"{c.subject.capitalize()} ({fmt(c.stated)}%) — доля итогов: {fmt(num)} / {fmt(den)} = "
                               f"{_r(share, 1)}%" + (" — совпадает" if ok else " — не совпадает"), c.location,
                               evidence=_rows_text(rows, e["col"])))
            if ok:
                return tried[0]
    vals = _cells(facts, rows, e["col"])
    if vals and abs(c.stated - 100) < 1e-9 and len(vals) >= 2 and \
            abs(sum(vals) - 100) <= 0.05 * len(vals) * 10 ** -d + 1e-9:
        # «Всего – 100%» under the parts' shares of one whole: they add up to it
        return Check("sum", c.indicator, c.subject, fmt(c.stated), _r(sum(vals)), "ok",
                     f"{c.subject.capitalize()} (100%) — доли частей одного целого в сумме дают {_r(sum(vals))}% "
                     "— совпадает", c.location, evidence=_rows_text(rows, e["col"]))
    if vals:
        mean = sum(vals) / len(vals)
        ok = agrees(c.stated, mean, d)
        tried.append(Check("mean", c.indicator, c.subject, fmt(c.stated), _r(mean), "ok" if ok else "mismatch",
                           f"{c.subject.capitalize()} ({fmt(c.stated)}%) — среднее по {len(vals)} строкам = {_r(mean)}%"
                           + (" — совпадает" if ok else " — не совпадает"), c.location,
                           evidence=_rows_text(rows, e["col"])))
        if ok:
            return tried[-1]
    if tried:
        return tried[0]
    return Check("mean", c.indicator, c.subject, fmt(c.stated), "", "unverifiable",
                 f"{c.subject.capitalize()} ({fmt(c.stated)}%) не пересчитать: в таблице нет чисел", c.location)


def _group_members(reads, facts, orgs, group: str) -> set | None:
    """Organizations whose rows stand under a group row naming `group` (a lemma: «сельский»),
    None when no table has such a group row."""
    from normalizers.vocab import tokenize

    labels = {}
    for r in reads:
        for row, label in r.groups.items():
            if label not in labels:
                labels[label] = group in {t.lemma for t in tokenize(label)}
            if labels[label]:
                labels.setdefault((r.layout.table.index, row), True)
    if not any(v for k, v in labels.items() if isinstance(k, str)):
        return None
    return {orgs.key[f.org_name] for f in facts if (f.table, f.row) in labels and f.org_name in orgs.key}


def _young_orgs(facts, orgs) -> tuple[set, set] | None:
    """(organizations with young specialists, those without) by the tables: their number where
    it is given, else whether a share of theirs is («нет молодых специалистов» is none)."""
    young = [f for f in facts if f.indicator.startswith("young") and f.org_name in orgs.key]
    if not young:
        return None
    counted = any(f.indicator == "young_teachers" for f in young)
    have = {orgs.key[f.org_name] for f in young if (f.value if counted and f.indicator == "young_teachers"
                                                    else not counted and f.value is not None)}
    return have, {orgs.key[f.org_name] for f in young} - have


def _whole_table(reads, t: TableRead) -> list:
    """The facts of a table with its continuations (the next Word table, the next page)."""
    return [f for r in reads if r.part_of == t.part_of for f in r.facts] or t.facts


def org_shares(facts, code: str, orgs) -> dict:
    """Each organization's share `code` in a table: as printed, or, when the table prints no
    such column, recomputed from the parts it holds in the same row (vocabulary: share_of)."""
    vals = {orgs.key[f.org_name]: f.value for f in facts
            if f.indicator == code and f.value is not None and f.org_name in orgs.key}
    pair = share_columns(code)
    if vals or not pair:
        return vals
    rows: dict = defaultdict(dict)
    for f in facts:
        if f.value is not None and not f.form and f.org_name in orgs.key:
            rows[(f.table, f.row, orgs.key[f.org_name])][f.indicator] = f.value
    for (_t, _r, key), got in rows.items():
        num = next((got[n] for n in pair[0].split("|") if n in got), None)
        if num is not None and got.get(pair[1]):
            vals[key] = num / got[pair[1]] * 100
    return vals


def share_columns(indicator: str) -> tuple[str, str] | None:
    """(numerator, denominator) indicators of a share, from the vocabulary."""
    from normalizers.vocab import indicators

    d = indicators().get(indicator)
    return tuple(d.share_of) if d and d.share_of else None


def _indicator_sum(facts, code: str, form: str | None = None) -> float | None:
    """The document's total of an indicator: its plain cells, or, where it is counted by form
    only, the sum over the forms (variants' rows are parts of their forms, left out); with
    `form`, that form's cells only."""
    if form:
        vals = [f.value for f in facts if f.indicator == code and f.form == form and not f.variant and f.value is not None]
        return sum(vals) if vals else None
    plain = [f.value for f in facts if f.indicator == code and not f.form and not f.variant and f.value is not None]
    if plain:
        return sum(plain)
    by_form = [f.value for f in facts if f.indicator == code and f.form and not f.variant and f.value is not None]
    return sum(by_form) if by_form else None


def _mean_values(c: Claim, reads, facts) -> tuple[list[float], str]:
    e = c.extra
    if e.get("ratio"):
        num, den = _indicator_sum(facts, c.indicator, e.get("form")), _indicator_sum(facts, e["ratio"], e.get("form"))
        if not num or not den:
            return [], ""
        return [num / den], f"{fmt(num)} / {fmt(den)} по таблицам"
    if e.get("per_org"):
        # a mean of a count per organization: each organization's value (summed over its forms
        # when the table is per form and no form is named)
        per: dict[str, float] = defaultdict(float)
        variant = e.get("variant")
        plain = any(f.indicator == c.indicator and not f.variant for f in facts)
        for f in facts:
            if f.indicator != c.indicator or f.value is None:
                continue
            if (f.variant != variant) if variant else (f.variant and plain):
                continue  # one variant's participants, or (when none is named) the rows' own values
            if e.get("form") and not variant and f.form != e["form"]:
                continue
            per[f.org_name] += f.value
        if e.get("having"):
            per = {k: v for k, v in per.items() if v}
        return list(per.values()), f"среднее по {len(per)} ОО"
    if e.get("forms"):
        per_org = defaultdict(set)
        orgs_seen = set()
        for f in facts:
            if f.form and f.indicator in ("mentees", "mentors", "pairs", "program_participants"):
                orgs_seen.add(f.org_name)
                if f.value:  # a dash («–», 0) in a form's cell: the form is not implemented there
                    per_org[f.org_name].add(f.form)
        if orgs_seen:
            vals = [float(len(per_org.get(o, ()))) for o in orgs_seen]
            return vals, f"форм с участниками в таблицах: {int(sum(vals))} на {len(vals)} ОО"
        vals = [f.value for f in facts if f.indicator == "forms_count" and f.value is not None]
        return vals, f"по столбцу количества форм ({len(vals)} ОО)"
    if "table" in e and e["table"] is not None:
        t = e["table"]
        whole = _whole_table(reads, t)  # with its continuations: the mean is over every organization
        vals = [f.value for f in whole if f.indicator == c.indicator and f.value is not None]
        n_parts = len({f.table for f in whole})
        where = f"таблице {t.layout.table.index}" if n_parts == 1 else f"таблице {t.part_of} с продолжением"
        return vals, f"среднее по {where} ({len(vals)} ОО)"
    if "col" in e:
        vals = _column_values(reads, e["table"], e["col"]) if isinstance(e["table"], int) else []
        return vals, f"среднее по столбцу «{e.get('header', '')}» ({len(vals)} ОО)"
    return [], ""


def check_mean(c: Claim, reads, facts, orgs) -> list[Check]:
    e = dict(c.extra)
    rows = None
    if isinstance(e.get("table"), int):  # a «Средний показатель» row of a table
        # the rows it covers: its group's when more total rows follow, else the whole table
        rows = (e.get("segment") if e.get("later_totals") else None) or e.get("covered")
        vals = _cells(facts, rows, e["col"]) if rows else _column_values(reads, e["table"], e["col"])
        how = f"среднее по столбцу «{e.get('header', '')}» ({len(vals)} ОО)"
        twins = _twin_tables(reads, e["table"], e.get("part_of"))
        if not e.get("later_totals") and len(twins) > 1 and not isinstance(stated := c.stated, tuple):
            both, _ = _indicator_total(facts, c.indicator, e.get("form", ""), twins)
            if both and agrees(stated, sum(both) / len(both), e.get("decimals", 0)):
                vals, how = both, f"среднее по всей таблице ({len(both)} ОО)"
    else:
        vals, how = _mean_values(c, reads, facts)
    stated = c.stated
    if isinstance(stated, tuple) and stated[0] == ">=":
        shown = f">={fmt(stated[1])}"
    elif isinstance(stated, tuple):
        shown = f"{fmt(stated[0])}-{fmt(stated[1])}"
    else:
        shown = fmt(stated)
    evidence = _rows_text(rows, e["col"]) if isinstance(e.get("table"), int) and rows else ""
    if not vals:
        return [Check("mean", c.indicator, c.subject, shown, "", "unverifiable",
                      f"Среднее {c.subject} ({shown}) не пересчитать: нет таблицы с этими значениями", c.location)]
    mean = sum(vals) / len(vals)
    if isinstance(stated, tuple) and stated[0] == ">=":
        ok = (mean + 0.5 >= stated[1]) != bool(e.get("negated"))
        claim = f"не ниже {fmt(stated[1])}" if not e.get("negated") else f"ниже {fmt(stated[1])}"
        msg = (f"Текст утверждает, что среднее {claim}; пересчитано {how}: {_r(mean)}"
               + (" — верно" if ok else " — неверно"))
    elif isinstance(stated, tuple):
        ok = stated[0] - 1e-9 <= mean <= stated[1] + 1e-9
        msg = (f"Заявлено среднее {shown}, пересчитано {how}: {_r(mean)}"
               + (" — в пределах" if ok else " — вне заявленного диапазона"))
    else:
        ok = agrees(stated, mean, e.get("decimals", 0))
        msg = f"Заявлено среднее {shown}, пересчитано {how}: {_r(mean)}" + (" — совпадает" if ok else " — не совпадает")
        # «средний показатель по району» of a share is often the share of the totals
        pooled = _pooled_share(c.indicator, e, facts)
        if not ok and pooled is not None and agrees(stated, pooled[0], e.get("decimals", 0)):
            ok, mean = True, pooled[0]
            msg = (f"Заявлено {shown} — это доля итогов: {fmt(pooled[1])} / {fmt(pooled[2])} = {_r(pooled[0])}% "
                   "(среднее по строкам было бы другим) — совпадает")
    return [Check("mean", c.indicator, c.subject, shown, _r(mean), "ok" if ok else "mismatch",
                  f"{msg} ({c.subject})", c.location, evidence=evidence)]


def _pooled_share(indicator: str, e: dict, facts) -> tuple[float, float, float] | None:
    """(share, numerator total, denominator total) of a share indicator over a table."""
    pair = share_columns(indicator)
    t = e.get("table")
    if not pair or t is None:
        return None
    table = t if isinstance(t, int) else t.layout.table.index
    rows = [(f.table, f.row) for f in facts if f.table == table]
    num = next((sum(v) for n in pair[0].split("|") if (v := _cells(facts, rows, 0, n))), 0.0)
    den = sum(_cells(facts, rows, 0, pair[1]))
    return (num / den * 100, num, den) if den else None


def selection(read) -> bool:
    """A table whose caption says it shows some organizations only («ОО с наиболее высоким
    охватом»): vocabulary claims.toml [selection]."""
    from .headers import caption_of

    return _selection_caption(caption_of(read.section)[-200:] if read.section else "")


@lru_cache(maxsize=1024)
def _selection_caption(caption: str) -> bool:
    """Per caption, not per claim: a caption is read by lemmas once."""
    from normalizers.vocab import claim_words, tokenize

    words = {w[0] for w in claim_words().get("selection", {}).get("words", ())}
    return bool(words & {t.lemma for t in tokenize(caption)})




def _variant_share(facts, variant: str) -> tuple[float, float, float] | None:
    """(share %, part, whole) of a variant among the variants of its form, from the tables."""
    from normalizers.vocab import variant_form

    form = variant_form(variant)
    part = sum(f.value for f in facts if f.variant == variant and f.value is not None)
    whole = sum(f.value for f in facts if f.variant and f.value is not None and (f.form == form if form else True))
    if not part or not whole:
        return None
    return part / whole * 100, part, whole


def _partner_holders(facts, orgs, form: str) -> set[str] | None:
    """The organizations with partner enterprises, standing for those of an employer form, when the
    tables count no forms at all but hold that column; None otherwise."""
    from normalizers.vocab import partner_forms

    code = partner_forms().get(form)
    if not code or any(f.form for f in facts) or orgs.listed or not any(f.indicator == code for f in facts):
        return None
    return {orgs.key[f.org_name] for f in facts if f.indicator == code and f.value and f.org_name in orgs.key}


def check_count(c: Claim, reads, facts, orgs) -> list[Check]:
    """A count of organizations, of those its scope names: of one form (its cells filled in),
    of one type, or with young specialists."""
    if not orgs.clusters:
        return []  # no table of organizations: the text's count states nothing the document shows
    org_reads = [r for r in reads if r.about_orgs and r.facts]
    points_at_table = re.search(r"\(\s*(?:см\.\s*)?табл\w*\.?\s*\d*\s*\)", c.subject)
    if org_reads and all(selection(r) for r in org_reads) and not points_at_table:
        return [Check("count", c.indicator, c.subject, fmt(c.stated), "", "unverifiable",
                      f"Число организаций {c.subject} ({fmt(c.stated)}) не пересчитать: таблица показывает не все "
                      "организации, а выбранные", c.location)]
    scope = c.extra.get("scope") or {}
    keys = list(orgs.clusters)
    what = "числом организаций в таблицах документа"
    employer_form = False
    if scope.get("variant"):
        v = scope["variant"]
        have = {orgs.key[f.org_name] for f in facts if f.variant == v and f.value and f.org_name in orgs.key}
        if not any(f.variant for f in facts):
            return [Check("count", c.indicator, c.subject, fmt(c.stated), "", "unverifiable",
                          f"Число организаций {c.subject} ({fmt(c.stated)}) не пересчитать: в таблицах нет вариантов",
                          c.location)]
        keys = [k for k in keys if k in have]
        what = f"числом организаций, у которых в таблицах заполнен вариант «{v}»"
    if scope.get("form") and _partner_holders(facts, orgs, scope["form"]) is not None:
        # no counts by form, but a column of partner enterprises: the form whose mentors they give
        from normalizers.vocab import partner_forms

        scope = {**{k: v for k, v in scope.items() if k != "form"}, "indicator": partner_forms()[scope["form"]]}
        employer_form = True
    if scope.get("form"):
        form = scope["form"]
        if not any(f.form for f in facts) and not orgs.listed:
            return [Check("count", c.indicator, c.subject, fmt(c.stated), "", "unverifiable",
                          f"Число организаций {c.subject} ({fmt(c.stated)}) не пересчитать: в таблицах нет форм",
                          c.location)]
        have = set(_form_holders(facts, orgs, form)) \
            if any(f.form for f in facts) else {k for k, v in orgs.listed.items() if form in v}
        keys = [k for k in keys if k in have]
        what = f"числом организаций, у которых в таблицах заполнена форма «{form}»"
    if scope.get("threshold"):
        lo, hi = scope["threshold"]
        t = scope["table"]
        vals = org_shares(_whole_table(reads, t), scope["indicator"], orgs)
        inside = {k for k, v in vals.items() if lo - 1e-9 <= v <= hi + 1e-9}
        keys = [k for k in keys if k in inside]
        bound = f"ниже {fmt(hi)}%" if lo < -1e8 else f"не ниже {fmt(lo)}%" if hi > 1e8 else f"{fmt(lo)}–{fmt(hi)}%"
        what = f"числом организаций с показателем {bound} (таблица {t.layout.table.index})"
        scope = {k: v for k, v in scope.items() if k not in ("indicator",)}
    if scope.get("full"):
        code = scope["full"]
        if code == "share":  # «Полный охват обеспечен в 5 организациях»: the tables' one percent column
            shown = sorted({f.indicator for f in facts if f.unit == "percent"})
            if len(shown) != 1:
                return []
            code = shown[0]
        full = {orgs.key[f.org_name] for f in facts if f.indicator == code and f.value is not None
                and abs(f.value - 100) < 1e-6 and f.org_name in orgs.key}
        if not any(f.indicator == code for f in facts):
            subset, whole = defaultdict(float), defaultdict(float)
            for f in facts:
                if f.org_name in orgs.key and f.value is not None:
                    if f.indicator == "young_teacher_mentees":
                        subset[orgs.key[f.org_name]] += f.value
                    elif f.indicator == "young_teachers":
                        whole[orgs.key[f.org_name]] += f.value
            if not whole:
                return [Check("count", c.indicator, c.subject, fmt(c.stated), "", "unverifiable",
                              f"Число организаций {c.subject} ({fmt(c.stated)}) не пересчитать: в таблицах нет "
                              "молодых специалистов по организациям", c.location)]
            full = {k for k, w in whole.items() if w > 0 and subset.get(k, 0) >= w}
        keys = [k for k in keys if k in full]
        what = "числом организаций, где охвачены все (100%)"
    if scope.get("plan"):
        met = _plan_met(facts, orgs, scope["plan"])
        if met is None:
            return [Check("count", c.indicator, c.subject, fmt(c.stated), "", "unverifiable",
                          f"Число организаций {c.subject} ({fmt(c.stated)}) не пересчитать: в таблицах нет плана и "
                          "факта по организациям", c.location)]
        keys = [k for k in keys if k in met]
        what = {">": "числом организаций, у которых факт выше плана", ">=": "числом организаций, выполнивших план",
                "<": "числом организаций, у которых факт ниже плана",
                "==": "числом организаций, у которых факт равен плану"}[scope["plan"]] + " в таблицах"
    if scope.get("n_forms"):
        op, want = scope["n_forms"]
        per = _forms_of_orgs(facts, orgs)
        if per is None:
            return [Check("count", c.indicator, c.subject, fmt(c.stated), "", "unverifiable",
                          f"Число организаций {c.subject} ({fmt(c.stated)}) не пересчитать: в таблицах нет форм по "
                          "организациям", c.location)]
        # «все формы»: as many as the tables show; «ни одной формы»: none
        target = len({f for forms in per.values() for f in forms}) if op == "all" and not want else want
        keys = [k for k in keys if (len(per.get(k, ())) >= target if op == ">=" else len(per.get(k, ())) == target)]
        what = {"==": f"числом организаций ровно с {target} формами" if target else "числом организаций без форм", ">=": f"числом организаций с {target} и более "
                f"формами", "all": f"числом организаций со всеми {target} формами"}[op] + " в таблицах"
    if scope.get("types"):
        keys = [k for k in keys if orgs.parsed[k].org_type in scope["types"]]
        what += " (" + ("дополнительного образования" if "additional-education" in scope["types"]
                        else "общеобразовательных") + ")"
    if scope.get("group"):  # «в 7 городских»: the organizations under a group row that says so
        in_group = _group_members(reads, facts, orgs, scope["group"])
        if in_group is None:
            return []  # no table sets such a group apart: the count is not recomputed
        keys = [k for k in keys if k in in_group]
        what += f" (группа «{scope['group']}»)"
    if scope.get("level"):  # «9 средних школ»: schools whose name gives that level

        def level(k: str) -> str:  # a лицей or a гимназия teaches to the eleventh form: a secondary school
            return orgs.parsed[k].level or ("secondary" if orgs.parsed[k].org_type in ("lyceum", "gymnasium") else "")

        if not all(level(k) for k in keys):
            return []  # a school whose level its name does not say: the count is not recomputed
        # authors count a лицей among «средних школ» or apart from them: the reading that agrees
        strict = [k for k in keys if orgs.parsed[k].level == scope["level"]]
        keys = [k for k in keys if level(k) == scope["level"]]
        if len(strict) == c.stated:
            keys = strict
        what += {"secondary": ", средних", "basic": ", основных", "primary": ", начальных"}[scope["level"]]
    if scope.get("no_young"):  # «молодых специалистов нет в 3 сельских школах»
        split = _young_orgs(facts, orgs)
        if split is None:
            return []
        keys = [k for k in keys if k in split[1]]
        what = "числом организаций, где в таблицах нет молодых специалистов"
    if scope.get("indicator") == "young_teachers" and not any(f.indicator == "young_teachers" for f in facts) \
            and any(f.indicator.startswith("young") and f.value is not None for f in facts):
        # «молодые специалисты работают в 10 ОО» over a table of their shares: those with a share
        # («нет молодых специалистов» gives none)
        have = {orgs.key[f.org_name] for f in facts if f.indicator.startswith("young") and f.value is not None
                and f.org_name in orgs.key}
        keys = [k for k in keys if k in have]
        what = "числом организаций, где в таблицах есть молодые специалисты"
        scope = {k: v for k, v in scope.items() if k != "indicator"}
    if scope.get("indicator"):
        code = scope["indicator"]
        if not any(f.indicator == code for f in facts):
            return [Check("count", c.indicator, c.subject, fmt(c.stated), "", "unverifiable",
                          f"Число организаций {c.subject} ({fmt(c.stated)}) не пересчитать: в таблицах нет "
                          "этого показателя", c.location)]
        with_it = {orgs.key[f.org_name] for f in facts if f.indicator == code and f.value and f.org_name in orgs.key}
        if scope.get("without"):  # «партнёров не имеют пять школ»: those with none in the tables
            shown = {orgs.key[f.org_name] for f in facts if f.indicator == code and f.org_name in orgs.key}
            keys = [k for k in keys if k in shown and k not in with_it]
            what = "числом организаций, у которых в таблицах нет этого показателя"
        else:
            keys = [k for k in keys if k in with_it]
    n = len(keys)
    ok = c.stated == n
    if not ok and employer_form:
        return [Check("count", c.indicator, c.subject, fmt(c.stated), str(n), "unverifiable",
                      f"Число организаций {c.subject} ({fmt(c.stated)}): в таблицах нет счёта по формам; организаций с "
                      f"предприятиями-партнёрами {n} — форму могут реализовать не все из них", c.location)]
    msg = (f"Число организаций {c.subject} ({fmt(c.stated)}) {'совпадает с' if ok else 'не совпадает с'} "
           f"{what} ({n})")
    return [Check("count", c.indicator, c.subject, fmt(c.stated), str(n), "ok" if ok else "mismatch", msg,
                  c.location)]


# what a plan is compared with: the participants actually counted in the same row
PLAN_FACT = ("program_participants", "students_involved", "mentees", "participants")


def _plan_met(facts, orgs, op: str) -> set[str] | None:
    """The organizations whose fact stands to their plan as `op` says (">", ">=", "<"), from
    rows that hold both; None when no row does."""
    plan: dict[tuple, float] = {}
    fact: dict[tuple, tuple[int, float]] = {}
    for f in facts:
        if f.value is None or f.org_name not in orgs.key or f.form or f.variant:
            continue
        row = (orgs.key[f.org_name], f.table, f.row)
        if f.indicator == "planned_participants":
            plan[row] = f.value
        elif f.indicator in PLAN_FACT and f.unit == "persons":
            rank = PLAN_FACT.index(f.indicator)
            if row not in fact or rank < fact[row][0]:
                fact[row] = (rank, f.value)
    both = [(row[0], plan[row], fact[row][1]) for row in plan if row in fact]
    if not both:
        return None
    test = {">": lambda a, p: a > p, ">=": lambda a, p: a >= p, "<": lambda a, p: a < p,
            "==": lambda a, p: a == p}[op]
    return {key for key, p, a in both if test(a, p)}


def _forms_of_orgs(facts, orgs) -> dict[str, set] | None:
    """The forms each organization implements: those its rows or columns of forms fill with a
    number above zero (a dash means it does not); else its «количество форм» as that many."""
    per: dict[str, set] = defaultdict(set)
    seen = False
    for f in facts:
        if f.form and f.indicator in ("mentees", "mentors", "pairs", "program_participants") and f.org_name in orgs.key:
            seen = True
            if f.value:
                per[orgs.key[f.org_name]].add(f.form)
    if seen:
        return per
    if orgs.listed:
        return orgs.listed
    counts = {orgs.key[f.org_name]: int(f.value) for f in facts
              if f.indicator == "forms_count" and f.value is not None and f.org_name in orgs.key}
    return {k: set(range(n)) for k, n in counts.items()} or None


def _named_total(code: str, facts) -> float | None:
    """An indicator named in words («от общей численности обучающихся»): its total over the
    organizations of the document's tables."""
    vals = [f.value for f in facts if f.indicator == code and not f.form and not f.variant and f.value is not None]
    return sum(vals) if vals else None


def check_share(c: Claim, reads, facts, orgs) -> list[Check]:
    e = dict(c.extra)
    if e.get("variant_share"):
        v, code = e["variant_share"], e["indicator"]
        got = _variant_share(facts, v)
        if got is None:
            return []
        share, part, whole = got
        ok = agrees(c.stated, share, e.get("decimals", 0))
        return [Check("share", code, c.subject, fmt(c.stated), _r(share, 1), "ok" if ok else "mismatch",
                      f"Доля варианта «{v}» {fmt(c.stated)}% {'совпадает с' if ok else 'не совпадает с'} пересчитанной: "
                      f"{fmt(part)} / {fmt(whole)} = {_r(share, 1)}%", c.location)]
    if e.get("form_share"):
        form, code = e["form_share"], e["indicator"]
        got = _form_share(facts, code, form)
        if got is None:
            return []  # the tables do not count this by form: the text claims nothing checkable here
        share, part, whole = got
        ok = agrees(c.stated, share, e.get("decimals", 0))
        return [Check("share", code, c.subject, fmt(c.stated), _r(share, 1), "ok" if ok else "mismatch",
                      f"Доля формы «{form}» {fmt(c.stated)}% {'совпадает с' if ok else 'не совпадает с'} пересчитанной: "
                      f"{fmt(part)} / {fmt(whole)} = {_r(share, 1)}%", c.location)]
    for key in ("n", "base"):
        ref = e.get(f"{key}_ref")
        if ref and e.get(key) is None:
            holding = [r for r in reads if any(f.indicator == ref for f in r.facts)]
            if key == "base" and holding and all(selection(r) for r in holding):
                if e.get("base_text") is not None:
                    e["base"] = e["base_text"]  # the whole the text gave before, not the selected rows
                    continue
                e["why"] = "таблица показывает не все организации, а выбранные: общего числа в ней нет"
                continue
            # a whole («от общего числа») may be counted by form only: the sum over the forms; a part
            # named in words must stand as such in the tables
            e[key] = _named_total(ref, facts) if key == "n" else _indicator_sum(facts, ref)
            if e[key] is None and e.get(f"{key}_text") is not None:
                e[key] = e[f"{key}_text"]  # the number the text gave those people before
            if e[key] is None:
                e["why"] = f"в таблицах нет показателя «{ref}», на который ссылается текст"
    if e.get("n") is None and e.get("base"):
        return [Check("share", c.indicator, c.subject, fmt(c.stated), "", "unverifiable",
                      f"Доля {fmt(c.stated)}% ({c.subject}) не пересчитать: {e.get('why', 'нет числителя')}",
                      c.location)]
    if not e.get("base"):
        why = e.get("why") or "в тексте нет знаменателя"
        return [Check("share", c.indicator, c.subject, fmt(c.stated), "", "unverifiable",
                      f"Доля {fmt(c.stated)}% ({c.subject}) не пересчитать: {why}", c.location)]
    share = e["n"] / e["base"] * 100
    ok = agrees(c.stated, share, e.get("decimals", 0))
    msg = (f"Доля {fmt(c.stated)}% {'совпадает с' if ok else 'не совпадает с'} пересчитанной: "
           f"{fmt(e['n'])} / {fmt(e['base'])} = {_r(share, 1)}% ({c.subject})")
    return [Check("share", c.indicator, c.subject, fmt(c.stated), _r(share, 1), "ok" if ok else "mismatch", msg,
                  c.location)]


def check_composition(c: Claim, reads, facts, orgs) -> list[Check]:
    parts = c.extra["parts"]
    total = sum(parts)
    ok = abs(total - c.stated) < 1e-9
    msg = (f"Целое {fmt(c.stated)} {'равно' if ok else 'не равно'} сумме частей "
           f"{' + '.join(fmt(p) for p in parts)} = {fmt(total)}")
    return [Check("composition", c.indicator, c.subject, fmt(c.stated), fmt(total), "ok" if ok else "mismatch",
                  msg, c.location)]


def check_target(c: Claim, reads, facts, orgs) -> list[Check]:
    """A share said to meet or miss a target: recomputed from its count and base when the text
    gives them, else the share as stated, else the pooled share of the indicator the target
    names. A target set beside a share with no verdict («при целевом значении …») is checked
    only for being met: it claims nothing when it is not."""
    e = c.extra
    if e.get("half"):
        return _check_half(c, reads, facts, orgs)
    actual = e.get("actual")
    verdict = e["verdict"] if "verdict" in e else not e.get("negated")
    how = ""
    every = re.search(r"\b(?:во\s+всех|в\s+каждо[йм])\s+(?:\d+\s+)?(?:[а-яё]+\s+)?(?:ОО|ОУ|организаци|школ|учреждени)",
                      c.subject)
    from normalizers.vocab import indicators

    code = c.indicator if c.indicator in indicators() else _target_indicator(e.get("named", ""), e)
    code = _percent_of(code) if code else code
    if every and not code:
        # the share the sentence spoke of before its target: the percent column of that role
        shown = sorted({f.indicator for f in facts if f.unit == "percent"})
        said = (c.quote or "")[: (c.quote or "").find(c.subject.strip("«»")[:20])] if c.quote else ""
        role = "mentor_share_pct" if re.search(r"наставник\w*\s*$|роли\s+наставника", said[-200:]) else "mentee_share_pct"
        code = shown[0] if len(shown) == 1 else role if role in shown else ""
    per_org = org_shares(facts, code, orgs) if every and code else {}
    if every and per_org:
        # «целевой показатель (не менее 10%) достигнут во всех ОО»: every organization, so the one
        # furthest from the target decides
        rel = e.get("relation", "ge")
        key = min(per_org, key=per_org.get) if rel in ("ge", "gt") else max(per_org, key=per_org.get)
        share = per_org[key]
        how = f"наименьшее по {len(per_org)} ОО: {_r(share, 1)}% ({key})" if rel in ("ge", "gt") else \
            f"наибольшее по {len(per_org)} ОО: {_r(share, 1)}% ({key})"
    if every and per_org:
        pass
    elif actual and actual[4]:
        share = actual[3] / actual[4] * 100
        how = f"{fmt(actual[3])} / {fmt(actual[4])} = {_r(share, 1)}%"
    elif e.get("actual_value") is not None:
        share = e["actual_value"]
        how = f"доля в тексте {fmt(share)}%"
    else:
        code = _target_indicator(e.get("named", ""), e)
        pooled = _pooled_share(code, e, facts) if code else None
        if pooled is None and code:  # the tables hold no counts: the share of the whole table
            pair = share_columns(code)
            tables = {f.table for f in facts if f.indicator == (pair[1] if pair else "")}
            for t in sorted(tables):
                pooled = _pooled_share(code, {"table": t}, facts)
                if pooled:
                    break
        if pooled:
            share, num, den = pooled
            how = f"по таблице {fmt(num)} / {fmt(den)} = {_r(share, 1)}%"
        else:
            vals = [f.value for f in facts if code and f.indicator == code and f.value is not None and not f.form]
            if not vals:
                return []  # a target with nothing to compare: the text claims nothing checkable
            share = sum(vals) / len(vals)
            how = f"среднее по {len(vals)} организациям = {_r(share, 1)}%"
    rel = e.get("relation", "ge")
    met = share > c.stated if rel == "gt" else share <= c.stated + 0.05 if rel == "le" else share + 0.05 >= c.stated
    if verdict is None:
        if not met:
            return []
        verdict = True
    ok = met == verdict
    said = ("" if verdict else "не ") + ("превышает" if rel == "gt" else "достигает")
    msg = (f"Текст: доля {said} целевой показатель {fmt(c.stated)}%; пересчитано {how} — "
           + ("верно" if ok else "неверно"))
    return [Check("target", c.indicator, c.subject, fmt(c.stated), _r(share, 1), "ok" if ok else "mismatch", msg,
                  c.location)]


def _check_half(c: Claim, reads, facts, orgs) -> list[Check]:
    """«более половины школ …», «более половины наставляемых – в форме …»: the share recomputed
    from the tables, against one half."""
    e = c.extra
    if "band" in e:
        lo, hi = e["band"]
        vals = org_shares(_whole_table(reads, e["table"]), c.indicator, orgs)
        if not vals:
            return []
        inside = sum(lo - 1e-9 <= v <= hi + 1e-9 for v in vals.values())
        share = inside / len(vals) * 100
        how = f"{inside} из {len(vals)} ОО = {_r(share, 1)}%"
    elif "variant" in e:
        got = _variant_share(facts, e["variant"])
        if got is None:
            return []
        share, part, whole = got
        how = f"вариант «{e['variant']}»: {fmt(part)} из {fmt(whole)} = {_r(share, 1)}%"
    elif "orgs_with_form" in e:
        form = e["orgs_with_form"]
        every = {orgs.key[f.org_name] for f in facts if f.form and f.org_name in orgs.key}
        have = set(_form_holders(facts, orgs, form))
        partners = _partner_holders(facts, orgs, form)
        if partners is not None:
            every, have = set(orgs.clusters), partners
        elif not every or not any(f.form == form for f in facts):
            return []
        share = len(have) / len(every) * 100
        how = f"форма «{form}» заполнена у {len(have)} из {len(every)} ОО = {_r(share, 1)}%"
    else:
        got = _form_share(facts, c.indicator, e["form"])
        if got is None:
            return []
        share, part, whole = got
        how = f"форма «{e['form']}»: {fmt(part)} из {fmt(whole)} = {_r(share, 1)}%"
    rel = e["half"]
    ok = share > 50 if rel == "gt" else share >= 50 if rel == "ge" else share < 50 if rel == "lt" else share <= 50
    said = {"gt": "более", "ge": "не менее", "lt": "менее", "le": "не более"}[rel]
    return [Check("target", c.indicator, c.subject, "50", _r(share, 1), "ok" if ok else "mismatch",
                  f"Текст: {said} половины; пересчитано {how} — {'верно' if ok else 'неверно'}", c.location)]


def _form_share(facts, code: str, form: str) -> tuple[float, float, float] | None:
    """(share %, the form's total, everyone's total over the forms) of an indicator counted by form."""
    part = _indicator_sum(facts, code, form)
    whole = sum(f.value for f in facts if f.indicator == code and f.form and not f.variant and f.value is not None)
    if part is None or not whole:
        return None
    return part / whole * 100, part, whole


def _percent_of(code: str) -> str:
    """The share indicator of a count («mentees» → «mentee_share_pct»: vocabulary share_of), or the
    code itself when it is a share."""
    from normalizers.vocab import indicators

    known = indicators()
    if code in known and known[code].unit == "percent":
        return code
    return next((k for k, d in known.items() if d.unit == "percent" and d.share_of
                 and code in d.share_of[0].split("|")), "")


def _target_indicator(named: str, e: dict) -> str:
    """The share indicator a target's words name («доля молодых специалистов в роли
    наставляемого»), among the percent columns of the table it is about."""
    from .headers import read_header

    reading = read_header(named)
    code = reading.indicator.code if reading.understood else ""
    if code and share_columns(code):
        return code
    t = e.get("table")
    if t is not None and not isinstance(t, int):
        codes = [col.indicator.code for col in t.layout.role("indicator")
                 if col.indicator and col.indicator.unit == "percent" and share_columns(col.indicator.code)]
        if len(codes) == 1:
            return codes[0]
    return ""


PARTNER = re.compile(r"\b(?:ВО|ПОУ|ГБПОУ|ГАПОУ|ГПОУ|КГБ\s*ПОУ|ОГБПОУ|ФГБОУ|ФГАОУ|ПАО|ОАО|АО|ООО|ЗАО)\b|"
                     r"университет|институт|академи|колледж|техникум|завод|предприяти|комбинат", re.I)


def _org_type_of(name: str) -> str:
    return parse_org(name).org_type


def check_reference(c: Claim, reads, facts, orgs) -> list[Check]:
    items = c.stated
    if not orgs.clusters:
        return []  # a приказ naming schools, a news item: no table of organizations to find them in
    # a university, a college or an enterprise that lends mentors is a partner, not one of the
    # organizations the tables report on, unless the tables hold organizations of its type
    types = {orgs.parsed[k].org_type for k in orgs.clusters}
    missing = [i for i in items if orgs.resolve(i) is None and (_org_type_of(i) in types or _org_type_of(i) in (
        "school", "lyceum", "gymnasium") or not PARTNER.search(i))]
    if missing:
        names = ", ".join(f"№{m}" if m.isdigit() else m for m in missing)
        if len(items) == 1:
            # one organization named in passing need not be in the tables (a methodical
            # centre, a partner): that claims nothing; an enumeration is a claim about them
            return []
        msg = f"{names} из {c.subject} нет ни в одной таблице документа"
        return [Check("reference", c.indicator, c.subject, ";".join(missing), "-", "mismatch", msg, c.location)]
    return [Check("reference", c.indicator, c.subject, ";".join(items), ";".join(items), "ok",
                  f"Все организации {c.subject} есть в таблицах документа", c.location)]


def _set_check(c: Claim, stated_keys: list[str], computed_keys: list[str], orgs: DocOrgs, what: str) -> Check:
    stated_set, computed_set = set(stated_keys), set(computed_keys)
    lost = [k for k in computed_keys if k not in stated_set]
    extra = [k for k in stated_keys if k not in computed_set]
    # a list of numbers («№№ 2, 4, 5») is answered by numbers; a list of names by names
    numeric = all(re.fullmatch(r"\d+[а-я]?|[А-ЯЁ]{2,6}", str(i).strip()) for i in c.stated)  # «№№ 2, 4, ДДТ»
    label = orgs.label if numeric else (lambda k: k)
    where = c.subject[len("список "):] if c.subject.startswith("список ") else c.subject
    stated_txt = ";".join(dict.fromkeys(label(k) for k in stated_keys)) if numeric else \
        ";".join(dict.fromkeys(collapse(str(i)).strip() for i in c.stated))
    if not lost and not extra:
        return Check("membership", c.indicator, c.subject, stated_txt, stated_txt, "ok",
                     f"Список {where} совпадает с таблицами: {what}", c.location)
    parts = []
    if lost:
        parts.append("нет " + ", ".join(f"ОО №{label(k)}" if label(k).isdigit() else label(k) for k in lost)
                     + f", хотя по таблицам {what}")
    if extra:
        parts.append("лишние " + ", ".join(f"ОО №{label(k)}" if label(k).isdigit() else label(k) for k in extra)
                     + f": по таблицам у них не {what}")
    computed = ";".join([f"+{label(k)}" for k in lost] + [f"-{label(k)}" for k in extra])
    return Check("membership", c.indicator, c.subject, stated_txt, computed, "mismatch",
                 f"В списке {where} " + "; ".join(parts), c.location)


def _form_holders(facts, orgs, form: str, codes: tuple[str, ...] | None = None) -> list[str]:
    """The organizations whose cells of a form hold a number above zero (a dash: not theirs)."""
    return list(dict.fromkeys(orgs.key[f.org_name] for f in facts if f.form == form and f.value
                              and f.org_name in orgs.key and (codes is None or f.indicator in codes)))


def check_membership(c: Claim, reads, facts, orgs) -> list[Check]:
    e = c.extra
    resolved = [k for k in (orgs.resolve(i) for i in c.stated) if k is not None]
    if not orgs.clusters:
        return []  # no table of organizations: nothing the list could be compared with
    if not resolved:
        return []  # not one of the names stands in the tables: no list of theirs to compare
    if "form" in e:
        # a form is implemented where its cells hold a number above zero (a dash: it is not)
        holders = _form_holders(facts, orgs, e["form"], ("mentees", "mentors", "pairs", "program_participants"))
        partners = _partner_holders(facts, orgs, e["form"])
        if partners is not None and not e.get("without"):
            # no counts by form, but a column of partner enterprises: those with partners, when they agree
            check = _set_check(c, resolved, [k for k in orgs.clusters if k in partners], orgs,
                               "у них в таблицах есть предприятия-партнёры")
            if check.status != "ok":
                check = Check("membership", c.indicator, c.subject, check.stated, check.computed, "unverifiable",
                              f"Список {c.subject}: в таблицах нет счёта по формам, а организации с предприятиями-"
                              "партнёрами не совпадают со списком — форму могут реализовать не все из них", c.location)
            return [check]
        if not any(f.form == e["form"] for f in facts) and orgs.listed:
            # a column that names each organization's forms instead of counting by form
            holders = [k for k in orgs.clusters if e["form"] in orgs.listed.get(k, ())]
            if e.get("without"):
                return [_set_check(c, resolved, [k for k in orgs.clusters if k in orgs.listed and k not in holders],
                                   orgs, f"эта форма у них не названа (форма «{e['form']}»)")]
            return [_set_check(c, resolved, holders, orgs, f"эта форма у них названа (форма «{e['form']}»)")]
        if e.get("without"):  # «Форма не реализуется в …»: the organizations of the tables without it
            if not any(f.form == e["form"] for f in facts):
                return []
            shown = {orgs.key[f.org_name] for f in facts if f.form == e["form"] and f.org_name in orgs.key}
            others = [k for k in orgs.clusters if k in shown and k not in holders]
            return [_set_check(c, resolved, others, orgs, f"эта форма у них не указана (форма «{e['form']}»)")]
        return [_set_check(c, resolved, holders, orgs, f"эта форма у них указана (форма «{e['form']}»)")]
    if "variant" in e:
        if not any(f.variant == e["variant"] for f in facts):
            return []  # the tables do not count by variant: nothing to compare the list with
        holders = list(dict.fromkeys(orgs.key[f.org_name] for f in facts if f.variant == e["variant"] and f.value
                                     and f.org_name in orgs.key))
        return [_set_check(c, resolved, holders, orgs, f"этот вариант у них указан («{e['variant']}»)")]
    if e.get("no_young"):
        split = _young_orgs(facts, orgs)
        if split is None:
            return [Check("membership", c.indicator, c.subject, ";".join(c.stated), "", "unverifiable",
                          f"Список {c.subject} не сверить: в таблицах нет молодых специалистов по организациям",
                          c.location)]
        holders = [k for k in orgs.clusters if k in split[1]]
        return [_set_check(c, resolved, holders, orgs, "в таблицах у них нет молодых специалистов")]
    if e.get("partial_young"):
        young: dict[str, float] = defaultdict(float)
        with_mentor: dict[str, float] = defaultdict(float)
        for f in facts:
            if f.org_name in orgs.key and f.value is not None and not f.form:
                if f.indicator == "young_teachers":
                    young[orgs.key[f.org_name]] += f.value
                elif f.indicator == "young_teacher_mentees":
                    with_mentor[orgs.key[f.org_name]] += f.value
        if not young:
            return [Check("membership", c.indicator, c.subject, ";".join(c.stated), "", "unverifiable",
                          f"Список {c.subject} не сверить: в таблицах нет молодых специалистов по организациям",
                          c.location)]
        holders = [k for k in orgs.clusters if young.get(k, 0) > with_mentor.get(k, 0)]
        return [_set_check(c, resolved, holders, orgs, "в таблицах наставник есть не у всех их молодых специалистов")]
    if "plan" in e:
        met = _plan_met(facts, orgs, e["plan"])
        if met is None:
            return [Check("membership", c.indicator, c.subject, ";".join(c.stated), "", "unverifiable",
                          f"Список {c.subject} не сверить: в таблицах нет плана и факта по организациям", c.location)]
        what = {">": "факт выше плана", ">=": "план выполнен", "<": "факт ниже плана",
                "==": "факт равен плану"}[e["plan"]]
        return [_set_check(c, resolved, [k for k in orgs.clusters if k in met], orgs, f"в таблицах у них {what}")]
    if "extreme" in e:  # the organizations with the highest (lowest) value of the indicator
        per: dict[str, float] = defaultdict(float)
        for f in facts:
            if f.indicator == c.indicator and f.org_name in orgs.key and f.value is not None and not f.form:
                per[orgs.key[f.org_name]] += f.value
        if not per:
            return []
        best = max(per.values()) if e["extreme"] == "max" else min(per.values())
        holders = [k for k in orgs.clusters if k in per and abs(per[k] - best) < 1e-9]
        return [_set_check(c, resolved, holders, orgs, f"в таблицах у них {'наибольшее' if e['extreme'] == 'max' else 'наименьшее'} "
                           f"значение ({fmt(best)})")]
    if "n_forms" in e:
        op, want = e["n_forms"]
        per = _forms_of_orgs(facts, orgs)
        if per is None:
            return [Check("membership", c.indicator, c.subject, ";".join(c.stated), "", "unverifiable",
                          f"Список {c.subject} не сверить: в таблицах нет форм по организациям", c.location)]
        want = len({f for forms in per.values() for f in forms}) if op == "all" and not want else want
        holders = [k for k in orgs.clusters if (len(per.get(k, ())) >= want if op == ">=" else
                                                len(per.get(k, ())) == want)]
        what = {"==": f"ровно {want}" if want else "ни одной", ">=": f"{want} и более", "all": f"все {want}"}[op]
        return [_set_check(c, resolved, holders, orgs, f"в таблицах у них {what} форм")]
    if "band" in e:
        lo, hi = e["band"]
        t: TableRead = e["table"]
        vals = org_shares(_whole_table(reads, t), c.indicator, orgs)
        holders = [k for k, v in vals.items() if (lo - 1e-9 <= v <= hi + 1e-9) != bool(e.get("outside"))]
        if lo < -1e8:
            band = f"ниже {fmt(round(hi))}%"
        elif hi > 1e8:
            band = f"не ниже {fmt(round(lo))}%"
        else:
            band = f"{fmt(lo)}%" if lo == hi else f"от {fmt(lo)}% до {fmt(hi)}%"
        said = f"показатель не {band}" if e.get("outside") else f"показатель {band}"
        return [_set_check(c, resolved, holders, orgs, f"{said} (таблица {t.layout.table.index})")]
    if e.get("named"):
        thr = e["threshold"]
        vals = {}
        for f in facts:
            if f.indicator == c.indicator and f.value is not None and f.org_name in orgs.key:
                vals[orgs.key[f.org_name]] = f.value
        if not vals:
            return [Check("membership", c.indicator, c.subject, ";".join(c.stated), "", "unverifiable",
                          f"{c.subject}: в таблицах нет этого показателя", c.location)]
        holders = [k for k, v in vals.items() if v >= thr]
        return [_set_check(c, resolved, holders, orgs, f"показатель не ниже {fmt(thr)}")]
    return []


def check_named_cross(c: Claim, reads, facts, orgs) -> list[Check]:
    key = orgs.resolve(c.extra["org"])
    if key is None:
        return [Check("cross_table", c.indicator, c.subject, fmt(c.stated), "", "unverifiable",
                      f"{c.subject}: организации нет в таблицах", c.location)]
    forms = {f.form for f in facts if f.form and orgs.key.get(f.org_name) == key}
    if not forms:
        return [Check("cross_table", c.indicator, c.subject, fmt(c.stated), "", "unverifiable",
                      f"{c.subject}: нет таблицы форм", c.location)]
    ok = len(forms) == c.stated
    return [Check("cross_table", c.indicator, c.subject, fmt(c.stated), str(len(forms)), "ok" if ok else "mismatch",
                  f"Текст: {c.subject}; в таблице форм у неё {len(forms)} ({', '.join(sorted(forms))})", c.location)]


def check_consistency(c: Claim, reads, facts, orgs) -> list[Check]:
    e = c.extra
    msg = (f"Документ № {e['number']} дан с двумя датами: {c.stated} (line {c.location.split()[-1]}) "
           f"и {e['other']} (line {e['other_line']})")
    return [Check("consistency", "", c.subject, c.stated, e["other"], "mismatch", msg, c.location)]


def _same_in_two_tables(reads: list[TableRead], facts: list[Fact], orgs: DocOrgs) -> list[Check]:
    """One indicator of one organization in two tables (young specialists counted in the table
    of coverage and again in their own table) must be the same number. A pair of tables that
    disagrees in most of its organizations is read wrongly (another date, another base) and
    raises nothing."""
    part = {r.layout.table.index: r.part_of for r in reads}
    from .tables import header_texts

    def years(r: TableRead) -> set[str]:
        heads = " ".join(header_texts(r.layout.table, r.layout.header_rows))
        return set(re.findall(r"\b20\d\d\b", r.section[-200:] + " " + heads))

    year_of = {r.part_of: years(r) for r in reads}
    seen = defaultdict(dict)  # (indicator, part) → org → fact
    for f in facts:
        if f.org_name in orgs.key and not f.form and not f.variant and f.value is not None:
            seen[(f.indicator, part.get(f.table, f.table))].setdefault(orgs.key[f.org_name], f)
    out: list[Check] = []
    by_indicator = defaultdict(list)
    for (code, p), got in seen.items():
        by_indicator[code].append((p, got))
    for code, tables in by_indicator.items():
        tables.sort(key=lambda x: x[0])
        for (p1, a), (p2, b) in zip(tables, tables[1:], strict=False):
            if year_of.get(p1) and year_of.get(p2) and year_of[p1] != year_of[p2]:
                continue  # the same indicator in another year: nothing to compare
            pair = []
            for key in [k for k in a if k in b]:
                x, y = a[key], b[key]
                ok = abs(x.value - y.value) < 1e-9
                pair.append(Check("cross_table", code, f"{key}: таблица {y.table} против таблицы {x.table}", fmt(y.value),
                                  fmt(x.value), "ok" if ok else "mismatch",
                                  f"У {key} в таблице {y.table} {fmt(y.value)}, в таблице {x.table} {fmt(x.value)}"
                                  + (" — совпадает" if ok else " — не совпадает"), f"table {y.table}, row {y.row}",
                                  evidence=f"table {y.table}, row {y.row}, col {y.col}; table {x.table}, row {x.row}, "
                                           f"col {x.col}"))
            if len(pair) >= 3 and sum(c.status == "ok" for c in pair) * 2 > len(pair):
                out += pair
    return out


def _cross_tables(reads: list[TableRead], facts: list[Fact], orgs: DocOrgs) -> list[Check]:
    out: list[Check] = []
    by = defaultdict(dict)
    loc = {}
    where: dict[tuple[str, str], tuple[int, int]] = {}
    for f in facts:
        if f.org_name not in orgs.key or f.form or f.variant:
            continue
        by[f.indicator][orgs.key[f.org_name]] = f.value
        loc[(f.indicator, orgs.key[f.org_name])] = f"table {f.table}, row {f.row}"
        where[(f.indicator, orgs.key[f.org_name])] = (f.table, f.row)
    # forms_count per organization against the forms its rows in the table of forms fill
    # in: a dash or a zero in a form's cells means the form is not implemented there
    forms = defaultdict(set)
    seen_forms = set()
    for f in facts:
        if f.form and not f.variant and f.org_name in orgs.key:
            seen_forms.add(orgs.key[f.org_name])
            if f.value:
                forms[orgs.key[f.org_name]].add(f.form)
    if not seen_forms and orgs.listed:  # a column that names the forms instead of counting by form
        forms, seen_forms = defaultdict(set, orgs.listed), set(orgs.listed)
    if seen_forms:
        for key, stated in by.get("forms_count", {}).items():
            if stated is None:
                continue
            n = len(forms.get(key, ()))
            ok = n == stated
            listed = "; ".join(sorted(forms.get(key, ()))) or "нет строк"
            out.append(Check("cross_table", "forms_count", key, fmt(stated), str(n), "ok" if ok else "mismatch",
                             f"У {key} «Количество реализуемых форм» = {fmt(stated)}, а в таблице форм "
                             f"{n} (" + listed + ")" + ("" if ok else " — не совпадает"),
                             loc[("forms_count", key)]))
    # a share against its numerator and denominator (vocabulary: share_of); in the same row
    # of one table it is the row's own share, across tables a cross-table check
    for pct in list(by):
        pair = share_columns(pct)
        if not pair:
            continue
        nums, den = pair[0].split("|"), pair[1]
        shares: list[Check] = []
        for key, stated in by[pct].items():
            num = next((n for n in nums if by.get(n, {}).get(key) is not None), None)
            if stated is None or num is None or not by.get(den, {}).get(key):
                continue
            n, d = by[num][key], by[den][key]
            share = n / d * 100
            decimals = 1 if abs(stated - round(stated)) > 1e-9 else 0
            ok = agrees(stated, share, decimals)
            same_row = where[(pct, key)] == where[(num, key)] == where[(den, key)]
            kind = "share" if same_row else "cross_table"
            t, r = where[(pct, key)]
            shares.append(Check(kind, pct, key, fmt(stated), _r(share, 1), "ok" if ok else "mismatch",
                             f"У {key} доля {fmt(stated)}% {'совпадает с' if ok else 'не совпадает с'} пересчитанной "
                             f"{'по строке' if same_row else 'по таблице численности'}: {fmt(n)} / {fmt(d)} = "
                             f"{_r(share, 1)}%", loc[(pct, key)],
                             evidence=f"table {t}, row {r}" if same_row else
                             f"{loc[(num, key)]}; {loc[(den, key)]}"))
        # a pairing that disagrees in most rows is a misreading (the share of another base,
        # mentors who are teachers), not a column of errors: it raises nothing
        if len(shares) < 3 or sum(ch.status == "ok" for ch in shares) * 2 > len(shares):
            out.extend(shares)
    out += _same_in_two_tables(reads, facts, orgs)
    # programme variants against the organization's students involved
    variants = defaultdict(list)
    for f in facts:
        if f.indicator == "program_participants" and f.variant and f.value is not None:
            variants[orgs.key.get(f.org_name, f.org_name)].append(f)
    for key, vs in variants.items():
        stated = by.get("students_involved", {}).get(key)
        if stated is None or any(f.form == "учитель-учитель" for f in vs):
            continue  # teachers' programmes count no pupils
        total = sum(f.value for f in vs)
        ok = abs(total - stated) < 1e-9
        out.append(Check("cross_table", "program_participants", key, fmt(stated), fmt(total),
                         "ok" if ok else "mismatch",
                         f"Участники вариантов программ ({' + '.join(fmt(f.value) for f in vs)} = {fmt(total)}) "
                         f"{'совпадают с' if ok else 'не совпадают с'} числом обучающихся в таблице ({fmt(stated)})",
                         f"table {vs[0].table}, row {vs[0].row}"))
    return out


def check_cross(c: Claim, reads, facts, orgs) -> list[Check]:
    return check_named_cross(c, reads, facts, orgs)


CHECKERS = {
    "sum": check_sum, "mean": check_mean, "count": check_count, "share": check_share,
    "composition": check_composition, "target": check_target, "reference": check_reference,
    "membership": check_membership, "cross_table": check_cross, "consistency": check_consistency,
}

__all__ = ["Check", "run_checks", "agrees"]
