"""TXT exports: encoding detection and the two table layouts found in real exports.

Layout A: one table row per line, cells separated by tabs (a blank line from a page break
may fall inside a table). Layout B: one cell per line starting with a tab, a cell's text
wrapping onto following lines without the tab, rows separated by one blank line.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..model import Document, Paragraph, ReadError, Table, grid_to_table

# Export artefacts: "[bookmark: _GoBack]", markdown bold "**…**", escapes like "\_".
BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
MD_BOLD = re.compile(r"\*\*")
MD_ESCAPE = re.compile(r"\\([_*\[\]()#+\-.!`>|~])")

CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (with or without BOM), cp1251 and kin."""
    if not data.strip():
        raise ReadError("пустой файл: в нём нет текста")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise ReadError(f"файл повреждён: ошибка кодировки {enc} ({e.reason})") from e
    sample = data[:4096]
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    if zeros_odd > 0.3 * half and zeros_even < 0.05 * half:
        return _checked(data.decode("utf-16-le", errors="replace"))
    if zeros_even > 0.3 * half and zeros_odd < 0.05 * half:
        return _checked(data.decode("utf-16-be", errors="replace"))
    if b"\x00" in sample:
        raise ReadError("файл не текстовый: двоичные данные (нулевые байты)")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # Single-byte Cyrillic: charset-normalizer guesses poorly on short texts, so the
    # candidates are ranked by how Russian the decoded text looks; it decides only ties.
    best_enc, best_score = None, -1.0
    for enc in ("cp1251", "koi8_r", "cp866", "mac_cyrillic"):
        try:
            sample_text = data[:100_000].decode(enc)
        except UnicodeDecodeError:
            continue
        score = _russianness(sample_text)
        if score > best_score:
            best_enc, best_score = enc, score
    if best_enc is None or best_score < 0.3:
        guess = from_bytes(data[:200_000]).best()
        if guess is None:
            raise ReadError("файл не текстовый: не удалось определить кодировку")
        best_enc = guess.encoding
    return _checked(data.decode(best_enc, errors="replace"))


# Letter frequencies of Russian text: the right code page scores near 0.05 per letter,
# a wrong one (box-drawing symbols, rare letters) far lower.
FREQ = dict(zip("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
                [.11, .085, .08, .074, .067, .063, .055, .047, .045, .044, .035, .032, .03, .028, .026, .02,
                 .019, .017, .017, .016, .016, .014, .012, .01, .009, .007, .006, .005, .004, .003, .003,
                 .0004, .0004], strict=True))


def _russianness(text: str) -> float:
    chars = [ch for ch in text if not ch.isascii()]
    if not chars:
        return 0.0
    return sum(FREQ.get(ch.lower(), -0.05) for ch in chars) / len(chars) / 0.055


def _checked(text: str) -> str:
    """Reject binary junk that happened to decode: many control characters, no letters."""
    sample = text[:20000]
    if not sample.strip():
        raise ReadError("пустой файл: в нём нет текста")
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\r\n\f") or ch == "\ufffd")
    if bad > 0.02 * len(sample):
        raise ReadError("файл не текстовый: двоичные данные вместо текста")
    return text


def clean(line: str) -> str:
    line = BOOKMARK.sub("", line)
    line = MD_BOLD.sub("", line)
    return MD_ESCAPE.sub(r"\1", line)


def _is_blank(line: str) -> bool:
    """Blank, but not an empty table cell (a line holding just a tab is a cell)."""
    return not line.strip() and not line.startswith("\t")


def _is_b_cell(line: str) -> bool:
    return line.startswith("\t") and "\t" not in line[1:]


def _is_a_row(line: str) -> bool:
    return "\t" in line and not _is_b_cell(line) and not line.startswith(" ")


# Pipe tables: Markdown («| a | b |» under «|---|---|») and text-mode boxes («│ a │ b │»,
# «+----+----+», «├────┼────┤»)
PIPE = re.compile(r"[|│┃]")
RULE = re.compile(r"^\s*[|│┃+├┝┞┟┠┡┢┣└┌╞╟╠╪═─━\-:=┼┬┴┤┐┘╡╢╣\s]*$")


def _is_pipe_row(line: str) -> bool:
    s = line.strip()
    return len(PIPE.findall(s)) >= 2 and (bool(PIPE.match(s)) or len(PIPE.findall(s)) >= 3)


def _is_rule(line: str) -> bool:
    s = line.strip()
    return len(s) >= 3 and bool(RULE.match(s)) and ("-" in s or "─" in s or "═" in s or "━" in s)


def _pipe_cells(line: str) -> list[str]:
    s = line.strip()
    if PIPE.match(s):
        s = s[1:]
    if s and PIPE.match(s[-1]):
        s = s[:-1]
    return [c.strip() for c in PIPE.split(s)]


