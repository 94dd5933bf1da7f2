"""Generate the held-out corpus holdout10: 11 synthetic Russian administrative documents on the school
mentorship programme (целевая модель наставничества, распоряжение Минпросвещения России Р-145) from
11 municipalities of 6 regions that the earlier corpora did not use as municipalities (Курганская область:
Курган, Кетовский МО; Республика Мордовия: Саранск; Республика Бурятия: Улан-Удэ, Иволгинский район;
Республика Хакасия: Абакан, Усть-Абаканский район; Псковская область: Псков, Печорский район; Республика
Марий Эл: Йошкар-Ола, Звениговский район), with gold answers as defined in benchmarks/unseen/CONVENTIONS.md.

usage: /work/main/.venv/bin/python /work/unseen/gen_holdout10.py [--verify]
Writes $UNSEEN_OUT/holdout10/* and $UNSEEN_OUT/gold/holdout10/*.csv (UNSEEN_OUT defaults to /work/unseen).
--verify additionally extracts the text of every rendered file and asserts that every stated number of
checks.csv and every fact value can be found in it.

The framework (document model, renderers, determinism helpers, verification) is copied from gen_holdout9.py.
Every table cell is printed from data held here and every fact is read back from the printed cell; every check
is recomputed from the same data; planted errors are marked "PLANTED" and asserted to be mismatches; every
other check is asserted ok with a margin against rounding ties (a builder redraws its data until that holds).
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
CORPUS = "holdout10"
OUT = os.path.join(BASE, CORPUS)
GOLD = os.path.join(BASE, "gold", CORPUS)
LO_DIR = f"/tmp/lo_h10_profile_{os.getpid()}"
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
        tmp = tempfile.mkdtemp(prefix="h10_")
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


# ------------------------------------------------------------------ 1. город Курган (docx; 2-level header, split table with repeated header)
KURGAN = [  # printed name, cluster, short, band
    ("МБОУ «СОШ № 2»", "kurgan/school-2", "СОШ № 2", "top"),
    ("МБОУ «СОШ № 4»", "kurgan/school-4", "СОШ № 4", "low"),
    ("МБОУ «СОШ № 5»", "kurgan/school-5", "СОШ № 5", "mid"),
    ("МБОУ «СОШ № 7»", "kurgan/school-7", "СОШ № 7", "mid"),
    ("МБОУ «Гимназия № 19»", "kurgan/gymnasium-19", "Гимназия № 19", "mid"),
    ("МБОУ «СОШ № 20»", "kurgan/school-20", "СОШ № 20", "low"),
    ("МБОУ «СОШ № 22»", "kurgan/school-22", "СОШ № 22", "mid"),
    ("МБОУ города Кургана «Средняя общеобразовательная школа № 26 с углублённым изучением отдельных предметов»",
     "kurgan/school-26", "СОШ № 26", "mid"),
    ("МБОУ «Гимназия № 27»", "kurgan/gymnasium-27", "Гимназия № 27", "mid"),
    ("МБОУ «СОШ № 30»", "kurgan/school-30", "СОШ № 30", "top"),
    ("МБОУ «Лицей № 12»", "kurgan/lyceum-12", "Лицей № 12", "mid"),
    ("МБОУ «СОШ № 38»", "kurgan/school-38", "СОШ № 38", "top"),
    ("МБОУ «СОШ № 40»", "kurgan/school-40", "СОШ № 40", "low"),
    ("МБОУ «Гимназия № 47»", "kurgan/gymnasium-47", "Гимназия № 47", "mid"),
    ("МБОУ «СОШ № 75»", "kurgan/school-75", "СОШ № 75", "low"),
]


@builder(10101)
def doc_kurgan(rng):
    d = Doc("kurgan_spravka_2023", "docx", "город Курган", as_of="2023-11-10", author="Сафронова Е.В.")
    bands = {"low": (5.5, 9.4), "mid": (10.6, 19.4), "top": (20.6, 26.0)}
    rows = []
    for name, cl, short, b in KURGAN:
        d.org(name, cl)
        tot = rng.randint(620, 1540)
        rows.append({"name": name, "short": short, "tot": tot, "e": band(rng, tot, *bands[b]),
                     "m": int(tot * rng.uniform(0.02, 0.06)), "t": rng.randint(8, 31)})
    T, E = sum(r["tot"] for r in rows), sum(r["e"] for r in rows)
    M, P = sum(r["m"] for r in rows), sum(r["t"] for r in rows)
    shares = [parse_num(pc(shr(r["e"], r["tot"]))) for r in rows]
    for r in rows:
        assert safe(shr(r["e"], r["tot"]))
    assert safe(shr(E, T)) and safe(sum(shares) / len(shares))
    top = [r["short"] for r, s in zip(rows, shares) if s >= 20]
    low = [r for r, s in zip(rows, shares) if s < 10]
    assert top == ["СОШ № 2", "СОШ № 30", "СОШ № 38"] and len(low) == 4

    d.head("АДМИНИСТРАЦИЯ ГОРОДА КУРГАНА\nДЕПАРТАМЕНТ СОЦИАЛЬНОЙ ПОЛИТИКИ\nУправление образования")
    d.title("Аналитическая справка\nпо результатам муниципального этапа мониторинга реализации целевой модели "
            "наставничества в общеобразовательных организациях города Кургана в 2023 году")
    d.p("Муниципальный этап мониторинга организован на основании приказа Департамента социальной политики "
        "Администрации города Кургана от 12.10.2023 № 1473 и проведён с 16 октября по 10 ноября 2023 года. "
        "Методология (целевая модель) наставничества внедряется в соответствии с " + P145 + ".")
    d.p(f"В мониторинге приняли участие {len(rows)} муниципальных бюджетных общеобразовательных организаций (далее – "
        f"ОО). Сведения о численности участников программ наставничества представлены в таблице.")
    d.c_count("organizations", "в мониторинге приняли участие N ОО", len(rows), len(rows))
    W = [0.8, 5.6, 2.3, 2.0, 1.7, 2.2, 2.1]

    def mk(caption):
        t = Table(7, widths=W, font=10, hfont=9, caption=caption)
        t.hrow(Cell("№", rs=2), Cell("Общеобразовательная организация", rs=2),
               Cell("Обучающиеся 5–11 классов, всего (чел.)", rs=2), Cell("Наставляемые из числа обучающихся", cs=2),
               Cell("Обучающиеся-наставники (чел.)", rs=2), Cell("Педагоги-наставники (чел.)", rs=2))
        t.hrow("чел.", "% от числа обучающихся")
        return t
    t1, t2 = mk("Таблица"), mk("Продолжение таблицы")
    for k, (r, s) in enumerate(zip(rows, shares), 1):
        nm = r["name"]
        (t1 if k <= 8 else t2).row("org", [f"{k}.", Cell(nm, align="left"), F(n(r["tot"]), nm, "students_total"),
                                          F(str(r["e"]), nm, "mentees"), F(pc(shr(r["e"], r["tot"])), nm,
                                                                          "mentee_share_pct"),
                                          F(str(r["m"]), nm, "mentors"), F(str(r["t"]), nm, "teachers_involved")])
    t2.row("total", [Cell("Итого по городу", cs=2), n(T), n(E), pc(shr(E, T)), str(M), str(P)])
    d.table(t1)
    d.table(t2)
    for r in rows:
        d.c_share("mentee_share_pct", f"{r['name']}: доля наставляемых", pc(shr(r["e"], r["tot"])), r["e"], r["tot"])
    d.c_sum("students_total", "строка «Итого по городу», обучающихся", n(T), [r["tot"] for r in rows])
    d.c_sum("mentees", "строка «Итого по городу», наставляемых", n(E), [r["e"] for r in rows])
    d.c_share("mentee_share_pct", "строка «Итого по городу», доля", pc(shr(E, T)), E, T)
    d.c_sum("mentors", "строка «Итого по городу», обучающихся-наставников", str(M), [r["m"] for r in rows])
    d.c_sum("teachers_involved", "строка «Итого по городу», педагогов-наставников", str(P), [r["t"] for r in rows])

    d.p(f"По итогам мониторинга в роли наставляемого выступают {n(E)} обучающихся, что составляет {pc(shr(E, T))}% от "
        f"общего числа обучающихся 5–11 классов ({n(T)} чел.). Наставниками стали {M} обучающихся и {P} педагогов.")
    d.c_sum("mentees", "в тексте: наставляемых", n(E), [r["e"] for r in rows])
    d.c_share("mentee_share_pct", "в тексте: доля наставляемых от общего числа", pc(shr(E, T)), E, T)
    d.c_sum("students_total", "в тексте: общее число обучающихся", n(T), [r["tot"] for r in rows])
    d.c_sum("mentors", "в тексте: обучающихся-наставников", str(M), [r["m"] for r in rows])
    d.c_sum("teachers_involved", "в тексте: педагогов-наставников", str(P), [r["t"] for r in rows])
    mean_true = sum(shares) / len(shares)
    mean_stated = pc(mean_true + 0.9)          # PLANTED: the mean of the ОО values is printed 0,9 too high
    d.p(f"Наибольшие значения показателя (20% и выше) отмечены в СОШ №№ 2, 30 и 38. Среднее значение доли "
        f"наставляемых по ОО составило {mean_stated}%. В {WORDS_GEN[len(low)]} ОО показатель не достигает 10%, "
        f"что ниже регионального ориентира на 2023 год.")
    d.c_member("mentee_share_pct", "20% и выше: СОШ №№ 2, 30 и 38", ["СОШ № 2", "СОШ № 30", "СОШ № 38"], top)
    d.c_mean("mentee_share_pct", "среднее значение доли по ОО", mean_stated, shares, planted=True)
    d.c_count("mentee_share_pct", "в четырёх ОО ниже 10%", 4, len(low))
    d.sign("Начальник управления образования                                  Е.В. Сафронова\n"
           "Исп. Мартынова О.Н., 8 (3522) 42-88-16")
    return d


# ------------------------------------------------------------------ 2. Кетовский МО (pdf, horizontal rules, total at top)
KETOVO = [  # name, cluster, short, forms
    ("МКОУ «Кетовская СОШ»", "ketovo/ketovo", "Кетовская СОШ", 4),
    ("МКОУ «Большечаусовская СОШ»", "ketovo/bolshoe-chausovo", "Большечаусовская СОШ", 2),
    ("МКОУ «Введенская СОШ»", "ketovo/vvedenskoe", "Введенская СОШ", 4),
    ("МКОУ «Иковская СОШ»", "ketovo/ikovka", "Иковская СОШ", 3),
    ("МКОУ «Лесниковская СОШ»", "ketovo/lesnikovo", "Лесниковская СОШ", 3),
    ("МКОУ «Митинская СОШ»", "ketovo/mitino", "Митинская СОШ", 3),
    ("Филиал МКОУ «Митинская СОШ» – «Менщиковская основная общеобразовательная школа»", "ketovo/menshchikovo",
     "Менщиковская ООШ", 1),
    ("МКОУ «Падеринская СОШ»", "ketovo/paderino", "Падеринская СОШ", 2),
    ("МКОУ «Садовская СОШ»", "ketovo/sadovoe", "Садовская СОШ", 4),
    ("МКОУ «Чашинская СОШ»", "ketovo/chashino", "Чашинская СОШ", 3),
    ("МКОУ «Шмаковская СОШ»", "ketovo/shmakovo", "Шмаковская СОШ", 2),
    ("МКОУ «Колесниковская ООШ»", "ketovo/kolesnikovo", "Колесниковская ООШ", 2),
    ("МКУ ДО «Кетовский детско-юношеский центр»", "ketovo/udo-dyuts", "Кетовский ДЮЦ", 3),
]


@builder(10102)
def doc_ketovo(rng):
    d = Doc("ketovo_monitoring_2022", "pdf", "Кетовский муниципальный округ", as_of="2022-12-09",
            author="Лукиных Т.А.")
    rows = []
    for name, cl, short, fc in KETOVO:
        d.org(name, cl)
        pairs = rng.randint(6, 12) * fc + rng.randint(0, 5)
        e = pairs + rng.randint(pairs // 4, pairs // 2)
        m = pairs - rng.randint(0, pairs // 5)
        pe = rng.randint(0, 3) if fc >= 3 else rng.randint(0, 1)
        rows.append({"name": name, "short": short, "f": fc, "p": pairs, "e": e, "m": m, "pe": pe})
    F_, PR, E, M, PE = (sum(r[k] for r in rows) for k in ("f", "p", "e", "m", "pe"))
    assert safe(F_ / len(rows)) and safe(E / M)
    four = [r["short"] for r in rows if r["f"] == 4]
    three_plus = [r for r in rows if r["f"] >= 3]
    assert len(three_plus) == 8

    d.head("Администрация Кетовского муниципального округа Курганской области\nОтдел образования")
    d.title("Справка\nо результатах мониторинга реализации программ наставничества\nв образовательных "
            "организациях Кетовского муниципального округа\n(по состоянию на 09.12.2022)")
    d.p("Мониторинг проведён по поручению Департамента образования и науки Курганской области (письмо от "
        "21.11.2022 № 07-05137/22). Образовательные организации представили сведения до 7 декабря "
        "2022 года.")
    d.p(f"Программы наставничества реализуются в {len(rows)} образовательных организациях округа: в 12 школах "
        f"(включая один филиал) и в учреждении дополнительного образования.")
    d.c_count("organizations", "программы реализуются в N ОО", len(rows), len(rows))
    d.c_count("organizations", "в т.ч. в 12 школах", 12, len([r for r in rows if "ДО" not in r["name"]]))
    t = Table(7, widths=[0.8, 6.4, 1.9, 2.1, 2.0, 2.0, 2.2], font=10, hfont=9, ruled="h", caption="Таблица 1")
    t.hrow("№ п/п", "Образовательная организация", "Кол-во реализуемых форм", "Наставнических пар / групп",
           "Наставляемых, чел.", "Наставников, чел.", "Предприятий- партнёров, ед.")
    PR_printed = PR + 4      # PLANTED: the «Всего по округу» of pairs (at the top) is 4 more than the rows give
    t.row("total", ["", "Всего по округу", "х", str(PR_printed), str(E), str(M), str(PE)])
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(str(r["f"]), nm, "forms_count"), F(str(r["p"]), nm, "pairs"),
                      F(str(r["e"]), nm, "mentees"), F(str(r["m"]), nm, "mentors"),
                      F(z(r["pe"]), nm, "partner_enterprises")])
    d.table(t)
    d.c_sum("pairs", "строка «Всего по округу» (вверху), пар", str(PR_printed), [r["p"] for r in rows], planted=True)
    d.c_sum("mentees", "строка «Всего по округу», наставляемых", str(E), [r["e"] for r in rows])
    d.c_sum("mentors", "строка «Всего по округу», наставников", str(M), [r["m"] for r in rows])
    d.c_sum("partner_enterprises", "строка «Всего по округу», предприятий", str(PE), [r["pe"] for r in rows])
    d.p(f"Все четыре формы наставничества реализуют {join_ru(four)}. Более половины организаций "
        f"({len(three_plus)} из {len(rows)}) реализуют три формы и более; в среднем на одну организацию приходится "
        f"{pc(F_ / len(rows))} формы.")
    d.c_member("forms_count", "все четыре формы", four, [r["short"] for r in rows if r["f"] == 4])
    d.c_count("forms_count", "три формы и более: 8 из 13", len(three_plus), len(three_plus))
    d.c_count("organizations", "… из 13", len(rows), len(rows))
    d.c_target("forms_count", "более половины ОО реализуют три формы и более", 50, shr(len(three_plus), len(rows)))
    d.c_mean("forms_count", "в среднем форм на одну ОО", pc(F_ / len(rows)), [r["f"] for r in rows])
    d.p(f"Сформировано {PR} наставнических пар (групп), в которых {E} наставляемых и {M} наставников; на одного "
        f"наставника в среднем приходится {pc(E / M)} наставляемого. К реализации формы «работодатель – ученик» "
        f"привлечены представители {PE} предприятий и организаций округа.")
    d.c_sum("pairs", "в тексте: пар (групп)", str(PR), [r["p"] for r in rows])
    d.c_sum("mentees", "в тексте: наставляемых", str(E), [r["e"] for r in rows])
    d.c_sum("mentors", "в тексте: наставников", str(M), [r["m"] for r in rows])
    d.c_ratio("mentees", "наставляемых на одного наставника", pc(E / M), E, M)
    d.c_sum("partner_enterprises", "в тексте: предприятий", str(PE), [r["pe"] for r in rows])
    d.sign("Руководитель отдела образования                              Т.А. Лукиных\n"
           "тел. 8 (35231) 2-37-71")
    return d


# ------------------------------------------------------------------ 3. город Саранск (pdf, ruled, 2 pages, city/village subtotals)
SARANSK_CITY = [1, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 20, 22, 24, 25, 27, 28, 30, 33, 35, 36, 38]
SARANSK_SPECIAL = [("МОУ «Лицей № 4»", "saransk/lyceum-4"), ("МОУ «Лицей № 26»", "saransk/lyceum-26"),
                   ("МОУ «Гимназия № 12»", "saransk/gymnasium-12"), ("МОУ «Гимназия № 19»", "saransk/gymnasium-19")]
SARANSK_VILLAGE = [("МОУ «Луховская СОШ»", "saransk/lukhovka"), ("МОУ «Ялгинская СОШ»", "saransk/yalga"),
                   ("МОУ «Николаевская СОШ»", "saransk/nikolaevka"), ("МОУ «Напольновская СОШ»", "saransk/napolnoe"),
                   ("МОУ «Горяйновская ООШ»", "saransk/goryainovka"), ("МОУ «Зыковская СОШ»", "saransk/zykovo")]


@builder(10103)
def doc_saransk(rng):
    d = Doc("saransk_spravka_2023", "pdf", "городской округ Саранск", as_of="2023-05-25", author="Кирдяпкина Н.П.",
            font=11)
    forms = [UU, TU, SU, RU]
    city = [(f"МОУ «Средняя школа № {k}»", f"saransk/school-{k}", str(k)) for k in SARANSK_CITY]
    city += [(a, b, None) for a, b in SARANSK_SPECIAL]
    vill = [(a, b, None) for a, b in SARANSK_VILLAGE]
    su_set = set(rng.sample(range(len(city)), 10))
    ru_nums = sorted(rng.sample([5, 7, 9, 12, 17, 24, 30, 36], 6))
    rows = []
    for i, (name, cl, num) in enumerate(city + vill):
        d.org(name, cl)
        village = i >= len(city)
        pr = {UU: rng.randint(8, 30) if not village else rng.randint(3, 9),
              TU: (rng.randint(4, 14) if rng.random() < 0.85 else 0) if not village else rng.randint(0, 4),
              SU: rng.randint(2, 8) if i in su_set else 0,
              RU: rng.randint(1, 5) if num is not None and int(num) in ru_nums else 0}
        if village and i == len(city):
            pr[SU] = rng.randint(1, 3)      # one village school works with a college
        st = int(sum(pr.values()) * rng.uniform(1.3, 1.8))
        tc = rng.randint(3, 15) if not village else rng.randint(1, 5)
        rows.append({"name": name, "num": num, "v": village, "p": pr, "st": st, "tc": tc})
    C_ = [r for r in rows if not r["v"]]
    V_ = [r for r in rows if r["v"]]
    cnt = {f: sum(1 for r in rows if r["p"][f] > 0) for f in forms}
    assert cnt[UU] == len(rows) and 28 <= cnt[TU] < len(rows) and cnt[SU] == 11 and cnt[RU] == 6
    tot = {f: sum(r["p"][f] for r in rows) for f in forms}
    PR = sum(tot.values())
    assert safe(PR / len(rows))

    d.head("АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА САРАНСК\nДепартамент по социальной политике\nУправление образования")
    d.title("Информационно-аналитическая справка\nо реализации целевой модели наставничества в муниципальных "
            "общеобразовательных учреждениях городского округа Саранск\nза 2022/2023 учебный год")
    d.p("Сбор сведений проводился с 10 по 25 мая 2023 года в соответствии с приказом Управления образования от "
        "28.04.2023 № 386 через электронные формы. Целевая модель наставничества внедрена в соответствии с "
        + P145_SHORT + " и приказом Министерства образования Республики Мордовия.")
    d.p(f"Сведения представили все {len(rows)} муниципальных общеобразовательных "
        f"{plural(len(rows), 'учреждение', 'учреждения', 'учреждений')} (далее – МОУ), из них "
        f"{len(C_)} городских и {len(V_)} сельских.")
    d.c_count("organizations", "все N МОУ", len(rows), len(rows))
    d.c_count("organizations", "из них городских", len(C_), len(C_))
    d.c_count("organizations", "… и сельских", len(V_), len(V_))
    t = Table(8, widths=[0.8, 4.9, 1.9, 1.9, 1.9, 2.1, 1.9, 1.7], font=9, hfont=8, caption="Таблица 1", cell_pad=20)
    t.hrow(Cell("№ п/п", rs=2), Cell("МОУ", rs=2), Cell("Число наставнических пар (групп) по формам", cs=4),
           Cell("Обучающихся, вовлечённых в наставничество, чел.", rs=2), Cell("Педагогов – участников, чел.", rs=2))
    t.hrow(*[FCAP[f] for f in forms])

    def trow(label, sub):
        t.row("total", [Cell(label, cs=2)] + [n(sum(r["p"][f] for r in sub), NB) for f in forms]
              + [n(sum(r["st"] for r in sub), NB), n(sum(r["tc"] for r in sub), NB)])
    k = 0
    for sub, label in ((C_, "Итого по городским МОУ"), (V_, "Итого по сельским МОУ")):
        for r in sub:
            k += 1
            nm = r["name"]
            t.row("org", [str(k), Cell(nm, align="left")] + [F(z(r["p"][f]), nm, "pairs", f) for f in forms]
                  + [F(str(r["st"]), nm, "students_involved"), F(str(r["tc"]), nm, "teachers_involved")])
        trow(label, sub)
    trow("Всего", rows)
    d.table(t)
    for label, sub in (("Итого по городским МОУ", C_), ("Итого по сельским МОУ", V_), ("Всего", rows)):
        for f in forms:
            d.c_sum("pairs", f"строка «{label}», форма {FQ[f]}", n(sum(r["p"][f] for r in sub)),
                    [r["p"][f] for r in sub])
        d.c_sum("students_involved", f"строка «{label}», обучающихся", n(sum(r["st"] for r in sub)),
                [r["st"] for r in sub])
        d.c_sum("teachers_involved", f"строка «{label}», педагогов", n(sum(r["tc"] for r in sub)),
                [r["tc"] for r in sub])
    su_stated = cnt[SU] + 1       # PLANTED: «студент – ученик» is said to be implemented in one МОУ more
    d.p(f"Форма «ученик – ученик» реализуется во всех МОУ, «учитель – ученик» – в {cnt[TU]}, «студент – ученик» – в "
        f"{su_stated} (во взаимодействии с ФГБОУ ВО «МГУ им. Н.П. Огарёва» и ГБПОУ РМ «Саранский техникум "
        f"сферы услуг и промышленных технологий»), «работодатель – ученик» – в {cnt[RU]} МОУ: средних школах №№ "
        f"{', '.join(str(x) for x in ru_nums[:-1])} и {ru_nums[-1]}.")
    d.c_count("pairs", f"форма {FQ[TU]} в N МОУ", cnt[TU], cnt[TU])
    d.c_count("pairs", f"форма {FQ[SU]} в N МОУ", su_stated, cnt[SU], planted=True)
    d.c_count("pairs", f"форма {FQ[RU]} в N МОУ", cnt[RU], cnt[RU])
    listed = [f"Средняя школа № {x}" for x in ru_nums]
    d.c_member("pairs", f"форма {FQ[RU]}: школы №№ …", listed,
               [f"Средняя школа № {r['num']}" for r in rows if r["p"][RU] > 0])
    d.p(f"Всего сформировано {n(PR)} наставнических пар (групп): {n(tot[UU])} – в форме «ученик – ученик», "
        f"{tot[TU]} – «учитель – ученик», {tot[SU]} – «студент – ученик», {tot[RU]} – «работодатель – ученик». "
        f"В среднем на одно МОУ приходится {pc(PR / len(rows))} пары.")
    d.c_comp("pairs", "всего пар = сумма по формам", n(PR), [tot[f] for f in forms])
    for f in forms:
        d.c_sum("pairs", f"в тексте: форма {FQ[f]}", n(tot[f]), [r["p"][f] for r in rows])
    d.c_ratio("pairs", "в среднем пар на одно МОУ", pc(PR / len(rows)), PR, len(rows))
    d.sign("Начальник Управления образования                              Н.П. Кирдяпкина\n"
           "Исполнитель: Ведяшкина А.С., тел. 8 (8342) 47-62-18")
    return d


# ------------------------------------------------------------------ 4. город Улан-Удэ (pdf, no rules, 2-level header; young teachers)
ULANUDE = [  # name, cluster, short
    ("МАОУ «СОШ № 3»", "ulan-ude/school-3", "СОШ № 3"),
    ("МБОУ «СОШ № 7»", "ulan-ude/school-7", "СОШ № 7"),
    ("МБОУ «СОШ № 12»", "ulan-ude/school-12", "СОШ № 12"),
    ("МАОУ «Гимназия № 14»", "ulan-ude/gymnasium-14", "Гимназия № 14"),
    ("МБОУ «СОШ № 17»", "ulan-ude/school-17", "СОШ № 17"),
    ("МАОУ «СОШ № 25»", "ulan-ude/school-25", "СОШ № 25"),
    ("МБОУ «Лицей № 27»", "ulan-ude/lyceum-27", "Лицей № 27"),
    ("МАОУ «Бурятская гимназия № 29»", "ulan-ude/buryat-gymnasium-29", "Бурятская гимназия № 29"),
    ("МАОУ «Гимназия № 33»", "ulan-ude/gymnasium-33", "Гимназия № 33"),
    ("МБОУ «ООШ № 41»", "ulan-ude/oosh-41", "ООШ № 41"),
    ("МАОУ «СОШ № 49»", "ulan-ude/school-49", "СОШ № 49"),
    ("МБОУ «НОШ № 57»", "ulan-ude/nosh-57", "НОШ № 57"),
    ("МАОУ «СОШ № 65 им. Г.С. Асеевой»", "ulan-ude/school-65", "СОШ № 65"),
    ("МБОУ ДО «Центр детского творчества «Созвездие»", "ulan-ude/udo-sozvezdie", "ЦДТ «Созвездие»"),
]


@builder(10104)
def doc_ulanude(rng):
    d = Doc("ulan-ude_molodye_2022", "pdf", "город Улан-Удэ", as_of="2022-10-14", author="Дашиева С.Б.",
            landscape=False)
    partial = {"СОШ № 3", "СОШ № 7", "СОШ № 12", "Лицей № 27", "СОШ № 49"}
    rows = []
    for name, cl, short in ULANUDE:
        d.org(name, cl)
        y = rng.randint(7, 24) if "НОШ" not in short and "ООШ" not in short else rng.randint(2, 5)
        if short in partial:
            ym = y - rng.randint(1, max(1, y // 3))
        else:
            ym = y
        mt = max(1, ym - rng.randint(0, ym // 3))
        rows.append({"name": name, "short": short, "y": y, "ym": ym, "mt": mt})
    Y, YM, MT = sum(r["y"] for r in rows), sum(r["ym"] for r in rows), sum(r["mt"] for r in rows)
    shares = [parse_num(pc(shr(r["ym"], r["y"]))) for r in rows]
    for r in rows:
        assert safe(shr(r["ym"], r["y"]))
    assert safe(shr(YM, Y)) and safe(sum(shares) / len(shares))
    full = [r for r in rows if r["ym"] == r["y"]]
    assert len(full) == 9

    d.head("КОМИТЕТ ПО ОБРАЗОВАНИЮ АДМИНИСТРАЦИИ Г. УЛАН-УДЭ")
    d.title("СПРАВКА\nпо итогам мониторинга закрепления наставников за молодыми педагогами\nв муниципальных "
            "образовательных организациях г. Улан-Удэ\n(на 14 октября 2022 г.)")
    d.p("Мониторинг проведён в рамках реализации приказа Комитета по образованию Администрации г. Улан-Удэ от "
        "03.10.2022 № 1128 «Об организации наставничества педагогических работников в 2022/2023 учебном году». "
        "К молодым педагогам отнесены педагогические работники в возрасте до 35 лет со стажем работы до 3 лет.")
    t = Table(6, widths=[0.9, 6.8, 2.4, 2.4, 1.9, 2.6], font=10, hfont=9, ruled=False, hbold=False,
              caption="Таблица 1")
    t.hrow(Cell("№", rs=2), Cell("Образовательная организация", rs=2),
           Cell("Молодые педагоги (стаж до 3 лет)", cs=3), Cell("Педагогов-наставников, чел.", rs=2))
    t.hrow("всего, чел.", "закреплён наставник, чел.", "доля, %")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(str(r["y"]), nm, "young_teachers"),
                      F(str(r["ym"]), nm, "young_teacher_mentees"),
                      F(pc(shr(r["ym"], r["y"])), nm, "young_teacher_mentee_share_pct"),
                      F(str(r["mt"]), nm, "mentors", TT)])
    t.row("total", ["", "Итого", str(Y), str(YM), pc(shr(YM, Y)), str(MT)])
    d.table(t)
    for r in rows:
        d.c_share("young_teacher_mentee_share_pct", f"{r['name']}: доля", pc(shr(r["ym"], r["y"])), r["ym"], r["y"])
    d.c_sum("young_teachers", "строка «Итого», молодых педагогов", str(Y), [r["y"] for r in rows])
    d.c_sum("young_teacher_mentees", "строка «Итого», с наставником", str(YM), [r["ym"] for r in rows])
    d.c_share("young_teacher_mentee_share_pct", "строка «Итого», доля", pc(shr(YM, Y)), YM, Y)
    d.c_sum("mentors", "строка «Итого», наставников", str(MT), [r["mt"] for r in rows])
    d.p(f"Из {Y} молодых педагогов наставники закреплены за {YM} ({pc(shr(YM, Y))}%). Наставничество "
        f"осуществляют {MT} педагогов; средний по организациям показатель закрепления – "
        f"{pc(sum(shares) / len(shares))}%.")
    d.c_sum("young_teachers", "в тексте: молодых педагогов", str(Y), [r["y"] for r in rows])
    d.c_sum("young_teacher_mentees", "в тексте: закреплены наставники", str(YM), [r["ym"] for r in rows])
    d.c_share("young_teacher_mentee_share_pct", "в тексте: доля закреплённых", pc(shr(YM, Y)), YM, Y)
    d.c_sum("mentors", "в тексте: педагогов-наставников", str(MT), [r["mt"] for r in rows])
    d.c_mean("young_teacher_mentee_share_pct", "средний по организациям показатель",
             pc(sum(shares) / len(shares)), shares)
    stated_full = len(full) + 1    # PLANTED: 100% is said to be reached in one organization more
    lows = [r["short"] for r in rows if r["ym"] < r["y"]]
    d.p(f"Стопроцентное закрепление наставников обеспечено в {stated_full} организациях. Не за всеми молодыми "
        f"педагогами закреплены наставники в {join_ru(lows)}; руководителям указанных организаций необходимо в "
        f"срок до 01.11.2022 издать приказы о закреплении наставнических пар.")
    d.c_count("young_teacher_mentee_share_pct", "100% в N организациях", stated_full, len(full), planted=True)
    d.c_member("young_teacher_mentee_share_pct", "не за всеми закреплены", lows,
               [r["short"] for r in rows if shr(r["ym"], r["y"]) < 100])
    d.sign("Заместитель председателя Комитета                         С.Б. Дашиева\n"
           "Исп. Цыденова А.Б., 21-45-08")
    return d


# ------------------------------------------------------------------ 5. Иволгинский район (odt; mentors by form with dashes)
IVOLGA = [  # name, cluster, short, forms present (UU, TT, RU)
    ("МБОУ «Иволгинская СОШ»", "ivolginsk/ivolginsk", "Иволгинская СОШ", (1, 1, 1)),
    ("МБОУ «Сотниковская СОШ»", "ivolginsk/sotnikovo", "Сотниковская СОШ", (1, 1, 1)),
    ("МБОУ «Хурамшинская СОШ»", "ivolginsk/khuramsha", "Хурамшинская СОШ", (1, 1, 0)),
    ("МБОУ «Гурульбинская СОШ»", "ivolginsk/gurulba", "Гурульбинская СОШ", (1, 1, 0)),
    ("МБОУ «Нижнеиволгинская СОШ»", "ivolginsk/nizhnyaya-ivolga", "Нижнеиволгинская СОШ", (1, 0, 0)),
    ("МБОУ «Гильбиринская СОШ»", "ivolginsk/gilbira", "Гильбиринская СОШ", (1, 1, 0)),
    ("МБОУ «Оёрская ООШ»", "ivolginsk/oyor", "Оёрская ООШ", (1, 0, 0)),
    ("МБОУ «Ганзуринская СОШ»", "ivolginsk/ganzurino", "Ганзуринская СОШ", (1, 1, 1)),
    ("Филиал МБОУ «Иволгинская СОШ» в улусе Верхняя Иволга", "ivolginsk/verkhnyaya-ivolga", "филиал в у. Верхняя Иволга",
     (1, 0, 0)),
    ("МБОУ «Кибалинская НОШ»", "ivolginsk/kibalino", "Кибалинская НОШ", (0, 1, 0)),
    ("МБУ ДО «Иволгинский Дом детского творчества»", "ivolginsk/udo-ddt", "Иволгинский ДДТ", (1, 1, 0)),
]


@builder(10105)
def doc_ivolginsk(rng):
    d = Doc("ivolginsk_itogi_2023", "odt", "Иволгинский район", as_of="2023-06-01", author="Батуева Д.Ц.")
    forms = [UU, TT, RU]
    rows = []
    for name, cl, short, pres in IVOLGA:
        d.org(name, cl)
        m = {UU: rng.randint(4, 18) * pres[0], TT: rng.randint(1, 6) * pres[1], RU: rng.randint(1, 4) * pres[2]}
        e = m[UU] * 2 + m[TT] + m[RU] * 3 + rng.randint(0, 6)
        rows.append({"name": name, "short": short, "m": m, "e": e})
    tot = {f: sum(r["m"][f] for r in rows) for f in forms}
    MT, E = sum(tot.values()), sum(r["e"] for r in rows)
    assert safe(E / MT)
    cnt = {f: sum(1 for r in rows if r["m"][f] > 0) for f in forms}
    assert cnt == {UU: 10, TT: 8, RU: 3}

    d.head("МУНИЦИПАЛЬНОЕ КАЗЁННОЕ УЧРЕЖДЕНИЕ\n«ИВОЛГИНСКОЕ РАЙОННОЕ УПРАВЛЕНИЕ ОБРАЗОВАНИЯ»")
    d.title("Итоги реализации программ наставничества\nв образовательных организациях Иволгинского района\n"
            "в 2022–2023 учебном году")
    d.p("Итоги подведены по данным отчётов образовательных организаций по состоянию на 1 июня 2023 года в "
        "соответствии с планом работы МКУ «Иволгинское РУО» на 2022–2023 учебный год (пункт 4.12).")
    t = Table(6, widths=[0.8, 6.4, 2.3, 2.3, 2.6, 2.4], font=10, hfont=9, caption="Таблица")
    t.hrow(Cell("№", rs=2), Cell("Образовательная организация", rs=2), Cell("Наставников по формам, чел.", cs=3),
           Cell("Наставляемых, чел.", rs=2))
    t.hrow("ученик – ученик", "учитель – учитель", "работодатель – ученик")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left")] + [F(z(r["m"][f]), nm, "mentors", f) for f in forms]
              + [F(str(r["e"]), nm, "mentees")])
    t.row("total", [Cell("Итого по району", cs=2)] + [str(tot[f]) for f in forms] + [str(E)])
    d.table(t)
    d.note("«–» – форма наставничества в организации не реализуется")
    for f in forms:
        d.c_sum("mentors", f"строка «Итого по району», форма {FQ[f]}", str(tot[f]), [r["m"][f] for r in rows])
    d.c_sum("mentees", "строка «Итого по району», наставляемых", str(E), [r["e"] for r in rows])
    stated_total = MT + 10     # PLANTED: the total stated in the text is 10 more than its parts
    d.p(f"В реализацию программ наставничества вовлечены {stated_total} наставников: {tot[UU]} обучающихся (форма "
        f"«ученик – ученик»), {tot[TT]} педагогов (форма «учитель – учитель») и {tot[RU]} представителей предприятий "
        f"и организаций (форма «работодатель – ученик»). На одного наставника приходится в среднем "
        f"{pc(E / MT)} наставляемого.")
    d.c_comp("mentors", "наставников всего = ученики + педагоги + представители предприятий", str(stated_total),
             [tot[f] for f in forms], planted=True)
    for f in forms:
        d.c_sum("mentors", f"в тексте: форма {FQ[f]}", str(tot[f]), [r["m"][f] for r in rows])
    d.c_ratio("mentees", "наставляемых на одного наставника", pc(E / MT), E, MT)
    no_tt = [r["short"] for r in rows if r["m"][TT] == 0]
    d.p(f"Форма «ученик – ученик» реализуется в десяти организациях, «учитель – учитель» – в восьми, "
        f"«работодатель – ученик» – в трёх (Иволгинская, Сотниковская и Ганзуринская СОШ, партнёры – СПК "
        f"«Оёр», ООО «Байкал-Агро» и ГАУЗ «Иволгинская ЦРБ»). Форма «учитель – учитель» не организована в "
        f"Нижнеиволгинской СОШ, Оёрской ООШ и филиале в у. Верхняя Иволга.")
    d.c_count("mentors", f"форма {FQ[UU]} в десяти организациях", 10, cnt[UU])
    d.c_count("mentors", f"форма {FQ[TT]} в восьми", 8, cnt[TT])
    d.c_count("mentors", f"форма {FQ[RU]} в трёх", 3, cnt[RU])
    d.c_member("mentors", f"форма {FQ[RU]}: список", ["Иволгинская СОШ", "Сотниковская СОШ", "Ганзуринская СОШ"],
               [r["short"] for r in rows if r["m"][RU] > 0])
    d.c_member("mentors", f"форма {FQ[TT]} не организована", ["Нижнеиволгинская СОШ", "Оёрская ООШ",
                                                              "филиал в у. Верхняя Иволга"], no_tt)
    d.sign("Начальник МКУ «Иволгинское РУО»                              Д.Ц. Батуева\n"
           "8 (30140) 41-3-72")
    return d


# ------------------------------------------------------------------ 6. город Абакан (docx; one table in two Word tables, the second without header)
ABAKAN = [
    ("МБОУ «СОШ № 1»", "abakan/school-1"), ("МБОУ «Гимназия»", "abakan/gymnasium"),
    ("МБОУ «СОШ № 3»", "abakan/school-3"), ("МБОУ «Лицей им. Н.Г. Булакина»", "abakan/lyceum-bulakin"),
    ("МБОУ «СОШ № 5»", "abakan/school-5"), ("МБОУ «СОШ № 9»", "abakan/school-9"),
    ("МБОУ «СОШ № 10»", "abakan/school-10"), ("МБОУ «СОШ № 11»", "abakan/school-11"),
    ("МБОУ «СОШ № 19»", "abakan/school-19"), ("МБОУ «СОШ № 20»", "abakan/school-20"),
    ("МБОУ «Лицей»", "abakan/lyceum"), ("МБОУ «СОШ № 22»", "abakan/school-22"),
    ("МБОУ «СОШ № 24»", "abakan/school-24"), ("МБОУ «СОШ № 25»", "abakan/school-25"),
    ("МБОУ «СОШ № 26»", "abakan/school-26"), ("МБОУ «СОШ № 30»", "abakan/school-30"),
    ("МБОУ «СОШ № 31»", "abakan/school-31"),
    ("МБУ ДО «Центр детского творчества»", "abakan/udo-cdt"),
]


@builder(10106)
def doc_abakan(rng):
    d = Doc("abakan_spravka_2022", "docx", "город Абакан", as_of="2022-12-15", author="Кызласова И.В.")
    rows = []
    for name, cl in ABAKAN:
        d.org(name, cl)
        fc = rng.choice([2, 3, 3, 4, 4, 5]) if "ДО" not in name else 2
        st = rng.randint(60, 310)
        tc = rng.randint(6, 34)
        pairs = int((st + tc) * rng.uniform(0.55, 0.8))
        rows.append({"name": name, "f": fc, "p": pairs, "st": st, "tc": tc})
    F_, PR, ST, TC = (sum(r[k] for r in rows) for k in ("f", "p", "st", "tc"))
    TOTAL = rng.randint(27500, 29900)
    assert safe(F_ / len(rows)) and safe(shr(ST, TOTAL)) and safe(shr(TC, ST + TC))
    four = [r for r in rows if r["f"] >= 4]
    assert len(four) == 7

    d.head("Управление образования Администрации города Абакана")
    d.title("Справка\nпо итогам мониторинга внедрения целевой модели наставничества\nв муниципальных "
            "образовательных организациях города Абакана (II полугодие 2022 года)")
    d.p("В соответствии с планом работы Управления образования на 2022 год и письмом Министерства образования и "
        "науки Республики Хакасия от 18.11.2022 № 100-7829 проведён мониторинг внедрения целевой модели "
        "наставничества. Сведения представлены по состоянию на 15.12.2022.")
    d.p(f"В мониторинге участвовали {len(rows)} организаций: 17 общеобразовательных организаций и учреждение "
        f"дополнительного образования. Результаты приведены в таблице 1 (стр. 2–3).")
    d.c_count("organizations", "участвовали N организаций", len(rows), len(rows))
    d.c_count("organizations", "из них 17 общеобразовательных", 17, len([r for r in rows if "ДО" not in r["name"]]))
    W = [0.8, 6.2, 2.2, 2.3, 2.4, 2.4]
    t1 = Table(6, widths=W, font=10, hfont=9, caption="Таблица 1")
    t1.hrow("№ п/п", "Наименование организации", "Количество форм наставни-чества", "Количество пар (групп)",
            "Обучающихся – участников, чел.", "Педагогов – участников, чел.")
    t2 = Table(6, widths=W, font=10, hfont=9, repeat_header=False)
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        (t1 if k <= 10 else t2).row("org", [str(k), Cell(nm, align="left"), F(str(r["f"]), nm, "forms_count"),
                                           F(str(r["p"]), nm, "pairs"), F(str(r["st"]), nm, "students_involved"),
                                           F(str(r["tc"]), nm, "teachers_involved")])
    t2.row("total", ["", "Итого", "", n(PR), n(ST), str(TC)])
    d.table(t1)
    d.pagebreak()
    d.table(t2)
    d.c_sum("pairs", "строка «Итого», пар", n(PR), [r["p"] for r in rows])
    d.c_sum("students_involved", "строка «Итого», обучающихся", n(ST), [r["st"] for r in rows])
    d.c_sum("teachers_involved", "строка «Итого», педагогов", str(TC), [r["tc"] for r in rows])
    st_share_stated = pc(shr(ST, TOTAL) + 1.0)     # PLANTED: the coverage is printed 1,0 point too high
    d.p(f"Всего в программы наставничества вовлечены {n(ST + TC)} человек, из них {n(ST)} обучающихся – "
        f"{st_share_stated}% от общей численности обучающихся города ({n(TOTAL)} чел.), и {TC} педагогов, что "
        f"составляет {pc(shr(TC, ST + TC))}% от всех участников.")
    d.c_comp("students_involved", "участников = обучающиеся + педагоги", n(ST + TC), [ST, TC])
    d.c_sum("students_involved", "в тексте: обучающихся", n(ST), [r["st"] for r in rows])
    d.c_share("students_involved", "доля обучающихся-участников от численности обучающихся", st_share_stated, ST,
              TOTAL, planted=True)
    d.c_sum("teachers_involved", "в тексте: педагогов", str(TC), [r["tc"] for r in rows])
    d.c_share("teachers_involved", "доля педагогов среди участников", pc(shr(TC, ST + TC)), TC, ST + TC)
    d.p(f"Организациями сформировано {n(PR)} наставнических пар и групп. Четыре формы наставничества и более "
        f"реализуют {len(four)} организаций; в среднем одна организация реализует {pc(F_ / len(rows))} формы. "
        f"Справочно: в 2021 году программы наставничества были утверждены в 12 организациях.")
    d.c_sum("pairs", "в тексте: пар и групп", n(PR), [r["p"] for r in rows])
    d.c_count("forms_count", "четыре формы и более", len(four), len(four))
    d.c_mean("forms_count", "в среднем форм на организацию", pc(F_ / len(rows)), [r["f"] for r in rows])
    d.sign("Заместитель руководителя Управления образования                  И.В. Кызласова\n"
           "Исп. Боргоякова Н.С., тел. 8 (3902) 22-37-91")
    return d


# ------------------------------------------------------------------ 7. Усть-Абаканский район (doc; variants of «ученик – ученик»)
USTABAKAN = [  # name, cluster, short, variants present (УН, ЛП, РР)
    ("МБОУ «Усть-Абаканская СОШ»", "ust-abakan/ust-abakan", "Усть-Абаканская СОШ", (1, 1, 1)),
    ("МБОУ «Калининская СОШ»", "ust-abakan/kalinino", "Калининская СОШ", (1, 1, 1)),
    ("МБОУ «Вершино-Биджинская СОШ»", "ust-abakan/vershino-bidzha", "Вершино-Биджинская СОШ", (1, 0, 0)),
    ("МБОУ «Сапоговская СОШ»", "ust-abakan/sapogov", "Сапоговская СОШ", (1, 1, 1)),
    ("МБОУ «Расцветовская СОШ»", "ust-abakan/rastsvet", "Расцветовская СОШ", (1, 1, 0)),
    ("МБОУ «Солнечная СОШ»", "ust-abakan/solnechnoe", "Солнечная СОШ", (1, 0, 1)),
    ("МБОУ «Доможаковская СОШ»", "ust-abakan/domozhakov", "Доможаковская СОШ", (1, 1, 0)),
    ("МБОУ «Чарковская СОШ»", "ust-abakan/charkov", "Чарковская СОШ", (1, 0, 0)),
    ("МБОУ «Московская СОШ»", "ust-abakan/moskovskoe", "Московская СОШ", (1, 1, 0)),
    ("МБОУ «Райковская ООШ»", "ust-abakan/raikov", "Райковская ООШ", (1, 0, 0)),
    ("МБОУ «Опытненская СОШ»", "ust-abakan/opytnoe", "Опытненская СОШ", (1, 1, 1)),
]
V_UN, V_LP, V_RR = "успевающий - неуспевающий", "лидер - пассивный", "равный - равному"


@builder(10107)
def doc_ustabakan(rng):
    d = Doc("ust-abakan_formy_2023", "doc", "Усть-Абаканский район", as_of="2023-05-19", author="Тюмерекова Л.А.")
    vs = [V_UN, V_LP, V_RR]
    rows = []
    for name, cl, short, pres in USTABAKAN:
        d.org(name, cl)
        v = {V_UN: rng.randint(9, 34) * pres[0], V_LP: rng.randint(3, 14) * pres[1],
             V_RR: rng.randint(2, 9) * pres[2]}
        rows.append({"name": name, "short": short, "v": v})
    tot = {x: sum(r["v"][x] for r in rows) for x in vs}
    E = sum(tot.values())
    assert safe(shr(tot[V_UN], E)) and safe(shr(tot[V_LP], E)) and shr(tot[V_UN], E) > 50.3
    cnt = {x: sum(1 for r in rows if r["v"][x] > 0) for x in vs}
    rr = [r["short"] for r in rows if r["v"][V_RR] > 0]
    assert cnt[V_LP] == 7 and len(rr) == 5

    d.head("Управление образования администрации Усть-Абаканского района")
    d.title("СВЕДЕНИЯ\nо реализации формы наставничества «ученик – ученик»\nв общеобразовательных организациях "
            "Усть-Абаканского района\nпо состоянию на 19.05.2023")
    d.p("Сведения подготовлены по запросу ГАОУ РХ ДПО «Хакасский институт развития образования и повышения "
        "квалификации» от 05.05.2023 № 412. Форма «ученик – ученик» реализуется во всех "
        f"{len(rows)} общеобразовательных организациях района.")
    d.c_count("organizations", "во всех N ОО", len(rows), len(rows))
    t = Table(5, widths=[0.9, 6.6, 3.1, 2.9, 2.9], font=10, hfont=9, caption="Численность наставляемых по "
              "вариантам (ролевым моделям) формы «ученик – ученик», чел.", caption_align="center")
    t.hrow("№", "Общеобразовательная организация", "«успевающий – неуспевающий»", "«лидер – пассивный»",
           "«равный – равному»")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left")] + [F(z(r["v"][x], "-"), nm, "mentees", UU, x) for x in vs])
    t.row("total", ["", "ИТОГО", str(tot[V_UN]), str(tot[V_LP]), str(tot[V_RR])])
    d.table(t)
    for x in vs:
        d.c_sum("mentees", f"строка «ИТОГО», вариант «{x}»", str(tot[x]), [r["v"][x] for r in rows])
    d.p(f"Всего в форме «ученик – ученик» наставляемыми являются {E} обучающихся. Более половины из них ("
        f"{tot[V_UN]} чел., или {pc(shr(tot[V_UN], E))}%) занято в варианте «успевающий – неуспевающий»; "
        f"на вариант «лидер – пассивный» приходится {pc(shr(tot[V_LP], E))}%.")
    d.c_comp("mentees", "всего наставляемых = сумма по вариантам", str(E), [tot[x] for x in vs])
    d.c_sum("mentees", "в тексте: «успевающий – неуспевающий»", str(tot[V_UN]), [r["v"][V_UN] for r in rows])
    d.c_share("mentees", "доля варианта «успевающий – неуспевающий»", pc(shr(tot[V_UN], E)), tot[V_UN], E)
    d.c_target("mentees", "более половины в варианте «успевающий – неуспевающий»", 50, shr(tot[V_UN], E))
    d.c_share("mentees", "доля варианта «лидер – пассивный»", pc(shr(tot[V_LP], E)), tot[V_LP], E)
    stated_rr = rr + ["Расцветовская СОШ"]   # PLANTED: Расцветовская СОШ has «-» for «равный – равному»
    d.p(f"Вариант «лидер – пассивный» используется в {cnt[V_LP]} ОО, вариант «равный – равному» применяют: "
        f"{join_ru(stated_rr)}.")
    d.c_count("mentees", "«лидер – пассивный» в N ОО", cnt[V_LP], cnt[V_LP])
    d.c_member("mentees", "«равный – равному»: список ОО", stated_rr, rr, planted=True)
    d.sign("Руководитель Управления образования                          Л.А. Тюмерекова\n"
           "Исп.: Чебодаева Е.Г., 8 (39032) 2-15-49")
    return d


# ------------------------------------------------------------------ 8. город Псков (xlsx; 3-level header, total at top)
PSKOV = [  # name, cluster, short
    ("МБОУ «СОШ № 1 им. Л.М. Поземского»", "pskov/school-1", "СОШ № 1"),
    ("МБОУ «Лицей № 4 «Многопрофильный»", "pskov/lyceum-4", "Лицей № 4"),
    ("МБОУ «СОШ № 5»", "pskov/school-5", "СОШ № 5"),
    ("МБОУ «Лицей экономики и основ предпринимательства № 8»", "pskov/lyceum-8", "Лицей № 8"),
    ("МБОУ «СОШ № 9 им. А.С. Пушкина»", "pskov/school-9", "СОШ № 9"),
    ("МБОУ «Псковская инженерно-лингвистическая гимназия»", "pskov/pilg", "ПИЛГ"),
    ("МАОУ «Гуманитарный лицей»", "pskov/humanitarian-lyceum", "Гуманитарный лицей"),
    ("МБОУ «СОШ № 12»", "pskov/school-12", "СОШ № 12"),
    ("МАОУ «Псковский технический лицей»", "pskov/technical-lyceum", "Технический лицей"),
    ("МБОУ «СОШ № 18»", "pskov/school-18", "СОШ № 18"),
    ("МБОУ «Лицей «Развитие»", "pskov/lyceum-razvitie", "Лицей «Развитие»"),
    ("МБОУ «СОШ № 24 им. Л.И. Малякова»", "pskov/school-24", "СОШ № 24"),
    ("МАОУ «СОШ № 47»", "pskov/school-47", "СОШ № 47"),
    ("МБОУ «Центр образования «Псковский педагогический комплекс»", "pskov/ppk", "ППК"),
]


@builder(10108)
def doc_pskov(rng):
    d = Doc("pskov_monitoring_2023", "xlsx", "город Псков", as_of="2023-12-01", author="Управление образования")
    rows = []
    for i, (name, cl, short) in enumerate(PSKOV):
        d.org(name, cl)
        tot = rng.randint(540, 1420)
        e = band(rng, tot, 8.2, 9.6) if short == "СОШ № 12" else band(rng, tot, 10.8, 21.5)
        m = band(rng, tot, 2.5, 7.5)
        tc = rng.randint(9, 36)
        rows.append({"name": name, "short": short, "tot": tot, "e": e, "m": m, "tc": tc})
    T, E, M, TC = (sum(r[k] for r in rows) for k in ("tot", "e", "m", "tc"))
    es = [parse_num(pc(shr(r["e"], r["tot"]))) for r in rows]
    ms = [parse_num(pc(shr(r["m"], r["tot"]))) for r in rows]
    for r in rows:
        assert safe(shr(r["e"], r["tot"])) and safe(shr(r["m"], r["tot"]))
    assert safe(shr(E, T)) and safe(shr(M, T)) and safe(sum(ms) / len(ms))
    assert min(es) <= 9.8

    d.sheet("Мониторинг", widths=[5, 46, 14, 12, 9, 12, 9, 14])
    d.title("Результаты мониторинга вовлечения обучающихся и педагогов в программы наставничества")
    d.plain("муниципальные общеобразовательные организации города Пскова, по состоянию на 01.12.2023")
    t = Table(8)
    t.hrow(Cell("№", rs=3), Cell("Общеобразовательная организация", rs=3),
           Cell("Численность обучающихся, чел.", rs=3), Cell("Участники программ наставничества", cs=5))
    t.hrow(Cell("из числа обучающихся", cs=4), Cell("педагоги-наставники, чел.", rs=2))
    t.hrow("наставляемые, чел.", "%", "наставники, чел.", "%")
    t.row("total", ["", "Всего по городу", n(T), n(E), pc(shr(E, T)), str(M), pc(shr(M, T)), str(TC)])
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), nm, F(n(r["tot"]), nm, "students_total"), F(str(r["e"]), nm, "mentees"),
                      F(pc(shr(r["e"], r["tot"])), nm, "mentee_share_pct"), F(str(r["m"]), nm, "mentors"),
                      F(pc(shr(r["m"], r["tot"])), nm, "mentor_share_pct"), F(str(r["tc"]), nm, "teachers_involved")])
    d.table(t)
    for r in rows:
        d.c_share("mentee_share_pct", f"{r['name']}: доля наставляемых", pc(shr(r["e"], r["tot"])), r["e"], r["tot"])
        d.c_share("mentor_share_pct", f"{r['name']}: доля наставников", pc(shr(r["m"], r["tot"])), r["m"], r["tot"])
    d.c_sum("students_total", "строка «Всего по городу» (вверху), обучающихся", n(T), [r["tot"] for r in rows])
    d.c_sum("mentees", "строка «Всего по городу», наставляемых", n(E), [r["e"] for r in rows])
    d.c_share("mentee_share_pct", "строка «Всего по городу», доля наставляемых", pc(shr(E, T)), E, T)
    d.c_sum("mentors", "строка «Всего по городу», наставников", str(M), [r["m"] for r in rows])
    d.c_share("mentor_share_pct", "строка «Всего по городу», доля наставников", pc(shr(M, T)), M, T)
    d.c_sum("teachers_involved", "строка «Всего по городу», педагогов", str(TC), [r["tc"] for r in rows])
    d.plain("")
    d.p(f"Выводы: 1) доля обучающихся в роли наставляемого составила {pc(shr(E, T))}% ({n(E)} человек из "
        f"{n(T)}); целевое значение (не ниже 10%) достигнуто во всех {len(rows)} ОО;")
    d.c_share("mentee_share_pct", "вывод 1: доля наставляемых", pc(shr(E, T)), E, T)
    d.c_sum("mentees", "вывод 1: наставляемых", n(E), [r["e"] for r in rows])
    d.c_sum("students_total", "вывод 1: из … обучающихся", n(T), [r["tot"] for r in rows])
    # PLANTED: МБОУ «СОШ № 12» is below 10%
    d.c_target("mentee_share_pct", "не ниже 10% во всех ОО (наименьшее значение по ОО)", 10, min(es), planted=True)
    d.c_count("organizations", "во всех N ОО", len(rows), len(rows))
    d.p(f"2) в роли наставника выступают {M} обучающихся ({pc(shr(M, T))}%); среднее значение по ОО – "
        f"{pc(sum(ms) / len(ms))}%;")
    d.c_sum("mentors", "вывод 2: наставников", str(M), [r["m"] for r in rows])
    d.c_share("mentor_share_pct", "вывод 2: доля наставников", pc(shr(M, T)), M, T)
    d.c_mean("mentor_share_pct", "вывод 2: среднее значение по ОО", pc(sum(ms) / len(ms)), ms)
    d.p(f"3) педагогов-наставников – {TC} человек.")
    d.c_sum("teachers_involved", "вывод 3: педагогов-наставников", str(TC), [r["tc"] for r in rows])
    return d


# ------------------------------------------------------------------ 9. Печорский район (txt cp1251, tab-separated)
PECHORY = [
    ("МБОУ «Печорская СОШ № 1»", "pechory/pechory-1", "Печорская СОШ № 1"),
    ("МБОУ «Печорская СОШ № 3»", "pechory/pechory-3", "Печорская СОШ № 3"),
    ("МБОУ «Печорская гимназия»", "pechory/gymnasium", "Печорская гимназия"),
    ("МБОУ «Изборская СОШ»", "pechory/izborsk", "Изборская СОШ"),
    ("МБОУ «Новоизборская ООШ»", "pechory/novy-izborsk", "Новоизборская ООШ"),
    ("МБОУ «Паниковская СОШ»", "pechory/panikovo", "Паниковская СОШ"),
    ("МБОУ «Лавровская ООШ»", "pechory/lavry", "Лавровская ООШ"),
    ("МБОУ «Круппская ООШ»", "pechory/kruppa", "Круппская ООШ"),
    ("МБОУ «Кулейская НОШ»", "pechory/kuleya", "Кулейская НОШ"),
    ("МБУ ДО «Печорский Дом детского творчества»", "pechory/udo-ddt", "Печорский ДДТ"),
]


@builder(10109)
def doc_pechory(rng):
    d = Doc("pechory_svedeniya_2022", "txt", "Печорский район", as_of="2022-12-14", enc="cp1251", txt_mode="tab",
            author="")
    rows = []
    for name, cl, short in PECHORY:
        d.org(name, cl)
        small = "ООШ" in short or "НОШ" in short
        fc = rng.randint(1, 2) if small else rng.randint(2, 4)
        p = rng.randint(4, 12) if small else rng.randint(14, 46)
        e = p + rng.randint(0, p // 2)
        m = p - rng.randint(0, p // 4)
        pe = 0 if small else rng.randint(0, 3)
        rows.append({"name": name, "short": short, "f": fc, "p": p, "e": e, "m": m, "pe": pe})
    F_, PR, E, M, PE = (sum(r[k] for r in rows) for k in ("f", "p", "e", "m", "pe"))
    assert safe(F_ / len(rows)) and safe(PR / len(rows))
    pe_rows = [r["short"] for r in rows if r["pe"] > 0]
    assert 3 <= len(pe_rows) <= 4

    d.plain("Управление образования Администрации Печорского района")
    d.plain("Исх. № 01-19/512 от 14.12.2022")
    d.plain("В Комитет по образованию Псковской области")
    d.title("СВЕДЕНИЯ О РЕАЛИЗАЦИИ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА В ПЕЧОРСКОМ РАЙОНЕ (на 14.12.2022)")
    d.p(f"Наставничество организовано в {len(rows)} образовательных организациях района, включая Дом детского "
        f"творчества. Сведения по организациям приведены ниже.")
    d.c_count("organizations", "в N образовательных организациях", len(rows), len(rows))
    t = Table(7)
    t.hrow("N", "Организация", "Реализуемых форм (кол-во)", "Пар/групп", "Наставляемые, чел.", "Наставники, чел.",
           "Организации-партнёры")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), nm, F(str(r["f"]), nm, "forms_count"), F(str(r["p"]), nm, "pairs"),
                      F(str(r["e"]), nm, "mentees"), F(str(r["m"]), nm, "mentors"),
                      F(z(r["pe"], "-"), nm, "partner_enterprises")])
    t.row("total", ["", "ИТОГО", "", str(PR), str(E), str(M), str(PE)])
    d.table(t)
    for key, ind, lab in (("p", "pairs", "пар"), ("e", "mentees", "наставляемых"), ("m", "mentors", "наставников"),
                          ("pe", "partner_enterprises", "партнёров")):
        d.c_sum(ind, f"строка «ИТОГО», {lab}", str(sum(r[key] for r in rows)), [r[key] for r in rows])
    d.p(f"Итого сформировано {PR} пар (групп), в среднем {pc(PR / len(rows))} на одну организацию. Среднее количество "
        f"реализуемых форм – {pc(F_ / len(rows))}. К наставничеству привлечено {PE} организаций-партнёров "
        f"(партнёров привлекли: {join_ru(pe_rows)}), в том числе ГБПОУ ПО «Печорский индустриально-политехнический техникум».")
    d.c_sum("pairs", "в тексте: пар (групп)", str(PR), [r["p"] for r in rows])
    d.c_ratio("pairs", "в среднем пар на одну организацию", pc(PR / len(rows)), PR, len(rows))
    d.c_mean("forms_count", "среднее количество форм", pc(F_ / len(rows)), [r["f"] for r in rows])
    d.c_sum("partner_enterprises", "в тексте: организаций-партнёров", str(PE), [r["pe"] for r in rows])
    d.c_member("partner_enterprises", "организации с партнёрами", pe_rows, [r["short"] for r in rows if r["pe"] > 0])
    d.plain("Начальник Управления образования   Н.В. Иванченко\nИсп. Григорьева М.П., тел. 8 (81148) 2-25-40")
    return d


# ------------------------------------------------------------------ 10. город Йошкар-Ола (docx; per-form pairs of columns, total at top)
YOLA = [
    ("МОУ Гимназия №4", "yoshkar-ola/gymnasium-4", "Гимназия № 4", None),
    ("МБОУ «СОШ № 7 г. Йошкар-Олы»", "yoshkar-ola/school-7", "СОШ № 7", 7),
    ("МБОУ «СОШ № 10 г. Йошкар-Олы»", "yoshkar-ola/school-10", "СОШ № 10", 10),
    ("МБОУ «Лицей № 11 им. Т.И. Александровой г. Йошкар-Олы»", "yoshkar-ola/lyceum-11", "Лицей № 11", None),
    ("МБОУ «СОШ № 18 г. Йошкар-Олы»", "yoshkar-ola/school-18", "СОШ № 18", 18),
    ("МБОУ «СОШ № 19 г. Йошкар-Олы»", "yoshkar-ola/school-19", "СОШ № 19", 19),
    ("МБОУ «СОШ № 23 г. Йошкар-Олы»", "yoshkar-ola/school-23", "СОШ № 23", 23),
    ("МБОУ «Медико-биологический лицей № 28 г. Йошкар-Олы»", "yoshkar-ola/lyceum-28", "Лицей № 28", None),
    ("МБОУ «СОШ № 29 г. Йошкар-Олы»", "yoshkar-ola/school-29", "СОШ № 29", 29),
    ("МБОУ «СОШ № 30 г. Йошкар-Олы»", "yoshkar-ola/school-30", "СОШ № 30", 30),
    ("МБОУ «Семёновская СОШ г. Йошкар-Олы»", "yoshkar-ola/semenovka", "Семёновская СОШ", None),
    ("МБОУ ДО «Дворец творчества детей и молодёжи»", "yoshkar-ola/udo-dtdm", "ДТДиМ", None),
]


@builder(10110)
def doc_yoshkarola(rng):
    d = Doc("yoshkar-ola_spravka_2022", "docx", "город Йошкар-Ола", as_of="2022-11-25", landscape=True,
            author="Токтаулова М.Г.")
    forms = [UU, TT, RU]
    ru_has = {"СОШ № 7", "СОШ № 18", "СОШ № 29"}
    rows = []
    for name, cl, short, num in YOLA:
        d.org(name, cl)
        m = {UU: rng.randint(5, 22), TT: rng.randint(2, 9) if short != "ДТДиМ" else 0,
             RU: rng.randint(1, 4) if short in ru_has else 0}
        e = {UU: m[UU] * 2 + rng.randint(0, m[UU]), TT: m[TT] + rng.randint(0, 2) if m[TT] else 0,
             RU: m[RU] * rng.randint(3, 8)}
        rows.append({"name": name, "short": short, "m": m, "e": e})
    tm = {f: sum(r["m"][f] for r in rows) for f in forms}
    te = {f: sum(r["e"][f] for r in rows) for f in forms}
    assert safe(te[UU] / tm[UU]) and safe(te[RU] / tm[RU])

    d.head("АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА «ГОРОД ЙОШКАР-ОЛА»\nУПРАВЛЕНИЕ ОБРАЗОВАНИЯ")
    d.title("Справка по итогам мониторинга\nреализации программ наставничества в образовательных организациях "
            "г. Йошкар-Олы\n(по состоянию на 25.11.2022)")
    d.p("Мониторинг проведён в соответствии с приказом управления образования от 01.11.2022 № 744 в целях оценки "
        "реализации региональной целевой модели наставничества Республики Марий Эл. Данные представлены 12 "
        "образовательными организациями, реализующими программы наставничества в 2022/2023 учебном году.")
    d.c_count("organizations", "данные представлены 12 ОО", 12, len(rows))
    t = Table(8, widths=[0.8, 7.4, 2.4, 2.4, 2.4, 2.4, 2.4, 2.4], font=10, hfont=9, caption="Таблица")
    t.hrow(Cell("№", rs=2), Cell("Образовательная организация", rs=2),
           *[Cell(f"Форма {FQ[f]}", cs=2) for f in forms])
    t.hrow(*["наставников", "наставляемых"] * 3)
    t.row("total", [Cell("Итого", cs=2)] + [x for f in forms for x in (str(tm[f]), str(te[f]))])
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        cells = []
        for f in forms:
            cells += [F(z(r["m"][f]), nm, "mentors", f), F(z(r["e"][f]), nm, "mentees", f)]
        t.row("org", [str(k), Cell(nm, align="left")] + cells)
    d.table(t)
    for f in forms:
        d.c_sum("mentors", f"строка «Итого» (вверху), форма {FQ[f]}, наставников", str(tm[f]),
                [r["m"][f] for r in rows])
        d.c_sum("mentees", f"строка «Итого», форма {FQ[f]}, наставляемых", str(te[f]), [r["e"][f] for r in rows])
    ratio_stated = pc(te[UU] / tm[UU] + 0.4)     # PLANTED: the ratio is printed 0,4 too high
    d.p(f"В форме «ученик – ученик» {tm[UU]} наставников сопровождают {te[UU]} наставляемых, т. е. на одного "
        f"наставника приходится в среднем {ratio_stated} наставляемого. В форме «учитель – учитель» наставниками "
        f"являются {tm[TT]} педагогов, наставляемыми – {te[TT]} молодых и вновь прибывших педагогов.")
    d.c_sum("mentors", f"в тексте: {FQ[UU]}, наставников", str(tm[UU]), [r["m"][UU] for r in rows])
    d.c_sum("mentees", f"в тексте: {FQ[UU]}, наставляемых", str(te[UU]), [r["e"][UU] for r in rows])
    d.c_ratio("mentees", f"{FQ[UU]}: наставляемых на одного наставника", ratio_stated, te[UU], tm[UU], planted=True)
    d.c_sum("mentors", f"в тексте: {FQ[TT]}, наставников", str(tm[TT]), [r["m"][TT] for r in rows])
    d.c_sum("mentees", f"в тексте: {FQ[TT]}, наставляемых", str(te[TT]), [r["e"][TT] for r in rows])
    d.p(f"Форма «работодатель – ученик» реализуется в СОШ № 7, 18 и 29 во взаимодействии с АО «Марийский "
        f"машиностроительный завод» и ПАО «Ростелеком»: {tm[RU]} наставников, {te[RU]} наставляемых "
        f"(в среднем {pc(te[RU] / tm[RU])} на одного наставника). Форма «учитель – учитель» не реализуется "
        f"только в учреждении дополнительного образования.")
    d.c_member("mentors", f"форма {FQ[RU]}: СОШ № 7, 18 и 29", ["СОШ № 7", "СОШ № 18", "СОШ № 29"],
               [r["short"] for r in rows if r["m"][RU] > 0])
    d.c_sum("mentors", f"в тексте: {FQ[RU]}, наставников", str(tm[RU]), [r["m"][RU] for r in rows])
    d.c_sum("mentees", f"в тексте: {FQ[RU]}, наставляемых", str(te[RU]), [r["e"][RU] for r in rows])
    d.c_ratio("mentees", f"{FQ[RU]}: наставляемых на одного наставника", pc(te[RU] / tm[RU]), te[RU], tm[RU])
    d.sign("Начальник управления образования                                  М.Г. Токтаулова\n"
           "Исп. Ямбаршева О.В., 8 (8362) 45-17-30")
    return d


# ------------------------------------------------------------------ 11. Звениговский район (txt utf-8, two header rows)
ZVENIGOVO = [
    ("МОУ «Звениговская СОШ № 1»", "zvenigovo/zvenigovo-1", "Звениговская СОШ № 1"),
    ("МОУ «Звениговская СОШ № 3»", "zvenigovo/zvenigovo-3", "Звениговская СОШ № 3"),
    ("МОУ «Красногорская СОШ № 1»", "zvenigovo/krasnogorsky-1", "Красногорская СОШ № 1"),
    ("МОУ «Суслонгерская СОШ»", "zvenigovo/suslonger", "Суслонгерская СОШ"),
    ("МОУ «Кужмарская СОШ»", "zvenigovo/kuzhmara", "Кужмарская СОШ"),
    ("МОУ «Шелангерская СОШ»", "zvenigovo/shelanger", "Шелангерская СОШ"),
    ("МОУ «Кокшамарская СОШ»", "zvenigovo/kokshamary", "Кокшамарская СОШ"),
    ("МОУ «Исменецкая СОШ»", "zvenigovo/ismentsy", "Исменецкая СОШ"),
    ("МОУ «Черноозерская ООШ»", "zvenigovo/chernoe-ozero", "Черноозерская ООШ"),
]


@builder(10111)
def doc_zvenigovo(rng):
    d = Doc("zvenigovo_itogi_2023", "txt", "Звениговский район", as_of="2023-06-15", enc="utf-8", txt_mode="tab")
    rows = []
    for name, cl, short in ZVENIGOVO:
        d.org(name, cl)
        tot = rng.randint(110, 420) if "ООШ" not in short else rng.randint(40, 80)
        e = band(rng, tot, 9.0, 16.0)
        y = rng.randint(0, 5) if short not in ("Звениговская СОШ № 1", "Суслонгерская СОШ") else rng.randint(3, 6)
        ym = y - (1 if short in ("Суслонгерская СОШ", "Кужмарская СОШ") and y > 0 else 0)
        rows.append({"name": name, "short": short, "tot": tot, "e": e, "y": y, "ym": ym})
    T, E, Y, YM = (sum(r[k] for r in rows) for k in ("tot", "e", "y", "ym"))
    for r in rows:
        assert safe(shr(r["e"], r["tot"]))
    assert safe(shr(E, T)) and safe(shr(YM, Y))
    noy = [r["short"] for r in rows if r["y"] == 0]
    assert len(noy) == 2 and rows[4]["y"] > 0
    less = [r["short"] for r in rows if r["ym"] < r["y"]]

    d.plain("МКУ «Отдел образования и по делам молодёжи администрации Звениговского муниципального района»")
    d.title("ИТОГИ МОНИТОРИНГА РЕАЛИЗАЦИИ ЦЕЛЕВОЙ МОДЕЛИ НАСТАВНИЧЕСТВА ЗА 2022-2023 УЧЕБНЫЙ ГОД (по состоянию на 15.06.2023)")
    d.p(f"Отчёты представили {len(rows)} общеобразовательных организаций района. В роли наставляемого в них "
        f"выступают {E} {plural(E, 'человек', 'человека', 'человек')} из {n(T)} обучающихся, т. е. {pc(shr(E, T))}%.")
    d.c_count("organizations", "отчёты представили N ОО", len(rows), len(rows))
    d.c_sum("mentees", "в тексте: наставляемых", str(E), [r["e"] for r in rows])
    d.c_sum("students_total", "в тексте: из … обучающихся", n(T), [r["tot"] for r in rows])
    d.c_share("mentee_share_pct", "в тексте: доля наставляемых", pc(shr(E, T)), E, T)
    t = Table(7)
    t.hrow("№", "ОО", "Обучающиеся", "", "", "Молодые специалисты", "")
    t.hrow("", "", "всего", "наставляемые", "доля, %", "всего", "с наставником")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        ycells = ([F(str(r["y"]), nm, "young_teachers"), F(str(r["ym"]), nm, "young_teacher_mentees")] if r["y"]
                  else [F("-", nm, "young_teachers"), F("-", nm, "young_teacher_mentees")])
        t.row("org", [str(k), nm, F(str(r["tot"]), nm, "students_total"), F(str(r["e"]), nm, "mentees"),
                      F(pc(shr(r["e"], r["tot"])), nm, "mentee_share_pct")] + ycells)
    t.row("total", ["", "Итого по району", n(T), str(E), pc(shr(E, T)), str(Y), str(YM)])
    d.table(t)
    for r in rows:
        d.c_share("mentee_share_pct", f"{r['name']}: доля", pc(shr(r["e"], r["tot"])), r["e"], r["tot"])
    d.c_sum("students_total", "строка «Итого по району», обучающихся", n(T), [r["tot"] for r in rows])
    d.c_sum("mentees", "строка «Итого по району», наставляемых", str(E), [r["e"] for r in rows])
    d.c_share("mentee_share_pct", "строка «Итого по району», доля", pc(shr(E, T)), E, T)
    d.c_sum("young_teachers", "строка «Итого по району», молодых специалистов", str(Y), [r["y"] for r in rows])
    d.c_sum("young_teacher_mentees", "строка «Итого по району», с наставником", str(YM), [r["ym"] for r in rows])
    d.p(f"Молодые специалисты работают в {len(rows) - len(noy)} ОО (молодых специалистов нет: {join_ru(noy)}). "
        f"Из {Y} молодых специалистов {YM} имеют наставника ({pc(shr(YM, Y))}%); без наставника остаются молодые "
        f"педагоги в ОО: {join_ru(less)}. Телефон для справок: 8 (83645) 7-17-64.")
    d.c_count("young_teachers", "молодые специалисты работают в N ОО", len(rows) - len(noy),
              len([r for r in rows if r["y"] > 0]))
    d.c_member("young_teachers", "молодых специалистов нет", noy, [r["short"] for r in rows if r["y"] == 0])
    d.c_sum("young_teachers", "в тексте: молодых специалистов", str(Y), [r["y"] for r in rows])
    d.c_sum("young_teacher_mentees", "в тексте: имеют наставника", str(YM), [r["ym"] for r in rows])
    d.c_share("young_teacher_mentee_share_pct", "в тексте: доля с наставником", pc(shr(YM, Y)), YM, Y)
    d.c_member("young_teacher_mentees", "без наставника", less, [r["short"] for r in rows if r["ym"] < r["y"]])
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
    tmp = tempfile.mkdtemp(prefix="h10v_")
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
