"""PDF with a text layer via pdfplumber: ruled tables and text lines.

pdfplumber finds ruled tables, but two tables touching on a page come back as one
union grid, and a table row broken by a page end comes back as a fragment on the next
page. So the grid is rebuilt here from the cell boxes (stage by stage: cells → row bands →
compatible groups → grids), words are placed into cells by their centres, and tables
continued on the next page are joined (repeated headers dropped, split rows mended).
"""
from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass

import pdfplumber

from ..model import Cell, Document, Paragraph, ReadError, Table
from ..settings import DEFAULT, Settings

# pdfminer logs a warning for every broken operator of a damaged file; the user gets one
# clear reason per file instead.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

TOL = 2.0  # points: boundaries closer than this are the same ruling line
JOIN_TOL = 6.0  # points: a table continued on the next page (scans shift a little) keeps its columns
ALIGNED_JOIN_TOL = 30.0  # points: the inner edges of a table without rules stand in the white between its texts
NUMERIC = re.compile(r"^[-–—]?\s*\d[\d\s.,]*\s*%?$")  # "12", "1 206", "12,5%"
LIST_MARKER = re.compile(r"^(\d+(\.\d+)*[.)]\s|[-–—•·]\s|[а-я]\)\s)")  # "1. ", "2.1. ", "- ", "а) "


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    conf: float | None = None  # OCR confidence 0-100; None for a text layer

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Line:
    words: list[Word]

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in sorted(self.words, key=lambda w: w.x0))


def _share_upright(page) -> tuple[float, int]:
    """Share of the page's characters drawn upright and left to right, and how many there are."""
    chars = page.chars
    if not chars:
        return 1.0, 0
    good = 0
    for c in chars:
        a, b, cc, d = (c.get("matrix") or (1, 0, 0, 1))[:4]
        good += a > 0 and d > 0 and abs(b) < 1e-3 * abs(a) + 1e-6 and abs(cc) < 1e-3 * abs(d) + 1e-6
    return good / len(chars), len(chars)


def _upright(pdf, page):
    """A page turned by /Rotate, or whose text is drawn at 90° or 180°, read upright: the
    page is laid out again with the turn that makes most of its characters upright, so its
    tables read as the same grid as an upright page's."""
    from pdfplumber.page import Page

    share, n = _share_upright(page)
    if n < 20 or share >= 0.6:
        return page
    original = page.page_obj.attrs.get("Rotate", 0)
    best, best_share = page, share
    for turn in (0, 90, 180, 270):
        page.page_obj.attrs["Rotate"] = turn
        page.page_obj.rotate = turn
        cand = Page(pdf, page.page_obj, page_number=page.page_number, initial_doctop=page.initial_doctop)
        cand_share, _ = _share_upright(cand)
        if cand_share > best_share:
            best, best_share = cand, cand_share
        if cand_share >= 0.95:
            break
    if best is page:
        page.page_obj.attrs["Rotate"] = original
        page.page_obj.rotate = original
    else:
        page.page_obj.attrs["Rotate"] = best.rotation
        page.page_obj.rotate = best.rotation
    return best


def read_pdf(path, source: str, settings: Settings = DEFAULT, sha256: str | None = None) -> Document:
    try:
        pdf = pdfplumber.open(str(path))
    except Exception as e:
        raise ReadError(_open_error(e)) from e
    blocks: list[Paragraph | Table] = []
    with pdf:
        try:
            n_pages = len(pdf.pages)
        except Exception as e:
            raise ReadError(_open_error(e)) from e
        if n_pages == 0:
            raise ReadError("в PDF нет ни одной страницы")
        last_xs: list[float] | str | None = None
        scanned = skipped = 0
        declared_all = struct_tables(pdf) if _is_tagged(pdf) else []
        for pno in range(1, n_pages + 1):
            # one page at a time, its objects released after it: memory follows the page, not the file
            raw = pdf.pages[pno - 1]
            try:
                page = _upright(pdf, raw)
            except Exception as e:
                raise ReadError(_open_error(e)) from e
            try:
                needs_ocr = _needs_ocr(page)
                if needs_ocr and not settings.ocr:
                    skipped += 1
                    continue
                if needs_ocr:
                    from ..timer import own_limit
                    from . import sha256_of
                    from .legacy import cache_dir
                    from .ocr import DPI, VERSION, repair_word, scan_page, tesseract_ready

                    tesseract_ready()
                    mpx = (page.width / 72 * DPI) * (page.height / 72 * DPI) / 1e6
                    if mpx > settings.max_ocr_megapixels:
                        raise ReadError(f"страница {pno} без текстового слоя слишком велика для распознавания: "
                                        f"{mpx:.0f} млн пикселей при {DPI} dpi, предел {settings.max_ocr_megapixels:.0f} млн")
                    with own_limit(settings.timeout_s):
                        data = scan_page(page, cache_dir() / f"{sha256 or sha256_of(path)}-p{pno}-v{VERSION}.json", timeout=settings.timeout_s)
                    words = [Word(repair_word(w["text"]), w["x0"], w["x1"], w["top"], w["bottom"], w["conf"])
                             for w in data["words"]]
                    page_blocks = _page_blocks(words, [[tuple(c) for c in data["cells"]]], page.height, pno, settings)
                    scanned += 1
                else:
                    words = [Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"])
                             for w in page.extract_words(keep_blank_chars=False, x_tolerance=1.5)]
                    if _mojibake(words):
                        words = [Word(_unmangle(w.text), w.x0, w.x1, w.top, w.bottom) for w in words]
                    cells = [t.cells for t in page.find_tables()]
                    declared = tagged_tables(page, declared_all, cells)
                    grids = [g for _, g in declared]
                    aligned = unruled_tables(words, cells + grids)
                    page_blocks = _page_blocks(words, cells, page.height, pno, settings, unruled=grids + aligned,
                                               keys={id(g): key for key, g in declared}, aligned={id(g) for g in aligned})
            except ReadError:
                raise
            except Exception as e:
                raise ReadError(f"PDF повреждён: не удалось разобрать страницу {pno} "
                                f"({type(e).__name__})") from e
            finally:
                for pg in {id(raw): raw, id(page): page}.values():
                    pg.close()
            last_xs = _append_page(blocks, page_blocks, last_xs)
        if n_pages and skipped == n_pages:
            raise ReadError("в PDF нет текстового слоя (скан), а распознавание отключено (--no-ocr)")
    line = 0
    for b in blocks:
        if isinstance(b, Paragraph):
            line += 1
            b.line = line
        else:
            b.line = line
    doc = Document(source=source, format="pdf-scanned" if scanned else "pdf", blocks=blocks, pages=n_pages)
    return doc


