"""Understanding a table: header rows → column roles → row kinds. Each step is a plain
function over the document model, so `spravki show` and the tests can look at each one."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.forms import find_forms, is_form_text, split_heading
from normalizers.numbers import parse_number
from normalizers.organizations import LEGAL, looks_like_org
from normalizers.text import collapse, fold
from normalizers.vocab import indicators

from .headers import Features, Indicator, Reading, caption_of, features_of, read_header
from .model import Table

# Rows that state a total or an average instead of an organization's value.
# "ИТОГО", "Итого:", "Всего", "Итого по городу", "Общее количество:", "Средний показатель:"
PART_OF_TOTAL = re.compile(r"^(?:в\s+том\s+числе|в\s+т\.\s?ч\.?|из\s+них)\b")
TOTAL_ROW = re.compile(r"^(итого|всего|общее\s+количество|общее\s+число|сумма|в\s+сумме)")
MEAN_ROW = re.compile(r"^(средн\w*|в\s+среднем)")
# A per-row total column: "Всего пар", "Итого"
TOTAL_COL = re.compile(r"^(всего|итого)\b|\b(всего|итого)\W*(?:чел\W*|ед\W*)?$")  # also a leaf «всего»
NUMBER_COL = re.compile(r"^(№|n\b|no\b|п/п|#)")
# A cell listing organizations: "№№2,4,5,34,70", "1, 2, 7, 15" (three items at least, so that
# a decimal comma "12,5" is no list)
LIST_CELL = re.compile(r"№\s*№|^\s*№?\s*\d+(?:\s*[,;]\s*\d+){2,}")


@dataclass
class Column:
    index: int
    role: str  # number | org | form | indicator | total | text
    header: str
    indicator: Indicator | None = None
    form: str | None = None
    variant: str = ""  # a Р-145 variant the heading names («успевающий - неуспевающий»)
    reading: Reading | None = None  # how the heading was read (features, rule), for `show`
    note: str = ""  # why a reading was changed by the table's own numbers
    parts: list[int] = field(default_factory=list)  # a per-row total: the columns it adds up


@dataclass
class Layout:
    table: Table
    header_rows: int
    columns: list[Column]
    groups: list[list[int]] = field(default_factory=list)  # column indexes per side-by-side half

    def role(self, role: str, group: list[int] | None = None) -> list[Column]:
        cols = self.columns if group is None else [self.columns[i] for i in group]
        return [c for c in cols if c.role == role]


def _numeric(text: str) -> bool:
    p = parse_number(text)
    return p is not None


def _is_numbering_row(cells: list[str]) -> bool:
    """A row of column numbers under the header: '1 2 3 4' (on a PDF page's repeated header
    a few letters of the heading may have fallen into it: 'че3л.')."""
    vals = [c.strip().rstrip(".") for c in cells if c.strip()]
    digits = [re.sub(r"\D", "", v) for v in vals]
    if len(vals) < 3 or not all(digits) or sum(v.isdigit() for v in vals) * 2 < len(vals):
        return False
    return [int(d) for d in digits] == list(range(int(digits[0]), int(digits[0]) + len(digits)))


def header_rows(table: Table) -> int:
    """Leading rows with no value in them (or a row of column numbers), at most four."""
    n = 0
    while n < min(table.n_rows, 4):
        cells = [table.value(n, c) for c in range(table.n_cols)]
        if _is_numbering_row(cells):
            n += 1
            continue
        if n >= 1 and table.n_cols > 2 and len({x for x in cells if x}) == 1 and all(cells):
            break  # one label over the whole width under the headings: a group of rows («Городские ОО»)
        has_value = any(_numeric(t) and parse_number(t).value is not None for t in cells[1:])
        # a group label over the first row («Средние общеобразовательные школы» over one half) heads the
        # columns; under the headings it begins a group of rows
        over_heading = n == 0 and table.n_rows > 1 and any(
            _header_word(x) or _header_like(x) for x in (table.value(1, c) for c in range(table.n_cols)))
        has_org = any(looks_like_org(t) and not _header_word(t) and not _header_like(t)
                      and not (over_heading and _group_label(t)) for t in cells)
        if has_value or has_org:
            break
        n += 1
    return n


GROUP_LABEL = re.compile(r"^(?:[а-я-]+,?\s+(?:и\s+)?){0,4}(?:школы|организации|учреждения|гимназии|лицеи|сады|оо|оу)$")


def _group_label(text: str) -> bool:
    """«Средние общеобразовательные школы», «Гимназии и лицеи»: a kind of organization in the
    plural over a part of the table, no name of one."""
    return bool(GROUP_LABEL.match(fold(text).strip(" .:")))


def _header_like(text: str) -> bool:
    """A cell that says what is counted («Кол-во молодых специалистов (стаж до 3 лет)»), even
    when a word of it looks like part of an organization's name."""
    f = features_of(text)  # («средняя» школа is no mean)
    return f.measure in ("count", "share") or f.head not in ("", "organizations")


