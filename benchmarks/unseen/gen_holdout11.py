"""Generate the held-out corpus holdout11: 12 synthetic Russian administrative documents on the school
mentorship programme (целевая модель наставничества, распоряжение Минпросвещения России Р-145) from 12
municipalities of 6 regions (Санкт-Петербург: Колпинский и Кронштадтский районы; Кировская область: город
Кирово-Чепецк, Омутнинский район; Костромская область: город Кострома, Нерехтский район; Брянская область:
Унечский район, Новозыбковский городской округ; Орловская область: город Орёл, Мценский район; Волгоградская
область: городской округ город Михайловка, Урюпинский район), with gold answers as defined in
benchmarks/unseen/CONVENTIONS.md. Ten documents are справки with tables of organizations; one is a приказ on
appointing curators and one is a plan of events: these two carry metadata only.

usage: /work/main/.venv/bin/python benchmarks/unseen/gen_holdout11.py [--verify]
Writes $UNSEEN_OUT/holdout11/* and $UNSEEN_OUT/gold/holdout11/*.csv (UNSEEN_OUT defaults to /work/unseen).
--verify additionally extracts the text of every rendered file and asserts that every stated number of
checks.csv and every fact value can be found in it.

The framework (document model, renderers, determinism helpers, verification) is copied from gen_holdout10.py,
with one addition: a TXT "grid" layout (an ASCII-ruled table with wrapped cells). Every table cell is printed
from data held here and every fact is read back from the printed cell; every check is recomputed from the same
data; planted errors are marked "PLANTED" and asserted to be mismatches; every other check is asserted ok with a
margin against rounding ties (a builder redraws its data until that holds). LibreOffice always runs with the
profile -env:UserInstallation=file:///tmp/lo_holdout11.
"""
import csv
import datetime
import hashlib
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

BASE = os.environ.get("UNSEEN_OUT", "/work/unseen")
CORPUS = "holdout11"
OUT = os.path.join(BASE, CORPUS)
GOLD = os.path.join(BASE, "gold", CORPUS)
LO_DIR = "/tmp/lo_holdout11"      # passed to soffice as -env:UserInstallation=file:///tmp/lo_holdout11
NB = "\u00a0"       # no-break space
NNB = "\u202f"      # narrow no-break space
THIN = "\u2009"     # thin space
DASH = "–"

UU, TT, SU, RU, RS, TU = ("ученик-ученик", "учитель-учитель", "студент-ученик", "работодатель-ученик",
                          "работодатель-студент", "учитель-ученик")
FQ = {UU: "«ученик – ученик»", TT: "«учитель – учитель»", SU: "«студент – ученик»",
      RU: "«работодатель – ученик»", RS: "«работодатель – студент»", TU: "«учитель – ученик»"}
FCAP = {UU: "«Ученик – ученик»", TT: "«Учитель – учитель»", SU: "«Студент – ученик»",
        RU: "«Работодатель – ученик»", RS: "«Работодатель – студент»", TU: "«Учитель – ученик»"}

UNITS = {"students_involved": "persons", "teachers_involved": "persons", "mentees": "persons",
         "mentors": "persons", "pairs": "count", "forms_count": "count", "mentee_share_pct": "percent",
         "mentor_share_pct": "percent", "young_teachers": "persons", "young_teacher_mentees": "persons",
         "young_teacher_mentee_share_pct": "percent", "partner_enterprises": "count",
         "planned_participants": "persons", "program_participants": "persons", "students_total": "persons"}

SPACES = (" ", NB, NNB, THIN)


# ============================================================================ numbers and words
def rnd(x, d=1):
    """round half up, the way people round by hand"""
    q = 10 ** d
    return int(x * q + 0.5 + 1e-9) / q


def n(x, sep=" "):
    """an integer with a thousands separator («2 314»)"""
    s = str(int(x))
    if len(s) > 3 and sep:
        parts = []
        while s:
            parts.insert(0, s[-3:])
            s = s[:-3]
        s = sep.join(parts)
    return s


def pc(x, d=1):
    """a rounded number with a decimal comma («12,5»); d=0 gives «13»"""
    if d == 0:
        return str(int(rnd(x, 0)))
    return f"{rnd(x, d):.{d}f}".replace(".", ",")


def safe(x, d=1):
    """x lies far enough from a rounding tie at d decimals that every reader rounds it the same way"""
    return abs(rnd(x, d) - x) <= 0.4 * 10 ** -d


def retry(gen, valid, tries=100000):
    """draw data with gen() until valid(data) holds (gen uses a seeded rng, so this is deterministic)"""
    for _ in range(tries):
        data = gen()
        if valid(data):
            return data
    raise RuntimeError("no valid data drawn")


def z(x, dash=DASH):
    """an integer, or a dash for zero"""
    return dash if x == 0 else n(x)


def g(x):
    """a number for the gold CSV files: at most 2 decimals, no trailing zeros"""
    if isinstance(x, int) or float(x).is_integer():
        return str(int(x))
    return f"{round(x + 1e-9, 2):.2f}".rstrip("0").rstrip(".")


def parse_num(s):
    """a printed cell -> a number (a dash is 0) or None (a cell that says there is nothing)"""
    t = str(s)
    for sp in SPACES:
        t = t.replace(sp, " ")
    t = t.replace("%", "").strip()
    if t in ("–", "-", "—"):
        return 0
    t2 = t.replace(" ", "").replace(",", ".")
    if re.fullmatch(r"-?\d+(\.\d+)?", t2):
        v = float(t2)
        return int(v) if "." not in t2 else v
    return None


def decimals(s):
    t = str(s).replace("%", "").strip()
    m = re.search(r"[.,](\d+)$", t)
    return len(m.group(1)) if m else 0


def plural(k, one, few, many):
    k = abs(int(k))
    if k % 10 == 1 and k % 100 != 11:
        return one
    if 2 <= k % 10 <= 4 and not 12 <= k % 100 <= 14:
        return few
    return many


def join_ru(items, last=" и "):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + last + items[-1]


WORDS_GEN = {2: "двух", 3: "трёх", 4: "четырёх", 5: "пяти", 6: "шести", 7: "семи", 8: "восьми", 9: "девяти",
             10: "десяти", 11: "одиннадцати", 12: "двенадцати"}


def num_of(name):
    m = re.search(r"№\s?(\d+)", name)
    return m.group(1) if m else None


def collapse(s):
    for sp in SPACES:
        s = s.replace(sp, " ")
    return " ".join(s.split())


# ============================================================================ document model
class Cell:
    """a printed table cell; facts: the (org_name, indicator, form, variant) tuples its value stands for"""

    def __init__(self, text, facts=(), cs=1, rs=1, bold=False, align=None, xl=None, italic=False):
        self.text = str(text)
        self.facts = list(facts)
        self.cs, self.rs = cs, rs
        self.bold = bold
        self.italic = italic
        self.align = align
        self.xl = xl


def C(x, **kw):
    return x if isinstance(x, Cell) else Cell(x, **kw)


def F(text, org, ind, form="", variant="", **kw):
    """a printed cell that carries one fact"""
    return Cell(text, facts=[(org, ind, form, variant)], **kw)


class Table:
    """ruled: True (a full grid), False (no lines) or "h" (horizontal rules only)"""

    def __init__(self, ncols, widths=None, font=10, hfont=None, caption=None, caption_align="right",
                 ruled=True, repeat_header=True, hbold=True, cell_pad=None, note=None):
        self.ncols = ncols
        self.widths = widths
        self.font = font
        self.hfont = hfont or font
        self.caption = caption
        self.caption_align = caption_align
        self.ruled = ruled
        self.repeat_header = repeat_header
        self.hbold = hbold
        self.cell_pad = cell_pad
        self.note = note
        self.tw = None       # TXT "grid" layout: the width of each column in characters
        self.head = []
        self.body = []       # (kind, [Cell]); kind: org | tdata | total | group | num | data

    def hrow(self, *cells):
        self.head.append([C(c) for c in cells])

    def row(self, kind, cells):
        self.body.append((kind, [C(c) for c in cells]))

    def group(self, text):
        self.body.append(("group", [Cell(text, cs=self.ncols, bold=True, align="left")]))

    def numrow(self, head=False):
        cells = [Cell(str(i + 1)) for i in range(self.ncols)]
        if head:
            self.head.append(cells)
        else:
            self.body.append(("num", cells))

    def rows_kinds(self):
        rows = self.head + [cells for _, cells in self.body]
        kinds = ["head"] * len(self.head) + [k for k, _ in self.body]
        return rows, kinds

    def layout(self, rows):
        """cells with spans on a grid: grid[r][c] = (cell, is_origin)"""
        grid = [[None] * self.ncols for _ in rows]
        for r, cells in enumerate(rows):
            c = 0
            for cell in cells:
                while c < self.ncols and grid[r][c] is not None:
                    c += 1
                assert c < self.ncols, ("row too long", [x.text for x in cells])
                for dr in range(cell.rs):
                    for dc in range(cell.cs):
                        assert grid[r + dr][c + dc] is None
                        grid[r + dr][c + dc] = (cell, dr == 0 and dc == 0)
                c += cell.cs
            assert all(x is not None for x in grid[r]), ("row too short", [x.text for x in cells])
        return grid


class Doc:
    def __init__(self, name, fmt, municipality, as_of="", kind="справка", organization="", doc_date="",
                 doc_number="", landscape=False, txt_mode="tab", enc="utf-8", author="", created=None,
                 font=12, margins=None, fontname=None):
        self.name, self.fmt, self.municipality = name, fmt, municipality
        self.as_of, self.kind, self.organization = as_of, kind, organization
        self.doc_date, self.doc_number = doc_date, doc_number
        self.landscape, self.txt_mode, self.enc = landscape, txt_mode, enc
        self.author = author
        self.font = font
        self.margins = margins
        # office documents keep Times New Roman; this machine has only DejaVu fonts, so PDFs use the condensed
        # face, which is closer to Times in width
        self.fontname = fontname or ("DejaVu Serif Condensed" if fmt == "pdf" else "Times New Roman")
        self.created = created or (datetime.datetime.strptime(as_of or doc_date, "%Y-%m-%d")
                                   + datetime.timedelta(hours=11, minutes=42))
        self.blocks = []
        self.checks = []
        self.orgmap = {}
        self.planted = 0
        self.xlsx_widths = {}

    # ---- content
    def head(self, s):
        self.blocks.append(("head", s))

    def title(self, s):
        self.blocks.append(("title", s))

    def p(self, s):
        self.blocks.append(("p", s))

    def plain(self, s):
        self.blocks.append(("plain", s))

    def right(self, s):
        self.blocks.append(("right", s))

    def sign(self, s):
        self.blocks.append(("sign", s))

    def note(self, s):
        self.blocks.append(("note", s))

    def cap(self, s, align="right"):
        self.blocks.append(("cap", (s, align)))

    def dateline(self, *parts):
        self.blocks.append(("dateline", parts))

    def blank(self):
        self.blocks.append(("blank", None))

    def pagebreak(self):
        self.blocks.append(("pagebreak", None))

    def sheet(self, name, widths=None):
        self.blocks.append(("sheet", name))
        if widths:
            self.xlsx_widths[name] = widths

    def table(self, t):
        self.blocks.append(("table", t))

    def org(self, name, cluster):
        assert self.orgmap.get(name, cluster) == cluster, name
        self.orgmap[name] = cluster

    # ---- checks
    def _add(self, check, ind, subject, stated, computed, status, planted):
        if status is None:
            if isinstance(stated, list):
                ok = sorted(stated) == sorted(computed)
                st, cp = "; ".join(stated), "; ".join(computed)
            else:
                sv = parse_num(stated) if isinstance(stated, str) else stated
                d = decimals(stated) if isinstance(stated, str) else 0
                if check in ("share", "mean"):
                    tol = 0.5 * 10 ** -d
                    margin = 0.45 * 10 ** -d
                else:
                    tol = margin = 1e-9
                diff = abs(sv - computed)
                ok = diff <= tol + 1e-12
                if ok:
                    assert diff <= margin + 1e-12, ("rounding tie too close", self.name, subject, stated, computed)
                else:
                    assert diff >= 0.9 * 10 ** -d, ("mismatch too small", self.name, subject, stated, computed)
                st, cp = g(sv), g(computed)
            status = "mismatch" if not ok else "ok"
            if planted:
                assert status == "mismatch", (self.name, subject, stated, computed)
                self.planted += 1
            else:
                assert status == "ok", (self.name, subject, stated, computed)
        else:
            if isinstance(stated, list):
                st, cp = "; ".join(stated), "; ".join(computed)
            else:
                st = g(parse_num(stated) if isinstance(stated, str) else stated)
                cp = g(computed)
        self.checks.append({"doc": self.name, "check": check, "indicator": ind, "subject": subject, "stated": st,
                            "computed": cp, "status": status})

    def c_sum(self, ind, subject, stated, values, status=None, planted=False):
        self._add("sum", ind, subject, stated, sum(values), status, planted)

    def c_count(self, ind, subject, stated, actual, planted=False):
        self._add("count", ind, subject, str(stated), actual, None, planted)

    def c_share(self, ind, subject, stated, part, base, planted=False, status=None):
        self._add("share", ind, subject, stated, part / base * 100, status, planted)

    def c_mean(self, ind, subject, stated, values, planted=False):
        values = list(values)
        self._add("mean", ind, subject, stated, sum(values) / len(values), None, planted)

    def c_ratio(self, ind, subject, stated, num, den, planted=False):
        """a mean given as one total over another («в среднем 1,9 наставляемого на одного наставника»)"""
        self._add("mean", ind, subject, stated, num / den, None, planted)

    def c_comp(self, ind, subject, stated, parts, planted=False):
        self._add("composition", ind, subject, stated, sum(parts), None, planted)

    def c_member(self, ind, subject, stated_list, actual_list, planted=False):
        self._add("membership", ind, subject, list(stated_list), list(actual_list), None, planted)

    def c_target(self, ind, subject, target, actual, achieved=True, planted=False):
        """the text says `actual` reaches (achieved=True) or misses the threshold `target`"""
        ok = (actual >= target) == achieved
        assert ok != planted, (self.name, subject, target, actual)
        if planted:
            self.planted += 1
        assert abs(actual - target) >= 0.2, ("target too close to call", self.name, subject)
        self._add("target", ind, subject, target, actual, "ok" if ok else "mismatch", planted)

    def c_cross(self, ind, subject, stated, computed, planted=False):
        self._add("cross_table", ind, subject, stated, computed, None, planted)

    # ---- gold
    def tables(self):
        return [b for k, b in self.blocks if k == "table"]

    def facts(self):
        out = []
        for t in self.tables():
            for kind, cells in t.body:
                for cell in cells:
                    for (org, ind, form, variant) in cell.facts:
                        assert kind in ("org", "tdata"), (self.name, org, ind)
                        assert org in self.orgmap, (self.name, org)
                        v = parse_num(cell.text)
                        out.append({"doc": self.name, "org_name": collapse(org),
                                    "indicator": ind, "form": form, "variant": variant,
                                    "value": "" if v is None else g(v), "unit": UNITS[ind]})
        return out

    def orgs(self):
        used = []
        for f in self.facts():
            if f["org_name"] not in used:
                used.append(f["org_name"])
        for name in self.orgmap:
            assert collapse(name) in used, (self.name, "org without facts", name)
        return [{"doc": self.name, "org_name": collapse(o), "cluster": self.orgmap[o]} for o in self.orgmap]


# ============================================================================ rendering: DOCX
def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _borders(tab, edges_on):
    """table borders: the edges in edges_on are single lines, the rest are none"""
    tblPr = tab._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        if edge in edges_on:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "6")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _cell_margins(tab, top_bottom_twips):
    tblPr = tab._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for edge in ("top", "bottom"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(top_bottom_twips))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblPr.append(mar)