def _open_error(e: Exception) -> str:
    # pdfplumber wraps pdfminer's error (PdfminerException): look at what it wraps.
    inner = e.args[0] if e.args and isinstance(e.args[0], Exception) else (e.__cause__ or e.__context__)
    if type(e).__name__ == "PdfminerException" and inner is not None and inner is not e:
        return _open_error(inner)
    name = type(e).__name__
    if "Password" in name or "Encrypt" in name or "password" in str(e).lower():
        return "PDF зашифрован (защищён паролем): откройте его без пароля и сохраните заново"
    if "PSEOF" in name or "Syntax" in name or "PDFNoValidXRef" in name or "EOF" in str(e):
        return f"PDF повреждён: файл обрезан или испорчен ({name})"
    return f"PDF повреждён: не удалось открыть ({name}: {e})"[:300]


# --- one page -------------------------------------------------------------------------


def _mojibake(words) -> bool:
    """A text layer of Cyrillic written with a Western font encoding: «Ñïðàâêà» for «Справка»."""
    letters = [ch for w in words[:2000] for ch in w.text if ch.isalpha()]
    if len(letters) < 40:
        return False
    western = sum("\u00c0" <= ch <= "\u00ff" for ch in letters)
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
    return western > 0.5 * len(letters) and cyrillic < 0.05 * len(letters)


def _unmangle(text: str) -> str:
    try:
        return text.encode("cp1252").decode("cp1251")
    except (UnicodeEncodeError, UnicodeDecodeError):
        try:
            return text.encode("latin-1").decode("cp1251")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return text


# --- tables a tagged PDF declares ----------------------------------------------------------
def _is_tagged(pdf) -> bool:
    try:
        return pdf.doc.catalog.get("StructTreeRoot") is not None
    except Exception:
        return False


Ids = set[tuple[int, int]]  # (page number, marked-content id): a cell may run over a page end
MAX_STRUCT_NODES = 200_000  # a hostile structure tree is not walked for ever


def struct_tables(pdf) -> list[list[list[tuple[Ids, int, int]]]]:
    """The tables a tagged PDF's structure tree declares, read from the whole document once:
    per table its rows (TR, also under THead/TBody/TFoot), per cell its marked content as
    (page, id) pairs, its column and row span. pdfplumber's tree of one page drops a table
    whose element belongs to the page where it began (the rows of a table going on over a page
    end), and its tree of the whole document forgets on which page each piece of a cell lies."""
    from pdfminer.pdftypes import resolve1

    try:
        root = resolve1(pdf.doc.catalog.get("StructTreeRoot"))
        pages = {page.page_obj.pageid: page.page_number for page in pdf.pages}
    except Exception:
        return []
    if not isinstance(root, dict):
        return []
    role = resolve1(root.get("RoleMap")) or {}
    seen: set[int] = set()
    budget = [MAX_STRUCT_NODES]

    def name(obj) -> str:
        t = getattr(resolve1(obj.get("S")), "name", "")
        mapped = role.get(t) if isinstance(role, dict) else None
        return getattr(resolve1(mapped), "name", t) if mapped is not None else t

    def page_of(obj, default: int | None) -> int | None:
        pg = obj.get("Pg")
        return pages.get(getattr(pg, "objid", None), default) if pg is not None else default

    def kids(ref, pno: int | None):
        """The children of an element: ("mc", page, id) for marked content, ("el", dict, page) for elements."""
        k = resolve1(ref.get("K"))
        for item in k if isinstance(k, list) else [k] if k is not None else []:
            budget[0] -= 1
            if budget[0] < 0:
                return
            objid = getattr(item, "objid", None)
            obj = resolve1(item)
            if isinstance(obj, int):
                if pno is not None:
                    yield "mc", pno, obj
            elif isinstance(obj, dict):
                if "MCID" in obj:  # a marked-content reference, maybe on another page
                    where = page_of(obj, pno)
                    if where is not None and isinstance(resolve1(obj["MCID"]), int):
                        yield "mc", where, resolve1(obj["MCID"])
                elif "Obj" in obj:
                    continue  # an object reference (annotation, XObject): no text of ours
                elif "S" in obj:
                    if objid is not None:
                        if objid in seen:
                            continue
                        seen.add(objid)
                    yield "el", obj, page_of(obj, pno)

    def ids(obj, pno) -> Ids:
        out: Ids = set()
        stack = [(obj, pno)]
        while stack:
            o, p = stack.pop()
            for kind, x, y in kids(o, p):
                if kind == "mc":
                    out.add((x, y))
                else:
                    stack.append((x, y))
        return out

    def span(cell, key: str) -> int:
        attrs = resolve1(cell.get("A"))
        for a in attrs if isinstance(attrs, list) else [attrs]:
            a = resolve1(a)
            if isinstance(a, dict) and key in a:
                try:
                    return max(1, int(resolve1(a[key])))
                except (TypeError, ValueError):
                    return 1
        return 1

    tables: list[list[list[tuple[Ids, int, int]]]] = []

    def rows_of(obj, pno, rows) -> None:
        for kind, child, p in kids(obj, pno):
            if kind != "el":
                continue
            t = name(child)
            if t == "TR":
                rows.append([(ids(cell, q), span(cell, "ColSpan"), span(cell, "RowSpan"))
                             for k2, cell, q in kids(child, p) if k2 == "el" and name(cell) in ("TD", "TH")])
            elif t in ("THead", "TBody", "TFoot"):
                rows_of(child, p, rows)

    stack = [(root, None)]
    while stack and budget[0] > 0:
        obj, pno = stack.pop()
        for kind, child, p in kids(obj, pno):
            if kind != "el":
                continue
            if name(child) == "Table":
                rows: list = []
                rows_of(child, p, rows)
                tables.append(rows)
            else:
                stack.append((child, p))
    return tables