def _header_word(text: str) -> bool:
    f = fold(text)
    if re.match(r"^(наименование|название|образовательн\w* организац|оо\b|оу\b|организаци)", f):
        return True
    # «МОУ», «МБОУ», «Школа»: a type or legal form alone over the names is the column's heading
    f = f.strip(" .:")
    legal = LEGAL.match(f)
    return bool(legal and legal.end() == len(f) or re.fullmatch(r"школа|учреждение|оу|до[уо]", f))


def header_texts(table: Table, n_header: int) -> list[str]:
    """Each column's header, parents first ('количество вовлеченных …, в т.ч.: обучающихся
    (человек)'). Where merges were lost (TXT), an empty parent cell over a split child row
    takes the text of its left neighbour."""
    out = []
    grid = [[table.value(r, c) for c in range(table.n_cols)] for r in range(n_header)]
    for r in range(n_header - 1):
        for c in range(1, table.n_cols):
            if not grid[r][c] and grid[r][c - 1] and grid[r + 1][c] and grid[r + 1][c - 1] \
                    and not table.is_covered(r, c) and not _is_numbering_row(grid[r + 1]):
                grid[r][c] = grid[r][c - 1]
    for c in range(table.n_cols):
        parts: list[str] = []
        for r in range(n_header):
            t = collapse(grid[r][c])
            if t and (not parts or parts[-1] != t) and not _is_numbering_row(grid[r]):
                parts.append(t)
        out.append(" ".join(parts))
    return out