def _set_text(cell, text, bold=False, size=10, align=None, italic=False):
    cell.text = ""
    par = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = par.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()
    par.paragraph_format.space_after = Pt(0)
    par.paragraph_format.space_before = Pt(0)
    if align == "center":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "left":
        par.alignment = WD_ALIGN_PARAGRAPH.LEFT


def docx_table(d, t):
    rows, kinds = t.rows_kinds()
    grid = t.layout(rows)
    tab = d.add_table(rows=len(rows), cols=t.ncols)
    if t.ruled is True:
        tab.style = "Table Grid"
    elif t.ruled == "h":
        _borders(tab, ("top", "bottom", "insideH"))
    else:
        _borders(tab, ())
    if t.cell_pad:
        _cell_margins(tab, t.cell_pad)
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    if t.widths:
        tab.autofit = False
        for c in range(t.ncols):
            tab.columns[c].width = Cm(t.widths[c])
        for r in range(len(rows)):
            for c in range(t.ncols):
                tab.cell(r, c).width = Cm(t.widths[c])
    for r in range(len(rows)):
        trPr = tab.rows[r]._tr.get_or_add_trPr()
        el = OxmlElement("w:cantSplit")
        el.set(qn("w:val"), "true")
        trPr.append(el)
    for r in range(len(rows)):
        for c in range(t.ncols):
            cell, origin = grid[r][c]
            if not origin:
                continue
            target = tab.cell(r, c)
            if cell.cs > 1 or cell.rs > 1:
                target = target.merge(tab.cell(r + cell.rs - 1, c + cell.cs - 1))
            kind = kinds[r]
            bold = cell.bold or kind == "total" or (kind == "head" and t.hbold)
            size = t.hfont if kind in ("head", "num") else t.font
            align = cell.align
            if align is None:
                if kind in ("head", "num"):
                    align = "center"
                elif (parse_num(cell.text) is not None or cell.text.strip() in ("х", "x")) and cell.text.strip() \
                        and c > 0:
                    align = "center" if t.ruled is True else "right"
            _set_text(target, cell.text, bold=bold, size=size, align=align, italic=cell.italic)
    if t.repeat_header:
        for r in range(len(t.head)):
            _repeat_header(tab.rows[r])
    return tab


def render_docx(doc, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = doc.fontname
    st.element.rPr.rFonts.set(qn("w:eastAsia"), doc.fontname)
    st.font.size = Pt(doc.font)
    st.paragraph_format.space_after = Pt(2)
    cp = d.core_properties
    cp.author = doc.author or "user"
    cp.last_modified_by = doc.author or "user"
    cp.title = ""
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.revision = 3
    cp.created = doc.created
    cp.modified = doc.created + datetime.timedelta(hours=2, minutes=11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)        # A4, not the template's Letter
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    left, right, top, bottom = doc.margins or ((2.5 if not doc.landscape else 1.5), 1.5, 1.5, 1.5)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(left), Cm(right), Cm(top), Cm(bottom)
    width = sec.page_width - sec.left_margin - sec.right_margin
    for kind, b in doc.blocks:
        if kind == "head":
            for line in b.split("\n"):
                par = d.add_paragraph()
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                par.add_run(line)
        elif kind == "title":
            for line in b.split("\n"):
                par = d.add_paragraph()
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                par.add_run(line).bold = True
        elif kind == "p":
            par = d.add_paragraph(b)
            par.paragraph_format.first_line_indent = Cm(1.25)
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "plain":
            for line in b.split("\n"):
                d.add_paragraph(line)
        elif kind == "note":
            par = d.add_paragraph()
            run = par.add_run(b)
            run.italic = True
            run.font.size = Pt(max(9, doc.font - 2))
        elif kind == "right":
            for line in b.split("\n"):
                par = d.add_paragraph(line)
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "sign":
            d.add_paragraph()
            for line in b.split("\n"):
                # a position and a name: the name goes to a right-aligned tab stop at the right margin
                par = d.add_paragraph(re.sub(r" {4,}", "\t", line))
                par.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        elif kind == "cap":
            text, align = b
            par = d.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "right" else WD_ALIGN_PARAGRAPH.CENTER
            par.add_run(text).italic = align == "right"
        elif kind == "blank":
            d.add_paragraph()
        elif kind == "dateline":
            # date at the left margin, place in the middle, number at the right margin
            par = d.add_paragraph("\t".join(b))
            par.paragraph_format.tab_stops.add_tab_stop(int(width / 2), WD_TAB_ALIGNMENT.CENTER)
            par.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            if b.caption:
                par = d.add_paragraph()
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT if b.caption_align == "right" else WD_ALIGN_PARAGRAPH.CENTER
                par.add_run(b.caption)
            docx_table(d, b)
            if b.note:
                par = d.add_paragraph()
                run = par.add_run(b.note)
                run.italic = True
                run.font.size = Pt(max(9, doc.font - 2))
            else:
                d.add_paragraph()
        elif kind == "sheet":
            pass
    d.save(path)


# ============================================================================ rendering: TXT
def grid_table(t):
    """an ASCII-ruled table (+----+ rules, | separators): header cells and long names wrap onto several lines,
    numbers are right-aligned; rules stand above and under the header, above total rows and at the end. Column
    spans are allowed, row spans are not. Only characters that cp1251 can encode are used."""
    rows, kinds = t.rows_kinds()
    grid = t.layout(rows)
    widths = list(t.tw)
    for r, cells in enumerate(rows):     # a column is at least as wide as the longest word of its one-column cells
        for c in range(t.ncols):
            cell, origin = grid[r][c]
            if origin and cell.cs == 1:
                widths[c] = max([widths[c]] + [len(w) for w in cell.text.split()])
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule]
    prev = "head"
    for r, cells in enumerate(rows):
        kind = kinds[r]
        if (kind == "total" and prev != "total") or (prev == "head" and kind != "head"):
            if out[-1] != rule:
                out.append(rule)
        segs = []
        c = 0
        while c < t.ncols:
            cell, origin = grid[r][c]
            assert origin and cell.rs == 1, "grid tables take no row spans"
            w = sum(widths[c:c + cell.cs]) + 3 * (cell.cs - 1)
            lines = textwrap.wrap(" ".join(cell.text.split()), w, break_long_words=False, break_on_hyphens=False)
            lines = lines or [""]
            numeric = kind not in ("head", "num") and c > 0 and (parse_num(cell.text) is not None
                                                                 or cell.text.strip() in ("х", "x"))
            segs.append((w, lines, "c" if kind == "head" else ("r" if numeric else "l")))
            c += cell.cs
        height = max(len(x[1]) for x in segs)
        for i in range(height):
            parts = []
            for w, lines, al in segs:
                text = lines[i] if i < len(lines) else ""
                parts.append(text.rjust(w) if al == "r" else (text.center(w).rstrip().ljust(w) if al == "c"
                                                              else text.ljust(w)))
            out.append("| " + " | ".join(parts) + " |")
        prev = kind
    out.append(rule)
    return out


def txt_table(t, mode):
    rows, kinds = t.rows_kinds()
    grid = t.layout(rows)
    lines = []
    if mode == "tab":
        for r in range(len(rows)):
            lines.append("\t".join(grid[r][c][0].text.replace("\n", " ") if grid[r][c][1] else ""
                                   for c in range(t.ncols)).rstrip("\t"))
        return lines
    if mode == "grid":
        return grid_table(t)
    assert mode == "cells"
    # the export layout of the seeds: one cell per tab-indented line, a cell's own line breaks kept, a blank line
    # between rows; merged-away cells are empty tab lines
    for r in range(len(rows)):
        for c in range(t.ncols):
            cell, origin = grid[r][c]
            text = cell.text if origin else ""
            lines.append("\t" + text)
        lines.append("")
    return lines


def render_txt(doc, path):
    lines = []
    for kind, b in doc.blocks:
        if kind in ("head", "title", "plain", "right", "sign"):
            lines.extend(b.split("\n"))
            lines.append("")
        elif kind in ("p", "note"):
            lines.append(b)
            lines.append("")
        elif kind == "cap":
            lines.append(b[0])
        elif kind in ("pagebreak", "blank", "sheet"):
            pass
        elif kind == "dateline":
            lines.append("        ".join(b))
            lines.append("")
        elif kind == "table":
            if b.caption:
                lines.append(b.caption)
            lines.extend(txt_table(b, doc.txt_mode))
            if b.note:
                lines.append(b.note)
            lines.append("")
    if doc.enc == "utf-16":
        data = ("\r\n".join(lines) + "\r\n").encode("utf-16")       # with a BOM, little-endian
        assert data[:2] == b"\xff\xfe"
    elif doc.enc == "cp1251":
        data = ("\r\n".join(lines) + "\r\n").encode("cp1251")
    elif doc.enc == "utf-8-sig":
        data = ("\n".join(lines) + "\n").encode("utf-8-sig")
    else:
        data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


# ============================================================================ rendering: XLSX
def render_xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    wb = Workbook()
    wb.properties.creator = doc.author or "user"
    wb.properties.lastModifiedBy = doc.author or "user"
    wb.properties.created = doc.created
    wb.properties.modified = doc.created + datetime.timedelta(hours=2, minutes=11)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws = None
    r = 1
    width = 6
    sheets = []
    for kind, b in doc.blocks:
        if kind == "sheet":
            if ws is None:
                ws = wb.active
                ws.title = b
            else:
                ws = wb.create_sheet(b)
            sheets.append(ws)
            r = 1
            # the width of the merged text rows: the widest table on this sheet
            width = 1
            seen = False
            for k2, b2 in doc.blocks:
                if k2 == "sheet":
                    seen = b2 == b
                elif seen and k2 == "table":
                    width = max(width, b2.ncols)
            continue
        assert ws is not None, "an xlsx document starts with a sheet"
        if kind in ("head", "title", "p", "plain", "right", "sign", "cap", "note"):
            text = b[0] if kind == "cap" else b
            for line in text.split("\n"):
                ws.cell(row=r, column=1, value=line)
                if kind == "title":
                    ws.cell(row=r, column=1).font = Font(bold=True)
                if kind in ("p", "note"):
                    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
                    ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical="top")
                    ws.row_dimensions[r].height = 15 * (1 + len(line) // 95)
                r += 1
        elif kind == "table":
            if b.caption:
                ws.cell(row=r, column=1, value=b.caption)
                r += 1
            rows, kinds = b.rows_kinds()
            grid = b.layout(rows)
            for i in range(len(rows)):
                for c in range(b.ncols):
                    cell, origin = grid[i][c]
                    xc = ws.cell(row=r + i, column=c + 1)
                    xc.border = border
                    if not origin:
                        continue
                    v = parse_num(cell.text) if kinds[i] not in ("head", "num") and c > 0 else None
                    if cell.xl is not None:
                        xc.value, xc.number_format = cell.xl
                    elif v is not None and cell.text.strip() not in ("–", "-", "—"):
                        xc.value = v
                        if isinstance(v, float):
                            xc.number_format = "0.0"
                        elif v >= 1000:
                            xc.number_format = "#,##0"
                    else:
                        xc.value = cell.text
                    xc.alignment = Alignment(wrap_text=True, vertical="center",
                                             horizontal="left" if c == 1 and kinds[i] != "head" else "center")
                    if kinds[i] in ("head", "total") or cell.bold:
                        xc.font = Font(bold=True)
                    if cell.cs > 1 or cell.rs > 1:
                        ws.merge_cells(start_row=r + i, start_column=c + 1, end_row=r + i + cell.rs - 1,
                                       end_column=c + cell.cs)
            # row heights: LibreOffice prints wrapped cells in rows of the stored height, so estimate it
            colw = doc.xlsx_widths.get(ws.title, [])
            for i in range(len(rows)):
                lines = 1
                for c in range(b.ncols):
                    cell, origin = grid[i][c]
                    if origin and cell.rs == 1 and c < len(colw):
                        w = sum(colw[c:c + cell.cs])
                        lines = max(lines, -(-len(cell.text) * 11 // (w * 10)))
                ws.row_dimensions[r + i].height = 15 * lines
            r += len(rows)
            if b.note:
                ws.cell(row=r, column=1, value=b.note)
                r += 1
            r += 1
    for ws in sheets:
        for c, w in enumerate(doc.xlsx_widths.get(ws.title, [])):
            ws.column_dimensions[get_column_letter(c + 1)].width = w
    wb.save(path)


# ============================================================================ determinism
FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def normalize_zip(path, created):
    """rewrite a zip container (docx / odt / xlsx) with fixed timestamps and fixed metadata dates"""
    stamp = created.strftime("%Y-%m-%dT%H:%M:%S")
    with zipfile.ZipFile(path) as zf:
        items = [(i, zf.read(i.filename)) for i in zf.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for info, data in items:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"Z\2", s)
                s = re.sub(r"(<meta:creation-date>)[^<]*(<)", r"\g<1>" + stamp + r"\2", s)
                s = re.sub(r"(<dc:date>)[^<]*(<)", r"\g<1>" + stamp + r"\2", s)
                s = re.sub(r"(<meta:editing-duration>)[^<]*(<)", r"\1PT0S\2", s)
                s = re.sub(r"(<meta:generator>)[^<]*(<)", r"\1LibreOffice\2", s)
                data = s.encode("utf-8")
            if info.filename == "settings.xml":
                s = data.decode("utf-8")
                s = re.sub(r'(config:name="Rsid(?:Root)?" config:type="int">)\d+', r"\g<1>100000", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zf.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def normalize_pdf(path, name, created):
    """patch the creation date and the document ID of a LibreOffice PDF in place (same lengths)"""
    with open(path, "rb") as f:
        b = f.read()
    stamp = created.strftime("%Y%m%d%H%M%S").encode()
    b = re.sub(rb"/CreationDate\(D:\d{14}([^)]*\))", lambda m: b"/CreationDate(D:" + stamp + m.group(1), b)
    b = re.sub(rb"/ModDate\(D:\d{14}([^)]*\))", lambda m: b"/ModDate(D:" + stamp + m.group(1), b)
    h = hashlib.md5(name.encode()).hexdigest().upper().encode()
    b = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]{32}>\s*<[0-9A-Fa-f]{32}>\s*\]",
               lambda m: re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + h + b">", m.group(0)), b)
    b = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + h, b)
    with open(path, "wb") as f:
        f.write(b)


def normalize_rtf(path, created):
    """LibreOffice writes the RTF colour table in a varying order: sort it and renumber \\cfN and \\brdrcfN"""
    with open(path, "rb") as f:
        b = f.read().decode("latin-1")
    m = re.search(r"\{\\colortbl;([^}]*)\}", b)
    entries = [e for e in m.group(1).split(";") if e != ""]
    order = sorted(range(len(entries)), key=lambda i: tuple(int(x) for x in re.findall(r"\d+", entries[i])))
    new_index = {old + 1: new + 1 for new, old in enumerate(order)}
    table = "{\\colortbl;" + "".join(entries[i] + ";" for i in order) + "}"
    body = b[:m.start()] + "\x00" + b[m.end():]
    body = re.sub(r"\\(cf|brdrcf)(\d+)",
                  lambda x: "\\" + x.group(1) + str(new_index.get(int(x.group(2)), int(x.group(2)))), body)
    assert not re.search(r"\\(cb|highlight|chcbpat|clcbpat|clcfpat|cbpat|cfpat)\d", body), "unhandled colour"
    body = body.replace("\x00", table)
    # the RTF info group carries the conversion time: pin it
    stamp = f"\\yr{created.year}\\mo{created.month}\\dy{created.day}\\hr{created.hour}\\min{created.minute}"
    body = re.sub(r"\{\\(creatim|revtim|printim)[^}]*\}", lambda x: "{\\" + x.group(1) + stamp + "}", body)
    with open(path, "wb") as f:
        f.write(body.encode("latin-1"))