def tagged_tables(page, declared: list[list[list[tuple[Ids, int, int]]]],
                  ruled: list[list[tuple]]) -> list[tuple[str, list[tuple]]]:
    """Tables the PDF's structure tree declares (Table / TR / TH, TD: Word and LibreOffice
    write them when exporting a tagged PDF) where no rules drew them: each as cell rectangles
    tiling its grid, the form a ruled table gives, so the rest of the reading is the same. The
    column and row edges lie in the white between the text of neighbouring cells; a table whose
    cells overlap (a tree that does not match the page) is left to the other readers. A table
    going on over a page end gives each page the rows whose text stands on it; its key (the
    table's place in the tree) joins the pages' parts whatever their column edges."""
    if not declared:
        return []
    pno = page.page_number
    by_mcid: dict[int, list[dict]] = defaultdict(list)
    for ch in page.chars:
        if ch.get("mcid") is not None and ch["text"].strip():
            by_mcid[ch["mcid"]].append(ch)
    boxes = [(min(c[0] for c in cs), min(c[1] for c in cs), max(c[2] for c in cs), max(c[3] for c in cs))
             for cs in ruled if cs]
    out = []
    for key, rows in enumerate(declared):
        grid = _place(rows)
        if grid is None:
            continue
        placed, n_rows, n_cols = grid
        if n_rows < 2 or n_cols < 2:
            continue
        left = [[] for _ in range(n_cols)]
        right = [[] for _ in range(n_cols)]
        tops = [[] for _ in range(n_rows)]
        bottoms = [[] for _ in range(n_rows)]
        for r, c, cell_ids, cs, rs in placed:
            chars = [ch for p, i in cell_ids if p == pno for ch in by_mcid.get(i, ())]
            if not chars:
                continue
            if cs == 1:
                left[c].append(min(ch["x0"] for ch in chars))
                right[c].append(max(ch["x1"] for ch in chars))
            if rs == 1:
                tops[r].append(min(ch["top"] for ch in chars))
                bottoms[r].append(max(ch["bottom"] for ch in chars))
        # a table running over pages: this page shows some of its rows (a column may be empty
        # on it too) — the grid is the rows and columns with text here
        keep_r = [r for r in range(n_rows) if tops[r]]
        keep_c = [c for c in range(n_cols) if left[c]]
        if len(keep_r) < 2 or len(keep_c) < 2:
            continue
        xs = _edges([left[c] for c in keep_c], [right[c] for c in keep_c])
        ys = _edges([tops[r] for r in keep_r], [bottoms[r] for r in keep_r])
        if xs is None or ys is None:
            continue
        box = (xs[0], ys[0], xs[-1], ys[-1])
        if any(min(box[2], b[2]) - max(box[0], b[0]) > 2 and min(box[3], b[3]) - max(box[1], b[1]) > 2 for b in boxes):
            continue  # drawn with rules too: the ruled reading has it
        cells = []
        for r, c, _, cs, rs in placed:
            rr = [i for i, k in enumerate(keep_r) if r <= k < r + rs]
            cc = [i for i, k in enumerate(keep_c) if c <= k < c + cs]
            if rr and cc:
                cells.append((xs[cc[0]], ys[rr[0]], xs[cc[-1] + 1], ys[rr[-1] + 1]))
        out.append((f"tagged-{key}", cells))
    return out


def _place(rows: list[list[tuple[set[int], int, int]]]):
    """Grid positions of the cells, spans honoured (as an HTML table lays them out)."""
    taken: set[tuple[int, int]] = set()
    placed = []
    for r, row in enumerate(rows):
        c = 0
        for ids, cs, rs in row:
            while (r, c) in taken:
                c += 1
            placed.append((r, c, ids, cs, rs))
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, c + dc))
            c += cs
    if not placed:
        return None
    n_rows = len(rows)
    n_cols = max(c + cs for _, c, _, cs, _ in placed)
    return placed, n_rows, n_cols


def _edges(lo: list[list[float]], hi: list[list[float]]) -> list[float] | None:
    """Edges between neighbouring bands of text (columns or rows); None when a band has no text
    or two bands overlap."""
    if any(not band for band in lo):
        return None
    a = [min(band) for band in lo]
    b = [max(band) for band in hi]
    if any(b[k] > a[k + 1] + 1 for k in range(len(a) - 1)):
        return None
    return [a[0] - 1] + [(b[k] + a[k + 1]) / 2 for k in range(len(a) - 1)] + [b[-1] + 1]


# --- tables drawn without rules -----------------------------------------------------------
COLUMN_GAP = 9.0  # points of white between two columns; words of one cell stand closer
GROUP_ROW = re.compile(r"^\W*(?:[А-ЯЁ][а-яё]+\s+){0,3}(?:школы|гимназии|лицеи|организации|учреждения|ОО|ОУ)\b|"
                       r"^\W*(?:Городск|Сельск)\w+")
MIN_ROWS = 3


def _chunks(line: Line) -> list[tuple[float, float, str]]:
    """A line cut where the white between two words is a column gap: (x0, x1, text). Two
    numbers side by side are two cells even when close («180  5»)."""
    words = sorted(line.words, key=lambda w: w.x0)
    size = max(1.0, line.bottom - line.top)
    out = [[words[0].x0, words[0].x1, [words[0].text]]]
    for w in words[1:]:
        gap = w.x0 - out[-1][1]
        both_numbers = _is_num(w.text) and _is_num(out[-1][2][-1])
        # «1 897» printed with a no-break space that the PDF widened: a group of three digits
        # after one to three digits is the same number (two cells stand a column gap apart)
        thousands = re.fullmatch(r"\d{3}(?:[.,]\d+)?%?", w.text) and re.fullmatch(r"\d{1,3}", out[-1][2][-1]) \
            and len(out[-1][2]) == 1 and gap < 0.5 * size
        if gap > max(COLUMN_GAP, 0.9 * size) or (both_numbers and gap > 0.3 * size and not thousands):
            out.append([w.x0, w.x1, [w.text]])
        else:
            out[-1][1] = max(out[-1][1], w.x1)
            out[-1][2].append(w.text)
    return [(a, b, " ".join(t)) for a, b, t in out]


def _column_numbers(chunks: list[tuple[float, float, str]]) -> bool:
    """«1 2 3 … 7»: the row numbering the columns under a heading."""
    return len(chunks) >= 3 and [t for _, _, t in chunks] == [str(n) for n in range(1, len(chunks) + 1)]


def _justified(chunks: list[tuple[float, float, str]]) -> bool:
    """A line of justified prose: many words, each its own chunk, spaced evenly («Управлением
    образования проведён сбор сведений. Сведения представили 16»), not a row of cells."""
    if len(chunks) < 5:
        return False
    gaps = [b[0] - a[1] for a, b in zip(chunks, chunks[1:], strict=False)]
    words = sum(bool(re.fullmatch(r"[А-ЯЁа-яёA-Za-z«»\"(),.;:–-]+", t)) for _, _, t in chunks)
    return words >= 0.7 * len(chunks) and max(gaps) - min(gaps) <= 0.35 * (sum(gaps) / len(gaps))