def column_roles(table: Table, n_header: int, headers: list[str], section: str = "",
                 doc_is_plan: bool = False, user_headers: tuple[tuple[str, str, str], ...] = (),
                 title: str = "") -> list[Column]:
    data = [r for r in range(n_header, table.n_rows) if not _summary_row(table, r)]
    cols = []
    left: Features | None = None
    caption = caption_of(section)
    caption_forms = find_forms(caption) if len(caption) < 250 else []
    # a caption's one form, else the one form the document is about («Справка о реализации формы
    # «работодатель – ученик»»): the form of what its tables count per form
    title_forms = find_forms(title)
    caption_form = caption_forms[0] if len(caption_forms) == 1 else \
        title_forms[0] if not caption_forms and len(title_forms) == 1 else None
    for c in range(table.n_cols):
        texts = [table.text(r, c).strip() for r in data]
        texts = [t for t in texts if t]
        h = fold(headers[c])
        # the heading's own cell under a group label («Средние общеобразовательные школы» / «№»)
        leaf = fold(table.value(n_header - 1, c)) if n_header else h
        n = max(len(texts), 1)
        numeric = sum(_numeric(t) for t in texts) / n
        orgs = sum(looks_like_org(t) for t in texts) / n
        forms = sum(is_form_text(t) for t in texts) / n
        lists = sum(bool(LIST_CELL.search(t)) for t in texts) / n
        percent = sum(bool(_numeric(t) and parse_number(t).percent) for t in texts) / n
        # («1 0»: a row number a PDF wrapped over two lines)
        small_ints = texts and all(re.fullmatch(r"\d(?:\s?\d){0,2}\.?", t) for t in texts)
        if not texts:
            role = "text"
        elif (NUMBER_COL.match(h) or NUMBER_COL.match(leaf)) and (small_ints or numeric >= 0.8) and c < table.n_cols - 1:
            role = "number"
        elif orgs >= 0.5 and lists < 0.5:
            role = "org"
        elif forms >= 0.6:
            role = "form"
        elif lists >= 0.5:
            role = "list"
        elif numeric >= 0.5 and TOTAL_COL.search(h):
            role = "total"
        elif numeric >= 0.5:
            role = "indicator"
        else:
            role = "text"
        col = Column(index=c, role=role, header=headers[c])
        if role in ("indicator", "total"):
            form, variant, header = split_heading(headers[c])
            col.variant = variant or ""
            bare = bool(form or variant) and not header
            # a bare form name over numbers: the caption says what is counted, else the
            # form's participants
            reading = read_header("" if bare else header, section, percent >= 0.5, doc_is_plan, left)
            if bare and not reading.understood:
                reading = read_header("участников", "", percent >= 0.5, doc_is_plan)
            reading = _user_reading(headers[c], reading, user_headers)
            if not form and not reading.form and caption_form and per_form(reading.indicator.code):
                form = caption_form  # «Таблица 2. Наставничество в форме «учитель – учитель»»
            col.reading, col.indicator = reading, reading.indicator
            col.form = form or reading.form or None
            if col.form and reading.understood and not per_form(reading.indicator.code) and not reading.form:
                col.form = None  # «Форма … / Количество предприятий»: the form only groups the columns
            left = reading.features
        cols.append(col)
    return cols


def per_form(code: str) -> bool:
    from normalizers.vocab import indicators

    d = indicators().get(code)
    return bool(d and d.per_form)


def _user_reading(header: str, reading: Reading, user_headers: tuple[tuple[str, str, str], ...]) -> Reading:
    """headers.csv wins: its heading may be the whole path or its last part (the leaf)."""
    if not user_headers:
        return reading
    h = fold(header).strip(" :.,")
    for key, code, unit in user_headers:
        if h == key or h.endswith(" " + key):
            return Reading(Indicator(code, unit), True, reading.features, why="headers.csv")
    return reading


def _values(table: Table, n_header: int, c: int) -> list[float | None]:
    """The column's numbers in organization rows (None where the cell holds none)."""
    out = []
    for r in range(n_header, table.n_rows):
        if _summary_row(table, r):
            continue
        p = parse_number(table.text(r, c))
        out.append(p.value if p is not None else None)
    return out


# Indicators that count the same people as a denominator does, and that denominator.
DENOMINATOR = {"students_involved": "students_total", "teachers_involved": "teachers_total"}
MAX_FORMS = 10  # no organization implements more forms than Р-145 and its common extras name