def pdf_fonts_in_order(path):
    """the font descriptors of a LibreOffice PDF stand in the order of their subset tags (BAAAAA, CAAAAA, …)"""
    with open(path, "rb") as f:
        tags = re.findall(rb"/FontName/([A-Z]{6})\+", f.read())
    return tags == sorted(tags)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{LO_DIR}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def render(doc):
    path = os.path.join(OUT, f"{doc.name}.{doc.fmt}")
    if doc.fmt == "docx":
        render_docx(doc, path)
        normalize_zip(path, doc.created)
    elif doc.fmt == "txt":
        render_txt(doc, path)
    elif doc.fmt == "xlsx":
        render_xlsx(doc, path)
        normalize_zip(path, doc.created)
    else:
        tmp = tempfile.mkdtemp(prefix="h11_")
        src = os.path.join(tmp, f"{doc.name}.docx")
        render_docx(doc, src)
        normalize_zip(src, doc.created)
        for attempt in range(25):
            soffice(src, doc.fmt, tmp)
            if doc.fmt != "pdf" or pdf_fonts_in_order(os.path.join(tmp, f"{doc.name}.pdf")):
                break
            # LibreOffice now and then writes the embedded font subsets in another order: convert again
            # (with a fresh profile) until they come in the canonical order, so that the bytes do not vary
            shutil.rmtree(LO_DIR, ignore_errors=True)
        else:
            raise RuntimeError(f"{doc.name}: embedded fonts never came in the canonical order")
        shutil.move(os.path.join(tmp, f"{doc.name}.{doc.fmt}"), path)
        shutil.rmtree(tmp)
        if doc.fmt == "pdf":
            normalize_pdf(path, doc.name, doc.created)
        elif doc.fmt == "odt":
            normalize_zip(path, doc.created)
        elif doc.fmt == "rtf":
            normalize_rtf(path, doc.created)
    assert os.path.exists(path), path
    return path



# ============================================================================ documents
BUILDERS = []


def builder(seed):
    """register a document builder f(rng) -> Doc; the data are drawn again (same seeded rng) until every
    non-planted check passes with a margin against rounding ties"""
    def wrap(f):
        def run():
            rng = random.Random(seed)
            for _ in range(5000):
                try:
                    return f(rng)
                except AssertionError:
                    continue
            raise RuntimeError(f"{f.__name__}: no valid data drawn")
        run.__name__ = f.__name__
        BUILDERS.append(run)
        return run
    return wrap


P145 = ("распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 «Об утверждении "
        "методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную "
        "деятельность по общеобразовательным, дополнительным общеобразовательным и программам среднего "
        "профессионального образования, в том числе с применением лучших практик обмена опытом между обучающимися»")
P145_SHORT = "распоряжением Минпросвещения России от 25.12.2019 № Р-145"
NOM_F = {1: "одна", 2: "две", 3: "три", 4: "четыре", 5: "пять", 6: "шесть", 7: "семь", 8: "восемь", 9: "девять",
         10: "десять", 11: "одиннадцать", 12: "двенадцать"}


def shr(p, b):
    return p / b * 100


def band(rng, tot, lo, hi):
    return int(tot * rng.uniform(lo, hi) / 100)



# ------------------------------------------------------------------ 1. Колпинский район (docx; long paraphrased headers, one table
# split into two Word tables whose second part repeats the header in shorter words)
KOLPINO = [  # printed name, cluster, short name used in the text, band of the mentee share
    ("ГБОУ СОШ № 401", "kolpino/school-401", "ГБОУ СОШ № 401", "mid"),
    ("ГБОУ гимназия № 402", "kolpino/gymnasium-402", "ГБОУ гимназия № 402", "top"),
    ("ГБОУ СОШ № 403", "kolpino/school-403", "ГБОУ СОШ № 403", "mid"),
    ("ГБОУ СОШ № 404", "kolpino/school-404", "ГБОУ СОШ № 404", "low"),
    ("ГБОУ СОШ № 405", "kolpino/school-405", "ГБОУ СОШ № 405", "mid"),
    ("ГБОУ СОШ № 406", "kolpino/school-406", "ГБОУ СОШ № 406", "mid"),
    ("ГБОУ лицей № 408", "kolpino/lyceum-408", "ГБОУ лицей № 408", "top"),
    ("ГБОУ СОШ № 446", "kolpino/school-446", "ГБОУ СОШ № 446", "mid"),
    ("ГБОУ СОШ № 447", "kolpino/school-447", "ГБОУ СОШ № 447", "mid"),
    ("ГБОУ СОШ № 448", "kolpino/school-448", "ГБОУ СОШ № 448", "mid"),
    ("ГБОУ СОШ № 450", "kolpino/school-450", "ГБОУ СОШ № 450", "mid"),
    ("ГБОУ СОШ № 451", "kolpino/school-451", "ГБОУ СОШ № 451", "low"),
    ("ГБОУ СОШ № 454", "kolpino/school-454", "ГБОУ СОШ № 454", "mid"),
    ("ГБОУ средняя общеобразовательная школа № 455 с углублённым изучением английского языка Колпинского района "
     "Санкт-Петербурга", "kolpino/school-455", "ГБОУ СОШ № 455", "mid"),
    ("ГБОУ СОШ № 459", "kolpino/school-459", "ГБОУ СОШ № 459", "mid"),
    ("ГБОУ СОШ № 461", "kolpino/school-461", "ГБОУ СОШ № 461", "mid"),
    ("ГБОУ СОШ № 466", "kolpino/school-466", "ГБОУ СОШ № 466", "mid"),
    ("ГБОУ СОШ № 467", "kolpino/school-467", "ГБОУ СОШ № 467", "mid"),
    ("ГБОУ СОШ № 519 пос. Металлострой", "kolpino/school-519", "ГБОУ СОШ № 519", "low"),
]


@builder(11101)
def doc_kolpino(rng):
    d = Doc("kolpino_vovlechennost_2023", "docx", "Колпинский район", as_of="2023-10-20", author="Гусева М.А.")
    bands = {"low": (6.2, 9.3), "mid": (10.8, 18.6), "top": (20.5, 24.5)}
    rows = []
    for name, cl, short, b in KOLPINO:
        d.org(name, cl)
        tot = rng.randint(640, 1480)
        e = band(rng, tot, *bands[b])
        m = int(tot * rng.uniform(0.025, 0.06))
        rows.append({"name": name, "short": short, "tot": tot, "e": e, "m": m, "inv": e + m})
    T, E, M, INV = (sum(r[k] for r in rows) for k in ("tot", "e", "m", "inv"))
    shares = [parse_num(pc(shr(r["e"], r["tot"]))) for r in rows]
    for r in rows:
        assert safe(shr(r["e"], r["tot"]))
    assert safe(shr(E, T))
    reached = [r for r, s in zip(rows, shares) if s >= 10]
    low = [r["short"] for r, s in zip(rows, shares) if s < 10]
    top = [r["short"] for r, s in zip(rows, shares) if s >= 20]
    assert len(reached) == 16 and len(low) == 3
    assert sum(1 for r in rows if r["tot"] >= 1000) >= 6

    d.head("АДМИНИСТРАЦИЯ КОЛПИНСКОГО РАЙОНА САНКТ-ПЕТЕРБУРГА\nОТДЕЛ ОБРАЗОВАНИЯ")
    d.title("Информационно-аналитическая справка\nо вовлечённости обучающихся 5–11 классов в программы наставничества "
            "в государственных общеобразовательных учреждениях Колпинского района Санкт-Петербурга\n"
            "(по данным на 20 октября 2023 года)")
    d.p("Сбор сведений проведён информационно-методическим центром Колпинского района со 2 по 20 октября 2023 года "
        "в рамках мониторинга реализации целевой модели наставничества, внедрённой в соответствии с "
        + P145_SHORT + ". Показатели рассчитаны по единой форме, направленной в учреждения письмом отдела "
        "образования от 29.09.2023 № 01-17/1342.")
    d.p(f"Сведения представили все {len(rows)} государственных бюджетных общеобразовательных учреждений района "
        f"(далее – ГБОУ). Результаты приведены в таблице 1.")
    d.c_count("organizations", "сведения представили все 19 ГБОУ", len(rows), len(rows))
    W = [1.0, 5.4, 2.9, 2.5, 2.7, 2.6]
    t1 = Table(6, widths=W, font=10, hfont=9, caption="Таблица 1")
    t1.hrow("№ п/п", "Наименование ГБОУ", "Численность обучающихся, охваченных программами наставничества (чел.)",
            "из них в роли наставляемых (чел.)", "Общая численность обучающихся 5–11 классов (чел.)",
            "Доля наставляемых от общей численности обучающихся 5–11 классов (%)")
    t2 = Table(6, widths=W, font=10, hfont=9, caption="Продолжение таблицы 1")
    t2.hrow("№", "ГБОУ", "Охвачено, чел.", "в т. ч. наставляемых", "Обучающихся 5–11 кл.", "Доля, %")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        (t1 if k <= 11 else t2).row("org", [str(k), Cell(nm, align="left"), F(n(r["inv"]), nm, "students_involved"),
                                           F(str(r["e"]), nm, "mentees"), F(n(r["tot"]), nm, "students_total"),
                                           F(pc(shr(r["e"], r["tot"])), nm, "mentee_share_pct")])
    INV_printed = INV + 10     # PLANTED: the «Итого по району» of охвачено is 10 more than the rows give
    t2.row("total", [Cell("Итого по району", cs=2), n(INV_printed), n(E), n(T), pc(shr(E, T))])
    d.table(t1)
    d.pagebreak()
    d.table(t2)
    for r in rows:
        d.c_share("mentee_share_pct", f"{r['name']}: доля наставляемых", pc(shr(r["e"], r["tot"])), r["e"], r["tot"])
    d.c_sum("students_involved", "строка «Итого по району», охвачено", n(INV_printed), [r["inv"] for r in rows],
            planted=True)
    d.c_sum("mentees", "строка «Итого по району», в т. ч. наставляемых", n(E), [r["e"] for r in rows])
    d.c_sum("students_total", "строка «Итого по району», обучающихся 5–11 кл.", n(T), [r["tot"] for r in rows])
    d.c_share("mentee_share_pct", "строка «Итого по району», доля", pc(shr(E, T)), E, T)

    d.p(f"Всего программами наставничества в районе охвачено {n(INV)} обучающихся 5–11 классов, из них {n(E)} "
        f"{plural(E, 'человек', 'человека', 'человек')} – в роли наставляемых, {n(M)} – в роли наставников.")
    d.c_sum("students_involved", "в тексте: охвачено обучающихся", n(INV), [r["inv"] for r in rows])
    d.c_comp("students_involved", "охвачено = наставляемые + наставники", n(INV), [E, M])
    d.c_sum("mentees", "в тексте: в роли наставляемых", n(E), [r["e"] for r in rows])
    d.p(f"Доля обучающихся, вовлечённых в программы наставничества в роли наставляемого, составила "
        f"{pc(shr(E, T))}% от общей численности обучающихся 5–11 классов ({n(T)} чел.) и превысила ориентир, "
        f"установленный на 2023 год (не менее 10%).")
    d.c_share("mentee_share_pct", "в тексте: доля наставляемых от общей численности", pc(shr(E, T)), E, T)
    d.c_sum("students_total", "в тексте: общая численность обучающихся 5–11 классов", n(T), [r["tot"] for r in rows])
    d.c_target("mentee_share_pct", "по району: не менее 10% (превышен)", 10, shr(E, T))
    d.p("Ориентир достигнут в 17 из 19 ГБОУ. Значение ниже 10% зафиксировано в ГБОУ СОШ № 404, 451 и 519; 20% и "
        "более – в ГБОУ гимназии № 402 и ГБОУ лицее № 408. Руководителям учреждений с низким охватом рекомендовано "
        "до 15.11.2023 актуализировать базы наставляемых.")
    # PLANTED: the table gives 16 ГБОУ with 10% and more (and the three named below 10% make 19 with 16)
    d.c_count("mentee_share_pct", "ориентир (10%) достигнут в 17 ГБОУ", 17, len(reached), planted=True)
    d.c_count("organizations", "… из 19 ГБОУ", 19, len(rows))
    d.c_member("mentee_share_pct", "ниже 10%: ГБОУ СОШ № 404, 451 и 519",
               ["ГБОУ СОШ № 404", "ГБОУ СОШ № 451", "ГБОУ СОШ № 519"], low)
    d.c_member("mentee_share_pct", "20% и более: гимназия № 402 и лицей № 408",
               ["ГБОУ гимназия № 402", "ГБОУ лицей № 408"], top)
    d.sign("Начальник отдела образования                                  М.А. Гусева\n"
           "Исп. Кравчук Е.С., тел. (812) 573-96-14")
    return d


# ------------------------------------------------------------------ 2. Кронштадтский район (odt; transposed: organizations are columns)
KRONSHTADT = [  # column heading, cluster, forms present (УУ, ТТ, СУ, РУ)
    ("ГБОУ школа № 418", "kronshtadt/school-418", (1, 1, 0, 1)),
    ("ГБОУ СОШ № 422", "kronshtadt/school-422", (1, 1, 1, 0)),
    ("ГБОУ СОШ № 423", "kronshtadt/school-423", (1, 1, 0, 1)),
    ("ГБОУ гимназия № 425", "kronshtadt/gymnasium-425", (1, 1, 1, 1)),
    ("ГБОУ СОШ № 427", "kronshtadt/school-427", (1, 1, 0, 1)),
    ("ГБОУ СОШ № 428", "kronshtadt/school-428", (1, 1, 1, 0)),
    ("ГБУ ДО ДДТ «Град чудес»", "kronshtadt/udo-ddt", (1, 0, 0, 0)),
]