def _is_num(text: str) -> bool:
    from normalizers.numbers import parse_number

    p = parse_number(text)
    return p is not None and p.value is not None or bool(re.fullmatch(r"[-–—]", text.strip()))


def unruled_tables(words: list[Word], ruled: list[list[tuple]]) -> list[list[tuple]]:
    """Tables printed without rules, found from the alignment of their words: a run of lines
    cut by the same column gaps, with a column of numbers. Returned as cell rectangles, the
    grid a ruled table gives, so the rest of the reading is the same. Prose (one chunk per
    line), two-column text (no numbers) and numbered lists (one number, then a sentence) are
    not tables."""
    boxes = [(min(c[0] for c in cs), min(c[1] for c in cs), max(c[2] for c in cs), max(c[3] for c in cs))
             for cs in ruled if cs]
    free = [w for w in words if not any(b[0] - 1 <= w.cx <= b[2] + 1 and b[1] - 1 <= w.cy <= b[3] + 1 for b in boxes)]
    if len(free) < 12:
        return []
    cut = [(ln, ch if not _justified(ch) else [(ch[0][0], ch[-1][1], ln.text)]) for ln in _lines(free) for ch in [_chunks(ln)]]
    out: list[list[tuple]] = []
    out_end = 0  # the first line after the last table found
    i = 0
    while i < len(cut):
        if len(cut[i][1]) < 2:
            i += 1
            continue
        j, last, single = i, i, 0
        while j < len(cut):
            ln, ch = cut[j]
            if j > i and re.match(r"\s*(?:Таблица|Табл\.)\s*№?\s*\d*\.?(?:\s|$)", ln.text):
                break  # a table's caption: what stands above it is text, the table starts below it
            gap = ln.top - cut[j - 1][0].bottom
            # a gap no wider than a line, or than half again the gap between the two lines before
            # (a group row «Средние общеобразовательные школы» stands a little apart)
            near = j == i or gap < 1.6 * max(1.0, ln.bottom - ln.top, cut[j - 1][0].bottom - cut[j - 1][0].top) or (
                j - i >= 2 and gap < 1.5 * max(1.0, cut[j - 1][0].top - cut[j - 2][0].bottom))
            if len(ch) >= 2 and near:
                last, single = j, 0
            elif len(ch) == 1 and near and single < 3:
                single += 1  # a cell's text wrapped onto lines of its own
            else:
                break
            j += 1
        start = i
        while start > 0 and i - start < 3 and start - 1 >= (out_end if out else 0):
            above, ch_above = cut[start - 1]
            first_ln = cut[start][0]
            # a heading's first line, of one cell («количество вовлечённых в различные»): close
            # above and short, not a sentence of the text
            if first_ln.top - above.bottom < 0.8 * max(1.0, above.bottom - above.top) and \
                    sum(len(t) for _, _, t in ch_above) < 60 and not re.search(r"(?<![А-ЯЁ])[.;]\s*$", above.text) \
                    and not re.match(r"\s*(?:Таблица|Табл\.)\s*№?\s*\d", above.text):
                start -= 1
            else:
                break
        # a name wrapped below the last row («МКУ ДО «Кетовский детско-» / «юношеский центр»»)
        while last + 1 < len(cut) and len(cut[last + 1][1]) == 1 and re.match(r"\W*[а-яё]", cut[last + 1][0].text) \
                and cut[last + 1][0].top - cut[last][0].bottom < 0.8 * max(1.0, cut[last][0].bottom - cut[last][0].top) \
                and len(cut[last + 1][0].text) < 60:
            last += 1
        rows = cut[start: last + 1]
        if sum(len(ch) >= 2 for _, ch in rows) >= MIN_ROWS:
            table = _unruled_grid(rows)
            if table:
                out.append(table)
                out_end = last + 1
        i = max(last + 1, i + 1)
    return out


