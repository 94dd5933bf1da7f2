"""Facts: every value in a table of organizations, one row per (organization, indicator,
form, variant), with the raw cell and where it stands. Total rows and total columns are
not facts: they become stated claims (TableClaim) for the checks."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.forms import canonical_form, find_forms
from normalizers.numbers import is_number, parse_number
from normalizers.organizations import looks_like_org
from normalizers.text import collapse, fold
from normalizers.vocab import variant_form

from .headers import read_header
from .model import Document, Paragraph, Table
from .readers.ocr import fix_number
from .tables import Layout, analyze, part_of_total, row_kind_text


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
    page: int | None = None  # 1-based page (PDF, scans); None for formats without pages
    corrected: bool = False  # the value comes from corrections.csv (raw is still the cell as printed)
    part_of: int = 0  # the first table of a table split over several (Word tables, pages); 0: its own


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
    unit: str = ""  # of the column: a percent total is a mean or a share of totals, never a sum
    # sum / mean rows: which (table, row) the total may cover — the rows since the total
    # before it (a subtotal), every row of the table so far, continued parts included (a grand
    # total); and the subtotals before it in the same column
    segment: list[tuple[int, int]] = field(default_factory=list)
    covered: list[tuple[int, int]] = field(default_factory=list)
    subtotals: list[float] = field(default_factory=list)
    later_totals: bool = False  # another total row follows in the same column
    form_rows: bool = False  # «в том числе в форме …» under a total: covers that form's rows only


@dataclass
class TableRead:
    layout: Layout
    section: str
    facts: list[Fact]
    claims: list[TableClaim]
    about_orgs: bool
    part_of: int = 0  # the first table of a table continued over several (Word tables, pages)
    rows_seen: list[tuple[int, int]] = field(default_factory=list)  # organization rows so far
    groups: dict[int, str] = field(default_factory=dict)  # row (1-based) → the group row above it
    # numbers of a table whose rows are forms, not organizations: no facts of anyone, only what
    # its «Всего» row is summed from
    label_facts: list[Fact] = field(default_factory=list)


def row_groups(layout: Layout, start: str = "") -> dict[int, str]:
    """The group each row stands in: rows like «Городские общеобразовательные организации»,
    «Сельские школы» that name a set of the organizations below them (a plural label alone in
    its row), so «в 7 городских и 10 сельских» can be counted from the table."""
    from normalizers.morph import analyzer

    t = layout.table
    out: dict[int, str] = {}
    current = start
    pending: list[int] = []  # rows of no group yet, which a subtotal below may name
    for r in range(layout.header_rows, t.n_rows):
        texts = list(dict.fromkeys(collapse(t.value(r, c)) for c in range(t.n_cols) if t.value(r, c).strip()))
        if len(texts) == 1 and not any(ch.isdigit() for ch in texts[0]) and not row_kind_text(t, r):
            first = re.match(r"[А-ЯЁа-яё]+", texts[0])
            tag = analyzer().parse(first.group(0))[0].tag if first else None
            if tag is not None and "plur" in tag and tag.POS in ("ADJF", "NOUN"):
                current, pending = texts[0], []
                continue
        label = collapse(t.value(r, 0) or t.value(r, 1))
        sub = re.match(r"^(?:итого|всего)\s+по\s+([А-ЯЁа-яё]+)", label, re.I)
        if sub and not current:
            # «Итого по городским МОУ» under its rows: it names the rows since the subtotal before
            if any("plur" in q.tag and q.tag.POS == "ADJF" for q in analyzer().parse(sub.group(1))):
                for row in pending:
                    out[row] = label
            pending = []
            continue
        if current:
            out[r + 1] = current
        else:
            pending.append(r + 1)
    return out


# "Итого", "Всего по району": a label of a total, not of an organization or an indicator
TOTAL_LABEL = re.compile(r"^(?:итого|всего|общее количество|сумма)\b")
# "(микро-проект)", "(подпрограмма)" after a variant's name
VARIANT_NOTE = re.compile(r"\((?:микро-?\s?проект|подпрограмм\w*|проект|вариант)[^)]*\)", re.IGNORECASE)


def section_of(doc: Document, table: Table) -> str:
    """The text a table sits under: the paragraph right before it (its title or the
    sentence that introduces it) and the nearest numbered heading above."""
    i = doc.blocks.index(table)
    before = []
    for b in reversed(doc.blocks[:i]):
        if not isinstance(b, Paragraph):
            break  # the text under a table before this one is not this table's
        before.insert(0, b)
    if not before:
        return ""
    # the caption may be split over lines (a title in two paragraphs): the last three
    parts = [" ".join(p.text for p in before[-3:])]
    for p in reversed(before[-6:-1]):
        if re.match(r"^\d+(\.\d+)+\.?\s", p.text) and len(p.text) < 400:
            parts.insert(0, p.text)
            break
    return " ".join(parts)[-800:]


def extract_tables(doc: Document, doc_is_plan: bool = False,
                   user_headers: tuple[tuple[str, str, str], ...] = (), doc_org: str = "",
                   title: str = "") -> list[TableRead]:
    reads = []
    prev: TableRead | None = None
    for table in doc.tables:
        if table.n_rows == 0 or table.n_cols < 2:
            continue
        section = section_of(doc, table)
        layout = analyze(table, section, doc_is_plan, user_headers, title)
        if prev is not None and _continues(doc, prev.layout, layout):
            # One table split into several (Word tables, or pages): the headerless part
            # reads with the columns of the part before it.
            layout = Layout(table=table, header_rows=layout.header_rows, columns=prev.layout.columns,
                            groups=prev.layout.groups)
            section = prev.section
        continued = prev is not None and layout.columns is prev.layout.columns
        facts, claims = _org_table(layout, prev.rows_seen if continued else None)
        _young_specialists_mentors(facts)
        label_facts = []
        if not layout.role("org") and layout.role("form"):
            label_facts, claims = _org_table(layout, None, label="form")
        read = TableRead(layout, section, facts, claims, about_orgs=bool(layout.role("org")),
                         part_of=prev.part_of if continued else table.index, label_facts=label_facts)
        read.rows_seen = (prev.rows_seen if continued else []) + sorted({(f.table, f.row) for f in facts})
        read.groups = row_groups(layout, list(prev.groups.values())[-1] if continued and prev.groups else "")
        reads.append(read)
        prev = read
    # Tables that are not one row per organization: organizations as columns, or the one
    # organization a single-organization report is about (named by its heading, or by the
    # only organization its other tables name).
    taught = variants_taught(doc)
    names = {f.org_name for r in reads for f in r.facts}
    org = (next(iter(names)) if len(names) == 1 else "") or doc_org  # as printed in a table, if any
    for r in reads:
        if r.about_orgs:
            continue
        across = _orgs_across(r.layout)
        if across:
            r.facts = _transposed_table(r.layout, across, r.section, taught)
            r.about_orgs = bool(r.facts)
            r.claims += _transposed_totals(r.layout, across, r.facts)
        elif org:
            r.facts = _single_org_table(r.layout, org, r.section, taught)
    for r in reads:
        t = r.layout.table
        for f in r.facts:
            f.page = t.page_of(f.row - 1)
            f.part_of = r.part_of
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
    if before.header_rows == 0 or not before.role("org"):
        return False
    if t.n_cols != before.table.n_cols:
        return False
    i, j = doc.blocks.index(before.table), doc.blocks.index(t)
    said = [b.text.strip() for b in doc.blocks[i + 1: j] if isinstance(b, Paragraph) and b.text.strip()]
    if any(not CONTINUATION.match(x) for x in said):
        return False
    if own_header != 0 and [c.header for c in layout.columns] != [c.header for c in before.columns] \
            and not said and not _same_reading(before, layout):
        # a heading of its own, unless it repeats the heading of the table before (in its words
        # or in others: «Охвачено, чел.» for «Численность обучающихся, охваченных …»), or a
        # «Продолжение таблицы» line says so
        return False
    same_roles = all(a.role == b.role or b.role == "text" or {a.role, b.role} <= {"number", "indicator"}
                     for a, b in zip(before.columns, layout.columns, strict=True))
    return same_roles


def _same_reading(a: Layout, b: Layout) -> bool:
    """Two headings that read the same: each column the same role and the same indicator."""
    def code(c):
        return c.indicator.code if c.indicator is not None else ""

    return all(x.role == y.role and code(x) == code(y) for x, y in zip(a.columns, b.columns, strict=True)) \
        and any(x.role == "indicator" and code(x) for x in a.columns)


def _numbering(t: Table, r: int) -> bool:
    from .tables import _is_numbering_row

    return _is_numbering_row([t.value(r, c) for c in range(t.n_cols)])


def _org_table(layout: Layout, rows_before: list[tuple[int, int]] | None = None, label: str = "org"
               ) -> tuple[list[Fact], list[TableClaim]]:
    """Facts of a table of organizations and the totals it states; with `label="form"`, the
    numbers of a table whose rows are forms (their org_name is the form's label)."""
    t = layout.table
    facts: list[Fact] = []
    claims: list[TableClaim] = []
    for group in layout.groups:
        n_claims = len(claims)
        segment: list[tuple[int, int]] = []
        covered: list[tuple[int, int]] = list(rows_before or [])
        orgs = layout.role(label, group)
        if not orgs:
            continue
        org_col = orgs[0].index
        form_cols = layout.role("form", group)
        values = layout.role("indicator", group)
        totals = layout.role("total", group)
        current_org = ""
        current_form = ""
        row_form: dict[tuple[int, int], str] = {}  # the form of each row of a table whose rows are forms
        for r in range(layout.header_rows, t.n_rows):
            if _numbering(t, r):
                continue  # a row of column numbers repeated under a heading on a new page
            kind = row_kind_text(t, r)
            if kind:
                row_label = collapse(_row_label(t, r))
                # «в том числе в форме «ученик – ученик»» under «Итого»: the total of that form's rows
                named = find_forms(row_label) if form_cols else []
                by_form = named[0] if len(named) == 1 else ""
                if not by_form and part_of_total(t, r):
                    # «в т.ч. сельские школы» under «Всего по району»: a part whose rows the table does not
                    # mark; it is no total of the rows above, so no claim is read from it
                    segment = []
                    continue
                for col in values + totals:
                    p = parse_number(t.text(r, col.index))
                    if p is not None and p.value is not None:
                        if by_form:
                            rows = [x for x in covered if row_form.get(x) == by_form]
                            claims.append(TableClaim(kind, t.index, r + 1, col.index + 1, col.indicator.code,
                                                     by_form, p.value, t.text(r, col.index), row_label, col.header,
                                                     unit=col.indicator.unit, segment=rows, covered=rows,
                                                     form_rows=True))
                            continue
                        earlier = [c.stated for c in claims[n_claims:] if c.col == col.index + 1 and c.kind == kind
                                   and not c.form_rows]
                        claims.append(TableClaim(kind, t.index, r + 1, col.index + 1, col.indicator.code,
                                                 col.form or "", p.value, t.text(r, col.index),
                                                 row_label, col.header, unit=col.indicator.unit,
                                                 segment=list(segment), covered=list(covered), subtotals=earlier))
                        for c in claims[n_claims:-1]:
                            if c.col == col.index + 1 and c.kind == kind and not c.form_rows:
                                c.later_totals = True
                segment = []
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
                    owner = t.rows[r][col.index].owner
                    note = parse_number(t.rows[owner[0]][owner[1]].text) if owner[0] == r else None
                    if note is None or note.value is not None:
                        continue
                    # «нет молодых специалистов» merged over several columns: nothing in each of them
                    raw = t.rows[owner[0]][owner[1]].text
                conf = t.rows[r][col.index].confidence
                p = parse_number(raw)
                if p is None and conf is not None:  # OCR: letters read for digits in a number column
                    p = parse_number(fix_number(raw))
                if p is None:
                    continue
                form = col.form or current_form
                if form_cols:
                    row_form[(t.index, r + 1)] = current_form
                row_facts.append(Fact(current_org, col.indicator.code, form or "", col.variant, p.value,
                                      col.indicator.unit, collapse(raw), t.index, r + 1, col.index + 1,
                                      confidence=conf))
            facts += row_facts
            if row_facts:
                segment.append((t.index, r + 1))
                covered.append((t.index, r + 1))
            for col in totals:
                p = parse_number(t.text(r, col.index))
                if p is not None and p.value is not None and row_facts:
                    claims.append(TableClaim("row_total", t.index, r + 1, col.index + 1,
                                             col.indicator.code, col.form or "", p.value,
                                             collapse(t.text(r, col.index)), current_org, col.header,
                                             parts=[i + 1 for i in col.parts]))
        for c in claims[n_claims:]:
            if c.kind in ("sum", "mean") and not c.covered and not c.later_totals:
                # «Всего по округу» right under the heading: it covers the rows below it
                below = [x for x in covered if x[1] > c.row and x[0] == t.index]
                c.covered, c.segment = list(below), list(below)
    return facts, claims


def _row_label(t: Table, r: int) -> str:
    for c in range(t.n_cols):
        if t.value(r, c).strip():
            return t.value(r, c)
    return ""


def _plain_form(text: str) -> str:
    f = fold(text).strip(" .")
    return re.sub(r"\s*-\s*", "-", f)


def variants_taught(doc: Document) -> dict[str, str]:
    """Which form the document itself puts each Р-145 variant under: a variant named below a
    short heading that names one form («Варианты программы наставничества «Учитель – ученик»»)
    belongs to it. This wins over the vocabulary's default form."""
    from normalizers.forms import find_variant

    out: dict[str, str] = {}
    current = ""
    for b in doc.blocks:
        if isinstance(b, Paragraph):
            forms = find_forms(b.text)
            if len(forms) == 1 and len(b.text) < 200 and not find_variant(b.text):
                current = forms[0]
                continue
            texts = [b.text]
        else:
            texts = [b.value(r, c) for r in range(b.n_rows) for c in range(b.n_cols)]
        if not current:
            continue
        for text in texts:
            v = find_variant(text)
            if v and v not in out:
                out[v] = current
    return out


def _orgs_across(layout: Layout) -> dict[int, str]:
    """Organizations as columns: the first row names two or more of them, the first column
    none. Column index → organization name."""
    t = layout.table
    if t.n_rows < 2:
        return {}
    heads = {c: collapse(t.value(0, c)) for c in range(1, t.n_cols)}
    orgs = {c: h for c, h in heads.items() if looks_like_org(h) and not TOTAL_LABEL.match(fold(h))}
    first_col = [t.value(r, 0) for r in range(1, t.n_rows)]
    if len(orgs) < 2 or any(looks_like_org(x) for x in first_col):
        return {}
    return orgs


def _label_col(t: Table, orgs: dict[int, str]) -> int:
    """The column that names each row: the first left of the organizations that holds text,
    not a row number («№ п/п | Показатель | МБОУ СШ № 1 | …»)."""
    for c in range(min(orgs) if orgs else 1):
        cells = [t.value(r, c) for r in range(1, t.n_rows) if t.value(r, c)]
        if cells and sum(not is_number(x) for x in cells) * 2 >= len(cells):
            return c
    return 0


def _label_cols(t: Table, orgs: dict[int, str]) -> list[int]:
    """Every column left of the organizations that names rows: «Форма | Показатель | МБОУ …»
    reads «Ученик – ученик» (merged down its rows) and «наставников» together."""
    first = _label_col(t, orgs)
    out = [first]
    for c in range(first + 1, min(orgs) if orgs else first + 1):
        cells = [t.value(r, c) for r in range(1, t.n_rows) if t.value(r, c)]
        if cells and sum(not is_number(x) for x in cells) * 2 >= len(cells):
            out.append(c)
    return out


def _young_specialists_mentors(facts: list[Fact]) -> None:
    """A table of young specialists only (how many, how many have a mentor, the share) with a
    column of their mentors («Педагоги-наставники, чел.»): those mentors work in the form whose
    mentee is a young specialist (vocabulary: the variant «наставник - молодой специалист»)."""
    from normalizers.vocab import variant_form

    codes = {f.indicator for f in facts}
    others = codes - {"mentors"}
    if "mentors" not in codes or not others or not all(c.startswith("young_teacher") for c in others):
        return
    form = variant_form("наставник - молодой специалист") or ""
    for f in facts:
        if f.indicator == "mentors" and not f.form:
            f.form = form


def _transposed_table(layout: Layout, orgs: dict[int, str], section: str, taught: dict[str, str]) -> list[Fact]:
    """Rows are indicators or Р-145 variants (named by one label column or several), columns
    organizations."""
    t = layout.table
    facts = []
    intro = find_forms(section)
    lcs = _label_cols(t, orgs)
    parent = ""  # «Наставляемых по формам, чел.:» over rows that name only a form
    outer = ""  # the first label of the row above: a cell merged down over two rows, its merge lost
    firsts = [collapse(t.value(r, lcs[0])) if lcs else "" for r in range(t.n_rows)]
    for r in range(1, t.n_rows - 1):  # «Работодатель –» over «ученик»»: one label wrapped over two rows
        a, b = firsts[r], firsts[r + 1]
        if len(lcs) >= 2 and a and b and a.count("«") > a.count("»") and b.count("»") > b.count("«"):
            firsts[r] = firsts[r + 1] = f"{a} {b}"
    for r in range(1, t.n_rows):
        parts = [collapse(t.value(r, c)) for c in lcs]
        if len(parts) >= 2:
            parts[0] = firsts[r]
        if len(parts) >= 2 and parts[0]:
            outer = parts[0]
        elif len(parts) >= 2 and not parts[0] and parts[1] and outer:
            parts[0] = outer  # ««Ученик – ученик» | наставников» over «| наставляемых»
        label = collapse(" ".join(dict.fromkeys(x for x in parts if x)))
        if not label or TOTAL_LABEL.match(fold(label)):
            continue
        if all(parse_number(collapse(t.text(r, c))) is None for c in orgs):
            own = read_header(label)
            parent = label if own is not None and own.understood else ""
            continue
        what = _row_reading(label, intro, taught=taught)
        if parent and (what is None or what[0] == "program_participants"):
            what = _row_reading(label, intro, header=parent, taught=taught) or what
        if what is None:
            continue
        code, unit, form, variant = what
        for c, name in orgs.items():
            raw = collapse(t.text(r, c))
            p = parse_number(raw)
            if p is None:
                continue
            facts.append(Fact(name, code, form, variant, p.value, unit, raw, t.index, r + 1, c + 1))
    return facts


def _transposed_totals(layout: Layout, orgs: dict[int, str], facts: list[Fact]) -> list[TableClaim]:
    """«Итого» / «Всего» columns of a table with organizations as columns: each row's total of
    its organizations' cells, a claim to recompute (shares and means are not added up)."""
    t = layout.table
    head = {c: collapse(" ".join(t.value(r, c) for r in range(layout.header_rows or 1))) for c in range(t.n_cols)}
    totals = [c for c in range(t.n_cols) if c not in orgs and TOTAL_LABEL.match(fold(head[c]))]
    by_row = {}
    for f in facts:
        by_row.setdefault(f.row, f)
    out = []
    for c in totals:
        for row, f in sorted(by_row.items()):
            if f.unit == "percent":
                continue
            raw = collapse(t.text(row - 1, c))
            p = parse_number(raw)
            if p is None or p.value is None:
                continue
            out.append(TableClaim("row_total", t.index, row, c + 1, f.indicator, f.form, p.value, raw,
                                  label=collapse(t.value(row - 1, _label_col(t, orgs))), header=head[c],
                                  parts=sorted(cc + 1 for cc in orgs), unit=f.unit))
    return out


def _row_reading(label: str, intro: list[str], header: str = "",
                 taught: dict[str, str] | None = None) -> tuple[str, str, str, str] | None:
    """(indicator, unit, form, variant) a row label says, with the column heading `header`
    for what is counted when the label is a variant; None when it says nothing known."""
    from normalizers.forms import split_heading

    form, variant, rest = split_heading(label)
    if variant and taught and variant in taught:
        form = taught[variant]
    if not form and len(intro) == 1:
        form = intro[0]
    reading = read_header(header) if header else None
    if reading is None or not reading.understood:
        reading = read_header(rest) if rest else None
    if reading is not None and reading.understood:
        return reading.indicator.code, reading.indicator.unit, form or reading.form or "", variant or ""
    if variant or "«" in label or '"' in label or VARIANT_NOTE.search(label):
        v = variant or variant_name(label)
        return "program_participants", "persons", form or variant_form(v) or "", v
    return None


def _single_org_table(layout: Layout, org: str, section: str, taught: dict[str, str]) -> list[Fact]:
    """A table of one organization: «Показатель | Значение» rows, or rows of forms and
    variants with a column per indicator. The form cell of merged rows carries down."""
    from normalizers.forms import canonical_form as form_of
    from normalizers.forms import find_variant

    t = layout.table
    facts = []
    intro = find_forms(section)
    headers = {c.index: c.header for c in layout.columns}
    current_form = ""
    for r in range(layout.header_rows, t.n_rows):
        cells = [collapse(t.value(r, c)) for c in range(t.n_cols)]
        if any(fold(x).startswith("итого") or re.fullmatch(r"всего\s*[:.]?", fold(x)) for x in cells[:2] if x):
            continue  # «Итого», a bare «Всего»: a claim, not a fact («Всего обучающихся» is a value)
        numbers = {c: parse_number(t.text(r, c)) for c in range(t.n_cols)}
        texts = [c for c in range(t.n_cols) if cells[c] and numbers[c] is None]
        row_form = next((form_of(cells[c]) for c in texts if form_of(cells[c]) and not find_variant(cells[c])), None)
        if row_form:
            current_form = row_form
        variant_cell = next((cells[c] for c in texts if find_variant(cells[c])), "")
        label = variant_cell or next((cells[c] for c in texts if not form_of(cells[c])), "")
        if not label and row_form:  # «Ученик – ученик | 34 | 52 | 30»: the columns say what is counted
            label = next(cells[c] for c in texts if form_of(cells[c]))
        if not label:
            continue
        for c, p in numbers.items():
            if p is None or (c == 0 and re.fullmatch(r"\d{1,3}\.?", cells[c])):
                continue  # the row's number
            what = _row_reading(label, [current_form] if current_form else intro,
                                header=_value_header(headers.get(c, "")), taught=taught)
            if what is None:
                continue
            code, unit, form, variant = what
            facts.append(Fact(org, code, form, variant, p.value, unit, cells[c], t.index, r + 1, c + 1))
    return facts


def _value_header(header: str) -> str:
    """A column heading that says what is counted; «Значение», «Показатель» say nothing."""
    return "" if re.fullmatch(r"(?:значение|показатель|кол-?во|количество|всего|факт)?\W*", fold(header)) else header


def variant_name(label: str) -> str:
    """'«Успевающий - неуспевающий» (микро-проект)' → 'успевающий - неуспевающий'."""
    s = VARIANT_NOTE.sub("", label)
    s = fold(s).strip(" .:")
    return re.sub(r"\s*-\s*", " - ", s)