@builder(11102)
def doc_kronshtadt(rng):
    d = Doc("kronshtadt_nastavnichestvo_2023", "odt", "Кронштадтский район", as_of="2023-12-29",
            author="Лебедева Н.Ю.", landscape=True)
    forms = [UU, TT, SU, RU]
    O = [x[0] for x in KRONSHTADT]
    data = {}
    for name, cl, pres in KRONSHTADT:
        d.org(name, cl)
        e = {UU: rng.randint(18, 64) * pres[0], TT: rng.randint(2, 8) * pres[1], SU: rng.randint(4, 14) * pres[2],
             RU: rng.randint(3, 12) * pres[3]}
        m = (int(e[UU] / rng.uniform(1.6, 2.6)) + e[TT] + (rng.randint(2, 4) if e[SU] else 0)
             + (rng.randint(1, 3) if e[RU] else 0))
        pairs = rng.randint(m, m + (sum(e.values()) - m) // 3)
        data[name] = {"e": e, "m": m, "p": pairs}
    te = {f: sum(data[o]["e"][f] for o in O) for f in forms}
    E = sum(te.values())
    M = sum(data[o]["m"] for o in O)
    PR = sum(data[o]["p"] for o in O)
    cnt = {f: sum(1 for o in O if data[o]["e"][f] > 0) for f in forms}
    assert cnt == {UU: 7, TT: 6, SU: 3, RU: 4}
    assert safe(PR / len(O)) and safe(E / M) and safe(shr(te[UU], E)) and shr(te[UU], E) > 50.5

    d.head("Администрация Кронштадтского района Санкт-Петербурга\nОтдел образования")
    d.title("Справка\nо результатах мониторинга реализации программ наставничества\nв образовательных учреждениях "
            "Кронштадтского района\nза первое полугодие 2023/2024 учебного года")
    d.p("Мониторинг проведён отделом образования по состоянию на 29.12.2023. Сведения представили семь учреждений: "
        "шесть общеобразовательных школ и Дом детского творчества «Град чудес». Показатели приведены в таблице, "
        "учреждения указаны по столбцам.")
    d.c_count("organizations", "сведения представили семь учреждений", 7, len(O))
    d.c_count("organizations", "шесть общеобразовательных школ", 6, sum(1 for o in O if "ДО" not in o))
    W = [4.4] + [2.45] * len(O) + [2.3]
    t = Table(len(O) + 2, widths=W, font=10, hfont=9,
              caption="Таблица. Показатели реализации программ наставничества по учреждениям")
    t.hrow("Показатель", *O, "Всего по району")
    t.row("tdata", [Cell("Наставнических пар (групп), ед.", align="left")]
          + [F(str(data[o]["p"]), o, "pairs") for o in O] + [Cell(str(PR), bold=True)])
    t.row("tdata", [Cell("Наставников, чел.", align="left")]
          + [F(str(data[o]["m"]), o, "mentors") for o in O] + [Cell(str(M), bold=True)])
    t.group("Наставляемых по формам наставничества, чел.:")
    for f in forms:
        t.row("tdata", [Cell(FQ[f], align="left")] + [F(z(data[o]["e"][f]), o, "mentees", f) for o in O]
              + [Cell(str(te[f]), bold=True)])
    d.table(t)
    d.c_sum("pairs", "столбец «Всего по району», пар (групп)", str(PR), [data[o]["p"] for o in O])
    d.c_sum("mentors", "столбец «Всего по району», наставников", str(M), [data[o]["m"] for o in O])
    for f in forms:
        d.c_sum("mentees", f"столбец «Всего по району», наставляемых в форме {FQ[f]}", str(te[f]),
                [data[o]["e"][f] for o in O])
    d.p(f"Всего в районе сформировано {PR} {plural(PR, 'наставническая пара', 'наставнические пары', 'наставнических пар')} (групп); в среднем на одно учреждение приходится "
        f"{pc(PR / len(O))} пары. В роли наставников выступают {M} {plural(M, 'человек', 'человека', 'человек')}, "
        f"в роли наставляемых – {E}: на одного "
        f"наставника в среднем приходится {pc(E / M)} наставляемого.")
    d.c_sum("pairs", "в тексте: пар (групп)", str(PR), [data[o]["p"] for o in O])
    d.c_ratio("pairs", "в среднем пар на одно учреждение", pc(PR / len(O)), PR, len(O))
    d.c_sum("mentors", "в тексте: наставников", str(M), [data[o]["m"] for o in O])
    d.c_sum("mentees", "в тексте: наставляемых (все формы)", str(E), [data[o]["e"][f] for o in O for f in forms])
    d.c_ratio("mentees", "наставляемых на одного наставника", pc(E / M), E, M)
    d.p(f"Форма «ученик – ученик» реализуется во всех семи учреждениях, «учитель – учитель» – в шести (кроме ДДТ), "
        f"«работодатель – ученик» – в четырёх. Из {E} наставляемых {te[UU]} {plural(te[UU], 'человек', 'человека', 'человек')} ({pc(shr(te[UU], E))}%), т. е. "
        f"более половины, задействованы в форме «ученик – ученик».")
    d.c_count("mentees", f"форма {FQ[UU]} во всех семи учреждениях", 7, cnt[UU])
    d.c_count("mentees", f"форма {FQ[TT]} – в шести", 6, cnt[TT])
    d.c_count("mentees", f"форма {FQ[RU]} – в четырёх", 4, cnt[RU])
    d.c_sum("mentees", f"в тексте: наставляемых в форме {FQ[UU]}", str(te[UU]), [data[o]["e"][UU] for o in O])
    d.c_share("mentees", f"доля формы {FQ[UU]} среди наставляемых", pc(shr(te[UU], E)), te[UU], E)
    d.c_target("mentees", f"более половины наставляемых – в форме {FQ[UU]}", 50, shr(te[UU], E))
    d.p("Форма «студент – ученик» реализуется во взаимодействии с Кронштадтским морским колледжем и охватывает "
        "более половины учреждений района. В 2024 году планируется расширить участие предприятий острова Котлин "
        "в реализации формы «работодатель – ученик».")
    # PLANTED: «студент – ученик» has numbers in 3 of 7 columns (42,9%), which is not more than half
    d.c_target("mentees", f"форма {FQ[SU]} – более половины учреждений", 50, shr(cnt[SU], len(O)), planted=True)
    d.sign("Начальник отдела образования                                  Н.Ю. Лебедева\n"
           "Исп. Соколова А.В., тел. (812) 576-90-27")
    return d


# ------------------------------------------------------------------ 3. город Кирово-Чепецк (xlsx; total at the top, pairs per form, notes column)
KCH = [  # printed name, cluster, forms present (УУ, ТТ, СУ, РУ), note
    ("МБОУ гимназия № 1 г. Кирово-Чепецка", "kirovo-chepetsk/gymnasium-1", (1, 1, 0, 1),
     "«работодатель – ученик» – совместно с АО «ОХК «Уралхим»"),
    ("МБОУ СОШ № 2 г. Кирово-Чепецка", "kirovo-chepetsk/school-2", (1, 1, 1, 0),
     "«студент – ученик» – с КОГПОБУ «Кирово-Чепецкий химико-механический техникум»"),
    ("МБОУ СОШ № 3 г. Кирово-Чепецка", "kirovo-chepetsk/school-3", (1, 1, 0, 0), ""),
    ("МБОУ СОШ № 4 г. Кирово-Чепецка", "kirovo-chepetsk/school-4", (1, 1, 0, 1),
     "пары закреплены приказом от 01.09.2023 № 94"),
    ("МБОУ СОШ № 5 г. Кирово-Чепецка", "kirovo-chepetsk/school-5", (1, 1, 1, 0), ""),
    ("МБОУ СОШ с УИОП № 7 г. Кирово-Чепецка", "kirovo-chepetsk/school-7", (1, 1, 0, 1), "данные уточнены 14.12.2023"),
    ("МБОУ ООШ № 8 г. Кирово-Чепецка", "kirovo-chepetsk/oosh-8", (1, 0, 0, 0), "молодых педагогов нет"),
    ("МБОУ СОШ № 10 г. Кирово-Чепецка", "kirovo-chepetsk/school-10", (1, 1, 1, 0), ""),
    ("МБОУ СОШ № 11 г. Кирово-Чепецка", "kirovo-chepetsk/school-11", (1, 1, 0, 0), "в т. ч. 3 группы в 5-х классах"),
    ("МБОУ СОШ № 12 г. Кирово-Чепецка", "kirovo-chepetsk/school-12", (1, 1, 0, 1),
     "с филиалом «Кировский» ПАО «Т Плюс»"),
    ("МБОУ СОШ № 13 г. Кирово-Чепецка", "kirovo-chepetsk/school-13", (1, 1, 0, 0), ""),
    ("МБУ ДО «Дом детского творчества» г. Кирово-Чепецка", "kirovo-chepetsk/udo-ddt", (1, 0, 0, 0),
     "объединения технической направленности"),
]


@builder(11103)
def doc_kirovochepetsk(rng):
    d = Doc("kirovo-chepetsk_monitoring_2023", "xlsx", "город Кирово-Чепецк", as_of="2023-12-15",
            author="Шутова О.Г.")
    forms = [UU, TT, SU, RU]
    rows = []
    for name, cl, pres, note in KCH:
        d.org(name, cl)
        p = {UU: rng.randint(8, 30) * pres[0], TT: rng.randint(2, 7) * pres[1], SU: rng.randint(2, 6) * pres[2],
             RU: rng.randint(2, 5) * pres[3]}
        if "3 группы" in note:
            p[UU] = max(p[UU], 6)
        e = sum(p.values()) + rng.randint(sum(p.values()) // 4, sum(p.values()) // 2)
        m = sum(p.values()) - rng.randint(0, sum(p.values()) // 6)
        rows.append({"name": name, "p": p, "e": e, "m": m, "note": note})
    tp = {f: sum(r["p"][f] for r in rows) for f in forms}
    PR, E, M = sum(tp.values()), sum(r["e"] for r in rows), sum(r["m"] for r in rows)
    assert safe(shr(tp[UU], PR)) and safe(PR / len(rows))
    su = [r["name"].replace(" г. Кирово-Чепецка", "") for r in rows if r["p"][SU] > 0]
    assert su == ["МБОУ СОШ № 2", "МБОУ СОШ № 5", "МБОУ СОШ № 10"]

    d.sheet("Наставничество", widths=[6, 44, 13, 13, 13, 15, 14, 14, 40])
    d.title("Мониторинг реализации целевой модели наставничества в образовательных организациях")
    d.plain("Управление образования администрации муниципального образования «Город Кирово-Чепецк» Кировской области")
    d.plain("по состоянию на 15.12.2023")
    t = Table(9)
    t.hrow(Cell("№ п/п", rs=2), Cell("Наименование образовательной организации", rs=2),
           Cell("Количество наставнических пар (групп) по формам наставничества", cs=4),
           Cell("Численность наставляемых, чел.", rs=2), Cell("Численность наставников, чел.", rs=2),
           Cell("Примечание", rs=2))
    t.hrow(*[FQ[f] for f in forms])
    t.row("total", ["", "ВСЕГО по городу"] + [str(tp[f]) for f in forms] + [str(E), str(M), ""])
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), nm] + [F(z(r["p"][f]), nm, "pairs", f) for f in forms]
              + [F(str(r["e"]), nm, "mentees"), F(str(r["m"]), nm, "mentors"), Cell(r["note"] or "")])
    d.table(t)
    for f in forms:
        d.c_sum("pairs", f"строка «ВСЕГО по городу» (вверху), пар в форме {FQ[f]}", str(tp[f]),
                [r["p"][f] for r in rows])
    d.c_sum("mentees", "строка «ВСЕГО по городу», наставляемых", str(E), [r["e"] for r in rows])
    d.c_sum("mentors", "строка «ВСЕГО по городу», наставников", str(M), [r["m"] for r in rows])
    d.plain("")
    d.p("Выводы:")
    d.p(f"1. Программы наставничества реализуются во всех {len(rows)} образовательных организациях города; "
        f"сформировано {PR} {plural(PR, 'наставническая пара', 'наставнические пары', 'наставнических пар')} (групп), из них {tp[UU]} ({pc(shr(tp[UU], PR))}%) – в форме "
        f"«ученик – ученик».")
    d.c_count("organizations", "во всех 12 образовательных организациях", len(rows), len(rows))
    d.c_sum("pairs", "вывод 1: пар (групп) всего", str(PR), [r["p"][f] for r in rows for f in forms])
    d.c_sum("pairs", f"вывод 1: пар в форме {FQ[UU]}", str(tp[UU]), [r["p"][UU] for r in rows])
    d.c_share("pairs", f"вывод 1: доля пар в форме {FQ[UU]}", pc(shr(tp[UU], PR)), tp[UU], PR)
    stated = E + M + 10          # PLANTED: the stated number of participants is 10 more than its two parts
    d.p(f"2. В программах наставничества участвуют {n(stated)} {plural(stated, 'человек', 'человека', 'человек')}: "
        f"{E} наставляемых и {M} {plural(M, 'наставник', 'наставника', 'наставников')}.")
    d.c_comp("mentees", "участников = наставляемые + наставники", n(stated), [E, M], planted=True)
    d.c_sum("mentees", "вывод 2: наставляемых", str(E), [r["e"] for r in rows])
    d.c_sum("mentors", "вывод 2: наставников", str(M), [r["m"] for r in rows])
    d.p(f"3. Форма «студент – ученик» реализуется в МБОУ СОШ № 2, 5 и 10, «работодатель – ученик» – в "
        f"{sum(1 for r in rows if r['p'][RU])} организациях во взаимодействии с предприятиями города.")
    d.c_member("pairs", f"форма {FQ[SU]}: МБОУ СОШ № 2, 5 и 10", ["МБОУ СОШ № 2", "МБОУ СОШ № 5", "МБОУ СОШ № 10"],
               su)
    d.c_count("pairs", f"форма {FQ[RU]} – в 4 организациях", 4, sum(1 for r in rows if r["p"][RU]))
    d.p(f"4. В среднем на одну организацию приходится {pc(PR / len(rows))} наставнической пары (группы).")
    d.c_ratio("pairs", "в среднем пар на одну организацию", pc(PR / len(rows)), PR, len(rows))
    return d


# ------------------------------------------------------------------ 4. Омутнинский район (pdf, ruled; urban / rural subtotals)
OMUT_URBAN = [
    ("МКОУ СОШ № 1 г. Омутнинска", "omutninsk/school-1", "low"),
    ("МКОУ СОШ № 2 г. Омутнинска", "omutninsk/school-2", "mid"),
    ("МКОУ лицей г. Омутнинска", "omutninsk/lyceum", "mid"),
    ("МКОУ СОШ № 4 г. Омутнинска", "omutninsk/school-4", "low"),
    ("МКОУ СОШ № 7 г. Омутнинска", "omutninsk/school-7", "low"),
    ("МКОУ СОШ пгт Восточный", "omutninsk/vostochny", "mid"),
    ("МКОУ СОШ № 1 пгт Песковка", "omutninsk/peskovka", "low"),
]
OMUT_RURAL = [
    ("МКОУ СОШ с. Залазна", "omutninsk/zalazna"),
    ("МКОУ ООШ с. Шахровка", "omutninsk/shakhrovka"),
    ("МКОУ СОШ с. Вятское", "omutninsk/vyatskoe"),
    ("МКОУ ООШ пос. Белоречье", "omutninsk/belorechye"),
    ("МКОУ СОШ с. Чёрная Холуница", "omutninsk/chernaya-kholunitsa"),
    ("МКОУ ООШ д. Ежово", "omutninsk/ezhovo"),
    ("МКОУ ООШ с. Леснические Поляны", "omutninsk/lesnicheskie-polyany"),
]