def _unruled_grid(rows: list[tuple[Line, list[tuple[float, float, str]]]]) -> list[tuple] | None:
    """Cells of a run of lines. Columns come from the lines with numbers (a heading over two
    columns does not join them); a line without numbers below the first data line belongs to
    the data line nearest it."""
    def has_num(ch):
        return any(_is_num(t) for _, _, t in ch)

    data = [k for k, (_, ch) in enumerate(rows) if has_num(ch) and len(ch) >= 2]
    # the row of column numbers under a heading («1 2 3 … 7», centred where the values stand
    # at the left) is the heading's, not a row of values
    data = [k for k in data if not _column_numbers(rows[k][1])]
    if len(data) < MIN_ROWS - 1:
        return None
    # the columns from the rows that fill them all: a total's label over the number and the
    # name columns («Итого по ОО») would join them
    widest = max(len(rows[k][1]) for k in data)
    full = [k for k in data if len(rows[k][1]) == widest]
    spans = sorted((a, b) for k in (full if len(full) >= MIN_ROWS - 1 else data) for a, b, _ in rows[k][1])
    cols: list[list[float]] = []
    for a, b in spans:
        if cols and a <= cols[-1][1] + 2:
            cols[-1][1] = max(cols[-1][1], b)
        else:
            cols.append([a, b])
    if len(cols) < 2:
        return None

    def cover(a: float, b: float) -> list[int]:
        hit = [k for k, (x0, x1) in enumerate(cols) if min(b, x1) - max(a, x0) > 0]
        if not hit:  # in a gap: the nearest column
            hit = [min(range(len(cols)), key=lambda k: min(abs(cols[k][0] - b), abs(cols[k][1] - a)))]
        return hit

    # a line above the first row that runs over (nearly) every column, the number's and the
    # name's included, is a sentence of the text (justified prose has wide gaps), not a heading:
    # the table starts below it
    left0 = min([cols[0][0]] + [ln.x0 for ln, _ in rows[data[0]:]]) - 1
    right0 = max([cols[-1][1]] + [ln.x1 for ln, _ in rows[data[0]:]]) + 1
    edges0 = [left0] + [(cols[k][1] + cols[k + 1][0]) / 2 for k in range(len(cols) - 1)] + [right0]
    prose = [k for k in range(data[0]) if re.match(r"\s*Таблица\s*\d*\.?\s*$", rows[k][0].text) or len(cols) >= 3 and (any(
        len(cover(a, b)) >= len(cols) - 1 for a, b in _heading_segments(rows[k][0], edges0))
        or (len(rows[k][0].text.split()) >= 5 and re.search(r"(?<!чел)(?<!тыс)(?<!руб)(?<!ед)(?<!шт)(?<!\bг)(?<![А-ЯЁ])\.\s*$", rows[k][0].text)))]
    if prose:
        return _unruled_grid(rows[prose[-1] + 1:])
    grid = [["" for _ in cols] for _ in data]
    for n, k in enumerate(data):
        for a, b, t in rows[k][1]:
            c = cover(a, b)[0]
            grid[n][c] = (grid[n][c] + " " + t).strip()
    numeric = [c for c in range(len(cols)) if sum(_is_num(g[c]) for g in grid if g[c]) >= max(2, 0.6 * sum(
        1 for g in grid if g[c]))]
    if not numeric:
        return None
    # a line whose only number stands in a column of text («20» under «МОУ ООШ №») is a name
    # going on, not a row
    real = [n for n in range(len(data)) if any(_is_num(grid[n][c]) for c in numeric if grid[n][c])]
    if len(real) < len(data) and len(real) >= MIN_ROWS - 1:
        data, grid = [data[n] for n in real], [grid[n] for n in real]
    texts = [g[c] for g in grid for c in range(len(cols)) if g[c] and c not in numeric]
    if texts and sum(len(t) for t in texts) / len(texts) > 70:
        return None  # long text in cells: two columns of prose, not a table
    if len(cols) == 2 and numeric == [0]:
        return None  # «1. Текст пункта …»: a numbered list
    # the column edges; the outer ones hold the headings too, which may stand wider than the numbers
    left = min([cols[0][0]] + [ln.x0 for ln, _ in rows]) - 1
    right = max([cols[-1][1]] + [ln.x1 for ln, _ in rows]) + 1
    edges = [left] + [(cols[k][1] + cols[k + 1][0]) / 2 for k in range(len(cols) - 1)] + [right]
    first = data[0]
    # a name wrapped above its numbers (a row's text centred on its height, a page that begins
    # inside the table): the first data line leaves empty a column the other rows write their
    # names in, and the line just above has text there only — it is that row's, not a heading
    names = [c for c in range(len(cols)) if c not in numeric and sum(1 for g in grid if g[c]) >= 0.6 * len(grid)]
    empty = {c for c in names if not grid[0][c]}
    height = max(1.0, rows[first][0].bottom - rows[first][0].top)
    while empty and first > 0 and data[0] - first < 2 and rows[data[0]][0].top - rows[first - 1][0].bottom < 0.8 * height \
            and all(set(cover(a, b)) <= empty for a, b, _ in rows[first - 1][1]):
        first -= 1
    # group rows («Гимназии, лицеи», «Средние общеобразовательные школы»): one phrase without a
    # number written from the table's left edge over the number and name columns (or naming
    # schools in the plural) — rows of their own, not a heading line or a name going on
    def group_row(k: int) -> bool:
        ch = rows[k][1]
        if len(ch) != 1 or k in data or re.search(r"\d", ch[0][2]) or not re.match(r"\W*[А-ЯЁ]", ch[0][2]):
            return False
        a, b, t = ch[0]
        spans_two = len(cols) > 2 and a <= cols[0][1] and b > cols[1][0]
        return spans_two or bool(GROUP_ROW.search(t))

    group_rows = {k for k in range(first, len(rows)) if group_row(k)}
    while first > 0 and group_row(first - 1) and not group_rows & set(range(first - 1)):
        group_rows.add(first - 1)
        first -= 1
    # the text of a row's wrapped lines widens its column (no edge cuts a name's line)
    for k in range(first, len(rows)):
        for a, b, _ in rows[k][1] if k not in data and k not in group_rows else ():
            hit = cover(a, b)
            c = hit[0]
            if len(hit) == 1 and (c == 0 or a > cols[c - 1][1] + 2) and (c + 1 == len(cols) or b < cols[c + 1][0] - 2):
                cols[c] = [min(cols[c][0], a), max(cols[c][1], b)]
    edges = [left] + [(cols[k][1] + cols[k + 1][0]) / 2 for k in range(len(cols) - 1)] + [right]
    _edges_from_leaf_headings(rows[:first], cols, edges)
    # a column's heading is centred over it while its numbers stand to the right: an edge that
    # cuts a heading phrase of one column moves into the white between the phrases
    def over(a: float, b: float) -> set[int]:
        """The columns a heading phrase stands over: those whose numbers it touches and those
        whose band it enters well (a heading centred over two left-aligned number columns
        touches the numbers of one only)."""
        return set(cover(a, b)) | {c for c in range(len(cols)) if min(b, edges[c + 1]) - max(a, edges[c])
                                   > 0.3 * (edges[c + 1] - edges[c])}

    segs = [_heading_segments(rows[k][0], edges) for k in range(first)]
    leaf_lines = [line for line in segs if line and all(len(over(a, b)) == 1 for a, b in line)]  # leaf lines only
    for k in range(len(cols) - 1):
        lo, hi, mid = cols[k][1], cols[k + 1][0], edges[k + 1]
        # the lines the edge cuts a phrase of: the new edge must leave all their phrases whole
        # (a phrase of another line, «в т.ч.:» centred over two columns, may be the parent's)
        phrases = [(a, b) for line in leaf_lines if any(a < mid < b for a, b in line) for a, b in line]
        cut = [(max(a, lo), min(b, hi)) for a, b in phrases if a < hi and b > lo]
        if not any(a < mid < b for a, b in cut):
            continue
        free, x = [], lo
        for a, b in sorted(cut):
            if a > x + 2:
                free.append((x, a))
            x = max(x, b)
        if hi > x + 2:
            free.append((x, hi))
        if free:
            a, b = min(free, key=lambda f: abs((f[0] + f[1]) / 2 - mid))
            edges[k + 1] = (a + b) / 2
    # heading lines: one band for the lines down to the last phrase over several columns (the
    # parent heading), one for the rest (each column's own heading) — lines of one wrapped
    # heading cell are one row, as in the ruled table; below the first data line, every line
    # goes to the data line nearest it
    spans_at = [k for k in range(first) if any(len(over(a, b)) > 1 for a, b in _heading_segments(rows[k][0], edges))]
    split = (spans_at[-1] + 1) if spans_at else 0

    def line_groups(k: int) -> list[set[int]]:
        """The columns each phrase of a heading line stands over (phrases that share a column are one)."""
        groups: list[set[int]] = []
        for a, b in _heading_segments(rows[k][0], edges):
            hit = over(a, b)  # «… по формам» ends left of the last form's numbers
            for g in [g for g in groups if g & hit]:
                hit |= g
                groups.remove(g)
            groups.append(hit)
        return groups

    # the parent headings: one band per level — a caption over the forms, the forms over their
    # columns — where a line's phrases split a phrase of the line above, a new level begins; a
    # wrapped line of the same phrases stays in its band
    levels: list[list[int]] = []
    above: list[set[int]] = []
    for k in range(first if split else 0):
        groups = line_groups(k)
        finer = any(sum(1 for g in groups if g & h) >= 2 for h in above)  # left-aligned headings: overlap, not inclusion
        if levels and not finer:
            levels[-1].append(k)
            above = above + [g for g in groups if not any(g <= h for h in above)]
        else:
            levels.append([k])
            above = groups
    if split and len(levels) >= 2:  # the last level holds each column's own heading
        parents, bands = levels[:-1], levels
    else:
        parents = [list(range(split))] if split else []
        bands = [b for b in (list(range(0, split)), list(range(split, first))) if b]
    # the column numbers under the heading are a row of their own, as in the ruled table
    numbered = [k for k in range(first) if _column_numbers(rows[k][1])]
    if numbered:
        bands = [[k for k in b if k not in numbered] for b in bands]
        bands = [b for b in bands if b] + [numbered]
    owner = {k: [k] for k in sorted(set(data) | group_rows)}
    named = {d: bool(names) and bool(grid[n][names[0]]) for n, d in enumerate(data)}
    for k in range(first, len(rows)):
        if k in owner:
            continue
        mid = (rows[k][0].top + rows[k][0].bottom) / 2
        near = min(data, key=lambda d: abs((rows[d][0].top + rows[d][0].bottom) / 2 - mid))
        above = [d for d in data if d < k]
        below = [d for d in data if d > k]
        # the next row's name starts on its numbers' line: what stands between is the row above's
        # («МОБУ» / «Гимназия №» / «14»»), however near the next row; a row whose name is centred
        # on its height (its numbers' line has none) takes the lines nearest it
        top_aligned = bool(below) and named[below[0]]
        if above and (top_aligned or re.match(r"\W*[а-яё]", rows[k][0].text)):
            near = above[-1]  # «общеобразовательная школа»»: a name going on in lower case is the row above's
        owner[near].append(k)
    whole_row = {len(bands) + n for n, k in enumerate(sorted(set(data) | group_rows)) if k in group_rows}
    bands += [sorted(owner[k]) for k in sorted(set(data) | group_rows)]
    tops = [min(rows[k][0].top for k in b) for b in bands]
    bottoms = [max(rows[k][0].bottom for k in b) for b in bands]
    cells = []
    for n in range(len(bands)):
        top = tops[n] - 1 if n == 0 else (bottoms[n - 1] + tops[n]) / 2
        bottom = bottoms[n] + 1 if n + 1 == len(bands) else (bottoms[n] + tops[n + 1]) / 2
        if n < len(parents):  # a parent heading: its phrases over their columns
            groups: list[set[int]] = []
            for k in bands[n]:
                for hit in line_groups(k):
                    for g in [g for g in groups if g & hit]:
                        hit |= g
                        groups.remove(g)
                    groups.append(hit)
            taken: set[int] = set()
            for g in sorted(groups, key=min):
                lo, hi = min(g), max(g)
                if any(c in taken for c in range(lo, hi + 1)):
                    continue
                cells.append((edges[lo], top, edges[hi + 1], bottom))
                taken.update(range(lo, hi + 1))
            cells += [(edges[c], top, edges[c + 1], bottom) for c in range(len(cols)) if c not in taken]
        elif n in whole_row:  # a group row: one cell over the row, as a merged cell of a ruled table
            cells.append((edges[0], top, edges[-1], bottom))
        else:
            cells += [(edges[c], top, edges[c + 1], bottom) for c in range(len(cols))]
    return cells