def _check_readings(table: Table, n_header: int, cols: list[Column], groups: list[list[int]]) -> None:
    """Readings tested against what must hold in the domain; a reading that breaks it is
    changed when the table says what the column is, or left as not understood."""
    vals = {c.index: _values(table, n_header, c.index) for c in cols if c.role in ("indicator", "total")}
    # A «Всего …» column is a per-row total only when the numbers say so. One that names a
    # denominator («Всего обучающихся в ОО») must equal the sum of its siblings in most rows;
    # a bare «Всего» / «Всего пар» must never be below a part and add up somewhere (the rest
    # are the report's errors, which the checks then show).
    for c in cols:
        if c.role != "total":
            continue
        bare = not understood(c)  # «Всего», «Итого»: of whatever the columns before it count
        siblings = [s for s in cols if s.role == "indicator" and s.indicator and c.indicator
                    and (bare or s.indicator.unit == c.indicator.unit) and s.indicator.unit != "percent"
                    and s.indicator.code not in DENOMINATOR.values()]
        parts = [vals[s.index] for s in siblings]
        named_base = c.indicator is not None and c.indicator.code in DENOMINATOR.values()
        # «всего | из них …»: the columns after it are parts of it, not what it adds up
        subsets = any(s.reading and "subset" in s.reading.features.flags for s in siblings)
        if len(parts) >= 2 and not subsets and _adds_up(vals[c.index], parts, 0.6 if named_base else 0.0) \
                and (named_base or _covers(vals[c.index], parts)):
            c.parts = [s.index for s in siblings]
        else:
            c.role = "indicator"
            c.note = "«всего» не равно сумме соседних столбцов — это отдельный показатель"
    for c in cols:
        if c.role != "indicator" or c.indicator is None:
            continue
        v = [x for x in vals[c.index] if x is not None]
        code = c.indicator.code
        known = indicators().get(code)
        if c.indicator.unit == "percent" and any(x > (known.max_value if known else 100.0) + 1e-9 for x in v):
            c.indicator = Indicator(code.replace("_pct", "") + "_value", "count")
            c.note = "значения больше 100 — это не доля"
        elif code == "forms_count" and any(x > MAX_FORMS or x != int(x) for x in v):
            c.indicator = Indicator("forms_count_value", "count")
            c.note = "значения не похожи на число форм"
    # «Обучающихся | из них в роли наставляемого | Доля, %»: a bare count of people whose «из них»
    # parts do not add up to it, and which a share column divides, is the population (the
    # denominator), not those involved
    for k, c in enumerate(cols):
        den = DENOMINATOR.get(c.indicator.code) if c.role == "indicator" and c.indicator else None
        if not den or c.reading is None or "involved" in c.reading.features.flags:
            continue
        after = [s for s in cols[k + 1:] if s.role == "indicator" and s.indicator and s.reading]
        subsets = [s for s in after if "subset" in s.reading.features.flags and s.indicator.unit != "percent"]
        shares = [s for s in after if s.indicator.unit == "percent"]
        if not subsets or not shares or _adds_up(vals[c.index], [vals[s.index] for s in subsets], 0.5):
            continue
        if any(_divides(vals[c.index], vals[sub.index], vals[sh.index]) for sub in subsets for sh in shares):
            c.indicator = Indicator(den, "persons")
            c.note = "столбец «из них» и доля от него: это численность (знаменатель)"
    # Two columns of one side-by-side half read as the same indicator (same form): where one
    # holds at least the other's value in every row and the indicator has a denominator, the
    # larger is it.
    seen: dict[tuple, Column] = {}
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    for c in cols:
        if c.role != "indicator" or c.indicator is None:
            continue
        key = (group_of.get(c.index), c.indicator.code, c.form or "", c.variant)
        other = seen.get(key)
        if other is None:
            seen[key] = c
            continue
        den = DENOMINATOR.get(c.indicator.code)
        a, b = vals[other.index], vals[c.index]
        pairs = [(x, y) for x, y in zip(a, b, strict=True) if x is not None and y is not None]
        if den and pairs and all(x >= y for x, y in pairs):
            other.indicator = Indicator(den, "persons")
            other.note = "больше соседнего столбца того же показателя — это знаменатель"
            seen[key] = c
        elif den and pairs and all(y >= x for x, y in pairs):
            c.indicator = Indicator(den, "persons")
            c.note = "больше соседнего столбца того же показателя — это знаменатель"
        elif c.indicator.code in ("mentors", "mentees") and {other.reading.features.head if other.reading else "",
                                                              c.reading.features.head if c.reading else ""} \
                == {"students", "teachers"}:
            # «Обучающиеся-наставники | Педагоги-наставники»: the teachers' column counts teachers involved
            teacher = c if c.reading.features.head == "teachers" else other
            teacher.indicator = Indicator("teachers_involved", "persons")
            teacher.note = "педагоги в той же роли, что и обучающиеся соседнего столбца"
            seen[key] = c if teacher is other else other
        else:
            c.indicator = Indicator(f"{c.indicator.code}_{c.index + 1}", c.indicator.unit)
            c.note = "второй столбец того же показателя — не понят"


