"""Generate the held-out corpus holdout9: 14 synthetic Russian administrative documents on the school
mentorship programme (целевая модель наставничества, распоряжение Минпросвещения России Р-145) from
11 municipalities of 7 regions that the earlier corpora did not use (Республика Ингушетия, Чеченская
Республика, Ненецкий автономный округ, Магаданская область, Чукотский автономный округ, Еврейская
автономная область, город федерального значения Севастополь), with gold answers as defined in
benchmarks/unseen/CONVENTIONS.md.

usage: /work/main/.venv/bin/python /work/unseen/gen_holdout9.py [--verify]
Writes $UNSEEN_OUT/holdout9/* and $UNSEEN_OUT/gold/holdout9/*.csv (UNSEEN_OUT defaults to /work/unseen).
--verify additionally extracts the text of every rendered file and asserts that every stated number of
checks.csv and every fact value can be found in it.

How the gold is kept right:
* every table cell is printed from data held here, and every fact is read back from the printed cell
  (a cell carries the (organization, indicator, form, variant) it stands for);
* every total, share, mean, count, list and target in checks.csv is recomputed here from the same data;
  planted errors are explicit (search for "PLANTED") and asserted to be mismatches; every other check is
  asserted to be ok, with a margin against rounding ties;
* output is byte-identical on rerun: seeded randomness, fixed document metadata, fixed zip timestamps,
  a fresh LibreOffice profile per run, patched PDF dates and IDs, a sorted RTF colour table.
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
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

BASE = os.environ.get("UNSEEN_OUT", "/work/unseen")
CORPUS = "holdout9"
OUT = os.path.join(BASE, CORPUS)
GOLD = os.path.join(BASE, "gold", CORPUS)
LO_DIR = f"/tmp/lo_h9_profile_{os.getpid()}"
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
def txt_table(t, mode):
    rows, kinds = t.rows_kinds()
    grid = t.layout(rows)
    lines = []
    if mode == "tab":
        for r in range(len(rows)):
            lines.append("\t".join(grid[r][c][0].text.replace("\n", " ") if grid[r][c][1] else ""
                                   for c in range(t.ncols)).rstrip("\t"))
        return lines
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
        tmp = tempfile.mkdtemp(prefix="h9_")
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


def builder(f):
    BUILDERS.append(f)
    return f


P145 = ("распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 «Об утверждении "
        "методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную "
        "деятельность по общеобразовательным, дополнительным общеобразовательным и программам среднего "
        "профессионального образования, в том числе с применением лучших практик обмена опытом между обучающимися»")
P145_SHORT = "распоряжением Минпросвещения России от 25.12.2019 № Р-145"


# ------------------------------------------------------------------ 1. город Назрань, 2022 (docx; subtotals by type, one table in two Word tables)
NAZRAN = [  # (name in the 2022 справка, cluster, short name for the text, type s|g, mentee share band)
    ("ГБОУ «СОШ № 1 г. Назрань»", "nazran/school-1", "СОШ № 1", "s", "mid"),
    ("ГБОУ «СОШ № 2 г. Назрань»", "nazran/school-2", "СОШ № 2", "s", "hi"),
    ("ГБОУ «СОШ № 3 г. Назрань»", "nazran/school-3", "СОШ № 3", "s", "hi"),
    ("ГБОУ «СОШ № 4 г. Назрань»", "nazran/school-4", "СОШ № 4", "s", "low"),
    ("ГБОУ «СОШ-ДС № 5 г. Назрань»", "nazran/school-5", "СОШ-ДС № 5", "s", "mid"),
    ("ГБОУ «СОШ № 6 г. Назрань»", "nazran/school-6", "СОШ № 6", "s", "hi"),
    ("ГБОУ «СОШ № 7 г. Назрань»", "nazran/school-7", "СОШ № 7", "s", "low"),
    ("ГБОУ «СОШ № 9 г. Назрань»", "nazran/school-9", "СОШ № 9", "s", "hi"),
    ("ГБОУ «СОШ № 10 г. Назрань»", "nazran/school-10", "СОШ № 10", "s", "mid"),
    ("ГБОУ «СОШ № 11 г. Назрань»", "nazran/school-11", "СОШ № 11", "s", "low"),
    ("ГБОУ «СОШ № 1 Насыр-Кортского округа г. Назрань»", "nazran/nasyr-kort-1", "СОШ № 1 Насыр-Кортского округа",
     "s", "hi"),
    ("ГБОУ «СОШ № 2 Гамурзиевского округа г. Назрань»", "nazran/gamurzievo-2", "СОШ № 2 Гамурзиевского округа",
     "s", "mid"),
    ("ГБОУ «Гимназия № 1 г. Назрань»", "nazran/gymnasium-1", "Гимназия № 1", "g", "top"),
    ("ГБОУ «Гимназия № 2 г. Назрань»", "nazran/gymnasium-2", "Гимназия № 2", "g", "hi"),
    ("ГБОУ «Лицей № 1 г. Назрань»", "nazran/lyceum-1", "Лицей № 1", "g", "top"),
    ("ГБОУ «Инженерный лицей г. Назрань»", "nazran/engineering-lyceum", "Инженерный лицей", "g", "hi"),
]


@builder
def doc_nazran_2022():
    rng = random.Random(9101)
    d = Doc("nazran_spravka_2022", "docx", "город Назрань", as_of="2022-12-20", author="Евлоева Л.М.")
    for name, cl, _, _, _ in NAZRAN:
        d.org(name, cl)
    bands = {"low": (6.2, 9.3), "mid": (10.7, 14.3), "hi": (15.7, 20.5), "top": (21.0, 26.0)}

    def gen():
        rows = []
        for name, cl, short, typ, band in NAZRAN:
            tot = rng.randint(720, 1680) if typ == "s" else rng.randint(480, 960)
            e = int(tot * rng.uniform(*bands[band]) / 100)
            m = int(tot * rng.uniform(0.03, 0.07))
            tch = rng.randint(7, 26) if typ == "s" else rng.randint(11, 32)
            rows.append({"name": name, "short": short, "typ": typ, "tot": tot, "e": e, "m": m, "t": tch})
        return rows

    def valid(rows):
        if not all(safe(r["e"] / r["tot"] * 100) for r in rows):
            return False
        for sub in ([r for r in rows if r["typ"] == "s"], [r for r in rows if r["typ"] == "g"], rows):
            if not safe(sum(r["e"] for r in sub) / sum(r["tot"] for r in sub) * 100):
                return False
        pr = [parse_num(pc(r["e"] / r["tot"] * 100)) for r in rows]
        raw = [r["e"] / r["tot"] * 100 for r in rows]
        E, M = sum(r["e"] for r in rows), sum(r["m"] for r in rows)
        return (safe(sum(pr) / len(pr)) and rnd(sum(pr) / len(pr)) == rnd(sum(raw) / len(raw))
                and safe(M / (E + M) * 100) and E + M > 1000)
    rows = retry(gen, valid)
    S = [r for r in rows if r["typ"] == "s"]
    G = [r for r in rows if r["typ"] == "g"]

    def tots(sub):
        return (sum(r["tot"] for r in sub), sum(r["e"] for r in sub), sum(r["m"] for r in sub),
                sum(r["t"] for r in sub))
    T, E, M, P = tots(rows)

    d.head("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ РЕСПУБЛИКИ ИНГУШЕТИЯ\nОтдел общего образования")
    d.title("СПРАВКА\nпо итогам мониторинга вовлечения обучающихся и педагогических работников в программы "
            "наставничества в общеобразовательных организациях г. Назрань\n(по состоянию на 20.12.2022)")
    d.p("Мониторинг проведён в соответствии с приказом Министерства образования и науки Республики Ингушетия от "
        "14.11.2022 № 1127-п «О проведении мониторинга реализации региональной целевой модели наставничества» в "
        "период с 1 по 20 декабря 2022 года. Целевая модель наставничества внедряется в соответствии с " + P145 + ".")
    d.p(f"Сведения представили {len(rows)} общеобразовательных организаций г. Назрань (далее – ОО): {len(S)} средних "
        f"общеобразовательных школ, а также {len(G)} гимназии и лицея. Результаты мониторинга приведены в таблице 1.")
    d.c_count("organizations", "сведения представили N ОО", len(rows), len(rows))
    d.c_count("organizations", "из них N средних общеобразовательных школ", len(S), len(S))
    d.c_count("organizations", "… и N гимназии и лицея", len(G), len(G))

    W = [0.9, 5.0, 2.4, 2.3, 2.3, 2.2, 1.9]
    t1 = Table(7, widths=W, font=10, hfont=9, caption="Таблица 1")
    t1.hrow(Cell("№ п/п", rs=2), Cell("Наименование общеобразовательной организации", rs=2),
            Cell("Численность обучающихся, чел.", rs=2), Cell("Вовлечено в программы наставничества, чел.", cs=3),
            Cell("Доля обучающихся в роли наставляемого, %", rs=2))
    t1.hrow("обучающихся – наставляемых", "обучающихся – наставников", "педагогических работников")
    t1.numrow(head=True)
    t2 = Table(7, widths=W, font=10, hfont=9, caption="Продолжение таблицы 1")
    t2.numrow(head=True)

    def orgrow(t, k, r):
        name = r["name"]
        t.row("org", [str(k), name, F(n(r["tot"], NNB), name, "students_total"), F(str(r["e"]), name, "mentees"),
                      F(str(r["m"]), name, "mentors"), F(str(r["t"]), name, "teachers_involved"),
                      F(pc(r["e"] / r["tot"] * 100), name, "mentee_share_pct")])

    def totrow(t, label, sub, p_printed=None):
        sT, sE, sM, sP = tots(sub)
        t.row("total", [Cell(label, cs=2), n(sT, NNB), n(sE, NNB), str(sM),
                        str(sP if p_printed is None else p_printed), pc(sE / sT * 100)])

    t1.group("Средние общеобразовательные школы")
    k = 0
    for r in S:
        k += 1
        orgrow(t1 if k <= 9 else t2, k, r)
    totrow(t2, "Итого по СОШ", S)
    t2.group("Гимназии и лицеи")
    for r in G:
        k += 1
        orgrow(t2, k, r)
    totrow(t2, "Итого по гимназиям и лицеям", G)
    p_printed = P + 6          # PLANTED: «Всего по городу» of педагогов is 6 more than the rows give
    totrow(t2, "Всего по городу", rows, p_printed)
    d.table(t1)
    d.table(t2)
    for r in rows:
        d.c_share("mentee_share_pct", f"{r['name']}: доля наставляемых", pc(r["e"] / r["tot"] * 100), r["e"], r["tot"])
    for label, sub in (("Итого по СОШ", S), ("Итого по гимназиям и лицеям", G), ("Всего по городу", rows)):
        sT, sE, sM, sP = tots(sub)
        d.c_sum("students_total", f"строка «{label}», численность", n(sT), [r["tot"] for r in sub])
        d.c_sum("mentees", f"строка «{label}», наставляемых", n(sE), [r["e"] for r in sub])
        d.c_sum("mentors", f"строка «{label}», наставников", str(sM), [r["m"] for r in sub])
        if sub is rows:
            d.c_sum("teachers_involved", f"строка «{label}», педагогов", str(p_printed), [r["t"] for r in sub],
                    planted=True)
        else:
            d.c_sum("teachers_involved", f"строка «{label}», педагогов", str(sP), [r["t"] for r in sub])
        d.c_share("mentee_share_pct", f"строка «{label}», доля наставляемых", pc(sE / sT * 100), sE, sT)

    d.p(f"Всего в программы наставничества вовлечено {n(E + M, NNB)} обучающихся: {n(E, NNB)} – в роли наставляемого и "
        f"{M} – в роли наставника. Кроме того, в программах наставничества участвуют {P} педагогических "
        f"{plural(P, 'работник', 'работника', 'работников')}.")
    d.c_comp("students_involved", f"{E + M} = {E} наставляемых + {M} наставников", n(E + M), [E, M])
    d.c_sum("mentees", "в тексте: в роли наставляемого", n(E), [r["e"] for r in rows])
    d.c_sum("mentors", "в тексте: в роли наставника", str(M), [r["m"] for r in rows])
    d.c_sum("teachers_involved", "в тексте: педагогических работников", str(P), [r["t"] for r in rows])
    sT, sE = tots(S)[:2]
    gT, gE = tots(G)[:2]
    d.p(f"Доля обучающихся в роли наставляемого составила {pc(E / T * 100)}% от общего числа обучающихся "
        f"({n(T, NNB)} чел.); в средних общеобразовательных школах – {pc(sE / sT * 100)}%, в гимназиях и лицеях – "
        f"{pc(gE / gT * 100)}%.")
    d.c_share("mentee_share_pct", "в тексте: доля наставляемых по городу", pc(E / T * 100), E, T)
    d.c_sum("students_total", "в тексте: общее число обучающихся", n(T), [r["tot"] for r in rows])
    d.c_share("mentee_share_pct", "в тексте: доля в СОШ", pc(sE / sT * 100), sE, sT)
    d.c_share("mentee_share_pct", "в тексте: доля в гимназиях и лицеях", pc(gE / gT * 100), gE, gT)

    shares = [parse_num(pc(r["e"] / r["tot"] * 100)) for r in rows]
    hi = [r for r, s in zip(rows, shares) if s >= 15]
    low = [r["short"] for r, s in zip(rows, shares) if s < 10]
    assert len(hi) == 9 and low == ["СОШ № 4", "СОШ № 7", "СОШ № 11"]
    mean = pc(sum(shares) / len(shares))
    d.p(f"Значение показателя 15% и выше достигнуто в девяти ОО; средний по ОО показатель – {mean}%. Ниже 10% доля "
        f"обучающихся в роли наставляемого в СОШ № 4, 7 и 11 г. Назрань: руководителям этих ОО рекомендовано "
        f"до 01.02.2023 актуализировать базы наставляемых.")
    d.c_count("mentee_share_pct", "показатель 15% и выше в девяти ОО", 9, len(hi))
    d.c_mean("mentee_share_pct", "средний по ОО показатель (среднее по строкам)", mean, shares)
    d.c_member("mentee_share_pct", "ниже 10%: СОШ № 4, 7 и 11", ["СОШ № 4", "СОШ № 7", "СОШ № 11"], low)
    d.p(f"Обучающиеся – наставники составляют {pc(M / (E + M) * 100)}% от общего числа вовлечённых в программы "
        f"наставничества обучающихся.")
    d.c_share("mentors", "в тексте: доля наставников от вовлечённых обучающихся", pc(M / (E + M) * 100), M, E + M)
    d.sign("Начальник отдела общего образования                                  Л.М. Евлоева\n"
           "Исп.: Мальсагова Х.А., тел. 8 (8732) 22-41-05")
    return d


# ------------------------------------------------------------------ 2. город Назрань, 2023 (rtf; prose with a small table)
NAZRAN_TOP = [  # (name in the 2023 information, cluster)
    ("ГБОУ «Лицей № 1»", "nazran/lyceum-1"),
    ("ГБОУ «Гимназия №1 г.Назрань»", "nazran/gymnasium-1"),
    ("ГБОУ «Средняя общеобразовательная школа № 3»", "nazran/school-3"),
    ("ГБОУ «СОШ №1 Насыр-Кортского округа»", "nazran/nasyr-kort-1"),
]


@builder
def doc_nazran_2023():
    rng = random.Random(9102)
    d = Doc("nazran_informaciya_2023", "rtf", "город Назрань", as_of="2023-05-31", author="Мальсагова Х.А.")
    for name, cl in NAZRAN_TOP:
        d.org(name, cl)

    def gen():
        rows = []
        for name, cl in NAZRAN_TOP:
            tot = rng.randint(520, 1150)
            e = int(tot * rng.uniform(21.5, 29.5) / 100)
            rows.append((name, tot, e))
        T = rng.randint(21000, 23500)
        E = rng.randint(2650, 2950)
        M = rng.randint(520, 700)
        P = rng.randint(290, 360)
        return rows, T, E, M, P

    def valid(data):
        rows, T, E, M, P = data
        E4 = sum(r[2] for r in rows)
        return (all(safe(r[2] / r[1] * 100) for r in rows) and safe((E + M) / T * 100) and safe(M / (E + M) * 100)
                and safe(E4 / E * 100) and rows[0][2] / rows[0][1] == max(r[2] / r[1] for r in rows))
    rows, T, E, M, P = retry(gen, valid)
    E4 = sum(r[2] for r in rows)

    d.head("МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ РЕСПУБЛИКИ ИНГУШЕТИЯ")
    d.title("ИНФОРМАЦИЯ\nо реализации программ наставничества в общеобразовательных организациях г. Назрань\n"
            "в 2022/2023 учебном году (по состоянию на 31.05.2023)")
    d.p("Информация подготовлена во исполнение письма Министерства просвещения Российской Федерации от 14.04.2023 "
        "№ 02-1/2219 по итогам сбора сведений от общеобразовательных организаций г. Назрань (далее – ОО).")
    d.p("В 2022/2023 учебном году программы наставничества реализовывались во всех 16 ОО города. Форма «ученик – "
        "ученик» применяется во всех 16 ОО, «учитель – учитель» – в 15, «студент – ученик» – в 6 ОО (во "
        "взаимодействии с ФГБОУ ВО «Ингушский государственный университет»), «работодатель – ученик» – в 3 ОО.")
    d.p(f"В программы наставничества вовлечены {n(E + M + P, NNB)} человек, в том числе {n(E + M, NNB)} обучающихся и "
        f"{P} педагогов. Охват обучающихся программами наставничества составил {pc((E + M) / T * 100)}% от общей "
        f"численности обучающихся города ({n(T, NNB)} чел.).")
    d.c_comp("students_involved", f"{E + M + P} = {E + M} обучающихся + {P} педагогов", n(E + M + P), [E + M, P])
    d.c_share("students_involved", "охват обучающихся от численности (знаменатель из текста)", pc((E + M) / T * 100),
              E + M, T)
    m_stated = pc(M / (E + M) * 100 + 2.0)      # PLANTED: the share of mentors is 2 points too high
    d.p(f"Из {n(E + M, NNB)} вовлечённых обучающихся {M} выступают в роли наставника ({m_stated}%), "
        f"{n(E, NNB)} – в роли наставляемого.")
    d.c_comp("students_involved", f"{E + M} = {M} наставников + {E} наставляемых", n(E + M), [M, E])
    d.c_share("mentors", "доля наставников от вовлечённых обучающихся", m_stated, M, E + M, planted=True)
    d.p("Наиболее высокий охват обучающихся в роли наставляемого достигнут в четырёх организациях (таблица).")
    d.c_count("organizations", "«в четырёх организациях» (строк таблицы)", 4, len(rows))
    t = Table(5, widths=[1.0, 7.4, 2.9, 3.2, 2.5], font=11, hfont=10,
              caption="Таблица. ОО с наиболее высоким охватом обучающихся программами наставничества")
    t.hrow("№", "Организация", "Обучающихся, чел.", "Из них в роли наставляемого, чел.", "Доля, %")
    for k, (name, tot, e) in enumerate(rows, 1):
        t.row("org", [str(k), name, F(n(tot, NNB), name, "students_total"), F(str(e), name, "mentees"),
                      F(pc(e / tot * 100), name, "mentee_share_pct")])
    d.table(t)
    for name, tot, e in rows:
        d.c_share("mentee_share_pct", f"{name}: доля", pc(e / tot * 100), e, tot)
    lyc = rows[0]
    d.p(f"В этих организациях в роли наставляемого вовлечены {n(E4, NNB)} обучающихся – {pc(E4 / E * 100)}% от общего "
        f"числа наставляемых по городу. Лидирует ГБОУ «Лицей № 1»: {pc(lyc[2] / lyc[1] * 100)}% ({lyc[2]} "
        f"{plural(lyc[2], 'человек', 'человека', 'человек')} из {lyc[1]}).")
    d.c_sum("mentees", "в тексте: наставляемых в четырёх ОО таблицы", n(E4), [r[2] for r in rows])
    d.c_share("mentees", "доля четырёх ОО от наставляемых по городу", pc(E4 / E * 100), E4, E)
    d.c_share("mentee_share_pct", "ГБОУ «Лицей № 1»: X% (e человек из tot)", pc(lyc[2] / lyc[1] * 100), lyc[2], lyc[1])
    d.p("В 2023/2024 учебном году планируется увеличить число ОО, реализующих форму «работодатель – ученик», "
        "и обеспечить прохождение полного цикла программ наставничества не менее чем двумя третями наставнических "
        "пар.")
    d.plain("Приложение: на 1 л. в 1 экз.")
    d.sign("Заместитель министра                                                    А.Б. Котиев\n"
           "Исп.: Мальсагова Х.А., 8 (8732) 22-41-05")
    return d


# ------------------------------------------------------------------ 3. Сунженский район (doc; per-form columns with dashes «не реализуется»)
SUNZHA = [  # (name, cluster, short name for the text, forms)
    ("ГБОУ «СОШ № 1 с.п. Троицкое»", "sunzha/troitskoe-1", "СОШ № 1 с.п. Троицкое", {UU, TT, SU, RU}),
    ("ГБОУ «СОШ № 2 с.п. Троицкое»", "sunzha/troitskoe-2", "СОШ № 2 с.п. Троицкое", {UU, TT, SU}),
    ("ГБОУ «СОШ № 3 с.п. Троицкое»", "sunzha/troitskoe-3", "СОШ № 3 с.п. Троицкое", {UU, TT}),
    ("ГБОУ «СОШ № 1 с.п. Нестеровское»", "sunzha/nesterovskoe-1", "СОШ № 1 с.п. Нестеровское", {UU, TT, SU, RU}),
    ("ГБОУ «СОШ № 2 с.п. Нестеровское»", "sunzha/nesterovskoe-2", "СОШ № 2 с.п. Нестеровское", {UU, TT}),
    ("ГБОУ «СОШ № 1 с.п. Галашки»", "sunzha/galashki-1", "СОШ № 1 с.п. Галашки", {UU, TT, RU}),
    ("ГБОУ «ООШ с.п. Галашки»", "sunzha/galashki-oosh", "ООШ с.п. Галашки", {UU}),
    ("ГБОУ «СОШ с.п. Алхасты»", "sunzha/alkhasty", "СОШ с.п. Алхасты", {UU, TT}),
    ("ГБОУ «СОШ с.п. Алкун»", "sunzha/alkun", "СОШ с.п. Алкун", {UU, TT}),
    ("Филиал ГБОУ «СОШ с.п. Алкун» в с. Даттых", "sunzha/alkun-dattykh", "филиал СОШ с.п. Алкун в с. Даттых", {UU}),
    ("ГБОУ «ООШ с. Мужичи»", "sunzha/muzhichi", "ООШ с. Мужичи", {UU, TT}),
    ("ГБОУ «СОШ-ДС с.п. Чемульга»", "sunzha/chemulga", "СОШ-ДС с.п. Чемульга", {UU, TT}),
]


@builder
def doc_sunzha():
    rng = random.Random(9103)
    d = Doc("sunzha_formy_2022", "doc", "Сунженский район", as_of="2022-12-26", author="Дзауров М.И.")
    forms = [UU, TT, SU, RU]
    for name, cl, _, _ in SUNZHA:
        d.org(name, cl)

    def gen():
        rows = []
        for name, cl, short, fs in SUNZHA:
            me = {}
            for f in forms:
                if f not in fs:
                    me[f] = 0
                elif f == UU:
                    me[f] = rng.randint(6, 15) if ("ООШ" in name or "Филиал" in name) else rng.randint(18, 64)
                elif f == TT:
                    me[f] = rng.randint(2, 7)
                elif f == SU:
                    me[f] = rng.randint(5, 14)
                else:
                    me[f] = rng.randint(3, 10)
            tot = sum(me.values())
            mt = max(2, int(tot * rng.uniform(0.42, 0.66)))
            sh = rnd(rng.uniform(6.5, 19.5))
            rows.append((name, short, me, mt, sh))
        return rows

    def valid(rows):
        shs = [r[4] for r in rows]
        ME = sum(sum(r[2].values()) for r in rows)
        MT = sum(r[3] for r in rows)
        return (safe(sum(shs) / len(shs)) and safe(ME / MT) and 3 <= sum(1 for s in shs if s < 10) <= 4
                and all(abs(s - 10) > 0.25 for s in shs))
    rows = retry(gen, valid)
    tot = {f: sum(r[2][f] for r in rows) for f in forms}
    ME = sum(tot.values())
    MT = sum(r[3] for r in rows)

    d.head("ГОСУДАРСТВЕННОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ\n«СУНЖЕНСКИЙ РАЙОННЫЙ ОТДЕЛ ОБРАЗОВАНИЯ»")
    d.title("Аналитическая справка\nо реализации форм наставничества в общеобразовательных организациях "
            "Сунженского муниципального района\nза 2022 год (на 26.12.2022)")
    d.p("Справка подготовлена по итогам мониторинга, проведённого в соответствии с приказом Министерства образования "
        "и науки Республики Ингушетия от 14.11.2022 № 1127-п. Мониторинг охватывал численность наставляемых и "
        "наставников в разрезе форм наставничества, установленных " + P145_SHORT + ", а также долю обучающихся в "
        "возрасте от 10 до 19 лет, вовлечённых в программы наставничества в роли наставляемого.")
    d.p(f"В 2022 году программы наставничества реализовывались в {len(rows)} общеобразовательных организациях района "
        f"(далее – ОО), включая филиал ГБОУ «СОШ с.п. Алкун» в с. Даттых.")
    d.c_count("organizations", "программы реализовывались в N ОО", len(rows), len(rows))
    t = Table(8, widths=[0.9, 5.1, 1.9, 1.9, 1.9, 2.1, 1.8, 2.1], font=10, hfont=9, caption="Таблица 1",
              note="Примечание: «–» – форма наставничества в ОО не реализуется.")
    t.hrow(Cell("№ п/п", rs=2), Cell("Общеобразовательная организация", rs=2),
           Cell("Количество наставляемых по формам наставничества, чел.", cs=4),
           Cell("Количество наставников, чел.", rs=2),
           Cell("Доля обучающихся 10–19 лет в роли наставляемого, %", rs=2))
    t.hrow(*[FQ[f] for f in forms])
    for k, (name, short, me, mt, sh) in enumerate(rows, 1):
        t.row("org", [str(k), name] + [F(z(me[f]), name, "mentees", f) for f in forms]
              + [F(str(mt), name, "mentors"), F(pc(sh), name, "mentee_share_pct")])
    t.row("total", ["", "Всего по району"] + [str(tot[f]) for f in forms] + [str(MT), "х"])
    d.table(t)
    for f in forms:
        d.c_sum("mentees", f"строка «Всего по району», форма {FQ[f]}", str(tot[f]), [r[2][f] for r in rows])
    d.c_sum("mentors", "строка «Всего по району», наставников", str(MT), [r[3] for r in rows])

    impl = {f: [r[1] for r in rows if r[2][f] > 0] for f in forms}
    ru_stated = len(impl[RU]) + 1          # PLANTED: one more ОО than the table gives
    d.p(f"Форма «ученик – ученик» реализуется во всех {len(impl[UU])} ОО, «учитель – учитель» – в {len(impl[TT])}, "
        f"«студент – ученик» – в {len(impl[SU])}, «работодатель – ученик» – в {ru_stated} ОО. Форму «студент – "
        f"ученик» реализуют СОШ № 1, 2 с.п. Троицкое и СОШ № 1 с.п. Нестеровское во взаимодействии с ФГБОУ ВО "
        f"«Ингушский государственный университет». Не реализуют форму «учитель – учитель» ООШ с.п. Галашки и филиал "
        f"СОШ с.п. Алкун в с. Даттых: молодых специалистов в этих ОО нет.")
    d.c_count("mentees", "«ученик – ученик» во всех N ОО", len(impl[UU]), len(impl[UU]))
    d.c_count("mentees", "«учитель – учитель» – в N ОО", len(impl[TT]), len(impl[TT]))
    d.c_count("mentees", "«студент – ученик» – в N ОО", len(impl[SU]), len(impl[SU]))
    d.c_count("mentees", "«работодатель – ученик» – в N ОО", ru_stated, len(impl[RU]), planted=True)
    d.c_member("mentees", "форму «студент – ученик» реализуют",
               ["СОШ № 1 с.п. Троицкое", "СОШ № 2 с.п. Троицкое", "СОШ № 1 с.п. Нестеровское"], impl[SU])
    d.c_member("mentees", "не реализуют форму «учитель – учитель»",
               ["ООШ с.п. Галашки", "филиал СОШ с.п. Алкун в с. Даттых"], [r[1] for r in rows if r[2][TT] == 0])
    pupils = tot[UU] + tot[SU] + tot[RU]
    d.p(f"Всего наставляемых – {ME} чел., из них {pupils} обучающихся (формы «ученик – ученик», «студент – ученик», "
        f"«работодатель – ученик») и {tot[TT]} {plural(tot[TT], 'педагог', 'педагога', 'педагогов')}; "
        f"наставников – {MT} чел. На одного наставника в среднем "
        f"приходится {pc(ME / MT)} наставляемого.")
    d.c_sum("mentees", "в тексте: наставляемых всего (все формы)", str(ME), [r[2][f] for r in rows for f in forms])
    d.c_comp("mentees", f"{ME} = {pupils} обучающихся + {tot[TT]} педагогов", str(ME), [pupils, tot[TT]])
    d.c_sum("mentees", "в тексте: обучающихся (три формы)", str(pupils),
            [r[2][f] for r in rows for f in (UU, SU, RU)])
    d.c_sum("mentees", "в тексте: педагогов («учитель – учитель»)", str(tot[TT]), [r[2][TT] for r in rows])
    d.c_sum("mentors", "в тексте: наставников", str(MT), [r[3] for r in rows])
    d.c_ratio("mentees", "наставляемых на одного наставника", pc(ME / MT), ME, MT)
    shs = [r[4] for r in rows]
    below = sum(1 for s in shs if s < 10)
    d.p(f"Доля обучающихся 10–19 лет, вовлечённых в программы наставничества в роли наставляемого, в среднем по "
        f"району – {pc(sum(shs) / len(shs))}%; ниже 10% она в {below} ОО. Руководителям ОО рекомендовано обеспечить "
        f"достижение значения показателя не менее 10% к 01.06.2023.")
    d.c_mean("mentee_share_pct", "в среднем по району (среднее по строкам)", pc(sum(shs) / len(shs)), shs)
    d.c_count("mentee_share_pct", "ниже 10% в N ОО", below, below)
    d.sign("Начальник ГКУ «Сунженский РОО»                                          М.И. Дзауров\n"
           "Исп.: Султыгова З.Б., тел. 8 (8734) 72-15-61")
    return d


# ------------------------------------------------------------------ 4. город Аргун (pdf, no ruling lines, three-level header)
ARGUN = [  # (name, cluster, short, mentee band, mentor band)
    ("МБОУ «СОШ № 1» г. Аргун", "argun/school-1", "СОШ № 1", "a", "ok"),
    ("МБОУ «СОШ № 2» г. Аргун", "argun/school-2", "СОШ № 2", "b", "ok"),
    ("МБОУ «СОШ № 3» г. Аргун", "argun/school-3", "СОШ № 3", "c", "low"),
    ("МБОУ «СОШ № 4» г. Аргун", "argun/school-4", "СОШ № 4", "b", "ok"),
    ("МБОУ «СОШ № 5» г. Аргун", "argun/school-5", "СОШ № 5", "c", "ok"),
    ("МБОУ «СОШ № 6» г. Аргун", "argun/school-6", "СОШ № 6", "b", "low"),
    ("МБОУ «СОШ № 7» г. Аргун", "argun/school-7", "СОШ № 7", "c", "ok"),
    ("МБОУ «СОШ № 8» г. Аргун", "argun/school-8", "СОШ № 8", "c", "low"),
    ("МБОУ «Гимназия № 9» г. Аргун", "argun/gymnasium-9", "Гимназия № 9", "a", "ok"),
    ("МБОУ «СОШ № 10» г. Аргун", "argun/school-10", "СОШ № 10", "b", "ok"),
    ("МБОУ «ООШ № 11» г. Аргун", "argun/oosh-11", "ООШ № 11", "c", "ok"),
    ("МБОУ «Лицей» г. Аргун", "argun/lyceum", "Лицей", "a", "ok"),
]


@builder
def doc_argun():
    rng = random.Random(9104)
    d = Doc("argun_monitoring_2023", "pdf", "город Аргун", as_of="2023-04-28", landscape=True,
            author="Висаитова Р.С.")
    for name, cl, _, _, _ in ARGUN:
        d.org(name, cl)
    ebands = {"a": (20.6, 24.5), "b": (15.6, 19.4), "c": (10.6, 14.4)}
    mbands = {"ok": (5.6, 10.5), "low": (3.0, 4.6)}

    def gen():
        rows = []
        for name, cl, short, eb, mb in ARGUN:
            tot = rng.randint(260, 420) if "ООШ" in name else rng.randint(640, 1420)
            e = int(tot * rng.uniform(*ebands[eb]) / 100)
            m = int(tot * rng.uniform(*mbands[mb]) / 100)
            tch = rng.randint(8, 27)
            rows.append((name, short, tot, e, m, tch))
        return rows

    def valid(rows):
        for r in rows:
            if not (safe(r[3] / r[2] * 100) and safe(r[4] / r[2] * 100)):
                return False
        T, E, M = (sum(r[i] for r in rows) for i in (2, 3, 4))
        ms = [parse_num(pc(r[4] / r[2] * 100)) for r in rows]
        raw = [r[4] / r[2] * 100 for r in rows]
        return (safe(E / T * 100) and safe(M / T * 100) and safe(sum(ms) / len(ms))
                and rnd(sum(ms) / len(ms)) == rnd(sum(raw) / len(raw)) and T > 10000 and E / T * 100 > 15.3
                and abs(rnd(sum(ms) / len(ms)) - rnd(M / T * 100)) >= 0.3)
    rows = retry(gen, valid)
    T, E, M, P = (sum(r[i] for r in rows) for i in (2, 3, 4, 5))

    d.head("Мэрия города Аргун\nМУНИЦИПАЛЬНОЕ УЧРЕЖДЕНИЕ «УПРАВЛЕНИЕ ОБРАЗОВАНИЯ Г. АРГУН»")
    d.title("СПРАВКА\nпо результатам мониторинга показателей вовлечённости обучающихся и педагогов в программы "
            "наставничества\nв общеобразовательных организациях города Аргун (на 28.04.2023)")
    d.p("Мониторинг проведён на основании приказа МУ «Управление образования г. Аргун» от 03.04.2023 № 58-од во "
        "исполнение приказа Министерства образования и науки Чеченской Республики от 02.10.2020 № 1425-п «О внедрении "
        "целевой модели наставничества». В мониторинге участвовали все общеобразовательные организации города (далее – "
        "ОО). Доли рассчитаны от численности обучающихся в возрасте 10–19 лет по данным ОО на 01.04.2023.")
    t = Table(8, widths=[1.0, 6.6, 3.3, 3.1, 2.3, 3.1, 2.3, 3.0], font=10, hfont=9, ruled=False, hbold=False,
              caption="Таблица 1")
    t.hrow(Cell("№", rs=3), Cell("Образовательная организация", rs=3),
           Cell("Численность обучающихся в возрасте 10–19 лет, чел.", rs=3),
           Cell("Участники программ наставничества", cs=5))
    t.hrow(Cell("обучающиеся", cs=4), Cell("педагоги, чел.", rs=2))
    t.hrow("в роли наставляемого, чел.", "доля, %", "в роли наставника, чел.", "доля, %")
    for k, (name, short, tot, e, m, tch) in enumerate(rows, 1):
        t.row("org", [str(k), name, F(n(tot, NB), name, "students_total"), F(str(e), name, "mentees"),
                      F(pc(e / tot * 100), name, "mentee_share_pct"), F(str(m), name, "mentors"),
                      F(pc(m / tot * 100), name, "mentor_share_pct"), F(str(tch), name, "teachers_involved")])
    t.row("total", ["", "Итого по городу", n(T, NB), n(E, NB), pc(E / T * 100), str(M), pc(M / T * 100), str(P)])
    d.table(t)
    for name, short, tot, e, m, tch in rows:
        d.c_share("mentee_share_pct", f"{name}: доля наставляемых", pc(e / tot * 100), e, tot)
        d.c_share("mentor_share_pct", f"{name}: доля наставников", pc(m / tot * 100), m, tot)
    d.c_sum("students_total", "строка «Итого по городу», численность", n(T), [r[2] for r in rows])
    d.c_sum("mentees", "строка «Итого по городу», наставляемые", n(E), [r[3] for r in rows])
    d.c_share("mentee_share_pct", "строка «Итого по городу», доля наставляемых", pc(E / T * 100), E, T)
    d.c_sum("mentors", "строка «Итого по городу», наставники", str(M), [r[4] for r in rows])
    d.c_share("mentor_share_pct", "строка «Итого по городу», доля наставников", pc(M / T * 100), M, T)
    d.c_sum("teachers_involved", "строка «Итого по городу», педагоги", str(P), [r[5] for r in rows])

    esh = [parse_num(pc(r[3] / r[2] * 100)) for r in rows]
    k15 = sum(1 for s in esh if s > 15)
    k20 = sum(1 for s in esh if s > 20)
    assert k15 == 7 and k20 == 3
    d.p(f"Доля обучающихся в роли наставляемого по городу составила {pc(E / T * 100)}% ({n(E, NB)} из {n(T, NB)} "
        f"обучающихся 10–19 лет), что выше целевого значения на 2023 год (не менее 15%). Более половины школ "
        f"({k15} из {len(rows)}) имеют показатель выше 15%, выше 20% – {k20 + 1} ОО.")
    d.c_share("mentee_share_pct", "в тексте: доля наставляемых по городу", pc(E / T * 100), E, T)
    d.c_sum("mentees", "в тексте: наставляемых", n(E), [r[3] for r in rows])
    d.c_sum("students_total", "в тексте: обучающихся 10–19 лет", n(T), [r[2] for r in rows])
    d.c_target("mentee_share_pct", "выше целевого значения (не менее 15%)", 15, E / T * 100)
    d.c_count("mentee_share_pct", "школ с показателем выше 15%", k15, k15)
    d.c_count("organizations", "… из N школ", len(rows), len(rows))
    d.c_target("mentee_share_pct", "более половины школ имеют показатель выше 15%", 50, k15 / len(rows) * 100)
    # PLANTED: four ОО are said to exceed 20%, the table gives three
    d.c_count("mentee_share_pct", "выше 20% – N ОО", k20 + 1, k20, planted=True)
    msh = [parse_num(pc(r[4] / r[2] * 100)) for r in rows]
    low = [r[1] for r, s in zip(rows, msh) if s < 5]
    assert low == ["СОШ № 3", "СОШ № 6", "СОШ № 8"]
    d.p(f"Доля обучающихся в роли наставника по городу – {pc(M / T * 100)}%, средняя по школам – "
        f"{pc(sum(msh) / len(msh))}%. Ниже 5% доля наставников в СОШ № 3, 6 и 8. В программах наставничества "
        f"задействованы {P} педагогов.")
    d.c_share("mentor_share_pct", "в тексте: доля наставников по городу", pc(M / T * 100), M, T)
    d.c_mean("mentor_share_pct", "средняя по школам доля наставников", pc(sum(msh) / len(msh)), msh)
    d.c_member("mentor_share_pct", "ниже 5%: СОШ № 3, 6 и 8", ["СОШ № 3", "СОШ № 6", "СОШ № 8"], low)
    d.c_sum("teachers_involved", "в тексте: педагогов", str(P), [r[5] for r in rows])
    d.p("Рекомендовано руководителям СОШ № 3, 6 и 8 в срок до 15.05.2023 включить в программы наставничества "
        "форму «ученик – ученик» для обучающихся 9–11 классов.")
    d.sign("Начальник МУ «Управление образования г. Аргун»                              Р.С. Висаитова\n"
           "Исп.: Мусаева Л.А., 8 (8712) 29-44-63")
    return d


# ------------------------------------------------------------------ 5. Гудермесский район (docx; young teachers, merged «нет молодых специалистов», summary by territory)
GUDERMES = [  # (name, cluster, group c|r)
    ("МБОУ «СОШ № 1 г. Гудермес»", "gudermes/school-1", "c"),
    ("МБОУ «СОШ № 2 г. Гудермес»", "gudermes/school-2", "c"),
    ("МБОУ «СОШ № 3 г. Гудермес»", "gudermes/school-3", "c"),
    ("МБОУ «СОШ № 4 г. Гудермес»", "gudermes/school-4", "c"),
    ("МБОУ «СОШ № 5 г. Гудермес»", "gudermes/school-5", "c"),
    ("МБОУ «Гимназия № 1 г. Гудермес»", "gudermes/gymnasium-1", "c"),
    ("МБОУ «СОШ № 7 г. Гудермес»", "gudermes/school-7", "c"),
    ("МБОУ «Ойсхарская СОШ № 1»", "gudermes/oyskhara-1", "r"),
    ("МБОУ «Ойсхарская СОШ № 2»", "gudermes/oyskhara-2", "r"),
    ("МБОУ «Кошкельдинская СОШ»", "gudermes/koshkeldy", "r"),
    ("Гордалинский филиал МБОУ «Кошкельдинская СОШ»", "gudermes/koshkeldy-gordali", "r"),
    ("МБОУ «Джалкинская СОШ № 1»", "gudermes/dzhalka-1", "r"),
    ("МБОУ «Джалкинская СОШ № 2»", "gudermes/dzhalka-2", "r"),
    ("МБОУ «Брагунская СОШ»", "gudermes/braguny", "r"),
    ("МБОУ «Нижне-Нойберская СОШ»", "gudermes/nizhny-noyber", "r"),
    ("МБОУ «Энгель-Юртовская СОШ»", "gudermes/engel-yurt", "r"),
    ("МБОУ «Илсхан-Юртовская СОШ»", "gudermes/ilskhan-yurt", "r"),
    ("МБОУ «Мелчхинская СОШ»", "gudermes/melchkhi", "r"),
    ("МБОУ «Азамат-Юртовская ООШ»", "gudermes/azamat-yurt", "r"),
]
GUD_NONE = {"Гордалинский филиал МБОУ «Кошкельдинская СОШ»", "МБОУ «Азамат-Юртовская ООШ»"}
GUD_TYPO = "МБОУ «Брагунская СОШ»"         # its share is misprinted


@builder
def doc_gudermes():
    rng = random.Random(9105)
    d = Doc("gudermes_molodye_2022", "docx", "Гудермесский район", as_of="2022-10-05", author="Байсултанова З.Х.")
    for name, cl, _ in GUDERMES:
        d.org(name, cl)

    def gen():
        data = {}
        for name, cl, grp in GUDERMES:
            if name in GUD_NONE:
                data[name] = None
                continue
            if name == GUD_TYPO:
                y, m = 6, 4
            else:
                y = rng.randint(3, 9) if grp == "c" else rng.randint(1, 6)
                if rng.random() < (0.6 if grp == "c" else 0.4):
                    m = y
                else:
                    m = rng.randint(max(1, y // 2), y - 1) if y >= 2 else y
            mt = max(1, m - rng.randint(0, 1))
            data[name] = (y, m, mt)
        return data

    def valid(data):
        vals = [(name, grp, data[name]) for name, cl, grp in GUDERMES if data[name]]
        if not all(safe(v[1] / v[0] * 100) for _, _, v in vals):
            return False
        c = [v for _, grp, v in vals if grp == "c"]
        r = [v for _, grp, v in vals if grp == "r"]
        Yc, Mc = sum(v[0] for v in c), sum(v[1] for v in c)
        Yr, Mr = sum(v[0] for v in r), sum(v[1] for v in r)
        full = sum(1 for _, _, v in vals if v[0] == v[1])
        return (safe(Mc / Yc * 100) and safe(Mr / Yr * 100) and safe((Mc + Mr) / (Yc + Yr) * 100)
                and safe((Mr + 3) / Yr * 100) and Mc / Yc > Mr / Yr + 0.05 and 7 <= full <= 10 and Mr + 3 <= Yr)
    data = retry(gen, valid)
    O = [g_[0] for g_ in GUDERMES]
    vals = [(o, data[o]) for o in O if data[o]]
    Y, M, MT = (sum(v[i] for _, v in vals) for i in range(3))

    d.head("МУНИЦИПАЛЬНОЕ УЧРЕЖДЕНИЕ\n«ГУДЕРМЕССКИЙ РАЙОННЫЙ ОТДЕЛ ОБРАЗОВАНИЯ»")
    d.title("Информационная справка\nо закреплении наставников за молодыми специалистами общеобразовательных "
            "организаций Гудермесского муниципального района\n(на 05.10.2022)")
    d.p("В соответствии с планом мероприятий («дорожной картой») внедрения целевой модели наставничества в "
        "Гудермесском муниципальном районе и приказом МУ «Гудермесский РОО» от 01.09.2022 № 214-од проведён сбор "
        "сведений о молодых специалистах (педагогах со стажем работы до 3 лет) и их закреплении за наставниками в "
        "рамках формы наставничества «учитель – учитель». Сведения представлены всеми "
        f"{len(O)} общеобразовательными организациями района (далее – ОО), включая Гордалинский филиал МБОУ "
        "«Кошкельдинская СОШ».")
    d.c_count("organizations", "сведения представлены всеми N ОО", len(O), len(O))
    t = Table(6, widths=[0.9, 6.0, 2.6, 2.6, 2.0, 2.9], font=10, hfont=9,
              caption="Таблица 1. Закрепление наставников за молодыми специалистами")
    t.hrow("№ п/п", "Наименование ОО", "Молодых специалистов (стаж до 3 лет), чел.",
           "Из них закреплены за наставниками, чел.", "Доля закреплённых, %",
           "Наставников (форма «учитель – учитель»), чел.")
    printed = {}
    for k, name in enumerate(O, 1):
        v = data[name]
        if v is None:
            t.row("org", [str(k), name,
                          Cell("нет молодых специалистов", cs=4, align="center", italic=True,
                               facts=[(name, "young_teachers", "", ""), (name, "young_teacher_mentees", "", ""),
                                      (name, "young_teacher_mentee_share_pct", "", ""), (name, "mentors", TT, "")])])
            continue
        y, m, mt = v
        sh = "100,0" if m == y else pc(m / y * 100)
        if name == GUD_TYPO:
            sh = pc(m / y * 100 + 10)        # PLANTED: 66,7 is misprinted as 76,7
        printed[name] = sh
        t.row("org", [str(k), name, F(str(y), name, "young_teachers"), F(str(m), name, "young_teacher_mentees"),
                      F(sh, name, "young_teacher_mentee_share_pct"), F(str(mt), name, "mentors", TT)])
    t.row("total", ["", "Всего по району", str(Y), str(M), pc(M / Y * 100), str(MT)])
    d.table(t)
    for name, (y, m, mt) in vals:
        d.c_share("young_teacher_mentee_share_pct", f"{name}: доля закреплённых", printed[name], m, y,
                  planted=name == GUD_TYPO)
    d.c_sum("young_teachers", "строка «Всего по району», молодых специалистов", str(Y), [v[0] for _, v in vals])
    d.c_sum("young_teacher_mentees", "строка «Всего по району», закреплены", str(M), [v[1] for _, v in vals])
    d.c_share("young_teacher_mentee_share_pct", "строка «Всего по району», доля", pc(M / Y * 100), M, Y)
    d.c_sum("mentors", "строка «Всего по району», наставников", str(MT), [v[2] for _, v in vals])

    full = [o for o, v in vals if v[0] == v[1]]
    none = [o for o in O if data[o] is None]
    d.p(f"Молодые специалисты работают в {len(vals)} из {len(O)} ОО; в двух ОО (Гордалинский филиал МБОУ "
        f"«Кошкельдинская СОШ» и МБОУ «Азамат-Юртовская ООШ») молодых специалистов нет. Всего в ОО района работают "
        f"{Y} молодых {plural(Y, 'специалист', 'специалиста', 'специалистов')}, из них {M} ({pc(M / Y * 100)}%) "
        f"закреплены за наставниками; наставническую деятельность осуществляют {MT} "
        f"{plural(MT, 'педагог', 'педагога', 'педагогов')}. Все молодые специалисты закреплены за наставниками в "
        f"{len(full)} ОО.")
    d.c_count("young_teachers", "молодые специалисты работают в N ОО", len(vals), len(vals))
    d.c_count("organizations", "… из N ОО", len(O), len(O))
    d.c_count("young_teachers", "«в двух ОО» молодых специалистов нет", 2, len(none))
    d.c_member("young_teachers", "ОО без молодых специалистов",
               ["Гордалинский филиал МБОУ «Кошкельдинская СОШ»", "МБОУ «Азамат-Юртовская ООШ»"], none)
    d.c_sum("young_teachers", "в тексте: молодых специалистов", str(Y), [v[0] for _, v in vals])
    d.c_sum("young_teacher_mentees", "в тексте: закреплены за наставниками", str(M), [v[1] for _, v in vals])
    d.c_share("young_teacher_mentee_share_pct", "в тексте: доля закреплённых", pc(M / Y * 100), M, Y)
    d.c_sum("mentors", "в тексте: наставников", str(MT), [v[2] for _, v in vals])
    d.c_count("young_teacher_mentee_share_pct", "все закреплены в N ОО", len(full), len(full))

    grp = {name: gr for name, cl, gr in GUDERMES}
    c = [v for o, v in vals if grp[o] == "c"]
    r = [v for o, v in vals if grp[o] == "r"]
    Yc, Mc = sum(v[0] for v in c), sum(v[1] for v in c)
    Yr, Mr = sum(v[0] for v in r), sum(v[1] for v in r)
    Mr_pr = Mr + 3                   # PLANTED: table 2 gives 3 more закреплённых in the villages than table 1
    t2 = Table(4, widths=[6.4, 3.4, 3.4, 3.0], font=10, hfont=9,
               caption="Таблица 2. Сведения в разрезе территорий")
    t2.hrow("Территория", "Молодых специалистов, чел.", "Закреплены за наставниками, чел.", "Доля, %")
    t2.row("data", [Cell("г. Гудермес", align="left"), str(Yc), str(Mc), pc(Mc / Yc * 100)])
    t2.row("data", [Cell("Сельские поселения", align="left"), str(Yr), str(Mr_pr), pc(Mr_pr / Yr * 100)])
    t2.row("total", [Cell("Всего по району", align="left"), str(Y), str(M), pc(M / Y * 100)])
    d.table(t2)
    d.c_share("young_teacher_mentee_share_pct", "таблица 2, г. Гудермес: доля", pc(Mc / Yc * 100), Mc, Yc)
    # agrees with its own (wrong) row of table 2, not with the rural ОО of table 1
    d.c_share("young_teacher_mentee_share_pct", "таблица 2, сельские поселения: доля (верна по строке таблицы 2, "
              "не по таблице 1)", pc(Mr_pr / Yr * 100), Mr_pr, Yr, status="either")
    d.c_share("young_teacher_mentee_share_pct", "таблица 2, «Всего по району»: доля", pc(M / Y * 100), M, Y)
    d.c_sum("young_teachers", "таблица 2, «Всего по району», молодых специалистов", str(Y), [Yc, Yr])
    # equals table 1 and the sum of table 1, not the sum of table 2 rows (one of which is wrong)
    d.c_sum("young_teacher_mentees", "таблица 2, «Всего по району», закреплены (равно таблице 1, не сумме строк "
            "таблицы 2)", str(M), [Mc, Mr_pr], status="either")
    d.c_cross("young_teachers", "таблица 2, г. Гудермес, против ОО города в таблице 1", str(Yc), Yc)
    d.c_cross("young_teacher_mentees", "таблица 2, г. Гудермес, против ОО города в таблице 1", str(Mc), Mc)
    d.c_cross("young_teachers", "таблица 2, сельские поселения, против сельских ОО в таблице 1", str(Yr), Yr)
    d.c_cross("young_teacher_mentees", "таблица 2, сельские поселения, против сельских ОО в таблице 1", str(Mr_pr),
              Mr, planted=True)
    d.c_cross("young_teachers", "таблица 2, «Всего по району», против таблицы 1", str(Y), Y)
    d.c_cross("young_teacher_mentees", "таблица 2, «Всего по району», против таблицы 1", str(M), M)
    d.p(f"Наиболее высокая доля закреплённых молодых специалистов – в ОО г. Гудермес ({pc(Mc / Yc * 100)}%). "
        f"Руководителям ОО, в которых закреплены не все молодые специалисты, в срок до 20.10.2022 издать приказы о "
        f"закреплении наставников и внести сведения в региональную базу наставников.")
    d.c_share("young_teacher_mentee_share_pct", "в тексте: доля в ОО г. Гудермес", pc(Mc / Yc * 100), Mc, Yc)
    d.sign("Начальник МУ «Гудермесский РОО»                                        З.Х. Байсултанова")
    return d


# ------------------------------------------------------------------ 6. Гудермесский район, приказ (doc; nothing to recompute)
@builder
def doc_gudermes_prikaz():
    d = Doc("gudermes_prikaz_47od_2023", "doc", "Гудермесский район", kind="приказ", doc_date="2023-03-14",
            doc_number="47-од", author="Байсултанова З.Х.")
    d.head("МУНИЦИПАЛЬНОЕ УЧРЕЖДЕНИЕ\n«ГУДЕРМЕССКИЙ РАЙОННЫЙ ОТДЕЛ ОБРАЗОВАНИЯ»\n(МУ «Гудермесский РОО»)")
    d.title("ПРИКАЗ")
    d.blocks.append(("dateline", ("14.03.2023", "г. Гудермес", "№ 47-од")))
    d.title("О проведении мониторинга реализации целевой модели наставничества\nв общеобразовательных организациях "
            "Гудермесского муниципального района в 2023 году")
    d.p("В соответствии с " + P145_SHORT + ", приказом Министерства образования и науки Чеченской Республики от "
        "02.10.2020 № 1425-п «О внедрении целевой модели наставничества», планом работы МУ «Гудермесский РОО» на "
        "2022/2023 учебный год и в целях оценки достижения показателей эффективности внедрения целевой модели "
        "наставничества")
    d.plain("ПРИКАЗЫВАЮ:")
    d.p("1. Провести мониторинг реализации целевой модели наставничества в общеобразовательных организациях "
        "Гудермесского муниципального района (далее – ОО) в период с 15 по 31 мая 2023 года.")
    d.p("2. Утвердить форму отчёта ОО о реализации программ наставничества (приложение 1) и перечень показателей "
        "мониторинга (приложение 2). Перечень включает 6 показателей, в том числе долю обучающихся в возрасте от 10 "
        "до 19 лет, вовлечённых в программы наставничества в роли наставляемого (целевое значение на 2023 год – не "
        "менее 15 процентов), и долю молодых специалистов, закреплённых за наставниками (не менее 90 процентов).")
    d.p("3. Руководителям ОО: 3.1. Назначить ответственных за представление сведений в срок до 20.03.2023. 3.2. "
        "Представить отчёт по утверждённой форме в МУ «Гудермесский РОО» на бумажном носителе и в электронном виде "
        "в срок до 26.05.2023. 3.3. Обеспечить достоверность представляемых сведений.")
    d.p("4. Методическому кабинету МУ «Гудермесский РОО» (Тасуева М.А.) обобщить результаты мониторинга и подготовить "
        "аналитическую справку в срок до 09.06.2023.")
    d.p("5. Признать утратившим силу приказ МУ «Гудермесский РОО» от 11.04.2022 № 63-од «О проведении мониторинга "
        "реализации целевой модели наставничества в 2022 году».")
    d.p("6. Контроль за исполнением настоящего приказа возложить на заместителя начальника МУ «Гудермесский РОО» "
        "Хадисова А.Р.")
    d.plain("Приложения: 1. Форма отчёта на 2 л. в 1 экз.\n2. Перечень показателей мониторинга на 1 л. в 1 экз.")
    d.sign("Начальник                                                                    З.Х. Байсултанова")
    d.plain("Исп.: Тасуева М.А., 8 (87152) 2-21-84")
    return d


# ------------------------------------------------------------------ 7. город Нарьян-Мар (txt, UTF-16, tab-separated)
NMAR = [  # (name, cluster, short, kind s|do|dou, forms count)
    ("ГБОУ НАО «Средняя школа № 1 г. Нарьян-Мара с углублённым изучением отдельных предметов»",
     "naryan-mar/school-1", "СШ № 1", "s", 4),
    ("ГБОУ НАО «Средняя школа № 2»", "naryan-mar/school-2", "СШ № 2", "s", 3),
    ("ГБОУ НАО «СШ № 3»", "naryan-mar/school-3", "СШ № 3", "s", 2),
    ("ГБОУ НАО «Средняя школа № 4»", "naryan-mar/school-4", "СШ № 4", "s", 4),
    ("ГБОУ НАО «Средняя школа № 5»", "naryan-mar/school-5", "СШ № 5", "s", 3),
    ("ГБОУ НАО «Ненецкая средняя школа им. А.П. Пырерки»", "naryan-mar/pyrerka", "Ненецкая СШ", "s", 3),
    ("ГБОУ НАО «Ненецкая санаторная школа-интернат»", "naryan-mar/boarding", "школа-интернат", "s", 2),
    ("ГБУ ДО НАО «Дворец детского творчества»", "naryan-mar/ddt", "ДДТ", "do", 2),
    ("ГБДОУ НАО «Детский сад «Ромашка»", "naryan-mar/kindergarten-romashka", "детский сад", "dou", 1),
]


@builder
def doc_naryanmar():
    rng = random.Random(9107)
    d = Doc("naryanmar_vovlechennost_2022", "txt", "город Нарьян-Мар", as_of="2022-12-15", enc="utf-16",
            txt_mode="tab")
    for name, cl, _, _, _ in NMAR:
        d.org(name, cl)

    def gen():
        rows = []
        for name, cl, short, kind, kf in NMAR:
            if kind == "dou":
                st, pr, tc, pe = 0, rng.randint(3, 6), 0, 0
                tc = pr * 2
            else:
                st = rng.randint(95, 260) if kind == "s" else rng.randint(120, 210)
                pr = int(st * rng.uniform(0.38, 0.62))
                tc = rng.randint(8, 26)
                pe = rng.randint(1, 5) if kf >= 3 or kind == "do" else 0
            rows.append((name, short, kf, pr, st, tc, pe))
        return rows

    def valid(rows):
        K = sum(r[2] for r in rows)
        return safe(K / len(rows)) and sum(r[4] for r in rows) > 1000
    rows = retry(gen, valid)
    K, PR, ST, TC, PE = (sum(r[i] for r in rows) for i in (2, 3, 4, 5, 6))

    d.head("Государственное бюджетное учреждение Ненецкого автономного округа\n"
           "«Ненецкий региональный центр развития образования»")
    d.title("Информация\nо вовлечении обучающихся и педагогов образовательных организаций г. Нарьян-Мара в программы "
            "наставничества\n(по состоянию на 15.12.2022)")
    d.p("Информация подготовлена в соответствии с приказом Департамента образования, культуры и спорта Ненецкого "
        "автономного округа от 21.09.2020 № 88 «О внедрении целевой модели наставничества» на основании отчётов "
        "образовательных организаций, расположенных на территории города Нарьян-Мара.")
    n_s = sum(1 for r in NMAR if r[3] == "s")
    d.p(f"В мониторинге приняли участие {len(rows)} организаций: {n_s} общеобразовательных организаций, организация "
        f"дополнительного образования и детский сад.")
    d.c_count("organizations", "в мониторинге приняли участие N организаций", len(rows), len(rows))
    d.c_count("organizations", "из них N общеобразовательных", n_s, n_s)
    t = Table(7)
    t.hrow("№ п/п", "Наименование организации", "Количество реализуемых форм наставничества, ед.",
           "Количество наставнических пар (групп), ед.", "Обучающихся, вовлечённых в наставничество, чел.",
           "Педагогов, вовлечённых в наставничество, чел.", "Предприятий (организаций), предоставивших наставников, ед.")
    for k, (name, short, kf, pr, st, tc, pe) in enumerate(rows, 1):
        t.row("org", [str(k), name, F(str(kf), name, "forms_count"), F(str(pr), name, "pairs"),
                      F(z(st, "-"), name, "students_involved"), F(str(tc), name, "teachers_involved"),
                      F(z(pe, "-"), name, "partner_enterprises")])
    pr_printed = PR + 10               # PLANTED: «Итого» of пар is 10 more than the column
    t.row("total", ["", "Итого:", "х", str(pr_printed), n(ST), str(TC), str(PE)])
    d.table(t)
    d.c_sum("pairs", "строка «Итого:», пар (групп)", str(pr_printed), [r[3] for r in rows], planted=True)
    d.c_sum("students_involved", "строка «Итого:», обучающихся", n(ST), [r[4] for r in rows])
    d.c_sum("teachers_involved", "строка «Итого:», педагогов", str(TC), [r[5] for r in rows])
    d.c_sum("partner_enterprises", "строка «Итого:», предприятий", str(PE), [r[6] for r in rows])

    four = [r[1] for r in rows if r[2] == 4]
    with_pe = [r for r in rows if r[6] > 0]
    d.p(f"В программы наставничества вовлечены {n(ST)} обучающихся и {TC} "
        f"{plural(TC, 'педагог', 'педагога', 'педагогов')}; сформировано {PR} наставнических пар (групп). В среднем "
        f"одна организация реализует {pc(K / len(rows))} формы наставничества; все четыре формы реализуются в СШ № 1 "
        f"и СШ № 4.")
    d.c_sum("students_involved", "в тексте: обучающихся", n(ST), [r[4] for r in rows])
    d.c_sum("teachers_involved", "в тексте: педагогов", str(TC), [r[5] for r in rows])
    d.c_sum("pairs", "в тексте: наставнических пар (групп)", str(PR), [r[3] for r in rows])
    d.c_mean("forms_count", "в среднем форм на одну организацию", pc(K / len(rows)), [r[2] for r in rows])
    d.c_member("forms_count", "все четыре формы реализуются в", ["СШ № 1", "СШ № 4"], four)
    d.p(f"Наставников для обучающихся предоставили {PE} {plural(PE, 'предприятие', 'предприятия', 'предприятий')} и "
        f"организаций города, в том числе предприятия топливно-энергетического комплекса, учреждения культуры и "
        f"здравоохранения; с работодателями взаимодействуют {len(with_pe)} из {len(rows)} организаций.")
    d.c_sum("partner_enterprises", "в тексте: предприятий и организаций", str(PE), [r[6] for r in rows])
    d.c_count("partner_enterprises", "с работодателями взаимодействуют N организаций", len(with_pe), len(with_pe))
    d.c_count("organizations", "… из N организаций", len(rows), len(rows))
    d.sign("Директор ГБУ НАО «НРЦРО»                                                 Е.В. Хатанзейская\n"
           "Исп.: Канева О.Н., тел. 8 (81853) 4-13-39")
    return d


# ------------------------------------------------------------------ 8. Заполярный район (xlsx; two sheets, total row at the top)
ZAP = [  # (name, cluster, short, low share?, young teachers?)
    ("ГБОУ НАО «СШ п. Искателей»", "zapolyarny/iskateley", "СШ п. Искателей", False, True),
    ("ГБОУ НАО «СШ п. Красное»", "zapolyarny/krasnoe", "СШ п. Красное", False, True),
    ("ГБОУ НАО «СШ с. Нельмин-Нос»", "zapolyarny/nelmin-nos", "СШ с. Нельмин-Нос", False, False),
    ("ГБОУ НАО «СШ п. Индига»", "zapolyarny/indiga", "СШ п. Индига", False, True),
    ("ГБОУ НАО «СШ с. Несь»", "zapolyarny/nes", "СШ с. Несь", True, False),
    ("ГБОУ НАО «СШ с. Ома»", "zapolyarny/oma", "СШ с. Ома", True, True),
    ("ГБОУ НАО «СШ п. Нижняя Пеша»", "zapolyarny/nizhnyaya-pesha", "СШ п. Нижняя Пеша", False, True),
    ("ГБОУ НАО «СШ п. Хорей-Вер»", "zapolyarny/khorey-ver", "СШ п. Хорей-Вер", True, False),
    ("ГБОУ НАО «СШ п. Амдерма»", "zapolyarny/amderma", "СШ п. Амдерма", False, False),
    ("ГБОУ НАО «СШ с. Великовисочное»", "zapolyarny/velikovisochnoe", "СШ с. Великовисочное", False, True),
    ("ГБОУ НАО «СШ с. Оксино»", "zapolyarny/oksino", "СШ с. Оксино", False, False),
    ("ГБОУ НАО «ОШ д. Каменка»", "zapolyarny/kamenka", "ОШ д. Каменка", True, False),
    ("ГБОУ НАО «СШ п. Каратайка»", "zapolyarny/karatayka", "СШ п. Каратайка", False, True),
]


@builder
def doc_zapolyarny():
    rng = random.Random(9108)
    d = Doc("zapolyarny_monitoring_2023", "xlsx", "Заполярный район", as_of="2023-05-20", author="Канева О.Н.")
    for name, cl, _, _, _ in ZAP:
        d.org(name, cl)

    def gen():
        rows = []
        for name, cl, short, low, yt in ZAP:
            tot = rng.randint(310, 480) if "Искателей" in name else rng.randint(38, 190)
            e = int(tot * (rng.uniform(7.5, 14.3) if low else rng.uniform(15.8, 34.0)) / 100)
            m = max(1, int(e * rng.uniform(0.25, 0.5)))
            if yt:
                y = rng.randint(1, 4) if "Искателей" not in name else rng.randint(4, 7)
                ym = y if rng.random() < 0.6 else rng.randint(max(0, y - 2), y - 1)
            else:
                y = ym = None
            rows.append((name, short, tot, e, m, y, ym))
        return rows

    def valid(rows):
        for name, short, tot, e, m, y, ym in rows:
            if not safe(e / tot * 100) or abs(e / tot * 100 - 15) < 0.3:
                return False
            if y is not None and not safe(ym / y * 100):
                return False
        T, E, M = (sum(r[i] for r in rows) for i in (2, 3, 4))
        ys = [r for r in rows if r[5] is not None]
        Y, YM = sum(r[5] for r in ys), sum(r[6] for r in ys)
        return safe(E / T * 100) and safe(E / M) and safe(YM / Y * 100) and T > 1000 and YM < Y
    rows = retry(gen, valid)
    T, E, M = (sum(r[i] for r in rows) for i in (2, 3, 4))

    d.sheet("Обучающиеся", widths=[6, 38, 18, 14, 10, 16])
    d.plain("ГБУ НАО «Ненецкий региональный центр развития образования»")
    d.title("Мониторинг вовлечения обучающихся в программы наставничества в образовательных организациях, "
            "расположенных на территории муниципального района «Заполярный район»")
    d.plain("по состоянию на 20.05.2023")
    t = Table(6)
    t.hrow(Cell("№", rs=2), Cell("Образовательная организация", rs=2),
           Cell("Обучающихся в возрасте 10–19 лет, чел.", rs=2), Cell("В роли наставляемого", cs=2),
           Cell("В роли наставника, чел.", rs=2))
    t.hrow("чел.", "%")
    t.row("total", ["", "Всего по району", n(T), str(E), pc(E / T * 100), str(M)])
    for k, (name, short, tot, e, m, y, ym) in enumerate(rows, 1):
        t.row("org", [str(k), name, F(str(tot), name, "students_total"), F(str(e), name, "mentees"),
                      F(pc(e / tot * 100), name, "mentee_share_pct"), F(str(m), name, "mentors")])
    d.table(t)
    for name, short, tot, e, m, y, ym in rows:
        d.c_share("mentee_share_pct", f"{name}: доля наставляемых", pc(e / tot * 100), e, tot)
    d.c_sum("students_total", "строка «Всего по району» (над строками ОО), обучающихся", n(T), [r[2] for r in rows])
    d.c_sum("mentees", "строка «Всего по району», наставляемых", str(E), [r[3] for r in rows])
    d.c_share("mentee_share_pct", "строка «Всего по району», доля", pc(E / T * 100), E, T)
    d.c_sum("mentors", "строка «Всего по району», наставников", str(M), [r[4] for r in rows])

    low = [r[1] for r in rows if r[3] / r[2] * 100 < 15]
    low_stated = [x for x in low if x != "СШ с. Несь"]      # PLANTED: СШ с. Несь (below 15%) is left out
    assert len(low_stated) == len(low) - 1 == 3
    d.plain("Выводы:")
    d.p(f"1. Доля обучающихся 10–19 лет в роли наставляемого по району – {pc(E / T * 100)}% ({E} из {n(T)}).")
    d.c_share("mentee_share_pct", "вывод 1: доля по району", pc(E / T * 100), E, T)
    d.c_sum("mentees", "вывод 1: наставляемых", str(E), [r[3] for r in rows])
    d.c_sum("students_total", "вывод 1: обучающихся 10–19 лет", n(T), [r[2] for r in rows])
    d.p(f"2. Показатель ниже 15% отмечен в {join_ru(low_stated)}.")
    d.c_member("mentee_share_pct", "вывод 2: ниже 15%", low_stated, low, planted=True)
    d.p(f"3. В роли наставника выступают {M} обучающихся; на одного наставника в среднем приходится "
        f"{pc(E / M)} наставляемого.")
    d.c_sum("mentors", "вывод 3: наставников", str(M), [r[4] for r in rows])
    d.c_ratio("mentees", "вывод 3: наставляемых на одного наставника", pc(E / M), E, M)

    ys = [r for r in rows if r[5] is not None]
    Y, YM = sum(r[5] for r in ys), sum(r[6] for r in ys)
    d.sheet("Молодые педагоги", widths=[6, 38, 18, 18, 12])
    d.title("Вовлечение молодых педагогов (стаж работы до 3 лет) в программы наставничества")
    d.plain("В таблицу включены образовательные организации, в которых работают молодые педагоги.")
    t2 = Table(5)
    t2.hrow("№", "Образовательная организация", "Молодых педагогов, чел.", "Из них в роли наставляемого, чел.",
            "Доля, %")

    def pct_cell(part, whole, name=None):
        v = rnd(part / whole * 100)
        text = pc(part / whole * 100) + "%"
        xl = (round(v / 100, 4), "0.0%")
        if name is None:
            return Cell(text, xl=xl)
        return F(text, name, "young_teacher_mentee_share_pct", xl=xl)
    t2.row("total", ["", "Всего", str(Y), str(YM), pct_cell(YM, Y)])
    for k, (name, short, tot, e, m, y, ym) in enumerate(ys, 1):
        t2.row("org", [str(k), name, F(str(y), name, "young_teachers"), F(str(ym), name, "young_teacher_mentees"),
                       pct_cell(ym, y, name)])
    d.table(t2)
    for name, short, tot, e, m, y, ym in ys:
        d.c_share("young_teacher_mentee_share_pct", f"{name}: доля молодых педагогов", pc(ym / y * 100), ym, y)
    d.c_sum("young_teachers", "строка «Всего» (над строками ОО), молодых педагогов", str(Y), [r[5] for r in ys])
    d.c_sum("young_teacher_mentees", "строка «Всего», в роли наставляемого", str(YM), [r[6] for r in ys])
    d.c_share("young_teacher_mentee_share_pct", "строка «Всего», доля", pc(YM / Y * 100), YM, Y)
    d.p(f"Молодые педагоги работают в {len(ys)} ОО района; в программы наставничества в роли наставляемого "
        f"вовлечены {YM} из {Y} ({pc(YM / Y * 100)}%).")
    d.c_count("young_teachers", "молодые педагоги работают в N ОО", len(ys), len(ys))
    d.c_sum("young_teacher_mentees", "в тексте: в роли наставляемого", str(YM), [r[6] for r in ys])
    d.c_sum("young_teachers", "в тексте: молодых педагогов", str(Y), [r[5] for r in ys])
    d.c_share("young_teacher_mentee_share_pct", "в тексте: доля", pc(YM / Y * 100), YM, Y)
    d.plain("Исполнитель: Канева О.Н., 8 (81853) 4-13-39")
    return d


# ------------------------------------------------------------------ 9. город Магадан (txt, UTF-8 with BOM, one cell per tab-indented line)
MAGADAN = [  # (name, cluster, short, forms count)
    ("МАОУ «СОШ № 1»", "magadan/school-1", "СОШ № 1", 4),
    ("МАОУ «СОШ № 2»", "magadan/school-2", "СОШ № 2", 3),
    ("МАОУ «СОШ № 4»", "magadan/school-4", "СОШ № 4", 2),
    ("МАОУ «СОШ № 5»", "magadan/school-5", "СОШ № 5", 2),
    ("МАОУ «СОШ № 7»", "magadan/school-7", "СОШ № 7", 3),
    ("МАОУ «Гимназия № 13»", "magadan/gymnasium-13", "Гимназия № 13", 4),
    ("МАОУ «СОШ № 14»", "magadan/school-14", "СОШ № 14", 2),
    ("МАОУ «СОШ № 15»", "magadan/school-15", "СОШ № 15", 3),
    ("МАОУ «СОШ № 18»", "magadan/school-18", "СОШ № 18", 2),
    ("МАОУ «СОШ № 21» п. Сокол", "magadan/school-21-sokol", "СОШ № 21", 1),
    ("МБОУ «СОШ № 19» п. Уптар", "magadan/school-19-uptar", "СОШ № 19", 1),
    ("МАОУ Гимназия №24", "magadan/gymnasium-24", "Гимназия № 24", 3),
    ("МАОУ «Гимназия (английская)»", "magadan/english-gymnasium", "Гимназия (английская)", 2),
    ("МАОУ «Лицей № 1»", "magadan/lyceum-1", "Лицей № 1", 4),
    ("МАОУ «СОШ с углублённым изучением отдельных предметов № 29»", "magadan/school-29", "СОШ № 29", 3),
    ("МАОУ «СОШ № 30»", "magadan/school-30", "СОШ № 30", 2),
    ("МАОУ ДО «Центр дополнительного образования»", "magadan/cdo", "ЦДО", 2),
]


@builder
def doc_magadan():
    rng = random.Random(9109)
    d = Doc("magadan_spravka_2022", "txt", "город Магадан", as_of="2022-12-01", enc="utf-8-sig", txt_mode="cells")
    for name, cl, _, _ in MAGADAN:
        d.org(name, cl)

    def gen():
        rows = []
        for name, cl, short, kf in MAGADAN:
            base = rng.randint(18, 38) * kf if "СОШ № 19" not in name and "СОШ № 21" not in name \
                else rng.randint(10, 22)
            pr = base + rng.randint(0, 9)
            me = int(pr * rng.uniform(1.2, 1.9))
            mt = int(pr * rng.uniform(0.85, 1.0))
            rows.append((name, short, kf, pr, me, mt))
        return rows

    def valid(rows):
        K, PR, ME = (sum(r[i] for r in rows) for i in (2, 3, 4))
        return safe(K / len(rows)) and safe(ME / PR) and ME > 1000
    rows = retry(gen, valid)
    K, PR, ME, MT = (sum(r[i] for r in rows) for i in (2, 3, 4, 5))

    d.head("МЭРИЯ ГОРОДА МАГАДАНА\nДЕПАРТАМЕНТ ОБРАЗОВАНИЯ")
    d.title("Справка\nо реализации программ наставничества в муниципальных образовательных учреждениях города "
            "Магадана\n(по состоянию на 01.12.2022)")
    d.p("Справка подготовлена по запросу министерства образования Магаданской области (исх. № 01-12/2840 от "
        "16.11.2022) на основании отчётов муниципальных образовательных учреждений (далее – ОУ). Методологической "
        "основой внедрения целевой модели наставничества является " + P145_SHORT.replace("распоряжением",
                                                                                          "распоряжение") + ".")
    n_s = len(rows) - 1
    d.p(f"В 2022 году программы наставничества реализуются в {len(rows)} ОУ города: в {n_s} общеобразовательных "
        f"учреждениях и в МАОУ ДО «Центр дополнительного образования».")
    d.c_count("organizations", "программы реализуются в N ОУ", len(rows), len(rows))
    d.c_count("organizations", "в N общеобразовательных учреждениях", n_s, sum(1 for r in rows if " ДО " not in r[0]))
    t = Table(6)
    t.hrow("№ п/п", "Наименование ОУ", "Количество\nреализуемых форм\nнаставничества",
           "Количество\nнаставнических пар\n(групп)", "Наставляемых,\nчел.", "Наставников,\nчел.")
    for k, (name, short, kf, pr, me, mt) in enumerate(rows, 1):
        t.row("org", [f"{k}.", name, F(str(kf), name, "forms_count"), F(str(pr), name, "pairs"),
                      F(str(me), name, "mentees"), F(str(mt), name, "mentors")])
    t.row("total", ["", "ИТОГО", "х", n(PR), n(ME), str(MT)])
    d.table(t)
    d.c_sum("pairs", "строка «ИТОГО», пар (групп)", n(PR), [r[3] for r in rows])
    d.c_sum("mentees", "строка «ИТОГО», наставляемых", n(ME), [r[4] for r in rows])
    d.c_sum("mentors", "строка «ИТОГО», наставников", str(MT), [r[5] for r in rows])

    stated_all = ME + MT + 10           # PLANTED: the parts (наставляемые + наставники) give 10 fewer
    d.p(f"В программах наставничества участвуют {n(stated_all)} человек: {n(ME)} наставляемых и {MT} наставников. "
        f"Количество наставнических пар (групп) – {n(PR)}; в среднем на одну пару (группу) приходится "
        f"{pc(ME / PR)} наставляемого.")
    d.c_comp("mentees", f"{stated_all} = {ME} наставляемых + {MT} наставников", n(stated_all), [ME, MT],
             planted=True)
    d.c_sum("mentees", "в тексте: наставляемых", n(ME), [r[4] for r in rows])
    d.c_sum("mentors", "в тексте: наставников", str(MT), [r[5] for r in rows])
    d.c_sum("pairs", "в тексте: пар (групп)", n(PR), [r[3] for r in rows])
    d.c_ratio("mentees", "наставляемых на одну пару (группу)", pc(ME / PR), ME, PR)
    four = [r[1] for r in rows if r[2] == 4]
    one = [r[1] for r in rows if r[2] == 1]
    assert four == ["СОШ № 1", "Гимназия № 13", "Лицей № 1"]
    d.p(f"В среднем одно ОУ реализует {pc(K / len(rows))} формы наставничества. Все четыре формы («ученик – ученик», "
        f"«учитель – учитель», «студент – ученик», «работодатель – ученик») реализуют {len(four)} ОУ: СОШ № 1, "
        f"Гимназия № 13 и Лицей № 1; одну форму – {len(one)} ОУ (СОШ № 21 п. Сокол и СОШ № 19 п. Уптар).")
    d.c_mean("forms_count", "в среднем форм на одно ОУ", pc(K / len(rows)), [r[2] for r in rows])
    d.c_count("forms_count", "все четыре формы реализуют N ОУ", len(four), len(four))
    d.c_member("forms_count", "все четыре формы реализуют", ["СОШ № 1", "Гимназия № 13", "Лицей № 1"], four)
    d.c_count("forms_count", "одну форму – N ОУ", len(one), len(one))
    d.c_member("forms_count", "одну форму реализуют", ["СОШ № 21", "СОШ № 19"], one)
    d.p("Предложения: рассмотреть на совещании руководителей ОУ 22.12.2022 опыт МАОУ «Гимназия № 13» по реализации "
        "формы «студент – ученик» совместно с СВГУ.")
    d.sign("Руководитель департамента образования                                 И.В. Ахметова\n"
           "Исп.: Лаптева С.Н., тел. 8 (4132) 62-48-17")
    return d


# ------------------------------------------------------------------ 10. город Севастополь (pdf, ruled, a table over two pages with its header repeated)
SEV_NUMS = [("Гимназия", 1), ("Гимназия", 2), ("СОШ", 3), ("СОШ", 4), ("Гимназия", 5), ("СОШ", 6), ("Гимназия", 7),
            ("Гимназия", 8), ("СОШ", 9), ("Гимназия", 10), ("СОШ", 11), ("СОШ", 12), ("СОШ", 13), ("Лицей", 14),
            ("СОШ", 16), ("СОШ", 17), ("СОШ", 18), ("СОШ", 19), ("СОШ", 20), ("СОШ", 21), ("СОШ", 22),
            ("Гимназия", 24), ("СОШ", 25), ("СОШ", 26), ("СОШ", 27), ("СОШ", 28), ("СОШ", 29), ("СОШ", 30),
            ("СОШ", 31), ("СОШ", 32), ("ООШ", 34), ("СОШ", 35), ("СОШ", 37), ("СОШ", 38), ("СОШ", 39), ("СОШ", 40),
            ("СОШ", 41), ("СОШ", 42), ("СОШ", 43), ("СОШ", 44), ("СОШ", 45), ("СОШ", 47), ("СОШ", 48), ("СОШ", 52),
            ("СОШ", 57), ("СОШ", 60)]
SEV_PLACE = {25: "с. Андреевка", 26: "с. Верхнесадовое", 28: "с. Орлиное", 32: "пгт Кача", 34: "с. Терновка",
             39: "г. Инкерман", 47: "с. Солнечный"}
SEV_NO_TT = {26, 28, 34, 43, 52}
SEV_RU = {3, 12, 17, 19, 22, 27, 35, 38, 41, 44, 48}
SEV_SU = {1, 2, 5, 7, 8, 10, 14, 13, 18, 24, 29, 31, 37, 40, 45}


def sev_name(kind, num):
    place = SEV_PLACE.get(num)
    return f"ГБОУ «{kind} № {num} {place}»" if place else f"ГБОУ «{kind} № {num}»"


@builder
def doc_sevastopol():
    rng = random.Random(9110)
    d = Doc("sevastopol_monitoring_2023", "pdf", "город Севастополь", as_of="2023-05-31", author="Гордиенко Т.В.",
            font=12)
    forms = [UU, TT, SU, RU]
    orgs = [(sev_name(k, num), k, num) for k, num in SEV_NUMS]
    for name, kind, num in orgs:
        d.org(name, f"sevastopol/{'school' if kind in ('СОШ', 'ООШ') else kind.lower().replace('гимназия', 'gymnasium').replace('лицей', 'lyceum')}-{num}")

    def gen():
        rows = []
        for name, kind, num in orgs:
            small = num in SEV_PLACE
            pr = {UU: rng.randint(6, 14) if small else rng.randint(14, 42),
                  TT: 0 if num in SEV_NO_TT else rng.randint(2, 9),
                  SU: rng.randint(2, 8) if num in SEV_SU else 0,
                  RU: rng.randint(1, 5) if num in SEV_RU else 0}
            st = int(sum(pr.values()) * rng.uniform(1.9, 3.6))
            tc = pr[TT] * 2 + rng.randint(2, 9)
            rows.append((name, kind, num, pr, st, tc))
        return rows

    TOTAL_STUDENTS = 47118

    def valid(rows):
        PRall = sum(sum(r[3].values()) for r in rows)
        S = sum(r[4] for r in rows)
        return safe(PRall / len(rows)) and safe(S / TOTAL_STUDENTS * 100) and 10 < S / TOTAL_STUDENTS * 100 < 16
    rows = retry(gen, valid)
    tot = {f: sum(r[3][f] for r in rows) for f in forms}
    PRall = sum(tot.values())
    S, P = sum(r[4] for r in rows), sum(r[5] for r in rows)

    d.head("ПРАВИТЕЛЬСТВО СЕВАСТОПОЛЯ\nДЕПАРТАМЕНТ ОБРАЗОВАНИЯ И НАУКИ ГОРОДА СЕВАСТОПОЛЯ")
    d.title("АНАЛИТИЧЕСКАЯ СПРАВКА\nпо итогам мониторинга реализации целевой модели наставничества\n"
            "в государственных общеобразовательных организациях города Севастополя\nв 2022/2023 учебном году "
            "(на 31.05.2023)")
    d.p("Мониторинг проведён в соответствии с приказом Департамента образования и науки города Севастополя от "
        "10.04.2023 № 612 «О проведении мониторинга реализации целевой модели наставничества» с 2 по 26 мая 2023 года "
        "с использованием электронной формы. Целевая модель наставничества внедряется в соответствии с " + P145 + ".")
    d.p(f"Программы наставничества реализуют все {len(rows)} государственных общеобразовательных организаций города "
        f"(далее – ОО). Сведения о количестве наставнических пар (групп) по формам наставничества и о численности "
        f"вовлечённых обучающихся и педагогов приведены в таблице 1.")
    d.c_count("organizations", "программы реализуют все N ОО", len(rows), len(rows))
    t = Table(8, widths=[0.9, 4.5, 2.0, 2.0, 2.0, 2.2, 1.8, 1.6], font=10, hfont=9, caption="Таблица 1",
              cell_pad=30)
    t.hrow(Cell("№ п/п", rs=2), Cell("Наименование ОО", rs=2),
           Cell("Количество наставнических пар (групп) по формам наставничества, ед.", cs=4),
           Cell("Вовлечено в программы наставничества, чел.", cs=2))
    t.hrow(*[FQ[f] for f in forms], "обучающихся", "педагогов")
    for k, (name, kind, num, pr, st, tc) in enumerate(rows, 1):
        t.row("org", [str(k), name] + [F(z(pr[f]), name, "pairs", f) for f in forms]
              + [F(str(st), name, "students_involved"), F(str(tc), name, "teachers_involved")])
    t.row("total", [Cell("Итого по городу", cs=2)] + [n(tot[f], NB) for f in forms] + [n(S, NB), n(P, NB)])
    d.table(t)
    for f in forms:
        d.c_sum("pairs", f"строка «Итого по городу», форма {FQ[f]}", n(tot[f]), [r[3][f] for r in rows])
    d.c_sum("students_involved", "строка «Итого по городу», обучающихся", n(S), [r[4] for r in rows])
    d.c_sum("teachers_involved", "строка «Итого по городу», педагогов", n(P), [r[5] for r in rows])

    d.p(f"Всего сформировано {n(PRall, NB)} наставнических пар (групп): по форме «ученик – ученик» – "
        f"{n(tot[UU], NB)}, «учитель – учитель» – {tot[TT]}, «студент – ученик» – {tot[SU]}, «работодатель – ученик» – "
        f"{tot[RU]}.")
    d.c_comp("pairs", f"{PRall} = {tot[UU]} + {tot[TT]} + {tot[SU]} + {tot[RU]}", n(PRall), list(tot.values()))
    d.c_sum("pairs", "в тексте: пар (групп) всего", n(PRall), [r[3][f] for r in rows for f in forms])
    for f in forms:
        d.c_sum("pairs", f"в тексте: пар формы {FQ[f]}", n(tot[f]), [r[3][f] for r in rows])
    impl = {f: [r for r in rows if r[3][f] > 0] for f in forms}
    ru_list = [f"СОШ № {r[2]}" for r in impl[RU]]
    d.p(f"Форма «ученик – ученик» реализуется во всех {len(impl[UU])} ОО, «учитель – учитель» – в {len(impl[TT])}, "
        f"«студент – ученик» – в {len(impl[SU])}, «работодатель – ученик» – в {len(impl[RU])} ОО: СОШ №№ "
        f"{join_ru([str(r[2]) for r in impl[RU]])}. Наставниками в форме «работодатель – ученик» выступают "
        f"специалисты предприятий судостроительной отрасли, агропромышленного комплекса и сферы туризма.")
    for f in forms:
        d.c_count("pairs", f"форма {FQ[f]} реализуется в N ОО", len(impl[f]), len(impl[f]))
    d.c_member("pairs", "«работодатель – ученик»: СОШ №№ …", ru_list, [f"СОШ № {r[2]}" for r in rows if r[3][RU] > 0])
    no_tt = [r[0] for r in rows if r[3][TT] == 0]
    d.p(f"Форма «учитель – учитель» не реализуется в {join_ru(no_tt)}: в этих ОО нет молодых специалистов, "
        f"сопровождение вновь принятых педагогов осуществляется методическими объединениями.")
    d.c_member("pairs", "«учитель – учитель» не реализуется в", no_tt, [r[0] for r in rows if r[3][TT] == 0])
    true_mean = PRall / len(rows)
    stated_mean = pc(true_mean + 1.8)          # PLANTED: the mean is 1.8 too high
    d.p(f"В среднем на одну ОО приходится {stated_mean} наставнической пары (группы). В программы наставничества "
        f"вовлечены {n(S, NB)} обучающихся и {n(P, NB)} педагогов; охват обучающихся составил "
        f"{pc(S / TOTAL_STUDENTS * 100)}% от их общей численности ({n(TOTAL_STUDENTS, NB)} чел.).")
    d.c_mean("pairs", "в среднем пар (групп) на одну ОО", stated_mean, [sum(r[3].values()) for r in rows],
             planted=True)
    d.c_sum("students_involved", "в тексте: обучающихся", n(S), [r[4] for r in rows])
    d.c_sum("teachers_involved", "в тексте: педагогов", n(P), [r[5] for r in rows])
    d.c_share("students_involved", "охват обучающихся (знаменатель из текста)", pc(S / TOTAL_STUDENTS * 100), S,
              TOTAL_STUDENTS)
    d.p("Рекомендовано руководителям ОО, не реализующим форму «студент – ученик», рассмотреть возможность "
        "взаимодействия с ФГАОУ ВО «Севастопольский государственный университет» в 2023/2024 учебном году.")
    d.sign("Заместитель директора Департамента                                       Т.В. Гордиенко\n"
           "Исп.: Кравец А.Ю., (8692) 54-31-07")
    return d


# ------------------------------------------------------------------ 11. Ольский муниципальный округ (pdf, horizontal rules only)
OLA = [  # (name, cluster, young teachers?)
    ("МБОУ «СОШ п. Ола»", "ola/ola-school", True),
    ("МБОУ «Гимназия п. Ола»", "ola/ola-gymnasium", True),
    ("МБОУ «СОШ с. Гадля»", "ola/gadlya", True),
    ("МБОУ «СОШ с. Тауйск»", "ola/tauysk", True),
    ("МБОУ «СОШ с. Балаганное»", "ola/balagannoe", False),
    ("МБОУ «СОШ с. Талон»", "ola/talon", True),
    ("МБОУ «СОШ с. Клепка»", "ola/klepka", False),
    ("МБОУ «СОШ с. Армань»", "ola/arman", True),
    ("МБОУ «СОШ п. Янский»", "ola/yansky", True),
    ("МБОУ «ООШ с. Тахтоямск»", "ola/takhtoyamsk", False),
]
OLA_LOW = "МБОУ «СОШ с. Клепка»"       # below 10%, although the text says the target is reached everywhere


@builder
def doc_ola():
    rng = random.Random(9111)
    d = Doc("ola_spravka_2022", "pdf", "Ольский муниципальный округ", as_of="2022-12-23", author="Шевчук Н.П.")
    for name, cl, _ in OLA:
        d.org(name, cl)

    def gen():
        rows = []
        for name, cl, yt in OLA:
            tot = rng.randint(420, 620) if "п. Ола" in name else rng.randint(45, 160)
            band = (8.0, 9.5) if name == OLA_LOW else ((24.0, 31.0) if "Тауйск" in name else (11.0, 22.0))
            e = int(tot * rng.uniform(*band) / 100)
            y = (rng.randint(6, 11) if "п. Ола" in name else rng.randint(1, 4)) if yt else 0
            ym = 0 if y == 0 else (y if rng.random() < 0.55 else rng.randint(max(0, y - 2), y - 1))
            rows.append((name, tot, e, y, ym))
        return rows

    def valid(rows):
        sh = [r[2] / r[1] * 100 for r in rows]
        if not all(safe(s) for s in sh) or max(sh) != sh[3] or not 8.0 <= sh[6] <= 9.6:
            return False
        if sum(1 for s in sh if s < 10) != 1:
            return False
        T, E, Y, YM = (sum(r[i] for r in rows) for i in (1, 2, 3, 4))
        pr = [parse_num(pc(s)) for s in sh]
        return (safe(E / T * 100) and safe(YM / Y * 100) and T > 1000 and safe(sum(pr) / len(pr))
                and rnd(sum(pr) / len(pr)) == rnd(sum(sh) / len(sh)) and YM < Y)
    rows = retry(gen, valid)
    T, E, Y, YM = (sum(r[i] for r in rows) for i in (1, 2, 3, 4))

    d.head("АДМИНИСТРАЦИЯ ОЛЬСКОГО МУНИЦИПАЛЬНОГО ОКРУГА\nМАГАДАНСКОЙ ОБЛАСТИ\nУправление образования")
    d.title("Справка\nо достижении показателей эффективности внедрения целевой модели наставничества\nв "
            "общеобразовательных организациях Ольского муниципального округа за 2022 год\n(по состоянию на 23.12.2022)")
    d.p("Сведения представлены общеобразовательными организациями округа (далее – ОО) по форме, утверждённой приказом "
        "Управления образования от 28.11.2022 № 311. Расчёт доли выполнен от численности обучающихся в возрасте от 10 "
        "до 19 лет; молодыми педагогами считаются педагогические работники в возрасте до 35 лет со стажем работы до 3 "
        "лет.")
    t = Table(7, widths=[0.8, 5.0, 2.6, 2.6, 1.5, 2.3, 2.2], font=10, hfont=9, ruled="h", hbold=True,
              caption="Таблица 1. Показатели эффективности внедрения целевой модели наставничества")
    t.hrow("№", "Общеобразовательная организация", "Обучающихся в возрасте 10–19 лет, чел.",
           "Вовлечено в роли наставляемого, чел.", "Доля, %", "Молодых педагогов, чел.",
           "Из них имеют наставника, чел.")
    for k, (name, tot, e, y, ym) in enumerate(rows, 1):
        t.row("org", [str(k), name, F(str(tot), name, "students_total"), F(str(e), name, "mentees"),
                      F(pc(e / tot * 100), name, "mentee_share_pct"), F(z(y), name, "young_teachers"),
                      F(z(ym) if y else DASH, name, "young_teacher_mentees")])
    t.row("total", ["", "Итого по округу", n(T, THIN), str(E), pc(E / T * 100), str(Y), str(YM)])
    d.table(t)
    for name, tot, e, y, ym in rows:
        d.c_share("mentee_share_pct", f"{name}: доля наставляемых", pc(e / tot * 100), e, tot)
    d.c_sum("students_total", "строка «Итого по округу», обучающихся", n(T), [r[1] for r in rows])
    d.c_sum("mentees", "строка «Итого по округу», наставляемых", str(E), [r[2] for r in rows])
    d.c_share("mentee_share_pct", "строка «Итого по округу», доля", pc(E / T * 100), E, T)
    d.c_sum("young_teachers", "строка «Итого по округу», молодых педагогов", str(Y), [r[3] for r in rows])
    d.c_sum("young_teacher_mentees", "строка «Итого по округу», имеют наставника", str(YM), [r[4] for r in rows])

    pr = [parse_num(pc(r[2] / r[1] * 100)) for r in rows]
    tau = rows[3]
    d.p(f"Доля обучающихся 10–19 лет, вовлечённых в программы наставничества в роли наставляемого, по округу "
        f"составила {pc(E / T * 100)}% ({E} из {n(T, THIN)} обучающихся); целевой показатель (не менее 10%) "
        f"достигнут во всех ОО округа. Средняя по ОО доля наставляемых – {pc(sum(pr) / len(pr))}%. Наибольший охват – "
        f"в МБОУ «СОШ с. Тауйск»: {pc(tau[2] / tau[1] * 100)}% ({tau[2]} "
        f"{plural(tau[2], 'человек', 'человека', 'человек')} из {tau[1]}).")
    d.c_share("mentee_share_pct", "в тексте: доля по округу", pc(E / T * 100), E, T)
    d.c_sum("mentees", "в тексте: наставляемых", str(E), [r[2] for r in rows])
    d.c_sum("students_total", "в тексте: обучающихся", n(T), [r[1] for r in rows])
    # PLANTED: МБОУ «СОШ с. Клепка» stays below 10%
    d.c_target("mentee_share_pct", "целевой показатель (не менее 10%) достигнут во всех ОО (наименьшая доля)", 10,
               min(pr), planted=True)
    d.c_mean("mentee_share_pct", "средняя по ОО доля наставляемых", pc(sum(pr) / len(pr)), pr)
    d.c_share("mentee_share_pct", "МБОУ «СОШ с. Тауйск»: X% (e человек из tot)", pc(tau[2] / tau[1] * 100), tau[2],
              tau[1])
    with_y = [r for r in rows if r[3] > 0]
    partial = [r[0] for r in rows if 0 < r[3] and r[4] < r[3]]
    d.p(f"Молодые педагоги работают в {len(with_y)} из {len(rows)} ОО. Из {Y} молодых педагогов наставника имеют "
        f"{YM} ({pc(YM / Y * 100)}%). Не все молодые педагоги имеют наставника в {join_ru(partial)}; закрепление "
        f"наставников в этих ОО планируется завершить до 01.02.2023.")
    d.c_count("young_teachers", "молодые педагоги работают в N ОО", len(with_y), len(with_y))
    d.c_count("organizations", "… из N ОО", len(rows), len(rows))
    d.c_sum("young_teachers", "в тексте: молодых педагогов", str(Y), [r[3] for r in rows])
    d.c_sum("young_teacher_mentees", "в тексте: имеют наставника", str(YM), [r[4] for r in rows])
    d.c_share("young_teacher_mentee_share_pct", "в тексте: доля молодых педагогов с наставником",
              pc(YM / Y * 100), YM, Y)
    d.c_member("young_teacher_mentees", "не все молодые педагоги имеют наставника в", partial,
               [r[0] for r in rows if r[3] > 0 and r[4] < r[3]])
    d.sign("Руководитель Управления образования                                      Н.П. Шевчук\n"
           "Исп.: Гуляева Е.С., тел. 8 (41341) 2-55-08")
    return d


# ------------------------------------------------------------------ 12. Билибинский район (docx; a transposed table: forms as rows, organizations as columns)
BILIBINO = [  # (name, cluster, forms)
    ("МБОУ «ЦО г. Билибино»", "bilibino/co-bilibino", {UU, TT, SU, RU}),
    ("МБОУ «Школа-интернат с. Омолон»", "bilibino/omolon", {UU, TT, RU}),
    ("МБОУ «ЦО с. Анюйск»", "bilibino/anyuysk", {UU, TT, SU}),
    ("МБОУ «ЦО с. Илирней»", "bilibino/ilirney", {UU, TT}),
    ("МБОУ «ООШ с. Островное»", "bilibino/ostrovnoe", {UU}),
    ("МБУ ДО «ЦДТ г. Билибино»", "bilibino/cdt", {UU, TT, RU}),
]


@builder
def doc_bilibino():
    rng = random.Random(9112)
    d = Doc("bilibino_formy_2022", "docx", "Билибинский район", as_of="2022-11-30", landscape=True,
            author="Рультытегина А.В.")
    forms = [UU, TT, SU, RU]
    for name, cl, _ in BILIBINO:
        d.org(name, cl)
    O = [b[0] for b in BILIBINO]

    def gen():
        data = {}
        for name, cl, fs in BILIBINO:
            row = {}
            for f in forms:
                if f not in fs:
                    row[f] = (0, 0)
                    continue
                big = "г. Билибино" in name
                if f == UU:
                    mt = rng.randint(9, 18) if big else rng.randint(2, 7)
                    me = mt + rng.randint(2, mt + 3)
                elif f == TT:
                    mt = rng.randint(2, 5) if big else 1
                    me = mt + rng.randint(0, 1)
                elif f == SU:
                    mt = rng.randint(2, 4)
                    me = mt * rng.randint(2, 3)
                else:
                    mt = rng.randint(1, 3)
                    me = rng.randint(3, 8)
                row[f] = (mt, me)
            data[name] = row
        return data
    data = gen()
    tot = {(f, i): sum(data[o][f][i] for o in O) for f in forms for i in (0, 1)}
    MT = sum(tot[(f, 0)] for f in forms)
    ME = sum(tot[(f, 1)] for f in forms)

    d.head("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ\nБИЛИБИНСКИЙ МУНИЦИПАЛЬНЫЙ РАЙОН\n"
           "Управление социальной политики")
    d.title("Информация\nо реализации форм наставничества в образовательных организациях Билибинского "
            "муниципального района\n(по состоянию на 30.11.2022)")
    d.p("Информация подготовлена для Департамента образования и науки Чукотского автономного округа по итогам "
        "мониторинга реализации целевой модели наставничества. Сведения представлены шестью организациями: пятью "
        "общеобразовательными и МБУ ДО «ЦДТ г. Билибино». Сёла Островное и Омолон удалены от районного центра на 270 "
        "и 460 км соответственно, поэтому часть мероприятий программ наставничества проводится дистанционно.")
    d.c_count("organizations", "«шестью организациями»", 6, len(O))
    d.c_count("organizations", "«пятью общеобразовательными»", 5, sum(1 for o in O if " ДО " not in o))
    W = [3.6, 3.0] + [2.8] * len(O) + [2.4]
    t = Table(len(O) + 3, widths=W, font=10, hfont=9,
              caption="Таблица. Участники программ наставничества по формам, чел.")
    t.hrow("Форма наставничества", "Показатель", *O, "Итого по району")
    # PLANTED: the «Итого по району» of наставляемых in «работодатель – ученик» is 2 more than the row
    printed_tot = dict(tot)
    printed_tot[(RU, 1)] = tot[(RU, 1)] + 2
    for f in forms:
        for i, label in ((0, "наставников"), (1, "наставляемых")):
            ind = "mentors" if i == 0 else "mentees"
            cells = []
            if i == 0:
                cells.append(Cell(FCAP[f], rs=2, align="left"))
            cells.append(Cell(label, align="left"))
            cells += [F(z(data[o][f][i]), o, ind, f) for o in O]
            cells.append(Cell(str(printed_tot[(f, i)]), bold=True))
            t.row("tdata", cells)
    d.table(t)
    for f in forms:
        for i, label in ((0, "наставников"), (1, "наставляемых")):
            ind = "mentors" if i == 0 else "mentees"
            d.c_sum(ind, f"столбец «Итого по району», форма {FQ[f]}, {label}", str(printed_tot[(f, i)]),
                    [data[o][f][i] for o in O], planted=(f, i) == (RU, 1))

    impl = {f: [o for o in O if data[o][f][0] > 0] for f in forms}
    assert [len(impl[f]) for f in forms] == [6, 5, 2, 3]
    d.p("Форма «ученик – ученик» реализуется во всех шести организациях, «учитель – учитель» – в пяти, «студент – "
        "ученик» – в двух (МБОУ «ЦО г. Билибино» и МБОУ «ЦО с. Анюйск», совместно с Чукотским многопрофильным "
        "колледжем), «работодатель – ученик» – в трёх.")
    d.c_count("mentors", "«ученик – ученик» во всех шести организациях", 6, len(impl[UU]))
    d.c_count("mentors", "«учитель – учитель» – в пяти", 5, len(impl[TT]))
    d.c_count("mentors", "«студент – ученик» – в двух", 2, len(impl[SU]))
    d.c_member("mentors", "«студент – ученик»: МБОУ «ЦО г. Билибино» и МБОУ «ЦО с. Анюйск»",
               ["МБОУ «ЦО г. Билибино»", "МБОУ «ЦО с. Анюйск»"], impl[SU])
    d.c_count("mentors", "«работодатель – ученик» – в трёх", 3, len(impl[RU]))
    d.p(f"Всего в программах наставничества участвуют {MT + ME} человек: {MT} "
        f"{plural(MT, 'наставник', 'наставника', 'наставников')} и {ME} наставляемых. Наставниками в форме "
        f"«работодатель – ученик» выступают специалисты Билибинской АЭС, золотодобывающих предприятий и "
        f"оленеводческих хозяйств.")
    d.c_comp("mentors", f"{MT + ME} = {MT} наставников + {ME} наставляемых", str(MT + ME), [MT, ME])
    d.c_sum("mentors", "в тексте: наставников (все формы)", str(MT), [data[o][f][0] for o in O for f in forms])
    # equals the sum of the organization cells, not the sum of the printed «Итого по району» column (one is wrong)
    d.c_sum("mentees", "в тексте: наставляемых (все формы; равно сумме ячеек ОО, не сумме столбца «Итого»)", str(ME),
            [data[o][f][1] for o in O for f in forms], status="either")
    d.sign("Начальник Управления социальной политики                                 А.В. Рультытегина\n"
           "Исп.: Кузнецова Е.Н., тел. 8 (42738) 2-35-17")
    return d


# ------------------------------------------------------------------ 13. Облученский район (odt; total row at the top, per-form columns with dashes)
OBL = [  # (name, cluster, short, kind s|dou|do, forms)
    ("МБОУ «СОШ № 2 г. Облучье»", "obluchye/school-2", "СОШ № 2 г. Облучье", "s", {UU, TT, SU, RU}),
    ("МБОУ «СОШ № 3 г. Облучье»", "obluchye/school-3", "СОШ № 3 г. Облучье", "s", {UU, TT, SU}),
    ("МБОУ «СОШ п. Бира»", "obluchye/bira", "СОШ п. Бира", "s", {UU, TT, RU}),
    ("Филиал МБОУ «СОШ п. Бира» в с. Будукан", "obluchye/bira-budukan", "филиал в с. Будукан", "s", {UU}),
    ("МБОУ «СОШ п. Известковый»", "obluchye/izvestkovy", "СОШ п. Известковый", "s", {UU, TT}),
    ("МБОУ «СОШ № 18 п. Теплоозёрск»", "obluchye/teploozersk-18", "СОШ № 18 п. Теплоозёрск", "s", {UU, TT, RU}),
    ("МБОУ «СОШ п. Хинганск»", "obluchye/khingansk", "СОШ п. Хинганск", "s", {UU, TT}),
    ("МБОУ «СОШ п. Лондоко»", "obluchye/londoko", "СОШ п. Лондоко", "s", {UU, TT}),
    ("МБОУ «ООШ с. Пашково»", "obluchye/pashkovo", "ООШ с. Пашково", "s", {UU}),
    ("МБОУ «НОШ с. Радде»", "obluchye/radde", "НОШ с. Радде", "s", {TT}),
    ("МБДОУ «Детский сад № 5 г. Облучье»", "obluchye/kindergarten-5", "детский сад № 5", "dou", {TT}),
    ("МБУ ДО «Дом детского творчества г. Облучье»", "obluchye/ddt", "ДДТ", "do", {UU, TT}),
]


@builder
def doc_obluchye():
    rng = random.Random(9113)
    d = Doc("obluchye_itogi_2023", "odt", "Облученский район", as_of="2023-06-01", author="Пономаренко Г.А.")
    forms = [UU, TT, SU, RU]
    for name, cl, _, _, _ in OBL:
        d.org(name, cl)

    def gen():
        rows = []
        for name, cl, short, kind, fs in OBL:
            me = {}
            for f in forms:
                if f not in fs:
                    me[f] = 0
                elif f == UU:
                    me[f] = rng.randint(40, 110) if "г. Облучье" in name or "Бира" in name or "Теплоозёрск" in name \
                        else rng.randint(9, 34)
                elif f == TT:
                    me[f] = rng.randint(1, 6)
                elif f == SU:
                    me[f] = rng.randint(6, 15)
                else:
                    me[f] = rng.randint(4, 11)
            mt = max(1, int(sum(me.values()) * rng.uniform(0.45, 0.7)))
            rows.append((name, short, kind, me, mt))
        return rows

    def valid(rows):
        ME = sum(sum(r[3].values()) for r in rows)
        uu = sum(r[3][UU] for r in rows)
        MT = sum(r[4] for r in rows)
        return safe(uu / ME * 100) and safe(ME / MT) and uu / ME > 0.6
    rows = retry(gen, valid)
    tot = {f: sum(r[3][f] for r in rows) for f in forms}
    ME = sum(tot.values())
    MT = sum(r[4] for r in rows)

    d.head("АДМИНИСТРАЦИЯ ОБЛУЧЕНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\nЕВРЕЙСКОЙ АВТОНОМНОЙ ОБЛАСТИ\nОТДЕЛ ОБРАЗОВАНИЯ")
    d.title("Итоги реализации программ наставничества\nв образовательных организациях Облученского муниципального "
            "района\nв 2022/2023 учебном году (на 01.06.2023)")
    n_s = sum(1 for r in rows if r[2] == "s")
    d.p(f"Программы наставничества в 2022/2023 учебном году реализовывали {len(rows)} образовательных организаций "
        f"района, в том числе {n_s} общеобразовательных (с учётом филиала МБОУ «СОШ п. Бира» в с. Будукан), детский "
        f"сад и Дом детского творчества. Сведения о численности наставляемых по формам наставничества и наставников "
        f"приведены в таблице.")
    d.c_count("organizations", "программы реализовывали N организаций", len(rows), len(rows))
    d.c_count("organizations", "в том числе N общеобразовательных", n_s, n_s)
    t = Table(7, widths=[0.9, 5.6, 2.1, 2.1, 2.1, 2.3, 2.0], font=10, hfont=9,
              caption="Численность участников программ наставничества")
    t.hrow(Cell("№ п/п", rs=2), Cell("Образовательная организация", rs=2),
           Cell("Количество наставляемых по формам наставничества, чел.", cs=4),
           Cell("Количество наставников, чел.", rs=2))
    t.hrow(*[FCAP[f] for f in forms])
    t.row("total", [Cell("Всего по району", cs=2)] + [str(tot[f]) for f in forms] + [str(MT)])
    for k, (name, short, kind, me, mt) in enumerate(rows, 1):
        t.row("org", [str(k), name] + [F(z(me[f]), name, "mentees", f) for f in forms] + [F(str(mt), name, "mentors")])
    d.table(t)
    for f in forms:
        d.c_sum("mentees", f"строка «Всего по району» (над строками ОО), форма {FQ[f]}", str(tot[f]),
                [r[3][f] for r in rows])
    d.c_sum("mentors", "строка «Всего по району», наставников", str(MT), [r[4] for r in rows])

    pupils = tot[UU] + tot[SU] + tot[RU]
    d.p(f"Всего наставляемых – {ME}: {pupils} {plural(pupils, 'обучающийся', 'обучающихся', 'обучающихся')} и "
        f"{tot[TT]} {plural(tot[TT], 'педагог', 'педагога', 'педагогов')}.")
    d.c_sum("mentees", "в тексте: наставляемых всего", str(ME), [r[3][f] for r in rows for f in forms])
    d.c_comp("mentees", f"{ME} = {pupils} обучающихся + {tot[TT]} педагогов", str(ME), [pupils, tot[TT]])
    d.c_sum("mentees", "в тексте: обучающихся (формы с обучающимися)", str(pupils),
            [r[3][f] for r in rows for f in (UU, SU, RU)])
    d.c_sum("mentees", "в тексте: педагогов", str(tot[TT]), [r[3][TT] for r in rows])
    uu_schools = [r for r in rows if r[2] == "s" and r[3][UU] > 0]
    assert len(uu_schools) == 9
    d.p(f"Форма «ученик – ученик» реализуется в девяти школах и в Доме детского творчества; на неё приходится "
        f"{pc(tot[UU] / ME * 100)}% всех наставляемых, то есть более половины.")
    d.c_count("mentees", "«ученик – ученик» в девяти школах", 9, len(uu_schools))
    d.c_share("mentees", "доля формы «ученик – ученик» от всех наставляемых", pc(tot[UU] / ME * 100), tot[UU], ME)
    d.c_target("mentees", "«более половины» наставляемых – в форме «ученик – ученик»", 50, tot[UU] / ME * 100)
    su = [r[1] for r in rows if r[3][SU] > 0]
    su_stated = su + ["СОШ п. Бира"]            # PLANTED: СОШ п. Бира does not implement «студент – ученик»
    ru = [r for r in rows if r[3][RU] > 0]
    d.p(f"Форму «студент – ученик» реализуют {join_ru(su_stated)} в сотрудничестве с ФГБОУ ВО «Приамурский "
        f"государственный университет имени Шолом-Алейхема»; форму «работодатель – ученик» – {len(ru)} ОО.")
    d.c_member("mentees", "форму «студент – ученик» реализуют", su_stated, su, planted=True)
    d.c_count("mentees", "«работодатель – ученик» – N ОО", len(ru), len(ru))
    d.p(f"Наставников – {MT}; в среднем на одного наставника приходится {pc(ME / MT)} наставляемого.")
    d.c_sum("mentors", "в тексте: наставников", str(MT), [r[4] for r in rows])
    d.c_ratio("mentees", "наставляемых на одного наставника", pc(ME / MT), ME, MT)
    d.sign("Начальник отдела образования                                             Г.А. Пономаренко\n"
           "Исп.: Жукова Т.В., 8 (42666) 4-12-81")
    return d


# ------------------------------------------------------------------ 14. город Биробиджан, дорожная карта (odt; nothing to recompute)
@builder
def doc_birobidzhan_dk():
    d = Doc("birobidzhan_dorozhnaya_karta_2021", "odt", "город Биробиджан", kind="дорожная карта",
            doc_date="2021-02-19", doc_number="64", author="Ковальчук О.И.")
    d.right("УТВЕРЖДЁН\nприказом управления образования\nмэрии города муниципального образования\n«Город Биробиджан» "
            "Еврейской автономной области\nот 19.02.2021 № 64")
    d.title("ПЛАН МЕРОПРИЯТИЙ («ДОРОЖНАЯ КАРТА»)\nпо внедрению целевой модели наставничества в образовательных "
            "организациях\nмуниципального образования «Город Биробиджан» на 2021–2024 годы")
    d.p("План мероприятий разработан в соответствии с " + P145 + ", и приказом департамента образования Еврейской "
        "автономной области от 09.10.2020 № 412 «О внедрении региональной целевой модели наставничества».")
    t = Table(5, widths=[0.9, 6.2, 2.6, 3.4, 3.9], font=10, hfont=10)
    t.hrow("№ п/п", "Мероприятие", "Срок", "Ответственные", "Ожидаемый результат")
    t.numrow(head=True)
    events = [
        ("1.", "Назначение муниципального координатора и кураторов внедрения целевой модели наставничества в "
               "образовательных организациях", "до 01.03.2021", "Управление образования, руководители ОО",
         "приказы о назначении"),
        ("2.", "Разработка и утверждение положений о программах наставничества и программ наставничества ОО",
         "до 01.04.2021", "руководители ОО", "положения и программы в 100% ОО"),
        ("3.", "Формирование баз наставников и наставляемых", "до 15.04.2021, далее – ежегодно до 15 сентября",
         "кураторы ОО", "базы наставников и наставляемых"),
        ("4.", "Вовлечение обучающихся в возрасте от 10 до 19 лет в программы наставничества в роли наставляемого",
         "2021–2024", "руководители ОО", "не менее 10% в 2021 году, не менее 70% к концу 2024 года"),
        ("5.", "Вовлечение обучающихся в возрасте от 15 до 19 лет в программы наставничества в роли наставника",
         "2021–2024", "руководители ОО", "не менее 10% к концу 2024 года"),
        ("6.", "Закрепление наставников за молодыми специалистами (стаж работы до 3 лет)", "ежегодно до 1 октября",
         "руководители ОО", "не менее 70% в 2021 году, 100% к 2024 году"),
        ("7.", "Заключение соглашений о сотрудничестве с предприятиями и организациями города, ФГБОУ ВО "
               "«Приамурский государственный университет имени Шолом-Алейхема»", "2021–2022",
         "Управление образования, руководители ОО", "не менее 5 соглашений"),
        ("8.", "Мониторинг реализации программ наставничества", "два раза в год: до 1 июня и до 20 декабря",
         "Управление образования, МКУ «ИМЦ»", "аналитические справки"),
        ("9.", "Проведение муниципального конкурса «Наставник года»", "ежегодно, ноябрь", "МКУ «ИМЦ»",
         "выявление и распространение лучших практик"),
    ]
    for ev in events:
        t.row("data", [ev[0], Cell(ev[1], align="left"), ev[2], ev[3], ev[4]])
    d.table(t)
    d.p("Финансирование мероприятий осуществляется в пределах средств, предусмотренных муниципальной программой "
        "«Развитие образования в муниципальном образовании «Город Биробиджан» на 2021–2025 годы».")
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
    tmp = tempfile.mkdtemp(prefix="h9v_")
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


def verify(docs, facts, checks):
    problems = []
    for d in docs:
        path = os.path.join(OUT, f"{d.name}.{d.fmt}")
        nums = numbers_in(extract_text(path))
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