@builder(11104)
def doc_omutninsk(rng):
    d = Doc("omutninsk_ohvat_2023", "pdf", "Омутнинский район", as_of="2023-05-31", author="Караваева Л.П.",
            font=12)
    bands = {"low": (6.4, 9.2), "mid": (10.8, 14.6), "rural": (12.2, 19.5)}
    urban, rural = [], []
    for name, cl, b in OMUT_URBAN:
        d.org(name, cl)
        tot = rng.randint(260, 880)
        urban.append({"name": name, "tot": tot, "e": band(rng, tot, *bands[b]), "m": int(tot * rng.uniform(.03, .08))})
    for name, cl in OMUT_RURAL:
        d.org(name, cl)
        tot = rng.randint(38, 150)
        rural.append({"name": name, "tot": tot, "e": band(rng, tot, *bands["rural"]),
                      "m": max(1, int(tot * rng.uniform(.03, .09)))})
    rows = urban + rural

    def tots(rs):
        return tuple(sum(r[k] for r in rs) for k in ("tot", "e", "m"))
    (UT, UE, UM), (RT, RE, RM), (T, E, M) = tots(urban), tots(rural), tots(rows)
    shares = [parse_num(pc(shr(r["e"], r["tot"]))) for r in rows]
    for r in rows:
        assert safe(shr(r["e"], r["tot"]))
    assert safe(shr(UE, UT)) and safe(shr(RE, RT)) and safe(shr(E, T)) and safe(sum(shares) / len(shares))
    assert shr(RE, RT) > shr(UE, UT) + 1.5
    assert abs(sum(shares) / len(shares) - shr(E, T)) >= 0.6       # the row mean is visibly not the pooled share
    reached = [s for s in shares if s >= 10]
    assert len(reached) == 10 and min(shares[len(urban):]) >= 10.5
    assert T >= 1000

    d.head("АДМИНИСТРАЦИЯ ОМУТНИНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА КИРОВСКОЙ ОБЛАСТИ\n"
           "МУНИЦИПАЛЬНОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ «УПРАВЛЕНИЕ ОБРАЗОВАНИЯ ОМУТНИНСКОГО РАЙОНА»")
    d.title("Аналитическая справка\nоб охвате обучающихся 10–19 лет программами наставничества\nв общеобразовательных "
            "организациях Омутнинского района\n(по состоянию на 31.05.2023)")
    d.p("Справка подготовлена по итогам мониторинга, проведённого в соответствии с планом работы управления "
        "образования на 2022–2023 учебный год. Оценивался показатель «Доля обучающихся в возрасте от 10 до 19 лет, "
        "вовлечённых в различные формы наставничества в роли наставляемого», целевое значение которого для "
        "общеобразовательных организаций района на 2023 год – не менее 10%.")
    d.p(f"Мониторингом охвачены {len(rows)} общеобразовательных организаций: {len(urban)} школ городских поселений "
        f"(г. Омутнинск, пгт Восточный, пгт Песковка) и {len(rural)} школ сельских поселений.")
    d.c_count("organizations", "охвачены 14 ОО", len(rows), len(rows))
    d.c_count("organizations", "7 школ городских поселений", len(urban), len(urban))
    d.c_count("organizations", "7 школ сельских поселений", len(rural), len(rural))
    t = Table(6, widths=[0.9, 5.2, 2.8, 3.1, 2.8, 2.4], font=10, hfont=8, caption="Таблица 1")
    t.hrow("№", "Общеобразовательная организация", "Численность обучающихся в возрасте 10–19 лет, чел.",
           "Вовлечены в программы наставничества в роли наставляемого, чел.",
           "Доля от численности обучающихся 10–19 лет, %", "Вовлечены в роли наставника, чел.")
    k = 0
    for label, group, (gt, ge, gm), sub in (("Школы городских поселений", urban, (UT, UE, UM),
                                             "Итого по городским школам"),
                                            ("Школы сельских поселений", rural, (RT, RE, RM),
                                             "Итого по сельским школам")):
        t.group(label)
        for r in group:
            k += 1
            nm = r["name"]
            t.row("org", [str(k), Cell(nm, align="left"), F(str(r["tot"]), nm, "students_total"),
                          F(str(r["e"]), nm, "mentees"), F(pc(shr(r["e"], r["tot"])), nm, "mentee_share_pct"),
                          F(str(r["m"]), nm, "mentors")])
        t.row("total", [Cell(sub, cs=2), n(gt), str(ge), pc(shr(ge, gt)), str(gm)])
    t.row("total", [Cell("Всего по району", cs=2), n(T), str(E), pc(shr(E, T)), str(M)])
    d.table(t)
    for r in rows:
        d.c_share("mentee_share_pct", f"{r['name']}: доля", pc(shr(r["e"], r["tot"])), r["e"], r["tot"])
    for sub, group, (gt, ge, gm) in (("«Итого по городским школам»", urban, (UT, UE, UM)),
                                     ("«Итого по сельским школам»", rural, (RT, RE, RM)),
                                     ("«Всего по району»", rows, (T, E, M))):
        d.c_sum("students_total", f"строка {sub}, обучающихся 10–19 лет", n(gt), [r["tot"] for r in group])
        d.c_sum("mentees", f"строка {sub}, наставляемых", str(ge), [r["e"] for r in group])
        d.c_share("mentee_share_pct", f"строка {sub}, доля", pc(shr(ge, gt)), ge, gt)
        d.c_sum("mentors", f"строка {sub}, наставников", str(gm), [r["m"] for r in group])
    d.p(f"В целом по району в роли наставляемого выступают {E} обучающихся, или {pc(shr(E, T))}% от численности "
        f"обучающихся 10–19 лет ({n(T, NB)} чел.). Значения показателя по школам существенно различаются; в среднем "
        f"по району – {pc(sum(shares) / len(shares))}%.")
    d.c_sum("mentees", "в тексте: наставляемых", str(E), [r["e"] for r in rows])
    d.c_share("mentee_share_pct", "в тексте: доля наставляемых по району", pc(shr(E, T)), E, T)
    d.c_sum("students_total", "в тексте: обучающихся 10–19 лет", n(T), [r["tot"] for r in rows])
    d.c_mean("mentee_share_pct", "в среднем по району (среднее значений по школам)", pc(sum(shares) / len(shares)),
             shares)
    d.p(f"В школах сельских поселений доля наставляемых ({pc(shr(RE, RT))}%) выше, чем в городских "
        f"({pc(shr(UE, UT))}%). Целевое значение показателя (не менее 10%) достигнуто в 11 из 14 школ, в том числе "
        f"во всех школах сельских поселений.")
    d.c_share("mentee_share_pct", "доля в сельских школах", pc(shr(RE, RT)), RE, RT)
    d.c_share("mentee_share_pct", "доля в городских школах", pc(shr(UE, UT)), UE, UT)
    # PLANTED: the table gives 10 schools with 10% and more
    d.c_count("mentee_share_pct", "не менее 10% достигнуто в 11 школах", 11, len(reached), planted=True)
    d.c_count("organizations", "… из 14 школ", 14, len(rows))
    d.c_target("mentee_share_pct", "не менее 10% во всех сельских школах (наименьшее значение)", 10,
               min(shares[len(urban):]))
    d.p(f"В роли наставника задействованы {M} обучающихся старших классов. Руководителям школ, не достигших "
        f"целевого значения, поручено включить мероприятия по вовлечению обучающихся в планы работы на 2023–2024 "
        f"учебный год.")
    d.c_sum("mentors", "в тексте: наставников", str(M), [r["m"] for r in rows])
    d.sign("Начальник управления образования                              Л.П. Караваева\n"
           "Исп. Сунцова Т.В., 8 (83352) 2-15-68")
    return d


# ------------------------------------------------------------------ 5. город Орёл (pdf, horizontal rules only; «МБОУ – …» names)
OREL = [  # printed name, cluster, short in the text, many pairs
    ("МБОУ – СОШ № 3 г. Орла", "orel/school-3", "МБОУ – СОШ № 3", True),
    ("МБОУ – СОШ № 7 г. Орла", "orel/school-7", "МБОУ – СОШ № 7", True),
    ("МБОУ – СОШ № 12 г. Орла", "orel/school-12", "МБОУ – СОШ № 12", True),
    ("МБОУ – гимназия № 19 г. Орла", "orel/gymnasium-19", "МБОУ – гимназия № 19", False),
    ("МБОУ – лицей № 22 г. Орла", "orel/lyceum-22", "МБОУ – лицей № 22", False),
    ("МБОУ – СОШ № 24 г. Орла", "orel/school-24", "МБОУ – СОШ № 24", False),
    ("МБОУ – СОШ № 26 г. Орла", "orel/school-26", "МБОУ – СОШ № 26", False),
    ("МБОУ – СОШ № 27 г. Орла", "orel/school-27", "МБОУ – СОШ № 27", False),
    ("МБОУ – лицей № 32 г. Орла", "orel/lyceum-32", "МБОУ – лицей № 32", False),
    ("МБОУ – СОШ № 33 г. Орла", "orel/school-33", "МБОУ – СОШ № 33", False),
    ("МБОУ – гимназия № 34 г. Орла", "orel/gymnasium-34", "МБОУ – гимназия № 34", False),
    ("МБОУ – СОШ № 37 г. Орла", "orel/school-37", "МБОУ – СОШ № 37", False),
    ("МБОУ – гимназия № 39 г. Орла", "orel/gymnasium-39", "МБОУ – гимназия № 39", False),
    ("МБОУ – СОШ № 45 г. Орла", "orel/school-45", "МБОУ – СОШ № 45", False),
    ("МБОУ – СОШ № 50 г. Орла", "orel/school-50", "МБОУ – СОШ № 50", False),
    ("МБОУ – СОШ № 51 г. Орла", "orel/school-51", "МБОУ – СОШ № 51", False),
]


@builder(11105)
def doc_orel(rng):
    d = Doc("orel_uchastniki_2022", "pdf", "город Орёл", as_of="2022-12-01", author="Зайцева Т.Н.")
    rows = []
    for name, cl, short, many in OREL:
        d.org(name, cl)
        tot = rng.randint(610, 1520)
        s = int(tot * rng.uniform(0.09, 0.17))
        p = rng.randint(62, 80) if many else rng.randint(22, 55)
        rows.append({"name": name, "short": short, "tot": tot, "s": s, "t": rng.randint(11, 44), "p": p})
    T, S, P, PR = (sum(r[k] for r in rows) for k in ("tot", "s", "t", "p"))
    assert safe(shr(S, T)) and safe(shr(P, S + P)) and safe(PR / len(rows))
    assert all(r["p"] <= r["s"] for r in rows)
    over60 = [r["short"] for r in rows if r["p"] > 60]
    assert sum(1 for r in rows if r["tot"] >= 1000) >= 6

    d.head("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ, СПОРТА И ФИЗИЧЕСКОЙ КУЛЬТУРЫ\nАДМИНИСТРАЦИИ ГОРОДА ОРЛА")
    d.title("СПРАВКА\nпо итогам мониторинга участия обучающихся и педагогических работников\nв программах "
            "наставничества общеобразовательных организаций города Орла\n(данные на 01.12.2022)")
    d.p("Мониторинг проведён во исполнение приказа управления образования, спорта и физической культуры "
        "администрации города Орла от 07.11.2022 № 1318 «О проведении мониторинга реализации целевой модели "
        "наставничества». Информация собрана по состоянию на 1 декабря 2022 года.")
    d.p(f"В мониторинге участвовали {len(rows)} муниципальных бюджетных общеобразовательных организаций (далее – ОО) "
        f"города Орла. Сводные данные приведены в таблице.")
    d.c_count("organizations", "участвовали 16 ОО", len(rows), len(rows))
    t = Table(6, widths=[0.9, 5.1, 2.5, 2.8, 3.0, 2.8], font=10, hfont=8, ruled="h", caption="Таблица")
    t.hrow("№ п/п", "Наименование ОО", "Общее количество обучающихся (чел.)",
           "Количество обучающихся – участников программ наставничества (чел.)",
           "Количество педагогических работников – участников программ наставничества (чел.)",
           "Количество наставнических пар (групп)")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(n(r["tot"]), nm, "students_total"),
                      F(str(r["s"]), nm, "students_involved"), F(str(r["t"]), nm, "teachers_involved"),
                      F(str(r["p"]), nm, "pairs")])
    t.row("total", ["", "Итого по городу", n(T), n(S), str(P), str(PR)])
    d.table(t)
    d.c_sum("students_total", "строка «Итого по городу», обучающихся", n(T), [r["tot"] for r in rows])
    d.c_sum("students_involved", "строка «Итого по городу», обучающихся – участников", n(S), [r["s"] for r in rows])
    d.c_sum("teachers_involved", "строка «Итого по городу», педагогов – участников", str(P), [r["t"] for r in rows])
    d.c_sum("pairs", "строка «Итого по городу», пар", str(PR), [r["p"] for r in rows])
    share_stated = pc(shr(S, T) + 1.1)        # PLANTED: the coverage is printed 1,1 points too high
    d.p(f"Участниками программ наставничества стали {n(S + P, NB)} {plural(S + P, 'человек', 'человека', 'человек')}: "
        f"{n(S, NB)} обучающихся и {P} {plural(P, 'педагогический работник', 'педагогических работника', 'педагогических работников')}. Количество обучающихся – участников программ составляет {share_stated}% от "
        f"общего количества обучающихся ({n(T, NB)} чел.); педагогические работники составляют {pc(shr(P, S + P))}% от общего числа "
        f"участников.")
    d.c_comp("students_involved", "участников = обучающиеся + педагогические работники", n(S + P), [S, P])
    d.c_sum("students_involved", "в тексте: обучающихся – участников", n(S), [r["s"] for r in rows])
    d.c_sum("teachers_involved", "в тексте: педагогических работников", str(P), [r["t"] for r in rows])
    d.c_share("students_involved", "доля обучающихся – участников от общего количества обучающихся", share_stated, S,
              T, planted=True)
    d.c_sum("students_total", "в тексте: общее количество обучающихся", n(T), [r["tot"] for r in rows])
    d.c_share("teachers_involved", "доля педагогов среди участников", pc(shr(P, S + P)), P, S + P)
    d.p(f"Всего сформировано {PR} {plural(PR, 'наставническая пара', 'наставнические пары', 'наставнических пар')} (групп), в среднем {pc(PR / len(rows))} на одну ОО. Более 60 "
        f"пар сформировано в МБОУ – СОШ № 3, 7 и 12, где к работе привлечены студенты ФГБОУ ВО «Орловский "
        f"государственный университет имени И.С. Тургенева».")
    d.c_sum("pairs", "в тексте: пар (групп)", str(PR), [r["p"] for r in rows])
    d.c_ratio("pairs", "в среднем пар на одну ОО", pc(PR / len(rows)), PR, len(rows))
    d.c_member("pairs", "более 60 пар: МБОУ – СОШ № 3, 7 и 12", ["МБОУ – СОШ № 3", "МБОУ – СОШ № 7", "МБОУ – СОШ № 12"],
               over60)
    d.sign("Начальник отдела общего образования                             Т.Н. Зайцева\n"
           "Исп. Рожкова И.А., тел. 8 (4862) 43-27-09")
    d.right("г. Орёл, декабрь 2022 г.")
    return d


# ------------------------------------------------------------------ 6. город Кострома (pdf, no rules, two-level header; mentees per form)
KOSTROMA = [  # printed name, cluster, short, forms present (УУ, ТТ, СУ, РУ)
    ("МБОУ «СОШ № 1»", "kostroma/school-1", "СОШ № 1", (1, 1, 1, 0)),
    ("МБОУ «СОШ № 3»", "kostroma/school-3", "СОШ № 3", (1, 1, 0, 1)),
    ("МБОУ «СОШ № 7»", "kostroma/school-7", "СОШ № 7", (1, 1, 0, 0)),
    ("МБОУ «Гимназия № 15»", "kostroma/gymnasium-15", "Гимназия № 15", (1, 1, 1, 0)),
    ("МБОУ «Лицей № 17»", "kostroma/lyceum-17", "Лицей № 17", (1, 1, 0, 1)),
    ("МБОУ «Лицей № 20»", "kostroma/lyceum-20", "Лицей № 20", (1, 1, 1, 0)),
    ("МБОУ «СОШ № 21»", "kostroma/school-21", "СОШ № 21", (1, 0, 0, 0)),
    ("МБОУ «СОШ № 26»", "kostroma/school-26", "СОШ № 26", (1, 1, 0, 1)),
    ("МБОУ «Гимназия № 28»", "kostroma/gymnasium-28", "Гимназия № 28", (1, 1, 1, 0)),
    ("МБОУ «СОШ № 29»", "kostroma/school-29", "СОШ № 29", (1, 1, 0, 0)),
    ("МБОУ «Лицей № 32»", "kostroma/lyceum-32", "Лицей № 32", (1, 1, 1, 0)),
    ("МБОУ «Гимназия № 33»", "kostroma/gymnasium-33", "Гимназия № 33", (1, 1, 0, 0)),
    ("МБОУ «Лицей № 34»", "kostroma/lyceum-34", "Лицей № 34", (1, 1, 1, 0)),
    ("МБОУ «СОШ № 36»", "kostroma/school-36", "СОШ № 36", (1, 0, 0, 0)),
    ("МБОУ «СОШ № 38»", "kostroma/school-38", "СОШ № 38", (1, 1, 0, 1)),
]