def _divides(base: list[float | None], part: list[float | None], share: list[float | None]) -> bool:
    """share ≈ part / base · 100 in most rows that hold all three."""
    rows = [(b, p, s) for b, p, s in zip(base, part, share, strict=True) if b and p is not None and s is not None]
    hits = sum(abs(p / b * 100 - s) <= 0.051 + 1e-9 for b, p, s in rows)
    return len(rows) >= 2 and hits * 3 >= 2 * len(rows)


def _covers(total: list[float | None], parts: list[list[float | None]]) -> bool:
    """No part is larger than the total, in any row."""
    return all(t is None or all(p[i] is None or p[i] <= t + 1e-9 for p in parts) for i, t in enumerate(total))


def _adds_up(total: list[float | None], parts: list[list[float | None]], share: float) -> bool:
    """The total equals the sum of the parts in more than `share` of the rows (one at least)."""
    if not parts:
        return False
    rows = hits = 0
    for i, t in enumerate(total):
        if t is None:
            continue
        ps = [p[i] for p in parts if p[i] is not None]
        if not ps:
            continue
        rows += 1
        hits += abs(sum(ps) - t) < 1e-6
    return rows > 0 and hits >= 1 and hits > share * rows


def understood(col: Column) -> bool:
    """A value column whose reading is one of the vocabulary's indicators (or the user's)."""
    from normalizers.vocab import indicators

    if col.indicator is None:
        return False
    return col.indicator.code in indicators() or bool(col.reading and col.reading.why == "headers.csv")


def _summary_row(table: Table, r: int) -> bool:
    return row_kind_text(table, r) is not None


def row_kind_text(table: Table, r: int) -> str | None:
    """'sum' or 'mean' when the row states a total or an average; «в том числе …» right under
    a total is a part of that total («Итого» / «в том числе в форме «ученик – ученик»»)."""
    for c in range(min(3, table.n_cols)):
        f = fold(table.value(r, c)).strip()
        if TOTAL_ROW.match(f):
            return "sum"
        if MEAN_ROW.match(f) and not looks_like_org(f):  # «средняя школа № 2» is a school
            return "mean"
    return "sum" if part_of_total(table, r) else None


def part_of_total(table: Table, r: int) -> bool:
    """A row that breaks down the total above it: «в том числе …», or a group label after one."""
    first = next((fold(table.value(r, c)).strip() for c in range(min(3, table.n_cols)) if table.value(r, c).strip()), "")
    if PART_OF_TOTAL.match(first):
        return r > 0 and row_kind_text(table, r - 1) == "sum"
    return bool(first and _group_label(first) and r > 0 and part_of_total(table, r - 1))


def groups_of(columns: list[Column]) -> list[list[int]]:
    """Side-by-side halves ('№ | ОУ | count' twice in a row): one group per name column,
    starting at the number column just before it."""
    orgs = [c.index for c in columns if c.role == "org"]
    if len(orgs) <= 1:
        return [[c.index for c in columns]]
    starts = []
    for o in orgs:
        s = o - 1 if o > 0 and columns[o - 1].role == "number" else o
        starts.append(s)
    starts[0] = 0
    bounds = starts + [len(columns)]
    return [list(range(bounds[i], bounds[i + 1])) for i in range(len(starts))]


def analyze(table: Table, section: str = "", doc_is_plan: bool = False,
            user_headers: tuple[tuple[str, str, str], ...] = (), title: str = "") -> Layout:
    """`title`: the document's own name («Справка о реализации формы «работодатель – ученик»»)."""
    n_header = header_rows(table)
    headers = header_texts(table, n_header)
    columns = column_roles(table, n_header, headers, section, doc_is_plan, user_headers, title)
    groups = groups_of(columns)
    _check_readings(table, n_header, columns, groups)
    return Layout(table=table, header_rows=n_header, columns=columns, groups=groups)
