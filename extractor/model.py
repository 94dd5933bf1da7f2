"""The one document model every reader produces and every later stage reads.

Nothing downstream of a reader may ask which format a document came from: a reader's
whole job is to turn its format into these plain records.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Cell:
    """One grid position. A merged cell is stored once, at its top-left owner; the
    positions it covers hold empty text and point back to the owner, so a grid read
    from TXT (where merges are just empty cells) equals the same grid read from DOCX."""

    text: str = ""
    rowspan: int = 1
    colspan: int = 1
    owner: tuple[int, int] | None = None  # (row, col) of the covering cell, 0-based
    confidence: float | None = None  # OCR confidence 0-1 (lowest word); None when read from text

    def __repr__(self) -> str:
        span = f" {self.rowspan}x{self.colspan}" if (self.rowspan, self.colspan) != (1, 1) else ""
        return f"Cell({self.text!r}{span}{' covered' if self.owner else ''})"


@dataclass
class Table:
    rows: list[list[Cell]]
    index: int = 0  # 1-based in document order, set by Document
    page: int | None = None
    line: int = 0  # paragraph number just before the table: where it stands in the text
    nested_in: int | None = None  # index of the table whose cell holds this one
    # page of each row where a table runs over several pages (PDF); empty: all on `page`
    row_pages: list[int] = field(default_factory=list)

    def page_of(self, r: int) -> int | None:
        """1-based page of row r (0-based), for paged formats."""
        if 0 <= r < len(self.row_pages):
            return self.row_pages[r]
        return self.page

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        # cached: asked for in every per-row loop; rows only ever grow by whole rows (PDF continuations)
        key = len(self.rows)
        cached = self.__dict__.get("_n_cols")
        if cached is None or cached[0] != key:
            cached = (key, max((len(r) for r in self.rows), default=0))
            self.__dict__["_n_cols"] = cached
        return cached[1]

    @property
    def shape(self) -> tuple[int, int]:
        return self.n_rows, self.n_cols

    def text(self, r: int, c: int) -> str:
        """Cell text as printed (empty for covered positions)."""
        row = self.rows[r]
        return row[c].text if c < len(row) else ""

    def value(self, r: int, c: int) -> str:
        """Cell text with merges resolved: a covered position reads its owner's text."""
        if c >= len(self.rows[r]):
            return ""
        cell = self.rows[r][c]
        if cell.owner is not None:
            orow, ocol = cell.owner
            return self.rows[orow][ocol].text
        return cell.text

    def is_covered(self, r: int, c: int) -> bool:
        return c < len(self.rows[r]) and self.rows[r][c].owner is not None

    def grid(self) -> list[list[str]]:
        return [[self.text(r, c) for c in range(self.n_cols)] for r in range(self.n_rows)]

    def __repr__(self) -> str:
        return f"Table(#{self.index} {self.n_rows}x{self.n_cols} page={self.page} line={self.line})"


@dataclass
class Paragraph:
    text: str
    line: int  # 1-based paragraph (or, for TXT, file line) number
    page: int | None = None

    def __repr__(self) -> str:
        return f"Paragraph({self.line}: {self.text[:40]!r})"


Block = Paragraph | Table


@dataclass
class Document:
    source: str  # path relative to the input argument, forward slashes
    format: str  # docx | pdf | txt | doc | rtf | odt | pdf-scanned
    sha256: str = ""
    pages: int | None = None
    blocks: list[Block] = field(default_factory=list)
    path: str = ""

    def __post_init__(self) -> None:
        self.renumber()

    def renumber(self) -> None:
        n = 0
        for b in self.blocks:
            if isinstance(b, Table):
                n += 1
                b.index = n

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def __repr__(self) -> str:
        return (f"Document({self.source!r} {self.format} paragraphs={len(self.paragraphs)} "
                f"tables={len(self.tables)})")


class ReadError(Exception):
    """A file that cannot be read; the message is shown to the user, in Russian."""


class ToolMissing(ReadError):
    """A file that could be read with a system tool that is not installed (LibreOffice,
    Tesseract): the next build tries it again."""