@builder(11106)
def doc_kostroma(rng):
    d = Doc("kostroma_formy_2023", "pdf", "город Кострома", as_of="2023-04-10", author="Смирнова Е.А.",
            landscape=True)
    forms = [UU, TT, SU, RU]
    rows = []
    for name, cl, short, pres in KOSTROMA:
        d.org(name, cl)
        e = {UU: rng.randint(24, 96) * pres[0], TT: rng.randint(2, 9) * pres[1], SU: rng.randint(5, 22) * pres[2],
             RU: rng.randint(4, 15) * pres[3]}
        m = int(e[UU] / rng.uniform(1.8, 3.0)) + e[TT] + (rng.randint(2, 5) if e[SU] else 0) + \
            (rng.randint(1, 4) if e[RU] else 0)
        rows.append({"name": name, "short": short, "e": e, "m": m})
    te = {f: sum(r["e"][f] for r in rows) for f in forms}
    E, M = sum(te.values()), sum(r["m"] for r in rows)
    cnt = {f: sum(1 for r in rows if r["e"][f]) for f in forms}
    assert cnt == {UU: 15, TT: 13, SU: 6, RU: 4}
    assert safe(shr(te[UU], E)) and safe(E / M) and E >= 1000

    d.head("АДМИНИСТРАЦИЯ ГОРОДА КОСТРОМЫ\nКОМИТЕТ ОБРАЗОВАНИЯ, КУЛЬТУРЫ, СПОРТА И РАБОТЫ С МОЛОДЁЖЬЮ")
    d.title("Информация\nо реализации форм наставничества в муниципальных общеобразовательных организациях "
            "города Костромы\n(по состоянию на 10 апреля 2023 года)")
    d.p("Информация подготовлена на основании отчётов общеобразовательных организаций о реализации программ "
        "наставничества во втором полугодии 2022/2023 учебного года. Наставляемые учтены по той форме "
        "наставничества, в которой они участвуют.")
    t = Table(7, widths=[1.0, 6.8, 3.3, 3.3, 3.3, 3.5, 3.6], font=10, hfont=10, ruled=False, hbold=False,
              caption="Таблица 1")
    t.hrow(Cell("№", rs=2), Cell("Общеобразовательная организация", rs=2),
           Cell("Численность наставляемых по формам наставничества, чел.", cs=4),
           Cell("Численность наставников, всего, чел.", rs=2))
    t.hrow(*[FQ[f] for f in forms])
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left")] + [F(z(r["e"][f]), nm, "mentees", f) for f in forms]
              + [F(str(r["m"]), nm, "mentors")])
    t.row("total", ["", "Итого", *[n(te[f]) for f in forms], str(M)])
    d.table(t)
    for f in forms:
        d.c_sum("mentees", f"строка «Итого», форма {FQ[f]}", n(te[f]), [r["e"][f] for r in rows])
    d.c_sum("mentors", "строка «Итого», наставников", str(M), [r["m"] for r in rows])
    d.p(f"Программы наставничества реализуют все {len(rows)} общеобразовательных организаций, представивших "
        f"отчёты. Форму «ученик – ученик» используют все {cnt[UU]} школ, «учитель – учитель» – {cnt[TT]}, "
        f"«студент – ученик» – 7, «работодатель – ученик» – {cnt[RU]}: СОШ № 3, лицей № 17, СОШ № 26 и СОШ № 38.")
    d.c_count("organizations", "все 15 ОО реализуют программы", len(rows), len(rows))
    d.c_count("mentees", f"форма {FQ[UU]} – все 15 школ", cnt[UU], cnt[UU])
    d.c_count("mentees", f"форма {FQ[TT]} – 13", cnt[TT], cnt[TT])
    # PLANTED: «студент – ученик» has numbers in 6 rows, not 7
    d.c_count("mentees", f"форма {FQ[SU]} – 7", 7, cnt[SU], planted=True)
    d.c_count("mentees", f"форма {FQ[RU]} – 4", cnt[RU], cnt[RU])
    d.c_member("mentees", f"форма {FQ[RU]}: СОШ № 3, лицей № 17, СОШ № 26 и СОШ № 38",
               ["СОШ № 3", "Лицей № 17", "СОШ № 26", "СОШ № 38"], [r["short"] for r in rows if r["e"][RU]])
    d.p(f"Общая численность наставляемых – {n(E, NB)} {plural(E, 'человек', 'человека', 'человек')}: {n(te[UU], NB)} – в форме «ученик – ученик», {te[TT]} – "
        f"«учитель – учитель», {te[SU]} – «студент – ученик», {te[RU]} – «работодатель – ученик». На форму "
        f"«ученик – ученик» приходится {pc(shr(te[UU], E))}% всех наставляемых. Наставников – {M}, т. е. в среднем "
        f"{pc(E / M)} наставляемого на одного наставника.")
    d.c_comp("mentees", "наставляемых всего = сумма по четырём формам", n(E), [te[f] for f in forms])
    for f in forms:
        d.c_sum("mentees", f"в тексте: форма {FQ[f]}", n(te[f]), [r["e"][f] for r in rows])
    d.c_share("mentees", f"доля формы {FQ[UU]} среди наставляемых", pc(shr(te[UU], E)), te[UU], E)
    d.c_sum("mentors", "в тексте: наставников", str(M), [r["m"] for r in rows])
    d.c_ratio("mentees", "наставляемых на одного наставника", pc(E / M), E, M)
    d.sign("Заместитель председателя Комитета                                       Е.А. Смирнова\n"
           "Исп. Виноградова О.С., (4942) 42-66-31")
    return d


# ------------------------------------------------------------------ 7. Нерехтский район (txt, cp1251, CRLF, ASCII-ruled grid)
NEREKHTA = [  # printed name, cluster, short, kind (s = средняя, o = основная)
    ("МОУ СОШ № 1 г. Нерехты", "nerekhta/school-1", "МОУ СОШ № 1 г. Нерехты", "s"),
    ("МОУ СОШ № 2 г. Нерехты", "nerekhta/school-2", "МОУ СОШ № 2 г. Нерехты", "s"),
    ("МОУ лицей № 1 г. Нерехты", "nerekhta/lyceum-1", "МОУ лицей № 1 г. Нерехты", "s"),
    ("МОУ Лаговская СОШ", "nerekhta/lagovo", "МОУ Лаговская СОШ", "s"),
    ("МОУ Тетеринская средняя общеобразовательная школа имени В.Н. Колесникова", "nerekhta/teterino",
     "МОУ Тетеринская СОШ", "s"),
    ("МОУ Воскресенская СОШ", "nerekhta/voskresenskoe", "МОУ Воскресенская СОШ", "s"),
    ("МОУ Марьинская ООШ", "nerekhta/marino", "МОУ Марьинская ООШ", "o"),
    ("МОУ Солонецкая ООШ", "nerekhta/solonets", "МОУ Солонецкая ООШ", "o"),
    ("МОУ Владычинская ООШ", "nerekhta/vladychnoe", "МОУ Владычинская ООШ", "o"),
    ("МОУ Ёмсненская ООШ", "nerekhta/yemsna", "МОУ Ёмсненская ООШ", "o"),
    ("МОУ Пригородная ООШ", "nerekhta/prigorodny", "МОУ Пригородная ООШ", "o"),
]


@builder(11107)
def doc_nerekhta(rng):
    d = Doc("nerekhta_svedeniya_2022", "txt", "Нерехтский район", as_of="2022-06-01", enc="cp1251",
            txt_mode="grid", author="")
    rows = []
    for name, cl, short, kind in NEREKHTA:
        d.org(name, cl)
        if short in ("МОУ СОШ № 1 г. Нерехты", "МОУ Лаговская СОШ"):
            fc = 4
        elif kind == "s":
            fc = rng.randint(2, 3)
        else:
            fc = rng.randint(1, 2)
        p = rng.randint(5, 9) * fc + rng.randint(0, 4) if kind == "s" else rng.randint(3, 5) * fc
        e = p + rng.randint(p // 4, p // 2 + 1)
        m = p - rng.randint(0, p // 5)
        pe = rng.randint(1, 3) if kind == "s" else 0
        rows.append({"name": name, "short": short, "kind": kind, "f": fc, "p": p, "e": e, "m": m, "pe": pe})
    F_, PR, E, M, PE = (sum(r[k] for r in rows) for k in ("f", "p", "e", "m", "pe"))
    mean_true = F_ / len(rows)
    assert safe(mean_true) and safe(E / M)
    four = [r["short"] for r in rows if r["f"] == 4]
    no_pe = [r for r in rows if r["pe"] == 0]
    assert len(no_pe) == 5

    d.plain("Отдел образования администрации Нерехтского муниципального района Костромской области")
    d.title("СВЕДЕНИЯ\nо реализации программ наставничества в общеобразовательных организациях\nНерехтского "
            "муниципального района (по состоянию на 01.06.2022)")
    d.p(f"Сведения представили {len(rows)} общеобразовательных организаций района: "
        f"{sum(1 for r in rows if r['kind'] == 's')} средних и {sum(1 for r in rows if r['kind'] == 'o')} основных "
        f"школ. Данные сведены в таблицу.")
    d.c_count("organizations", "сведения представили 11 ОО", len(rows), len(rows))
    d.c_count("organizations", "из них 6 средних школ", 6, sum(1 for r in rows if r["kind"] == "s"))
    d.c_count("organizations", "и 5 основных школ", 5, sum(1 for r in rows if r["kind"] == "o"))
    t = Table(7)
    t.tw = [3, 30, 12, 12, 11, 11, 14]
    t.hrow("№", "Наименование ОО", "Количество реализуемых форм наставничества",
           "Количество наставнических пар (групп)", "Число наставляемых, чел.", "Число наставников, чел.",
           "Число предприятий (организаций) - партнёров")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), nm, F(str(r["f"]), nm, "forms_count"), F(str(r["p"]), nm, "pairs"),
                      F(str(r["e"]), nm, "mentees"), F(str(r["m"]), nm, "mentors"),
                      F(z(r["pe"], "-"), nm, "partner_enterprises")])
    t.row("total", [Cell("ИТОГО", cs=2), "х", str(PR), str(E), str(M), str(PE)])
    d.table(t)
    d.c_sum("pairs", "строка «ИТОГО», пар", str(PR), [r["p"] for r in rows])
    d.c_sum("mentees", "строка «ИТОГО», наставляемых", str(E), [r["e"] for r in rows])
    d.c_sum("mentors", "строка «ИТОГО», наставников", str(M), [r["m"] for r in rows])
    d.c_sum("partner_enterprises", "строка «ИТОГО», предприятий-партнёров", str(PE), [r["pe"] for r in rows])
    mean_stated = pc(mean_true + 0.4)     # PLANTED: the mean number of forms is printed 0,4 too high
    d.p(f"В среднем в одной школе реализуется {mean_stated} формы наставничества; наибольшее количество форм "
        f"(четыре) – в {join_ru(four)}. Всего сформировано {PR} {plural(PR, 'наставническая пара', 'наставнические пары', 'наставнических пар')} "
        f"(групп), в которых участвуют наставляемые ({E} чел.) и наставники ({M} чел.); в среднем на одного "
        f"наставника приходится {pc(E / M)} наставляемого.")
    d.c_mean("forms_count", "в среднем форм в одной школе", mean_stated, [r["f"] for r in rows], planted=True)
    d.c_member("forms_count", "четыре формы", four, [r["short"] for r in rows if r["f"] == 4])
    d.c_sum("pairs", "в тексте: пар (групп)", str(PR), [r["p"] for r in rows])
    d.c_sum("mentees", "в тексте: наставляемых", str(E), [r["e"] for r in rows])
    d.c_sum("mentors", "в тексте: наставников", str(M), [r["m"] for r in rows])
    d.c_ratio("mentees", "наставляемых на одного наставника", pc(E / M), E, M)
    d.p(f"Партнёрами школ в реализации формы «работодатель - ученик» выступают {PE} {plural(PE, 'предприятие', 'предприятия', 'предприятий')} и организаций "
        f"района (ООО «Нерехтский хлебозавод», АО «Нерехтский механический завод», ОГБУЗ «Нерехтская ЦРБ» и др.). "
        f"Партнёров нет у пяти основных школ.")
    d.c_sum("partner_enterprises", "в тексте: предприятий-партнёров", str(PE), [r["pe"] for r in rows])
    d.c_count("partner_enterprises", "партнёров нет у пяти школ", 5, len(no_pe))
    d.sign("Заведующий отделом образования                 С.В. Ершова\n"
           "Исп. Румянцева Н.Л., тел. 8 (49431) 7-52-18")
    return d


# ------------------------------------------------------------------ 8. Унечский район (doc; «работодатель – ученик», partner names column)
UNECHA = [  # printed name, cluster, short, partners' names («» = form not implemented)
    ("МБОУ Унечская СОШ № 1", "unecha/school-1", "Унечская СОШ № 1",
     ["ОАО «Унечский завод тугоплавких металлов»", "ГБУЗ «Унечская ЦРБ»"]),
    ("МБОУ Унечская СОШ № 2", "unecha/school-2", "Унечская СОШ № 2",
     ["Унечская дистанция пути Московской ДИ – филиала ОАО «РЖД»"]),
    ("МБОУ Унечская СОШ № 3", "unecha/school-3", "Унечская СОШ № 3",
     ["МУП «Унечский водоканал»", "ПСЧ № 34 ГУ МЧС России по Брянской области"]),
    ("МБОУ Унечская гимназия", "unecha/gymnasium", "Унечская гимназия",
     ["ОАО «Унечский завод тугоплавких металлов»", "ПАО «Сбербанк»", "ООО «Унечахлеб»"]),
    ("МБОУ Высокская СОШ", "unecha/vysokoe", "Высокская СОШ", ["СПК «Рассвет»"]),
    ("МБОУ Найтоповичская СОШ", "unecha/naitopovichi", "Найтоповичская СОШ", []),
    ("МБОУ Писаревская СОШ", "unecha/pisarevka", "Писаревская СОШ", ["ИП глава КФХ Ковалёв А.Н."]),
    ("МБОУ Старосельская СОШ", "unecha/staroe-selo", "Старосельская СОШ", []),
    ("МБОУ Брянкустичская СОШ", "unecha/bryankustichi", "Брянкустичская СОШ", []),
    ("МБОУ Рюхновская ООШ", "unecha/ryukhovo", "Рюхновская ООШ", []),
    ("МБОУ Павловская СОШ", "unecha/pavlovka", "Павловская СОШ", ["ООО «Брянская мясная компания»"]),
    ("МБОУ Лучневская СОШ", "unecha/luchnoe", "Лучневская СОШ", ["СПК «Луч»"]),
]