def _read_pipe(lines: list[str], i: int) -> tuple[Table | None, int]:
    """A pipe table, its rule lines skipped; a blank line or text ends it. A box drawn with
    aligned borders («+-----+----+» over «| № | Наименование |») is read by the positions of its
    borders: a cell over two columns («| ИТОГО |» under «| № | Наименование ОО |») spans them,
    and the lines of one ruled band are one row."""
    block: list[tuple[bool, str]] = []  # (is a rule, line)
    j = i
    while j < len(lines):
        ln = lines[j]
        if _is_rule(ln) or _is_pipe_row(ln):
            block.append((_is_rule(ln), ln))
            j += 1
            continue
        break
    rows = [ln for rule, ln in block if not rule]
    if len(rows) < 2:
        return None, i
    return _boxed(block) or grid_to_table([_pipe_cells(ln) for ln in rows]), j


BORDER = re.compile(r"[|│┃+┼├┤┬┴┌┐└┘╪╞╡╟╢╠╣╫╬]")


def _boxed(block: list[tuple[bool, str]]) -> Table | None:
    """A pipe table whose borders stand at the same positions in every line (a text-mode box),
    as a grid with its spans; None when the borders do not line up (Markdown)."""
    from ..model import Cell

    rules = [ln for rule, ln in block if rule]
    if not rules:
        return None
    bounds = sorted({m.start() for ln in rules for m in BORDER.finditer(ln)})
    if len(bounds) < 3:
        return None
    where = {b: k for k, b in enumerate(bounds)}
    bands: list[list[list[tuple[int, int, str]]]] = [[]]
    for rule, ln in block:
        if rule:
            if bands[-1]:
                bands.append([])
            continue
        seps = [m.start() for m in PIPE.finditer(ln)]
        if len(seps) < 2 or seps[0] != bounds[0] or seps[-1] != bounds[-1] or any(x not in where for x in seps):
            return None
        bands[-1].append([(where[a], where[b], ln[a + 1: b].strip()) for a, b in zip(seps, seps[1:], strict=False)])
    bands = [b for b in bands if b]
    # the lines of the heading band are one row, and so are those of a band where rules close
    # every row (a line that starts with its own number is a row of its own, though)
    ruled_rows = len(bands) >= 4 and sorted(len(b) for b in bands)[len(bands) // 2] <= 3
    logical: list[list[tuple[int, int, str]]] = []
    for n, band in enumerate(bands):
        for k, line in enumerate(band):
            same_cells = k > 0 and [(a, b) for a, b, _ in line] == [(a, b) for a, b, _ in logical[-1]]
            texts = [t for _, _, t in line]
            # a name going on below its row («общеобразовательная школа»): lower case, its number
            # and value cells empty
            goes_on = k > 0 and same_cells and not texts[0] and sum(bool(t) for t in texts) == 1 \
                and re.match(r"\W*[а-яё]", next(t for t in texts if t))
            whole = (n == 0 and len(bands) > 1) or (ruled_rows and not (texts[0] and logical[-1][0][2]))
            if same_cells and (whole or goes_on):
                logical[-1] = [(a, b, _join_wrapped(old, t)) for (a, b, old), (_, _, t) in zip(logical[-1], line, strict=False)]
            else:
                logical.append(line)
    width = len(bounds) - 1
    grid: list[list[Cell]] = []
    for r, line in enumerate(logical):
        row = [Cell("") for _ in range(width)]
        for a, b, text in line:
            row[a] = Cell(text, colspan=b - a)
            for c in range(a + 1, b):
                row[c] = Cell("", owner=(r, a))
        grid.append(row)
    return Table(rows=grid)


def _join_wrapped(a: str, b: str) -> str:
    """Two lines of one cell: «наставни-» + «чества» is one word."""
    if not a or not b:
        return a or b
    if re.search(r"[а-яё]-$", a) and re.match(r"[а-яё]", b):
        return a[:-1] + b
    return f"{a} {b}"


# Fixed-width tables (a report printed to text with spaces): fields stand apart by two or more
# spaces; columns are the runs of positions the rows fill, read off the body rows.
FIELD = re.compile(r"\S+(?: \S+)*")


def _fields(line: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in FIELD.finditer(line)]


def _is_fixed_row(line: str) -> bool:
    """A line of three or more fields apart by 2+ spaces, one of them a number."""
    f = _fields(line)
    return len(f) >= 3 and any(re.fullmatch(r"[-–—]|\d[\d\s.,%]*", t) for _, _, t in f)


def _read_fixed(lines: list[str], i: int) -> tuple[Table | None, int]:
    """From line i (a header's first line or the first row): the header lines down to a rule of
    dashes (if any), then the rows while they stay fixed-width rows (a wrapped name's second line
    continues the row above)."""
    j = i
    header: list[str] = []
    k = i
    while k < len(lines) and k - i < 8 and lines[k].strip() and not _is_rule(lines[k]):
        k += 1
    if k < len(lines) and _is_rule(lines[k]) and k > i:
        header = lines[i:k]
        j = k + 1
    body: list[str] = []
    while j < len(lines):
        ln = lines[j]
        if _is_rule(ln):
            j += 1
            continue
        if not ln.strip():
            break
        if _is_fixed_row(ln) or (body and len(_fields(ln)) <= 2 and ln.startswith(" ")) or (
                body and len(_fields(ln)) >= 2 and re.match(r"\s*(?:итого|всего)", ln, re.IGNORECASE)):
            body.append(ln)
            j += 1
            continue
        break
    rows = [ln for ln in body if _is_fixed_row(ln) or re.match(r"\s*(?:итого|всего)", ln, re.IGNORECASE)]
    if len(rows) < 3:
        return None, i
    width = max(len(ln) for ln in rows)
    # a position is a gutter when (nearly) every full row leaves it blank — rows with as many fields
    # as most rows have, not those where a note spans the numbers («нет молодых специалистов»);
    # columns are the runs between gutters of two or more blanks
    counts = [len(_fields(ln)) for ln in rows]
    most = max(set(counts), key=lambda c: (counts.count(c), c))
    full = [ln for ln, c in zip(rows, counts, strict=True) if c == most]
    full = full if len(full) >= 3 else rows
    filled = [sum(1 for ln in full if p < len(ln) and ln[p] != " ") for p in range(width)]
    blank = [f <= 0.2 * len(full) for f in filled]
    spans: list[list[int]] = []
    p = 0
    while p < width:
        if blank[p]:
            p += 1
            continue
        q = p
        while q < width and not (blank[q] and (q + 1 >= width or blank[q + 1])):
            q += 1
        spans.append([p, q])
        p = q
    if len(spans) < 3:
        return None, i

    def place(line: str) -> list[str]:
        cells = ["" for _ in spans]
        for a, b, t in _fields(line):
            overlap = [max(0, min(b, y) - max(a, x)) for x, y in spans]
            best = max(range(len(spans)), key=lambda c: (overlap[c], -c))
            if overlap[best] == 0:  # in a gutter: the column nearest
                best = min(range(len(spans)), key=lambda c: min(abs(spans[c][0] - b), abs(spans[c][1] - a)))
            # a text wider than its column (a note across the numbers) goes to the first it covers
            first = next((c for c in range(len(spans)) if overlap[c] > 0), best)
            wide = overlap[first] and b - a > (spans[first][1] - spans[first][0]) + 2
            if wide and not re.search(r"\d", t):
                # a note across several columns («нет молодых специалистов») says it of each, as
                # a merged cell does, up to the next field
                nxt = next((x for x, _y, _t in _fields(line) if x > a), 10 ** 6)
                for c in range(first, len(spans)):
                    if overlap[c] > 0 or spans[c][1] < nxt:
                        cells[c] = (cells[c] + " " + t).strip()
                continue
            c = first if wide else best
            cells[c] = (cells[c] + " " + t).strip()
        return cells

    def place_heading(line: str) -> list[str]:
        # headings are written from the column's left, numbers to its right: a heading's words
        # belong to the first column that ends after they begin
        cells = ["" for _ in spans]
        for a, _b, t in _fields(line):
            c = next((k for k, (_x, y) in enumerate(spans) if y > a), len(spans) - 1)
            cells[c] = (cells[c] + " " + t).strip()
        return cells

    grid: list[list[str]] = []
    if header:
        head = [place_heading(h) for h in header]
        grid.append([" ".join(x for x in col if x) for col in zip(*head, strict=True)])
    for ln in body:
        cells = place(ln)
        if grid and not _is_fixed_row(ln) and not re.match(r"\s*(?:итого|всего)", ln, re.IGNORECASE) \
                and (len(grid) > 1 or not header):
            grid[-1] = [(x + " " + y).strip() for x, y in zip(grid[-1], cells, strict=True)]  # a wrapped line
        else:
            grid.append(cells)
    return grid_to_table(grid), j


def _csv_blocks(lines: list[str]) -> list[Paragraph | Table] | None:
    """A spreadsheet saved as text with «;» between cells (Excel's CSV): the rows of two or more
    filled cells are tables, a row of one cell is a line of text. None when the text is not such."""
    import csv

    filled_lines = [ln for ln in lines if ln.strip()]
    if len(filled_lines) < 3 or sum(ln.count(";") >= 2 for ln in filled_lines) < 0.6 * len(filled_lines):
        return None
    blocks: list[Paragraph | Table] = []
    rows: list[list[str]] = []
    last_line = 0

    def flush() -> None:
        if len(rows) >= 2:
            width = max(len(r) for r in rows)
            table = grid_to_table([r + [""] * (width - len(r)) for r in rows])
            table.line = last_line
            blocks.append(table)
        else:
            blocks.extend(Paragraph(text=" ".join(" ".join(r).split()), line=last_line) for r in rows)
        rows.clear()

    for i, ln in enumerate(lines):
        cells = [c.strip() for c in next(csv.reader([ln], delimiter=";", quotechar='"'))] if ln.strip() else []
        while cells and not cells[-1]:
            cells.pop()
        if sum(1 for c in cells if c) >= 2:
            rows.append(cells)
            continue
        flush()
        if cells:
            blocks.append(Paragraph(text=" ".join(" ".join(cells).split()), line=i + 1))
            last_line = i + 1
    flush()
    return blocks


def parse_text(text: str, source: str = "", fmt: str = "txt") -> Document:
    lines = [clean(ln.rstrip("\r\n")) for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    csv_blocks = _csv_blocks(lines)
    if csv_blocks is not None:
        return Document(source=source, format=fmt, blocks=csv_blocks)
    blocks: list[Paragraph | Table] = []
    i, n = 0, len(lines)
    last_line = 0
    while i < n:
        ln = lines[i]
        if _is_blank(ln):
            i += 1
            continue
        reader = _read_layout_b if _is_b_cell(ln) else _read_layout_a if _is_a_row(ln) else \
            _read_pipe if (_is_pipe_row(ln) or (_is_rule(ln) and i + 1 < n and _is_pipe_row(lines[i + 1]))) else \
            _read_fixed if len(_fields(ln)) >= 2 and "  " in ln.strip() else None
        if reader is not None:
            table, i2 = reader(lines, i)
            if table is not None:
                table.line = last_line
                blocks.append(table)
                i = i2
                continue
        text_line = " ".join(ln.replace("\t", " ").split())
        if text_line:
            blocks.append(Paragraph(text=text_line, line=i + 1))
            last_line = i + 1
        i += 1
    return Document(source=source, format=fmt, blocks=blocks)


def _read_layout_a(lines: list[str], i: int) -> tuple[Table | None, int]:
    rows: list[list[str]] = []
    width = 0
    j = i
    while j < len(lines):
        ln = lines[j]
        if _is_a_row(ln):
            cells = [c.strip() for c in ln.split("\t")]
            rows.append(cells)
            width = max(width, len(cells))
            j += 1
            continue
        if not ln.strip():
            # A blank line (page break) inside a table: go on if the next line is a row of
            # the same width that does not start a new header.
            k = j
            while k < len(lines) and not lines[k].strip():
                k += 1
            if k - j == 1 and k < len(lines) and _is_a_row(lines[k]):
                nxt = [c.strip() for c in lines[k].split("\t")]
                if len(nxt) == width and not _looks_like_header(nxt, rows[0]):
                    j = k
                    continue
        break
    if len(rows) < 2:
        return None, i
    return grid_to_table(rows), j


def _looks_like_header(cells: list[str], first: list[str]) -> bool:
    head = cells[0].lower().replace(" ", "")
    return head.startswith("№") and not any(ch.isdigit() for ch in head) or cells == first


def _read_layout_b(lines: list[str], i: int) -> tuple[Table | None, int]:
    rows: list[list[str]] = []
    row: list[str] = []
    j = i
    while j < len(lines):
        ln = lines[j]
        if _is_b_cell(ln):
            row.append(ln[1:].strip())
            j += 1
            continue
        if ln.strip() and row and not _is_a_row(ln):
            # A cell's text wrapped onto this line (no tab, right after the cell's line).
            row[-1] = (row[-1] + "\n" + ln.strip()).strip()
            j += 1
            continue
        if _is_blank(ln):
            if row:
                rows.append(row)
                row = []
            k = j
            while k < len(lines) and _is_blank(lines[k]):
                k += 1
            if k - j == 1 and k < len(lines) and _is_b_cell(lines[k]):
                j = k
                continue
            j = k
        break
    if row:
        rows.append(row)
    if not rows or (len(rows) == 1 and len(rows[0]) < 2):
        return None, i
    return grid_to_table(rows), j


def read_txt(path, source: str, max_bytes: int) -> Document:
    with open(path, "rb") as f:
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ReadError(f"файл слишком большой: больше {max_bytes // 2**20} МБ")
    return parse_text(decode(data), source=source)