def grid_to_table(grid: list[list[str]], **kw) -> Table:
    """A table from plain rows of text (no merges), padded to a rectangle."""
    grid = align_ragged_header(grid)
    width = max((len(r) for r in grid), default=0)
    rows = [[Cell(t) for t in r] + [Cell("") for _ in range(width - len(r))] for r in grid]
    return Table(rows=rows, **kw)


def align_ragged_header(grid: list[list[str]]) -> list[list[str]]:
    """A two-level header written as plain rows (TXT, a sheet, an unruled PDF) loses its merges:
    «Наставляемые | Наставники» over «чел. | % | чел. | %» comes as a row of 5 cells over a row
    of 4 above rows of 7. The lower row belongs to the last columns (the first ones span both
    rows), and each group cell of the upper row spans an equal share of them. Rows that do not
    add up that way are left as they are."""
    width = max((len(r) for r in grid), default=0)
    first_full = next((i for i, r in enumerate(grid) if len(r) == width), None)
    if first_full is None or first_full < 2:
        return grid
    upper, lower = grid[first_full - 2], grid[first_full - 1]
    m, p = len(lower), len(upper)
    lead = width - m
    groups = p - lead
    if not (0 < m < width and lead > 0 and groups >= 1 and m % groups == 0 and m // groups >= 2):
        return grid
    span = m // groups
    new_upper = list(upper[:lead])
    for cell in upper[lead:]:
        new_upper += [cell] + [""] * (span - 1)
    out = [list(r) for r in grid]
    out[first_full - 2] = new_upper
    out[first_full - 1] = [""] * lead + list(lower)
    return out


def _row_starts(table: Table, r: int) -> set[int]:
    """Grid columns where a cell starts in row r (vertical merges keep their column)."""
    starts = set()
    for c, cell in enumerate(table.rows[r]):
        if cell.owner is None or cell.owner[1] == c:
            starts.add(c)
    return starts | {table.n_cols}


def split_union_grid(table: Table) -> list[Table]:
    """Two tables that touch (adjacent Word tables saved as one, or drawn together) come as
    one grid whose rows use different column boundaries. Rows are grouped while their
    boundaries are compatible (one set within the other); each group becomes a table with
    only the columns it uses, spans recomputed."""
    if table.n_rows == 0:
        return [table]
    groups: list[tuple[int, int, set[int]]] = []
    for r in range(table.n_rows):
        starts = _row_starts(table, r)
        if groups:
            g0, _, union = groups[-1]
            if starts <= union or union <= starts:
                groups[-1] = (g0, r + 1, union | starts)
                continue
        groups.append((r, r + 1, starts))
    if len(groups) == 1 and len(groups[0][2]) == table.n_cols + 1:
        return [table]
    return [_compact(table, g0, g1, sorted(union)) for g0, g1, union in groups]


def _compact(table: Table, r0: int, r1: int, bounds: list[int]) -> Table:
    newcol = {b: i for i, b in enumerate(bounds)}
    width = len(bounds) - 1
    rows = [[Cell() for _ in range(width)] for _ in range(r1 - r0)]
    for r in range(r0, r1):
        for c, cell in enumerate(table.rows[r]):
            if cell.owner is not None and cell.owner[0] >= r0:
                continue
            if c not in newcol or newcol[c] >= width:
                continue
            if cell.owner is not None:  # continues a cell that began above this group
                text, rowspan, colspan = "", 1, 1
                src = table.rows[cell.owner[0]][cell.owner[1]]
                rowspan = max(1, min(cell.owner[0] + src.rowspan, r1) - r)
                colspan = src.colspan
            else:
                text, rowspan, colspan = cell.text, min(cell.rowspan, r1 - r), cell.colspan
            end = c + colspan
            k0 = newcol[c]
            k1 = next((newcol[b] for b in bounds if b >= end), width)
            rr = r - r0
            rows[rr][k0] = Cell(text=text, rowspan=rowspan, colspan=max(1, k1 - k0))
            for dr in range(rowspan):
                for dk in range(k1 - k0):
                    if (dr, dk) != (0, 0) and rr + dr < len(rows):
                        rows[rr + dr][k0 + dk] = Cell(owner=(rr, k0))
    return Table(rows=rows, page=table.page, line=table.line, nested_in=table.nested_in)