@builder(11108)
def doc_unecha(rng):
    d = Doc("unecha_rabotodatel_2023", "doc", "Унечский район", as_of="2023-11-20", author="Мартыненко В.И.")
    rows = []
    for name, cl, short, partners in UNECHA:
        d.org(name, cl)
        pe = len(partners)
        m = pe + rng.randint(0, 3) if pe else 0
        e = m * rng.randint(2, 5) + rng.randint(0, 3) if m else 0
        rows.append({"name": name, "short": short, "pe": pe, "m": m, "e": e, "partners": partners})
    PE, M, E = (sum(r[k] for r in rows) for k in ("pe", "m", "e"))
    assert safe(E / M)
    impl = [r for r in rows if r["pe"]]
    none = [r["short"] for r in rows if not r["pe"]]
    assert len(impl) == 8 and len(none) == 4

    d.head("АДМИНИСТРАЦИЯ УНЕЧСКОГО РАЙОНА БРЯНСКОЙ ОБЛАСТИ\nОТДЕЛ ОБРАЗОВАНИЯ")
    d.title("Справка\nо реализации формы наставничества «работодатель – ученик»\nв общеобразовательных "
            "организациях Унечского района\n(по состоянию на 20.11.2023)")
    d.p("Справка подготовлена в рамках мониторинга реализации региональной целевой модели наставничества в "
        "Брянской области. Учитывались соглашения о сотрудничестве, заключённые общеобразовательными "
        "организациями с предприятиями и организациями района, и наставнические пары (группы), закреплённые "
        "приказами руководителей школ.")
    t = Table(6, widths=[0.9, 5.0, 2.9, 2.6, 2.3, 3.3], font=10, hfont=8, caption="Таблица 1")
    t.hrow("№ п/п", "Общеобразовательная организация",
           "Количество предприятий (организаций), заключивших соглашения о наставничестве",
           "Наставники – представители предприятий, чел.", "Наставляемые обучающиеся, чел.",
           "Предприятия-партнёры")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(z(r["pe"]), nm, "partner_enterprises"),
                      F(z(r["m"]), nm, "mentors", RU), F(z(r["e"]), nm, "mentees", RU),
                      Cell("; ".join(r["partners"]) if r["partners"] else DASH, align="left")])
    t.row("total", [Cell("Итого", cs=2), str(PE), str(M), str(E), ""])
    d.table(t)
    d.c_sum("partner_enterprises", "строка «Итого», предприятий", str(PE), [r["pe"] for r in rows])
    d.c_sum("mentors", "строка «Итого», наставников", str(M), [r["m"] for r in rows])
    d.c_sum("mentees", "строка «Итого», наставляемых", str(E), [r["e"] for r in rows])
    d.p(f"Форма «работодатель – ученик» реализуется в {len(impl)} из {len(rows)} общеобразовательных организаций "
        f"района. Соглашения заключены с {PE} предприятиями и организациями; наставниками выступают их работники "
        f"({M} чел.), наставляемыми – обучающиеся 8–11 классов ({E} чел.), т. е. в среднем на одного наставника "
        f"приходится {pc(E / M)} обучающегося.")
    d.c_count("mentors", f"форма {FQ[RU]} в 8 ОО", len(impl), len(impl))
    d.c_count("organizations", "… из 12 ОО", len(rows), len(rows))
    d.c_sum("partner_enterprises", "в тексте: предприятий", str(PE), [r["pe"] for r in rows])
    d.c_sum("mentors", "в тексте: наставников", str(M), [r["m"] for r in rows])
    d.c_sum("mentees", "в тексте: наставляемых", str(E), [r["e"] for r in rows])
    d.c_ratio("mentees", "наставляемых на одного наставника", pc(E / M), E, M)
    stated = ["Найтоповичская СОШ", "Старосельская СОШ", "Рюхновская ООШ"]   # PLANTED: Брянкустичская СОШ is missing
    d.p("Форма не реализуется в МБОУ Найтоповичская СОШ, Старосельская СОШ и Рюхновская ООШ; "
        "руководителям указанных школ рекомендовано до 01.02.2024 заключить соглашения с сельскохозяйственными "
        "предприятиями своих поселений.")
    d.c_member("mentors", f"форма {FQ[RU]} не реализуется", stated, none, planted=True)
    d.sign("Начальник отдела образования                                 В.И. Мартыненко\n"
           "Исп. Шкуратова Е.М., 8 (48351) 2-14-76")
    return d


# ------------------------------------------------------------------ 9. Мценский район (docx; a per-row share misprint)
MTSENSK = [  # printed name, cluster, short, band
    ("МБОУ «Отрадинская СОШ»", "mtsensk/otradinsky", "Отрадинская СОШ", "high"),
    ("МБОУ «Спасско-Лутовиновская СОШ»", "mtsensk/spasskoe-lutovinovo", "Спасско-Лутовиновская СОШ", "high"),
    ("МБОУ «Подмокринская СОШ»", "mtsensk/podmokroe", "Подмокринская СОШ", "misprint"),
    ("МБОУ «Тельченская СОШ»", "mtsensk/telchye", "Тельченская СОШ", "high"),
    ("МБОУ «Карандаковская СОШ»", "mtsensk/karandakovo", "Карандаковская СОШ", "mid"),
    ("МБОУ «Алябьевская СОШ»", "mtsensk/alyabyevo", "Алябьевская СОШ", "high"),
    ("МБОУ «Бастыевская ООШ»", "mtsensk/bastyevo", "Бастыевская ООШ", "low"),
    ("МБОУ «Головлёвская ООШ»", "mtsensk/golovlevo", "Головлёвская ООШ", "mid"),
    ("МБОУ «Протасовская ООШ»", "mtsensk/protasovo", "Протасовская ООШ", "low"),
    ("МБОУ «Воинская СОШ»", "mtsensk/voin", "Воинская СОШ", "high"),
    ("МБОУ «Черемошенская ООШ»", "mtsensk/cheremoshny", "Черемошенская ООШ", "mid"),
    ("МБОУ «Аникановская СОШ»", "mtsensk/anikanovo", "Аникановская СОШ", "high"),
]


@builder(11109)
def doc_mtsensk(rng):
    d = Doc("mtsensk_spravka_2023", "docx", "Мценский район", as_of="2023-03-01", author="Гринёва С.В.")
    bands = {"low": (5.5, 9.2), "mid": (10.7, 14.3), "high": (15.8, 24.0), "misprint": (15.6, 17.6)}
    rows = []
    for name, cl, short, b in MTSENSK:
        d.org(name, cl)
        tot = rng.randint(45, 140) if "ООШ" in short else rng.randint(90, 270)
        e = band(rng, tot, *bands[b])
        rows.append({"name": name, "short": short, "tot": tot, "e": e, "m": max(1, int(tot * rng.uniform(.02, .07))),
                     "mis": b == "misprint"})
    T, E, M = (sum(r[k] for r in rows) for k in ("tot", "e", "m"))
    for r in rows:
        assert safe(shr(r["e"], r["tot"]))
        # PLANTED: one share is printed 2,0 points too high (it stays in the same band: 15% and more)
        r["printed"] = pc(shr(r["e"], r["tot"]) + (2.0 if r["mis"] else 0))
    assert safe(shr(E, T))
    shares = [parse_num(r["printed"]) for r in rows]
    ge15 = [r for r, s in zip(rows, shares) if s >= 15]
    low = [r["short"] for r, s in zip(rows, shares) if s < 10]
    assert len(ge15) == 7 and low == ["Бастыевская ООШ", "Протасовская ООШ"]
    assert all((shr(r["e"], r["tot"]) >= 15) == (s >= 15) for r, s in zip(rows, shares))

    d.head("АДМИНИСТРАЦИЯ МЦЕНСКОГО РАЙОНА ОРЛОВСКОЙ ОБЛАСТИ\nОТДЕЛ ОБЩЕГО ОБРАЗОВАНИЯ, МОЛОДЁЖНОЙ ПОЛИТИКИ И СПОРТА")
    d.title("Справка\nпо результатам мониторинга вовлечения обучающихся в наставничество\nв общеобразовательных "
            "организациях Мценского района\n(по состоянию на 01.03.2023)")
    d.p("В соответствии с приказом отдела общего образования, молодёжной политики и спорта администрации "
        "Мценского района от 13.02.2023 № 37 проведён мониторинг вовлечения обучающихся в программы "
        f"наставничества. Сведения представили все {len(rows)} школ района.")
    d.c_count("organizations", "сведения представили все 12 школ", len(rows), len(rows))
    t = Table(6, widths=[0.9, 5.2, 2.4, 3.2, 2.9, 2.4], font=10, hfont=9, caption="Таблица 1")
    t.hrow("№ п/п", "Наименование образовательной организации", "Всего обучающихся в ОО (чел.)",
           "Количество обучающихся, вовлечённых в наставничество в качестве наставляемых (чел.)",
           "Удельный вес наставляемых в общей численности обучающихся (%)", "Количество обучающихся – наставников (чел.)")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(str(r["tot"]), nm, "students_total"),
                      F(str(r["e"]), nm, "mentees"), F(r["printed"], nm, "mentee_share_pct"),
                      F(str(r["m"]), nm, "mentors")])
    t.row("total", [Cell("Итого по району", cs=2), n(T), str(E), pc(shr(E, T)), str(M)])
    d.table(t)
    for r in rows:
        d.c_share("mentee_share_pct", f"{r['name']}: удельный вес", r["printed"], r["e"], r["tot"], planted=r["mis"])
    d.c_sum("students_total", "строка «Итого по району», обучающихся", n(T), [r["tot"] for r in rows])
    d.c_sum("mentees", "строка «Итого по району», наставляемых", str(E), [r["e"] for r in rows])
    d.c_share("mentee_share_pct", "строка «Итого по району», удельный вес", pc(shr(E, T)), E, T)
    d.c_sum("mentors", "строка «Итого по району», наставников", str(M), [r["m"] for r in rows])
    d.p(f"В целом по району в качестве наставляемых в программы вовлечены {E} обучающихся, что составляет "
        f"{pc(shr(E, T))}% от их общей численности ({n(T)} чел.); в роли наставников выступают {M} обучающихся.")
    d.c_sum("mentees", "в тексте: наставляемых", str(E), [r["e"] for r in rows])
    d.c_share("mentee_share_pct", "в тексте: удельный вес по району", pc(shr(E, T)), E, T)
    d.c_sum("students_total", "в тексте: общая численность обучающихся", n(T), [r["tot"] for r in rows])
    d.c_sum("mentors", "в тексте: наставников", str(M), [r["m"] for r in rows])
    d.p(f"Более половины школ ({len(ge15)} из {len(rows)}) обеспечили вовлечение в роли наставляемых не менее 15% "
        f"обучающихся. Ниже 10% показатель в МБОУ «Бастыевская ООШ» и «Протасовская ООШ»: в этих школах "
        f"программы наставничества утверждены только в январе 2023 года.")
    d.c_count("mentee_share_pct", "не менее 15%: 7 школ", len(ge15), len(ge15))
    d.c_count("organizations", "… из 12", len(rows), len(rows))
    d.c_target("mentee_share_pct", "более половины школ – не менее 15%", 50, shr(len(ge15), len(rows)))
    d.c_member("mentee_share_pct", "ниже 10%", ["Бастыевская ООШ", "Протасовская ООШ"], low)
    d.sign("Начальник отдела                                                  С.В. Гринёва\n"
           "Исп. Фомичёва Н.П., 8 (48646) 2-31-55")
    return d


# ------------------------------------------------------------------ 10. городской округ город Михайловка (docx; young teachers, a mean row)
MIKHAILOVKA = [  # printed name, cluster, short, full coverage
    ("МКОУ «СШ № 1»", "mikhailovka/school-1", "СШ № 1", True),
    ("МКОУ «СШ № 2»", "mikhailovka/school-2", "СШ № 2", False),
    ("МКОУ «СШ № 3»", "mikhailovka/school-3", "СШ № 3", True),
    ("МКОУ «СШ № 4»", "mikhailovka/school-4", "СШ № 4", True),
    ("МКОУ «СШ № 5»", "mikhailovka/school-5", "СШ № 5", False),
    ("МКОУ «СШ № 7»", "mikhailovka/school-7", "СШ № 7", True),
    ("МКОУ «СШ № 10»", "mikhailovka/school-10", "СШ № 10", True),
    ("МКОУ «СШ № 11»", "mikhailovka/school-11", "СШ № 11", False),
    ("МКОУ «Раздорская СШ»", "mikhailovka/razdory", "Раздорская СШ", True),
    ("МКОУ «Сидорская СШ»", "mikhailovka/sidory", "Сидорская СШ", True),
    ("МКОУ «Безымянская СШ»", "mikhailovka/bezymyanka", "Безымянская СШ", True),
    ("МКОУ «Отрадненская СШ»", "mikhailovka/otradnoe", "Отрадненская СШ", True),
    ("МКОУ «Арчединская СШ»", "mikhailovka/archeda", "Арчединская СШ", True),
    ("МКОУ «Етеревская СШ»", "mikhailovka/eterevskaya", "Етеревская СШ", True),
    ("МКОУ «Себровская СШ»", "mikhailovka/sebrovka", "Себровская СШ", True),
]