def _edges_from_leaf_headings(heading: list[tuple[Line, list[tuple[float, float, str]]]], cols: list[list[float]],
                              edges: list[float]) -> None:
    """Numbers set to the right of their columns leave the midpoint between two columns under
    the next column's heading. A heading line with one phrase per column over a run of columns
    («пар, ед. | наставляемых, чел. | пар, ед. | …») says where each column begins: the edges go
    into the white between its phrases (never across a column's numbers)."""
    def column_of(a: float, b: float) -> int | None:
        hit = [k for k, (x0, x1) in enumerate(cols) if min(b + 4, x1) - max(a - 4, x0) > 0]
        return hit[0] if len(hit) == 1 else None

    for _, chunks in heading:
        if len(chunks) < 2:
            continue
        at = [column_of(a, b) for a, b, _ in chunks]
        if None in at or any(y != x + 1 for x, y in zip(at, at[1:], strict=False)):
            continue
        for (_, b, _), (a, _, _), c in zip(chunks, chunks[1:], at, strict=False):
            edge = (b + a) / 2
            if cols[c][1] <= edge <= cols[c + 1][0]:
                edges[c + 1] = edge


def _heading_segments(line: Line, edges: list[float]) -> list[tuple[float, float]]:
    """A heading line cut into phrases: a new phrase where a word stands in another column
    than the word before and the white between them is wider than a space, or where the white
    is a column gap (the edges may not be known yet); a phrase that runs on over a column edge
    spans it («…формы сопровождения и наставничества, в т.ч.:»)."""
    words = sorted(line.words, key=lambda w: w.x0)
    space = 0.35 * max(1.0, line.bottom - line.top)

    def col(w: Word) -> int:
        return max(0, min(len(edges) - 2, sum(1 for e in edges[1:-1] if w.cx > e)))

    segs = [[words[0].x0, words[0].x1, col(words[0])]]
    for prev, w in zip(words, words[1:], strict=False):
        gap = w.x0 - prev.x1
        if gap > max(COLUMN_GAP, 0.9 * (line.bottom - line.top)) or col(w) != segs[-1][2] and gap > max(1.8 * space, 3.0):
            segs.append([w.x0, w.x1, col(w)])
        else:
            segs[-1][1] = w.x1
            segs[-1][2] = col(w)
    return [(a, b) for a, b, _ in segs]


def _needs_ocr(page) -> bool:
    """No text layer, or a layer of garbage (glyph ids, no letters)."""
    chars = page.chars
    if not chars:
        return True
    text = "".join(c.get("text", "") for c in chars[:3000])
    visible = [ch for ch in text if not ch.isspace()]
    letters = sum(ch.isalpha() for ch in visible)
    return len(visible) > 40 and (letters < 0.3 * len(visible) or text.count("(cid:") > 20)


