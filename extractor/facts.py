"""Facts: every value in a table of organizations, one row per (organization, indicator,
form, variant), with the raw cell and where it stands. Total rows and total columns are
not facts: they become stated claims (TableClaim) for the checks."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.forms import canonical_form, find_forms
from normalizers.numbers import parse_number
from normalizers.text import collapse, fold
from normalizers.vocab import units, variant_form

from .headers import classify
from .model import Document, Paragraph, Table
from .readers.ocr import fix_number
from .tables import Layout, analyze, row_kind_text


@dataclass
class Fact:
    org_name: str
    indicator: str
    form: str
    variant: str
    value: float | None
    unit: str
    raw: str
    table: int
    row: int
    col: int
    org_id: str = ""
    confidence: float | None = None  # OCR confidence of the cell (0-1); None when read from text


@dataclass
class TableClaim:
    """A number the table itself states: an ИТОГО / average row, or a per-row total."""
    kind: str  # sum | mean | row_total
    table: int
    row: int
    col: int
    indicator: str
    form: str
    stated: float
    raw: str
    label: str  # the row's label or the column header, as printed
    header: str = ""
    parts: list[int] = field(default_factory=list)  # row_total: the columns it adds up


@dataclass
class TableRead:
    layout: Layout
    section: str
    facts: list[Fact]
    claims: list[TableClaim]
    about_orgs: bool


# "(микро-проект)", "(подпрограмма)" after a variant's name
VARIANT_NOTE = re.compile(r"\((?:микро-?\s?проект|подпрограмм\w*|проект|вариант)[^)]*\)", re.IGNORECASE)


def section_of(doc: Document, table: Table) -> str:
    """The text a table sits under: the paragraph right before it (its title or the
    sentence that introduces it) and the nearest numbered heading above."""
    before = [b for b in doc.blocks[: doc.blocks.index(table)] if isinstance(b, Paragraph)]
    if not before:
        return ""
    parts = [before[-1].text]
    for p in reversed(before[-6:-1]):
        if re.match(r"^\d+(\.\d+)+\.?\s", p.text) and len(p.text) < 400:
            parts.insert(0, p.text)
            break
    return " ".join(parts)[-800:]


def extract_tables(doc: Document, doc_is_plan: bool = False,
                   user_headers: tuple[tuple[str, str, str], ...] = ()) -> list[TableRead]:
    reads = []
    prev: TableRead | None = None
    for table in doc.tables:
        if table.n_rows == 0 or table.n_cols < 2:
            continue
        section = section_of(doc, table)
        layout = analyze(table, section, doc_is_plan, user_headers)
        if prev is not None and _continues(doc, prev.layout, layout):
            # One table split into several (Word tables, or pages): the headerless part
            # reads with the columns of the part before it.
            layout = Layout(table=table, header_rows=layout.header_rows, columns=prev.layout.columns,
                            groups=prev.layout.groups)
            section = prev.section
        facts, claims = _org_table(layout)
        read = TableRead(layout, section, facts, claims, about_orgs=bool(layout.role("org")))
        reads.append(read)
        prev = read
    # Single-organization report: two-column tables of programme variants or of
    # indicator names belong to the one organization the document's tables name.
    names = {f.org_name for r in reads for f in r.facts}
    if len(names) == 1:
        (name,) = names
        for r in reads:
            if not r.about_orgs and r.layout.table.n_cols == 2:
                r.facts = _single_org_table(r.layout, name, r.section)
    return reads


def column_readings(reads: list[TableRead]) -> list[dict]:
    """Each value column of each table of organizations and how its heading was read."""
    from .tables import understood

    out = []
    for r in reads:
        if not r.about_orgs or r.layout.header_rows == 0:
            continue
        for c in r.layout.columns:
            if c.role not in ("indicator", "total") or c.indicator is None:
                continue
            out.append({"table": r.layout.table.index, "col": c.index + 1, "header": c.header,
                        "indicator": c.indicator.code, "form": c.form or "", "unit": c.indicator.unit,
                        "understood": int(understood(c)), "role": c.role,
                        "features": c.reading.features.describe() if c.reading else "",
                        "note": c.note or (c.reading.why if c.reading else "")})
    return out


# «Продолжение таблицы 1», «Окончание табл. 2»: a paragraph that only says the table goes on
CONTINUATION = re.compile(r"^(?:продолжение|окончание)\s+(?:табл\w*|приложени\w*)", re.IGNORECASE)


def _continues(doc: Document, before: Layout, layout: Layout) -> bool:
    """A table without a heading of its own (at most a row of column numbers) right after a
    table of organizations with the same columns, with nothing between them but a «Продолжение
    таблицы» line."""
    t = layout.table
    own_header = layout.header_rows - sum(
        _numbering(t, r) for r in range(layout.header_rows))
    if own_header != 0 or before.header_rows == 0 or not before.role("org"):
        return False
    if t.n_cols != before.table.n_cols:
        return False
    i, j = doc.blocks.index(before.table), doc.blocks.index(t)
    between = [b for b in doc.blocks[i + 1: j] if isinstance(b, Paragraph) and b.text.strip()
               and not CONTINUATION.match(b.text.strip())]
    if between:
        return False
    same_roles = all(a.role == b.role or b.role == "text" or {a.role, b.role} <= {"number", "indicator"}
                     for a, b in zip(before.columns, layout.columns, strict=True))
    return same_roles


def _numbering(t: Table, r: int) -> bool:
    from .tables import _is_numbering_row

    return _is_numbering_row([t.value(r, c) for c in range(t.n_cols)])


def _org_table(layout: Layout) -> tuple[list[Fact], list[TableClaim]]:
    t = layout.table
    facts: list[Fact] = []
    claims: list[TableClaim] = []
    for group in layout.groups:
        orgs = layout.role("org", group)
        if not orgs:
            continue
        org_col = orgs[0].index
        form_cols = layout.role("form", group)
        values = layout.role("indicator", group)
        totals = layout.role("total", group)
        current_org = ""
        current_form = ""
        for r in range(layout.header_rows, t.n_rows):
            kind = row_kind_text(t, r)
            if kind:
                for col in values + totals:
                    p = parse_number(t.text(r, col.index))
                    if p is not None and p.value is not None:
                        claims.append(TableClaim(kind, t.index, r + 1, col.index + 1, col.indicator.code,
                                                 col.form or "", p.value, t.text(r, col.index),
                                                 collapse(_row_label(t, r)), col.header))
                continue
            name = collapse(t.text(r, org_col))
            if name:
                current_org, current_form = name, ""
            elif not current_org:
                continue
            if form_cols:
                ftext = t.value(r, form_cols[0].index)
                if ftext.strip():
                    current_form = canonical_form(ftext) or _plain_form(ftext)
            row_facts = []
            for col in values:
                raw = t.text(r, col.index)
                if t.is_covered(r, col.index):
                    continue
                conf = t.rows[r][col.index].confidence
                p = parse_number(raw)
                if p is None and conf is not None:  # OCR: letters read for digits in a number column
                    p = parse_number(fix_number(raw))
                if p is None:
                    continue
                form = col.form or current_form
                row_facts.append(Fact(current_org, col.indicator.code, form or "", col.variant, p.value,
                                      col.indicator.unit, collapse(raw), t.index, r + 1, col.index + 1,
                                      confidence=conf))
            facts += row_facts
            for col in totals:
                p = parse_number(t.text(r, col.index))
                if p is not None and p.value is not None and row_facts:
                    claims.append(TableClaim("row_total", t.index, r + 1, col.index + 1,
                                             col.indicator.code, col.form or "", p.value,
                                             collapse(t.text(r, col.index)), current_org, col.header,
                                             parts=[i + 1 for i in col.parts]))
    return facts, claims


def _row_label(t: Table, r: int) -> str:
    for c in range(t.n_cols):
        if t.value(r, c).strip():
            return t.value(r, c)
    return ""


def _plain_form(text: str) -> str:
    f = fold(text).strip(" .")
    return re.sub(r"\s*-\s*", "-", f)


def _single_org_table(layout: Layout, org: str, section: str) -> list[Fact]:
    t = layout.table
    facts = []
    intro_forms = find_forms(section)
    form = intro_forms[0] if len(intro_forms) == 1 else ""
    for r in range(t.n_rows):
        label, raw = collapse(t.text(r, 0)), collapse(t.text(r, 1))
        p = parse_number(raw)
        if not label or p is None or p.value is None:
            continue
        ind = classify(label)
        if ind.code in units():
            facts.append(Fact(org, ind.code, canonical_form(label) or "", "", p.value, ind.unit, raw,
                              t.index, r + 1, 2))
        elif "«" in label or '"' in label or VARIANT_NOTE.search(label) or form:
            variant = variant_name(label)
            facts.append(Fact(org, "program_participants", form or variant_form(variant) or "", variant, p.value,
                              "persons", raw,
                              t.index, r + 1, 2))
    return facts


def variant_name(label: str) -> str:
    """'«Успевающий - неуспевающий» (микро-проект)' → 'успевающий - неуспевающий'."""
    s = VARIANT_NOTE.sub("", label)
    s = fold(s).strip(" .:")
    return re.sub(r"\s*-\s*", " - ", s)