@builder(11110)
def doc_mikhailovka(rng):
    d = Doc("mikhailovka_molodye_2022", "docx", "городской округ город Михайловка", as_of="2022-10-01",
            author="Ерёменко Г.В.")
    rows = []
    for name, cl, short, full in MIKHAILOVKA:
        d.org(name, cl)
        y = rng.randint(4, 11) if "№" in short else rng.randint(1, 4)
        ym = y if full else y - rng.randint(1, max(1, y // 3))
        mt = max(1, ym - rng.randint(0, ym // 3))
        rows.append({"name": name, "short": short, "y": y, "ym": ym, "mt": mt})
    Y, YM, MT = (sum(r[k] for r in rows) for k in ("y", "ym", "mt"))
    shares = [parse_num(pc(shr(r["ym"], r["y"]))) for r in rows]
    for r in rows:
        assert safe(shr(r["ym"], r["y"]))
        assert r["ym"] >= 1
    assert safe(shr(YM, Y)) and safe(sum(shares) / len(shares))
    assert shr(YM, Y) >= 90.5
    not_full = [r["short"] for r in rows if r["ym"] < r["y"]]
    assert not_full == ["СШ № 2", "СШ № 5", "СШ № 11"]

    d.head("АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА ГОРОД МИХАЙЛОВКА ВОЛГОГРАДСКОЙ ОБЛАСТИ\nОТДЕЛ ПО ОБРАЗОВАНИЮ")
    d.title("Аналитическая справка\nо закреплении наставников за молодыми специалистами\nв муниципальных "
            "общеобразовательных учреждениях городского округа город Михайловка\nпо состоянию на 1 октября 2022 года")
    d.p("В соответствии с планом мероприятий по внедрению целевой модели наставничества педагогических работников "
        "отделом по образованию проанализированы приказы общеобразовательных учреждений о закреплении "
        "наставнических пар на 2022/2023 учебный год. Молодыми специалистами считаются педагоги со стажем работы "
        "до 3 лет.")
    d.p(f"Молодые специалисты работают во всех {len(rows)} общеобразовательных учреждениях округа (8 городских и 7 "
        f"сельских школ).")
    d.c_count("young_teachers", "молодые специалисты работают во всех 15 учреждениях", len(rows),
              sum(1 for r in rows if r["y"] > 0))
    d.c_count("organizations", "8 городских школ", 8, sum(1 for r in rows if "№" in r["short"]))
    d.c_count("organizations", "7 сельских школ", 7, sum(1 for r in rows if "№" not in r["short"]))
    t = Table(6, widths=[0.9, 4.6, 2.9, 3.4, 3.0, 2.4], font=10, hfont=9, caption="Таблица 1")
    t.hrow("№ п/п", "Образовательное учреждение", "Молодые специалисты (стаж работы до 3 лет), чел.",
           "из них включены в программы наставничества в роли наставляемого, чел.",
           "Доля молодых специалистов, закреплённых за наставниками, %", "Педагоги-наставники, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(str(r["y"]), nm, "young_teachers"),
                      F(str(r["ym"]), nm, "young_teacher_mentees"),
                      F(pc(shr(r["ym"], r["y"])), nm, "young_teacher_mentee_share_pct"),
                      F(str(r["mt"]), nm, "mentors", TT)])
    t.row("total", [Cell("Итого по округу", cs=2), str(Y), str(YM), pc(shr(YM, Y)), str(MT)])
    t.row("total", [Cell("Среднее значение по учреждениям", cs=2), "х", "х", pc(sum(shares) / len(shares)), "х"])
    d.table(t)
    for r in rows:
        d.c_share("young_teacher_mentee_share_pct", f"{r['name']}: доля", pc(shr(r["ym"], r["y"])), r["ym"], r["y"])
    d.c_sum("young_teachers", "строка «Итого по округу», молодых специалистов", str(Y), [r["y"] for r in rows])
    d.c_sum("young_teacher_mentees", "строка «Итого по округу», включены", str(YM), [r["ym"] for r in rows])
    d.c_share("young_teacher_mentee_share_pct", "строка «Итого по округу», доля", pc(shr(YM, Y)), YM, Y)
    d.c_sum("mentors", "строка «Итого по округу», наставников", str(MT), [r["mt"] for r in rows])
    d.c_mean("young_teacher_mentee_share_pct", "строка «Среднее значение по учреждениям»",
             pc(sum(shares) / len(shares)), shares)
    mt_stated = MT + 10      # PLANTED: the text gives 10 mentors more than the column
    d.p(f"Из {Y} молодых специалистов в программы наставничества в роли наставляемого включены {YM} "
        f"({pc(shr(YM, Y))}%). Таким образом, региональный ориентир (не менее 90%) по округу в целом достигнут. "
        f"Наставниками молодых специалистов выступают {mt_stated} {plural(mt_stated, 'педагог', 'педагога', 'педагогов')} с опытом работы более 10 лет.")
    d.c_sum("young_teachers", "в тексте: молодых специалистов", str(Y), [r["y"] for r in rows])
    d.c_sum("young_teacher_mentees", "в тексте: включены в программы", str(YM), [r["ym"] for r in rows])
    d.c_share("young_teacher_mentee_share_pct", "в тексте: доля включённых", pc(shr(YM, Y)), YM, Y)
    d.c_target("young_teacher_mentee_share_pct", "по округу не менее 90% (достигнут)", 90, shr(YM, Y))
    d.c_sum("mentors", "в тексте: педагогов-наставников", str(mt_stated), [r["mt"] for r in rows], planted=True)
    d.p("Стопроцентный охват молодых специалистов наставничеством не обеспечен в МКОУ «СШ № 2, 5 и 11». "
        "Руководителям указанных учреждений необходимо в срок до 15.10.2022 издать приказы о закреплении "
        "наставников.")
    d.c_member("young_teacher_mentee_share_pct", "не 100%: МКОУ «СШ № 2, 5 и 11»", ["СШ № 2", "СШ № 5", "СШ № 11"],
               not_full)
    d.sign("Начальник отдела по образованию                                 Г.В. Ерёменко\n"
           "Исп. Кудрявцева А.А., 8 (84463) 2-45-19")
    return d


# ------------------------------------------------------------------ 11. Новозыбковский городской округ (docx; приказ on curators, metadata only)
NOVOZYBKOV = [  # school, curator, position, telephone
    ("МБОУ «СОШ № 1» г. Новозыбкова", "Ковалёва Ирина Викторовна", "заместитель директора по УВР", "8 (48343) 3-12-45"),
    ("МБОУ «Гимназия» г. Новозыбкова", "Сорокина Ольга Павловна", "заместитель директора по ВР", "8 (48343) 3-05-17"),
    ("МБОУ «СОШ № 3» г. Новозыбкова", "Прудникова Анна Сергеевна", "заместитель директора по УВР",
     "8 (48343) 5-61-20"),
    ("МБОУ «СОШ № 4» г. Новозыбкова", "Дятлова Елена Николаевна", "педагог-организатор", "8 (48343) 5-22-08"),
    ("МБОУ «СОШ № 6» г. Новозыбкова", "Ткаченко Марина Ивановна", "заместитель директора по ВР", "8 (48343) 3-47-31"),
    ("МБОУ «Замишевская СОШ»", "Лазаренко Светлана Алексеевна", "учитель начальных классов", "8 (48343) 9-41-16"),
    ("МБОУ «Старокривецкая СОШ»", "Гуленко Павел Андреевич", "учитель истории", "8 (48343) 9-32-44"),
    ("МБОУ «Шеломовская СОШ»", "Мельник Татьяна Юрьевна", "заместитель директора по УВР", "8 (48343) 9-53-02"),
    ("МБОУ «Халеевичская ООШ»", "Бондаренко Наталья Петровна", "учитель русского языка", "8 (48343) 9-24-71"),
    ("МБОУ «Синеколодецкая СОШ»", "Осипенко Виктор Семёнович", "учитель технологии", "8 (48343) 9-61-38"),
]


@builder(11111)
def doc_novozybkov(rng):
    d = Doc("novozybkov_prikaz_274_2022", "docx", "Новозыбковский городской округ", kind="приказ",
            doc_date="2022-09-12", doc_number="274", author="Осипова Л.Н.")
    d.head("АДМИНИСТРАЦИЯ НОВОЗЫБКОВСКОГО ГОРОДСКОГО ОКРУГА\nБРЯНСКОЙ ОБЛАСТИ\nОТДЕЛ ОБРАЗОВАНИЯ")
    d.title("ПРИКАЗ")
    d.dateline("12.09.2022", "г. Новозыбков", "№ 274")
    d.title("О назначении кураторов внедрения целевой модели наставничества\nв общеобразовательных организациях "
            "Новозыбковского городского округа")
    d.p("В соответствии с " + P145 + ", приказом департамента образования и науки Брянской области от 30.08.2022 "
        "№ 1043 «О реализации региональной целевой модели наставничества в 2022/2023 учебном году» и в целях "
        "достижения показателей регионального проекта «Современная школа»")
    d.plain("ПРИКАЗЫВАЮ:")
    d.p("1. Назначить муниципальным куратором внедрения целевой модели наставничества Осипову Людмилу Николаевну, "
        "главного специалиста отдела образования.")
    d.p("2. Утвердить список кураторов внедрения целевой модели наставничества в общеобразовательных организациях "
        "(приложение 1).")
    d.p("3. Руководителям общеобразовательных организаций:")
    d.p("3.1. до 20.09.2022 утвердить программы наставничества и сформировать базы наставников и наставляемых;")
    d.p("3.2. обеспечить вовлечение в различные формы наставничества не менее 10% обучающихся в возрасте от 10 до "
        "19 лет и не менее 70% молодых специалистов со стажем работы до 3 лет;")
    d.p("3.3. представлять в отдел образования отчёт о реализации программ наставничества ежеквартально, не позднее "
        "5 числа месяца, следующего за отчётным кварталом.")
    d.p("4. Признать утратившим силу приказ отдела образования от 14.09.2021 № 301 «О назначении кураторов».")
    d.p("5. Контроль за исполнением приказа оставляю за собой.")
    d.sign("Начальник отдела образования                                  Н.А. Гордеева")
    d.pagebreak()
    d.right("Приложение 1\nк приказу отдела образования\nот 12.09.2022 № 274")
    t = Table(5, widths=[0.9, 5.0, 4.2, 3.6, 3.2], font=10, hfont=10,
              caption="Список кураторов внедрения целевой модели наставничества", caption_align="center")
    t.hrow("№ п/п", "Общеобразовательная организация", "Ф.И.О. куратора", "Должность", "Контактный телефон")
    for k, (school, who, pos, tel) in enumerate(NOVOZYBKOV, 1):
        t.row("data", [str(k), Cell(school, align="left"), Cell(who, align="left"), Cell(pos, align="left"), tel])
    d.table(t)
    return d


# ------------------------------------------------------------------ 12. Урюпинский район (txt, UTF-8; a plan of events, metadata only)
@builder(11112)
def doc_uryupinsk(rng):
    d = Doc("uryupinsk_plan_2023", "txt", "Урюпинский район", kind="план", doc_date="2023-08-28", doc_number="186",
            enc="utf-8", txt_mode="tab")
    d.right("УТВЕРЖДЁН\nприказом отдела по образованию\nадминистрации Урюпинского муниципального района\n"
            "Волгоградской области\nот 28.08.2023 № 186")
    d.title("ПЛАН\nмероприятий по реализации целевой модели наставничества\nв общеобразовательных организациях "
            "Урюпинского муниципального района\nна 2023/2024 учебный год")
    d.p("Цель: обеспечение к концу 2023/2024 учебного года вовлечения не менее 15% обучающихся в возрасте от 10 до "
        "19 лет в различные формы наставничества и закрепления наставников за 100% молодых специалистов "
        "общеобразовательных организаций района (19 школ, в том числе 4 основные).")
    t = Table(5)
    t.hrow("№ п/п", "Мероприятие", "Срок", "Ответственные", "Ожидаемый результат")
    events = [
        ("1", "Актуализация приказов о назначении кураторов в общеобразовательных организациях", "до 15.09.2023",
         "руководители ОО", "приказы изданы в 19 ОО"),
        ("2", "Формирование баз наставников и наставляемых", "до 01.10.2023", "кураторы ОО",
         "базы сформированы, не менее 15% обучающихся 10–19 лет"),
        ("3", "Закрепление наставнических пар (групп) приказами ОО", "до 01.10.2023", "руководители ОО",
         "100% молодых специалистов имеют наставника"),
        ("4", "Семинар для кураторов «Персонализированные программы наставничества»", "октябрь 2023",
         "МКУ «Информационно-методический центр»", "не менее 25 участников"),
        ("5", "Заключение соглашений с предприятиями района по форме «работодатель – ученик»", "в течение года",
         "руководители ОО", "не менее 2 соглашений в каждой средней школе"),
        ("6", "Муниципальный конкурс «Наставник года – 2024»", "февраль – март 2024", "отдел по образованию",
         "не менее 8 участников"),
        ("7", "Мониторинг реализации программ наставничества", "01.12.2023, 01.06.2024", "отдел по образованию",
         "аналитическая справка"),
        ("8", "Подведение итогов реализации плана", "июнь 2024", "отдел по образованию",
         "итоговый отчёт, предложения на 2024/2025 учебный год"),
    ]
    for row in events:
        t.row("data", list(row))
    d.table(t)
    d.p("Ответственный за исполнение плана – заместитель начальника отдела по образованию Сафонова Е.В., "
        "тел. 8 (84442) 4-15-63.")
    return d


# ============================================================================ verification (optional)
def extract_text(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages)
    if ext == "txt":
        b = open(path, "rb").read()
        for enc in ("utf-16", "utf-8-sig", "cp1251"):
            try:
                if enc == "utf-16" and not b.startswith(b"\xff\xfe"):
                    continue
                return b.decode(enc)
            except UnicodeDecodeError:
                continue
    if ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path)
        out = []
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None:
                        continue
                    if isinstance(c.value, (int, float)) and "%" in (c.number_format or ""):
                        out.append(f"{c.value * 100:.1f}")
                    out.append(str(c.value))
        return "\n".join(out)
    tmp = tempfile.mkdtemp(prefix="h11v_")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{LO_DIR}", "--headless", "--convert-to",
                    "txt:Text (encoded):UTF8", "--outdir", tmp, path], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    name = os.path.basename(path).rsplit(".", 1)[0] + ".txt"
    text = open(os.path.join(tmp, name), encoding="utf-8-sig").read()
    shutil.rmtree(tmp)
    return text


def numbers_in(text):
    for sp in SPACES[1:]:
        text = text.replace(sp, " ")
    out = {round(float(m.group(0).replace(",", ".")), 3) for m in re.finditer(r"\d+(?:[.,]\d+)?", text)}
    prev = None
    while prev != text:
        prev = text
        text = re.sub(r"(?<![\d,.])(\d{1,3}) (\d{3})(?!\d)", r"\1\2", text)
    for m in re.finditer(r"\d+(?:[.,]\d+)?", text):
        out.add(round(float(m.group(0).replace(",", ".")), 3))
    return out


NUMBER_WORDS = {"два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "четыре": 4, "четырёх": 4, "пять": 5, "пяти": 5,
                "пятью": 5, "шесть": 6, "шести": 6, "шестью": 6, "семь": 7, "семи": 7, "семью": 7, "восемь": 8,
                "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10}


def verify(docs, facts, checks):
    problems = []
    for d in docs:
        path = os.path.join(OUT, f"{d.name}.{d.fmt}")
        text = extract_text(path)
        nums = numbers_in(text)
        nums |= {float(v) for w, v in NUMBER_WORDS.items() if re.search(r"\b" + w + r"\b", text.lower())}
        for f in facts:
            if f["doc"] == d.name and f["value"] != "" and round(float(f["value"]), 3) not in nums:
                if float(f["value"]) != 0:
                    problems.append(f"{d.name}: fact {f['org_name']} {f['indicator']} {f['value']} not in text")
        for c in checks:
            if c["doc"] != d.name or c["check"] in ("membership", "target"):
                continue
            if round(float(c["stated"]), 3) not in nums:
                problems.append(f"{d.name}: check {c['check']} «{c['subject']}» stated {c['stated']} not in text")
    return problems


# ============================================================================ main
def write_csv(path, fields, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in fields})


def main():
    for p in (OUT, GOLD):
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    if os.path.isdir(LO_DIR):
        shutil.rmtree(LO_DIR)
    docs = [b() for b in BUILDERS]
    assert len({d.name for d in docs}) == len(docs)
    facts, checks, orgs, meta = [], [], [], []
    try:
        for d in docs:
            render(d)
            facts += d.facts()
            checks += d.checks
            orgs += d.orgs()
            meta.append({"doc": d.name, "format": d.fmt, "kind": d.kind, "municipality": d.municipality,
                         "organization": d.organization, "as_of": d.as_of, "doc_date": d.doc_date,
                         "doc_number": d.doc_number, "expect": ""})
        problems = verify(docs, facts, checks) if "--verify" in sys.argv else []
    finally:
        if os.path.isdir(LO_DIR):
            shutil.rmtree(LO_DIR)
    # clusters never cross municipalities
    by_cluster = {}
    for d in docs:
        for o in d.orgs():
            by_cluster.setdefault(o["cluster"], set()).add(d.municipality)
    assert all(len(v) == 1 for v in by_cluster.values()), by_cluster
    # one printed name is one organization within a municipality
    by_name = {}
    for d in docs:
        for o in d.orgs():
            key = (d.municipality, o["org_name"])
            assert by_name.setdefault(key, o["cluster"]) == o["cluster"], key
    write_csv(os.path.join(GOLD, "documents.csv"),
              ["doc", "format", "kind", "municipality", "organization", "as_of", "doc_date", "doc_number", "expect"],
              meta)
    write_csv(os.path.join(GOLD, "facts.csv"), ["doc", "org_name", "indicator", "form", "variant", "value", "unit"],
              facts)
    write_csv(os.path.join(GOLD, "checks.csv"),
              ["doc", "check", "indicator", "subject", "stated", "computed", "status"], checks)
    write_csv(os.path.join(GOLD, "organizations.csv"), ["doc", "org_name", "cluster"], orgs)
    st = {}
    for c in checks:
        st[c["status"]] = st.get(c["status"], 0) + 1
    kinds = {}
    for c in checks:
        kinds[c["check"]] = kinds.get(c["check"], 0) + 1
    planted = sum(d.planted for d in docs)
    assert planted == st.get("mismatch", 0), (planted, st)
    print(f"documents {len(docs)}, facts {len(facts)}, checks {len(checks)} {st}, planted {planted}, "
          f"organization spellings {len(orgs)}")
    print("checks by kind:", dict(sorted(kinds.items(), key=lambda x: -x[1])))
    for d in docs:
        mm = [c for c in d.checks if c["status"] == "mismatch"]
        print(f"  {d.name}.{d.fmt}: facts {len(d.facts())}, checks {len(d.checks)}, mismatch {len(mm)}")
    if "--verify" in sys.argv:
        print(f"verification: {len(problems)} problem(s)")
        for p in problems:
            print("  ", p)


if __name__ == "__main__":
    main()