def _page_blocks(words: list[Word], cell_lists: list[list[tuple]], height: float, pno: int,
                 settings: Settings, unruled: list[list[tuple]] | None = None,
                 keys: dict[int, str] | None = None, aligned: set[int] | None = None) -> list:
    """`unruled`: tables found by the alignment of words, each one grid already (its merged
    heading cells are not split into tables of their own). `keys`: a table the structure tree
    declares is known by its key, not its column edges, when pages are joined; `aligned`: the
    tables found by alignment, whose edges (read off their text) move a little from page to page."""
    tables: list[tuple[float, Table, list[float]]] = []
    boxes = []
    groups = [g for cells in cell_lists for g in _groups(cells)] + list(unruled or [])
    for group in groups:
        table, xs = _grid(group, words)
        if table.n_rows == 0:
            continue
        table.page = pno
        top = min(c[1] for c in group)
        tables.append((top, table, (keys or {}).get(id(group), ("aligned", xs) if id(group) in (aligned or ()) else xs)))
        boxes.append((min(c[0] for c in group), top, max(c[2] for c in group), max(c[3] for c in group)))
    free = [w for w in words if not any(b[0] - 1 <= w.cx <= b[2] + 1 and b[1] - 1 <= w.cy <= b[3] + 1
                                        for b in boxes)]
    lines = [ln for ln in _lines(free) if any(ch.isalnum() for ch in ln.text)]
    lines = _drop_page_numbers(lines, height)
    items: list[tuple[float, object]] = [(top, (table, xs)) for top, table, xs in tables]
    items += [(ln.top, ln) for ln in lines]
    items.sort(key=lambda it: it[0])
    blocks: list = []
    run: list[Line] = []
    for _, item in items:
        if isinstance(item, Line):
            run.append(item)
            continue
        blocks += _paragraphs(run, pno, settings)
        run = []
        blocks.append(item)
    blocks += _paragraphs(run, pno, settings)
    return blocks


def _lines(words: list[Word]) -> list[Line]:
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (round(w.top), w.x0)):
        for ln in reversed(lines[-3:]):
            overlap = min(ln.bottom, w.bottom) - max(ln.top, w.top)
            if overlap > 0.5 * min(ln.bottom - ln.top, w.bottom - w.top):
                ln.words.append(w)
                break
        else:
            lines.append(Line([w]))
    lines.sort(key=lambda ln: ln.top)
    return lines


def _drop_page_numbers(lines: list[Line], height: float) -> list[Line]:
    return [ln for ln in lines
            if not (re.fullmatch(r"[-–]?\s*\d{1,3}\s*[-–]?", ln.text)
                    and (ln.top < 0.08 * height or ln.bottom > 0.92 * height))]


