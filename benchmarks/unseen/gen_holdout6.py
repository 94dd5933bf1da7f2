# -*- coding: utf-8 -*-
"""Generate the held-out corpus holdout6: 14 synthetic Russian administrative reports on the school
mentorship programme (целевая модель наставничества, распоряжение Минпросвещения Р-145) from 14
municipalities of 14 regions, with gold answers (documents.csv, facts.csv, checks.csv,
organizations.csv) as defined in CONVENTIONS.md.

usage: /work/main/.venv/bin/python /work/unseen/gen_holdout6.py
Writes /work/unseen/holdout6/* and /work/unseen/gold/holdout6/*.csv.

Every table cell is rendered from the data kept here; facts are read back from the printed cells,
every total, share and mean in checks.csv is recomputed here from the same data.  Planted errors are
explicit (search for "PLANTED"); every other check is asserted to be ok when it is recorded.
Output is byte-identical on rerun: fixed seeds, fixed document metadata, fixed zip timestamps,
patched PDF dates and IDs.
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.environ.get("UNSEEN_OUT", os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(HERE, "holdout6")
GOLD = os.path.join(HERE, "gold", "holdout6")
LO_PROFILE = "file:///tmp/lo_h6_profile"
NB = "\u00a0"
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
    t = str(s).replace(NB, " ").replace("%", "").strip()
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


# ============================================================================ document model
class Cell:
    """a printed table cell; facts: list of (org_name, indicator, form, variant) it carries"""

    def __init__(self, text, facts=(), cs=1, rs=1, bold=False, align=None):
        self.text = str(text)
        self.facts = list(facts)
        self.cs, self.rs = cs, rs
        self.bold = bold
        self.align = align


def C(x, **kw):
    return x if isinstance(x, Cell) else Cell(x, **kw)


class Table:
    def __init__(self, ncols, widths=None, font=10, hfont=None, caption=None, caption_align="right"):
        self.ncols = ncols
        self.widths = widths
        self.font = font
        self.hfont = hfont or font
        self.caption = caption
        self.caption_align = caption_align
        self.head = []     # rows of Cells
        self.body = []     # (kind, [Cells]) kind: org | total | group | num
        self.repeat_header = True

    def hrow(self, *cells):
        self.head.append([C(c) for c in cells])

    def row(self, kind, cells):
        self.body.append((kind, [C(c) for c in cells]))

    def group(self, text):
        self.body.append(("group", [Cell(text, cs=self.ncols, bold=True, align="left")]))

    def layout(self, rows):
        """place cells with spans on a grid: returns list of rows, each a list of (cell, is_origin)"""
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
                 doc_number="", landscape=False, txt_mode="tab", enc="utf-8", author="", created=None):
        self.name, self.fmt, self.municipality = name, fmt, municipality
        self.as_of, self.kind, self.organization = as_of, kind, organization
        self.doc_date, self.doc_number = doc_date, doc_number
        self.landscape, self.txt_mode, self.enc = landscape, txt_mode, enc
        self.author = author
        self.created = created or (datetime.datetime.strptime(as_of or doc_date, "%Y-%m-%d")
                                   + datetime.timedelta(hours=10, minutes=17))
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
                st = "; ".join(stated)
                cp = "; ".join(computed)
            else:
                sv = parse_num(stated) if isinstance(stated, str) else stated
                tol = 0.5 * 10 ** -decimals(stated) + 1e-9 if isinstance(stated, str) and decimals(stated) else 1e-9
                if check in ("share", "mean") and isinstance(stated, str) and decimals(stated) == 0:
                    tol = 0.5 + 1e-9
                ok = abs(sv - computed) <= tol
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

    def c_count(self, ind, subject, stated, actual, status=None, planted=False):
        self._add("count", ind, subject, stated, actual, status, planted)

    def c_share(self, ind, subject, stated, part, base, status=None, planted=False):
        self._add("share", ind, subject, stated, part / base * 100, status, planted)

    def c_mean(self, ind, subject, stated, values, status=None, planted=False):
        values = list(values)
        self._add("mean", ind, subject, stated, sum(values) / len(values), status, planted)

    def c_comp(self, ind, subject, stated, parts, status=None, planted=False):
        self._add("composition", ind, subject, stated, sum(parts), status, planted)

    def c_member(self, ind, subject, stated_list, actual_list, planted=False):
        self._add("membership", ind, subject, list(stated_list), list(actual_list), None, planted)

    def c_target(self, ind, subject, target, actual, achieved=True, planted=False):
        ok = (actual >= target) == achieved
        status = "ok" if ok else "mismatch"
        assert ok != planted, (self.name, subject)
        if planted:
            self.planted += 1
        self._add("target", ind, subject, target, actual, status, planted)

    def c_cross(self, ind, subject, stated, computed, status=None, planted=False):
        self._add("cross_table", ind, subject, stated, computed, status, planted)

    # ---- gold
    def tables(self):
        return [b for k, b in self.blocks if k == "table"]

    def facts(self):
        out = []
        for t in self.tables():
            for kind, cells in t.body:
                for cell in cells:
                    for (org, ind, form, variant) in cell.facts:
                        v = parse_num(cell.text)
                        out.append(dict(doc=self.name, org_name=" ".join(org.split()), indicator=ind, form=form,
                                        variant=variant, value="" if v is None else g(v), unit=UNITS[ind]))
                        assert org in self.orgmap, (self.name, org)
        return out

    def orgs(self):
        used = []
        for f in self.facts():
            if f["org_name"] not in used:
                used.append(f["org_name"])
        for name in self.orgmap:
            assert " ".join(name.split()) in used, (self.name, "org without facts", name)
        return [dict(doc=self.name, org_name=" ".join(o.split()), cluster=self.orgmap[o]) for o in self.orgmap]


# ============================================================================ rendering: DOCX
def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


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
    if align == "center":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def docx_table(d, t):
    rows = t.head + [cells for _, cells in t.body]
    kinds = ["head"] * len(t.head) + [k for k, _ in t.body]
    grid = t.layout(rows)
    tab = d.add_table(rows=len(rows), cols=t.ncols)
    tab.style = "Table Grid"
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
            cell, origin, (r0, c0) = grid[r][c]
            if not origin:
                continue
            target = tab.cell(r, c)
            if cell.cs > 1 or cell.rs > 1:
                target = target.merge(tab.cell(r + cell.rs - 1, c + cell.cs - 1))
            kind = kinds[r]
            bold = cell.bold or kind in ("head", "total")
            size = t.hfont if kind == "head" else t.font
            align = cell.align
            if align is None:
                if kind in ("head", "num"):
                    align = "center"
                elif parse_num(cell.text) is not None and cell.text.strip():
                    align = "center"
            _set_text(target, cell.text, bold=bold, size=size, align=align)
    if t.repeat_header:
        for r in range(len(t.head)):
            _repeat_header(tab.rows[r])
    return tab


def render_docx(doc, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    st.paragraph_format.space_after = Pt(2)
    cp = d.core_properties
    cp.author = doc.author or "user"
    cp.last_modified_by = doc.author or "user"
    cp.title = ""
    cp.comments = ""
    cp.revision = 2
    cp.created = doc.created
    cp.modified = doc.created + datetime.timedelta(hours=2)
    sec = d.sections[0]
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = Cm(2.0)
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
    rows = t.head + [cells for _, cells in t.body]
    grid = t.layout(rows)
    lines = []
    if mode == "cells":
        # one cell per tab-indented line, a blank line between rows (a word processor's text export)
        for r in range(len(rows)):
            for c in range(t.ncols):
                cell, origin, _ = grid[r][c]
                if origin:
                    lines.append("\t" + cell.text.replace("\n", " "))
            lines.append("")
        return lines
    flat = []
    for r in range(len(rows)):
        flat.append([grid[r][c][0].text.replace("\n", " ") if grid[r][c][1] else "" for c in range(t.ncols)])
    if mode == "tab":
        return ["\t".join(x) for x in flat]
    # pipe
    w = [max(len(flat[r][c]) for r in range(len(flat))) for c in range(t.ncols)]
    w = [max(3, x) for x in w]

    def line(cells):
        out = []
        for c, x in enumerate(cells):
            out.append(x.rjust(w[c]) if parse_num(x) is not None and x.strip() else x.ljust(w[c]))
        return "| " + " | ".join(out) + " |"
    for r, cells in enumerate(flat):
        lines.append(line(cells))
        if r == len(t.head) - 1:
            lines.append("|" + "|".join("-" * (x + 2) for x in w) + "|")
    return lines


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
        elif kind == "table":
            if b.caption:
                lines.append(b.caption)
            lines.extend(txt_table(b, doc.txt_mode))
            lines.append("")
    if doc.enc == "cp1251":
        data = ("\r\n".join(lines) + "\r\n").encode("cp1251")
    else:
        data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


# ============================================================================ rendering: XLSX
def render_xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
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
                    ws.row_dimensions[r].height = 15 * (1 + len(line) // 110)
                r += 1
            if kind in ("p", "title"):
                pass
        elif kind == "table":
            if b.caption:
                ws.cell(row=r, column=1, value=b.caption)
                r += 1
            rows = b.head + [cells for _, cells in b.body]
            kinds = ["head"] * len(b.head) + [k for k, _ in b.body]
            grid = b.layout(rows)
            for i in range(len(rows)):
                for c in range(b.ncols):
                    cell, origin, _ = grid[i][c]
                    xc = ws.cell(row=r + i, column=c + 1)
                    xc.border = border
                    if not origin:
                        continue
                    v = parse_num(cell.text) if kinds[i] not in ("head", "num") else None
                    if v is not None and cell.text.strip() not in ("–", "-", "—"):
                        xc.value = v
                        if isinstance(v, float):
                            xc.number_format = "0.0"
                        elif v >= 1000:
                            xc.number_format = "# ##0"
                    else:
                        xc.value = cell.text
                    xc.alignment = Alignment(wrap_text=True, vertical="center",
                                             horizontal="left" if c == 0 and kinds[i] != "head" else "center")
                    if kinds[i] in ("head", "total") or cell.bold:
                        xc.font = Font(bold=True)
                    if cell.cs > 1 or cell.rs > 1:
                        ws.merge_cells(start_row=r + i, start_column=c + 1, end_row=r + i + cell.rs - 1,
                                       end_column=c + cell.cs)
            r += len(rows) + 1
    for c, w in enumerate(doc.xlsx_widths or []):
        ws.column_dimensions[chr(ord("A") + c)].width = w
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
    """patch the creation date and the document ID of a LibreOffice PDF in place"""
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


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
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
        tmp = tempfile.mkdtemp(prefix="h6_")
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
    assert os.path.exists(path), path


# ============================================================================ documents
BUILDERS = []


def builder(f):
    BUILDERS.append(f)
    return f

def F(text, org, ind, form="", variant="", **kw):
    """a printed cell that carries one fact"""
    return Cell(text, facts=[(org, ind, form, variant)], **kw)


def short_list(items):
    return "; ".join(items)


# ------------------------------------------------------------------ 1. город Бийск (docx, forms as column groups)
@builder
def doc_biysk():
    rng = random.Random(6001)
    d = Doc("biysk_spravka_2022", "docx", "город Бийск", as_of="2022-05-31", landscape=True,
            author="Шадрина О.В.")
    O = [("МБОУ «СОШ № 1»", "СОШ № 1", "biysk/school-1", {UU, TT, SU, RU}),
         ("МБОУ «Гимназия № 2»", "Гимназия № 2", "biysk/gymn-2", {UU, TT, SU}),
         ("МБОУ «СОШ № 5»", "СОШ № 5", "biysk/school-5", {UU, TT}),
         ("МБОУ «СОШ № 8»", "СОШ № 8", "biysk/school-8", {UU, TT, RU}),
         ("МБОУ «Гимназия № 11»", "Гимназия № 11", "biysk/gymn-11", {UU, TT, SU}),
         ("МБОУ «СОШ № 12»", "СОШ № 12", "biysk/school-12", {UU, TT}),
         ("МБОУ «Лицей № 17»", "Лицей № 17", "biysk/lyceum-17", {UU, TT, SU}),
         ("МБОУ «СОШ № 18»", "СОШ № 18", "biysk/school-18", {UU, TT}),
         ("МБОУ «СОШ № 25»", "СОШ № 25", "biysk/school-25", {UU, RU}),
         ("МБОУ «СОШ № 31»", "СОШ № 31", "biysk/school-31", {UU, TT, SU}),
         ("МБОУ «СОШ № 33»", "СОШ № 33", "biysk/school-33", {UU}),
         ("МБОУ «СОШ № 34»", "СОШ № 34", "biysk/school-34", {UU, TT, RU}),
         ("МБОУ «СОШ № 40»", "СОШ № 40", "biysk/school-40", {UU}),
         ("МБОУ «СОШ № 41»", "СОШ № 41", "biysk/school-41", {UU, TT})]
    forms = [UU, TT, SU, RU]
    data = {}
    for name, short, cl, fs in O:
        row = {}
        for f in forms:
            if f not in fs:
                row[f] = (0, 0)
            elif f == UU:
                m = rng.randint(8, 26)
                row[f] = (m, m + rng.randint(2, 15))
            elif f == TT:
                m = rng.randint(1, 5)
                row[f] = (m, m + rng.randint(0, 2))
            elif f == SU:
                m = rng.randint(2, 6)
                row[f] = (m, m + rng.randint(2, 7))
            else:
                m = rng.randint(1, 3)
                row[f] = (m, rng.randint(5, 14))
        data[name] = row
        d.org(name, cl)

    d.head("Муниципальное казённое учреждение\n«Управление образования Администрации города Бийска»")
    d.title("Аналитическая справка\nпо итогам реализации целевой модели наставничества в муниципальных "
            "общеобразовательных организациях города Бийска в 2021–2022 учебном году\n(по состоянию на 31.05.2022)")
    d.p("Целевая модель наставничества внедряется в общеобразовательных организациях города во исполнение "
        "распоряжения Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 и приказа "
        "МКУ «Управление образования г. Бийска» от 30.08.2021 № 412 «О реализации целевой модели наставничества». "
        "Сведения представлены общеобразовательными организациями по запросу управления образования.")
    norg = len(O)
    d.p(f"В 2021–2022 учебном году программы наставничества реализовывались во всех {norg} общеобразовательных "
        f"организациях города. Данные о численности наставников и наставляемых по формам наставничества приведены "
        f"в таблице.")
    d.c_count("organizations", f"во всех {norg} общеобразовательных организациях", str(norg), len(O))

    t = Table(10, widths=[1.0, 5.2] + [2.4] * 8, font=10, hfont=9, caption="Таблица 1")
    t.hrow(Cell("№ п/п", rs=2), Cell("Наименование ОО", rs=2),
           *[Cell(FCAP[f], cs=2) for f in forms])
    t.hrow(*(["наставников", "наставляемых"] * 4))
    for i, (name, short, cl, fs) in enumerate(O, 1):
        cells = [f"{i}.", name]
        for f in forms:
            m, e = data[name][f]
            cells += [F(z(m), name, "mentors", f), F(z(e), name, "mentees", f)]
        t.row("org", cells)
    tot = {}
    cells = [Cell("Итого", cs=2)]
    for f in forms:
        sm = sum(data[o[0]][f][0] for o in O)
        se = sum(data[o[0]][f][1] for o in O)
        tot[f] = (sm, se)
        cells += [n(sm), n(se)]
    t.row("total", cells)
    d.table(t)
    for f in forms:
        d.c_sum("mentors", f"строка «Итого», {FQ[f]}, наставников", n(tot[f][0]), [data[o[0]][f][0] for o in O])
        d.c_sum("mentees", f"строка «Итого», {FQ[f]}, наставляемых", n(tot[f][1]), [data[o[0]][f][1] for o in O])

    all_m = sum(tot[f][0] for f in forms)
    all_e = sum(tot[f][1] for f in forms)
    d.p(f"Всего в программы наставничества вовлечено {n(all_m + all_e)} "
        f"{plural(all_m + all_e, 'участник', 'участника', 'участников')}: {n(all_m)} "
        f"{plural(all_m, 'наставник', 'наставника', 'наставников')} и {n(all_e)} "
        f"{plural(all_e, 'наставляемый', 'наставляемых', 'наставляемых')}.")
    d.c_sum("mentors", "в тексте: всего наставников", n(all_m), [tot[f][0] for f in forms])
    d.c_sum("mentees", "в тексте: всего наставляемых", n(all_e), [tot[f][1] for f in forms])
    d.c_comp("program_participants", f"{all_m + all_e} = {all_m} + {all_e}", n(all_m + all_e), [all_m, all_e])

    impl = {f: [o for o in O if data[o[0]][f][0] > 0] for f in forms}
    uu_share = pc(tot[UU][1] / all_e * 100)
    d.p(f"Наиболее востребована форма «ученик – ученик»: она реализуется во всех {len(impl[UU])} ОО, "
        f"наставляемые этой формы составляют {uu_share}% от общего числа наставляемых. Форма «учитель – учитель» "
        f"реализуется в {len(impl[TT])} ОО и направлена прежде всего на адаптацию молодых педагогов.")
    d.c_count("mentors", "форма «ученик – ученик» во всех N ОО", str(len(impl[UU])), len(impl[UU]))
    d.c_share("mentees", "«ученик – ученик»: доля от общего числа наставляемых", uu_share, tot[UU][1], all_e)
    d.c_count("mentors", "форма «учитель – учитель» в N ОО", str(len(impl[TT])), len(impl[TT]))

    su_names = [o[1] for o in impl[SU]]
    su_stated = len(impl[SU]) + 1          # PLANTED: six schools are claimed, five are in the table
    d.p(f"Форма «студент – ученик» реализуется в {su_stated} ОО ({join_ru(su_names)}) во взаимодействии "
        f"с КГБПОУ «Бийский промышленно-технологический колледж». Форма «работодатель – ученик» реализуется "
        f"в {len(impl[RU])} ОО: {join_ru([o[1] for o in impl[RU]])}; наставниками выступают специалисты "
        f"предприятий города.")
    d.c_count("mentors", "форма «студент – ученик» в N ОО", str(su_stated), len(impl[SU]), planted=True)
    d.c_member("mentors", "список ОО формы «студент – ученик»", su_names, [o[1] for o in impl[SU]])
    d.c_count("mentors", "форма «работодатель – ученик» в N ОО", str(len(impl[RU])), len(impl[RU]))
    d.c_member("mentors", "список ОО формы «работодатель – ученик»", [o[1] for o in impl[RU]],
               [o[1] for o in impl[RU]])

    nforms = [sum(1 for f in forms if data[o[0]][f][0] > 0) for o in O]
    mean_f = pc(sum(nforms) / len(nforms))
    one = [o[1] for o, k in zip(O, nforms) if k == 1]
    assert len(one) == 2
    d.p(f"В среднем одна общеобразовательная организация реализует {mean_f} формы наставничества. Только одну "
        f"форму («ученик – ученик») реализуют МБОУ «{one[0]}» и МБОУ «{one[1]}»; этим организациям рекомендовано "
        f"расширить перечень реализуемых форм.")
    d.c_mean("forms_count", "в среднем одна ОО реализует N формы", mean_f, nforms)
    d.c_member("forms_count", "только одну форму реализуют", one, [o[1] for o, k in zip(O, nforms) if k == 1])
    d.p("По результатам анкетирования 84% наставляемых отметили положительное влияние программ наставничества "
        "на учебную мотивацию. В 2022–2023 учебном году планируется вовлечь в программы наставничества не менее "
        "1 800 участников и обеспечить реализацию формы «студент – ученик» во всех гимназиях и лицеях города.")
    d.sign("Начальник отдела общего образования                                   О.В. Шадрина\n"
           "Исполнитель: Лаврентьева Е.А., тел. 8 (3854) 33-45-71")
    return d

# ------------------------------------------------------------------ 2. Вельский район (txt cp1251, shares per row)
def swap_digits(s):
    """«19,6» -> «16,9»: the typist swapped the last digit of the integer part and the decimal"""
    a, b = s.split(",")
    return a[:-1] + b + "," + a[-1]


@builder
def doc_velsk():
    rng = random.Random(6002)
    d = Doc("velsk_info_2023", "txt", "Вельский район", as_of="2023-06-01", txt_mode="cells", enc="cp1251")
    O = [("МБОУ «СШ № 1 г. Вельска»", "СШ № 1 г. Вельска", "velsk/school-1", 1150),
         ("МБОУ «СШ № 2 г. Вельска»", "СШ № 2 г. Вельска", "velsk/school-2", 980),
         ("МБОУ «СШ № 3 г. Вельска»", "СШ № 3 г. Вельска", "velsk/school-3", 1020),
         ("МБОУ «Шоношская СШ»", "Шоношская СШ", "velsk/shonosha", 214),
         ("МБОУ «Усть-Шоношская ОШ»", "Усть-Шоношская ОШ", "velsk/ust-shonosha", 61),
         ("МБОУ «Солгинская СШ»", "Солгинская СШ", "velsk/solginskiy", 187),
         ("МБОУ «Пакшеньгская СШ»", "Пакшеньгская СШ", "velsk/pakshenga", 96),
         ("МБОУ «Аргуновская СШ»", "Аргуновская СШ", "velsk/argunovskiy", 143),
         ("МБОУ «Благовещенская СШ»", "Благовещенская СШ", "velsk/blagoveshchenskoe", 168),
         ("МБОУ «Судромская ОШ»", "Судромская ОШ", "velsk/sudroma", 58),
         ("МБОУ «Ракульская ОШ»", "Ракульская ОШ", "velsk/rakula", 72),
         ("МБОУ «Тегринская ОШ»", "Тегринская ОШ", "velsk/tegrinskiy", 49)]
    low_mentor = {"Усть-Шоношская ОШ", "Судромская ОШ", "Тегринская ОШ"}
    rows = []
    for name, short, cl, tot in O:
        tot = tot + rng.randint(-25, 25) if tot > 300 else tot
        e = int(tot * rng.uniform(0.16, 0.34))
        if short in low_mentor:
            m = max(1, int(tot * rng.uniform(0.03, 0.07)))
        else:
            m = int(tot * rng.uniform(0.085, 0.16))
        rows.append((name, short, cl, tot, e, m))
        d.org(name, cl)
    # make the Солгинская share print with two different digits around the comma (for the planted typo)
    i = [r[1] for r in rows].index("Солгинская СШ")
    name, short, cl, tot, e, m = rows[i]
    while True:
        s = pc(e / tot * 100)
        a, b = s.split(",")
        if a[-1] != b and int(a) >= 15 and int(b) >= 2:
            break
        e += 1
    rows[i] = (name, short, cl, tot, e, m)

    d.head("Управление образования администрации Вельского муниципального района Архангельской области")
    d.title("ИНФОРМАЦИЯ\nо достижении показателей целевой модели наставничества\nв общеобразовательных "
            "организациях Вельского района\n(по состоянию на 01.06.2023)")
    d.p("Информация подготовлена по запросу министерства образования Архангельской области (письмо от 12.05.2023 "
        "№ 209/02-09/3417) на основании сведений, представленных общеобразовательными организациями. Показатели "
        "рассчитаны в соответствии с методологией (целевой моделью) наставничества обучающихся, утверждённой "
        "распоряжением Минпросвещения России от 25.12.2019 № Р-145.")
    d.p(f"В мониторинге приняли участие {len(rows)} общеобразовательных организаций района.")
    d.c_count("organizations", "в мониторинге приняли участие N ОО", str(len(rows)), len(rows))

    t = Table(7, caption="Таблица 1. Доля обучающихся, вовлечённых в программы наставничества")
    t.hrow(Cell("№ п/п", rs=2), Cell("Наименование общеобразовательной организации", rs=2),
           Cell("Численность обучающихся, чел.", rs=2), Cell("Обучающиеся в роли наставляемого", cs=2),
           Cell("Обучающиеся в роли наставника", cs=2))
    t.hrow("чел.", "% от численности", "чел.", "% от численности")
    printed = {}
    for k, (name, short, cl, tot, e, m) in enumerate(rows, 1):
        es = pc(e / tot * 100)
        if short == "Солгинская СШ":
            es = swap_digits(es)          # PLANTED: the share of mentees is misprinted (digits swapped)
        ms = pc(m / tot * 100)
        printed[short] = (es, ms)
        t.row("org", [str(k), name, F(n(tot), name, "students_total"), F(str(e), name, "mentees"),
                      F(es, name, "mentee_share_pct"), F(str(m), name, "mentors"),
                      F(ms, name, "mentor_share_pct")])
    ST = sum(r[3] for r in rows)
    SE = sum(r[4] for r in rows)
    SM = sum(r[5] for r in rows)
    t.row("total", ["", "ИТОГО по району", n(ST), n(SE), pc(SE / ST * 100), n(SM), pc(SM / ST * 100)])
    d.table(t)
    for name, short, cl, tot, e, m in rows:
        d.c_share("mentee_share_pct", f"{name}: доля наставляемых", printed[short][0], e, tot,
                  planted=(short == "Солгинская СШ"))
        d.c_share("mentor_share_pct", f"{name}: доля наставников", printed[short][1], m, tot)
    d.c_sum("students_total", "строка «ИТОГО по району», численность", n(ST), [r[3] for r in rows])
    d.c_sum("mentees", "строка «ИТОГО по району», наставляемые", n(SE), [r[4] for r in rows])
    d.c_share("mentee_share_pct", "строка «ИТОГО по району», доля наставляемых", pc(SE / ST * 100), SE, ST)
    d.c_sum("mentors", "строка «ИТОГО по району», наставники", n(SM), [r[5] for r in rows])
    d.c_share("mentor_share_pct", "строка «ИТОГО по району», доля наставников", pc(SM / ST * 100), SM, ST)

    d.p(f"Всего в роли наставляемого в программы наставничества вовлечены {n(SE)} обучающихся, что составляет "
        f"{pc(SE / ST * 100)}% от общей численности обучающихся района ({n(ST)} чел.). Целевой показатель "
        f"(не менее 10% обучающихся в роли наставляемого) по району достигнут, в том числе во всех "
        f"{len(rows)} общеобразовательных организациях.")
    d.c_sum("mentees", "в тексте: в роли наставляемого", n(SE), [r[4] for r in rows])
    d.c_sum("students_total", "в тексте: общая численность обучающихся", n(ST), [r[3] for r in rows])
    d.c_share("mentee_share_pct", "в тексте: доля наставляемых по району", pc(SE / ST * 100), SE, ST)
    d.c_target("mentee_share_pct", "не менее 10% обучающихся в роли наставляемого", 10, SE / ST * 100)
    d.c_count("mentee_share_pct", "показатель не менее 10% достигнут во всех N ОО", str(len(rows)),
              sum(1 for r in rows if r[4] / r[3] * 100 >= 10))

    msh = [parse_num(printed[r[1]][1]) for r in rows]
    mean_m = pc(sum(msh) / len(msh))
    low = [r[1] for r in rows if r[5] / r[3] * 100 < 8]
    d.p(f"В роли наставника выступают {n(SM)} обучающихся ({pc(SM / ST * 100)}%). Средний по ОО показатель доли "
        f"обучающихся в роли наставника составляет {mean_m}%. Ниже 8% этот показатель в {len(low)} ОО: "
        f"{join_ru(low)} – в малокомплектных школах число обучающихся 15–19 лет невелико.")
    d.c_sum("mentors", "в тексте: в роли наставника", n(SM), [r[5] for r in rows])
    d.c_share("mentor_share_pct", "в тексте: доля наставников по району", pc(SM / ST * 100), SM, ST)
    d.c_mean("mentor_share_pct", "средний по ОО показатель доли наставников", mean_m, msh)
    d.c_count("mentor_share_pct", "доля наставников ниже 8% в N ОО", str(len(low)), len(low))
    d.c_member("mentor_share_pct", "ОО с долей наставников ниже 8%", low,
               [r[1] for r in rows if parse_num(printed[r[1]][1]) < 8])
    d.p("На 2023–2024 учебный год поставлена задача довести долю обучающихся в роли наставника до 12%, "
        "в том числе за счёт сетевых форм взаимодействия малокомплектных школ с базовыми школами.")
    d.sign("Начальник управления образования                    Т.Н. Кокорина\n"
           "Исп. Пономарёва Л.В., 8 (81836) 6-43-12")
    return d

# ------------------------------------------------------------------ 3. Ахтубинский район (pdf, forms as rows, org repeated)
@builder
def doc_akhtubinsk():
    rng = random.Random(6003)
    d = Doc("akhtubinsk_itogi_2022", "pdf", "Ахтубинский район", as_of="2022-06-10", landscape=True,
            author="Мухина С.А.")
    O = [("МБОУ «СОШ № 1 г. Ахтубинска»", "СОШ № 1", "akhtubinsk/school-1", [UU, TT, RU, TU]),
         ("МБОУ «СОШ № 2»", "СОШ № 2", "akhtubinsk/school-2", [UU, TT]),
         ("МБОУ «СОШ № 3»", "СОШ № 3", "akhtubinsk/school-3", [UU, TT, TU]),
         ("МБОУ «СОШ № 6 им. Ю.А. Гагарина»", "СОШ № 6", "akhtubinsk/school-6", [UU, TT, RU]),
         ("МБОУ «СОШ № 8»", "СОШ № 8", "akhtubinsk/school-8", [UU, TT]),
         ("МБОУ «Капустиноярская СОШ»", "Капустиноярская СОШ", "akhtubinsk/kapustin-yar", [UU, TT, SU]),
         ("МБОУ «Золотухинская СОШ»", "Золотухинская СОШ", "akhtubinsk/zolotukha", [UU]),
         ("МБОУ «Успенская СОШ»", "Успенская СОШ", "akhtubinsk/uspenka", [UU, TT]),
         ("МБОУ «Пологозаймищенская СОШ»", "Пологозаймищенская СОШ", "akhtubinsk/pologoe-zaymishche", [UU, RU]),
         ("МБОУ «Покровская СОШ»", "Покровская СОШ", "akhtubinsk/pokrovka", [UU, TT]),
         ("ГАПОУ АО «Ахтубинский многопрофильный техникум»", "техникум", "akhtubinsk/college", [TT, SU, RS])]
    LBL = {UU: "Ученик – ученик", TT: "Учитель – учитель", TU: "Учитель – ученик", SU: "Студент – ученик",
           RU: "Работодатель – ученик", RS: "Работодатель – студент"}
    recs = []
    for name, short, cl, fs in O:
        d.org(name, cl)
        for f in fs:
            if f == UU:
                m = rng.randint(6, 18)
                e = m + rng.randint(1, 12)
            elif f == TT:
                m = rng.randint(1, 4)
                e = m + rng.randint(0, 1)
            elif f == TU:
                m = rng.randint(2, 4)
                e = rng.randint(12, 25)
            elif f == SU:
                m = rng.randint(3, 7)
                e = m + rng.randint(2, 8)
            elif f == RU:
                m = rng.randint(1, 3)
                e = rng.randint(4, 12)
            else:
                m = rng.randint(4, 8)
                e = rng.randint(20, 36)
            p = rng.randint(m, min(e, m + 3)) if f in (UU, TT) else m
            recs.append((name, short, f, m, e, p))

    d.head("Управление образованием администрации муниципального образования «Ахтубинский район»")
    d.title("Итоги мониторинга\nреализации программ наставничества в образовательных организациях\n"
            "МО «Ахтубинский район» за 2021–2022 учебный год")
    d.p("Мониторинг проведён с 1 по 10 июня 2022 года в соответствии с приказом управления образованием "
        "от 15.09.2021 № 287 «О внедрении целевой модели наставничества» и методологией, утверждённой "
        "распоряжением Минпросвещения России от 25.12.2019 № Р-145. Сведения представили "
        f"{len(O) - 1} общеобразовательных организаций и ГАПОУ АО «Ахтубинский многопрофильный техникум».")
    d.c_count("organizations", "сведения представили N общеобразовательных организаций", str(len(O) - 1),
              sum(1 for o in O if o[2] != "akhtubinsk/college"))

    t = Table(6, widths=[1.2, 9.0, 5.0, 3.5, 3.5, 3.5], font=10, hfont=10,
              caption="Таблица 1. Реализация форм наставничества в разрезе образовательных организаций")
    t.hrow("№ п/п", "Образовательная организация", "Форма наставничества", "Наставников, чел.",
           "Наставляемых, чел.", "Пар (групп)")
    for k, (name, short, f, m, e, p) in enumerate(recs, 1):
        t.row("org", [f"{k}.", name, LBL[f], F(str(m), name, "mentors", f), F(str(e), name, "mentees", f),
                      F(str(p), name, "pairs", f)])
    SM, SE, SP = sum(r[3] for r in recs), sum(r[4] for r in recs), sum(r[5] for r in recs)
    t.row("total", [Cell("Всего по району", cs=3), n(SM), n(SE), n(SP)])
    d.table(t)
    d.c_sum("mentors", "строка «Всего по району», наставников", n(SM), [r[3] for r in recs])
    d.c_sum("mentees", "строка «Всего по району», наставляемых", n(SE), [r[4] for r in recs])
    d.c_sum("pairs", "строка «Всего по району», пар (групп)", n(SP), [r[5] for r in recs])

    order = [UU, TT, TU, SU, RU, RS]
    agg = {}
    for f in order:
        rs = [r for r in recs if r[2] == f]
        agg[f] = (len({r[0] for r in rs}), sum(r[3] for r in rs), sum(r[4] for r in rs))
    t2 = Table(4, widths=[5.5, 3.5, 3.2, 3.2], font=10, hfont=9,
               caption="Таблица 2. Сводные данные по формам наставничества")
    t2.hrow("Форма наставничества", "Количество ОО, реализующих форму", "Наставников, чел.", "Наставляемых, чел.")
    stated2 = {}
    for f in order:
        k, m, e = agg[f]
        es = e + 2 if f == TT else e        # PLANTED: mentees of «учитель – учитель» in table 2 do not match table 1
        stated2[f] = (k, m, es)
        t2.row("data", [LBL[f], str(k), str(m), str(es)])
    d.table(t2)
    for f in order:
        k, m, e = agg[f]
        d.c_cross("mentors", f"таблица 2, {FQ[f]}: количество ОО", str(stated2[f][0]), k)
        d.c_cross("mentors", f"таблица 2, {FQ[f]}: наставников", str(stated2[f][1]), m)
        d.c_cross("mentees", f"таблица 2, {FQ[f]}: наставляемых", str(stated2[f][2]), e, planted=(f == TT))

    per_org = {}
    for r in recs:
        per_org[r[0]] = per_org.get(r[0], 0) + r[5]
    mean_p = pc(SP / len(O))
    d.p(f"По итогам учебного года в образовательных организациях района сформировано {n(SP)} "
        f"{plural(SP, 'наставническая пара (группа)', 'наставнические пары (группы)', 'наставнических пар (групп)')}, в которых задействованы {n(SM)} наставников и {n(SE)} наставляемых. В среднем на одну "
        f"образовательную организацию приходится {mean_p} наставнической пары (группы).")
    d.c_sum("pairs", "в тексте: сформировано пар (групп)", n(SP), [r[5] for r in recs])
    d.c_sum("mentors", "в тексте: наставников", n(SM), [r[3] for r in recs])
    d.c_sum("mentees", "в тексте: наставляемых", n(SE), [r[4] for r in recs])
    d.c_mean("pairs", "в среднем пар (групп) на одну ОО", mean_p, [per_org[o[0]] for o in O])
    tu = [o[1] for o in O if TU in o[3]]
    d.p(f"Наиболее распространена форма «ученик – ученик»: она реализуется в {agg[UU][0]} из {len(O)} "
        f"образовательных организаций. Форма «учитель – ученик» реализуется в {len(tu)} ОО ({join_ru(tu)}), "
        f"форма «работодатель – студент» – в техникуме при участии предприятий г. Ахтубинска.")
    d.c_count("mentors", "«ученик – ученик»: в N из … ОО", str(agg[UU][0]), agg[UU][0])
    d.c_count("organizations", "всего образовательных организаций (… из N)", str(len(O)), len(O))
    d.c_count("mentors", "«учитель – ученик» в N ОО", str(len(tu)), len({r[0] for r in recs if r[2] == TU}))
    d.c_member("mentors", "список ОО формы «учитель – ученик»", tu, [o[1] for o in O if TU in o[3]])
    d.p("По результатам анкетирования участников программ 91% наставляемых удовлетворены работой в "
        "наставнических парах. В 2022–2023 учебном году планируется внедрить форму «студент – ученик» "
        "ещё в двух сельских школах.")
    d.sign("Начальник управления образованием                         Н.В. Кострикина\n"
           "Исп.: Мухина С.А., тел. 8 (85141) 5-21-38")
    return d

# ------------------------------------------------------------------ 4. Старооскольский городской округ (docx приказ, plan table)
@builder
def doc_staryoskol():
    rng = random.Random(6004)
    d = Doc("staryoskol_prikaz_1183_2022", "docx", "Старооскольский городской округ", kind="приказ",
            doc_date="2022-09-14", doc_number="1183", author="Гапонова Е.В.")
    O = [("МБОУ «СОШ № 12 с УИОП»", "starooskol/school-12", 1240),
         ("МАОУ «СОШ № 40»", "starooskol/school-40", 1870),
         ("МБОУ «СОШ № 11»", "starooskol/school-11", 960),
         ("МБОУ «ОК «Лицей № 3» им. С.П. Угаровой»", "starooskol/lyceum-3", 1530),
         ("МАОУ «СПШ № 33»", "starooskol/school-33", 1410),
         ("МБОУ «СОШ № 16 с УИОП»", "starooskol/school-16", 1120),
         ("МБОУ «Гимназия № 18»", "starooskol/gymn-18", 890),
         ("МБОУ «СОШ № 21»", "starooskol/school-21", 1005),
         ("МБОУ «СОШ № 34»", "starooskol/school-34", 1260),
         ("МБОУ «Городищенская СОШ с УИОП»", "starooskol/gorodishche", 412),
         ("МБОУ «Незнамовская СОШ»", "starooskol/neznamovo", 236),
         ("МБОУ «Шаталовская СОШ»", "starooskol/shatalovka", 318),
         ("МБОУ «Роговатовская СОШ с УИОП»", "starooskol/rogovatoe", 274),
         ("МБОУ «Котовская ООШ»", "starooskol/kotovo", 97),
         ("МБОУ «Обуховская ООШ»", "starooskol/obukhovka", 83)]
    rows = []
    for name, cl, tot in O:
        tot += rng.randint(-30, 30) if tot > 500 else rng.randint(-5, 5)
        plan = int(round(tot * rng.uniform(0.11, 0.19)))
        forms = rng.choice([2, 3, 3, 4, 5]) if tot > 500 else rng.choice([2, 2, 3])
        rows.append((name, cl, tot, plan, forms))
        d.org(name, cl)
    ST = sum(r[2] for r in rows)
    SP = sum(r[3] for r in rows)

    d.head("АДМИНИСТРАЦИЯ СТАРООСКОЛЬСКОГО ГОРОДСКОГО ОКРУГА\nБЕЛГОРОДСКОЙ ОБЛАСТИ\n"
           "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ")
    d.title("ПРИКАЗ")
    d.plain("«14» сентября 2022 г.                                                                                № 1183")
    d.title("Об утверждении плановых показателей реализации целевой модели наставничества\n"
            "в общеобразовательных организациях Старооскольского городского округа\nна 2022/2023 учебный год")
    d.p("В соответствии с распоряжением Министерства просвещения Российской Федерации от 25 декабря 2019 года "
        "№ Р-145 «Об утверждении методологии (целевой модели) наставничества обучающихся для организаций, "
        "осуществляющих образовательную деятельность по общеобразовательным, дополнительным "
        "общеобразовательным и программам среднего профессионального образования, в том числе с применением "
        "лучших практик обмена опытом между обучающимися», приказом министерства образования Белгородской "
        "области от 29.08.2022 № 2571 и в целях достижения показателей регионального проекта "
        "«Современная школа»")
    d.plain("п р и к а з ы в а ю:")
    d.p("1. Утвердить плановые показатели вовлечения обучающихся в программы наставничества в "
        "общеобразовательных организациях Старооскольского городского округа на 2022/2023 учебный год "
        "(приложение).")
    d.p(f"2. Руководителям {len(rows)} общеобразовательных организаций округа:")
    d.c_count("organizations", "руководителям N общеобразовательных организаций", str(len(rows)), len(rows))
    share = pc(SP / ST * 100)
    d.p(f"2.1. Обеспечить в 2022/2023 учебном году вовлечение в программы наставничества не менее {n(SP)} "
        f"обучающихся, что составляет {share}% от общей численности обучающихся ({n(ST)} человек) и "
        f"соответствует целевому значению показателя (не менее 10%).")
    d.c_sum("planned_participants", "в тексте приказа: не менее N обучающихся", n(SP), [r[3] for r in rows])
    d.c_sum("students_total", "в тексте приказа: общая численность обучающихся", n(ST), [r[2] for r in rows])
    d.c_share("planned_participants", "в тексте приказа: доля от общей численности", share, SP, ST)
    d.c_target("planned_participants", "целевое значение не менее 10%", 10, SP / ST * 100)
    mn = min(r[4] for r in rows)
    d.p("2.2. Обеспечить реализацию в каждой общеобразовательной организации не менее двух форм "
        "наставничества в соответствии с приложением к настоящему приказу.")
    d.c_target("forms_count", "не менее двух форм в каждой ОО", 2, mn)
    d.p("2.3. Разместить программы наставничества на официальных сайтах в срок до 01.10.2022.")
    d.p("2.4. Представить в управление образования отчёт о выполнении плановых показателей в срок до "
        "25.05.2023.")
    d.p("3. Контроль за исполнением приказа возложить на заместителя начальника управления образования "
        "Рощупкину Н.А.")
    d.sign("Начальник управления образования\nадминистрации Старооскольского городского округа          Е.В. Гапонова")
    d.right("Приложение\nк приказу управления образования\nот 14.09.2022 № 1183")
    d.cap("Плановые показатели реализации целевой модели наставничества на 2022/2023 учебный год", "center")
    t = Table(5, widths=[1.0, 6.5, 3.2, 3.6, 3.2], font=10, hfont=10)
    t.hrow("№ п/п", "Общеобразовательная организация", "Численность обучающихся на 01.09.2022, чел.",
           "Плановое количество обучающихся – участников программ наставничества, чел.",
           "Количество форм наставничества (план)")
    for k, (name, cl, tot, plan, forms) in enumerate(rows, 1):
        t.row("org", [str(k), name, F(n(tot), name, "students_total"), F(str(plan), name, "planned_participants"),
                      F(str(forms), name, "forms_count")])
    t.row("total", ["", "Итого по округу", n(ST), n(SP), "х"])
    d.table(t)
    d.c_sum("students_total", "строка «Итого по округу», численность обучающихся", n(ST), [r[2] for r in rows])
    d.c_sum("planned_participants", "строка «Итого по округу», плановое количество участников", n(SP),
            [r[3] for r in rows])
    return d

# ------------------------------------------------------------------ 5. городской округ город Камышин (xlsx, orgs as columns)
@builder
def doc_kamyshin():
    rng = random.Random(6005)
    d = Doc("kamyshin_otchet_2022", "xlsx", "городской округ город Камышин", as_of="2022-12-31",
            author="Савченко И.Г.")
    d.sheet = "Отчёт 2022"
    O = [("МБОУ СШ № 1", "СШ № 1", "kamyshin/school-1", 1180),
         ("МБОУ СШ № 3", "СШ № 3", "kamyshin/school-3", 960),
         ("МБОУ Гимназия № 6", "Гимназия № 6", "kamyshin/gymn-6", 1320),
         ("МБОУ СШ № 7", "СШ № 7", "kamyshin/school-7", 1045),
         ("МБОУ СШ № 12", "СШ № 12", "kamyshin/school-12", 870),
         ("МБОУ СШ № 17", "СШ № 17", "kamyshin/school-17", 1410),
         ("МБОУ СШ № 18", "СШ № 18", "kamyshin/school-18", 735),
         ("МБУ ДО «ДДТ»", "ДДТ", "kamyshin/ddt", 2150),
         ("ГБПОУ «Камышинский политехнический колледж»", "колледж", "kamyshin/college", 1620)]
    partners = {"СШ № 1": 2, "Гимназия № 6": 3, "СШ № 17": 1, "колледж": 6, "СШ № 7": 1}
    nforms = {"СШ № 1": 4, "СШ № 3": 2, "Гимназия № 6": 5, "СШ № 7": 3, "СШ № 12": 2, "СШ № 17": 4,
              "СШ № 18": 2, "ДДТ": 1, "колледж": 5}
    vals = {}
    for name, short, cl, tot in O:
        tot += rng.randint(-20, 20)
        inv = int(tot * (rng.uniform(0.08, 0.14) if short == "ДДТ" else rng.uniform(0.22, 0.36)))
        men = int(inv * rng.uniform(0.25, 0.36))
        ped = rng.randint(14, 48) if short not in ("ДДТ",) else rng.randint(6, 10)
        pairs = int(inv * rng.uniform(0.42, 0.55)) + ped // 2
        vals[name] = dict(students_total=tot, students_involved=inv, mentors=men, teachers_involved=ped,
                          pairs=pairs, forms_count=nforms[short], partner_enterprises=partners.get(short))
        d.org(name, cl)
    R = [("students_total", "Численность обучающихся (студентов), чел."),
         ("students_involved", "Обучающиеся (студенты), вовлечённые в программы наставничества, чел."),
         ("mentors", "из них в роли наставника, чел."),
         ("teachers_involved", "Педагогические работники, вовлечённые в программы наставничества, чел."),
         ("pairs", "Количество наставнических пар (групп)"),
         ("forms_count", "Количество реализуемых форм наставничества"),
         ("partner_enterprises", "Количество предприятий (организаций), предоставивших наставников")]

    d.head("Комитет образования Администрации городского округа – город Камышин")
    d.title("Отчёт о реализации целевой модели наставничества в образовательных организациях "
            "городского округа – город Камышин за 2022 год")
    d.plain("по состоянию на 31.12.2022")
    d.plain("Форма отчёта утверждена приказом комитета образования от 02.12.2022 № 640; срок представления – "
            "до 20.01.2023.")
    ncol = 3 + len(O)
    t = Table(ncol)
    t.hrow("№ п/п", "Показатель", *[o[0] for o in O], "Итого")
    totals = {}
    for k, (ind, label) in enumerate(R, 1):
        cells = [str(k), label]
        for name, short, cl, tot in O:
            v = vals[name][ind]
            if ind == "partner_enterprises":
                txt = "нет" if v is None else str(v)
            else:
                txt = n(v)
            cells.append(F(txt, name, ind))
        if ind == "forms_count":
            cells.append("х")
        else:
            s = sum(vals[o[0]][ind] or 0 for o in O)
            totals[ind] = s
            shown = s
            if ind == "pairs":
                # PLANTED: the «Итого» of pairs has two digits swapped
                st = str(s)
                shown = int(st[:-2] + st[-1] + st[-2])
                assert shown != s
            cells.append(n(shown))
            totals[ind + "_shown"] = shown
        t.row("org", cells)
    d.table(t)
    for ind, label in R:
        if ind == "forms_count":
            continue
        d.c_sum(ind, f"столбец «Итого», строка «{label}»", n(totals[ind + "_shown"]),
                [vals[o[0]][ind] or 0 for o in O], planted=(ind == "pairs"))
    d.xlsx_widths = [6, 48] + [14] * len(O) + [10]

    ST, SI, SM, TP = totals["students_total"], totals["students_involved"], totals["mentors"], \
        totals["teachers_involved"]
    d.p(f"Всего в программы наставничества вовлечено {n(SI)} обучающихся и студентов ({pc(SI / ST * 100)}% от "
        f"общей численности – {n(ST)} чел.) и {TP} педагогических работников. В роли наставника выступают "
        f"{n(SM)} обучающихся и студентов, или {pc(SM / SI * 100)}% от числа вовлечённых.")
    d.c_sum("students_involved", "в тексте: вовлечено обучающихся и студентов", n(SI),
            [vals[o[0]]["students_involved"] for o in O])
    d.c_share("students_involved", "в тексте: доля вовлечённых от общей численности", pc(SI / ST * 100), SI, ST)
    d.c_sum("students_total", "в тексте: общая численность", n(ST), [vals[o[0]]["students_total"] for o in O])
    d.c_sum("teachers_involved", "в тексте: педагогических работников", str(TP),
            [vals[o[0]]["teachers_involved"] for o in O])
    d.c_sum("mentors", "в тексте: в роли наставника", n(SM), [vals[o[0]]["mentors"] for o in O])
    d.c_share("mentors", "в тексте: доля наставников от вовлечённых", pc(SM / SI * 100), SM, SI)
    with_p = [o for o in O if vals[o[0]]["partner_enterprises"]]
    five = [o[1] for o in O if vals[o[0]]["forms_count"] == 5]
    d.p(f"Предприятия и организации – социальные партнёры предоставили наставников для {len(with_p)} "
        f"образовательных организаций. Все пять форм наставничества реализуют {join_ru(five)}; "
        f"ДДТ реализует одну форму («ученик – ученик»).")
    d.c_count("partner_enterprises", "наставников предоставили для N ОО", str(len(with_p)), len(with_p))
    d.c_member("forms_count", "все пять форм реализуют", five, [o[1] for o in O if vals[o[0]]["forms_count"] == 5])
    d.c_member("forms_count", "одну форму реализует", ["ДДТ"], [o[1] for o in O if vals[o[0]]["forms_count"] == 1])
    d.plain("Ответственный: Савченко И.Г., главный специалист комитета образования, тел. 8 (84457) 4-12-86")
    return d

# ------------------------------------------------------------------ 6. Россошанский район (docx, young teachers, subtotals)
@builder
def doc_rossosh():
    rng = random.Random(6006)
    d = Doc("rossosh_molodye_2022", "docx", "Россошанский район", as_of="2022-12-01", author="Бондарева Л.И.")
    CITY = [("МБОУ «СОШ № 1» г. Россошь", "СОШ № 1", "rossosh/school-1"),
            ("МБОУ «СОШ № 2»", "СОШ № 2", "rossosh/school-2"),
            ("МБОУ «Лицей № 11»", "Лицей № 11", "rossosh/lyceum-11"),
            ("МБОУ «СОШ № 5»", "СОШ № 5", "rossosh/school-5"),
            ("МБОУ «СОШ № 9»", "СОШ № 9", "rossosh/school-9"),
            ("МБОУ «СОШ № 10 с УИОП»", "СОШ № 10", "rossosh/school-10")]
    RURAL = [("МКОУ «Подгоренская СОШ»", "Подгоренская СОШ", "rossosh/podgornoe"),
             ("МКОУ «Лизиновская СОШ»", "Лизиновская СОШ", "rossosh/lizinovka"),
             ("МКОУ «Старокалитвенская СОШ»", "Старокалитвенская СОШ", "rossosh/staraya-kalitva"),
             ("МКОУ «Евстратовская СОШ»", "Евстратовская СОШ", "rossosh/evstratovka"),
             ("МКОУ «Новопостояловская СОШ»", "Новопостояловская СОШ", "rossosh/novopostoyalovka"),
             ("МКОУ «Морозовская ООШ»", "Морозовская ООШ", "rossosh/morozovka"),
             ("МКОУ «Архиповская ООШ»", "Архиповская ООШ", "rossosh/arkhipovka"),
             ("МКОУ «Шекаловская ООШ»", "Шекаловская ООШ", "rossosh/shekalovka")]
    none = {"Морозовская ООШ", "Архиповская ООШ", "Шекаловская ООШ"}
    val = {}
    for grp in (CITY, RURAL):
        for name, short, cl in grp:
            d.org(name, cl)
            if short in none:
                val[name] = None
                continue
            y = rng.randint(3, 8) if grp is CITY else rng.randint(1, 3)
            mt = y - (1 if rng.random() < 0.4 and y > 1 else 0)
            mn = max(1, mt - rng.randint(0, 2)) if mt else 0
            val[name] = (y, mt, mn)

    d.head("Отдел по образованию и молодёжной политике\nадминистрации Россошанского муниципального района "
           "Воронежской области")
    d.title("Информация\nо сопровождении молодых специалистов в рамках формы наставничества "
            "«учитель – учитель»\n(по состоянию на 01.12.2022)")
    d.p("Сопровождение педагогов со стажем работы до трёх лет организовано в соответствии с методологией "
        "(целевой моделью) наставничества, утверждённой распоряжением Минпросвещения России от 25.12.2019 "
        "№ Р-145, и приказом отдела по образованию и молодёжной политике от 02.09.2022 № 318. "
        "Сведения о закреплении наставников за молодыми специалистами приведены в таблице.")
    t = Table(6, widths=[1.0, 6.0, 2.8, 2.8, 2.2, 3.0], font=10, hfont=9,
              caption="Таблица. Наставничество в форме «учитель – учитель» (молодые специалисты)")
    t.hrow("№ п/п", "Общеобразовательная организация", "Молодых специалистов (стаж до 3 лет), чел.",
           "Из них закреплены за наставниками, чел.", "Доля, %",
           "Наставников (форма «учитель – учитель»), чел.")

    def body(grp, start):
        k = start
        for name, short, cl in grp:
            v = val[name]
            if v is None:
                facts = [(name, "young_teachers", "", ""), (name, "young_teacher_mentees", "", ""),
                         (name, "young_teacher_mentee_share_pct", "", ""), (name, "mentors", TT, "")]
                t.row("org", [str(k), name, Cell("Нет молодых специалистов", facts=facts, cs=4, align="center")])
            else:
                y, mt, mn = v
                t.row("org", [str(k), name, F(str(y), name, "young_teachers"),
                              F(str(mt), name, "young_teacher_mentees"),
                              F(pc(mt / y * 100), name, "young_teacher_mentee_share_pct"),
                              F(str(mn), name, "mentors", TT)])
            k += 1
        return k

    def sums(grp):
        vs = [val[o[0]] for o in grp if val[o[0]] is not None]
        return [sum(v[0] for v in vs), sum(v[1] for v in vs), sum(v[2] for v in vs)]

    t.group("Городские общеобразовательные организации")
    k = body(CITY, 1)
    c = sums(CITY)
    t.row("total", ["", "Итого по городским ОО", str(c[0]), str(c[1]), pc(c[1] / c[0] * 100), str(c[2])])
    t.group("Сельские общеобразовательные организации")
    body(RURAL, k)
    r = sums(RURAL)
    r_shown = r[0] + 2                   # PLANTED: the rural subtotal of young teachers is 2 too high
    t.row("total", ["", "Итого по сельским ОО", str(r_shown), str(r[1]), pc(r[1] / r[0] * 100), str(r[2])])
    a = [c[i] + r[i] for i in range(3)]
    t.row("total", ["", "Всего по району", str(a[0]), str(a[1]), pc(a[1] / a[0] * 100), str(a[2])])
    d.table(t)

    def col(grp, i):
        return [val[o[0]][i] for o in grp if val[o[0]] is not None]
    d.c_sum("young_teachers", "строка «Итого по городским ОО», молодых специалистов", str(c[0]), col(CITY, 0))
    d.c_sum("young_teacher_mentees", "строка «Итого по городским ОО», закреплены за наставниками", str(c[1]),
            col(CITY, 1))
    d.c_share("young_teacher_mentee_share_pct", "строка «Итого по городским ОО», доля", pc(c[1] / c[0] * 100),
              c[1], c[0])
    d.c_sum("mentors", "строка «Итого по городским ОО», наставников", str(c[2]), col(CITY, 2))
    d.c_sum("young_teachers", "строка «Итого по сельским ОО», молодых специалистов", str(r_shown), col(RURAL, 0),
            planted=True)
    d.c_sum("young_teacher_mentees", "строка «Итого по сельским ОО», закреплены за наставниками", str(r[1]),
            col(RURAL, 1))
    d.c_share("young_teacher_mentee_share_pct", "строка «Итого по сельским ОО», доля", pc(r[1] / r[0] * 100),
              r[1], r[0], status="either")
    d.c_sum("mentors", "строка «Итого по сельским ОО», наставников", str(r[2]), col(RURAL, 2))
    d.c_sum("young_teachers", "строка «Всего по району», молодых специалистов", str(a[0]),
            col(CITY, 0) + col(RURAL, 0), status="either")
    d.c_sum("young_teacher_mentees", "строка «Всего по району», закреплены за наставниками", str(a[1]),
            col(CITY, 1) + col(RURAL, 1))
    d.c_share("young_teacher_mentee_share_pct", "строка «Всего по району», доля", pc(a[1] / a[0] * 100), a[1], a[0],
              status="either")
    d.c_sum("mentors", "строка «Всего по району», наставников", str(a[2]), col(CITY, 2) + col(RURAL, 2))

    allv = [(o, val[o[0]]) for o in CITY + RURAL if val[o[0]] is not None]
    full = [o[1] for o, v in allv if v[0] == v[1]]
    d.p(f"В общеобразовательных организациях района работают {a[0]} "
        f"{plural(a[0], 'молодой специалист', 'молодых специалиста', 'молодых специалистов')}, из них {a[1]} "
        f"({pc(a[1] / a[0] * 100)}%) закреплены за наставниками. Целевое значение показателя «доля молодых "
        f"специалистов в роли наставляемого» (не менее 70%) достигнуто. За молодыми педагогами закреплены "
        f"{a[2]} {plural(a[2], 'наставник', 'наставника', 'наставников')}.")
    d.c_sum("young_teachers", "в тексте: молодых специалистов в районе", str(a[0]), col(CITY, 0) + col(RURAL, 0),
            status="either")
    d.c_sum("young_teacher_mentees", "в тексте: закреплены за наставниками", str(a[1]), col(CITY, 1) + col(RURAL, 1))
    d.c_share("young_teacher_mentee_share_pct", "в тексте: доля закреплённых", pc(a[1] / a[0] * 100), a[1], a[0],
              status="either")
    d.c_target("young_teacher_mentee_share_pct", "не менее 70%", 70, a[1] / a[0] * 100)
    d.c_sum("mentors", "в тексте: закреплены наставники", str(a[2]), col(CITY, 2) + col(RURAL, 2))
    d.p(f"Охват молодых специалистов наставничеством составляет 100% в {len(full)} ОО. Молодых специалистов "
        f"нет в {len(none)} сельских школах: {join_ru([o[1] for o in RURAL if o[1] in none])}.")
    d.c_count("young_teacher_mentee_share_pct", "охват 100% в N ОО", str(len(full)), len(full))
    d.c_count("young_teachers", "молодых специалистов нет в N школах", str(len(none)),
              sum(1 for o in CITY + RURAL if val[o[0]] is None))
    d.c_member("young_teachers", "молодых специалистов нет", [o[1] for o in RURAL if o[1] in none],
               [o[1] for o in CITY + RURAL if val[o[0]] is None])
    d.p("По итогам анкетирования 92% молодых педагогов оценили помощь наставников как эффективную. "
        "В 2023 году планируется провести муниципальный конкурс «Педагогический дебют».")
    d.sign("Руководитель отдела                                            Л.И. Бондарева\n"
           "Исп. Кравченко Т.П., 8 (47396) 2-14-65")
    return d

# ------------------------------------------------------------------ 7. Крымский район (txt pipe table, pairs per form)
@builder
def doc_krymsk():
    rng = random.Random(6007)
    d = Doc("krymsk_pary_2023", "txt", "Крымский район", as_of="2023-02-01", txt_mode="pipe")
    O = [("МБОУ СОШ № 1 г. Крымска", "СОШ № 1", "krymsk/school-1", {UU, TT, SU, RU}),
         ("МБОУ СОШ № 2 г. Крымска", "СОШ № 2", "krymsk/school-2", {UU, TT, SU, TU}),
         ("МБОУ СОШ № 3 г. Крымска", "СОШ № 3", "krymsk/school-3", {UU, TT, RU}),
         ("МБОУ гимназия № 6 г. Крымска", "гимназия № 6", "krymsk/gymn-6", {UU, TT, SU, TU}),
         ("МБОУ СОШ № 9 г. Крымска", "СОШ № 9", "krymsk/school-9", {UU, TT, SU}),
         ("МБОУ СОШ № 5 ст. Варениковской", "СОШ № 5", "krymsk/school-5", {UU, TT, RU}),
         ("МБОУ СОШ № 10 ст. Троицкой", "СОШ № 10", "krymsk/school-10", {UU, TT, TU}),
         ("МБОУ СОШ № 13 ст. Нижнебаканской", "СОШ № 13", "krymsk/school-13", {UU, TT, RU}),
         ("МБОУ СОШ № 15 с. Молдаванского", "СОШ № 15", "krymsk/school-15", {UU, TT}),
         ("МБОУ ООШ № 19 х. Адагум", "ООШ № 19", "krymsk/school-19", {UU, TT}),
         ("МБОУ СОШ № 20 с. Экономического", "СОШ № 20", "krymsk/school-20", {UU, TT, RU}),
         ("МБОУ СОШ № 23 ст. Неберджаевской", "СОШ № 23", "krymsk/school-23", {UU, TT}),
         ("МБОУ ООШ № 28 х. Новоукраинского", "ООШ № 28", "krymsk/school-28", {UU, TT})]
    forms = [UU, TT, TU, SU, RU]
    P = {}
    for name, short, cl, fs in O:
        d.org(name, cl)
        big = "г. Крымска" in name
        row = {}
        for f in forms:
            if f not in fs:
                row[f] = 0
            elif f == UU:
                row[f] = rng.randint(14, 32) if big else rng.randint(5, 14)
            elif f == TT:
                row[f] = rng.randint(2, 6) if big else rng.randint(1, 3)
            elif f == TU:
                row[f] = rng.randint(2, 5)
            elif f == SU:
                row[f] = rng.randint(2, 6)
            else:
                row[f] = rng.randint(1, 4)
        P[name] = row

    d.head("Управление образования администрации муниципального образования Крымский район")
    d.title("ИНФОРМАЦИЯ\nо количестве наставнических пар (групп) в общеобразовательных организациях\n"
            "муниципального образования Крымский район по состоянию на 01.02.2023")
    d.p("Информация составлена по данным общеобразовательных организаций в рамках мониторинга реализации "
        "методологии (целевой модели) наставничества обучающихся (распоряжение Минпросвещения России "
        "от 25.12.2019 № Р-145).")
    t = Table(7, caption="Количество наставнических пар (групп) по формам наставничества")
    t.hrow("№", "Наименование ОО", "Ученик – ученик", "Учитель – учитель", "Учитель – ученик", "Студент – ученик",
           "Работодатель – ученик")
    for k, (name, short, cl, fs) in enumerate(O, 1):
        t.row("org", [str(k), name] + [F(z(P[name][f]), name, "pairs", f) for f in forms])
    tot = {f: sum(P[o[0]][f] for o in O) for f in forms}
    t.row("total", ["", "ИТОГО", *[n(tot[f]) for f in forms]])
    d.table(t)
    for f in forms:
        d.c_sum("pairs", f"строка «ИТОГО», {FQ[f]}", n(tot[f]), [P[o[0]][f] for o in O])
    ALL = sum(tot.values())
    per = [sum(P[o[0]].values()) for o in O]
    impl = {f: [o[1] for o in O if P[o[0]][f] > 0] for f in forms}
    d.p(f"Всего в общеобразовательных организациях района сформировано {n(ALL)} "
        f"{plural(ALL, 'наставническая пара (группа)', 'наставнические пары (группы)', 'наставнических пар (групп)')}. "
        f"Наибольшая доля приходится на форму «ученик – ученик» – {tot[UU]} "
        f"{plural(tot[UU], 'пара', 'пары', 'пар')} ({pc(tot[UU] / ALL * 100)}%). Форма «учитель – учитель» "
        f"реализуется во всех {len(impl[TT])} ОО. В среднем на одну ОО приходится {pc(ALL / len(O))} "
        f"{plural(2, '', 'пары', '')} (группы).")
    d.c_sum("pairs", "в тексте: всего пар (групп)", n(ALL), [tot[f] for f in forms])
    d.c_share("pairs", "«ученик – ученик»: доля от всех пар", pc(tot[UU] / ALL * 100), tot[UU], ALL)
    d.c_count("pairs", "«учитель – учитель» во всех N ОО", str(len(impl[TT])), len(impl[TT]))
    d.c_mean("pairs", "в среднем пар на одну ОО", pc(ALL / len(O)), per)
    d.p(f"Форма «студент – ученик» реализуется в {len(impl[SU])} ОО города во взаимодействии с ГБПОУ КК "
        f"«Крымский индустриально-строительный техникум» (соглашение о сотрудничестве от 01.09.2022 № 14). "
        f"Форма «работодатель – ученик» реализуется в {len(impl[RU])} ОО: {join_ru(impl[RU])}. "
        f"Форма «учитель – ученик» – в {len(impl[TU])} ОО ({join_ru(impl[TU])}).")
    d.c_count("pairs", "«студент – ученик» в N ОО", str(len(impl[SU])), len(impl[SU]))
    d.c_count("pairs", "«работодатель – ученик» в N ОО", str(len(impl[RU])), len(impl[RU]))
    d.c_member("pairs", "список ОО формы «работодатель – ученик»", impl[RU], [o[1] for o in O if P[o[0]][RU]])
    d.c_count("pairs", "«учитель – ученик» в N ОО", str(len(impl[TU])), len(impl[TU]))
    d.c_member("pairs", "список ОО формы «учитель – ученик»", impl[TU], [o[1] for o in O if P[o[0]][TU]])
    d.p("Руководителям ОО в срок до 15.05.2023 представить итоговые сведения о результатах работы "
        "наставнических пар за 2022–2023 учебный год.")
    d.sign("Начальник управления образования                 Л.Ю. Юрченко\n"
           "Исполнитель: Дьяченко А.В., тел. 8 (86131) 2-17-93")
    return d

# ------------------------------------------------------------------ 8. город Ачинск (pdf, table split with «Продолжение таблицы»)
@builder
def doc_achinsk():
    rng = random.Random(6008)
    d = Doc("achinsk_spravka_2021", "pdf", "город Ачинск", as_of="2021-12-20", landscape=True, author="Руденко Н.С.")
    O = [("МБОУ «Лицей № 1»", "Лицей № 1", "achinsk/lyceum-1", 1240, 5),
         ("МБОУ «Средняя школа № 2»", "СШ № 2", "achinsk/school-2", 860, 3),
         ("МБОУ «Средняя школа № 3»", "СШ № 3", "achinsk/school-3", 1010, 3),
         ("МБОУ «Средняя школа № 4»", "СШ № 4", "achinsk/school-4", 690, 2),
         ("МБОУ «Средняя школа № 6»", "СШ № 6", "achinsk/school-6", 720, 2),
         ("МБОУ «Основная школа № 7»", "ОШ № 7", "achinsk/school-7", 180, 1),
         ("МБОУ «Средняя школа № 8»", "СШ № 8", "achinsk/school-8", 1150, 5),
         ("МБОУ «Средняя школа № 9»", "СШ № 9", "achinsk/school-9", 940, 3),
         ("МБОУ «Средняя школа № 11»", "СШ № 11", "achinsk/school-11", 610, 2),
         ("МБОУ «Средняя школа № 12»", "СШ № 12", "achinsk/school-12", 880, 3),
         ("МБОУ «Основная школа № 14»", "ОШ № 14", "achinsk/school-14", 205, 1),
         ("МБОУ «Средняя школа № 15»", "СШ № 15", "achinsk/school-15", 1320, 4),
         ("МБОУ «Средняя школа № 16»", "СШ № 16", "achinsk/school-16", 930, 2),
         ("МБОУ «Средняя школа № 17»", "СШ № 17", "achinsk/school-17", 1080, 3),
         ("МБОУ «Средняя школа № 18»", "СШ № 18", "achinsk/school-18", 760, 2),
         ("МБОУ «Начальная школа № 19»", "НШ № 19", "achinsk/school-19", 230, 1)]
    rows = []
    for name, short, cl, tot, nf in O:
        tot += rng.randint(-15, 15)
        inv = int(tot * rng.uniform(0.2, 0.38))
        men = int(inv * rng.uniform(0.18, 0.32)) if short != "НШ № 19" else 0
        ped = rng.randint(12, 38) if tot > 400 else rng.randint(4, 9)
        rows.append((name, short, cl, tot, inv, men, ped, nf))
        d.org(name, cl)

    d.head("Управление образования администрации города Ачинска")
    d.title("Аналитическая справка\nо вовлечении обучающихся и педагогов в формы наставничества в "
            "общеобразовательных учреждениях города Ачинска\n(по состоянию на 20.12.2021)")
    d.p("Справка подготовлена по итогам сбора сведений о реализации целевой модели наставничества, "
        "проведённого в соответствии с приказом управления образования от 07.09.2021 № 312-п. Методология "
        "наставничества определена распоряжением Минпросвещения России от 25.12.2019 № Р-145.")
    W = [1.0, 6.8, 3.3, 3.5, 3.3, 3.3, 3.5]

    def header(t):
        t.hrow(Cell("№ п/п", rs=2), Cell("Наименование ОУ", rs=2), Cell("Численность обучающихся, чел.", rs=2),
               Cell("Вовлечено в формы наставничества", cs=3), Cell("Количество реализуемых форм наставничества", rs=2))
        t.hrow("обучающихся, всего, чел.", "из них в роли наставника, чел.", "педагогов, чел.")

    def numrow(t):
        t.hrow(*[str(i) for i in range(1, 8)])

    def orow(t, k, r):
        name, short, cl, tot, inv, men, ped, nf = r
        t.row("org", [str(k), name, F(n(tot), name, "students_total"), F(str(inv), name, "students_involved"),
                      F(z(men), name, "mentors"), F(str(ped), name, "teachers_involved"),
                      F(str(nf), name, "forms_count")])
    split = 9
    t1 = Table(7, widths=W, font=10, hfont=9, caption="Таблица 1")
    header(t1)
    numrow(t1)
    for k, r in enumerate(rows[:split], 1):
        orow(t1, k, r)
    d.table(t1)
    d.cap("Продолжение таблицы 1")
    t2 = Table(7, widths=W, font=10, hfont=9)
    numrow(t2)
    for k, r in enumerate(rows[split:], split + 1):
        orow(t2, k, r)
    ST, SI, SM, SP = (sum(r[i] for r in rows) for i in (3, 4, 5, 6))
    SI_shown = SI + 90                    # PLANTED: the «Итого» of involved pupils is 90 too high
    t2.row("total", ["", "Итого", n(ST), n(SI_shown), n(SM), n(SP), "х"])
    d.table(t2)
    d.c_sum("students_total", "строка «Итого», численность обучающихся", n(ST), [r[3] for r in rows])
    d.c_sum("students_involved", "строка «Итого», вовлечено обучающихся", n(SI_shown), [r[4] for r in rows],
            planted=True)
    d.c_sum("mentors", "строка «Итого», в роли наставника", n(SM), [r[5] for r in rows])
    d.c_sum("teachers_involved", "строка «Итого», педагогов", n(SP), [r[6] for r in rows])

    d.p(f"По состоянию на 20.12.2021 в различные формы наставничества вовлечено {n(SI)} обучающихся, что "
        f"составляет {pc(SI / ST * 100)}% от общей численности обучающихся ({n(ST)} чел.); из них {n(SM)} "
        f"обучающихся выступают в роли наставника ({pc(SM / SI * 100)}% от числа вовлечённых). В программы "
        f"наставничества вовлечены {SP} {plural(SP, 'педагог', 'педагога', 'педагогов')}.")
    d.c_sum("students_involved", "в тексте: вовлечено обучающихся", n(SI), [r[4] for r in rows], status="either")
    d.c_share("students_involved", "в тексте: доля вовлечённых от общей численности", pc(SI / ST * 100), SI, ST,
              status="either")
    d.c_sum("students_total", "в тексте: общая численность обучающихся", n(ST), [r[3] for r in rows])
    d.c_sum("mentors", "в тексте: в роли наставника", n(SM), [r[5] for r in rows])
    d.c_share("mentors", "в тексте: доля наставников от вовлечённых", pc(SM / SI * 100), SM, SI, status="either")
    d.c_sum("teachers_involved", "в тексте: педагогов", str(SP), [r[6] for r in rows])
    nf = [r[7] for r in rows]
    mean_stated = "2,8"                  # PLANTED: the mean number of forms is overstated
    five = [r[1] for r in rows if r[7] == 5]
    one = [r[1] for r in rows if r[7] == 1]
    d.p(f"В среднем в одном общеобразовательном учреждении реализуется {mean_stated} формы наставничества. "
        f"Все пять форм, предусмотренных целевой моделью, реализуют {join_ru(five)}. Одну форму "
        f"(«ученик – ученик» или «учитель – учитель») реализуют {len(one)} учреждения – основные и начальная школы.")
    d.c_mean("forms_count", "в среднем форм в одном ОУ", mean_stated, nf, planted=True)
    d.c_member("forms_count", "все пять форм реализуют", five, [r[1] for r in rows if r[7] == 5])
    d.c_count("forms_count", "одну форму реализуют N учреждения", str(len(one)), sum(1 for x in nf if x == 1))
    d.p("По результатам анкетирования 78% педагогов-наставников отметили рост учебной мотивации наставляемых. "
        "В 2022 году планируется организовать городскую школу наставников.")
    d.sign("Начальник управления образования                          Т.В. Сенько\n"
           "Руденко Наталья Сергеевна, 8 (39151) 7-17-24")
    return d

# ------------------------------------------------------------------ 9. Искитимский район (docx, subtotals by type of school)
@builder
def doc_iskitim():
    rng = random.Random(6009)
    d = Doc("iskitim_itogi_2023", "docx", "Искитимский район", as_of="2023-05-25", author="Осипова Г.М.")
    SOSH = [("МКОУ «Линёвская СОШ № 1»", "Линёвская СОШ № 1", "iskitim/linevo-1"),
            ("МКОУ «Линёвская СОШ № 2»", "Линёвская СОШ № 2", "iskitim/linevo-2"),
            ("МКОУ «Листвянская СОШ»", "Листвянская СОШ", "iskitim/listvyanskiy"),
            ("МКОУ «Евсинская СОШ»", "Евсинская СОШ", "iskitim/evsino"),
            ("МКОУ «Чернореченская СОШ»", "Чернореченская СОШ", "iskitim/chernorechenskiy"),
            ("МКОУ «Легостаевская СОШ»", "Легостаевская СОШ", "iskitim/legostaevo"),
            ("МКОУ «Быстровская СОШ»", "Быстровская СОШ", "iskitim/bystrovka"),
            ("МКОУ «Улыбинская СОШ»", "Улыбинская СОШ", "iskitim/ulybino"),
            ("МКОУ «Шибковская СОШ»", "Шибковская СОШ", "iskitim/shibkovo")]
    OOSH = [("МКОУ «Гилёвская ООШ»", "Гилёвская ООШ", "iskitim/gilevo"),
            ("МКОУ «Тальменская ООШ»", "Тальменская ООШ", "iskitim/talmenka"),
            ("МКОУ «Морозовская ООШ»", "Морозовская ООШ", "iskitim/morozovo"),
            ("МКОУ «Бурмистровская ООШ»", "Бурмистровская ООШ", "iskitim/burmistrovo")]
    UDO = [("МКУ ДО «Дом детского творчества»", "ДДТ", "iskitim/ddt"),
           ("МКУ ДО «Детско-юношеская спортивная школа»", "ДЮСШ", "iskitim/dyussh")]
    forms = {"Линёвская СОШ № 1": 4, "Линёвская СОШ № 2": 3, "Листвянская СОШ": 3, "Евсинская СОШ": 2,
             "Чернореченская СОШ": 3, "Легостаевская СОШ": 2, "Быстровская СОШ": 2, "Улыбинская СОШ": 2,
             "Шибковская СОШ": 2, "Гилёвская ООШ": 2, "Тальменская ООШ": 2, "Морозовская ООШ": 1,
             "Бурмистровская ООШ": 1, "ДДТ": 1, "ДЮСШ": 2}
    V = {}
    for grp, lo, hi in ((SOSH, 40, 170), (OOSH, 12, 40), (UDO, 20, 60)):
        for name, short, cl in grp:
            d.org(name, cl)
            if short.startswith("Линёвская"):
                s = rng.randint(150, 230)
            else:
                s = rng.randint(lo, hi)
            p = max(2, int(s * rng.uniform(0.18, 0.34)))
            pairs = int(s * rng.uniform(0.45, 0.6)) + p // 3
            V[name] = (s, p, pairs, forms[short])

    d.head("Управление образования администрации Искитимского района Новосибирской области")
    d.title("Итоги мониторинга\nреализации целевой модели наставничества в образовательных организациях\n"
            "Искитимского района за 2022–2023 учебный год")
    d.plain("Дата составления: 25.05.2023")
    d.p("Мониторинг проведён в соответствии с методологией (целевой моделью) наставничества обучающихся "
        "(распоряжение Минпросвещения России от 25.12.2019 № Р-145) и приказом министерства образования "
        "Новосибирской области от 10.02.2023 № 310. В мониторинге участвовали все подведомственные "
        f"образовательные организации: {len(SOSH)} средних общеобразовательных школ, {len(OOSH)} основные "
        f"общеобразовательные школы и {len(UDO)} учреждения дополнительного образования.")
    d.c_count("organizations", "N средних общеобразовательных школ", str(len(SOSH)), len(SOSH))
    d.c_count("organizations", "N основные общеобразовательные школы", str(len(OOSH)), len(OOSH))
    d.c_count("organizations", "N учреждения дополнительного образования", str(len(UDO)), len(UDO))
    t = Table(5, widths=[5.8, 3.0, 3.0, 2.8, 2.9], font=10, hfont=9,
              caption="Таблица 1. Показатели вовлечённости в программы наставничества")
    t.hrow("Наименование образовательной организации", "Обучающихся, вовлечённых в программы наставничества, чел.",
           "Педагогов, вовлечённых в наставничество, чел.", "Наставнических пар (групп)",
           "Количество реализуемых форм")
    subs = []
    for title, grp, lbl in (("Средние общеобразовательные школы", SOSH, "Итого по СОШ"),
                            ("Основные общеобразовательные школы", OOSH, "Итого по ООШ"),
                            ("Учреждения дополнительного образования", UDO, "Итого по УДО")):
        t.group(title)
        for name, short, cl in grp:
            s, p, pr, f = V[name]
            t.row("org", [name, F(str(s), name, "students_involved"), F(str(p), name, "teachers_involved"),
                          F(str(pr), name, "pairs"), F(str(f), name, "forms_count")])
        sm = [sum(V[o[0]][i] for o in grp) for i in range(3)]
        subs.append((lbl, grp, sm))
        t.row("total", [lbl, n(sm[0]), n(sm[1]), n(sm[2]), "х"])
    ALLO = SOSH + OOSH + UDO
    al = [sum(V[o[0]][i] for o in ALLO) for i in range(3)]
    t.row("total", ["Всего по району", n(al[0]), n(al[1]), n(al[2]), "х"])
    d.table(t)
    inds = ["students_involved", "teachers_involved", "pairs"]
    lbls = ["обучающихся", "педагогов", "пар (групп)"]
    for lbl, grp, sm in subs:
        for i in range(3):
            d.c_sum(inds[i], f"строка «{lbl}», {lbls[i]}", n(sm[i]), [V[o[0]][i] for o in grp])
    for i in range(3):
        d.c_sum(inds[i], f"строка «Всего по району», {lbls[i]}", n(al[i]), [V[o[0]][i] for o in ALLO])

    tot = al[0] + al[1]
    d.p(f"В программах наставничества в 2022–2023 учебном году участвуют {n(tot)} человек, из них "
        f"{n(al[0])} обучающихся и {al[1]} {plural(al[1], 'педагог', 'педагога', 'педагогов')}; сформировано "
        f"{n(al[2])} {plural(al[2], 'наставническая пара (группа)', 'наставнические пары (группы)', 'наставнических пар (групп)')}. На средние общеобразовательные школы приходится "
        f"{pc(subs[0][2][0] / al[0] * 100)}% вовлечённых обучающихся.")
    d.c_comp("program_participants", f"{tot} = {al[0]} + {al[1]}", n(tot), [al[0], al[1]])
    d.c_sum("students_involved", "в тексте: обучающихся", n(al[0]), [V[o[0]][0] for o in ALLO])
    d.c_sum("teachers_involved", "в тексте: педагогов", str(al[1]), [V[o[0]][1] for o in ALLO])
    d.c_sum("pairs", "в тексте: сформировано пар (групп)", n(al[2]), [V[o[0]][2] for o in ALLO])
    d.c_share("students_involved", "доля СОШ от вовлечённых обучающихся", pc(subs[0][2][0] / al[0] * 100),
              subs[0][2][0], al[0])
    fv = [V[o[0]][3] for o in ALLO]
    one = [o[1] for o in ALLO if V[o[0]][3] == 1]
    d.p(f"В среднем одна образовательная организация реализует {pc(sum(fv) / len(fv))} формы наставничества. "
        f"Только одну форму реализуют {join_ru(one)}; наибольшее число форм (4) – Линёвская СОШ № 1.")
    d.c_mean("forms_count", "в среднем форм на одну ОО", pc(sum(fv) / len(fv)), fv)
    d.c_member("forms_count", "только одну форму реализуют", one, [o[1] for o in ALLO if V[o[0]][3] == 1])
    d.c_member("forms_count", "наибольшее число форм (4)", ["Линёвская СОШ № 1"],
               [o[1] for o in ALLO if V[o[0]][3] == max(fv)])
    d.p("По результатам опроса 86% родителей наставляемых положительно оценивают участие детей в программах "
        "наставничества. В 2023–2024 учебном году планируется вовлечь в программы не менее 1 700 участников.")
    d.sign("Начальник управления образования                          Г.М. Осипова\n"
           "Исп. Зуева О.Н., тел. 8 (38343) 2-41-76")
    return d

# ------------------------------------------------------------------ 10. город Ливны (odt, one school's own report with variants)
@builder
def doc_livny():
    d = Doc("livny_sosh4_otchet_2023", "odt", "город Ливны", as_of="2023-05-31", organization="livny/school-4",
            author="Колесникова А.В.")
    S = "МБОУ СОШ № 4 г. Ливны"
    d.org(S, "livny/school-4")
    T1 = [(UU, "«Ученик – ученик»", 34, 52, 30), (TT, "«Учитель – учитель»", 6, 7, 6),
          (TU, "«Учитель – ученик»", 5, 28, 5), (RU, "«Работодатель – ученик»", 3, 14, 3)]
    T2 = [(UU, "«Ученик – ученик»", "успевающий - неуспевающий", "«успевающий – неуспевающий»", 40),
          (UU, "«Ученик – ученик»", "лидер - пассивный", "«лидер – пассивный»", 26),
          (UU, "«Ученик – ученик»", "равный - равному", "«равный – равному»", 20),
          (TT, "«Учитель – учитель»", "молодой специалист - опытный педагог",
           "«молодой специалист – опытный педагог»", 8),
          (TT, "«Учитель – учитель»", "коллега - молодой коллега", "«коллега – молодой коллега»", 5)]
    STUD = 716
    d.head("Муниципальное бюджетное общеобразовательное учреждение\n«Средняя общеобразовательная школа № 4» "
           "г. Ливны Орловской области\n(" + S + ")")
    d.title("Отчёт\nо реализации программы наставничества\nза 2022–2023 учебный год")
    d.p("Программа наставничества школы утверждена приказом директора от 01.09.2022 № 187-од и разработана "
        "в соответствии с методологией (целевой моделью) наставничества обучающихся, утверждённой "
        "распоряжением Минпросвещения России от 25.12.2019 № Р-145. Куратор программы – заместитель "
        "директора по воспитательной работе Колесникова А.В.")
    d.p("В 2022–2023 учебном году в школе реализовывались четыре формы наставничества. Численность "
        "участников по формам приведена в таблице 1.")
    d.c_count("mentors", "реализовывались четыре формы", "4", len(T1))
    t = Table(4, widths=[6.0, 3.5, 3.5, 3.5], caption="Таблица 1. Участники программы наставничества по формам")
    t.hrow("Форма наставничества", "Количество наставников, чел.", "Количество наставляемых, чел.",
           "Количество наставнических пар (групп)")
    for f, lbl, m, e, p in T1:
        t.row("org", [lbl, F(str(m), S, "mentors", f), F(str(e), S, "mentees", f), F(str(p), S, "pairs", f)])
    SM, SE, SP = (sum(r[i] for r in T1) for i in (2, 3, 4))
    t.row("total", ["Итого", str(SM), str(SE), str(SP)])
    d.table(t)
    d.c_sum("mentors", "таблица 1, строка «Итого», наставников", str(SM), [r[2] for r in T1])
    d.c_sum("mentees", "таблица 1, строка «Итого», наставляемых", str(SE), [r[3] for r in T1])
    d.c_sum("pairs", "таблица 1, строка «Итого», пар (групп)", str(SP), [r[4] for r in T1])

    uu_m, uu_e = T1[0][2], T1[0][3]
    st_e = T1[0][3] + T1[2][3] + T1[3][3]
    st_all = uu_m + st_e
    d.p(f"Наставничеством охвачено {st_all} обучающихся школы, что составляет {pc(st_all / STUD * 100)}% от "
        f"общего числа обучающихся ({STUD} чел.). Из них {uu_m} обучающихся выступают наставниками в форме "
        f"«ученик – ученик», {st_e} – наставляемыми в формах «ученик – ученик», «учитель – ученик» и "
        f"«работодатель – ученик».")
    d.c_share("students_involved", f"{st_all} от {STUD}", pc(st_all / STUD * 100), st_all, STUD)
    d.c_comp("students_involved", f"{st_all} = {uu_m} + {st_e}", str(st_all), [uu_m, st_e])
    d.c_comp("mentees", f"{st_e} = {T1[0][3]} + {T1[2][3]} + {T1[3][3]}", str(st_e), [T1[0][3], T1[2][3], T1[3][3]])
    tt_all = T1[1][2] + T1[1][3]
    ped = tt_all + T1[2][2]
    d.p(f"В программе участвуют {ped} педагогических работников: {tt_all} – в форме «учитель – учитель» "
        f"(наставники и молодые специалисты) и {T1[2][2]} – наставники в форме «учитель – ученик». В форме "
        f"«работодатель – ученик» наставниками выступают специалисты АО «Ливенский завод противопожарного "
        f"машиностроения» и ООО «Промприбор».")
    d.c_comp("teachers_involved", f"{ped} = {tt_all} + {T1[2][2]}", str(ped), [tt_all, T1[2][2]])
    d.c_cross("teachers_involved", "«учитель – учитель»: наставники и молодые специалисты", str(tt_all),
              T1[1][2] + T1[1][3])

    t2 = Table(3, widths=[5.0, 7.5, 4.0], caption="Таблица 2. Варианты (модели) взаимодействия")
    t2.hrow("Форма наставничества", "Вариант взаимодействия", "Количество участников, чел.")
    for f, flbl, var, vlbl, k in T2:
        t2.row("org", [flbl, vlbl, F(str(k), S, "program_participants", f, var)])
    SV = sum(r[4] for r in T2)
    t2.row("total", [Cell("Всего", cs=2), str(SV)])
    d.table(t2)
    d.c_sum("program_participants", "таблица 2, строка «Всего»", str(SV), [r[4] for r in T2])
    uu_v = sum(r[4] for r in T2 if r[0] == UU)
    tt_v = sum(r[4] for r in T2 if r[0] == TT)
    d.p(f"В вариантах формы «ученик – ученик» задействованы {uu_v} человек – все наставники и наставляемые этой "
        f"формы; в вариантах формы «учитель – учитель» – {tt_v} педагогов.")
    d.c_cross("program_participants", "варианты «ученик – ученик» против наставников и наставляемых формы",
              str(uu_v), uu_m + uu_e)
    d.c_cross("program_participants", "варианты «учитель – учитель» против участников формы", str(tt_v),
              T1[1][2] + T1[1][3])
    d.p("По итогам анкетирования 92% наставляемых удовлетворены взаимодействием с наставником. В 2023–2024 учебном году "
        "планируется сформировать не менее 50 наставнических пар.")
    d.sign("Директор МБОУ СОШ № 4 г. Ливны                                  С.Н. Жданова\n"
           "Исп. Колесникова А.В., тел. 8 (48677) 2-17-45")
    return d

# ------------------------------------------------------------------ 11. Уссурийский городской округ (doc, plan vs fact, % выполнения)
@builder
def doc_ussuriysk():
    rng = random.Random(6011)
    d = Doc("ussuriysk_plan_fakt_2022", "doc", "Уссурийский городской округ", as_of="2022-12-30",
            author="Ткаченко М.Ю.")
    O = [("МБОУ СОШ № 4", "СОШ № 4", "ussuriysk/school-4", 320, True),
         ("МБОУ СОШ № 6", "СОШ № 6", "ussuriysk/school-6", 280, False),
         ("МБОУ «Гимназия № 29»", "Гимназия № 29", "ussuriysk/gymn-29", 360, True),
         ("МБОУ СОШ № 11", "СОШ № 11", "ussuriysk/school-11", 240, True),
         ("МБОУ СОШ № 13", "СОШ № 13", "ussuriysk/school-13", 300, False),
         ("МБОУ «Лицей № 9»", "Лицей № 9", "ussuriysk/lyceum-9", 340, True),
         ("МБОУ СОШ № 22", "СОШ № 22", "ussuriysk/school-22", 260, True),
         ("МБОУ СОШ № 25", "СОШ № 25", "ussuriysk/school-25", 290, False),
         ("МБОУ СОШ № 30", "СОШ № 30", "ussuriysk/school-30", 310, True),
         ("МБОУ СОШ с. Борисовка", "СОШ с. Борисовка", "ussuriysk/borisovka", 95, True),
         ("МБОУ СОШ с. Воздвиженка", "СОШ с. Воздвиженка", "ussuriysk/vozdvizhenka", 130, True),
         ("МБОУ СОШ с. Корсаковка", "СОШ с. Корсаковка", "ussuriysk/korsakovka", 70, False),
         ("МБОУ ООШ с. Глуховка", "ООШ с. Глуховка", "ussuriysk/glukhovka", 35, False),
         ("МБОУ СОШ с. Новоникольск", "СОШ с. Новоникольск", "ussuriysk/novonikolsk", 110, False)]
    rows = []
    for name, short, cl, plan, met in O:
        d.org(name, cl)
        plan += rng.randint(-6, 6)
        if met:
            fact = plan + rng.randint(0, max(2, plan // 12))
        else:
            fact = plan - rng.randint(2, max(3, plan // 8))
        rows.append([name, short, cl, plan, fact])
    # the «СОШ № 25» row: fulfilment between 90 and 99 with two different digits around the comma
    i = [r[1] for r in rows].index("СОШ № 25")
    while True:
        s = pc(rows[i][4] / rows[i][3] * 100)
        a, b = s.split(",")
        if 90 <= float(s.replace(",", ".")) < 99 and a[-1] != b and int(b) >= 1:
            break
        rows[i][4] += 1
    d.head("Управление образования и молодёжной политики\nадминистрации Уссурийского городского округа")
    d.title("Отчёт\nо выполнении плановых показателей вовлечения обучающихся в программы наставничества\n"
            "за 2022 год (по состоянию на 30.12.2022)")
    d.p("Плановые показатели на 2022 год установлены для каждой общеобразовательной организации в соответствии "
        "с письмом министерства образования Приморского края от 14.11.2021 № 23/11580 и методологией целевой "
        "модели наставничества (распоряжение Минпросвещения России от 25.12.2019 № Р-145). Выполнение "
        "показателей по организациям приведено в таблице.")
    t = Table(5, widths=[1.0, 7.0, 3.0, 3.0, 3.0], font=10, hfont=10)
    t.hrow(Cell("№ п/п", rs=2), Cell("Общеобразовательная организация", rs=2),
           Cell("Обучающиеся – участники программ наставничества, чел.", cs=2), Cell("% выполнения", rs=2))
    t.hrow("план", "факт")
    printed = {}
    for k, (name, short, cl, plan, fact) in enumerate(rows, 1):
        ps = pc(fact / plan * 100)
        if short == "СОШ № 25":
            ps = swap_digits(ps)              # PLANTED: % of fulfilment misprinted (digits swapped)
        printed[short] = ps
        t.row("org", [str(k), name, F(str(plan), name, "planned_participants"),
                      F(str(fact), name, "students_involved"), ps])
    SP = sum(r[3] for r in rows)
    SF = sum(r[4] for r in rows)
    t.row("total", ["", "Итого по округу", n(SP), n(SF), pc(SF / SP * 100)])
    d.table(t)
    for name, short, cl, plan, fact in rows:
        d.c_share("students_involved", f"% выполнения: {name}", printed[short], fact, plan,
                  planted=(short == "СОШ № 25"))
    d.c_sum("planned_participants", "строка «Итого по округу», план", n(SP), [r[3] for r in rows])
    d.c_sum("students_involved", "строка «Итого по округу», факт", n(SF), [r[4] for r in rows])
    d.c_share("students_involved", "строка «Итого по округу», % выполнения", pc(SF / SP * 100), SF, SP)
    met = [r[1] for r in rows if r[4] >= r[3]]
    notmet = [r[1] for r in rows if r[4] < r[3]]
    met_stated = len(met) + 1                  # PLANTED: one organization too many is said to have met the plan
    d.p(f"В целом по округу плановый показатель выполнен на {pc(SF / SP * 100)}%: в программы наставничества "
        f"вовлечено {n(SF)} обучающихся при плане {n(SP)}. Плановые показатели выполнены (перевыполнены) в "
        f"{met_stated} общеобразовательных организациях. Не выполнили плановые показатели {len(notmet)} ОО: "
        f"{join_ru(notmet)}.")
    d.c_share("students_involved", "в тексте: план выполнен на N%", pc(SF / SP * 100), SF, SP)
    d.c_sum("students_involved", "в тексте: вовлечено обучающихся", n(SF), [r[4] for r in rows])
    d.c_sum("planned_participants", "в тексте: при плане", n(SP), [r[3] for r in rows])
    d.c_count("students_involved", "плановые показатели выполнены в N ОО", str(met_stated), len(met), planted=True)
    d.c_count("students_involved", "не выполнили плановые показатели N ОО", str(len(notmet)), len(notmet))
    d.c_member("students_involved", "не выполнили плановые показатели", notmet,
               [r[1] for r in rows if r[4] < r[3]])
    d.p("Руководителям ОО, не выполнившим плановые показатели, необходимо проанализировать причины и "
        "скорректировать программы наставничества. План на 2023 год – 3 500 обучающихся.")
    d.sign("Начальник управления                                       М.Ю. Ткаченко\n"
           "Исп. Белоусова Е.А., 8 (4234) 32-05-18")
    return d

# ------------------------------------------------------------------ 12. Касимовский район (txt tab-separated, «нет» cells, two tables)
@builder
def doc_kasimov():
    rng = random.Random(6012)
    d = Doc("kasimov_spravka_2022", "txt", "Касимовский район", as_of="2022-06-01", txt_mode="tab")
    O = [("МБОУ «Ардабьевская средняя школа»", "Ардабьевская СШ", "kasimov/ardabevo", 214, {UU, TT, RU}),
         ("МБОУ «Гусевская средняя школа»", "Гусевская СШ", "kasimov/gus-zheleznyy", 402, {UU, TT, SU, RU}),
         ("МБОУ «Елатомская средняя школа»", "Елатомская СШ", "kasimov/elatma", 468, {UU, TT, SU, RU}),
         ("МБОУ «Сынтульская средняя школа»", "Сынтульская СШ", "kasimov/syntul", 356, {UU, TT, RU}),
         ("МБОУ «Лашманская средняя школа»", "Лашманская СШ", "kasimov/lashma", 188, {UU, TT}),
         ("МБОУ «Шостьенская средняя школа»", "Шостьенская СШ", "kasimov/shoste", 173, {UU, TT}),
         ("МБОУ «Крутоярская средняя школа»", "Крутоярская СШ", "kasimov/krutoyarskiy", 296, {UU, TT, SU}),
         ("МБОУ «Торбаевская средняя школа»", "Торбаевская СШ", "kasimov/torbaevo", 152, {UU, TT}),
         ("МБОУ «Погостинская основная школа»", "Погостинская ОШ", "kasimov/pogost", 64, {UU}),
         ("МБОУ «Телебукинская основная школа»", "Телебукинская ОШ", "kasimov/telebukino", 58, {UU}),
         ("МБОУ «Давыдовская основная школа»", "Давыдовская ОШ", "kasimov/davydovo", 71, {UU})]
    forms = [UU, TT, SU, RU]
    M = {}
    V = {}
    for name, short, cl, tot, fs in O:
        d.org(name, cl)
        d.org(short, cl)
        tot += rng.randint(-8, 8)
        me = {}
        for f in forms:
            if f not in fs:
                me[f] = 0
            elif f == UU:
                me[f] = max(6, int(tot * rng.uniform(0.12, 0.2)))
            elif f == TT:
                me[f] = rng.randint(1, 3)
            elif f == SU:
                me[f] = rng.randint(6, 14)
            else:
                me[f] = rng.randint(4, 11)
        uu_mentors = max(3, int(me[UU] * rng.uniform(0.6, 0.9)))
        inv = me[UU] + uu_mentors + me[SU] + me[RU]
        ped = me[TT] * 2 + rng.randint(1, 4)
        partner = (1 if RU in fs else 0) + (1 if SU in fs else 0) + (rng.randint(0, 1) if RU in fs else 0)
        M[name] = me
        V[name] = (tot, inv, ped, partner if partner else None, len(fs))

    d.head("Управление образования и молодёжной политики администрации Касимовского муниципального района "
           "Рязанской области")
    d.title("СПРАВКА\nо реализации целевой модели наставничества в образовательных организациях "
            "Касимовского муниципального района в 2021–2022 учебном году")
    d.plain("Дата: 01.06.2022")
    d.p("Целевая модель наставничества реализуется в общеобразовательных организациях района с 1 сентября 2021 "
        "года на основании распоряжения Минпросвещения России от 25.12.2019 № Р-145 и приказа управления "
        "образования и молодёжной политики от 28.08.2021 № 164. Основные показатели приведены в таблице 1.")
    t = Table(7, caption="Таблица 1. Основные показатели реализации целевой модели наставничества")
    t.hrow("№", "Образовательная организация", "Всего обучающихся, чел.", "Вовлечено обучающихся, чел.",
           "Вовлечено педагогов, чел.", "Предприятий (организаций)-партнёров", "Количество форм наставничества")
    for k, (name, short, cl, tot, fs) in enumerate(O, 1):
        tt, inv, ped, par, nf = V[name]
        t.row("org", [str(k), name, F(n(tt), name, "students_total"), F(str(inv), name, "students_involved"),
                      F(str(ped), name, "teachers_involved"),
                      F("нет" if par is None else str(par), name, "partner_enterprises"),
                      F(str(nf), name, "forms_count")])
    S = [sum((V[o[0]][i] or 0) for o in O) for i in range(4)]
    t.row("total", ["", "ИТОГО", n(S[0]), n(S[1]), str(S[2]), str(S[3]), "х"])
    d.table(t)
    lbl = ["всего обучающихся", "вовлечено обучающихся", "вовлечено педагогов", "предприятий-партнёров"]
    inds = ["students_total", "students_involved", "teachers_involved", "partner_enterprises"]
    for i in range(4):
        d.c_sum(inds[i], f"таблица 1, строка «ИТОГО», {lbl[i]}", n(S[i]), [(V[o[0]][i] or 0) for o in O])

    d.p(f"В программы наставничества вовлечено {n(S[1])} обучающихся, что составляет {pc(S[1] / S[0] * 100)}% "
        f"от общего числа обучающихся ({n(S[0])} чел.), и {S[2]} {plural(S[2], 'педагог', 'педагога', 'педагогов')}.")
    d.c_sum("students_involved", "в тексте: вовлечено обучающихся", n(S[1]), [V[o[0]][1] for o in O])
    d.c_share("students_involved", "в тексте: доля вовлечённых", pc(S[1] / S[0] * 100), S[1], S[0])
    d.c_sum("students_total", "в тексте: общее число обучающихся", n(S[0]), [V[o[0]][0] for o in O])
    d.c_sum("teachers_involved", "в тексте: педагогов", str(S[2]), [V[o[0]][2] for o in O])

    t2 = Table(5, caption="Таблица 2. Количество наставляемых по формам наставничества, чел.")
    t2.hrow("ОО", "ученик-ученик", "учитель-учитель", "студент-ученик", "работодатель-ученик")
    for name, short, cl, tot, fs in O:
        t2.row("org", [short] + [F(z(M[name][f]), short, "mentees", f) for f in forms])
    T2 = {f: sum(M[o[0]][f] for o in O) for f in forms}
    t2.row("total", ["Итого", *[str(T2[f]) for f in forms]])
    d.table(t2)
    for f in forms:
        d.c_sum("mentees", f"таблица 2, строка «Итого», {FQ[f]}", str(T2[f]), [M[o[0]][f] for o in O])
    impl = {f: [o[1] for o in O if M[o[0]][f] > 0] for f in forms}
    ru_list = [x for x in impl[RU] if x != "Сынтульская СШ"]   # PLANTED: Сынтульская СШ left out of the list
    with_p = [o[1] for o in O if V[o[0]][3]]
    d.p(f"Форма «ученик – ученик» реализуется во всех {len(impl[UU])} общеобразовательных организациях, форма "
        f"«учитель – учитель» – в {len(impl[TT])} ОО. Форма «студент – ученик» организована в {len(impl[SU])} ОО "
        f"совместно с ОГБПОУ «Касимовский промышленно-экономический техникум». Форма «работодатель – ученик» "
        f"реализуется в {len(impl[RU])} ОО ({join_ru(ru_list)}). Организации-партнёры привлечены к реализации "
        f"программ наставничества в {len(with_p)} ОО.")
    d.c_count("mentees", "«ученик – ученик» во всех N ОО", str(len(impl[UU])), len(impl[UU]))
    d.c_count("mentees", "«учитель – учитель» в N ОО", str(len(impl[TT])), len(impl[TT]))
    d.c_count("mentees", "«студент – ученик» в N ОО", str(len(impl[SU])), len(impl[SU]))
    d.c_count("mentees", "«работодатель – ученик» в N ОО", str(len(impl[RU])), len(impl[RU]))
    d.c_member("mentees", "список ОО формы «работодатель – ученик»", ru_list, impl[RU], planted=True)
    d.c_count("partner_enterprises", "организации-партнёры привлечены в N ОО", str(len(with_p)), len(with_p))
    d.p("В 2022–2023 учебном году планируется внедрить форму «работодатель – ученик» во всех средних школах района. "
        "Справку подготовила Миронова Е.П., главный специалист управления, тел. 8 (49131) 2-23-57.")
    return d

# ------------------------------------------------------------------ 13. Рузаевский район (docx, shares with «Средний показатель», two tables)
@builder
def doc_ruzaevka():
    rng = random.Random(6013)
    d = Doc("ruzaevka_pokazateli_2023", "docx", "Рузаевский район", as_of="2023-01-10", landscape=True,
            author="Кочеткова Н.А.")
    O = [("МБОУ «Гимназия № 1»", "Гимназия № 1", "ruzaevka/gymn-1", 2),
         ("МБОУ «Лицей № 4»", "Лицей № 4", "ruzaevka/lyceum-4", 3),
         ("МБОУ «СОШ № 5»", "СОШ № 5", "ruzaevka/school-5", 0),
         ("МБОУ «СОШ № 7»", "СОШ № 7", "ruzaevka/school-7", 1),
         ("МБОУ «СОШ № 9»", "СОШ № 9", "ruzaevka/school-9", 0),
         ("МБОУ «СОШ № 10»", "СОШ № 10", "ruzaevka/school-10", 0),
         ("МБОУ «СОШ № 17»", "СОШ № 17", "ruzaevka/school-17", 3),
         ("МБОУ «Левженская СОШ»", "Левженская СОШ", "ruzaevka/levzhenskiy", 0),
         ("МБОУ «Приреченская СОШ»", "Приреченская СОШ", "ruzaevka/prirechnyy", 0),
         ("МБОУ «Трускляйская СОШ»", "Трускляйская СОШ", "ruzaevka/trusklyay", 0),
         ("МБОУ «Красносельцовская СОШ»", "Красносельцовская СОШ", "ruzaevka/krasnoe-seltso", 0),
         ("МБОУ «Палаевская СОШ»", "Палаевская СОШ", "ruzaevka/palaevka", 0),
         ("МБОУ «Перхляйская ООШ»", "Перхляйская ООШ", "ruzaevka/perkhlyay", 0)]
    no_young = {"Трускляйская СОШ", "Палаевская СОШ", "Перхляйская ООШ"}
    low_mentor = {"Приреченская СОШ", "Красносельцовская СОШ", "Перхляйская ООШ"}
    below70 = {"СОШ № 9", "Левженская СОШ"}
    R = {}
    for name, short, cl, ent in O:
        d.org(name, cl)
        ee = rnd(rng.uniform(14, 36))
        mm = rnd(rng.uniform(4.5, 9.5)) if short in low_mentor else rnd(rng.uniform(10.5, 19))
        if short in no_young:
            yy = None
        elif short in below70:
            yy = rng.choice([50.0, 60.0])
        else:
            yy = rng.choice([100.0, 100.0, 75.0, 80.0, 100.0])
        R[name] = (ee, mm, yy, ent)

    d.head("Управление образования администрации Рузаевского муниципального района Республики Мордовия")
    d.title("Информация\nо достижении показателей эффективности внедрения целевой модели наставничества\n"
            "по итогам I полугодия 2022/2023 учебного года (по состоянию на 10.01.2023)")
    d.p("Показатели рассчитаны общеобразовательными организациями в соответствии с методологией (целевой "
        "моделью) наставничества обучающихся, утверждённой распоряжением Минпросвещения России от 25.12.2019 "
        "№ Р-145, и приказом управления образования от 12.09.2022 № 402.")
    t = Table(6, widths=[1.0, 6.5, 4.4, 4.4, 4.4, 4.0], font=10, hfont=9, caption="Таблица 1")
    t.hrow("№ п/п", "Общеобразовательная организация",
           "Доля обучающихся в возрасте 10–19 лет, вовлечённых в программы наставничества в роли наставляемого, %",
           "Доля обучающихся в возрасте 15–19 лет, вовлечённых в программы наставничества в роли наставника, %",
           "Доля учителей – молодых специалистов (стаж 0–3 года), вовлечённых в программы наставничества в роли "
           "наставляемого, %",
           "Количество предприятий (организаций), предоставивших наставников")
    for k, (name, short, cl, ent) in enumerate(O, 1):
        ee, mm, yy, ent = R[name]
        t.row("org", [str(k), name, F(pc(ee), name, "mentee_share_pct"), F(pc(mm), name, "mentor_share_pct"),
                      F("нет молодых специалистов" if yy is None else pc(yy), name,
                        "young_teacher_mentee_share_pct"),
                      F(z(ent), name, "partner_enterprises")])
    E = [R[o[0]][0] for o in O]
    Mv = [R[o[0]][1] for o in O]
    Y = [R[o[0]][2] for o in O if R[o[0]][2] is not None]
    mean_e, mean_y = pc(sum(E) / len(E)), pc(sum(Y) / len(Y))
    true_m = sum(Mv) / len(Mv)
    mean_m = pc(true_m + 1.8)          # PLANTED: the average share of mentors is overstated
    t.row("total", ["", "Средний показатель по району", mean_e, mean_m, mean_y, "х"])
    d.table(t)
    d.c_mean("mentee_share_pct", "строка «Средний показатель по району», доля наставляемых", mean_e, E)
    d.c_mean("mentor_share_pct", "строка «Средний показатель по району», доля наставников", mean_m, Mv,
             planted=True)
    d.c_mean("young_teacher_mentee_share_pct", "строка «Средний показатель по району», доля молодых специалистов",
             mean_y, Y)

    low = [o[1] for o in O if R[o[0]][1] < 10]
    d.p(f"Средняя по району доля обучающихся в роли наставляемого составляет {mean_e}% при целевом значении "
        f"не менее 10%. Доля обучающихся в роли наставника ниже 10% в {len(low)} ОО: {join_ru(low)}.")
    d.c_mean("mentee_share_pct", "в тексте: средняя доля наставляемых", mean_e, E)
    d.c_target("mentee_share_pct", "не менее 10% (средняя по району)", 10, sum(E) / len(E))
    d.c_count("mentor_share_pct", "доля наставников ниже 10% в N ОО", str(len(low)), len(low))
    d.c_member("mentor_share_pct", "доля наставников ниже 10%", low, [o[1] for o in O if R[o[0]][1] < 10])
    yo = [o for o in O if R[o[0]][2] is not None]
    ok70 = [o for o in yo if R[o[0]][2] >= 70]
    d.p(f"Молодые специалисты работают в {len(yo)} ОО; показатель «доля молодых специалистов в роли "
        f"наставляемого» (не менее 70%) достигнут в {len(ok70)} из них.")
    d.c_count("young_teacher_mentee_share_pct", "молодые специалисты работают в N ОО", str(len(yo)), len(yo))
    d.c_count("young_teacher_mentee_share_pct", "показатель не менее 70% достигнут в N ОО", str(len(ok70)),
              len(ok70))
    ents = [R[o[0]][3] for o in O]
    with_e = [o[1] for o in O if R[o[0]][3] > 0]
    d.p(f"Наставников предоставили {sum(ents)} {plural(sum(ents), 'предприятие', 'предприятия', 'предприятий')} и "
        f"{plural(sum(ents), 'организация', 'организации', 'организаций')} для {len(with_e)} ОО "
        f"({join_ru(with_e)}).")
    d.c_sum("partner_enterprises", "в тексте: предприятий и организаций", str(sum(ents)), ents)
    d.c_count("partner_enterprises", "для N ОО", str(len(with_e)), len(with_e))
    d.c_member("partner_enterprises", "ОО, для которых предприятия предоставили наставников", with_e,
               [o[1] for o in O if R[o[0]][3] > 0])

    # table 2: pairs by form, short names
    t2 = Table(4, widths=[7.0, 4.0, 4.0, 4.0], font=10, hfont=10,
               caption="Таблица 2. Количество наставнических пар (групп) по формам наставничества")
    t2.hrow("ОО", "«Ученик – ученик»", "«Учитель – учитель»", "«Работодатель – ученик»")
    P = {}
    for name, short, cl, ent in O:
        d.org(short, cl)
        uu = rng.randint(8, 26) if "№" in short else rng.randint(3, 10)
        tt = 0 if R[name][2] is None else rng.randint(1, 4)
        ru = ent + rng.randint(0, 2) if ent else 0
        P[short] = (uu, tt, ru)
        t2.row("org", [short, F(str(uu), short, "pairs", UU), F(z(tt), short, "pairs", TT),
                       F(z(ru), short, "pairs", RU)])
    tp = [sum(P[o[1]][i] for o in O) for i in range(3)]
    t2.row("total", ["Всего", str(tp[0]), str(tp[1]), str(tp[2])])
    d.table(t2)
    for i, f in enumerate((UU, TT, RU)):
        d.c_sum("pairs", f"таблица 2, строка «Всего», {FQ[f]}", str(tp[i]), [P[o[1]][i] for o in O])
    d.p(f"Всего в общеобразовательных организациях района сформировано {sum(tp)} "
        f"{plural(sum(tp), 'наставническая пара (группа)', 'наставнические пары (группы)', 'наставнических пар (групп)')}. "
        f"По результатам опроса 89% наставляемых хотели бы продолжить участие в программе во II полугодии.")
    d.c_sum("pairs", "в тексте: сформировано пар (групп)", str(sum(tp)), tp)
    d.sign("Начальник управления образования                                          Н.А. Кочеткова\n"
           "Исп.: Ведяшкина О.И., тел. 8 (83451) 6-12-40")
    return d

# ------------------------------------------------------------------ 14. город Великие Луки (pdf, employer forms, college)
@builder
def doc_vluki():
    rng = random.Random(6014)
    d = Doc("velikie_luki_rabotodatel_2021", "pdf", "город Великие Луки", as_of="2021-12-24", landscape=True,
            author="Григорьева Т.А.")
    O = [("МБОУ «Педагогический лицей»", "Педагогический лицей", "vluki/ped-lyceum", {SU}),
         ("МБОУ «Лицей № 10»", "Лицей № 10", "vluki/lyceum-10", {SU, RU}),
         ("МБОУ «Средняя школа № 1»", "СШ № 1", "vluki/school-1", {RU}),
         ("МБОУ «Средняя школа № 5»", "СШ № 5", "vluki/school-5", {SU}),
         ("МБОУ «Средняя школа № 9»", "СШ № 9", "vluki/school-9", set()),
         ("МБОУ «Средняя школа № 12»", "СШ № 12", "vluki/school-12", {SU, RU}),
         ("МБОУ «Средняя школа № 13»", "СШ № 13", "vluki/school-13", {RU}),
         ("МБОУ «Средняя школа № 17»", "СШ № 17", "vluki/school-17", {SU}),
         ("ГБПОУ ПО «Великолукский политехнический колледж»", "колледж", "vluki/college", {RS})]
    V = {}
    for name, short, cl, fs in O:
        d.org(name, cl)
        su = (rng.randint(3, 7), 0) if SU in fs else (0, 0)
        su = (su[0], su[0] + rng.randint(2, 8)) if su[0] else su
        ru = (rng.randint(2, 5), 0) if RU in fs else (0, 0)
        ru = (ru[0], rng.randint(8, 20)) if ru[0] else ru
        rs = (rng.randint(6, 10), rng.randint(28, 45)) if RS in fs else (0, 0)
        ent = (rng.randint(1, 2) if RU in fs else 0) + (rng.randint(3, 5) if RS in fs else 0)
        V[name] = (su, ru, rs, ent)

    d.head("Комитет образования Администрации города Великие Луки")
    d.title("Информация\nо реализации форм наставничества с участием студентов и работодателей\n"
            "в образовательных организациях города Великие Луки в 2021 году\n(по состоянию на 24.12.2021)")
    d.p("Формы наставничества «студент – ученик», «работодатель – ученик» и «работодатель – студент» "
        "реализуются в соответствии с методологией (целевой моделью) наставничества, утверждённой распоряжением "
        "Минпросвещения России от 25.12.2019 № Р-145, на основании соглашений о сотрудничестве с предприятиями "
        "города (соглашение с ОАО «Великолукский мясокомбинат» от 10.02.2021 № 7 и др.).")
    t = Table(9, widths=[1.0, 6.6, 2.4, 2.4, 2.4, 2.4, 2.4, 2.4, 3.2], font=10, hfont=9, caption="Таблица 1")
    t.hrow(Cell("№ п/п", rs=2), Cell("Образовательная организация", rs=2), Cell("«Студент – ученик»", cs=2),
           Cell("«Работодатель – ученик»", cs=2), Cell("«Работодатель – студент»", cs=2),
           Cell("Предприятий (организаций), предоставивших наставников", rs=2))
    t.hrow("наставников", "наставляемых", "наставников", "наставляемых", "наставников", "наставляемых")
    for k, (name, short, cl, fs) in enumerate(O, 1):
        su, ru, rs, ent = V[name]
        t.row("org", [str(k), name, F(z(su[0]), name, "mentors", SU), F(z(su[1]), name, "mentees", SU),
                      F(z(ru[0]), name, "mentors", RU), F(z(ru[1]), name, "mentees", RU),
                      F(z(rs[0]), name, "mentors", RS), F(z(rs[1]), name, "mentees", RS),
                      F(z(ent), name, "partner_enterprises")])
    cols = [[V[o[0]][0][0] for o in O], [V[o[0]][0][1] for o in O], [V[o[0]][1][0] for o in O],
            [V[o[0]][1][1] for o in O], [V[o[0]][2][0] for o in O], [V[o[0]][2][1] for o in O],
            [V[o[0]][3] for o in O]]
    tot = [sum(c) for c in cols]
    t.row("total", [Cell("Итого", cs=2), *[str(x) for x in tot]])
    d.table(t)
    spec = [("mentors", SU, "наставников"), ("mentees", SU, "наставляемых"), ("mentors", RU, "наставников"),
            ("mentees", RU, "наставляемых"), ("mentors", RS, "наставников"), ("mentees", RS, "наставляемых"),
            ("partner_enterprises", "", "предприятий")]
    for (ind, f, lbl), c, s in zip(spec, cols, tot):
        d.c_sum(ind, f"строка «Итого», {FQ[f] + ', ' if f else ''}{lbl}", str(s), c)

    su_l = [o[1] for o in O if SU in o[3]]
    ru_l = [o[1] for o in O if RU in o[3]]
    d.p(f"Форма «студент – ученик» реализуется в {len(su_l)} общеобразовательных организациях ({join_ru(su_l)}): "
        f"наставниками выступают студенты колледжа и Великолукской государственной сельскохозяйственной академии. "
        f"Форма «работодатель – ученик» реализуется в {len(ru_l)} ОО: {join_ru(ru_l)}.")
    d.c_count("mentors", "«студент – ученик» в N ОО", str(len(su_l)), sum(1 for c in cols[0] if c))
    d.c_member("mentors", "список ОО формы «студент – ученик»", su_l, [o[1] for o in O if V[o[0]][0][0]])
    d.c_count("mentors", "«работодатель – ученик» в N ОО", str(len(ru_l)), sum(1 for c in cols[2] if c))
    d.c_member("mentors", "список ОО формы «работодатель – ученик»", ru_l, [o[1] for o in O if V[o[0]][1][0]])
    emp = tot[2] + tot[4]
    base = tot[1] + tot[3]
    d.p(f"Наставниками от предприятий и организаций выступили {emp} "
        f"{plural(emp, 'специалист', 'специалиста', 'специалистов')}: {tot[2]} – в форме «работодатель – ученик» "
        f"и {tot[4]} – в форме «работодатель – студент». Наставляемые в форме «работодатель – ученик» составляют "
        f"{pc(tot[3] / base * 100)}% от числа обучающихся школ, вовлечённых в формы «студент – ученик» и "
        f"«работодатель – ученик». Наставников предоставили {tot[6]} "
        f"{plural(tot[6], 'предприятие', 'предприятия', 'предприятий')} и организаций.")
    d.c_comp("mentors", f"{emp} = {tot[2]} + {tot[4]}", str(emp), [tot[2], tot[4]])
    d.c_share("mentees", "«работодатель – ученик»: доля от наставляемых двух форм", pc(tot[3] / base * 100),
              tot[3], base)
    d.c_sum("partner_enterprises", "в тексте: предприятий и организаций", str(tot[6]), cols[6])
    d.p("В МБОУ «Средняя школа № 9» формы с участием студентов и работодателей в 2021 году не реализовывались. "
        "В 2022 году планируется заключить ещё 3 соглашения о сотрудничестве с предприятиями города.")
    d.c_member("mentors", "формы не реализовывались", ["МБОУ «Средняя школа № 9»"],
               [o[0] for o in O if not any(V[o[0]][0] + V[o[0]][1] + V[o[0]][2])])
    d.sign("Председатель Комитета образования                         Т.А. Григорьева\n"
           "Исп. Смирнова Н.В., тел. 8 (81153) 3-15-62")
    return d

#@@BUILDERS@@


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
    print(f"documents {len(docs)}, facts {len(facts)}, checks {len(checks)} {st}")
    for d in docs:
        mm = [c for c in d.checks if c["status"] == "mismatch"]
        print(f"  {d.name}.{d.fmt}: facts {len(d.facts())}, checks {len(d.checks)}, mismatch {len(mm)}")


if __name__ == "__main__":
    main()
