# -*- coding: utf-8 -*-
"""Generate the held-out corpus holdout7: 15 synthetic Russian administrative documents on the school
mentorship programme (целевая модель наставничества, распоряжение Минпросвещения России Р-145) from
11 municipalities of 11 regions not used by the earlier corpora (Тюменская, Ленинградская, Московская,
Самарская, Ульяновская, Амурская, Калининградская области, Хабаровский край, Республики Бурятия,
Саха (Якутия), Хакасия), with gold answers as defined in benchmarks/unseen/CONVENTIONS.md.

usage: /work/main/.venv/bin/python /work/unseen/gen_holdout7.py
Writes $UNSEEN_OUT/holdout7/* and $UNSEEN_OUT/gold/holdout7/*.csv (UNSEEN_OUT defaults to /work/unseen).

How the gold is kept right:
* every table cell is rendered from the data kept in this file; facts are read back from the printed
  cells (a cell carries the (organization, indicator, form, variant) it stands for);
* every total, share, mean, count and list in checks.csv is recomputed here from the same data;
  planted errors are explicit (search for "PLANTED") and asserted to be mismatches; every other check
  is asserted to be ok, with a safety margin against rounding ties;
* output is byte-identical on rerun: fixed seeds, fixed document metadata, fixed zip timestamps, a fresh
  LibreOffice profile per run, patched PDF dates and IDs.
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
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

BASE = os.environ.get("UNSEEN_OUT", "/work/unseen")
OUT = os.path.join(BASE, "holdout7")
GOLD = os.path.join(BASE, "gold", "holdout7")
LO_DIR = "/tmp/lo_h7_profile"
NB = "\u00a0"       # no-break space
TH = "\u2009"       # thin space
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


# ============================================================================ number helpers
def rnd(x, d=1):
    """round half up (as people do by hand)"""
    q = 10 ** d
    return int(x * q + 0.5 + 1e-9) / q


def n(x, sep=" "):
    """integer with a thousands separator («1 120»)"""
    s = str(int(x))
    if len(s) > 3 and sep:
        parts = []
        while s:
            parts.insert(0, s[-3:])
            s = s[:-3]
        s = sep.join(parts)
    return s


def pc(x, d=1):
    """decimal comma («12,5»)"""
    return f"{rnd(x, d):.{d}f}".replace(".", ",")


def safe(x, d=1):
    """x is far enough from a rounding tie at d decimals (so every reader rounds it the same way)"""
    return abs(rnd(x, d) - x) <= 0.45 * 10 ** -d


def retry(gen, valid, tries=20000):
    """draw data with gen() until valid(data) holds (the rng inside gen is seeded: deterministic)"""
    for _ in range(tries):
        data = gen()
        if valid(data):
            return data
    raise RuntimeError("no valid data drawn")


def z(x, dash=DASH):
    """integer or a dash for zero"""
    return dash if x == 0 else n(x)


def g(x):
    """a number for the gold CSV: at most 2 decimals, no trailing zeros"""
    if isinstance(x, int) or float(x).is_integer():
        return str(int(x))
    return f"{round(x + 1e-9, 2):.2f}".rstrip("0").rstrip(".")


def parse_num(s):
    """printed cell -> number (dash = 0) or None (text that says there is nothing)"""
    t = str(s).replace(NB, " ").replace(TH, " ").replace("%", "").strip()
    if t in ("–", "-", "—"):
        return 0
    t2 = t.replace(" ", "").replace(",", ".")
    if re.fullmatch(r"-?\d+(\.\d+)?", t2):
        v = float(t2)
        return int(v) if "." not in t2 else v
    return None


def decimals(s):
    t = str(s).replace(NB, " ").replace("%", "").strip()
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


def nums_ru(nums, prefix="№№ "):
    """«№№ 2, 4 и 5»"""
    return prefix + join_ru([str(x) for x in nums])


# ============================================================================ document model
class Cell:
    """a printed table cell; facts: list of (org_name, indicator, form, variant) it carries"""

    def __init__(self, text, facts=(), cs=1, rs=1, bold=False, align=None, xl=None):
        self.text = str(text)
        self.facts = list(facts)
        self.cs, self.rs = cs, rs
        self.bold = bold
        self.align = align
        self.xl = xl          # (value, number_format) for XLSX


def C(x, **kw):
    return x if isinstance(x, Cell) else Cell(x, **kw)


def F(text, org, ind, form="", variant="", **kw):
    """a printed cell that carries one fact"""
    return Cell(text, facts=[(org, ind, form, variant)], **kw)


class Table:
    def __init__(self, ncols, widths=None, font=10, hfont=None, caption=None, caption_align="right",
                 ruled=True, repeat_header=True, hbold=True):
        self.hbold = hbold
        self.ncols = ncols
        self.widths = widths
        self.font = font
        self.hfont = hfont or font
        self.caption = caption
        self.caption_align = caption_align
        self.ruled = ruled
        self.repeat_header = repeat_header
        self.head = []     # rows of Cells
        self.body = []     # (kind, [Cells]) kind: org | total | group | num | data

    def hrow(self, *cells):
        self.head.append([C(c) for c in cells])

    def row(self, kind, cells):
        self.body.append((kind, [C(c) for c in cells]))

    def group(self, text):
        self.body.append(("group", [Cell(text, cs=self.ncols, bold=True, align="left")]))

    def numrow(self):
        self.body.append(("num", [Cell(str(i + 1)) for i in range(self.ncols)]))

    def rows_kinds(self):
        rows = self.head + [cells for _, cells in self.body]
        kinds = ["head"] * len(self.head) + [k for k, _ in self.body]
        return rows, kinds

    def layout(self, rows):
        """place cells with spans on a grid: grid[r][c] = (cell, is_origin, (r0, c0))"""
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
                        grid[r + dr][c + dc] = (cell, dr == 0 and dc == 0, (r, c))
                c += cell.cs
            assert all(x is not None for x in grid[r]), ("row too short", [x.text for x in cells])
        return grid


class Doc:
    def __init__(self, name, fmt, municipality, as_of="", kind="справка", organization="", doc_date="",
                 doc_number="", landscape=False, txt_mode="tab", enc="utf-8", author="", created=None,
                 font=12):
        self.name, self.fmt, self.municipality = name, fmt, municipality
        self.as_of, self.kind, self.organization = as_of, kind, organization
        self.doc_date, self.doc_number = doc_date, doc_number
        self.landscape, self.txt_mode, self.enc = landscape, txt_mode, enc
        self.author = author
        self.font = font
        self.created = created or (datetime.datetime.strptime(as_of or doc_date, "%Y-%m-%d")
                                   + datetime.timedelta(hours=9, minutes=41))
        self.blocks = []
        self.checks = []
        self.orgmap = {}
        self.planted = 0
        self.sheet = None
        self.xlsx_widths = None

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

    def cap(self, s, align="right"):
        self.blocks.append(("cap", (s, align)))

    def pagebreak(self):
        self.blocks.append(("pagebreak", None))

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
        self.checks.append(dict(doc=self.name, check=check, indicator=ind, subject=subject, stated=st,
                                computed=cp, status=status))

    def c_sum(self, ind, subject, stated, values, status=None, planted=False):
        self._add("sum", ind, subject, stated, sum(values), status, planted)

    def c_count(self, ind, subject, stated, actual, planted=False):
        self._add("count", ind, subject, stated, actual, None, planted)

    def c_share(self, ind, subject, stated, part, base, planted=False, status=None):
        self._add("share", ind, subject, stated, part / base * 100, status, planted)

    def c_mean(self, ind, subject, stated, values, planted=False):
        values = list(values)
        self._add("mean", ind, subject, stated, sum(values) / len(values), None, planted)

    def c_comp(self, ind, subject, stated, parts, planted=False):
        self._add("composition", ind, subject, stated, sum(parts), None, planted)

    def c_member(self, ind, subject, stated_list, actual_list, planted=False):
        self._add("membership", ind, subject, list(stated_list), list(actual_list), None, planted)

    def c_target(self, ind, subject, target, actual, achieved=True, planted=False):
        """the text says the value `actual` reaches (achieved=True) or misses the threshold `target`"""
        ok = (actual >= target) == achieved
        status = "ok" if ok else "mismatch"
        assert ok != planted, (self.name, subject, target, actual)
        if planted:
            self.planted += 1
        self._add("target", ind, subject, target, actual, status, planted)

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
                        assert kind == "org", (self.name, org, ind)
                        v = parse_num(cell.text)
                        out.append(dict(doc=self.name, org_name=" ".join(org.replace(NB, " ").split()),
                                        indicator=ind, form=form, variant=variant,
                                        value="" if v is None else g(v), unit=UNITS[ind]))
                        assert org in self.orgmap, (self.name, org)
        return out

    def orgs(self):
        used = []
        for f in self.facts():
            if f["org_name"] not in used:
                used.append(f["org_name"])
        for name in self.orgmap:
            assert " ".join(name.replace(NB, " ").split()) in used, (self.name, "org without facts", name)
        return [dict(doc=self.name, org_name=" ".join(o.replace(NB, " ").split()), cluster=self.orgmap[o])
                for o in self.orgmap]


# ============================================================================ rendering: DOCX
def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _no_borders(tab):
    tblPr = tab._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _set_text(cell, text, bold=False, size=10, align=None):
    cell.text = ""
    par = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = par.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()
    par.paragraph_format.space_after = Pt(0)
    par.paragraph_format.space_before = Pt(0)
    if align == "center":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def docx_table(d, t):
    rows, kinds = t.rows_kinds()
    grid = t.layout(rows)
    tab = d.add_table(rows=len(rows), cols=t.ncols)
    if t.ruled:
        tab.style = "Table Grid"
    else:
        _no_borders(tab)
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
            cell, origin, _ = grid[r][c]
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
                elif parse_num(cell.text) is not None and cell.text.strip():
                    align = "center" if t.ruled else "right"
            _set_text(target, cell.text, bold=bold, size=size, align=align)
    if t.repeat_header:
        for r in range(len(t.head)):
            _repeat_header(tab.rows[r])
    return tab


def render_docx(doc, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
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
    cp.modified = doc.created + datetime.timedelta(hours=2)
    sec = d.sections[0]
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = Cm(2.5 if not doc.landscape else 1.5)
    sec.right_margin = Cm(1.5)
    sec.top_margin = Cm(1.5)
    sec.bottom_margin = Cm(1.5)
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
        elif kind == "right":
            for line in b.split("\n"):
                par = d.add_paragraph(line)
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "sign":
            d.add_paragraph()
            for line in b.split("\n"):
                d.add_paragraph(line)
        elif kind == "cap":
            text, align = b
            par = d.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "right" else WD_ALIGN_PARAGRAPH.CENTER
            par.add_run(text).italic = align == "right"
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            if b.caption:
                par = d.add_paragraph()
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT if b.caption_align == "right" else WD_ALIGN_PARAGRAPH.CENTER
                par.add_run(b.caption)
            docx_table(d, b)
            d.add_paragraph()
    d.save(path)


# ============================================================================ rendering: TXT
def txt_table(t, mode):
    rows, kinds = t.rows_kinds()
    grid = t.layout(rows)
    if mode == "tab":
        lines = []
        for r in range(len(rows)):
            lines.append("\t".join(grid[r][c][0].text.replace("\n", " ") if grid[r][c][1] else ""
                                   for c in range(t.ncols)))
        return lines
    assert mode == "space"
    # fixed-width columns; header cells may hold several lines; a spanning body cell is laid over its columns
    assert len(t.head) == 1 and all(c.cs == 1 and c.rs == 1 for c in t.head[0])
    hl = [c.text.split("\n") for c in t.head[0]]
    w = [max(len(x) for x in lines) for lines in hl]
    for r in range(1, len(rows)):
        for c in range(t.ncols):
            cell, origin, _ = grid[r][c]
            if origin and cell.cs == 1:
                w[c] = max(w[c], len(cell.text))
    gap = "   "
    out = []
    for i in range(max(len(x) for x in hl)):
        out.append(gap.join((lines[i] if i < len(lines) else "").ljust(w[c]) for c, lines in enumerate(hl)).rstrip())
    out.append("-" * (sum(w) + len(gap) * (t.ncols - 1)))
    for r in range(1, len(rows)):
        parts = []
        c = 0
        while c < t.ncols:
            cell, origin, _ = grid[r][c]
            width = sum(w[c:c + cell.cs]) + len(gap) * (cell.cs - 1)
            txt = cell.text.replace("\n", " ")
            if parse_num(txt) is not None and txt.strip() and cell.cs == 1 and c > 0:
                parts.append(txt.rjust(width))
            else:
                parts.append(txt.ljust(width))
            c += cell.cs
        if kinds[r] == "total":
            out.append("-" * (sum(w) + len(gap) * (t.ncols - 1)))
        out.append(gap.join(parts).rstrip())
    return out


def render_txt(doc, path):
    lines = []
    for kind, b in doc.blocks:
        if kind in ("head", "title", "plain", "right", "sign"):
            lines.extend(b.split("\n"))
            lines.append("")
        elif kind == "p":
            lines.append(b)
            lines.append("")
        elif kind == "cap":
            lines.append(b[0])
            lines.append("")
        elif kind == "pagebreak":
            pass
        elif kind == "table":
            if b.caption:
                lines.append(b.caption)
            lines.extend(txt_table(b, doc.txt_mode))
            lines.append("")
    if doc.enc == "cp1251":
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
    ws = wb.active
    ws.title = doc.sheet or "Лист1"
    wb.properties.creator = doc.author or "user"
    wb.properties.lastModifiedBy = doc.author or "user"
    wb.properties.created = doc.created
    wb.properties.modified = doc.created + datetime.timedelta(hours=2)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    width = max(t.ncols for t in doc.tables())
    r = 1
    for kind, b in doc.blocks:
        if kind in ("head", "title", "p", "plain", "right", "sign", "cap"):
            text = b[0] if kind == "cap" else b
            for line in text.split("\n"):
                ws.cell(row=r, column=1, value=line)
                if kind == "title":
                    ws.cell(row=r, column=1).font = Font(bold=True)
                if kind == "p":
                    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
                    ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical="top")
                    ws.row_dimensions[r].height = 15 * (1 + len(line) // 120)
                r += 1
        elif kind == "table":
            if b.caption:
                ws.cell(row=r, column=1, value=b.caption)
                r += 1
            rows, kinds = b.rows_kinds()
            grid = b.layout(rows)
            for i in range(len(rows)):
                for c in range(b.ncols):
                    cell, origin, _ = grid[i][c]
                    xc = ws.cell(row=r + i, column=c + 1)
                    xc.border = border
                    if not origin:
                        continue
                    v = parse_num(cell.text) if kinds[i] not in ("head", "num") else None
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
            r += len(rows) + 1
    for c, w in enumerate(doc.xlsx_widths or []):
        ws.column_dimensions[get_column_letter(c + 1)].width = w
    wb.save(path)


# ============================================================================ determinism
FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def normalize_zip(path, created):
    """rewrite a zip container (docx/odt/xlsx) with fixed timestamps and fixed metadata dates"""
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
    """patch the creation date and the document ID of a LibreOffice PDF in place (same length)"""
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


def normalize_rtf(path):
    """LibreOffice writes the RTF colour table in a varying order: sort it and renumber \\cfN / \\brdrcfN"""
    with open(path, "rb") as f:
        b = f.read().decode("latin-1")
    m = re.search(r"\{\\colortbl;([^}]*)\}", b)
    entries = [e for e in m.group(1).split(";") if e != ""]
    order = sorted(range(len(entries)), key=lambda i: tuple(int(x) for x in re.findall(r"\d+", entries[i])))
    new_index = {old + 1: new + 1 for new, old in enumerate(order)}
    table = "{\\colortbl;" + "".join(entries[i] + ";" for i in order) + "}"
    body = b[:m.start()] + "\x00" + b[m.end():]
    body = re.sub(r"\\(cf|brdrcf)(\d+)", lambda x: "\\" + x.group(1) + str(new_index.get(int(x.group(2)), int(x.group(2)))), body)
    assert not re.search(r"\\(cb|highlight|chcbpat|clcbpat|clcfpat|cbpat|cfpat)\d", body), "unhandled colour reference"
    body = body.replace("\x00", table)
    with open(path, "wb") as f:
        f.write(body.encode("latin-1"))


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
        tmp = tempfile.mkdtemp(prefix="h7_")
        src = os.path.join(tmp, f"{doc.name}.docx")
        render_docx(doc, src)
        normalize_zip(src, doc.created)
        soffice(src, doc.fmt, tmp)
        shutil.move(os.path.join(tmp, f"{doc.name}.{doc.fmt}"), path)
        shutil.rmtree(tmp)
        if doc.fmt == "pdf":
            normalize_pdf(path, doc.name, doc.created)
        elif doc.fmt == "odt":
            normalize_zip(path, doc.created)
        elif doc.fmt == "rtf":
            normalize_rtf(path)
    assert os.path.exists(path), path


# ============================================================================ documents
BUILDERS = []


def builder(f):
    BUILDERS.append(f)
    return f


P145 = ("распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 «Об утверждении "
        "методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную "
        "деятельность по общеобразовательным, дополнительным общеобразовательным и программам среднего "
        "профессионального образования, в том числе с применением лучших практик обмена опытом между обучающимися»")

# ------------------------------------------------------------------ 1. город Тобольск (docx, forms over наставники|наставляемые)
TOBOLSK = [  # (name in the 2022 справка, name in the 2023 monitoring workbook, cluster, forms 2022, mentee share band 2023)
    ("МАОУ СОШ № 1 г. Тобольска", "МАОУ СОШ №1 г.Тобольска", "tobolsk/school-1", {UU, TT, SU}, (26, 31)),
    ("МАОУ СОШ № 2 г. Тобольска", "МАОУ «СОШ № 2»", "tobolsk/school-2", {UU, TT, SU, RU}, (27, 33)),
    ("МАОУ «Гимназия имени Н.Д. Лицмана»", "МАОУ Гимназия им. Н.Д.Лицмана", "tobolsk/gymnasium-litsman",
     {UU, TT, SU}, (30, 36)),
    ("МАОУ СОШ № 5 г. Тобольска", "МАОУ «Средняя общеобразовательная школа № 5» г. Тобольска", "tobolsk/school-5",
     {UU, TT}, (21, 24)),
    ("МАОУ СОШ № 6 г. Тобольска", "МАОУ СОШ № 6", "tobolsk/school-6", {UU, TT, RU}, (25.5, 29)),
    ("МАОУ СОШ № 7 г. Тобольска", "МАОУ СОШ № 7", "tobolsk/school-7", {UU}, (15, 18.5)),
    ("МАОУ СОШ № 9 г. Тобольска", "МАОУ СОШ № 9 г. Тобольска", "tobolsk/school-9", {UU, TT, SU}, (26, 30)),
    ("МАОУ СОШ № 12 г. Тобольска", "МАОУ СОШ № 12", "tobolsk/school-12", {UU, TT}, (21, 24.5)),
    ("МАОУ СОШ № 13 г. Тобольска", "МАОУ СОШ № 13", "tobolsk/school-13", {UU, TT, RU}, (25.5, 28)),
    ("МАОУ СОШ № 15 г. Тобольска", "МАОУ СОШ № 15", "tobolsk/school-15", {UU, TT}, (16, 19)),
    ("МАОУ СОШ № 16 имени В.П. Неймышева г. Тобольска", "МАОУ СОШ № 16 им. В.П. Неймышева", "tobolsk/school-16",
     {UU, TT, SU}, (28, 34)),
    ("МАОУ СОШ № 17 г. Тобольска", "МАОУ «СОШ № 17»", "tobolsk/school-17", {UU}, (20.5, 23)),
    ("МАОУ СОШ № 18 г. Тобольска", "МАОУ СОШ № 18", "tobolsk/school-18", {UU, TT, RU}, (25.5, 30)),
    ("МАОУ СОШ № 20 г. Тобольска", "МАОУ СОШ № 20", "tobolsk/school-20", {UU, TT}, (14, 18)),
]


def short_tob(name):
    """«МАОУ СОШ № 16 имени В.П. Неймышева г. Тобольска» -> «СОШ № 16»"""
    m = re.search(r"СОШ № (\d+)", name)
    return f"СОШ № {m.group(1)}" if m else "Гимназия имени Н.Д. Лицмана"


@builder
def doc_tobolsk_2022():
    rng = random.Random(7001)
    d = Doc("tobolsk_spravka_2022", "docx", "город Тобольск", as_of="2022-05-31", landscape=True,
            author="Шевелёва Н.А.")
    forms = [UU, TT, SU, RU]
    data = {}
    for name, _, cl, fs, _ in TOBOLSK:
        d.org(name, cl)
        row = {}
        for f in forms:
            if f not in fs:
                row[f] = (0, 0)
            elif f == UU:
                m = rng.randint(9, 24)
                row[f] = (m, m + rng.randint(6, 22))
            elif f == TT:
                m = rng.randint(2, 6)
                row[f] = (m, m + rng.randint(0, 2))
            elif f == SU:
                m = rng.randint(2, 5)
                row[f] = (m, m + rng.randint(3, 9))
            else:
                m = rng.randint(1, 3)
                row[f] = (m, rng.randint(6, 15))
        data[name] = row
    O = [o[0] for o in TOBOLSK]

    d.head("Администрация города Тобольска\nКомитет по образованию")
    d.title("АНАЛИТИЧЕСКАЯ СПРАВКА\nо реализации целевой модели наставничества в муниципальных автономных "
            "общеобразовательных учреждениях города Тобольска по итогам 2021–2022 учебного года")
    d.p("Справка подготовлена по результатам мониторинга, проведённого с 16 по 31 мая 2022 года в соответствии "
        "с приказом комитета по образованию от 29.04.2022 № 214 «О проведении мониторинга реализации целевой "
        "модели наставничества». Целевая модель наставничества внедряется в соответствии с " + P145 +
        ", и приказом Департамента образования и науки Тюменской области от 14.09.2020 № 412/ОД. "
        "Сведения приводятся по состоянию на 31 мая 2022 года.")
    d.p(f"В отчётном периоде программы наставничества реализовывались во всех {len(O)} муниципальных "
        f"автономных общеобразовательных учреждениях города (далее – ОУ). Численность наставников и "
        f"наставляемых в разрезе форм наставничества представлена в таблице 1.")
    d.c_count("organizations", "во всех N муниципальных автономных ОУ", str(len(O)), len(O))

    t = Table(10, widths=[0.8, 5.2] + [2.58] * 8, font=10, hfont=8, hbold=False,
              caption="Таблица 1. Участники программ наставничества по формам, чел.")
    t.hrow(Cell("№ п/п", rs=2), Cell("Наименование ОУ", rs=2), *[Cell(FCAP[f], cs=2) for f in forms])
    t.hrow(*(["наставники", "наставляемые"] * 4))
    for i, name in enumerate(O, 1):
        cells = [f"{i}", name]
        for f in forms:
            m, e = data[name][f]
            cells += [F(z(m), name, "mentors", f), F(z(e), name, "mentees", f)]
        t.row("org", cells)
    tot = {f: (sum(data[o][f][0] for o in O), sum(data[o][f][1] for o in O)) for f in forms}
    t.row("total", [Cell("Итого", cs=2)] + [n(x) for f in forms for x in tot[f]])
    d.table(t)
    for f in forms:
        d.c_sum("mentors", f"строка «Итого», {FQ[f]}, наставники", n(tot[f][0]), [data[o][f][0] for o in O])
        d.c_sum("mentees", f"строка «Итого», {FQ[f]}, наставляемые", n(tot[f][1]), [data[o][f][1] for o in O])

    SM = sum(tot[f][0] for f in forms)
    SE = sum(tot[f][1] for f in forms)
    d.p(f"Всего в программы наставничества вовлечены {n(SM + SE, NB)} {plural(SM + SE, 'человек', 'человека', 'человек')}: {n(SM)} "
        f"{plural(SM, 'наставник', 'наставника', 'наставников')} и {n(SE)} наставляемых.")
    d.c_comp("program_participants", f"{SM + SE} = {SM} наставников + {SE} наставляемых", n(SM + SE), [SM, SE])
    d.c_sum("mentors", "в тексте: наставников всего", n(SM), [data[o][f][0] for o in O for f in forms])
    d.c_sum("mentees", "в тексте: наставляемых всего", n(SE), [data[o][f][1] for o in O for f in forms])

    impl = {f: [o for o in O if data[o][f][0] > 0] for f in forms}
    uu_sh = pc(tot[UU][1] / SE * 100)
    d.p(f"Наиболее массовой остаётся форма «ученик – ученик»: её реализуют все {len(impl[UU])} ОУ, на эту форму "
        f"приходится {uu_sh}% всех наставляемых. Форма «учитель – учитель», направленная на адаптацию молодых "
        f"педагогов и педагогов, сменивших место работы, реализуется в {len(impl[TT])} ОУ.")
    d.c_count("mentors", "форму «ученик – ученик» реализуют все N ОУ", str(len(impl[UU])), len(impl[UU]))
    d.c_share("mentees", "«ученик – ученик»: доля от всех наставляемых", uu_sh, tot[UU][1], SE)
    d.c_count("mentors", "«учитель – учитель» реализуется в N ОУ", str(len(impl[TT])), len(impl[TT]))

    su_nums = [re.search(r"№ (\d+)", o).group(1) for o in impl[SU] if "СОШ" in o]
    assert len(su_nums) == len(impl[SU]) - 1
    ru_nums = [re.search(r"№ (\d+)", o).group(1) for o in impl[RU]]
    ru_stated = len(impl[RU]) + 1      # PLANTED: five ОУ are claimed for «работодатель – ученик», the table has four
    d.p(f"Форма «студент – ученик» реализуется в {len(impl[SU])} ОУ (МАОУ СОШ №№ {', '.join(su_nums)} и МАОУ «Гимназия "
        f"имени Н.Д. Лицмана») совместно с Тобольским педагогическим институтом им. Д.И. Менделеева (филиалом ТюмГУ) "
        f"и ГАПОУ ТО «Тобольский многопрофильный техникум». Форма «работодатель – ученик» реализуется в "
        f"{ru_stated} ОУ (СОШ {nums_ru(ru_nums, '№ ')}) при участии специалистов предприятий нефтехимического "
        f"комплекса и организаций города.")
    d.c_count("mentors", "«студент – ученик» реализуется в N ОУ", str(len(impl[SU])), len(impl[SU]))
    d.c_member("mentors", "список ОУ формы «студент – ученик»",
               [f"СОШ № {x}" for x in su_nums] + ["Гимназия имени Н.Д. Лицмана"], [short_tob(o) for o in impl[SU]])
    d.c_count("mentors", "«работодатель – ученик» реализуется в N ОУ", str(ru_stated), len(impl[RU]), planted=True)
    d.c_member("mentors", "список ОУ формы «работодатель – ученик»", [f"СОШ № {x}" for x in ru_nums],
               [short_tob(o) for o in impl[RU]])

    nforms = [sum(1 for f in forms if data[o][f][0] > 0) for o in O]
    mean_f = pc(sum(nforms) / len(nforms))
    one = [o for o, k in zip(O, nforms) if k == 1]
    d.p(f"В среднем одно ОУ реализует {mean_f} формы наставничества. Только форму «ученик – ученик» реализуют "
        f"{join_ru(one)}; этим учреждениям рекомендовано рассмотреть возможность внедрения формы «учитель – учитель».")
    d.c_mean("forms_count", "в среднем одно ОУ реализует N формы", mean_f, nforms)
    d.c_member("forms_count", "только форму «ученик – ученик» реализуют", [short_tob(o) for o in one],
               [short_tob(o) for o, k in zip(O, nforms) if k == 1])

    mu_sh = pc(tot[UU][0] / SM * 100)
    d.p(f"Обучающиеся-наставники (форма «ученик – ученик») составляют {mu_sh}% от общего числа наставников. "
        f"Наставники из числа педагогов и представителей предприятий прошли обучение по дополнительной "
        f"профессиональной программе «Наставничество в образовательной организации» (36 часов) на базе ТОГИРРО.")
    d.c_share("mentors", "«ученик – ученик»: доля от общего числа наставников", mu_sh, tot[UU][0], SM)
    d.p("Выводы и рекомендации: продолжить работу по вовлечению обучающихся 15–19 лет в роли наставника; "
        "расширить перечень предприятий – партнёров для реализации формы «работодатель – ученик»; до 01.10.2022 "
        "актуализировать базы наставников и наставляемых.")
    d.sign("Председатель комитета по образованию                                   И.В. Аксарина\n"
           "Исп. Шевелёва Н.А., тел. 8 (3456) 24-66-15")
    return d


# ------------------------------------------------------------------ 2. город Тобольск (xlsx, shares; other spellings)
@builder
def doc_tobolsk_2023():
    rng = random.Random(7002)
    d = Doc("tobolsk_monitoring_2023", "xlsx", "город Тобольск", as_of="2023-01-20", author="Шевелёва Н.А.")
    d.sheet = "Мониторинг ЦМН"
    d.xlsx_widths = [5, 46, 14, 14, 12, 14, 12, 14]
    for _, name, cl, _, band in TOBOLSK:
        d.org(name, cl)

    def gen():
        rows = []
        for _, name, cl, _, band in TOBOLSK:
            tot = rng.randint(520, 1380)
            if "Гимназия" in name:
                tot = rng.randint(820, 900)
            lo, hi = band
            while True:
                e = rng.randint(int(tot * lo / 100), int(tot * hi / 100) + 1)
                sh = rnd(e / tot * 100)
                if lo <= sh < hi and sh not in (20.0, 25.0) and safe(e / tot * 100):
                    break
            while True:
                m = int(tot * rng.uniform(0.065, 0.14))
                if safe(m / tot * 100):
                    break
            rows.append((name, cl, tot, e, m, rng.randint(9, 38)))
        return rows

    def valid(rows):
        ST, SE, SM = (sum(r[i] for r in rows) for i in (2, 3, 4))
        msh = [rnd(r[4] / r[2] * 100) for r in rows]
        return safe(SE / ST * 100) and safe(SM / ST * 100) and safe(sum(msh) / len(msh))
    rows = retry(gen, valid)

    d.head("Комитет по образованию Администрации города Тобольска")
    d.title("Мониторинг показателей реализации целевой модели наставничества в общеобразовательных учреждениях "
            "г. Тобольска")
    d.plain("по состоянию на 20.01.2023")
    t = Table(8)
    t.hrow(Cell("№", rs=2), Cell("Наименование ОУ", rs=2), Cell("Численность обучающихся, чел.", rs=2),
           Cell("Обучающиеся в роли наставляемого", cs=2), Cell("Обучающиеся в роли наставника", cs=2),
           Cell("Педагоги, вовлечённые в наставничество, чел.", rs=2))
    t.hrow("чел.", "доля", "чел.", "доля, %")
    pr_mentor = {}
    for k, (name, cl, tot, e, m, tch) in enumerate(rows, 1):
        es = pc(e / tot * 100)
        ms = pc(m / tot * 100)
        pr_mentor[name] = ms
        t.row("org", [str(k), name, F(str(tot), name, "students_total"), F(str(e), name, "mentees"),
                      F(es + "%", name, "mentee_share_pct", xl=(round(rnd(e / tot * 100) / 100, 6), "0.0%")),
                      F(str(m), name, "mentors"), F(ms, name, "mentor_share_pct"), F(str(tch), name, "teachers_involved")])
    ST = sum(r[2] for r in rows)
    SE = sum(r[3] for r in rows)
    SM = sum(r[4] for r in rows)
    STC = sum(r[5] for r in rows)
    stc_printed = STC + 10           # PLANTED: the «Всего по городу» of педагогов is 10 more than the column
    t.row("total", ["", "Всего по городу", n(ST), n(SE), Cell(pc(SE / ST * 100) + "%", xl=(round(rnd(SE / ST * 100) / 100, 6), "0.0%")),
                    n(SM), pc(SM / ST * 100), n(stc_printed)])
    d.table(t)
    d.c_sum("students_total", "строка «Всего по городу», численность", n(ST), [r[2] for r in rows])
    d.c_sum("mentees", "строка «Всего по городу», наставляемые", n(SE), [r[3] for r in rows])
    d.c_share("mentee_share_pct", "строка «Всего по городу», доля наставляемых", pc(SE / ST * 100), SE, ST)
    d.c_sum("mentors", "строка «Всего по городу», наставники", n(SM), [r[4] for r in rows])
    d.c_share("mentor_share_pct", "строка «Всего по городу», доля наставников", pc(SM / ST * 100), SM, ST)
    d.c_sum("teachers_involved", "строка «Всего по городу», педагоги", n(stc_printed), [r[5] for r in rows],
            planted=True)
    for name, cl, tot, e, m, tch in rows:
        d.c_share("mentee_share_pct", f"{name}: доля наставляемых", pc(e / tot * 100), e, tot)
        d.c_share("mentor_share_pct", f"{name}: доля наставников", pr_mentor[name], m, tot)

    reached = [r for r in rows if rnd(r[3] / r[2] * 100) >= 25]
    low = [r for r in rows if rnd(r[3] / r[2] * 100) < 20]
    assert [re.search(r"№ ?(\d+)", r[0]).group(1) for r in low] == ["7", "15", "20"], low
    d.p(f"1. Доля обучающихся в роли наставляемого в целом по городу составила {pc(SE / ST * 100)}% "
        f"({n(SE)} чел. из {n(ST)}).")
    d.c_share("mentee_share_pct", "п. 1: доля наставляемых по городу", pc(SE / ST * 100), SE, ST)
    d.c_sum("mentees", "п. 1: наставляемых, чел.", n(SE), [r[3] for r in rows])
    d.c_sum("students_total", "п. 1: численность обучающихся", n(ST), [r[2] for r in rows])
    d.p(f"2. Региональный показатель на 2022 год (не менее 25% обучающихся в роли наставляемого) достигнут в "
        f"{len(reached)} ОУ из {len(rows)}. Доля наставляемых ниже 20% – в МАОУ СОШ № 7, СОШ № 15 и СОШ № 20.")
    d.c_count("mentee_share_pct", "п. 2: показатель не менее 25% достигнут в N ОУ", str(len(reached)), len(reached))
    d.c_count("organizations", "п. 2: … из N ОУ", str(len(rows)), len(rows))
    d.c_member("mentee_share_pct", "п. 2: доля наставляемых ниже 20%", ["СОШ № 7", "СОШ № 15", "СОШ № 20"],
               ["СОШ № " + re.search(r"№ ?(\d+)", r[0]).group(1) for r in low])
    msh = [parse_num(pr_mentor[r[0]]) for r in rows]
    mean_m = pc(sum(msh) / len(msh))
    d.p(f"3. Доля обучающихся в роли наставника в среднем по ОУ составила {mean_m}%; педагогов, вовлечённых "
        f"в наставничество, – {STC} чел.")
    d.c_mean("mentor_share_pct", "п. 3: доля наставников в среднем по ОУ", mean_m, msh)
    d.c_sum("teachers_involved", "п. 3: педагогов, вовлечённых в наставничество", str(STC), [r[5] for r in rows])
    d.plain("Исп. Шевелёва Н.А., 24-66-15")
    return d

# ------------------------------------------------------------------ 3. Выборгский район (pdf ruled, subtotals городские/сельские)
VYBORG = [  # (name in the 2021 справка, short name for lists, cluster, urban?, name in the 2022 приказ or None)
    ("МБОУ «Выборгская гимназия»", "Выборгская гимназия", "vyborg/gymnasium", True, "МБОУ «Гимназия» г. Выборга"),
    ("МБОУ «СОШ № 6»", "СОШ № 6", "vyborg/school-6", True, "МБОУ «Средняя общеобразовательная школа № 6»"),
    ("МБОУ «СОШ № 7»", "СОШ № 7", "vyborg/school-7", True, None),
    ("МБОУ «СОШ № 8»", "СОШ № 8", "vyborg/school-8", True, None),
    ("МБОУ «СОШ № 10»", "СОШ № 10", "vyborg/school-10", True, "МБОУ «Средняя общеобразовательная школа № 10»"),
    ("МБОУ «СОШ № 12»", "СОШ № 12", "vyborg/school-12", True, None),
    ("МБОУ «СОШ № 13 с углублённым изучением отдельных предметов»", "СОШ № 13", "vyborg/school-13", True,
     "МБОУ «СОШ № 13 с УИОП»"),
    ("МБОУ «Светогорская СОШ»", "Светогорская СОШ", "vyborg/svetogorsk", True,
     "МБОУ «Светогорская средняя общеобразовательная школа»"),
    ("МБОУ «Каменногорский ЦО»", "Каменногорский ЦО", "vyborg/kamennogorsk", True,
     "МБОУ «Каменногорский центр образования»"),
    ("МБОУ «Приморская СОШ»", "Приморская СОШ", "vyborg/primorsk", True, None),
    ("МБОУ «Рощинская СОШ»", "Рощинская СОШ", "vyborg/roshchino", False,
     "МБОУ «Рощинская средняя общеобразовательная школа»"),
    ("МБОУ «Первомайский ЦО»", "Первомайский ЦО", "vyborg/pervomayskoe", False, "МБОУ «Первомайский центр образования»"),
    ("МБОУ «Гончаровская СОШ»", "Гончаровская СОШ", "vyborg/goncharovo", False, "МБОУ «Гончаровская СОШ»"),
    ("МБОУ «Кирилловская СОШ»", "Кирилловская СОШ", "vyborg/kirillovskoe", False, None),
    ("МБОУ «Полянская СОШ»", "Полянская СОШ", "vyborg/polyany", False, "МБОУ «Полянская СОШ»"),
    ("МБОУ «Лесогорская СОШ»", "Лесогорская СОШ", "vyborg/lesogorsky", False, None),
    ("МБОУ «Глебычевская СОШ»", "Глебычевская СОШ", "vyborg/glebychevo", False, None),
    ("МБОУ «Селезнёвская ООШ»", "Селезнёвская ООШ", "vyborg/seleznevo", False, "МБОУ «Селезневская ООШ»"),
    ("МБОУ «Красносельская ООШ»", "Красносельская ООШ", "vyborg/krasnoselskoe", False,
     "МБОУ «Красносельская основная общеобразовательная школа»"),
]
VYBORG_LOW = ["СОШ № 12", "Лесогорская СОШ", "Селезнёвская ООШ", "Красносельская ООШ"]   # mentee share < 15%


@builder
def doc_vyborg_2021():
    rng = random.Random(7003)
    d = Doc("vyborg_spravka_2021", "pdf", "Выборгский район", as_of="2021-12-24", author="Корнилова Е.В.",
            font=12)
    for name, short, cl, urban, _ in VYBORG:
        d.org(name, cl)

    def gen():
        rows = []
        for name, short, cl, urban, _ in VYBORG:
            tot = rng.randint(620, 1350) if urban else rng.randint(95, 520)
            if short in VYBORG_LOW:
                band = (9.0, 14.5)
            elif urban:
                band = (16.0, 26.0)
            else:
                band = (22.0, 38.0)
            e = int(tot * rng.uniform(*band) / 100)
            m = int(tot * rng.uniform(0.045, 0.095))
            rows.append((name, short, cl, urban, tot, e, m))
        return rows

    def valid(rows):
        for r in rows:
            if not (safe(r[5] / r[4] * 100) and safe(r[6] / r[4] * 100)):
                return False
            if (rnd(r[5] / r[4] * 100) < 15) != (r[1] in VYBORG_LOW):
                return False
        for sub in ([r for r in rows if r[3]], [r for r in rows if not r[3]], rows):
            T, E, M = (sum(r[i] for r in sub) for i in (4, 5, 6))
            if not (safe(E / T * 100) and safe(M / T * 100)):
                return False
        uu = [r for r in rows if r[3]]
        ru = [r for r in rows if not r[3]]
        return sum(r[5] for r in ru) / sum(r[4] for r in ru) > sum(r[5] for r in uu) / sum(r[4] for r in uu) + 0.01
    rows = retry(gen, valid)
    urban = [r for r in rows if r[3]]
    rural = [r for r in rows if not r[3]]

    d.head("Комитет образования администрации муниципального образования\n«Выборгский район» Ленинградской области")
    d.title("СПРАВКА\nпо итогам мониторинга достижения показателей целевой модели наставничества\n"
            "в общеобразовательных организациях Выборгского района\n(по состоянию на 24.12.2021)")
    d.p("Мониторинг проведён информационно-методическим отделом комитета образования в период с 13 по 24 декабря "
        "2021 года во исполнение распоряжения комитета общего и профессионального образования Ленинградской "
        "области от 30.07.2021 № 1742-р и в соответствии с методологией (целевой моделью) наставничества "
        "обучающихся, утверждённой " + P145.split(" «Об")[0].replace("распоряжением", "распоряжением") + ".")
    d.p(f"В мониторинге приняли участие {len(rows)} общеобразовательных организаций (далее – ОО): {len(urban)} "
        f"городских и {len(rural)} сельских. Оценивались показатели: доля обучающихся в возрасте от 10 до 19 лет, "
        f"вошедших в программы наставничества в роли наставляемого, и доля обучающихся в возрасте от 15 до 19 "
        f"лет, вошедших в программы наставничества в роли наставника (в процентах от общей численности "
        f"обучающихся ОО).")
    d.c_count("organizations", "в мониторинге приняли участие N ОО", str(len(rows)), len(rows))
    d.c_count("organizations", "из них N городских", str(len(urban)), len(urban))
    d.c_count("organizations", "и N сельских", str(len(rural)), len(rural))

    t = Table(7, widths=[0.9, 5.2, 2.9, 2.0, 1.7, 2.0, 1.7], font=10, hfont=9, hbold=False,
              caption="Таблица 1. Показатели целевой модели наставничества по ОО")
    t.hrow(Cell("№ п/п", rs=2), Cell("Общеобразовательная организация", rs=2),
           Cell("Всего обучающихся, чел.", rs=2), Cell("Обучающиеся в роли наставляемого", cs=2),
           Cell("Обучающиеся в роли наставника", cs=2))
    t.hrow("чел.", "%", "чел.", "%")
    k = 0
    subs = {}
    for label, sub, tl in (("Городские общеобразовательные организации", urban, "Итого по городским ОО"),
                           ("Сельские общеобразовательные организации", rural, "Итого по сельским ОО")):
        t.group(label)
        for name, short, cl, u, tot, e, m in sub:
            k += 1
            t.row("org", [str(k), name, F(n(tot), name, "students_total"), F(str(e), name, "mentees"),
                          F(pc(e / tot * 100), name, "mentee_share_pct"), F(str(m), name, "mentors"),
                          F(pc(m / tot * 100), name, "mentor_share_pct")])
        T, E, M = (sum(r[i] for r in sub) for i in (4, 5, 6))
        m_pr = M + 12 if sub is urban else M      # PLANTED: the urban subtotal of mentors is 12 too many
        subs[tl] = (T, E, M, m_pr)
        t.row("total", ["", tl, n(T), n(E), pc(E / T * 100), n(m_pr), pc(M / T * 100)])
    T, E, M = (sum(r[i] for r in rows) for i in (4, 5, 6))
    t.row("total", ["", "Всего по району", n(T), n(E), pc(E / T * 100), n(M), pc(M / T * 100)])
    d.table(t)
    for name, short, cl, u, tot, e, m in rows:
        d.c_share("mentee_share_pct", f"{short}: доля наставляемых", pc(e / tot * 100), e, tot)
        d.c_share("mentor_share_pct", f"{short}: доля наставников", pc(m / tot * 100), m, tot)
    for tl, sub in (("Итого по городским ОО", urban), ("Итого по сельским ОО", rural)):
        sT, sE, sM, m_pr = subs[tl]
        d.c_sum("students_total", f"строка «{tl}», всего обучающихся", n(sT), [r[4] for r in sub])
        d.c_sum("mentees", f"строка «{tl}», наставляемые", n(sE), [r[5] for r in sub])
        d.c_share("mentee_share_pct", f"строка «{tl}», доля наставляемых", pc(sE / sT * 100), sE, sT)
        if m_pr != sM:
            d.c_sum("mentors", f"строка «{tl}», наставники", n(m_pr), [r[6] for r in sub], planted=True)
            # the share next to it agrees with the rows, not with the misprinted subtotal
            d.c_share("mentor_share_pct", f"строка «{tl}», доля наставников (верна по строкам, не по итогу)",
                      pc(sM / sT * 100), sM, sT, status="either")
        else:
            d.c_sum("mentors", f"строка «{tl}», наставники", n(m_pr), [r[6] for r in sub])
            d.c_share("mentor_share_pct", f"строка «{tl}», доля наставников", pc(sM / sT * 100), sM, sT)
    d.c_sum("students_total", "строка «Всего по району», всего обучающихся", n(T), [r[4] for r in rows])
    d.c_sum("mentees", "строка «Всего по району», наставляемые", n(E), [r[5] for r in rows])
    d.c_share("mentee_share_pct", "строка «Всего по району», доля наставляемых", pc(E / T * 100), E, T)
    # agrees with the rows, not with the sum of the printed subtotals (one of which is wrong)
    d.c_sum("mentors", "строка «Всего по району», наставники (равна сумме строк, не сумме итогов)", n(M),
            [r[6] for r in rows], status="either")
    d.c_share("mentor_share_pct", "строка «Всего по району», доля наставников", pc(M / T * 100), M, T)

    d.p(f"Доля обучающихся в роли наставляемого в целом по району составила {pc(E / T * 100)}% "
        f"({n(E, NB)} из {n(T, NB)} обучающихся). В роли наставника выступили {n(M, NB)} обучающихся, или "
        f"{pc(M / T * 100)}% от общей численности обучающихся.")
    d.c_share("mentee_share_pct", "в тексте: доля наставляемых по району", pc(E / T * 100), E, T)
    d.c_sum("mentees", "в тексте: наставляемых", n(E), [r[5] for r in rows])
    d.c_sum("students_total", "в тексте: обучающихся", n(T), [r[4] for r in rows])
    d.c_sum("mentors", "в тексте: наставников", n(M), [r[6] for r in rows])
    d.c_share("mentor_share_pct", "в тексте: доля наставников по району", pc(M / T * 100), M, T)
    uT, uE = subs["Итого по городским ОО"][:2]
    rT, rE = subs["Итого по сельским ОО"][:2]
    assert rE / rT > uE / uT
    d.p(f"В сельских школах доля наставляемых выше, чем в городских ({pc(rE / rT * 100)}% против "
        f"{pc(uE / uT * 100)}%), что объясняется небольшой наполняемостью классов и широким использованием "
        f"формы «ученик – ученик» в разновозрастных группах.")
    d.c_share("mentee_share_pct", "в тексте: доля наставляемых в сельских ОО", pc(rE / rT * 100), rE, rT)
    d.c_share("mentee_share_pct", "в тексте: доля наставляемых в городских ОО", pc(uE / uT * 100), uE, uT)
    low = [r for r in rows if rnd(r[5] / r[4] * 100) < 15]
    reached = len(rows) - len(low)
    stated_low = [r[1] for r in low if r[1] != "Селезнёвская ООШ"]    # PLANTED: one school left out of the list
    d.p(f"Региональный показатель 2021 года (не менее 15% обучающихся в роли наставляемого) достигнут в "
        f"{reached} ОО. Не достигнут показатель в {len(low)} ОО: " + join_ru([f"МБОУ «{x}»" for x in stated_low]) +
        ". Руководителям указанных ОО необходимо в срок до 01.03.2022 скорректировать программы наставничества.")
    d.c_count("mentee_share_pct", "показатель не менее 15% достигнут в N ОО", str(reached), reached)
    d.c_count("mentee_share_pct", "не достигнут в N ОО", str(len(low)), len(low))
    d.c_member("mentee_share_pct", "список ОО, не достигших 15%", stated_low, [r[1] for r in low], planted=True)
    d.sign("Начальник информационно-методического отдела                    Е.В. Корнилова\n"
           "Исп. Смирнова О.А., 8 (81378) 2-45-17")
    return d


# ------------------------------------------------------------------ 4. Выборгский район, приказ (rtf, appendix plan)
@builder
def doc_vyborg_prikaz():
    rng = random.Random(7004)
    d = Doc("vyborg_prikaz_612_2022", "rtf", "Выборгский район", kind="приказ", doc_date="2022-09-05",
            doc_number="612", author="Корнилова Е.В.")
    sel = [v for v in VYBORG if v[4]]
    for v in sel:
        d.org(v[4], v[2])

    def gen():
        rows = []
        for name, short, cl, urban, pname in sel:
            tot = rng.randint(640, 1320) if urban else rng.randint(100, 500)
            plan = int(tot * rng.uniform(0.205, 0.32))
            rows.append((pname, tot, plan))
        return rows
    rows = retry(gen, lambda rows: True)
    ST = sum(r[1] for r in rows)
    SP = sum(r[2] for r in rows)
    sp_stated = SP + 90                  # PLANTED: the text gives a total 90 above the appendix
    d.head("КОМИТЕТ ОБРАЗОВАНИЯ\nАДМИНИСТРАЦИИ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «ВЫБОРГСКИЙ РАЙОН»\nЛЕНИНГРАДСКОЙ ОБЛАСТИ")
    d.title("П Р И К А З")
    d.plain("05.09.2022                                                                                  № 612")
    d.head("г. Выборг")
    d.title("Об утверждении плановых показателей вовлечения обучающихся\nв программы наставничества на "
            "2022–2023 учебный год")
    d.p("В соответствии с " + P145.split(" «Об")[0] + ", распоряжением комитета общего и профессионального "
        "образования Ленинградской области от 30.07.2021 № 1742-р, по итогам мониторинга достижения показателей "
        "целевой модели наставничества (справка от 24.12.2021), в целях достижения показателей регионального "
        "проекта «Современная школа»")
    d.plain("П Р И К А З Ы В А Ю:")
    d.p("1. Утвердить плановые показатели вовлечения обучающихся общеобразовательных организаций в программы "
        "наставничества на 2022–2023 учебный год (приложение).")
    d.p(f"2. Установить общий плановый охват обучающихся программами наставничества – {n(sp_stated, NB)} {plural(sp_stated, 'человек', 'человека', 'человек')}, "
        f"что составляет не менее 20% численности обучающихся каждой общеобразовательной организации.")
    d.c_sum("planned_participants", "п. 2: общий плановый охват", n(sp_stated), [r[2] for r in rows], planted=True)
    mn = min(r[2] / r[1] * 100 for r in rows)
    d.c_target("planned_participants", "п. 2: не менее 20% численности обучающихся каждой ОО", 20, mn)
    d.p("3. Руководителям общеобразовательных организаций:")
    d.p("3.1. обеспечить достижение плановых показателей до 31.05.2023;")
    d.p("3.2. ежеквартально, до 5 числа месяца, следующего за отчётным кварталом, представлять в информационно-"
        "методический отдел сведения о численности наставников и наставляемых.")
    d.p("4. Контроль за исполнением приказа возложить на заместителя председателя комитета образования "
        "Васильеву Н.Г.")
    d.sign("Председатель комитета образования                                   А.В. Кузнецов")
    d.pagebreak()
    d.right("Приложение\nк приказу комитета образования\nот 05.09.2022 № 612")
    d.title("Плановые показатели вовлечения обучающихся в программы наставничества\nна 2022–2023 учебный год")
    t = Table(4, widths=[1.2, 8.5, 3.5, 3.5], font=11)
    t.hrow("№ п/п", "Наименование общеобразовательной организации", "Численность обучающихся на 01.09.2022, чел.",
           "Плановый охват программами наставничества, чел.")
    for k, (pname, tot, plan) in enumerate(rows, 1):
        t.row("org", [f"{k}.", pname, F(str(tot), pname, "students_total"), F(str(plan), pname, "planned_participants")])
    t.row("total", ["", "Итого", n(ST), n(SP)])
    d.table(t)
    d.c_sum("students_total", "приложение, строка «Итого», численность", n(ST), [r[1] for r in rows])
    d.c_sum("planned_participants", "приложение, строка «Итого», плановый охват", n(SP), [r[2] for r in rows])
    return d

# ------------------------------------------------------------------ 5. городской округ Коломна (txt tab, forms as text + count)
KOLOMNA = [
    ("МОУ СОШ № 3", "kolomna/school-3", [UU, TT, TU]),
    ("МОУ гимназия № 2 «Квантор»", "kolomna/gymnasium-2", [UU, TT, SU, TU]),
    ("МОУ лицей № 4", "kolomna/lyceum-4", [UU, TT, SU]),
    ("МОУ СОШ № 7", "kolomna/school-7", [UU, TT]),
    ("МОУ «Гимназия № 8»", "kolomna/gymnasium-8", [UU, TT, SU, RU]),
    ("МОУ СОШ № 9", "kolomna/school-9", [UU, TT, TU]),
    ("МОУ СОШ № 10", "kolomna/school-10", [UU, TT, RU]),
    ("МОУ СОШ № 12", "kolomna/school-12", [UU, TU]),
    ("МОУ СОШ № 14", "kolomna/school-14", [UU, TT]),
    ("МОУ СОШ № 17", "kolomna/school-17", [UU, TT, SU]),
    ("МОУ СОШ № 21", "kolomna/school-21", [UU, TT, TU]),
    ("МОУ СОШ № 24", "kolomna/school-24", [UU, TT, RU]),
    ("МОУ Непецинская СОШ", "kolomna/nepetsino", [UU, TT]),
    ("МОУ Акатьевская СОШ", "kolomna/akatyevo", [UU]),
    ("МОУ Пановская СОШ", "kolomna/panovo", [UU, TU]),
    ("МОУ Сергиевская СОШ", "kolomna/sergievskaya", [UU]),
]
FL = {UU: "ученик – ученик", TT: "учитель – учитель", SU: "студент – ученик", RU: "работодатель – ученик",
      TU: "учитель – ученик"}


@builder
def doc_kolomna():
    rng = random.Random(7005)
    d = Doc("kolomna_formy_2023", "txt", "городской округ Коломна", as_of="2023-05-31", txt_mode="tab",
            enc="utf-8-sig")
    rows = []
    for name, cl, fs in KOLOMNA:
        d.org(name, cl)
        m = sum(rng.randint(8, 20) if f == UU else rng.randint(2, 6) for f in fs)
        e = m + rng.randint(6, 30)
        p = rng.randint(max(1, int(m * 0.75)), m)
        k_pr = len(fs) + 1 if name == "МОУ СОШ № 14" else len(fs)   # PLANTED: «3» forms printed, two are listed
        rows.append((name, fs, k_pr, p, m, e))
    d.head("Управление образования Администрации городского округа Коломна Московской области")
    d.title("ИНФОРМАЦИЯ\nо реализуемых формах наставничества в общеобразовательных организациях\n"
            "городского округа Коломна (по состоянию на 31.05.2023)")
    d.p("Информация подготовлена на основании отчётов общеобразовательных организаций о реализации программ "
        "наставничества в 2022–2023 учебном году, представленных по запросу Управления образования от 10.05.2023 "
        "№ 01-18/1127, в соответствии с распоряжением Министерства образования Московской области о внедрении "
        "целевой модели наставничества и методологией, утверждённой распоряжением Минпросвещения России "
        "от 25.12.2019 № Р-145.")
    d.p(f"Отчёты представили {len(rows)} общеобразовательных организаций (далее – ОО). Сведения о реализуемых "
        f"формах, количестве наставнических пар (групп), наставников и наставляемых приведены в таблице.")
    d.c_count("organizations", "отчёты представили N ОО", str(len(rows)), len(rows))
    t = Table(7, caption="Таблица")
    t.hrow("№ п/п", "Наименование ОО", "Реализуемые формы наставничества", "Кол-во форм",
           "Кол-во наставнических пар (групп)", "Наставники, чел.", "Наставляемые, чел.")
    for k, (name, fs, kp, p, m, e) in enumerate(rows, 1):
        t.row("org", [str(k), name, "; ".join(FL[f] for f in fs), F(str(kp), name, "forms_count"),
                      F(str(p), name, "pairs"), F(str(m), name, "mentors"), F(str(e), name, "mentees")])
    SP, SM, SE = (sum(r[i] for r in rows) for i in (3, 4, 5))
    t.row("total", ["", "Итого", "", "х", n(SP), n(SM), n(SE)])
    d.table(t)
    for name, fs, kp, p, m, e in rows:
        d.c_cross("forms_count", f"{name}: «Кол-во форм» против перечня форм", str(kp), len(fs),
                  planted=(kp != len(fs)))
    d.c_sum("pairs", "строка «Итого», пары (группы)", n(SP), [r[3] for r in rows])
    d.c_sum("mentors", "строка «Итого», наставники", n(SM), [r[4] for r in rows])
    d.c_sum("mentees", "строка «Итого», наставляемые", n(SE), [r[5] for r in rows])

    cnt = {f: [r for r in rows if f in r[1]] for f in FL}
    d.p(f"Форма «ученик – ученик» реализуется во всех {len(cnt[UU])} ОО, «учитель – учитель» – в {len(cnt[TT])}, "
        f"«учитель – ученик» – в {len(cnt[TU])}, «студент – ученик» – в {len(cnt[SU])} (во взаимодействии с "
        f"ГОУ ВО МО «Государственный социально-гуманитарный университет»), «работодатель – ученик» – в "
        f"{len(cnt[RU])} ОО.")
    for f in (UU, TT, TU, SU, RU):
        d.c_count("forms_count", f"форма {FQ[f]} реализуется в N ОО", str(len(cnt[f])), len(cnt[f]))
    no_tt = [r[0] for r in rows if TT not in r[1]]
    d.p(f"Не реализуют форму «учитель – учитель» {join_ru(no_tt)}; в этих организациях отсутствуют молодые "
        f"специалисты и вновь принятые педагоги.")
    d.c_member("forms_count", "не реализуют форму «учитель – учитель»", no_tt, [r[0] for r in rows if TT not in r[1]])
    printed = [r[2] for r in rows]
    listed = [len(r[1]) for r in rows]
    mean_f = pc(sum(printed) / len(printed))
    assert mean_f == pc(sum(listed) / len(listed)) and safe(sum(listed) / len(listed))
    one = [r[0] for r in rows if len(r[1]) == 1]
    mp = pc(SP / len(rows))
    d.p(f"В среднем в одной ОО реализуется {mean_f} формы наставничества; только одну форму («ученик – ученик») "
        f"реализуют {join_ru(one)}. Всего сформировано {SP} наставнических пар (групп), в среднем {mp} на одну ОО.")
    d.c_mean("forms_count", "в среднем в одной ОО реализуется N формы", mean_f, printed)
    d.c_member("forms_count", "только одну форму реализуют", one, [r[0] for r in rows if len(r[1]) == 1])
    d.c_sum("pairs", "в тексте: всего сформировано пар (групп)", str(SP), [r[3] for r in rows])
    d.c_mean("pairs", "в тексте: в среднем пар (групп) на одну ОО", mp, [r[3] for r in rows])
    d.p("Рекомендовано руководителям ОО, реализующих одну-две формы наставничества, рассмотреть возможность "
        "внедрения формы «студент – ученик» совместно с ГСГУ и колледжами городского округа.")
    d.sign("Начальник отдела общего образования                Т.Ю. Ерохина\n"
           "Исп. Мартынова Л.С., 8 (496) 618-42-70")
    return d


# ------------------------------------------------------------------ 6. город Комсомольск-на-Амуре (pdf, table WITHOUT ruling lines)
KOMSOMOLSK = [
    ("МОУ СОШ № 5", "komsomolsk/school-5", [UU, TT]),
    ("МОУ «Гимназия № 1»", "komsomolsk/gymnasium-1", [UU, TT, SU]),
    ("МОУ «Лицей № 1»", "komsomolsk/lyceum-1", [UU, TT, SU, RU]),
    ("МОУ «Гимназия № 9»", "komsomolsk/gymnasium-9", [UU, TT, SU]),
    ("МОУ СОШ № 16", "komsomolsk/school-16", [UU, TT, SU]),
    ("МОУ СОШ № 23", "komsomolsk/school-23", [UU, TT]),
    ("МОУ СОШ № 27", "komsomolsk/school-27", [UU, TT, RU]),
    ("МОУ СОШ № 31", "komsomolsk/school-31", [UU, TT]),
    ("МОУ СОШ № 32", "komsomolsk/school-32", [UU]),
    ("МОУ СОШ № 35", "komsomolsk/school-35", [UU, TT, SU]),
    ("МОУ СОШ № 37", "komsomolsk/school-37", [UU, TT]),
    ("МОУ «Гимназия № 45»", "komsomolsk/gymnasium-45", [UU, TT, SU]),
    ("МОУ СОШ № 50", "komsomolsk/school-50", [UU, TT, RU]),
    ("МОУ СОШ № 51", "komsomolsk/school-51", [UU]),
    ("МОУ СОШ № 53", "komsomolsk/school-53", [UU, TT]),
    ("МОУ «Инженерная школа города Комсомольска-на-Амуре»", "komsomolsk/engineering-school", [UU, TT, RU]),
]


@builder
def doc_komsomolsk():
    rng = random.Random(7006)
    d = Doc("komsomolsk_pary_2022", "pdf", "город Комсомольск-на-Амуре", as_of="2022-12-20", landscape=True,
            author="Гладких С.П.")
    forms = [UU, TT, SU, RU]

    def gen():
        data = []
        for name, cl, fs in KOMSOMOLSK:
            v = {f: 0 for f in forms}
            for f in fs:
                v[f] = rng.randint(9, 31) if f == UU else rng.randint(1, 6) if f != RU else rng.randint(1, 3)
            data.append((name, v))
        return data
    data = retry(gen, lambda data: safe(sum(v[UU] for _, v in data) / len(data)))
    for name, cl, fs in KOMSOMOLSK:
        d.org(name, cl)
    d.head("Управление образования администрации города Комсомольска-на-Амуре")
    d.title("Сведения о наставнических парах (группах), сформированных в общеобразовательных учреждениях\n"
            "города Комсомольска-на-Амуре, по формам наставничества (на 20.12.2022)")
    d.p("Сведения сформированы по данным персонифицированного учёта наставников и наставляемых, который ведут "
        "общеобразовательные учреждения в соответствии с Положением о системе наставничества, утверждённым "
        "приказом управления образования от 11.02.2022 № 98, и методологией целевой модели наставничества "
        "(распоряжение Минпросвещения России от 25.12.2019 № Р-145).")
    t = Table(7, widths=[1.2, 8.6, 3.0, 3.0, 3.0, 3.6, 3.0], font=11, hfont=10, ruled=False)
    t.hrow(Cell("№\nп/п", rs=2), Cell("Общеобразовательное учреждение", rs=2, align="left"),
           Cell("Количество наставнических пар (групп) по формам наставничества, ед.", cs=4),
           Cell("Всего пар\n(групп)", rs=2))
    t.hrow("ученик –\nученик", "учитель –\nучитель", "студент –\nученик", "работодатель –\nученик")
    tot_pr = {}
    for k, (name, v) in enumerate(data, 1):
        s_true = sum(v.values())
        s_pr = s_true + 10 if name == "МОУ СОШ № 31" else s_true     # PLANTED: the row total is 10 too many
        tot_pr[name] = (s_pr, s_true)
        t.row("org", [str(k), Cell(name, align="left")] + [F(z(v[f]), name, "pairs", f) for f in forms] + [n(s_pr)])
    colsum = {f: sum(v[f] for _, v in data) for f in forms}
    P = sum(colsum.values())
    t.row("total", ["", Cell("Итого", align="left")] + [n(colsum[f]) for f in forms] + [n(P)])
    d.table(t)
    for name, v in data:
        s_pr, s_true = tot_pr[name]
        d.c_sum("pairs", f"графа «Всего пар (групп)», {name}", n(s_pr), [v[f] for f in forms],
                planted=(s_pr != s_true))
    for f in forms:
        d.c_sum("pairs", f"строка «Итого», {FQ[f]}", n(colsum[f]), [v[f] for _, v in data])
    d.c_sum("pairs", "строка «Итого», всего пар (равна сумме по формам, не сумме графы)", n(P),
            [v[f] for _, v in data for f in forms], status="either")
    su = [name for name, v in data if v[SU]]
    ru = [name for name, v in data if v[RU]]
    one = [name for name, v in data if sum(1 for f in forms if v[f]) == 1]
    mean_uu = pc(colsum[UU] / len(data))
    d.p(f"Наставнические пары (группы) сформированы во всех {len(data)} общеобразовательных учреждениях города. "
        f"В форме «ученик – ученик» сформировано {colsum[UU]} "
        f"{plural(colsum[UU], 'пара (группа)', 'пары (группы)', 'пар (групп)')}, в среднем {mean_uu} на одно учреждение; "
        f"в форме «учитель – учитель» – {colsum[TT]} {plural(colsum[TT], 'пара', 'пары', 'пар')}, что соответствует числу педагогов, нуждающихся в "
        f"адаптации и профессиональной поддержке.")
    d.c_count("organizations", "во всех N учреждениях", str(len(data)), len(data))
    d.c_sum("pairs", "в тексте: «ученик – ученик», пар", str(colsum[UU]), [v[UU] for _, v in data])
    d.c_mean("pairs", "в тексте: «ученик – ученик», в среднем на одно учреждение", mean_uu, [v[UU] for _, v in data])
    d.c_sum("pairs", "в тексте: «учитель – учитель», пар", str(colsum[TT]), [v[TT] for _, v in data])
    d.p(f"Форму «студент – ученик» реализуют {len(su)} учреждений: {join_ru(su)} – наставниками выступают "
        f"студенты ФГБОУ ВО «Комсомольский-на-Амуре государственный университет» и КГБ ПОУ «Комсомольский-на-Амуре "
        f"колледж технологий и сервиса». Форма «работодатель – ученик» реализуется в {len(ru)} учреждениях "
        f"при участии ПАО «Яковлев» (филиал КнААЗ им. Ю.А. Гагарина) и АО «Амурский судостроительный завод».")
    d.c_count("pairs", "форму «студент – ученик» реализуют N учреждений", str(len(su)), len(su))
    d.c_member("pairs", "список учреждений формы «студент – ученик»", su, [nm for nm, v in data if v[SU]])
    d.c_count("pairs", "«работодатель – ученик» реализуется в N учреждениях", str(len(ru)), len(ru))
    d.p(f"Только форму «ученик – ученик» реализуют {join_ru(one)}.")
    d.c_member("pairs", "только форму «ученик – ученик» реализуют", one,
               [nm for nm, v in data if sum(1 for f in forms if v[f]) == 1])
    d.sign("Заместитель начальника управления образования                                   С.П. Гладких\n"
           "Исп. Ермолаева Т.В., тел. 8 (4217) 52-41-08")
    return d

# ------------------------------------------------------------------ 7. Кабанский район (txt cp1251, space-aligned columns, young teachers)
KABANSK = [  # (name, cluster, young teachers, of them mentees) ; None = no young teachers
    ("МБОУ «Кабанская СОШ»", "kabansk/kabansk", (5, 5)),
    ("МБОУ «Каменская СОШ № 1»", "kabansk/kamensk-1", (6, 5)),
    ("МБОУ «Каменская СОШ № 2»", "kabansk/kamensk-2", (4, 4)),
    ("МБОУ «Селенгинская СОШ»", "kabansk/selenginsk", (6, 6)),
    ("МБОУ «Бабушкинская СОШ»", "kabansk/babushkin", (3, 3)),
    ("Филиал МБОУ «Бабушкинская СОШ» – «Мысовская НОШ»", "kabansk/mysovaya", None),
    ("МБОУ «Выдринская СОШ»", "kabansk/vydrino", (2, 1)),
    ("МБОУ «Танхойская СОШ»", "kabansk/tankhoy", (3, 2)),
    ("МБОУ «Тресковская СОШ»", "kabansk/treskovo", None),
    ("МБОУ «Сухинская СОШ»", "kabansk/sukhaya", (2, 2)),
    ("МБОУ «Корсаковская СОШ»", "kabansk/korsakovo", (4, 3)),
    ("МБОУ «Истокская СОШ»", "kabansk/istok", None),
    ("МБОУ «Оймурская СОШ»", "kabansk/oymur", None),
    ("МБОУ «Брянская СОШ»", "kabansk/bryansk", (1, 1)),
    ("МБОУ «Большереченская СОШ»", "kabansk/bolshaya-rechka", (5, 4)),
    ("МБОУ «Посольская СОШ»", "kabansk/posolskoe", (2, 2)),
    ("МБОУ «Шигаевская СОШ»", "kabansk/shigaevo", None),
    ("МБОУ «Колесовская ООШ»", "kabansk/kolesovo", None),
]


@builder
def doc_kabansk():
    d = Doc("kabansk_molodye_2021", "txt", "Кабанский район", as_of="2021-12-27", txt_mode="space", enc="cp1251")
    rows = []
    for name, cl, v in KABANSK:
        d.org(name, cl)
        if v:
            yt, ytm = v
            mentors = ytm if yt != 6 else ytm - 1      # at Каменская № 1 and Селенгинская one mentor leads two
            rows.append((name, yt, ytm, mentors))
        else:
            rows.append((name, None, None, 0))
    d.head("МУ «Кабанское районное управление образования»\nРеспублика Бурятия")
    d.title("ИНФОРМАЦИЯ\nо вовлечении молодых специалистов в программы наставничества (форма «учитель – учитель»)\n"
            "в общеобразовательных организациях Кабанского района по состоянию на 27.12.2021")
    d.p("Информация подготовлена по запросу ГАУ ДПО РБ «Бурятский республиканский институт образовательной "
        "политики» в рамках мониторинга реализации региональной целевой модели наставничества. Молодыми "
        "специалистами считаются педагогические работники в возрасте до 35 лет со стажем работы в должности "
        "от 0 до 3 лет.")
    t = Table(6)
    t.hrow("№", "Общеобразовательная\nорганизация", "Молодых\nспециалистов\n(стаж 0-3 года),\nчел.",
           "Из них в роли\nнаставляемого,\nчел.", "Доля,\n%", "Наставников\n(«учитель –\nучитель»),\nчел.")
    printed_share = {}
    for k, (name, yt, ytm, mentors) in enumerate(rows, 1):
        if yt is None:
            t.row("org", [str(k), name,
                          Cell("нет молодых специалистов", cs=3,
                               facts=[(name, "young_teachers", "", ""), (name, "young_teacher_mentees", "", ""),
                                      (name, "young_teacher_mentee_share_pct", "", "")]),
                          F(z(mentors, "-"), name, "mentors", TT)])
        else:
            sh = pc(ytm / yt * 100)
            assert safe(ytm / yt * 100)
            printed_share[name] = sh
            t.row("org", [str(k), name, F(str(yt), name, "young_teachers"), F(str(ytm), name, "young_teacher_mentees"),
                          F(sh, name, "young_teacher_mentee_share_pct"), F(z(mentors, "-"), name, "mentors", TT)])
    with_yt = [r for r in rows if r[1] is not None]
    YT = sum(r[1] for r in with_yt)
    YM = sum(r[2] for r in with_yt)
    MM = sum(r[3] for r in rows)
    t.row("total", ["", "Итого по району", str(YT), str(YM), pc(YM / YT * 100), str(MM)])
    d.table(t)
    d.c_sum("young_teachers", "строка «Итого по району», молодых специалистов", str(YT), [r[1] for r in with_yt])
    d.c_sum("young_teacher_mentees", "строка «Итого по району», из них наставляемых", str(YM), [r[2] for r in with_yt])
    d.c_share("young_teacher_mentee_share_pct", "строка «Итого по району», доля", pc(YM / YT * 100), YM, YT)
    d.c_sum("mentors", "строка «Итого по району», педагогов-наставников", str(MM), [r[3] for r in rows])
    for name, yt, ytm, mentors in with_yt:
        d.c_share("young_teacher_mentee_share_pct", f"{name}: доля", printed_share[name], ytm, yt)

    true_sh = pc(YM / YT * 100)
    a, b = true_sh.split(",")
    stated = a[0] + str(int(a[1]) - 3) + "," + b     # PLANTED: the share in the text is 3 points lower
    d.p(f"Молодые специалисты работают в {len(with_yt)} из {len(rows)} общеобразовательных организаций района. "
        f"Из {YT} молодых специалистов в роли наставляемых в программы наставничества вошли {YM} {plural(YM, 'человек', 'человека', 'человек')}, или "
        f"{stated}%.")
    d.c_count("young_teachers", "молодые специалисты работают в N ОО", str(len(with_yt)), len(with_yt))
    d.c_count("organizations", "… из N общеобразовательных организаций", str(len(rows)), len(rows))
    d.c_sum("young_teachers", "в тексте: молодых специалистов", str(YT), [r[1] for r in with_yt])
    d.c_sum("young_teacher_mentees", "в тексте: вошли в роли наставляемых", str(YM), [r[2] for r in with_yt])
    d.c_share("young_teacher_mentee_share_pct", "в тексте: доля молодых специалистов-наставляемых", stated, YM, YT,
              planted=True)
    full = [r for r in with_yt if r[1] == r[2]]
    vals = [parse_num(printed_share[r[0]]) for r in with_yt]
    mean_s = pc(sum(vals) / len(vals))
    assert safe(sum(vals) / len(vals))
    low = [r[0] for r in with_yt if parse_num(printed_share[r[0]]) < 70]
    d.p(f"Все молодые специалисты закреплены за наставниками в {len(full)} ОО. Средний по организациям показатель "
        f"доли молодых специалистов в роли наставляемого составил {mean_s}%. Ниже 70% показатель в "
        f"{join_ru(low)}: в этих школах молодые специалисты совмещают работу с обучением в вузе и "
        f"закрепление наставников запланировано на январь 2022 года.")
    d.c_count("young_teacher_mentee_share_pct", "все молодые специалисты закреплены в N ОО", str(len(full)), len(full))
    d.c_mean("young_teacher_mentee_share_pct", "средний по ОО показатель доли", mean_s, vals)
    d.c_member("young_teacher_mentee_share_pct", "показатель ниже 70%", low,
               [r[0] for r in with_yt if r[2] / r[1] * 100 < 70])
    d.sign("Начальник МУ «Кабанское РУО»                      Т.М. Мархаева\n"
           "Исп.: Дамбаева С.Б., тел. 8 (30138) 4-15-92")
    return d


# ------------------------------------------------------------------ 8. Кабанский район, приказ о закреплении наставников (odt, no checks)
@builder
def doc_kabansk_prikaz():
    d = Doc("kabansk_prikaz_298_2022", "odt", "Кабанский район", kind="приказ", doc_date="2022-09-09",
            doc_number="298", author="Дамбаева С.Б.")
    d.head("МУ «КАБАНСКОЕ РАЙОННОЕ УПРАВЛЕНИЕ ОБРАЗОВАНИЯ»")
    d.title("ПРИКАЗ")
    d.plain("от 09.09.2022                                                                                № 298\n"
            "с. Кабанск")
    d.title("О закреплении наставников за молодыми специалистами\nна 2022–2023 учебный год")
    d.p("В целях оказания методической помощи молодым специалистам, их адаптации в педагогическом коллективе и "
        "профессионального становления, в соответствии с Положением о системе наставничества педагогических "
        "работников в образовательных организациях Кабанского района, утверждённым приказом МУ «Кабанское РУО» "
        "от 25.08.2022 № 271,")
    d.plain("ПРИКАЗЫВАЮ:")
    d.p("1. Закрепить наставников за молодыми специалистами общеобразовательных организаций на 2022–2023 учебный "
        "год согласно приложению.")
    d.p("2. Руководителям общеобразовательных организаций: издать локальные акты о закреплении наставнических "
        "пар; обеспечить разработку индивидуальных планов развития молодых специалистов под руководством "
        "наставников в срок до 30.09.2022.")
    d.p("3. Методисту МУ «Кабанское РУО» Дамбаевой С.Б. организовать работу школы молодого педагога и "
        "методическое сопровождение наставников.")
    d.p("4. Контроль исполнения приказа оставляю за собой.")
    d.sign("Начальник                                                   Т.М. Мархаева")
    d.right("Приложение к приказу\nМУ «Кабанское РУО»\nот 09.09.2022 № 298")
    t = Table(5, widths=[1.0, 4.2, 4.4, 4.2, 4.2], font=10)
    t.hrow("№ п/п", "Молодой специалист (Ф.И.О., должность)", "Образовательная организация",
           "Наставник (Ф.И.О.)", "Должность наставника")
    pairs = [
        ("Бадмаева Сэсэг Баировна, учитель начальных классов", "МБОУ «Кабанская СОШ»", "Истомина Галина Петровна",
         "учитель начальных классов"),
        ("Корнилов Андрей Сергеевич, учитель физической культуры", "МБОУ «Кабанская СОШ»",
         "Зайцев Николай Иванович", "учитель физической культуры"),
        ("Очирова Дарима Баторовна, учитель английского языка", "МБОУ «Каменская СОШ № 1»",
         "Сизых Елена Владимировна", "учитель английского языка"),
        ("Жамсуева Арюна Владимировна, учитель математики", "МБОУ «Каменская СОШ № 2»",
         "Петрова Ольга Николаевна", "заместитель директора по УВР"),
        ("Тыхеева Наталья Александровна, педагог-психолог", "МБОУ «Селенгинская СОШ»",
         "Черных Светлана Михайловна", "социальный педагог"),
        ("Шагдуров Баир Николаевич, учитель истории", "МБОУ «Селенгинская СОШ»", "Карпова Ирина Юрьевна",
         "учитель истории и обществознания"),
        ("Лобанова Кристина Олеговна, учитель русского языка и литературы", "МБОУ «Бабушкинская СОШ»",
         "Мункуева Туяна Дашиевна", "учитель русского языка и литературы"),
        ("Ринчинова Ирина Цыреновна, учитель химии и биологии", "МБОУ «Танхойская СОШ»",
         "Вологдина Татьяна Ивановна", "учитель биологии"),
        ("Маркова Дарья Игоревна, учитель начальных классов", "МБОУ «Корсаковская СОШ»",
         "Федотова Людмила Алексеевна", "учитель начальных классов"),
        ("Цыденов Алдар Баирович, учитель информатики", "МБОУ «Большереченская СОШ»",
         "Леонтьев Сергей Викторович", "учитель физики и информатики"),
    ]
    for k, (who, org, mentor, pos) in enumerate(pairs, 1):
        t.row("data", [f"{k}.", who, org, mentor, pos])
    d.table(t)
    return d

# ------------------------------------------------------------------ 9. Нерюнгринский район (docx, table continued in a second Word table)
NERYUNGRI = [  # (name, cluster, coverage band %)
    ("МОУ «СОШ № 1»", "neryungri/school-1", (15.5, 22)),
    ("МОУ «Гимназия № 1»", "neryungri/gymnasium-1", (18, 26)),
    ("МОУ «Гимназия № 2»", "neryungri/gymnasium-2", (16, 24)),
    ("МОУ «СОШ № 3»", "neryungri/school-3", (10.5, 14.5)),
    ("МОУ «СОШ № 7»", "neryungri/school-7", (11, 14.5)),
    ("МОУ «СОШ № 9»", "neryungri/school-9", (15.5, 20)),
    ("МОУ «СОШ № 10»", "neryungri/school-10", (10.5, 14.5)),
    ("МОУ «СОШ № 13»", "neryungri/school-13", (6, 9.5)),
    ("МОУ «Политехнический лицей»", "neryungri/polytech-lyceum", (17, 25)),
    ("МОУ «СОШ № 15» п. Чульман", "neryungri/school-15", (15.5, 21)),
    ("МОУ «СОШ № 16» п. Беркакит", "neryungri/school-16", (11, 14.5)),
    ("МОУ «СОШ № 18» п. Серебряный Бор", "neryungri/school-18", (16, 23)),
    ("МКОУ «СОШ № 22» с. Иенгра", "neryungri/school-22", (17, 30)),
    ("МОУ «СОШ № 24» п. Хани", "neryungri/school-24", (5, 9.5)),
    ("МОУ ДО «Центр развития творчества детей и юношества»", "neryungri/crtdyu", (10.5, 13)),
]


@builder
def doc_neryungri():
    rng = random.Random(7009)
    d = Doc("neryungri_ohvat_2022", "docx", "Нерюнгринский район", as_of="2022-06-01", author="Колесникова И.Г.")
    for name, cl, band in NERYUNGRI:
        d.org(name, cl)

    def gen():
        rows = []
        for name, cl, (lo, hi) in NERYUNGRI:
            if "ДО" in name:
                tot = rng.randint(1500, 1900)
            elif "Иенгра" in name or "Хани" in name:
                tot = rng.randint(90, 160)
            elif "п." in name:
                tot = rng.randint(280, 520)
            else:
                tot = rng.randint(520, 1100)
            s = rng.randint(int(tot * lo / 100) + 1, int(tot * hi / 100))
            tch = rng.randint(3, 16) if tot > 300 else rng.randint(2, 5)
            prs = rng.randint(int(s * 0.55), int(s * 0.8))
            rows.append((name, tot, s, tch, prs))
        return rows

    def valid(rows):
        for name, tot, s, tch, prs in rows:
            band = dict((x[0], x[2]) for x in NERYUNGRI)[name]
            if not (safe(s / tot * 100) and band[0] <= rnd(s / tot * 100) < band[1]):
                return False
        T, S = sum(r[1] for r in rows), sum(r[2] for r in rows)
        return safe(S / T * 100)
    rows = retry(gen, valid)
    T, S, P, PR = (sum(r[i] for r in rows) for i in (1, 2, 3, 4))

    d.head("Муниципальное казённое учреждение\n«Управление образования Нерюнгринского района»")
    d.title("СПРАВКА\nо вовлечённости обучающихся и педагогов в программы наставничества\n"
            "по итогам 2021/2022 учебного года (на 01.06.2022)")
    d.p("В соответствии с приказом Министерства образования и науки Республики Саха (Якутия) от 30.10.2020 "
        "№ 01-03/1619 «О внедрении целевой модели наставничества» и приказом МКУ УО от 14.12.2020 № 812 в "
        "образовательных организациях района реализуются программы наставничества по формам «ученик – ученик», "
        "«учитель – учитель», «студент – ученик» и «работодатель – ученик».")
    d.p(f"Сведения о вовлечённости представили {len(rows)} образовательных организаций (далее – ОО), в том числе "
        f"МОУ ДО «Центр развития творчества детей и юношества».")
    d.c_count("organizations", "сведения представили N ОО", str(len(rows)), len(rows))
    W = [0.9, 5.0, 2.9, 2.8, 2.6, 2.8]
    t1 = Table(6, widths=W, font=10, hfont=9, caption="Таблица 1")
    t1.hrow(Cell("№ п/п", rs=2), Cell("Образовательная организация", rs=2), Cell("Численность обучающихся, чел.", rs=2),
            Cell("Вовлечено в программы наставничества", cs=2), Cell("Наставнических пар (групп), ед.", rs=2))
    t1.hrow("обучающихся, чел.", "педагогов, чел.")
    t1.numrow()
    t2 = Table(6, widths=W, font=10, hfont=9, repeat_header=False)
    t2.numrow()
    for k, (name, tot, s, tch, prs) in enumerate(rows, 1):
        t = t1 if k <= 8 else t2
        t.row("org", [str(k), name, F(n(tot), name, "students_total"), F(str(s), name, "students_involved"),
                      F(str(tch), name, "teachers_involved"), F(str(prs), name, "pairs")])
    t2.row("total", ["", "Итого", n(T), n(S), str(P), n(PR)])
    d.table(t1)
    d.cap("Продолжение таблицы 1")
    d.table(t2)
    d.c_sum("students_total", "строка «Итого», численность обучающихся", n(T), [r[1] for r in rows])
    d.c_sum("students_involved", "строка «Итого», обучающихся вовлечено", n(S), [r[2] for r in rows])
    d.c_sum("teachers_involved", "строка «Итого», педагогов вовлечено", str(P), [r[3] for r in rows])
    d.c_sum("pairs", "строка «Итого», наставнических пар (групп)", n(PR), [r[4] for r in rows])

    stated_all = S + P + 10      # PLANTED: «1 3xx человек (… обучающихся и … педагогов)» – the parts give 10 less
    d.p(f"Всего в программы наставничества вовлечено {n(stated_all, TH)} {plural(stated_all, 'человек', 'человека', 'человек')} ({n(S, TH)} обучающихся и "
        f"{P} {plural(P, 'педагог', 'педагога', 'педагогов')}). Охват обучающихся программами наставничества "
        f"составил {pc(S / T * 100)}% ({n(S, TH)} из {n(T, TH)}).")
    d.c_comp("students_involved", f"{stated_all} = {S} обучающихся + {P} педагогов", n(stated_all), [S, P],
             planted=True)
    d.c_share("students_involved", "в тексте: охват обучающихся", pc(S / T * 100), S, T)
    d.c_sum("students_involved", "в тексте: обучающихся (… из …)", n(S), [r[2] for r in rows])
    d.c_sum("students_total", "в тексте: из … обучающихся", n(T), [r[1] for r in rows])
    hi = [r for r in rows if rnd(r[2] / r[1] * 100) >= 15]
    lo = [r[0] for r in rows if rnd(r[2] / r[1] * 100) < 10]
    assert len(hi) * 2 > len(rows)
    d.p(f"Более половины ОО ({len(hi)} из {len(rows)}) обеспечили охват обучающихся не ниже 15%. Охват ниже 10% "
        f"отмечен в {join_ru(lo)}; руководителям указанных ОО рекомендовано расширить перечень реализуемых форм "
        f"наставничества.")
    d.c_count("students_involved", "ОО с охватом не ниже 15%", str(len(hi)), len(hi))
    d.c_count("organizations", "… из N ОО", str(len(rows)), len(rows))
    d.c_target("students_involved", "более половины ОО обеспечили охват не ниже 15%", 50, len(hi) / len(rows) * 100)
    d.c_member("students_involved", "охват ниже 10%", lo, [r[0] for r in rows if r[2] / r[1] * 100 < 10])
    d.sign("Начальник МКУ УО                                                 Е.А. Дегтярёва\n"
           "Исп. Колесникова И.Г., 8 (41147) 4-23-51")
    return d


# ------------------------------------------------------------------ 10. Черняховский муниципальный округ (odt, employer forms, two tables)
CHERNYAKHOVSK = [
    ("МАОУ «Гимназия № 2 г. Черняховска»", "chernyakhovsk/gymnasium-2", RU),
    ("МАОУ «Лицей № 7 г. Черняховска»", "chernyakhovsk/lyceum-7", RU),
    ("МАОУ «СОШ № 2 г. Черняховска»", "chernyakhovsk/school-2", RU),
    ("МАОУ «СОШ № 4 г. Черняховска»", "chernyakhovsk/school-4", RU),
    ("МАОУ «СОШ № 5 г. Черняховска»", "chernyakhovsk/school-5", None),
    ("МАОУ «СОШ № 6 г. Черняховска»", "chernyakhovsk/school-6", RU),
    ("МАОУ «СОШ п. Калиновка»", "chernyakhovsk/kalinovka", RU),
    ("МАОУ «СОШ п. Загородное»", "chernyakhovsk/zagorodnoe", None),
    ("МАОУ «ООШ п. Свобода»", "chernyakhovsk/svoboda", None),
    ("МАОУ «СОШ п. Междуречье»", "chernyakhovsk/mezhdurechye", RU),
    ("ГБУ КО ПОО «Черняховский технологический колледж»", "chernyakhovsk/college", RS),
]


@builder
def doc_chernyakhovsk():
    rng = random.Random(7010)
    d = Doc("chernyakhovsk_rabotodateli_2023", "odt", "Черняховский муниципальный округ", as_of="2023-05-25",
            author="Лукашевич М.В.", landscape=True)
    rows = []
    for name, cl, f in CHERNYAKHOVSK:
        d.org(name, cl)
        ru = (rng.randint(1, 4), 0) if f == RU else (0, 0)
        ru = (ru[0], rng.randint(6, 18)) if ru[0] else ru
        rs = (rng.randint(8, 14), rng.randint(30, 52)) if f == RS else (0, 0)
        ent = rng.randint(1, 3) if f == RU else rng.randint(6, 9) if f == RS else 0
        rows.append((name, f, ent, ru, rs))
    d.head("Управление образования администрации муниципального образования\n«Черняховский муниципальный округ "
           "Калининградской области»")
    d.title("ИНФОРМАЦИЯ\nо реализации форм наставничества «работодатель – ученик» и «работодатель – студент»\n"
            "в образовательных организациях Черняховского муниципального округа (на 25.05.2023)")
    d.p("Информация представлена в Министерство образования Калининградской области в рамках ежегодного "
        "мониторинга реализации целевой модели наставничества (письмо от 03.05.2023 № 4219). Взаимодействие "
        "образовательных организаций с предприятиями осуществляется на основании соглашений о сотрудничестве.")
    t = Table(7, widths=[1.0, 7.4, 3.4, 2.8, 2.8, 2.8, 2.8], font=10, hfont=9,
              caption="Таблица 1. Участие предприятий (организаций) в программах наставничества")
    t.hrow(Cell("№", rs=2), Cell("Образовательная организация", rs=2),
           Cell("Предприятий (организаций) – партнёров, ед.", rs=2), Cell("«Работодатель – ученик»", cs=2),
           Cell("«Работодатель – студент»", cs=2))
    t.hrow("наставников, чел.", "наставляемых, чел.", "наставников, чел.", "наставляемых, чел.")
    for k, (name, f, ent, ru, rs) in enumerate(rows, 1):
        t.row("org", [str(k), name, F(z(ent), name, "partner_enterprises"), F(z(ru[0]), name, "mentors", RU),
                      F(z(ru[1]), name, "mentees", RU), F(z(rs[0]), name, "mentors", RS),
                      F(z(rs[1]), name, "mentees", RS)])
    cols = [[r[2] for r in rows], [r[3][0] for r in rows], [r[3][1] for r in rows], [r[4][0] for r in rows],
            [r[4][1] for r in rows]]
    tot = [sum(c) for c in cols]
    t.row("total", [Cell("Итого", cs=2)] + [str(x) for x in tot])
    d.table(t)
    labels = [("partner_enterprises", "предприятий-партнёров"), ("mentors", f"{FQ[RU]}, наставников"),
              ("mentees", f"{FQ[RU]}, наставляемых"), ("mentors", f"{FQ[RS]}, наставников"),
              ("mentees", f"{FQ[RS]}, наставляемых")]
    for (ind, lbl), c, s in zip(labels, cols, tot):
        d.c_sum(ind, f"таблица 1, строка «Итого», {lbl}", str(s), c)

    t2 = Table(4, widths=[5.0, 3.6, 3.0, 3.0], font=10,
               caption="Таблица 2. Сводные показатели по формам наставничества")
    t2.hrow("Форма наставничества", "Количество ОО, реализующих форму", "Наставников, чел.", "Наставляемых, чел.")
    n_ru = sum(1 for r in rows if r[3][0])
    n_rs = sum(1 for r in rows if r[4][0])
    t2.row("data", ["«Работодатель – ученик»", str(n_ru), str(tot[1]), str(tot[2])])
    t2.row("data", ["«Работодатель – студент»", str(n_rs), str(tot[3]), str(tot[4])])
    d.table(t2)
    d.c_cross("mentors", f"таблица 2, {FQ[RU]}: количество ОО", str(n_ru), sum(1 for c in cols[1] if c))
    d.c_cross("mentors", f"таблица 2, {FQ[RU]}: наставников", str(tot[1]), sum(cols[1]))
    d.c_cross("mentees", f"таблица 2, {FQ[RU]}: наставляемых", str(tot[2]), sum(cols[2]))
    d.c_cross("mentors", f"таблица 2, {FQ[RS]}: количество ОО", str(n_rs), sum(1 for c in cols[3] if c))
    d.c_cross("mentors", f"таблица 2, {FQ[RS]}: наставников", str(tot[3]), sum(cols[3]))
    d.c_cross("mentees", f"таблица 2, {FQ[RS]}: наставляемых", str(tot[4]), sum(cols[4]))

    schools = [r for r in rows if r[1] != RS]
    impl = [r for r in rows if r[1]]
    d.p(f"Формы наставничества с участием работодателей реализуются в {len(impl)} образовательных организациях: в "
        f"{n_ru} из {len(schools)} общеобразовательных организаций и в ГБУ КО ПОО «Черняховский технологический "
        f"колледж». Наставников предоставили {tot[0]} {plural(tot[0], 'предприятие', 'предприятия', 'предприятий')} "
        f"и организаций, в том числе ООО «Черняховский молочный завод», АО «Черняховское ДРСУ», ГБУЗ КО "
        f"«Черняховская центральная районная больница».")
    d.c_count("organizations", "формы реализуются в N образовательных организациях", str(len(impl)), len(impl))
    d.c_count("mentors", "«работодатель – ученик»: в N из … ОО", str(n_ru), n_ru)
    d.c_count("organizations", "… из N общеобразовательных организаций", str(len(schools)), len(schools))
    d.c_sum("partner_enterprises", "в тексте: наставников предоставили N предприятий", str(tot[0]), cols[0])
    M = tot[1] + tot[3]
    d.p(f"Наставниками выступили {M} {plural(M, 'специалист', 'специалиста', 'специалистов')} предприятий и "
        f"организаций: {tot[1]} – в форме «работодатель – ученик» (профориентационные проекты, экскурсии на "
        f"производство, проектная деятельность) и {tot[3]} – в форме «работодатель – студент» (производственная "
        f"практика, подготовка выпускных квалификационных работ).")
    d.c_comp("mentors", f"{M} = {tot[1]} + {tot[3]}", str(M), [tot[1], tot[3]])
    d.c_sum("mentors", "в тексте: «работодатель – ученик», наставников", str(tot[1]), cols[1])
    d.c_sum("mentors", "в тексте: «работодатель – студент», наставников", str(tot[3]), cols[3])
    none = [r[0] for r in rows if not r[1]]
    d.p(f"Не реализуют формы с участием работодателей {join_ru(none)}; им рекомендовано заключить соглашения с "
        f"сельскохозяйственными предприятиями округа до 01.09.2023.")
    d.c_member("mentors", "не реализуют формы с участием работодателей", none,
               [r[0] for r in rows if not (r[3][0] or r[4][0])])
    d.sign("Начальник управления образования                                  М.В. Лукашевич\n"
           "Исп. Гринько А.С., 8 (40141) 3-22-18")
    return d

# ------------------------------------------------------------------ 11. город Белогорск (doc, plan / fact / % выполнения плана)
BELOGORSK = [  # (name, cluster, plan met?)
    ("МАОУ «Школа № 1 города Белогорск»", "belogorsk/school-1", True),
    ("МАОУ «Школа № 3 города Белогорск»", "belogorsk/school-3", True),
    ("МАОУ «Школа № 4 города Белогорск»", "belogorsk/school-4", False),
    ("МАОУ «Школа № 5 города Белогорск»", "belogorsk/school-5", True),
    ("МАОУ «Школа № 10 города Белогорск»", "belogorsk/school-10", True),
    ("МАОУ «Школа № 11 города Белогорск»", "belogorsk/school-11", True),
    ("МАОУ «Школа № 17 города Белогорск»", "belogorsk/school-17", False),
    ("МАОУ «Школа № 200 города Белогорск»", "belogorsk/school-200", True),
    ("МАУ ДО «Дом детского творчества города Белогорск»", "belogorsk/ddt", True),
    ("МАУ ДО «Станция юных техников города Белогорск»", "belogorsk/syut", True),
]


@builder
def doc_belogorsk():
    rng = random.Random(7011)
    d = Doc("belogorsk_plan_2022", "doc", "город Белогорск", as_of="2022-12-26", author="Пономарёва Е.Н.")
    for name, cl, met in BELOGORSK:
        d.org(name, cl)

    def gen():
        rows = []
        for name, cl, met in BELOGORSK:
            tot = rng.randint(350, 650) if "ДО" in name else rng.randint(480, 1250)
            plan = int(tot * rng.uniform(0.24, 0.31))
            fact = plan + rng.randint(0, max(3, plan // 10)) if met else plan - rng.randint(5, max(6, plan // 7))
            rows.append((name, tot, plan, fact))
        return rows

    def valid(rows):
        if not all(safe(r[3] / r[2] * 100) for r in rows):
            return False
        T, PL, FA = (sum(r[i] for r in rows) for i in (1, 2, 3))
        return safe(FA / PL * 100) and 26.0 < FA / T * 100 < 29.0 and FA > PL
    rows = retry(gen, valid)
    T, PL, FA = (sum(r[i] for r in rows) for i in (1, 2, 3))

    d.head("Муниципальное казённое учреждение\n«Комитет по образованию и делам молодёжи Администрации города Белогорск»")
    d.title("АНАЛИТИЧЕСКАЯ СПРАВКА\nо выполнении плана вовлечения обучающихся в программы наставничества\n"
            "по итогам 2022 года (по состоянию на 26.12.2022)")
    d.p("Плановые показатели вовлечения обучающихся в программы наставничества на 2022 год утверждены приказом "
        "МКУ «Комитет по образованию и делам молодёжи Администрации г. Белогорск» от 11.01.2022 № 12 в соответствии "
        "с региональной целевой моделью наставничества Амурской области и методологией, утверждённой "
        "распоряжением Минпросвещения России от 25.12.2019 № Р-145. Выполнение плана по организациям приведено "
        "в таблице.")
    t = Table(6, widths=[0.9, 6.2, 2.7, 2.2, 2.2, 2.8], font=10, hfont=9)
    t.hrow(Cell("№ п/п", rs=2), Cell("Наименование организации", rs=2), Cell("Численность обучающихся, чел.", rs=2),
           Cell("Вовлечено обучающихся в программы наставничества, чел.", cs=2), Cell("% выполнения плана", rs=2))
    t.hrow("план", "факт")
    for k, (name, tot, plan, fact) in enumerate(rows, 1):
        t.row("org", [str(k), name, F(n(tot), name, "students_total"), F(str(plan), name, "planned_participants"),
                      F(str(fact), name, "students_involved"), pc(fact / plan * 100)])
    t.row("total", ["", "Итого по городу", n(T), n(PL), n(FA), pc(FA / PL * 100)])
    d.table(t)
    for name, tot, plan, fact in rows:
        d.c_share("students_involved", f"{name}: % выполнения плана", pc(fact / plan * 100), fact, plan)
    d.c_sum("students_total", "строка «Итого по городу», численность", n(T), [r[1] for r in rows])
    d.c_sum("planned_participants", "строка «Итого по городу», план", n(PL), [r[2] for r in rows])
    d.c_sum("students_involved", "строка «Итого по городу», факт", n(FA), [r[3] for r in rows])
    d.c_share("students_involved", "строка «Итого по городу», % выполнения плана", pc(FA / PL * 100), FA, PL)
    met = [r for r in rows if r[3] >= r[2]]
    notmet = [r[0] for r in rows if r[3] < r[2]]
    d.p(f"В целом по городу план выполнен на {pc(FA / PL * 100)}%: в программы наставничества вовлечено "
        f"{n(FA, NB)} обучающихся при плане {n(PL, NB)}. План выполнен (перевыполнен) в {len(met)} организациях из "
        f"{len(rows)}; не выполнен в {join_ru(notmet)} в связи с переходом педагогов-наставников в другие "
        f"образовательные организации.")
    d.c_share("students_involved", "в тексте: план выполнен на N%", pc(FA / PL * 100), FA, PL)
    d.c_sum("students_involved", "в тексте: вовлечено обучающихся", n(FA), [r[3] for r in rows])
    d.c_sum("planned_participants", "в тексте: при плане", n(PL), [r[2] for r in rows])
    d.c_count("students_involved", "план выполнен в N организациях", str(len(met)), len(met))
    d.c_count("organizations", "… из N", str(len(rows)), len(rows))
    d.c_member("students_involved", "план не выполнен", notmet, [r[0] for r in rows if r[3] < r[2]])
    d.p("Таким образом, муниципальный показатель «Доля обучающихся, вовлечённых в различные формы сопровождения и "
        "наставничества, – не менее 30%» по итогам 2022 года достигнут. На 2023 год предлагается сохранить "
        "плановые показатели на уровне 2022 года.")
    # PLANTED: the text says the 30% indicator is reached; the table gives факт / численность below 30%
    d.c_target("students_involved", "показатель «не менее 30%» достигнут (факт / численность обучающихся)", 30,
               FA / T * 100, achieved=True, planted=True)
    d.sign("Председатель МКУ «Комитет по образованию и делам молодёжи»                  Е.Н. Пономарёва\n"
           "Исп. Шевченко О.В., тел. 8 (41641) 2-18-33")
    return d


# ------------------------------------------------------------------ 12. город Черногорск (pdf, variants, table WITHOUT ruling lines)
CHERNOGORSK = [  # (name, cluster, variants present)
    ("МБОУ «СОШ № 1»", "chernogorsk/school-1", "ULRMK"),
    ("МБОУ «Гимназия»", "chernogorsk/gymnasium", "ULRMK"),
    ("МБОУ «СОШ № 4»", "chernogorsk/school-4", "ULM"),
    ("МБОУ «СОШ № 5»", "chernogorsk/school-5", "URMK"),
    ("МБОУ «СОШ № 6»", "chernogorsk/school-6", "ULM"),
    ("МБОУ «СОШ № 7»", "chernogorsk/school-7", "URM"),
    ("МБОУ «СОШ № 9»", "chernogorsk/school-9", "UM"),
    ("МБОУ «СОШ № 12»", "chernogorsk/school-12", "ULRM"),
    ("МБОУ «СОШ № 13»", "chernogorsk/school-13", "URK"),
    ("МБОУ «СОШ № 16»", "chernogorsk/school-16", "ULRM"),
    ("МБОУ «СОШ № 19»", "chernogorsk/school-19", "UL"),
    ("МБОУ «Лицей»", "chernogorsk/lyceum", "ULRMK"),
]
VARS = [("U", UU, "успевающий - неуспевающий", "успевающий –\nнеуспевающий"),
        ("L", UU, "лидер - пассивный", "лидер –\nпассивный"),
        ("R", UU, "равный - равному", "равный –\nравному"),
        ("M", TT, "молодой специалист - опытный педагог", "молодой\nспециалист –\nопытный педагог"),
        ("K", TT, "коллега - молодой коллега", "коллега –\nмолодой\nколлега")]


@builder
def doc_chernogorsk():
    rng = random.Random(7012)
    d = Doc("chernogorsk_varianty_2021", "pdf", "город Черногорск", as_of="2021-06-01", landscape=True,
            author="Тюкпеева А.А.")
    for name, cl, vs in CHERNOGORSK:
        d.org(name, cl)

    def gen():
        data = []
        for name, cl, vs in CHERNOGORSK:
            v = {}
            for code, f, var, lbl in VARS:
                if code not in vs:
                    v[code] = 0
                elif code == "U":
                    v[code] = rng.randint(14, 40)
                elif code in "LR":
                    v[code] = rng.randint(6, 22)
                elif code == "M":
                    v[code] = rng.choice([2, 2, 4, 4, 4, 6, 6, 8])
                else:
                    v[code] = rng.choice([2, 3, 4])
            data.append((name, v))
        return data

    def valid(data):
        Suu = sum(v[c] for _, v in data for c in "ULR")
        return safe(sum(v["U"] for _, v in data) / Suu * 100)
    data = retry(gen, valid)
    d.head("Управление образования администрации города Черногорска")
    d.title("СПРАВКА\nоб участии обучающихся и педагогов в вариантах (ролевых моделях) программ наставничества\n"
            "в общеобразовательных организациях города Черногорска (на 01.06.2021)")
    d.p("Сведения подготовлены по итогам мониторинга реализации целевой модели наставничества, проведённого "
        "на основании приказа Министерства образования и науки Республики Хакасия от 28.09.2020 № 100-653 и "
        "приказа управления образования от 05.10.2020 № 384. В таблице указано число участников (наставников и "
        "наставляемых) каждого варианта программы, человек.")
    t = Table(7, widths=[1.0, 6.0, 3.4, 3.0, 3.0, 3.6, 3.0], font=10, hfont=9, ruled=False)
    t.hrow(Cell("№", rs=2), Cell("Общеобразовательная\nорганизация", rs=2, align="left"),
           Cell("Форма «ученик – ученик»", cs=3), Cell("Форма «учитель – учитель»", cs=2))
    t.hrow(*[lbl for _, _, _, lbl in VARS])
    for k, (name, v) in enumerate(data, 1):
        t.row("org", [str(k), Cell(name, align="left")] +
              [F(z(v[code]), name, "program_participants", f, var) for code, f, var, _ in VARS])
    colsum = {code: sum(v[code] for _, v in data) for code, _, _, _ in VARS}
    t.row("total", ["", Cell("Итого", align="left")] + [str(colsum[code]) for code, _, _, _ in VARS])
    d.table(t)
    for code, f, var, lbl in VARS:
        d.c_sum("program_participants", f"строка «Итого», вариант «{var}»", str(colsum[code]),
                [v[code] for _, v in data])
    Suu = colsum["U"] + colsum["L"] + colsum["R"]
    Stt = colsum["M"] + colsum["K"]
    sh = pc(colsum["U"] / Suu * 100)
    d.p(f"Всего в вариантах программ наставничества участвуют {Suu + Stt} "
        f"{plural(Suu + Stt, 'человек', 'человека', 'человек')}: {Suu} обучающихся и {Stt} "
        f"{plural(Stt, 'педагог', 'педагога', 'педагогов')}. Среди вариантов формы «ученик – ученик» наиболее "
        f"востребован вариант «успевающий – неуспевающий» – {colsum['U']} "
        f"{plural(colsum['U'], 'участник', 'участника', 'участников')}, или {sh}% от всех участников "
        f"этой формы.")
    d.c_comp("program_participants", f"{Suu + Stt} = {Suu} обучающихся + {Stt} педагогов", str(Suu + Stt), [Suu, Stt])
    d.c_sum("program_participants", "в тексте: обучающихся (варианты формы «ученик – ученик»)", str(Suu),
            [v[c] for _, v in data for c in "ULR"])
    d.c_sum("program_participants", "в тексте: педагогов (варианты формы «учитель – учитель»)", str(Stt),
            [v[c] for _, v in data for c in "MK"])
    d.c_sum("program_participants", "в тексте: вариант «успевающий – неуспевающий»", str(colsum["U"]),
            [v["U"] for _, v in data])
    d.c_share("program_participants", "в тексте: доля варианта «успевающий – неуспевающий»", sh, colsum["U"], Suu)
    rr = [name for name, v in data if v["R"]]
    mm = [v["M"] for _, v in data if v["M"]]
    mean_true = sum(mm) / len(mm)
    mean_all = sum(mm) / len(data)
    stated = pc(mean_true + 1.2)       # PLANTED: the mean per organization is overstated
    assert abs(parse_num(stated) - mean_all) > 1
    d.p(f"Вариант «равный – равному» реализуется в {len(rr)} ОО. Вариант «молодой специалист – опытный педагог» "
        f"реализуется в {len(mm)} ОО, в среднем на одну такую организацию приходится {stated} участника. Вариант "
        f"«коллега – молодой коллега» используется для сопровождения педагогов, сменивших место работы.")
    d.c_count("program_participants", "вариант «равный – равному» реализуется в N ОО", str(len(rr)), len(rr))
    d.c_count("program_participants", "вариант «молодой специалист – опытный педагог» в N ОО", str(len(mm)), len(mm))
    d.c_mean("program_participants", "«молодой специалист – опытный педагог»: в среднем участников на одну ОО",
             stated, mm, planted=True)
    d.sign("Начальник управления образования                               А.А. Тюкпеева\n"
           "Исп. Кичеева Н.Г., 8 (39031) 2-61-47")
    return d

# ------------------------------------------------------------------ 13. городской округ Сызрань (pdf ruled, 3-row header, 2 pages, 2 tables)
SYZRAN = [  # (name in table 1, name in table 2, cluster, forms)
    ("ГБОУ гимназия № 1 г.о. Сызрань", "Гимназия № 1", "syzran/gymnasium-1", [UU, TT, SU]),
    ("ГБОУ лицей г. Сызрани", "Лицей", "syzran/lyceum", [UU, TT, SU]),
    ("ГБОУ СОШ № 3 г.о. Сызрань", "СОШ № 3", "syzran/school-3", [UU, TT]),
    ("ГБОУ ООШ № 6 г.о. Сызрань", "ООШ № 6", "syzran/school-6", [UU]),
    ("ГБОУ СОШ № 10 г.о. Сызрань", "СОШ № 10", "syzran/school-10", [UU, TT, SU]),
    ("ГБОУ СОШ № 11 г.о. Сызрань", "СОШ № 11", "syzran/school-11", [UU, TT]),
    ("ГБОУ СОШ № 14 г.о. Сызрань", "СОШ № 14", "syzran/school-14", [UU, TT, SU]),
    ("ГБОУ СОШ № 17 г.о. Сызрань", "СОШ № 17", "syzran/school-17", [UU, TT]),
    ("ГБОУ ООШ № 19 г.о. Сызрань", "ООШ № 19", "syzran/school-19", [UU]),
    ("ГБОУ СОШ № 21 г.о. Сызрань", "СОШ № 21", "syzran/school-21", [UU, TT, SU]),
    ("ГБОУ СОШ № 22 г.о. Сызрань", "СОШ № 22", "syzran/school-22", [UU, TT]),
    ("ГБОУ СОШ № 26 г.о. Сызрань", "СОШ № 26", "syzran/school-26", [UU, TT]),
    ("ГБОУ СОШ № 29 г.о. Сызрань", "СОШ № 29", "syzran/school-29", [UU, TT, SU]),
    ("ГБОУ СОШ № 30 г.о. Сызрань", "СОШ № 30", "syzran/school-30", [UU, TT]),
    ("ГБОУ СОШ № 33 г.о. Сызрань", "СОШ № 33", "syzran/school-33", [UU, TT]),
    ("ГБОУ ООШ № 35 г.о. Сызрань", "ООШ № 35", "syzran/school-35", [UU, TT]),
    ("ГБОУ СОШ № 38 г.о. Сызрань", "СОШ № 38", "syzran/school-38", [UU, TT, SU]),
    ("ГБОУ ООШ № 39 г.о. Сызрань", "ООШ № 39", "syzran/school-39", [UU]),
]
SYZRAN_LOW = ["ООШ № 6", "ООШ № 19", "ООШ № 39"]


@builder
def doc_syzran():
    rng = random.Random(7013)
    d = Doc("syzran_monitoring_2023", "pdf", "городской округ Сызрань", as_of="2023-06-01", landscape=True,
            author="Куликова Т.В.", font=12)
    forms = [UU, TT, SU]
    for full, short, cl, fs in SYZRAN:
        d.org(full, cl)
        d.org(short, cl)

    def gen():
        rows = []
        for full, short, cl, fs in SYZRAN:
            v = {}
            for f in forms:
                if f not in fs:
                    v[f] = (0, 0, 0)
                elif f == UU:
                    m = rng.randint(12, 38)
                    e = m + (rng.randint(15, 35) if "ООШ" in short else rng.randint(45, 125))
                    v[f] = (m, e, rng.randint(m, m + 8))
                elif f == TT:
                    m = rng.randint(1, 5)
                    v[f] = (m, m + rng.randint(0, 2), m)
                else:
                    m = rng.randint(2, 6)
                    e = m + rng.randint(3, 12)
                    v[f] = (m, e, rng.randint(m, m + 2))
            pupils = v[UU][1] + v[SU][1]
            if short == "СОШ № 14":
                tot = int(pupils / rng.uniform(0.196, 0.204))
            elif short == "ООШ № 35":
                tot = int(pupils / rng.uniform(0.146, 0.154))
            elif short in SYZRAN_LOW:
                tot = int(pupils / rng.uniform(0.07, 0.115))
            else:
                tot = int(pupils / rng.uniform(0.125, 0.30))
            rows.append((full, short, cl, v, tot, pupils))
        return rows

    def valid(rows):
        for full, short, cl, v, tot, pupils in rows:
            x = pupils / tot * 100
            if not safe(x) or (rnd(x) < 12) != (short in SYZRAN_LOW):
                return False
            if short == "СОШ № 14" and abs(x - 20) > 0.45:
                return False
            if short == "ООШ № 35" and abs(x - 15) > 0.45:
                return False
        T, E = sum(r[4] for r in rows), sum(r[5] for r in rows)
        pairs = [sum(r[3][f][2] for f in forms) for r in rows]
        return safe(E / T * 100) and safe(sum(pairs) / len(pairs)) and 19.0 < E / T * 100 < 19.9
    rows = retry(gen, valid)

    d.head("Западное управление министерства образования Самарской области")
    d.title("РЕЗУЛЬТАТЫ МОНИТОРИНГА\nреализации целевой модели наставничества в общеобразовательных организациях\n"
            "городского округа Сызрань (по состоянию на 01.06.2023)")
    d.p("Мониторинг проведён Западным управлением министерства образования Самарской области совместно с "
        "ГБУ ДПО «Сызранский ресурсный центр» в мае 2023 года в соответствии с распоряжением министерства "
        "образования Самарской области о реализации региональной целевой модели наставничества и методологией, "
        "утверждённой распоряжением Минпросвещения России от 25.12.2019 № Р-145.")
    d.p(f"Мониторингом охвачены {len(rows)} государственных бюджетных общеобразовательных учреждений, "
        f"расположенных на территории городского округа Сызрань (далее – ОО). Оценивались: численность "
        f"наставников и наставляемых по формам наставничества, количество сформированных наставнических пар "
        f"(групп), доля обучающихся 10–19 лет, вошедших в программы наставничества в роли наставляемого. "
        f"Сведения представлены руководителями ОО через автоматизированную систему мониторинга и выборочно "
        f"проверены специалистами ресурсного центра по базам наставников и наставляемых.")
    d.c_count("organizations", "мониторингом охвачены N ОО", str(len(rows)), len(rows))
    t = Table(11, widths=[0.8, 4.6] + [2.36] * 9, font=10, hfont=7, hbold=False,
              caption="Таблица 1. Наставники, наставляемые (чел.) и наставнические пары (группы) (ед.) по формам "
                      "наставничества")
    t.hrow(Cell("№ п/п", rs=3), Cell("Общеобразовательная организация", rs=3), Cell("Формы наставничества", cs=9))
    t.hrow(*[Cell(FCAP[f], cs=3) for f in forms])
    t.hrow(*(["наставники", "наставляемые", "пары (группы)"] * 3))
    for k, (full, short, cl, v, tot, pupils) in enumerate(rows, 1):
        cells = [str(k), full]
        for f in forms:
            m, e, p = v[f]
            cells += [F(z(m), full, "mentors", f), F(z(e), full, "mentees", f), F(z(p), full, "pairs", f)]
        t.row("org", cells)
    colsum = {(f, i): sum(r[3][f][i] for r in rows) for f in forms for i in range(3)}
    t.row("total", [Cell("Итого", cs=2)] + [n(colsum[(f, i)]) for f in forms for i in range(3)])
    d.table(t)
    what = [("mentors", "наставников"), ("mentees", "наставляемых"), ("pairs", "пар (групп)")]
    for f in forms:
        for i, (ind, lbl) in enumerate(what):
            d.c_sum(ind, f"таблица 1, строка «Итого», {FQ[f]}, {lbl}", n(colsum[(f, i)]), [r[3][f][i] for r in rows])

    P = sum(colsum[(f, 2)] for f in forms)
    per_org = [sum(r[3][f][2] for f in forms) for r in rows]
    su = [r for r in rows if r[3][SU][0]]
    mp = pc(P / len(rows))
    d.p(f"Всего в ОО городского округа сформировано {n(P, NB)} наставнических пар (групп), из них "
        f"{colsum[(UU, 2)]} – в форме «ученик – ученик»; в среднем на одну ОО приходится {mp} пары (группы). "
        f"Форма «студент – ученик» реализуется в {len(su)} ОО во взаимодействии с ГБПОУ «Сызранский "
        f"политехнический колледж» и ГБПОУ «Сызранский медико-гуманитарный колледж».")
    d.c_sum("pairs", "в тексте: всего пар (групп)", n(P), [r[3][f][2] for r in rows for f in forms])
    d.c_sum("pairs", "в тексте: пар формы «ученик – ученик»", str(colsum[(UU, 2)]), [r[3][UU][2] for r in rows])
    d.c_mean("pairs", "в тексте: в среднем пар (групп) на одну ОО", mp, per_org)
    d.c_count("mentors", "«студент – ученик» реализуется в N ОО", str(len(su)), len(su))

    t2 = Table(5, widths=[1.0, 5.0, 4.0, 4.0, 3.0], font=10, hfont=10,
               caption="Таблица 2. Доля обучающихся 10–19 лет в роли наставляемого")
    t2.hrow("№ п/п", "ОО", "Численность обучающихся 10–19 лет, чел.", "Из них в роли наставляемого, чел.", "Доля, %")
    for k, (full, short, cl, v, tot, pupils) in enumerate(rows, 1):
        t2.row("org", [str(k), short, F(n(tot), short, "students_total"), F(str(pupils), short, "mentees"),
                       F(pc(pupils / tot * 100) + "%", short, "mentee_share_pct")])
    T, E = sum(r[4] for r in rows), sum(r[5] for r in rows)
    t2.row("total", ["", "Итого", n(T), n(E), pc(E / T * 100) + "%"])
    d.pagebreak()
    d.table(t2)
    for full, short, cl, v, tot, pupils in rows:
        d.c_share("mentee_share_pct", f"таблица 2, {short}: доля", pc(pupils / tot * 100), pupils, tot)
    d.c_sum("students_total", "таблица 2, строка «Итого», численность 10–19 лет", n(T), [r[4] for r in rows])
    d.c_sum("mentees", "таблица 2, строка «Итого», наставляемые", n(E), [r[5] for r in rows])
    d.c_share("mentee_share_pct", "таблица 2, строка «Итого», доля", pc(E / T * 100), E, T)

    true = E / T * 100
    stated = pc(true + 4)          # PLANTED: the share in the conclusions is 4 points above the table
    r14 = [r for r in rows if r[1] == "СОШ № 14"][0]
    r35 = [r for r in rows if r[1] == "ООШ № 35"][0]
    low = [r for r in rows if rnd(r[5] / r[4] * 100) < 12]
    d.p(f"В роли наставляемых в программы наставничества вошли {n(E, NB)} обучающихся 10–19 лет, что составляет "
        f"{stated}% от их общей численности ({n(T, NB)} чел.). В ГБОУ СОШ № 14 г.о. Сызрань в роли наставляемого "
        f"выступает каждый пятый обучающийся этого возраста; в ГБОУ ООШ № 35 г.о. Сызрань – 15% "
        f"({r35[5]} {plural(r35[5], 'человек', 'человека', 'человек')} из {r35[4]}).")
    d.c_sum("mentees", "в тексте: вошли в роли наставляемых", n(E), [r[5] for r in rows])
    d.c_sum("students_total", "в тексте: общая численность 10–19 лет", n(T), [r[4] for r in rows])
    d.c_share("mentee_share_pct", "в тексте: доля наставляемых по городскому округу", stated, E, T, planted=True)
    d.c_share("mentee_share_pct", "СОШ № 14: «каждый пятый обучающийся»", "20", r14[5], r14[4])
    d.c_share("mentee_share_pct", "ООШ № 35: «15% (N человек из M)»", "15", r35[5], r35[4])
    nums = [re.search(r"\d+", r[1]).group(0) for r in low]
    d.p(f"Доля обучающихся в роли наставляемого ниже 12% – в ГБОУ ООШ {nums_ru(nums)} г.о. Сызрань: в этих "
        f"учреждениях реализуется только форма «ученик – ученик». Руководителям ОО рекомендовано включить в "
        f"программы наставничества форму «учитель – ученик» и вовлечь в роли наставников обучающихся 10–11 классов.")
    d.c_member("mentee_share_pct", "доля ниже 12%", [f"ООШ № {x}" for x in nums],
               [r[1] for r in rows if r[5] / r[4] * 100 < 12])
    d.c_member("mentors", "в этих учреждениях реализуется только форма «ученик – ученик»", [f"ООШ № {x}" for x in nums],
               [r[1] for r in rows if all(r[3][f][0] == 0 for f in (TT, SU))])
    d.sign("Руководитель Западного управления                                  Т.В. Куликова\n"
           "Исп. Агафонова Н.П., 8 (8464) 98-33-41")
    return d


# ------------------------------------------------------------------ 14. город Димитровград (docx, sections + subtotals by type of organization)
DIMITROVGRAD = [  # (group, name, cluster)
    ("s", "МБОУ «Средняя школа № 2»", "dimitrovgrad/school-2"),
    ("s", "МБОУ «Средняя школа № 10»", "dimitrovgrad/school-10"),
    ("s", "МБОУ «Средняя школа № 12»", "dimitrovgrad/school-12"),
    ("s", "МБОУ «Средняя школа № 17»", "dimitrovgrad/school-17"),
    ("s", "МБОУ «Средняя школа № 19»", "dimitrovgrad/school-19"),
    ("s", "МБОУ «Средняя школа № 21»", "dimitrovgrad/school-21"),
    ("s", "МБОУ «Средняя школа № 22»", "dimitrovgrad/school-22"),
    ("s", "МБОУ «Средняя школа № 23»", "dimitrovgrad/school-23"),
    ("g", "МБОУ «Гимназия № 1»", "dimitrovgrad/gymnasium-1"),
    ("g", "МБОУ «Лицей № 16»", "dimitrovgrad/lyceum-16"),
    ("g", "МБОУ «Лицей № 25»", "dimitrovgrad/lyceum-25"),
    ("u", "МБУ ДО «ЦДТ»", "dimitrovgrad/cdt"),
    ("u", "МБУ ДО «СЮТ»", "dimitrovgrad/syut"),
    ("u", "МБУ ДО «ЦДО»", "dimitrovgrad/cdo"),
]
DGROUPS = [("s", "Средние школы", "Итого по средним школам"),
           ("g", "Гимназии и лицеи", "Итого по гимназиям и лицеям"),
           ("u", "Организации дополнительного образования", "Итого по организациям дополнительного образования")]


@builder
def doc_dimitrovgrad():
    rng = random.Random(7014)
    d = Doc("dimitrovgrad_itogi_2022", "docx", "город Димитровград", as_of="2022-12-15", author="Сафиуллина Р.Р.")

    def gen():
        rows = []
        for grp, name, cl in DIMITROVGRAD:
            if grp == "u":
                m, e, t = rng.randint(6, 15), rng.randint(25, 60), rng.randint(4, 9)
            elif grp == "g":
                m, e, t = rng.randint(35, 60), rng.randint(70, 120), rng.randint(12, 22)
            else:
                m, e, t = rng.randint(20, 55), rng.randint(45, 110), rng.randint(8, 20)
            p = rng.randint(int(m * 0.8), m) + rng.randint(int(t * 0.3), int(t * 0.5))
            rows.append((grp, name, cl, m, e, t, p))
        return rows

    def valid(rows):
        P = sum(r[6] for r in rows)
        E = sum(r[4] for r in rows)
        sP = sum(r[6] for r in rows if r[0] == "s")
        sE = sum(r[4] for r in rows if r[0] == "s")
        return safe(sP / P * 100) and safe(sE / E * 100) and sE / E > 0.5
    rows = retry(gen, valid)
    for grp, name, cl, *_ in rows:
        d.org(name, cl)
    d.head("Управление образования Администрации города Димитровграда Ульяновской области")
    d.title("ИТОГИ МОНИТОРИНГА\nвовлечённости обучающихся и педагогов в программы наставничества\n"
            "в муниципальных образовательных организациях города Димитровграда\n(по состоянию на 15.12.2022)")
    d.p("Мониторинг проведён в соответствии с Положением о муниципальной системе наставничества обучающихся, "
        "утверждённым приказом Управления образования от 14.10.2021 № 615, по данным персонифицированного учёта "
        "участников программ наставничества, который ведут образовательные организации.")
    t = Table(6, widths=[0.9, 5.4, 2.7, 2.7, 2.7, 2.6], font=10, hfont=9, caption="Таблица 1")
    t.hrow(Cell("№ п/п", rs=2), Cell("Образовательная организация", rs=2), Cell("Обучающиеся, чел.", cs=2),
           Cell("Педагоги, вовлечённые в наставничество, чел.", rs=2), Cell("Наставнических пар (групп), ед.", rs=2))
    t.hrow("в роли наставника", "в роли наставляемого")
    k = 0
    subs = {}
    for grp, label, tl in DGROUPS:
        t.group(label)
        sub = [r for r in rows if r[0] == grp]
        for _, name, cl, m, e, tt, p in sub:
            k += 1
            t.row("org", [str(k), name, F(str(m), name, "mentors"), F(str(e), name, "mentees"),
                          F(str(tt), name, "teachers_involved"), F(str(p), name, "pairs")])
        sums = [sum(r[i] for r in sub) for i in (3, 4, 5, 6)]
        subs[grp] = sums
        t.row("total", ["", tl] + [n(x) for x in sums])
    allsum = [sum(r[i] for r in rows) for i in (3, 4, 5, 6)]
    t.row("total", ["", "Всего по городу"] + [n(x) for x in allsum])
    d.table(t)
    inds = [("mentors", "обучающиеся в роли наставника"), ("mentees", "обучающиеся в роли наставляемого"),
            ("teachers_involved", "педагоги"), ("pairs", "пары (группы)")]
    for grp, label, tl in DGROUPS:
        sub = [r for r in rows if r[0] == grp]
        for j, (ind, lbl) in enumerate(inds):
            d.c_sum(ind, f"строка «{tl}», {lbl}", n(subs[grp][j]), [r[3 + j] for r in sub])
    for j, (ind, lbl) in enumerate(inds):
        d.c_sum(ind, f"строка «Всего по городу», {lbl}", n(allsum[j]), [r[3 + j] for r in rows])

    M, E, TT_, P = allsum
    stated_orgs = len(rows) + 1          # PLANTED: 15 organizations are claimed, the table lists 14
    d.p(f"Программы наставничества реализуются в {stated_orgs} муниципальных образовательных организациях города. "
        f"Всего в программы наставничества вовлечено {n(M + E, NB)} обучающихся ({M} – в роли наставника, "
        f"{E} – в роли наставляемого) и {TT_} {plural(TT_, 'педагог', 'педагога', 'педагогов')}; сформировано "
        f"{P} наставнических пар (групп).")
    d.c_count("organizations", "программы реализуются в N организациях", str(stated_orgs), len(rows), planted=True)
    d.c_comp("students_involved", f"{M + E} = {M} наставников + {E} наставляемых", n(M + E), [M, E])
    d.c_sum("mentors", "в тексте: в роли наставника", str(M), [r[3] for r in rows])
    d.c_sum("mentees", "в тексте: в роли наставляемого", str(E), [r[4] for r in rows])
    d.c_sum("teachers_involved", "в тексте: педагогов", str(TT_), [r[5] for r in rows])
    d.c_sum("pairs", "в тексте: пар (групп)", str(P), [r[6] for r in rows])
    sM, sE, sT, sP = subs["s"]
    ns = sum(1 for r in rows if r[0] == "s")
    d.p(f"Наибольший вклад вносят {ns} средних школ: в них сформировано {pc(sP / P * 100)}% всех наставнических пар; "
        f"более половины наставляемых ({pc(sE / E * 100)}%) – обучающиеся средних школ. Организации "
        f"дополнительного образования реализуют преимущественно форму «ученик – ученик» в проектной и "
        f"исследовательской деятельности.")
    d.c_count("organizations", "N средних школ", str(ns), ns)
    d.c_share("pairs", "средние школы: доля от всех пар", pc(sP / P * 100), sP, P)
    d.c_share("mentees", "средние школы: доля от всех наставляемых", pc(sE / E * 100), sE, E)
    d.c_target("mentees", "более половины наставляемых – обучающиеся средних школ", 50, sE / E * 100)
    d.sign("Начальник Управления образования                                   Р.Р. Сафиуллина\n"
           "Исп. Горбунова Е.В., 8 (84235) 2-44-81")
    return d


# ------------------------------------------------------------------ 15. город Димитровград, положение (docx, nothing to recompute)
@builder
def doc_dimitrovgrad_polozhenie():
    d = Doc("dimitrovgrad_polozhenie_2021", "docx", "город Димитровград", kind="положение", doc_date="2021-10-14",
            doc_number="615", author="Сафиуллина Р.Р.")
    d.right("Приложение\nк приказу Управления образования\nАдминистрации города Димитровграда\nот 14.10.2021 № 615")
    d.title("ПОЛОЖЕНИЕ\nо муниципальной системе наставничества обучающихся\nв образовательных организациях "
            "города Димитровграда")
    d.plain("1. Общие положения")
    d.p("1.1. Настоящее Положение определяет цели, задачи, формы и порядок организации наставничества обучающихся "
        "в муниципальных образовательных организациях города Димитровграда Ульяновской области (далее – "
        "образовательные организации) и разработано в соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ "
        "«Об образовании в Российской Федерации», " + P145 + ", и письмом Минпросвещения России от 23.01.2020 "
        "№ МР-42/02 «О направлении целевой модели наставничества и методических рекомендаций».")
    d.p("1.2. Участниками муниципальной системы наставничества являются обучающиеся образовательных организаций, "
        "педагогические работники, студенты профессиональных образовательных организаций и организаций высшего "
        "образования, представители предприятий и организаций – партнёров, родители (законные представители) "
        "обучающихся.")
    d.plain("2. Цели и задачи")
    d.p("2.1. Целью муниципальной системы наставничества является максимально полное раскрытие потенциала "
        "личности наставляемого, необходимое для успешной личной и профессиональной самореализации, а также "
        "создание условий для формирования эффективной системы поддержки, самоопределения и профессиональной "
        "ориентации обучающихся в возрасте от 10 лет, педагогических работников (далее – педагоги) разных уровней "
        "образования и молодых специалистов.")
    d.p("2.2. Задачи: внедрение целевой модели наставничества в каждой образовательной организации; "
        "формирование муниципальной базы наставников и наставляемых; распространение лучших практик "
        "наставничества; информационное сопровождение реализации программ наставничества.")
    d.plain("3. Формы наставничества")
    d.p("3.1. В образовательных организациях реализуются формы наставничества «ученик – ученик», "
        "«учитель – учитель», «студент – ученик», «работодатель – ученик», а также иные формы, "
        "предусмотренные программой наставничества образовательной организации.")
    d.p("3.2. Образовательная организация самостоятельно определяет перечень реализуемых форм наставничества "
        "исходя из потребностей обучающихся и педагогов и имеющихся ресурсов.")
    d.plain("4. Показатели эффективности и мониторинг")
    d.p("4.1. Оценка реализации муниципальной системы наставничества проводится по показателям, установленным "
        "методологией (целевой моделью) наставничества:")
    t = Table(3, widths=[1.0, 11.0, 3.5], font=10)
    t.hrow("№", "Наименование показателя", "Единица измерения")
    for k, (ind, unit) in enumerate([
            ("Доля обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого",
             "%"),
            ("Доля обучающихся в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника",
             "%"),
            ("Доля учителей – молодых специалистов (с опытом работы от 0 до 3 лет), вошедших в программы "
             "наставничества в роли наставляемого", "%"),
            ("Количество предприятий (организаций), вошедших в программы наставничества, предоставивших своих "
             "наставников", "ед.")], 1):
        t.row("data", [f"{k}.", ind, unit])
    d.table(t)
    d.p("4.2. Мониторинг проводится Управлением образования два раза в год – по состоянию на 1 июня и на "
        "15 декабря – на основании сведений, представляемых образовательными организациями в течение 5 рабочих "
        "дней после отчётной даты по форме, утверждаемой Управлением образования.")
    d.p("4.3. Итоги мониторинга оформляются справкой, которая размещается на официальном сайте Управления "
        "образования и рассматривается на совещании руководителей образовательных организаций.")
    d.plain("5. Права и обязанности участников")
    d.p("5.1. Куратор программы наставничества в образовательной организации назначается приказом руководителя "
        "образовательной организации, формирует базу наставников и наставляемых, организует обучение наставников "
        "и обеспечивает своевременное представление сведений для мониторинга.")
    d.p("5.2. Наставник разрабатывает совместно с наставляемым индивидуальный план развития, оказывает "
        "наставляемому помощь в достижении целей и участвует в оценке результатов программы наставничества.")
    d.plain("6. Заключительные положения")
    d.p("6.1. Положение вступает в силу со дня его утверждения и действует до принятия нового положения. "
        "Изменения в Положение вносятся приказом Управления образования.")
    return d



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
    for d in docs:
        render(d)
        facts += d.facts()
        checks += d.checks
        orgs += d.orgs()
        meta.append(dict(doc=d.name, format=d.fmt, kind=d.kind, municipality=d.municipality,
                         organization=d.organization, as_of=d.as_of, doc_date=d.doc_date,
                         doc_number=d.doc_number, expect=""))
    # one spelling is one organization within a municipality; clusters never cross municipalities
    by_cluster = {}
    for d in docs:
        for o in d.orgs():
            by_cluster.setdefault(o["cluster"], set()).add(d.municipality)
    assert all(len(v) == 1 for v in by_cluster.values()), by_cluster
    write_csv(os.path.join(GOLD, "documents.csv"),
              ["doc", "format", "kind", "municipality", "organization", "as_of", "doc_date", "doc_number", "expect"],
              meta)
    write_csv(os.path.join(GOLD, "facts.csv"), ["doc", "org_name", "indicator", "form", "variant", "value", "unit"],
              facts)
    write_csv(os.path.join(GOLD, "checks.csv"),
              ["doc", "check", "indicator", "subject", "stated", "computed", "status"], checks)
    write_csv(os.path.join(GOLD, "organizations.csv"), ["doc", "org_name", "cluster"], orgs)
    if os.path.isdir(LO_DIR):
        shutil.rmtree(LO_DIR)
    st = {}
    for c in checks:
        st[c["status"]] = st.get(c["status"], 0) + 1
    planted = sum(d.planted for d in docs)
    assert planted == st.get("mismatch", 0), (planted, st)
    print(f"documents {len(docs)}, facts {len(facts)}, checks {len(checks)} {st}, planted {planted}")
    for d in docs:
        mm = [c for c in d.checks if c["status"] == "mismatch"]
        print(f"  {d.name}.{d.fmt}: facts {len(d.facts())}, checks {len(d.checks)}, mismatch {len(mm)}")


if __name__ == "__main__":
    main()