def _paragraphs(lines: list[Line], pno: int, settings: Settings) -> list[Paragraph]:
    if not lines:
        return []
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    width = max(right - left, 1.0)
    gaps = sorted(b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False) if b.top > a.bottom)
    usual_gap = gaps[len(gaps) // 2] if gaps else 0.0
    out: list[list[Line]] = []
    for ln in lines:
        if out:
            prev = out[-1][-1]
            height = max(prev.bottom - prev.top, 1.0)
            gap = ln.top - prev.bottom
            first = min(ln.words, key=lambda w: w.x0)
            # Ragged or justified, a line ends a paragraph when the next line's first word
            # would have fitted after it.
            room = right - prev.x1
            new = (gap > usual_gap + settings.pdf_paragraph_gap * 0.5 * height
                   or room > (first.x1 - first.x0) + 0.02 * width + height
                   or LIST_MARKER.match(ln.text) is not None and prev.text.rstrip()[-1:] in ".:;!?»"
                   or ln.x0 > left + 0.04 * width and ln.x0 > prev.x0 + 5)
            if not new:
                out[-1].append(ln)
                continue
        out.append([ln])
    return [Paragraph(text=join_lines([ln.text for ln in para]), line=0, page=pno) for para in out]


def _broken_word(last: str, ln: str) -> bool:
    """A word cut at a narrow cell's edge: «Старосумароковска» + «я ООШ», «Архангельс» + «кой»,
    «Нижнемакта-» + «минская». The start is no word of its own, the rest begins in lower case
    and is short or no word either; «Работодатель-» + «ученик» stays as it is."""
    from normalizers.morph import analyzer

    m = re.match(r"([а-яё]+)", ln)
    head = re.search(r"([А-ЯЁа-яё]+)-?$", last)
    if not m or not head or len(head.group(1)) < 4:
        return False
    rest = m.group(1)
    known = analyzer().word_is_known
    if known(head.group(1).lower()):
        # «наставляемо» + «го», «наставник» + «а, чел.»: a word cut without a hyphen where both
        # halves happen to be words — the end is a scrap (no word, or a letter before a comma)
        return not last.endswith("-") and len(rest) <= 3 and known((head.group(1) + rest).lower()) and (
            not known(rest) or bool(re.match(r"[а-яё]{1,2}\s*(?:[,.;)]|$)", ln)))
    return len(rest) <= 3 or not known(rest)


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines. No space where a word was broken: after 'Работодатель-' or
    'п/', after '№', and inside a comma list with no spaces ('…,ЭБ' + 'Ц')."""
    out = ""
    for ln in (x.strip() for x in lines):
        if not ln:
            continue
        last = out.split()[-1] if out.strip() else ""
        tight = bool(re.search(r"\S[-/]$", last) or last.endswith("№") and re.match(r"№", ln)
                     or re.search(r",[^\s,]", last) and re.match(r"[\w№]", ln))
        if out and _broken_word(last, ln):
            tight = True
            if last.endswith("-"):
                out = out[:-1]  # «Старосумаро-» + «ковская»: the hyphen only broke the word
        out = ln if not out else out + ("" if tight else " ") + ln
    return out


# --- table grids -----------------------------------------------------------------------


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > TOL:
            out.append(v)
    return out


def _index(values: list[float], v: float) -> int:
    return min(range(len(values)), key=lambda i: abs(values[i] - v))


def _groups(cells: list[tuple]) -> list[list[tuple]]:
    """Split a union grid into tables whose rows share compatible column boundaries."""
    if not cells:
        return []
    ys = _snap([c[1] for c in cells] + [c[3] for c in cells])
    bands = []
    for k in range(len(ys) - 1):
        y0, y1 = ys[k], ys[k + 1]
        mid = (y0 + y1) / 2
        inside = [c for c in cells if c[1] - TOL <= mid <= c[3] + TOL and c[1] < mid < c[3]]
        xs = _snap([c[0] for c in inside] + [c[2] for c in inside])
        bands.append((y0, y1, xs))
    groups: list[tuple[float, float, list[float]]] = []
    gap = True
    for y0, y1, xs in bands:
        if not xs:
            gap = True
            continue
        if groups and not gap:
            g0, g1, gx = groups[-1]
            if _subset(xs, gx) or _subset(gx, xs):
                groups[-1] = (g0, y1, _snap(gx + xs))
                continue
        groups.append((y0, y1, xs))
        gap = False
    result = []
    for g0, g1, _ in groups:
        members = [c for c in cells if c[1] >= g0 - TOL and c[3] <= g1 + TOL]
        if members:
            result.append(members)
    return result


def _subset(a: list[float], b: list[float], tol: float = TOL) -> bool:
    return all(any(abs(x - y) <= tol for y in b) for x in a)


def _grid(cells: list[tuple], words: list[Word]) -> tuple[Table, list[float]]:
    xs = _snap([c[0] for c in cells] + [c[2] for c in cells])
    ys = _snap([c[1] for c in cells] + [c[3] for c in cells])
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    rows = [[Cell() for _ in range(n_cols)] for _ in range(n_rows)]
    placed = []
    for c in cells:
        r0, r1 = _index(ys, c[1]), _index(ys, c[3])
        c0, c1 = _index(xs, c[0]), _index(xs, c[2])
        if r1 <= r0 or c1 <= c0:
            continue
        placed.append((r0, r1, c0, c1, c))
    for r0, r1, c0, c1, box in placed:
        inside = [w for w in words if box[0] <= w.cx <= box[2] and box[1] <= w.cy <= box[3]]
        confs = [w.conf for w in inside if w.conf is not None]
        if confs:  # OCR: debris of ruling lines and low-confidence specks out
            from .ocr import clean_ocr_text

            inside = [w for w in inside if w.conf is None or w.conf >= 20 or any(ch.isalnum() for ch in w.text)]
            text = clean_ocr_text(join_lines([ln.text for ln in _lines(inside)]))
        else:
            text = join_lines([ln.text for ln in _lines(inside)])
        rows[r0][c0] = Cell(text=text, rowspan=r1 - r0, colspan=c1 - c0,
                            confidence=min(confs) / 100 if confs else None)
        for r in range(r0, r1):
            for c in range(c0, c1):
                if (r, c) != (r0, c0):
                    rows[r][c] = Cell(owner=(r0, c0))
    return Table(rows=rows), xs


# --- joining pages ---------------------------------------------------------------------


def _append_page(blocks: list, page_blocks: list, last_xs: list[float] | str | None) -> list[float] | str | None:
    """Add a page's blocks; a table at the very top that continues the previous page's
    last table (same column boundaries) is joined to it. Returns the column boundaries
    of the last block when it is a table (None otherwise); a declared table's key instead of
    its boundaries."""
    for i, item in enumerate(page_blocks):
        if isinstance(item, tuple):
            table, xs = item
            prev = blocks[-1] if blocks else None
            if isinstance(xs, tuple) or isinstance(last_xs, tuple):  # both found by alignment: edges move
                same = isinstance(xs, tuple) and isinstance(last_xs, tuple) and len(xs[1]) == len(last_xs[1]) \
                    and all(abs(a - b) <= ALIGNED_JOIN_TOL for a, b in zip(xs[1][1:-1], last_xs[1][1:-1], strict=True))
            else:
                same = last_xs == xs if isinstance(xs, str) or isinstance(last_xs, str) else (
                    last_xs is not None and len(last_xs) == len(xs) and _subset(last_xs, xs, JOIN_TOL))
            if i == 0 and isinstance(prev, Table) and same:
                _join(prev, table)
            else:
                blocks.append(table)
            last_xs = xs
        else:
            blocks.append(item)
            last_xs = None
    return last_xs


def _norm(s: str) -> str:
    return "".join(s.split()).lower()


def _join(prev: Table, nxt: Table) -> None:
    rows = nxt.rows
    # A repeated header: the continuation starts with the first row(s) of the table.
    k = 0
    while k < len(rows) and k < len(prev.rows) and _same_heading(rows[k], prev.rows[k]) and \
            any(c.text for c in rows[k]) and not _has_number(rows[k]):
        k += 1
    start = k
    # A row broken by the page end: mend it instead of adding the fragment as a row.
    if start < len(rows) and prev.rows and _is_fragment(prev, rows[start]):
        last = prev.rows[-1]
        for j, c in enumerate(rows[start]):
            if c.text and j < len(last):
                target = last[j]
                if target.owner is not None:
                    target = prev.rows[target.owner[0]][target.owner[1]]
                target.text = join_lines([target.text, c.text]) if target.text else c.text
        start += 1
    base = len(prev.rows)
    if not prev.row_pages:
        prev.row_pages = [prev.page] * len(prev.rows)
    prev.row_pages.extend([nxt.page] * len(rows[start:]))
    for row in rows[start:]:
        for cell in row:
            if cell.owner is not None:
                orow = cell.owner[0] - start
                cell.owner = (orow + base, cell.owner[1]) if orow >= 0 else None
    prev.rows.extend(rows[start:])


def _same_heading(a: list[Cell], b: list[Cell]) -> bool:
    """A heading row repeated on the next page, its cells wrapped at other words there («…
    вовлечённых в наставни» / «… вовлечённых в наставничество, чел.»): cell by cell the same, or
    one a start of the other, and nearly the same as a whole."""
    from rapidfuzz import fuzz

    x, y = [_norm(c.text) for c in a], [_norm(c.text) for c in b]
    if x == y:
        return True
    if len(x) != len(y) or not all(p == q or (p and q and (p.startswith(q) or q.startswith(p))) or not p or not q
                                   for p, q in zip(x, y, strict=True)):
        return False
    return fuzz.ratio("".join(x), "".join(y)) >= 85


def _is_fragment(prev: Table, row: list[Cell]) -> bool:
    """The rest of a row broken by the page end: no number stands where the previous row
    has a value (a number never wraps), and it either has no row number or its text
    goes on in lower case."""
    last = len(prev.rows) - 1
    texts = [c.text.strip() for c in row]
    if not any(texts):
        return False
    if any(t and NUMERIC.match(t) and prev.value(last, j) for j, t in enumerate(texts)):
        return False
    return not texts[0] or all(t[0].islower() for t in texts if t)


def _has_number(row: list[Cell]) -> bool:
    """More than one number in the row: data, not a repeated header."""
    return sum(bool(NUMERIC.match(c.text.strip())) for c in row if c.text.strip()) > 1
