"""Understanding a table: header rows → column roles → row kinds. Each step is a plain
function over the document model, so `spravki show` and the tests can look at each one."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.forms import canonical_form, is_form_text
from normalizers.numbers import parse_number
from normalizers.organizations import looks_like_org
from normalizers.text import collapse, fold

from .model import Table
from .vocabulary import Indicator, classify

# Rows that state a total or an average instead of an organization's value.
# "ИТОГО", "Итого:", "Всего", "Итого по городу", "Общее количество:", "Средний показатель:"
TOTAL_ROW = re.compile(r"^(итого|всего|общее\s+количество|общее\s+число|сумма|в\s+сумме)")
MEAN_ROW = re.compile(r"^(средн\w*|в\s+среднем)")
# A per-row total column: "Всего пар", "Итого"
TOTAL_COL = re.compile(r"^(всего|итого)\b")
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
    """A row of column numbers under the header: '1 2 3 4'."""
    vals = [c.strip().rstrip(".") for c in cells if c.strip()]
    return len(vals) >= 3 and all(v.isdigit() for v in vals) and \
        [int(v) for v in vals] == list(range(int(vals[0]), int(vals[0]) + len(vals)))


def header_rows(table: Table) -> int:
    """Leading rows with no value in them (or a row of column numbers), at most four."""
    n = 0
    while n < min(table.n_rows, 4):
        cells = [table.value(n, c) for c in range(table.n_cols)]
        if _is_numbering_row(cells):
            n += 1
            continue
        has_value = any(_numeric(t) and parse_number(t).value is not None for t in cells[1:])
        has_org = any(looks_like_org(t) and not _header_word(t) for t in cells)
        if has_value or has_org:
            break
        n += 1
    return n


def _header_word(text: str) -> bool:
    f = fold(text)
    return bool(re.match(r"^(наименование|название|образовательн\w* организац|оо\b|оу\b|организаци)", f))


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
                 doc_is_plan: bool = False) -> list[Column]:
    data = [r for r in range(n_header, table.n_rows) if not _summary_row(table, r)]
    cols = []
    for c in range(table.n_cols):
        texts = [table.text(r, c).strip() for r in data]
        texts = [t for t in texts if t]
        h = fold(headers[c])
        n = max(len(texts), 1)
        numeric = sum(_numeric(t) for t in texts) / n
        orgs = sum(looks_like_org(t) for t in texts) / n
        forms = sum(is_form_text(t) for t in texts) / n
        lists = sum(bool(LIST_CELL.search(t)) for t in texts) / n
        percent = sum(bool(_numeric(t) and parse_number(t).percent) for t in texts) / n
        small_ints = texts and all(re.fullmatch(r"\d{1,3}\.?", t) for t in texts)
        if not texts:
            role = "text"
        elif NUMBER_COL.match(h) and (small_ints or numeric >= 0.8) and c < table.n_cols - 1:
            role = "number"
        elif orgs >= 0.5 and lists < 0.5:
            role = "org"
        elif forms >= 0.6:
            role = "form"
        elif lists >= 0.5:
            role = "list"
        elif numeric >= 0.5 and TOTAL_COL.match(h):
            role = "total"
        elif numeric >= 0.5:
            role = "indicator"
        else:
            role = "text"
        col = Column(index=c, role=role, header=headers[c])
        if role in ("indicator", "total"):
            form = canonical_form(headers[c])
            col.form = form
            header = headers[c]
            if form:
                header = re.sub(r"[«\"']?\w+\s*[-–—]\s*\w+[»\"']?", " ", header, count=1)
            ind = classify(header, section, values_percent=percent >= 0.5, doc_is_plan=doc_is_plan)
            if form and not fold(header).strip(" :.,"):
                ind = classify(section or "участников", "", percent >= 0.5, doc_is_plan)
            col.indicator = ind
        cols.append(col)
    # the number column sits left of the name column; a lone number-like first column
    # with no name column beside it is an indicator after all
    return cols


def _summary_row(table: Table, r: int) -> bool:
    return row_kind_text(table, r) is not None


def row_kind_text(table: Table, r: int) -> str | None:
    """'sum' or 'mean' when the row states a total or an average."""
    for c in range(min(3, table.n_cols)):
        f = fold(table.value(r, c)).strip()
        if TOTAL_ROW.match(f):
            return "sum"
        if MEAN_ROW.match(f):
            return "mean"
    return None


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


def analyze(table: Table, section: str = "", doc_is_plan: bool = False) -> Layout:
    n_header = header_rows(table)
    headers = header_texts(table, n_header)
    columns = column_roles(table, n_header, headers, section, doc_is_plan)
    return Layout(table=table, header_rows=n_header, columns=columns, groups=groups_of(columns))
