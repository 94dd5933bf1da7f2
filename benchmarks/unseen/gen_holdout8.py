"""Generate the held-out corpus holdout8: 15 synthetic Russian administrative documents on the school
mentorship programme (целевая модель наставничества, распоряжение Минпросвещения России Р-145) from
12 municipalities of 12 regions that the earlier corpora did not use (Ямало-Ненецкий автономный округ,
Республика Адыгея, Республика Крым, Камчатский край, Республика Тыва, Республика Северная Осетия – Алания,
Кабардино-Балкарская Республика, Карачаево-Черкесская Республика, Республика Дагестан, Сахалинская
область, Республика Калмыкия, Республика Алтай), with gold answers as defined in
benchmarks/unseen/CONVENTIONS.md.

usage: /work/main/.venv/bin/python /work/unseen/gen_holdout8.py
Writes $UNSEEN_OUT/holdout8/* and $UNSEEN_OUT/gold/holdout8/*.csv (UNSEEN_OUT defaults to /work/unseen).

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
CORPUS = "holdout8"
OUT = os.path.join(BASE, CORPUS)
GOLD = os.path.join(BASE, "gold", CORPUS)
LO_DIR = f"/tmp/lo_h8_profile_{os.getpid()}"
NB = "\u00a0"       # no-break space
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


def retry(gen, valid, tries=50000):
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


def num_of(name):
    """the school number in a name: «МБОУ «СОШ № 12» мкр. Вынгапуровский» -> '12'"""
    m = re.search(r"№\s?(\d+)", name)
    return m.group(1) if m else None


# ============================================================================ document model
class Cell:
    """a printed table cell; facts: the (org_name, indicator, form, variant) tuples its value stands for"""

    def __init__(self, text, facts=(), cs=1, rs=1, bold=False, align=None, xl=None):
        self.text = str(text)
        self.facts = list(facts)
        self.cs, self.rs = cs, rs
        self.bold = bold
        self.align = align
        self.xl = xl


def C(x, **kw):
    return x if isinstance(x, Cell) else Cell(x, **kw)


def F(text, org, ind, form="", variant="", **kw):
    """a printed cell that carries one fact"""
    return Cell(text, facts=[(org, ind, form, variant)], **kw)


class Table:
    def __init__(self, ncols, widths=None, font=10, hfont=None, caption=None, caption_align="right",
                 ruled=True, repeat_header=True, hbold=True, cell_pad=None):
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
        self.head = []
        self.body = []       # (kind, [Cell]); kind: org | total | group | num

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

    def blank(self):
        self.blocks.append(("blank", None))

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
        """a mean given as one total over another («в среднем 2,4 наставляемого на одну пару»)"""
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
                        assert kind == "org", (self.name, org, ind)
                        assert org in self.orgmap, (self.name, org)
                        v = parse_num(cell.text)
                        out.append({"doc": self.name, "org_name": " ".join(org.replace(NB, " ").split()),
                                    "indicator": ind, "form": form, "variant": variant,
                                    "value": "" if v is None else g(v), "unit": UNITS[ind]})
        return out

    def orgs(self):
        used = []
        for f in self.facts():
            if f["org_name"] not in used:
                used.append(f["org_name"])
        for name in self.orgmap:
            assert " ".join(name.replace(NB, " ").split()) in used, (self.name, "org without facts", name)
        return [{"doc": self.name, "org_name": " ".join(o.replace(NB, " ").split()), "cluster": self.orgmap[o]}
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


def _cell_margins(tab, top_bottom_twips):
    tblPr = tab._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for edge in ("top", "bottom"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(top_bottom_twips))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblPr.append(mar)


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
    elif align == "left":
        par.alignment = WD_ALIGN_PARAGRAPH.LEFT


def docx_table(d, t):
    rows, kinds = t.rows_kinds()
    grid = t.layout(rows)
    tab = d.add_table(rows=len(rows), cols=t.ncols)
    if t.ruled:
        tab.style = "Table Grid"
    else:
        _no_borders(tab)
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
                    align = "center" if t.ruled else "right"
            _set_text(target, cell.text, bold=bold, size=size, align=align)
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
    cp.revision = 2
    cp.created = doc.created
    cp.modified = doc.created + datetime.timedelta(hours=1, minutes=3)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)        # A4, not the template's Letter
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    left, right, top, bottom = doc.margins or ((2.5 if not doc.landscape else 1.5), 1.5, 1.5, 1.5)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(left), Cm(right), Cm(top), Cm(bottom)
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
                # a position and a name: the name goes to a right-aligned tab stop at the right margin
                par = d.add_paragraph(re.sub(r" {4,}", "\t", line))
                par.paragraph_format.tab_stops.add_tab_stop(sec.page_width - sec.left_margin - sec.right_margin,
                                                            WD_TAB_ALIGNMENT.RIGHT)
        elif kind == "cap":
            text, align = b
            par = d.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "right" else WD_ALIGN_PARAGRAPH.CENTER
            par.add_run(text).italic = align == "right"
        elif kind == "blank":
            d.add_paragraph()
        elif kind == "dateline":
            # date at the left margin, place in the middle, number at the right margin
            width = sec.page_width - sec.left_margin - sec.right_margin
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
                                   for c in range(t.ncols)).rstrip("\t"))
        return lines
    assert mode == "fixed"
    # fixed-width columns: one header row whose cells may hold several lines, a dashed rule under it,
    # numbers right-aligned, a dashed rule above each total row
    assert len(t.head) == 1 and all(c.cs == 1 and c.rs == 1 for c in t.head[0])
    hl = [c.text.split("\n") for c in t.head[0]]
    w = [max(len(x) for x in lines) for lines in hl]
    for r in range(1, len(rows)):
        for c in range(t.ncols):
            cell, origin = grid[r][c]
            if origin and cell.cs == 1:
                w[c] = max(w[c], len(cell.text))
    gap = "  "
    rule = "-" * (sum(w) + len(gap) * (t.ncols - 1))
    out = []
    for i in range(max(len(x) for x in hl)):
        out.append(gap.join((lines[i] if i < len(lines) else "").center(w[c]) if c > 1 else
                            (lines[i] if i < len(lines) else "").ljust(w[c]) for c, lines in enumerate(hl)).rstrip())
    out.append(rule)
    for r in range(1, len(rows)):
        parts = []
        c = 0
        while c < t.ncols:
            cell, origin = grid[r][c]
            width = sum(w[c:c + cell.cs]) + len(gap) * (cell.cs - 1)
            txt = cell.text.replace("\n", " ")
            if txt.strip() and cell.cs == 1 and c > 1 and (parse_num(txt) is not None or txt.strip() == "х"):
                parts.append(txt.rjust(width))
            else:
                parts.append(txt.ljust(width))
            c += cell.cs
        if kinds[r] == "total":
            out.append(rule)
        out.append(gap.join(parts).rstrip())
    out.append(rule)
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
        elif kind in ("pagebreak", "blank"):
            pass
        elif kind == "dateline":
            lines.append("        ".join(b))
            lines.append("")
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
    wb.properties.modified = doc.created + datetime.timedelta(hours=1, minutes=3)
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


def normalize_rtf(path):
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
    body = re.sub(r"\{\\(creatim|revtim|printim)[^}]*\}", lambda x: "{\\" + x.group(1) +
                  "\\yr2022\\mo9\\dy12\\hr9\\min30}", body)
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
        tmp = tempfile.mkdtemp(prefix="h8_")
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
            normalize_rtf(path)
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


# ------------------------------------------------------------------ 1. город Ноябрьск, 2022 (docx; forms over пары | наставляемые)
NOY = [  # (name in the 2022 справка, name in the 2023 monitoring, cluster, forms in 2022)
    ("МБОУ «СОШ № 1»", "МБОУ СОШ № 1 МО г. Ноябрьск", "noyabrsk/school-1", {UU, TT, SU}),
    ("МБОУ «СОШ № 2»", "МБОУ «Средняя общеобразовательная школа № 2»", "noyabrsk/school-2", {UU, TT, RU}),
    ("МАОУ «СОШ № 3»", "МАОУ СОШ № 3", "noyabrsk/school-3", {UU, TT}),
    ("МБОУ «СОШ № 4»", "МБОУ СОШ № 4", "noyabrsk/school-4", {UU}),
    ("МАОУ «Гимназия № 1»", "МАОУ «Гимназия № 1» г. Ноябрьска", "noyabrsk/gymnasium-1", {UU, TT, SU}),
    ("МБОУ «СОШ № 6»", "МБОУ СОШ №6", "noyabrsk/school-6", {UU, TT, SU, RU}),
    ("МБОУ «СОШ № 7»", "МБОУ «СОШ № 7»", "noyabrsk/school-7", {UU, TT}),
    ("МБОУ «СОШ № 8»", "МБОУ СОШ № 8 г. Ноябрьска", "noyabrsk/school-8", {UU}),
    ("МБОУ «СОШ № 9»", "МБОУ «СОШ № 9»", "noyabrsk/school-9", {UU, TT, RU}),
    ("МАОУ «СОШ № 10»", "МАОУ СОШ № 10", "noyabrsk/school-10", {UU, TT, SU, RU}),
    ("МБОУ «СОШ № 12»", "МБОУ «СОШ № 12» мкр. Вынгапуровский", "noyabrsk/school-12", {UU, TT}),
    ("МБОУ «СОШ № 13»", "МБОУ СОШ № 13", "noyabrsk/school-13", {UU, TT, RU}),
    ("МАОУ «Лицей № 1»", "МАОУ Лицей № 1", "noyabrsk/lyceum-1", {UU, TT}),
    ("МБОУ «СОШ № 14»", "МБОУ СОШ № 14", "noyabrsk/school-14", {UU, TT}),
]


@builder
def doc_noyabrsk_2022():
    rng = random.Random(8101)
    d = Doc("noyabrsk_spravka_2022", "docx", "город Ноябрьск", as_of="2022-05-20", landscape=True,
            author="Гайнуллина Р.Ф.")
    forms = [UU, TT, SU, RU]
    O = [o[0] for o in NOY]
    for name, _, cl, _ in NOY:
        d.org(name, cl)

    def gen():
        data = {}
        for name, _, cl, fs in NOY:
            row = {}
            for f in forms:
                if f not in fs:
                    row[f] = (0, 0)
                elif f == UU:
                    p = rng.randint(12, 34)
                    row[f] = (p, p + rng.randint(p // 2, p + 8))
                elif f == TT:
                    p = rng.randint(2, 7)
                    row[f] = (p, p + rng.randint(0, 2))
                elif f == SU:
                    p = rng.randint(2, 5)
                    row[f] = (p, p * rng.randint(2, 4))
                else:
                    p = rng.randint(1, 3)
                    row[f] = (p, rng.randint(5, 14))
            data[name] = row
        return data

    def valid(data):
        tp = {f: sum(data[o][f][0] for o in O) for f in forms}
        te = {f: sum(data[o][f][1] for o in O) for f in forms}
        SE = sum(te.values())
        return safe(te[UU] / SE * 100) and safe(te[UU] / tp[UU]) and te[UU] / SE * 100 > 55
    data = retry(gen, valid)

    d.head("Администрация города Ноябрьска\nДЕПАРТАМЕНТ ОБРАЗОВАНИЯ")
    d.title("Аналитическая справка\nпо результатам мониторинга реализации целевой модели наставничества в "
            "общеобразовательных организациях муниципального образования город Ноябрьск\n"
            "(по состоянию на 20.05.2022)")
    d.p("Мониторинг проведён отделом развития общего образования департамента образования с 4 по 20 мая 2022 года "
        "на основании приказа департамента образования от 18.04.2022 № 402-о. Внедрение целевой модели "
        "наставничества осуществляется в соответствии с " + P145 + ", и приказом департамента образования "
        "Ямало-Ненецкого автономного округа от 22.09.2020 № 1023.")
    d.p(f"Программы наставничества разработаны и реализуются во всех {len(O)} муниципальных общеобразовательных "
        f"организациях города (далее – ОО). Сведения о количестве наставнических пар (групп) и численности "
        f"наставляемых в разрезе форм наставничества приведены в таблице.")
    d.c_count("organizations", "во всех N муниципальных ОО", len(O), len(O))

    t = Table(10, widths=[1.0, 4.5] + [2.65] * 8, font=10, hfont=9, hbold=False,
              caption="Таблица. Наставнические пары (группы) и наставляемые по формам наставничества")
    t.hrow(Cell("№\nп/п", rs=2), Cell("Наименование ОО", rs=2), *[Cell("Форма " + FQ[f], cs=2) for f in forms])
    t.hrow(*(["пар (групп), ед.", "наставляемых, чел."] * 4))
    for i, name in enumerate(O, 1):
        cells = [str(i), name]
        for f in forms:
            p, e = data[name][f]
            cells += [F(z(p), name, "pairs", f), F(z(e), name, "mentees", f)]
        t.row("org", cells)
    tp = {f: sum(data[o][f][0] for o in O) for f in forms}
    te = {f: sum(data[o][f][1] for o in O) for f in forms}
    t.row("total", [Cell("Итого", cs=2)] + [n(x) for f in forms for x in (tp[f], te[f])])
    d.table(t)
    for f in forms:
        d.c_sum("pairs", f"строка «Итого», форма {FQ[f]}, пар (групп)", n(tp[f]), [data[o][f][0] for o in O])
        d.c_sum("mentees", f"строка «Итого», форма {FQ[f]}, наставляемых", n(te[f]), [data[o][f][1] for o in O])

    SP, SE = sum(tp.values()), sum(te.values())
    d.p(f"Всего в общеобразовательных организациях сформировано {n(SP, NB)} наставнических "
        f"{plural(SP, 'пара', 'пары', 'пар')} (групп), в которые включены {n(SE, NB)} наставляемых.")
    d.c_sum("pairs", "в тексте: наставнических пар (групп) всего", n(SP), [data[o][f][0] for o in O for f in forms])
    d.c_sum("mentees", "в тексте: наставляемых всего", n(SE), [data[o][f][1] for o in O for f in forms])

    impl = {f: [o for o in O if data[o][f][0] > 0] for f in forms}
    uu_share = pc(te[UU] / SE * 100)
    uu_fill = pc(te[UU] / tp[UU])
    d.p(f"Самой востребованной остаётся форма «ученик – ученик»: она реализуется во всех {len(impl[UU])} ОО, на неё "
        f"приходится {uu_share}% от общего числа наставляемых; средняя наполняемость группы в этой форме – "
        f"{uu_fill} наставляемого. Форма «учитель – учитель» используется в {len(impl[TT])} ОО для сопровождения "
        f"молодых специалистов и педагогов, впервые приступивших к работе в образовательной организации.")
    d.c_count("pairs", "форма «ученик – ученик» реализуется во всех N ОО", len(impl[UU]), len(impl[UU]))
    d.c_share("mentees", "доля наставляемых формы «ученик – ученик» от общего числа", uu_share, te[UU], SE)
    d.c_ratio("mentees", "средняя наполняемость группы формы «ученик – ученик» (наставляемых на пару)", uu_fill,
              te[UU], tp[UU])
    d.c_count("pairs", "форма «учитель – учитель» используется в N ОО", len(impl[TT]), len(impl[TT]))

    su_names = impl[SU]
    ru_stated = [o for o in impl[RU] if num_of(o) != "10"]   # PLANTED: МАОУ «СОШ № 10» is left out of the list
    assert len(ru_stated) == len(impl[RU]) - 1
    d.p(f"Форма «студент – ученик» реализуется в {len(su_names)} ОО ({join_ru(su_names)}) во взаимодействии с "
        f"филиалом Тюменского индустриального университета в г. Ноябрьске. Форму «работодатель – ученик» "
        f"реализуют {join_ru(ru_stated)}; наставниками выступают специалисты предприятий нефтегазового "
        f"комплекса и организаций города.")
    d.c_count("pairs", "форма «студент – ученик» реализуется в N ОО", len(su_names), len(su_names))
    d.c_member("pairs", "список ОО формы «студент – ученик»", su_names, impl[SU])
    d.c_member("pairs", "список ОО формы «работодатель – ученик»", ru_stated, impl[RU], planted=True)

    nforms = [sum(1 for f in forms if data[o][f][0] > 0) for o in O]
    four = [o for o, k in zip(O, nforms) if k == 4]
    one = [o for o, k in zip(O, nforms) if k == 1]
    mean_f = pc(sum(nforms) / len(nforms))
    d.p(f"Все четыре формы наставничества реализуют только {join_ru(four)}. В среднем на одну ОО приходится "
        f"{mean_f} формы наставничества. {join_ru(one)} реализуют лишь одну форму («ученик – ученик»); "
        f"руководителям указанных ОО рекомендовано до 01.09.2022 включить в программы наставничества форму "
        f"«учитель – учитель».")
    d.c_member("forms_count", "все четыре формы реализуют", four, four)
    d.c_mean("forms_count", "в среднем на одну ОО приходится N формы", mean_f, nforms)
    d.c_member("forms_count", "лишь одну форму реализуют", one, [o for o in O if sum(1 for f in forms
                                                                                       if data[o][f][0]) == 1])
    d.p("Предложения: продолжить работу по привлечению к наставнической деятельности представителей предприятий – "
        "партнёров; обеспечить своевременное внесение сведений о наставнических парах в региональную "
        "информационную систему; обобщить опыт МАОУ «СОШ № 10» на августовском совещании педагогических "
        "работников.")
    d.sign("Начальник отдела развития общего образования                                  Р.Ф. Гайнуллина\n"
           "Исп.: Корчагина А.С., тел. 8 (3496) 42-17-09")
    return d


# ------------------------------------------------------------------ 2. город Ноябрьск, 2023 (pdf, ruled, table over two pages)
NOY_DO = [("МАУ ДО «Дом детского творчества»", "noyabrsk/ddt"),
          ("МБУ ДО «Станция юных техников»", "noyabrsk/syut")]
NOY_LOW = ["4", "8", "12"]        # schools below the 10% mentee target


@builder
def doc_noyabrsk_2023():
    rng = random.Random(8102)
    d = Doc("noyabrsk_monitoring_2023", "pdf", "город Ноябрьск", as_of="2023-01-16", author="Корчагина А.С.",
            font=12)
    orgs = [(o[1], o[2]) for o in NOY] + NOY_DO
    for name, cl in orgs:
        d.org(name, cl)

    def gen():
        rows = []
        for name, cl in orgs:
            if "ДО" in name:
                tot = rng.randint(1100, 1900)
                band = (10.5, 14.0)
            else:
                tot = rng.randint(640, 1480)
                band = (6.0, 9.4) if num_of(name) in NOY_LOW and "СОШ" in name else (10.6, 24.0)
            e = int(tot * rng.uniform(*band) / 100)
            m = int(tot * rng.uniform(0.054, 0.105))
            tch = rng.randint(8, 31)
            rows.append((name, tot, e, m, tch))
        return rows

    def valid(rows):
        for name, tot, e, m, tch in rows:
            if not (safe(e / tot * 100) and safe(m / tot * 100)):
                return False
            low = "СОШ" in name and num_of(name) in NOY_LOW
            if (rnd(e / tot * 100) < 10) != low or m / tot * 100 < 5.3:
                return False
        T, E, M = (sum(r[i] for r in rows) for i in (1, 2, 3))
        return safe(E / T * 100) and safe(M / T * 100) and 6.0 < M / T * 100 < 8.9
    rows = retry(gen, valid)
    T, E, M, P = (sum(r[i] for r in rows) for i in (1, 2, 3, 4))

    d.head("ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ\nАДМИНИСТРАЦИИ ГОРОДА НОЯБРЬСКА")
    d.title("СПРАВКА\nо достижении показателей вовлечённости обучающихся в программы наставничества\n"
            "в образовательных организациях города Ноябрьска\nпо состоянию на 16.01.2023")
    d.p("В соответствии с планом мероприятий («дорожной картой») по реализации целевой модели наставничества в "
        "муниципальном образовании город Ноябрьск на 2021–2024 годы, утверждённым приказом департамента "
        "образования от 01.10.2021 № 988-о, в январе 2023 года проведён сбор сведений о численности обучающихся, "
        "вовлечённых в программы наставничества в роли наставляемого и в роли наставника, а также о численности "
        "педагогических работников, участвующих в программах наставничества.")
    d.p("Сведения представлены всеми муниципальными общеобразовательными организациями и двумя организациями "
        "дополнительного образования. Расчёт долей выполнен от общей численности обучающихся организации по "
        "данным статистического отчёта ОО-1 на 20.09.2022 (для организаций дополнительного образования – по данным "
        "статистического отчёта 1-ДО). Показатели эффективности внедрения целевой модели наставничества "
        "установлены приказом департамента образования от 01.10.2021 № 988-о: доля обучающихся в роли "
        "наставляемого – не менее 10%, доля обучающихся в роли наставника – не менее 5% от общей численности "
        "обучающихся.")
    d.p("Результаты мониторинга по каждой организации приведены в таблице 1. Сведения о наставнических парах, "
        "сформированных в отчётном периоде, внесены организациями в региональную информационную систему и "
        "в настоящей справке не дублируются.")
    d.c_count("organizations", "«двумя организациями дополнительного образования»", 2,
              sum(1 for name, _ in orgs if " ДО " in name))
    t = Table(8, widths=[0.8, 4.3, 2.6, 1.6, 1.8, 1.6, 1.8, 2.5], font=10, hfont=8, hbold=True, cell_pad=70,
              caption="Таблица 1")
    t.hrow(Cell("№ п/п", rs=2), Cell("Образовательная организация", rs=2), Cell("Численность обучающихся, чел.", rs=2),
           Cell("Обучающиеся в роли наставляемого", cs=2), Cell("Обучающиеся в роли наставника", cs=2),
           Cell("Вовлечено педагогов, чел.", rs=2))
    t.hrow("чел.", "доля", "чел.", "доля")
    for k, (name, tot, e, m, tch) in enumerate(rows, 1):
        t.row("org", [str(k), name, F(n(tot), name, "students_total"), F(str(e), name, "mentees"),
                      F(pc(e / tot * 100) + "%", name, "mentee_share_pct"), F(str(m), name, "mentors"),
                      F(pc(m / tot * 100) + "%", name, "mentor_share_pct"), F(str(tch), name, "teachers_involved")])
    t.row("total", [Cell("ИТОГО по городу", cs=2), n(T), n(E), pc(E / T * 100) + "%", n(M), pc(M / T * 100) + "%", n(P)])
    d.table(t)
    for name, tot, e, m, tch in rows:
        d.c_share("mentee_share_pct", f"{name}: доля наставляемых", pc(e / tot * 100), e, tot)
        d.c_share("mentor_share_pct", f"{name}: доля наставников", pc(m / tot * 100), m, tot)
    d.c_sum("students_total", "строка «ИТОГО по городу», численность", n(T), [r[1] for r in rows])
    d.c_sum("mentees", "строка «ИТОГО по городу», наставляемые", n(E), [r[2] for r in rows])
    d.c_share("mentee_share_pct", "строка «ИТОГО по городу», доля наставляемых", pc(E / T * 100), E, T)
    d.c_sum("mentors", "строка «ИТОГО по городу», наставники", n(M), [r[3] for r in rows])
    d.c_share("mentor_share_pct", "строка «ИТОГО по городу», доля наставников", pc(M / T * 100), M, T)
    d.c_sum("teachers_involved", "строка «ИТОГО по городу», педагоги", n(P), [r[4] for r in rows])

    low = [r[0] for r in rows if rnd(r[2] / r[1] * 100) < 10]
    d.p(f"Доля обучающихся в роли наставляемого в целом по городу составила {pc(E / T * 100)}% ({n(E, NB)} из "
        f"{n(T, NB)} обучающихся); целевое значение на 2022 год (не менее 10%) достигнуто. Вместе с тем показатель "
        f"не достигнут в {len(low)} ОО: {join_ru(low)}.")
    d.c_share("mentee_share_pct", "в тексте: доля наставляемых по городу", pc(E / T * 100), E, T)
    d.c_sum("mentees", "в тексте: наставляемых", n(E), [r[2] for r in rows])
    d.c_sum("students_total", "в тексте: обучающихся", n(T), [r[1] for r in rows])
    d.c_target("mentee_share_pct", "целевое значение (не менее 10%) достигнуто", 10, E / T * 100)
    d.c_count("mentee_share_pct", "показатель не достигнут в N ОО", len(low), len(low))
    d.c_member("mentee_share_pct", "список ОО, не достигших 10%", low,
               [r[0] for r in rows if r[2] / r[1] * 100 < 10])
    m_stated = pc(M / T * 100 + 1.0)          # PLANTED: the share of mentors is one point too high
    d.p(f"В роли наставника выступили {n(M, NB)} обучающихся – {m_stated}% от общей численности при плановом "
        f"значении 5%; плановое значение превышено во всех организациях. В программах наставничества "
        f"задействованы {n(P, NB)} {plural(P, 'педагог', 'педагога', 'педагогов')}.")
    d.c_sum("mentors", "в тексте: наставников", n(M), [r[3] for r in rows])
    d.c_share("mentor_share_pct", "в тексте: доля наставников", m_stated, M, T, planted=True)
    d.c_target("mentor_share_pct", "плановое значение 5% превышено (по городу)", 5, M / T * 100)
    d.c_target("mentor_share_pct", "плановое значение 5% превышено во всех организациях (наименьшая доля)", 5,
               min(rnd(r[3] / r[1] * 100) for r in rows))
    d.c_sum("teachers_involved", "в тексте: педагогов", n(P), [r[4] for r in rows])
    d.p("Руководителям МБОУ СОШ № 4, МБОУ СОШ № 8 г. Ноябрьска и МБОУ «СОШ № 12» мкр. Вынгапуровский в срок до "
        "01.03.2023 представить в департамент образования планы по увеличению охвата обучающихся программами "
        "наставничества.")
    d.sign("Заместитель начальника департамента образования                     О.В. Лазарева\n"
           "Исп.: Корчагина А.С., 42-17-09")
    return d


# ------------------------------------------------------------------ 3. город Майкоп, 2021 (doc; young teachers, note rows)
MAYKOP = [  # (name in the 2021 справка, name in the 2022 workbook, cluster, short name for the text)
    ("МБОУ «СШ № 1»", "МБОУ «Средняя школа № 1»", "maykop/school-1", "СШ № 1"),
    ("МБОУ «СШ № 2»", "МБОУ СШ №2", "maykop/school-2", "СШ № 2"),
    ("МБОУ «СШ № 3»", "МБОУ «Средняя школа № 3»", "maykop/school-3", "СШ № 3"),
    ("МБОУ «СШ № 4»", "МБОУ «СШ №4»", "maykop/school-4", "СШ № 4"),
    ("МБОУ «Гимназия № 5»", "МБОУ «Гимназия №5»", "maykop/gymnasium-5", "Гимназия № 5"),
    ("МБОУ «СШ № 6»", "МБОУ «Средняя школа № 6»", "maykop/school-6", "СШ № 6"),
    ("МБОУ «СШ № 7»", "МБОУ «СШ № 7»", "maykop/school-7", "СШ № 7"),
    ("МБОУ «Лицей № 8»", "МБОУ Лицей № 8", "maykop/lyceum-8", "Лицей № 8"),
    ("МБОУ «СШ № 9»", "МБОУ «Средняя школа № 9»", "maykop/school-9", "СШ № 9"),
    ("МБОУ «СШ № 10»", "МБОУ СШ № 10", "maykop/school-10", "СШ № 10"),
    ("МБОУ «СШ № 11»", "МБОУ «Средняя школа № 11»", "maykop/school-11", "СШ № 11"),
    ("МБОУ «СШ № 13»", "МБОУ СШ № 13", "maykop/school-13", "СШ № 13"),
    ("МБОУ «Лицей № 19»", "МБОУ «Лицей №19»", "maykop/lyceum-19", "Лицей № 19"),
    ("МБОУ «Гимназия № 22»", "МБОУ «Гимназия № 22»", "maykop/gymnasium-22", "Гимназия № 22"),
    ("МБОУ «Лицей № 34»", "МБОУ «Лицей № 34»", "maykop/lyceum-34", "Лицей № 34"),
    ("МБОУ «Лицей № 35»", "МБОУ «Лицей №35»", "maykop/lyceum-35", "Лицей № 35"),
]
MAYKOP_NONE = {"МБОУ «СШ № 3»", "МБОУ «СШ № 10»", "МБОУ «СШ № 13»"}     # no young teachers in 2021
MAYKOP_LOW = {"МБОУ «СШ № 7»", "МБОУ «Лицей № 34»"}                     # fewer than half covered


@builder
def doc_maykop_2021():
    rng = random.Random(8103)
    d = Doc("maykop_molodye_2021", "doc", "город Майкоп", as_of="2021-10-01", author="Хуако С.А.")
    O = [o[0] for o in MAYKOP]
    for name, _, cl, _ in MAYKOP:
        d.org(name, cl)

    def gen():
        data = {}
        for name in O:
            if name in MAYKOP_NONE:
                data[name] = None
                continue
            y = rng.randint(2, 7)
            if name in MAYKOP_LOW:
                m = rng.randint(1, (y - 1) // 2) if y >= 3 else 0
            elif rng.random() < 0.55:
                m = y
            else:
                m = rng.randint(max(1, (y + 1) // 2), y - 1) if y >= 2 else y
            mentors = max(1, m - rng.randint(0, 1)) if m else 0
            data[name] = (y, m, mentors)
        return data

    def shares(data):
        return [data[o][1] / data[o][0] * 100 for o in O if data[o]]

    def valid(data):
        vals = [data[o] for o in O if data[o]]
        Y, M = sum(v[0] for v in vals), sum(v[1] for v in vals)
        sh = shares(data)
        full = sum(1 for v in vals if v[0] == v[1])
        low = {o for o in O if data[o] and data[o][1] / data[o][0] < 0.5}
        return (low == MAYKOP_LOW and all(safe(x) for x in sh) and safe(M / Y * 100) and safe(sum(sh) / len(sh))
                and 6 <= full <= 9 and all(v[1] > 0 for v in vals))
    data = retry(gen, valid)
    vals = [(o, data[o]) for o in O if data[o]]
    Y, M, MT = (sum(v[i] for _, v in vals) for i in (0, 1, 2))

    d.head("КОМИТЕТ ПО ОБРАЗОВАНИЮ\nАДМИНИСТРАЦИИ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «ГОРОД МАЙКОП»")
    d.title("Информационная справка\nо сопровождении молодых специалистов в рамках реализации целевой модели "
            "наставничества в муниципальных бюджетных общеобразовательных учреждениях г. Майкопа\n"
            "(на 01.10.2021)")
    d.p("Во исполнение приказа Министерства образования и науки Республики Адыгея от 28.08.2020 № 1092 «О внедрении "
        "целевой модели наставничества» и приказа Комитета по образованию от 07.09.2020 № 385 в муниципальных "
        "бюджетных общеобразовательных учреждениях (далее – ОУ) организовано наставничество в форме «учитель – "
        "учитель». Ниже приводятся сведения о молодых специалистах (педагогах в возрасте до 35 лет со стажем "
        "педагогической работы до 3 лет) и их включении в программы наставничества на начало 2021/2022 учебного "
        "года.")
    t = Table(6, widths=[0.9, 4.6, 2.9, 3.4, 1.8, 3.0], font=11, hfont=10,
              caption="Таблица 1. Включение молодых специалистов в программы наставничества")
    t.hrow("№ п/п", "Наименование ОУ", "Количество молодых специалистов (стаж работы до 3 лет), чел.",
           "Из них включены в программы наставничества в роли наставляемого, чел.", "Доля, %",
           "Количество педагогов-наставников (форма «учитель – учитель»), чел.")
    for k, name in enumerate(O, 1):
        v = data[name]
        if v is None:
            t.row("org", [str(k), name,
                          Cell("нет молодых специалистов", cs=3, align="center",
                               facts=[(name, "young_teachers", "", ""), (name, "young_teacher_mentees", "", ""),
                                      (name, "young_teacher_mentee_share_pct", "", "")]),
                          F(DASH, name, "mentors", TT)])
        else:
            y, m, mt = v
            sh = "100" if m == y else pc(m / y * 100)
            t.row("org", [str(k), name, F(str(y), name, "young_teachers"), F(str(m), name, "young_teacher_mentees"),
                          F(sh, name, "young_teacher_mentee_share_pct"), F(str(mt), name, "mentors", TT)])
    m_printed = M + 2           # PLANTED: the «Итого» of включённых в программы is 2 more than the column
    t.row("total", [Cell("Итого", cs=2), str(Y), str(m_printed), "х", str(MT)])
    d.table(t)
    for name, (y, m, mt) in vals:
        if m != y:
            d.c_share("young_teacher_mentee_share_pct", f"{name}: доля", pc(m / y * 100), m, y)
        else:
            d.c_share("young_teacher_mentee_share_pct", f"{name}: доля", "100", m, y)
    d.c_sum("young_teachers", "строка «Итого», молодых специалистов", str(Y), [v[0] for _, v in vals])
    d.c_sum("young_teacher_mentees", "строка «Итого», включены в программы наставничества", str(m_printed),
            [v[1] for _, v in vals], planted=True)
    d.c_sum("mentors", "строка «Итого», педагогов-наставников", str(MT), [v[2] for _, v in vals])

    d.p(f"Молодые специалисты работают в {len(vals)} из {len(O)} ОУ; в МБОУ «СШ № 3», МБОУ «СШ № 10» и МБОУ «СШ № 13» "
        f"молодых специалистов на начало учебного года нет. Всего в ОУ города трудятся {Y} молодых "
        f"{plural(Y, 'специалист', 'специалиста', 'специалистов')}, из них {M} ({pc(M / Y * 100)}%) включены в "
        f"программы наставничества в роли наставляемого.")
    d.c_count("young_teachers", "молодые специалисты работают в N ОУ", len(vals), len(vals))
    d.c_count("organizations", "… из N ОУ", len(O), len(O))
    d.c_member("young_teachers", "ОУ без молодых специалистов", ["МБОУ «СШ № 3»", "МБОУ «СШ № 10»", "МБОУ «СШ № 13»"],
               [o for o in O if data[o] is None])
    d.c_sum("young_teachers", "в тексте: молодых специалистов", str(Y), [v[0] for _, v in vals])
    d.c_sum("young_teacher_mentees", "в тексте: включены в программы наставничества", str(M), [v[1] for _, v in vals])
    d.c_share("young_teacher_mentee_share_pct", "в тексте: доля включённых", pc(M / Y * 100), M, Y)
    full = [o for o, v in vals if v[0] == v[1]]
    low = [o for o, v in vals if v[1] / v[0] < 0.5]
    sh = [parse_num("100" if v[0] == v[1] else pc(v[1] / v[0] * 100)) for _, v in vals]
    mean_sh = pc(sum(sh) / len(sh))
    d.p(f"Все молодые специалисты закреплены за наставниками в {len(full)} ОУ. Средний показатель по ОУ, в которых "
        f"работают молодые специалисты, составил {mean_sh}%. Менее половины молодых специалистов включены в "
        f"программы наставничества в {join_ru(low)}: в этих учреждениях часть молодых педагогов сопровождается "
        f"методическими объединениями без оформления наставнических пар.")
    d.c_count("young_teacher_mentee_share_pct", "все молодые специалисты закреплены в N ОУ", len(full), len(full))
    d.c_mean("young_teacher_mentee_share_pct", "средний показатель по ОУ с молодыми специалистами", mean_sh, sh)
    d.c_member("young_teacher_mentee_share_pct", "менее половины включены", low,
               [o for o, v in vals if v[1] / v[0] * 100 < 50])
    d.p(f"Наставническую деятельность в форме «учитель – учитель» осуществляют {MT} "
        f"{plural(MT, 'педагог', 'педагога', 'педагогов')}, имеющих высшую или первую квалификационную категорию.")
    d.c_sum("mentors", "в тексте: педагогов-наставников", str(MT), [v[2] for _, v in vals])
    d.p("Руководителям ОУ в срок до 15.10.2021 обеспечить закрепление наставников за всеми молодыми специалистами "
        "и внести сведения о наставнических парах в базу наставников и наставляемых.")
    d.sign("Заместитель руководителя Комитета по образованию                       С.А. Хуако")
    return d


# ------------------------------------------------------------------ 4. город Майкоп, 2022 (xlsx; forms, pairs, people; other spellings)
MAYKOP_FOUR = {"МБОУ Лицей № 8", "МБОУ «Гимназия № 22»", "МБОУ «Лицей №35»"}
MAYKOP_ONE = {"МБОУ «Средняя школа № 11»", "МБОУ СШ № 13"}


@builder
def doc_maykop_2022():
    rng = random.Random(8104)
    d = Doc("maykop_itogi_2022", "xlsx", "город Майкоп", as_of="2022-05-25", author="Хуако С.А.")
    d.sheet = "Наставничество 2022"
    d.xlsx_widths = [6, 40, 16, 16, 16, 16]
    O = [o[1] for o in MAYKOP]
    for _, name, cl, _ in MAYKOP:
        d.org(name, cl)

    def gen():
        rows = []
        for name in O:
            if name in MAYKOP_FOUR:
                k = 4
            elif name in MAYKOP_ONE:
                k = 1
            else:
                k = rng.choice([2, 2, 2, 3])
            s = rng.randint(70, 125) * k // 2 + rng.randint(20, 60)
            p = rng.randint(int(s * 0.35), int(s * 0.55))
            tch = rng.randint(6, 22)
            rows.append((name, k, p, s, tch))
        return rows

    def valid(rows):
        S = sum(r[3] for r in rows)
        mean = sum(r[1] for r in rows) / len(rows)
        return safe(mean) and safe(S / 18306 * 100) and 2.2 <= mean <= 2.5
    rows = retry(gen, valid)
    K, P, S, TC = (sum(r[i] for r in rows) for i in (1, 2, 3, 4))
    BASE_STUDENTS = 18306

    d.head("Комитет по образованию Администрации муниципального образования «Город Майкоп»")
    d.title("Итоги реализации программ наставничества в общеобразовательных учреждениях города Майкопа "
            "в 2021/2022 учебном году")
    d.plain("Сведения на 25.05.2022")
    t = Table(6)
    t.hrow("№ п/п", "Наименование общеобразовательного учреждения", "Количество реализуемых форм наставничества",
           "Количество наставнических пар (групп)", "Вовлечено обучающихся, чел.", "Вовлечено педагогов, чел.")
    for k, (name, kf, p, s, tch) in enumerate(rows, 1):
        t.row("org", [str(k), name, F(str(kf), name, "forms_count"), F(str(p), name, "pairs"),
                      F(str(s), name, "students_involved"), F(str(tch), name, "teachers_involved")])
    t.row("total", ["", "Всего", "х", n(P), n(S), n(TC)])
    d.table(t)
    d.c_sum("pairs", "строка «Всего», пар (групп)", n(P), [r[2] for r in rows])
    d.c_sum("students_involved", "строка «Всего», обучающихся", n(S), [r[3] for r in rows])
    d.c_sum("teachers_involved", "строка «Всего», педагогов", n(TC), [r[4] for r in rows])

    d.plain("Выводы:")
    d.p(f"1. Всего в программы наставничества вовлечено {n(S + TC)} {plural(S + TC, 'человек', 'человека', 'человек')}, из них {n(S)} обучающихся и {TC} "
        f"{plural(TC, 'педагог', 'педагога', 'педагогов')}.")
    d.c_comp("students_involved", f"{S + TC} = {S} обучающихся + {TC} педагогов", n(S + TC), [S, TC])
    d.c_sum("students_involved", "вывод 1: обучающихся", n(S), [r[3] for r in rows])
    d.c_sum("teachers_involved", "вывод 1: педагогов", str(TC), [r[4] for r in rows])
    d.p(f"2. Охват обучающихся программами наставничества составил {pc(S / BASE_STUDENTS * 100)}% от общей "
        f"численности обучающихся ({n(BASE_STUDENTS)} чел.).")
    d.c_share("students_involved", "вывод 2: охват от численности 18 306 (из текста)", pc(S / BASE_STUDENTS * 100),
              S, BASE_STUDENTS)
    true_mean = K / len(rows)
    stated_mean = pc(true_mean + 0.3)      # PLANTED: the mean number of forms is 0.3 too high
    d.p(f"3. В среднем одно учреждение реализует {stated_mean} формы наставничества; количество наставнических "
        f"пар (групп) – {n(P)}.")
    d.c_mean("forms_count", "вывод 3: в среднем форм на одно учреждение", stated_mean, [r[1] for r in rows],
             planted=True)
    d.c_sum("pairs", "вывод 3: пар (групп)", n(P), [r[2] for r in rows])
    four = [r[0] for r in rows if r[1] == 4]
    one = [r[0] for r in rows if r[1] == 1]
    d.p(f"4. Все четыре формы наставничества реализуют {len(four)} учреждения: {join_ru(four)}. Только одну форму "
        f"(«ученик – ученик») реализуют {join_ru(one)}.")
    d.c_count("forms_count", "вывод 4: все четыре формы реализуют N учреждения", len(four), len(four))
    d.c_member("forms_count", "вывод 4: все четыре формы", four, [r[0] for r in rows if r[1] == 4])
    d.c_member("forms_count", "вывод 4: только одну форму", one, [r[0] for r in rows if r[1] == 1])
    d.plain("Исполнитель: Тлехурай З.М., 52-41-68")
    return d


# ------------------------------------------------------------------ 5. город Евпатория (txt, tab-separated, cp1251; plan vs fact)
EVPATORIA = [  # (name, cluster, plan met?)
    ("МБОУ «СШ № 2»", "evpatoria/school-2", True),
    ("МБОУ «СШ № 3»", "evpatoria/school-3", False),
    ("МБОУ «СШ № 4»", "evpatoria/school-4", True),
    ("МБОУ «Гимназия им. И. Сельвинского»", "evpatoria/gymnasium-selvinsky", True),
    ("МБОУ «СШ № 11»", "evpatoria/school-11", True),
    ("МБОУ «СШ № 12»", "evpatoria/school-12", False),
    ("МБОУ «СШ № 13»", "evpatoria/school-13", True),
    ("МБОУ «СШ № 14»", "evpatoria/school-14", False),
    ("МБОУ «СШ № 16 им. Героя Советского Союза Н. Токарева»", "evpatoria/school-16", True),
    ("МБОУ «СШ № 17»", "evpatoria/school-17", True),
    ("МБОУ «УВК «Интеграл»»", "evpatoria/uvk-integral", False),
    ("МБОУ «Заозёрненская СШ»", "evpatoria/zaozernoe", True),
    ("МБОУ «Новоозёрновская СШ»", "evpatoria/novoozernoe", False),
]


@builder
def doc_evpatoria_plan():
    rng = random.Random(8105)
    d = Doc("evpatoria_plan_2022", "txt", "город Евпатория", as_of="2022-12-26", enc="cp1251", txt_mode="tab")
    for name, cl, _ in EVPATORIA:
        d.org(name, cl)

    def gen():
        rows = []
        for name, cl, met in EVPATORIA:
            plan = rng.randint(14, 34) * 5
            if "Заозёрненская" in name or "Новоозёрновская" in name:
                plan = rng.randint(8, 14) * 5
            fact = plan + rng.randint(2, 40) if met else plan - rng.randint(4, 25)
            mentors = rng.randint(int(fact * 0.18), int(fact * 0.33))
            rows.append((name, met, plan, fact, mentors))
        return rows

    def valid(rows):
        PL, FA, MN = (sum(r[i] for r in rows) for i in (2, 3, 4))
        return safe(FA / PL * 100) and safe(MN / FA * 100) and FA > PL
    rows = retry(gen, valid)
    PL, FA, MN = (sum(r[i] for r in rows) for i in (2, 3, 4))

    d.head("Управление образования администрации города Евпатории Республики Крым")
    d.title("ИНФОРМАЦИЯ\nо выполнении плановых показателей вовлечения обучающихся в программы наставничества\n"
            "муниципальными бюджетными общеобразовательными учреждениями за 2022 год (на 26.12.2022)")
    d.p("Плановые показатели вовлечения обучающихся в программы наставничества на 2022 год установлены каждому "
        "общеобразовательному учреждению (далее – ОУ) приказом управления образования от 17.01.2022 № 01-04/23 "
        "«Об утверждении плановых показателей реализации целевой модели наставничества». Фактические значения "
        "приведены по данным персонифицированного учёта, который ведут кураторы внедрения целевой модели "
        "наставничества в ОУ.")
    t = Table(5)
    t.hrow("№ п/п", "Наименование ОУ", "Плановый показатель на 2022 год (приказ от 17.01.2022 № 01-04/23), чел.",
           "Фактически вовлечено обучающихся в программы наставничества, чел.",
           "в том числе в роли наставника, чел.")
    for k, (name, met, plan, fact, mn) in enumerate(rows, 1):
        t.row("org", [str(k), name, F(str(plan), name, "planned_participants"), F(str(fact), name, "students_involved"),
                      F(str(mn), name, "mentors")])
    t.row("total", ["", "Всего по городу", n(PL), n(FA), str(MN)])
    d.table(t)
    d.c_sum("planned_participants", "строка «Всего по городу», план", n(PL), [r[2] for r in rows])
    d.c_sum("students_involved", "строка «Всего по городу», факт", n(FA), [r[3] for r in rows])
    d.c_sum("mentors", "строка «Всего по городу», в роли наставника", str(MN), [r[4] for r in rows])

    met = [r[0] for r in rows if r[3] >= r[2]]
    notmet = [r[0] for r in rows if r[3] < r[2]]
    d.p(f"Плановый показатель по городу на 2022 год – {n(PL)} обучающихся. Фактически в программы наставничества "
        f"вовлечено {n(FA)} обучающихся, что составляет {pc(FA / PL * 100)}% от плана; в том числе в роли "
        f"наставника – {MN} обучающихся ({pc(MN / FA * 100)}% от числа вовлечённых).")
    d.c_sum("planned_participants", "в тексте: плановый показатель по городу", n(PL), [r[2] for r in rows])
    d.c_sum("students_involved", "в тексте: фактически вовлечено", n(FA), [r[3] for r in rows])
    d.c_share("students_involved", "в тексте: выполнение плана, %", pc(FA / PL * 100), FA, PL)
    d.c_sum("mentors", "в тексте: в роли наставника", str(MN), [r[4] for r in rows])
    d.c_share("mentors", "в тексте: доля наставников от числа вовлечённых", pc(MN / FA * 100), MN, FA)
    stated_met = len(met) + 1            # PLANTED: one more ОУ than the table gives is said to have met its plan
    d.p(f"Плановый показатель выполнен (перевыполнен) в {stated_met} ОУ. Не выполнен план в {len(notmet)} ОУ: "
        f"{join_ru(notmet)}. Основные причины – перевод части обучающихся в другие ОУ, длительная болезнь "
        f"педагогов-наставников и позднее формирование наставнических групп в форме «студент – ученик».")
    d.c_count("planned_participants", "план выполнен в N ОУ", stated_met, len(met), planted=True)
    d.c_count("planned_participants", "план не выполнен в N ОУ", len(notmet), len(notmet))
    d.c_member("planned_participants", "список ОУ, не выполнивших план", notmet, [r[0] for r in rows if r[3] < r[2]])
    d.p("Руководителям ОУ, не выполнившим плановый показатель, в срок до 20.01.2023 представить в управление "
        "образования пояснительные записки и план мероприятий по выполнению показателя в 2023 году.")
    d.sign("Начальник отдела общего образования                Л.Н. Мирошниченко")
    return d


# ------------------------------------------------------------------ 6. город Евпатория, приказ о кураторах (rtf; nothing to recompute)
@builder
def doc_evpatoria_prikaz():
    d = Doc("evpatoria_prikaz_517_2022", "rtf", "город Евпатория", kind="приказ", doc_date="2022-09-12",
            doc_number="01-04/517", author="Мирошниченко Л.Н.")
    d.head("АДМИНИСТРАЦИЯ ГОРОДА ЕВПАТОРИИ РЕСПУБЛИКИ КРЫМ\nУПРАВЛЕНИЕ ОБРАЗОВАНИЯ")
    d.title("ПРИКАЗ")
    d.blocks.append(("dateline", ("12.09.2022", "г. Евпатория", "№ 01-04/517")))
    d.title("О назначении кураторов внедрения целевой модели наставничества\nв муниципальных бюджетных "
            "общеобразовательных учреждениях на 2022/2023 учебный год")
    d.p("В соответствии с " + P145 + ", приказом Министерства образования, науки и молодёжи Республики Крым "
        "от 14.08.2020 № 1203 «О внедрении целевой модели наставничества в Республике Крым», в целях "
        "организационного и методического сопровождения программ наставничества в 2022/2023 учебном году")
    d.plain("ПРИКАЗЫВАЮ:")
    d.p("1. Назначить кураторами внедрения целевой модели наставничества в муниципальных бюджетных "
        "общеобразовательных учреждениях работников, указанных в приложении к настоящему приказу.")
    d.p("2. Кураторам внедрения целевой модели наставничества: 2.1. Сформировать базы наставников и наставляемых "
        "до 30.09.2022. 2.2. Обеспечить персонифицированный учёт обучающихся и педагогов, участвующих в программах "
        "наставничества. 2.3. Представлять в управление образования сведения о реализации программ наставничества "
        "ежеквартально, до 5 числа месяца, следующего за отчётным кварталом.")
    d.p("3. Муниципальному казённому учреждению «Методический центр» (Ковальчук Т.П.) организовать методическое "
        "сопровождение кураторов, в том числе проведение постоянно действующего семинара «Школа куратора "
        "наставничества».")
    d.p("4. Признать утратившим силу приказ управления образования от 08.09.2021 № 01-04/488 «О назначении "
        "кураторов внедрения целевой модели наставничества».")
    d.p("5. Контроль за исполнением настоящего приказа возложить на заместителя начальника управления образования "
        "Гринько О.В.")
    d.sign("Начальник управления образования                                        В.И. Жданова")
    d.pagebreak()
    d.right("Приложение\nк приказу управления образования\nот 12.09.2022 № 01-04/517")
    d.title("Кураторы внедрения целевой модели наставничества\nв муниципальных бюджетных общеобразовательных "
            "учреждениях")
    people = [
        ("МБОУ «СШ № 2»", "Кравченко Ирина Викторовна", "заместитель директора по УВР"),
        ("МБОУ «СШ № 3»", "Усеинова Эльвира Ризаевна", "заместитель директора по ВР"),
        ("МБОУ «СШ № 4»", "Петренко Ольга Николаевна", "педагог-организатор"),
        ("МБОУ «Гимназия им. И. Сельвинского»", "Мамутова Лиля Энверовна", "заместитель директора по УВР"),
        ("МБОУ «СШ № 11»", "Гордиенко Наталья Сергеевна", "заместитель директора по ВР"),
        ("МБОУ «СШ № 12»", "Абдуллаева Зарема Ильясовна", "учитель начальных классов"),
        ("МБОУ «СШ № 13»", "Сидоренко Елена Анатольевна", "заместитель директора по УВР"),
        ("МБОУ «СШ № 14»", "Костенко Алла Михайловна", "социальный педагог"),
        ("МБОУ «СШ № 16 им. Героя Советского Союза Н. Токарева»", "Романова Светлана Юрьевна",
         "заместитель директора по ВР"),
        ("МБОУ «СШ № 17»", "Мельник Татьяна Владимировна", "педагог-психолог"),
        ("МБОУ «УВК «Интеграл»»", "Халилова Эдие Рустемовна", "заместитель директора по УВР"),
        ("МБОУ «Заозёрненская СШ»", "Бондаренко Виктория Олеговна", "учитель русского языка и литературы"),
        ("МБОУ «Новоозёрновская СШ»", "Ляшенко Марина Петровна", "заместитель директора по ВР"),
    ]
    t = Table(4, widths=[1.0, 6.0, 5.2, 4.6], font=11, hfont=11)
    t.hrow("№ п/п", "Наименование учреждения", "Фамилия, имя, отчество куратора", "Должность")
    for k, (o, who, pos) in enumerate(people, 1):
        t.row("org", [str(k), o, who, pos])
    d.table(t)
    return d


# ------------------------------------------------------------------ 7. Елизовский район (pdf, no ruling lines; employer forms, a college)
ELIZOVO = [  # (name, cluster, employer form?, student form?)
    ("МБОУ Елизовская СШ № 1", "elizovo/school-1", True, True),
    ("МБОУ Елизовская СШ № 2", "elizovo/school-2", True, True),
    ("МБОУ Елизовская СШ № 3", "elizovo/school-3", True, False),
    ("МБОУ Елизовская ОШ № 4", "elizovo/school-4", False, False),
    ("МБОУ Елизовская СШ № 7", "elizovo/school-7", True, True),
    ("МБОУ Елизовская СШ № 8", "elizovo/school-8", False, True),
    ("МБОУ Елизовская СШ № 9", "elizovo/school-9", True, False),
    ("МБОУ Пионерская СШ", "elizovo/pionersky", True, True),
    ("МБОУ Паратунская СШ", "elizovo/paratunka", True, False),
    ("МБОУ Николаевская СШ", "elizovo/nikolaevka", False, False),
    ("МБОУ Раздольненская СШ", "elizovo/razdolny", True, False),
    ("МБОУ Коряковская СШ", "elizovo/koryaki", False, False),
    ("МБОУ Начикинская СШ", "elizovo/nachiki", False, True),
]
ELIZOVO_COLLEGE = ("КГПОАУ «Камчатский политехнический техникум»", "elizovo/politekh")


@builder
def doc_elizovo():
    rng = random.Random(8107)
    d = Doc("elizovo_rabotodateli_2022", "pdf", "Елизовский район", as_of="2022-12-20", landscape=True,
            author="Пятых Е.Ю.")
    for name, cl, _, _ in ELIZOVO:
        d.org(name, cl)
    d.org(*ELIZOVO_COLLEGE)
    college = ELIZOVO_COLLEGE[0]

    def gen():
        rows = []
        for name, cl, ru, su in ELIZOVO:
            pe = rng.randint(1, 5) if ru else 0
            rm = rng.randint(max(1, pe - 1), pe + 3) if ru else 0
            re_ = rng.randint(rm * 2, rm * 4 + 3) if ru else 0
            sm = rng.randint(1, 4) if su else 0
            se = rng.randint(sm * 2, sm * 4) if su else 0
            rows.append((name, pe, rm, re_, 0, 0, sm, se))
        pe = rng.randint(6, 9)
        sm_c = rng.randint(6, 9)
        rows.append((college, pe, 0, 0, sm_c, rng.randint(sm_c * 3, sm_c * 5), 0, 0))
        return rows

    def valid(rows):
        return 30 <= sum(r[2] for r in rows) <= 40
    rows = retry(gen, valid)
    tot = [sum(r[i] for r in rows) for i in range(1, 8)]
    PE, RM, REe, SM_, _, SUM_, SUE = tot
    schools = rows[:-1]

    d.head("Управление образования Администрации Елизовского муниципального района")
    d.title("СПРАВКА\nо реализации форм наставничества с участием работодателей и студентов\n"
            "в образовательных организациях Елизовского муниципального района\n(по состоянию на 20.12.2022)")
    d.p("Справка подготовлена по итогам мониторинга реализации региональной целевой модели наставничества, "
        "проведённого в соответствии с приказом Министерства образования Камчатского края от 31.08.2020 № 738 "
        "«О внедрении целевой модели наставничества». В мониторинге приняли участие общеобразовательные "
        "организации района и краевое государственное профессиональное образовательное учреждение, расположенное "
        "на территории района.")
    t = Table(9, widths=[1.0, 6.0, 3.0, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6], font=10, hfont=9, ruled=False, hbold=False,
              caption="Таблица 1")
    t.hrow(Cell("№", rs=2), Cell("Образовательная организация", rs=2),
           Cell("Предприятий (организаций) – партнёров, ед.", rs=2),
           Cell("Форма «работодатель – ученик»", cs=2), Cell("Форма «работодатель – студент»", cs=2),
           Cell("Форма «студент – ученик»", cs=2))
    t.hrow(*(["наставников", "наставляемых"] * 3))
    for k, (name, pe, rm, re_, sm, se, um, ue) in enumerate(rows, 1):
        t.row("org", [str(k), name, F(z(pe), name, "partner_enterprises"),
                      F(z(rm), name, "mentors", RU), F(z(re_), name, "mentees", RU),
                      F(z(sm), name, "mentors", RS), F(z(se), name, "mentees", RS),
                      F(z(um), name, "mentors", SU), F(z(ue), name, "mentees", SU)])
    t.row("total", ["", "Итого", *[str(x) for x in tot]])
    d.table(t)
    labels = [("partner_enterprises", "", "предприятий-партнёров"), ("mentors", RU, "наставников"),
              ("mentees", RU, "наставляемых"), ("mentors", RS, "наставников"), ("mentees", RS, "наставляемых"),
              ("mentors", SU, "наставников"), ("mentees", SU, "наставляемых")]
    for i, (ind, f, lab) in enumerate(labels):
        d.c_sum(ind, f"строка «Итого», {('форма ' + FQ[f] + ', ') if f else ''}{lab}", str(tot[i]),
                [r[i + 1] for r in rows])

    ru_orgs = [r[0] for r in schools if r[2] > 0]
    none = [r[0] for r in schools if r[2] == 0 and r[6] == 0]
    su_orgs = [r[0] for r in rows if r[6] > 0]
    d.p(f"Форма «работодатель – ученик» реализуется в {len(ru_orgs)} из {len(schools)} общеобразовательных "
        f"организаций района, форма «работодатель – студент» – в {college}. Всего к наставнической деятельности "
        f"привлечены специалисты {PE} {plural(PE, 'предприятия', 'предприятий', 'предприятий')} и организаций, "
        f"в том числе АО «Камчатэнерго», филиала ФГБУ «Камчатское УГМС», предприятий туристической отрасли "
        f"и сельскохозяйственных предприятий района.")
    d.c_count("mentors", "«работодатель – ученик» реализуется в N ОО", len(ru_orgs), len(ru_orgs))
    d.c_count("organizations", "… из N общеобразовательных организаций", len(schools), len(schools))
    d.c_member("mentors", "«работодатель – студент» реализуется в", [college], [r[0] for r in rows if r[4] > 0])
    d.c_sum("partner_enterprises", "в тексте: предприятий и организаций", str(PE), [r[1] for r in rows])
    stated_all = RM + SM_ + 1             # PLANTED: the parts (ученик + студент) give one less
    d.p(f"Наставников – представителей работодателей {stated_all} "
        f"{plural(stated_all, 'человек', 'человека', 'человек')}: {RM} – в форме «работодатель – ученик» и {SM_} – "
        f"в форме «работодатель – студент». Наставляемых в форме «работодатель – ученик» – {REe} обучающихся.")
    d.c_comp("mentors", f"{stated_all} = {RM} («работодатель – ученик») + {SM_} («работодатель – студент»)",
             str(stated_all), [RM, SM_], planted=True)
    d.c_sum("mentors", "в тексте: наставников в форме «работодатель – ученик»", str(RM), [r[2] for r in rows])
    d.c_sum("mentors", "в тексте: наставников в форме «работодатель – студент»", str(SM_), [r[4] for r in rows])
    d.c_sum("mentees", "в тексте: наставляемых в форме «работодатель – ученик»", str(REe), [r[3] for r in rows])
    d.p(f"Форма «студент – ученик» реализуется в {len(su_orgs)} ОО совместно с ФГБОУ ВО «Камчатский государственный "
        f"университет имени Витуса Беринга»; в ней задействованы {SUM_} "
        f"{plural(SUM_, 'студент', 'студента', 'студентов')}-наставников и {SUE} наставляемых.")
    d.c_count("mentors", "«студент – ученик» реализуется в N ОО", len(su_orgs), len(su_orgs))
    d.c_sum("mentors", "в тексте: студентов-наставников", str(SUM_), [r[6] for r in rows])
    d.c_sum("mentees", "в тексте: наставляемых «студент – ученик»", str(SUE), [r[7] for r in rows])
    d.p(f"Не реализуют ни одной из указанных форм {len(none)} {plural(len(none), 'школа', 'школы', 'школ')}: "
        f"{join_ru(none)}. Руководителям этих организаций рекомендовано в 2023 году заключить соглашения "
        f"о сотрудничестве с предприятиями района.")
    d.c_count("organizations", "не реализуют ни одной формы: N школ", len(none), len(none))
    d.c_member("mentors", "список школ без форм с работодателями и студентами", none,
               [r[0] for r in schools if r[2] + r[4] + r[6] == 0])
    d.sign("Начальник Управления образования                                         Е.Ю. Пятых\n"
           "Исп. Мальцева О.В., 8 (41531) 6-17-40")
    return d


# ------------------------------------------------------------------ 8. город Кызыл (txt, fixed-width columns, dashed rules)
KYZYL = [  # (name, cluster, mentee share band)
    ("МБОУ СОШ № 1 г. Кызыла", "kyzyl/school-1", (15.5, 19.0)),
    ("МБОУ СОШ № 2 г. Кызыла", "kyzyl/school-2", (11.0, 14.5)),
    ("МБОУ СОШ № 3 г. Кызыла", "kyzyl/school-3", (9.0, 14.0)),
    ("МБОУ СОШ № 4 г. Кызыла", "kyzyl/school-4", (15.5, 18.0)),
    ("МБОУ Гимназия № 5 г. Кызыла", "kyzyl/gymnasium-5", (19.7, 20.3)),
    ("МБОУ СОШ № 7 г. Кызыла", "kyzyl/school-7", (8.0, 12.0)),
    ("МБОУ СОШ № 8 г. Кызыла", "kyzyl/school-8", (10.0, 14.5)),
    ("МБОУ Гимназия № 9 г. Кызыла", "kyzyl/gymnasium-9", (15.5, 21.0)),
    ("МБОУ СОШ № 11 г. Кызыла", "kyzyl/school-11", (9.5, 13.5)),
    ("МБОУ СОШ № 12 г. Кызыла", "kyzyl/school-12", (15.2, 16.5)),
    ("МБОУ СОШ № 14 г. Кызыла", "kyzyl/school-14", (10.0, 14.0)),
    ("МАОУ Лицей № 15 г. Кызыла", "kyzyl/lyceum-15", (16.0, 22.0)),
    ("МБОУ Лицей № 16 г. Кызыла", "kyzyl/lyceum-16", (15.2, 17.5)),
    ("МБОУ СОШ № 17 г. Кызыла", "kyzyl/school-17", (7.0, 11.0)),
    ("МБОУ «Центр образования «Кызыл»", "kyzyl/co-kyzyl", (9.0, 13.0)),
]


@builder
def doc_kyzyl():
    rng = random.Random(8108)
    d = Doc("kyzyl_nastavniki_2023", "txt", "город Кызыл", as_of="2023-06-01", enc="utf-8", txt_mode="fixed")
    for name, cl, _ in KYZYL:
        d.org(name, cl)

    def gen():
        rows = []
        for name, cl, (lo, hi) in KYZYL:
            tot = rng.randint(780, 2150)
            e = int(tot * rng.uniform(lo, hi) / 100)
            m = int(e * rng.uniform(0.28, 0.5))
            prs = int(e * rng.uniform(0.45, 0.75))
            rows.append((name, tot, e, m, prs))
        return rows

    def valid(rows):
        for name, tot, e, m, prs in rows:
            sh = e / tot * 100
            if not safe(sh) or 9.85 < sh < 10.15 or 14.85 < sh < 15.15:
                return False
        if sum(1 for r in rows if r[2] / r[1] * 100 < 10) < 2:
            return False
        T, E, P = (sum(r[i] for r in rows) for i in (1, 2, 4))
        g5 = next(r for r in rows if "Гимназия № 5" in r[0])
        above = sum(1 for r in rows if rnd(r[2] / r[1] * 100) > 15)
        return (safe(E / T * 100) and safe(P / len(rows)) and above == 7 and abs(g5[2] / g5[1] * 100 - 20) < 0.3
                and T > 20000)
    rows = retry(gen, valid)
    T, E, M, P = (sum(r[i] for r in rows) for i in (1, 2, 3, 4))

    d.head("МЭРИЯ ГОРОДА КЫЗЫЛА\nДЕПАРТАМЕНТ ПО ОБРАЗОВАНИЮ")
    d.title("Аналитическая информация\nо вовлечении обучающихся общеобразовательных организаций г. Кызыла "
            "в программы наставничества\nпо итогам 2022/2023 учебного года (на 01.06.2023)")
    d.p("Информация подготовлена на основании отчётов общеобразовательных организаций (далее – ОО), "
        "представленных в соответствии с приказом Министерства образования Республики Тыва от 24.09.2020 № 1112-д "
        "«О внедрении целевой модели наставничества в образовательных организациях Республики Тыва». "
        "Показатели рассчитаны от общей численности обучающихся ОО на начало учебного года.")
    t = Table(7, caption="Таблица 1. Вовлечение обучающихся в программы наставничества")
    t.hrow("№", "Наименование ОО", "Численность\nобучающихся,\nчел.", "Наставляемых\n(обучающихся),\nчел.",
           "Доля\nнаставляемых,\n%", "Наставников\nиз числа\nобучающихся, чел.", "Наставнических\nпар (групп),\nед.")
    for k, (name, tot, e, m, prs) in enumerate(rows, 1):
        t.row("org", [f"{k}.", name, F(n(tot), name, "students_total"), F(n(e), name, "mentees"),
                      F(pc(e / tot * 100), name, "mentee_share_pct"), F(n(m), name, "mentors"), F(n(prs), name, "pairs")])
    t.row("total", ["", "Итого по городу", n(T), n(E), pc(E / T * 100), n(M), n(P)])
    d.table(t)
    for name, tot, e, m, prs in rows:
        d.c_share("mentee_share_pct", f"{name}: доля наставляемых", pc(e / tot * 100), e, tot)
    d.c_sum("students_total", "строка «Итого по городу», численность", n(T), [r[1] for r in rows])
    d.c_sum("mentees", "строка «Итого по городу», наставляемых", n(E), [r[2] for r in rows])
    d.c_share("mentee_share_pct", "строка «Итого по городу», доля наставляемых", pc(E / T * 100), E, T)
    d.c_sum("mentors", "строка «Итого по городу», наставников", n(M), [r[3] for r in rows])
    d.c_sum("pairs", "строка «Итого по городу», пар (групп)", n(P), [r[4] for r in rows])

    above = [r for r in rows if rnd(r[2] / r[1] * 100) > 15]
    stated_above = len(above) + 1         # PLANTED: 8 ОО are said to exceed 15%, the table gives 7
    g5 = next(r for r in rows if "Гимназия № 5" in r[0])
    d.p(f"По итогам учебного года в роли наставляемого в программы наставничества вовлечены {n(E)} обучающихся, "
        f"что составляет {pc(E / T * 100)}% от {n(T)} обучающихся города. Доля наставляемых превышает 15% в "
        f"{stated_above} ОО; наиболее высокий показатель – в гимназиях и лицеях. В МБОУ Гимназия № 5 г. Кызыла "
        f"в программы наставничества вовлечён каждый пятый обучающийся.")
    d.c_sum("mentees", "в тексте: наставляемых", n(E), [r[2] for r in rows])
    d.c_share("mentee_share_pct", "в тексте: доля наставляемых по городу", pc(E / T * 100), E, T)
    d.c_sum("students_total", "в тексте: обучающихся города", n(T), [r[1] for r in rows])
    d.c_count("mentee_share_pct", "доля наставляемых превышает 15% в N ОО", stated_above, len(above), planted=True)
    d.c_share("mentee_share_pct", "Гимназия № 5: «каждый пятый обучающийся»", "20", g5[2], g5[1])
    mean_p = pc(P / len(rows))
    d.p(f"Наставниками выступают {n(M)} обучающихся 15–19 лет. Количество наставнических пар (групп) – {n(P)}, "
        f"в среднем {mean_p} на одну ОО.")
    d.c_sum("mentors", "в тексте: наставников из числа обучающихся", n(M), [r[3] for r in rows])
    d.c_sum("pairs", "в тексте: пар (групп)", n(P), [r[4] for r in rows])
    d.c_mean("pairs", "в среднем пар на одну ОО", mean_p, [r[4] for r in rows])
    low = [r[0] for r in rows if rnd(r[2] / r[1] * 100) < 10]
    d.p(f"Доля наставляемых ниже 10% отмечена в {join_ru(low)}. Руководителям указанных ОО рекомендовано "
        f"расширить применение формы «ученик – ученик» в работе с обучающимися, имеющими низкую учебную мотивацию.")
    d.c_member("mentee_share_pct", "доля наставляемых ниже 10%", low, [r[0] for r in rows if r[2] / r[1] * 100 < 10])
    d.sign("Начальник отдела общего образования Департамента по образованию     А.О. Монгуш\n"
           "Исп. Ооржак Ч.В., 8 (39422) 2-31-46")
    return d


# ------------------------------------------------------------------ 9. Моздокский район (docx; городские / сельские subtotals, % without sign)
MOZDOK_URBAN = [
    ("МБОУ СОШ № 1 г. Моздока", "mozdok/school-1"),
    ("МБОУ СОШ № 2 г. Моздока", "mozdok/school-2"),
    ("МБОУ СОШ № 3 г. Моздока", "mozdok/school-3"),
    ("МБОУ СОШ № 4 г. Моздока", "mozdok/school-4"),
    ("МБОУ СОШ № 5 г. Моздока", "mozdok/school-5"),
    ("МБОУ СОШ № 6 г. Моздока", "mozdok/school-6"),
    ("МБОУ СОШ № 8 г. Моздока", "mozdok/school-8"),
]
MOZDOK_RURAL = [
    ("МБОУ СОШ № 1 ст. Луковской", "mozdok/lukovskaya-1"),
    ("МБОУ СОШ № 2 ст. Луковской", "mozdok/lukovskaya-2"),
    ("МБОУ СОШ ст. Павлодольской", "mozdok/pavlodolskaya"),
    ("МБОУ СОШ с. Киевского", "mozdok/kievskoe"),
    ("МБОУ СОШ с. Троицкого", "mozdok/troitskoe"),
    ("МБОУ СОШ ст. Черноярской", "mozdok/chernoyarskaya"),
    ("МБОУ СОШ № 1 с. Кизляр", "mozdok/kizlyar-1"),
    ("МБОУ СОШ с. Малгобек", "mozdok/malgobek"),
    ("МБОУ СОШ ст. Терской", "mozdok/terskaya"),
    ("МКОУ ООШ с. Предгорного", "mozdok/predgornoe"),
]
MOZDOK_LOW = {"МБОУ СОШ с. Киевского", "МБОУ СОШ ст. Терской", "МКОУ ООШ с. Предгорного"}


@builder
def doc_mozdok():
    rng = random.Random(8109)
    d = Doc("mozdok_ohvat_2021", "docx", "Моздокский район", as_of="2021-12-24", author="Дзгоева Л.К.")
    for name, cl in MOZDOK_URBAN + MOZDOK_RURAL:
        d.org(name, cl)

    def gen():
        rows = {}
        for grp, lst in (("u", MOZDOK_URBAN), ("r", MOZDOK_RURAL)):
            out = []
            for name, cl in lst:
                if grp == "u":
                    tot = rng.randint(620, 1240)
                    band = (13.5, 21.0)
                else:
                    tot = rng.randint(90, 480)
                    band = (6.0, 9.3) if name in MOZDOK_LOW else (10.8, 16.5)
                e = int(tot * rng.uniform(*band) / 100)
                tch = rng.randint(6, 19) if grp == "u" else rng.randint(2, 9)
                out.append((name, tot, e, tch))
            rows[grp] = out
        return rows

    def valid(rows):
        allr = rows["u"] + rows["r"]
        for name, tot, e, tch in allr:
            sh = e / tot * 100
            if not safe(sh) or (rnd(sh) < 10) != (name in MOZDOK_LOW):
                return False
        for sub in (rows["u"], rows["r"], allr):
            T, E = sum(r[1] for r in sub), sum(r[2] for r in sub)
            if not safe(E / T * 100):
                return False
        return True
    rows = retry(gen, valid)
    urban, rural = rows["u"], rows["r"]
    allr = urban + rural

    d.head("Управление образования Администрации местного самоуправления Моздокского района\n"
           "Республики Северная Осетия – Алания")
    d.title("СПРАВКА\nпо итогам мониторинга вовлечения обучающихся и педагогов в программы наставничества\n"
            "в общеобразовательных организациях Моздокского района на 24.12.2021")
    d.p("Мониторинг проведён в соответствии с планом работы Управления образования на 2021/2022 учебный год и "
        "приказом Министерства образования и науки Республики Северная Осетия – Алания от 09.09.2020 № 728 "
        "«О внедрении целевой модели наставничества обучающихся». Целевая модель внедряется в соответствии с " +
        P145_SHORT + ".")
    d.p(f"Программы наставничества реализуются во всех {len(allr)} общеобразовательных организациях района "
        f"(далее – ОО): в {len(urban)} городских и {len(rural)} сельских. Результаты мониторинга представлены в "
        f"таблице.")
    d.c_count("organizations", "во всех N ОО района", len(allr), len(allr))
    d.c_count("organizations", "в N городских", len(urban), len(urban))
    d.c_count("organizations", "и N сельских", len(rural), len(rural))
    t = Table(6, widths=[0.9, 5.8, 2.6, 2.6, 1.6, 2.6], font=10, hfont=9)
    t.hrow("№", "Наименование ОО", "Численность обучающихся, чел.", "Обучающихся в роли наставляемого, чел.", "%",
           "Педагогов, вовлечённых в наставничество, чел.")
    k = 0
    subs = {}
    for label, sub, tl in (("Городские общеобразовательные организации", urban, "Итого по городским ОО"),
                           ("Сельские общеобразовательные организации", rural, "Итого по сельским ОО")):
        t.group(label)
        for name, tot, e, tch in sub:
            k += 1
            t.row("org", [str(k), name, F(str(tot), name, "students_total"), F(str(e), name, "mentees"),
                          F(pc(e / tot * 100), name, "mentee_share_pct"), F(str(tch), name, "teachers_involved")])
        T, E, P = (sum(r[i] for r in sub) for i in (1, 2, 3))
        p_pr = P + 8 if sub is rural else P       # PLANTED: the rural subtotal of педагогов is 8 too many
        subs[tl] = (T, E, P, p_pr)
        t.row("total", ["", tl, n(T), n(E), pc(E / T * 100), str(p_pr)])
    T, E, P = (sum(r[i] for r in allr) for i in (1, 2, 3))
    t.row("total", ["", "Всего по району", n(T), n(E), pc(E / T * 100), str(P)])
    d.table(t)
    for name, tot, e, tch in allr:
        d.c_share("mentee_share_pct", f"{name}: доля наставляемых", pc(e / tot * 100), e, tot)
    for tl, sub in (("Итого по городским ОО", urban), ("Итого по сельским ОО", rural)):
        sT, sE, sP, p_pr = subs[tl]
        d.c_sum("students_total", f"строка «{tl}», численность", n(sT), [r[1] for r in sub])
        d.c_sum("mentees", f"строка «{tl}», наставляемые", n(sE), [r[2] for r in sub])
        d.c_share("mentee_share_pct", f"строка «{tl}», доля", pc(sE / sT * 100), sE, sT)
        d.c_sum("teachers_involved", f"строка «{tl}», педагоги", str(p_pr), [r[3] for r in sub],
                planted=p_pr != sP)
    d.c_sum("students_total", "строка «Всего по району», численность", n(T), [r[1] for r in allr])
    d.c_sum("mentees", "строка «Всего по району», наставляемые", n(E), [r[2] for r in allr])
    d.c_share("mentee_share_pct", "строка «Всего по району», доля", pc(E / T * 100), E, T)
    # equals the sum of the rows, not the sum of the printed subtotals (one of which is wrong)
    d.c_sum("teachers_involved", "строка «Всего по району», педагоги (равна сумме строк, не сумме итогов)", str(P),
            [r[3] for r in allr], status="either")

    uT, uE = subs["Итого по городским ОО"][:2]
    rT, rE = subs["Итого по сельским ОО"][:2]
    d.p(f"Доля обучающихся, вовлечённых в программы наставничества в роли наставляемого, по району составила "
        f"{pc(E / T * 100)}% ({n(E, NB)} из {n(T, NB)}). В городских ОО показатель составил {pc(uE / uT * 100)}%, "
        f"в сельских – {pc(rE / rT * 100)}%.")
    d.c_share("mentee_share_pct", "в тексте: доля по району", pc(E / T * 100), E, T)
    d.c_sum("mentees", "в тексте: наставляемых по району", n(E), [r[2] for r in allr])
    d.c_sum("students_total", "в тексте: обучающихся по району", n(T), [r[1] for r in allr])
    d.c_share("mentee_share_pct", "в тексте: доля в городских ОО", pc(uE / uT * 100), uE, uT)
    d.c_share("mentee_share_pct", "в тексте: доля в сельских ОО", pc(rE / rT * 100), rE, rT)
    low = [r[0] for r in allr if rnd(r[2] / r[1] * 100) < 10]
    d.p(f"Ниже 10% показатель в {len(low)} сельских ОО: {join_ru(low)}. В программах наставничества задействованы "
        f"{P} {plural(P, 'педагог', 'педагога', 'педагогов')} района, в том числе {subs['Итого по городским ОО'][2]} "
        f"– в городских ОО.")
    d.c_count("mentee_share_pct", "ниже 10% в N сельских ОО", len(low), len(low))
    d.c_member("mentee_share_pct", "ОО с долей ниже 10%", low, [r[0] for r in allr if r[2] / r[1] * 100 < 10])
    d.c_sum("teachers_involved", "в тексте: педагогов по району", str(P), [r[3] for r in allr])
    d.c_sum("teachers_involved", "в тексте: педагогов в городских ОО", str(subs["Итого по городским ОО"][2]),
            [r[3] for r in urban])
    d.p("Рекомендовано руководителям сельских ОО использовать формат разновозрастных групп «ученик – ученик» и "
        "сетевое взаимодействие с городскими школами при реализации программ наставничества.")
    d.sign("Главный специалист Управления образования                       Л.К. Дзгоева")
    return d


# ------------------------------------------------------------------ 10. городской округ Прохладный (odt; three shares, «Средний показатель», bands)
PROKHLADNY = [  # (name, cluster, short, mentee share band, young teachers?)
    ("МОУ «СОШ № 1»", "prokhladny/school-1", "СОШ № 1", "hi", True),
    ("МОУ «СОШ № 2»", "prokhladny/school-2", "СОШ № 2", "mid", True),
    ("МОУ «Гимназия № 3»", "prokhladny/gymnasium-3", "Гимназия № 3", "hi", True),
    ("МОУ «СОШ № 4»", "prokhladny/school-4", "СОШ № 4", "low", True),
    ("МОУ «СОШ № 5»", "prokhladny/school-5", "СОШ № 5", "mid", True),
    ("МОУ «СОШ № 6»", "prokhladny/school-6", "СОШ № 6", "mid", True),
    ("МОУ «СОШ № 7»", "prokhladny/school-7", "СОШ № 7", "mid", False),
    ("МОУ «СОШ № 9»", "prokhladny/school-9", "СОШ № 9", "mid", True),
    ("МОУ «СОШ № 10»", "prokhladny/school-10", "СОШ № 10", "low", True),
    ("МОУ «СОШ № 11»", "prokhladny/school-11", "СОШ № 11", "low", True),
    ("МОУ «Лицей № 12»", "prokhladny/lyceum-12", "Лицей № 12", "hi", True),
    ("МОУ ДО «Центр дополнительного образования»", "prokhladny/cdo", "ЦДО", "mid", False),
]


@builder
def doc_prokhladny():
    rng = random.Random(8110)
    d = Doc("prokhladny_doli_2022", "odt", "городской округ Прохладный", as_of="2022-12-15", author="Шогенова М.Х.")
    for name, cl, short, band, yt in PROKHLADNY:
        d.org(name, cl)
    bands = {"low": (5, 9), "mid": (10, 19), "hi": (20, 27)}

    def gen():
        rows = []
        for name, cl, short, band, yt in PROKHLADNY:
            e = rng.randint(*bands[band])
            m = rng.randint(5, 13)
            y = rng.choice([100, 100, 100, 50, 67, 75, 80, 60]) if yt else None
            rows.append((name, short, e, m, y))
        return rows

    def valid(rows):
        es = [r[2] for r in rows]
        ms = [r[3] for r in rows]
        ys = [r[4] for r in rows if r[4] is not None]
        me, mm, my = sum(es) / len(es), sum(ms) / len(ms), sum(ys) / len(ys)
        return (safe(me, 0) and safe(mm, 0) and safe(my, 0) and 12 < me < 16 and 7.5 < mm < 9.4
                and sum(1 for y in ys if y == 100) == 6)
    rows = retry(gen, valid)
    es = [r[2] for r in rows]
    ms = [r[3] for r in rows]
    ys = [r[4] for r in rows if r[4] is not None]
    me, mm, my = sum(es) / len(es), sum(ms) / len(ms), sum(ys) / len(ys)

    d.head("МУ «Управление образования местной администрации городского округа Прохладный\n"
           "Кабардино-Балкарской Республики»")
    d.title("АНАЛИТИЧЕСКАЯ СПРАВКА\nпо результатам мониторинга показателей эффективности внедрения целевой модели "
            "наставничества в образовательных организациях городского округа Прохладный\n(на 15.12.2022)")
    d.p("Мониторинг проведён во исполнение приказа Министерства просвещения, науки и по делам молодёжи "
        "Кабардино-Балкарской Республики от 05.03.2022 № 22/169 и в соответствии с " + P145_SHORT + ". "
        "Оценивались три показателя: доля обучающихся в возрасте от 10 до 19 лет, вовлечённых в программы "
        "наставничества в роли наставляемого; доля обучающихся в возрасте от 15 до 19 лет, вовлечённых в роли "
        "наставника; доля молодых специалистов (педагогов со стажем работы до 3 лет), вовлечённых в программы "
        "наставничества в роли наставляемого.")
    t = Table(5, widths=[1.0, 6.4, 3.2, 3.2, 3.2], font=11, hfont=10,
              caption="Таблица 1. Показатели эффективности внедрения целевой модели наставничества")
    t.hrow("№ п/п", "Образовательная организация",
           "Доля обучающихся 10–19 лет в роли наставляемого",
           "Доля обучающихся 15–19 лет в роли наставника",
           "Доля молодых специалистов в роли наставляемого")
    for k, (name, short, e, m, y) in enumerate(rows, 1):
        t.row("org", [str(k), name, F(f"{e}%", name, "mentee_share_pct"), F(f"{m}%", name, "mentor_share_pct"),
                      F(f"{y}%" if y is not None else "нет молодых специалистов", name,
                        "young_teacher_mentee_share_pct")])
    t.row("total", ["", "Средний показатель", pc(me, 0) + "%", pc(mm, 0) + "%", pc(my, 0) + "%"])
    d.table(t)
    d.c_mean("mentee_share_pct", "строка «Средний показатель», наставляемые", pc(me, 0), es)
    d.c_mean("mentor_share_pct", "строка «Средний показатель», наставники", pc(mm, 0), ms)
    d.c_mean("young_teacher_mentee_share_pct", "строка «Средний показатель», молодые специалисты (по 10 ОО)",
             pc(my, 0), ys)

    low = [r[1] for r in rows if r[2] < 10]
    mid = [r[1] for r in rows if 10 <= r[2] <= 19]
    hi = [r[1] for r in rows if r[2] >= 20]
    low_stated = [x for x in low if x != "СОШ № 11"]        # PLANTED: СОШ № 11 (below 10%) is left out
    assert len(low_stated) == len(low) - 1
    d.p(f"1. Средний по городскому округу показатель вовлечения обучающихся 10–19 лет в роли наставляемого "
        f"составил {pc(me, 0)}%; целевой показатель на 2022 год (не менее 10%) в среднем по округу достигнут. "
        f"Распределение ОО по значению показателя: 20% и выше – {join_ru(hi)}; от 10% до 19% – {join_ru(mid)}; "
        f"менее 10% – {join_ru(low_stated)}.")
    d.c_mean("mentee_share_pct", "п. 1: средний показатель", pc(me, 0), es)
    d.c_target("mentee_share_pct", "п. 1: целевой показатель не менее 10% достигнут", 10, me)
    d.c_member("mentee_share_pct", "п. 1: 20% и выше", hi, [r[1] for r in rows if r[2] >= 20])
    d.c_member("mentee_share_pct", "п. 1: от 10% до 19%", mid, [r[1] for r in rows if 10 <= r[2] < 20])
    d.c_member("mentee_share_pct", "п. 1: менее 10%", low_stated, [r[1] for r in rows if r[2] < 10], planted=True)
    below_m = [r[1] for r in rows if r[3] < 10]
    d.p(f"2. Доля обучающихся 15–19 лет в роли наставника в среднем по округу – {pc(mm, 0)}%, что ниже планового "
        f"значения (10%). Плановое значение не достигнуто в {len(below_m)} ОО из {len(rows)}.")
    d.c_mean("mentor_share_pct", "п. 2: средний показатель", pc(mm, 0), ms)
    d.c_target("mentor_share_pct", "п. 2: ниже планового значения 10%", 10, mm, achieved=False)
    d.c_count("mentor_share_pct", "п. 2: плановое значение не достигнуто в N ОО", len(below_m), len(below_m))
    d.c_count("organizations", "п. 2: … из N ОО", len(rows), len(rows))
    full = [r[1] for r in rows if r[4] == 100]
    d.p(f"3. Молодые специалисты работают в {len(ys)} ОО. В {len(full)} из них все молодые специалисты включены в "
        f"программы наставничества (показатель 100%); средний показатель – {pc(my, 0)}%. В МОУ «СОШ № 7» и МОУ ДО "
        f"«Центр дополнительного образования» молодых специалистов нет.")
    d.c_count("young_teacher_mentee_share_pct", "п. 3: молодые специалисты работают в N ОО", len(ys), len(ys))
    d.c_count("young_teacher_mentee_share_pct", "п. 3: показатель 100% в N ОО", len(full), len(full))
    d.c_mean("young_teacher_mentee_share_pct", "п. 3: средний показатель", pc(my, 0), ys)
    d.c_member("young_teacher_mentee_share_pct", "п. 3: молодых специалистов нет",
               ["МОУ «СОШ № 7»", "МОУ ДО «Центр дополнительного образования»"], [r[0] for r in rows if r[4] is None])
    d.p("Руководителям ОО, не достигшим плановых значений показателей, в срок до 20.01.2023 внести изменения в "
        "программы наставничества и дорожные карты их реализации.")
    d.sign("Ведущий специалист МУ «Управление образования»                     М.Х. Шогенова")
    return d


# ------------------------------------------------------------------ 11. город Черкесск (pdf, no ruling lines; role-model variants)
CHERKESSK = [  # (name, cluster, variants present)
    ("МБОУ «Гимназия № 1»", "cherkessk/gymnasium-1", "ULRMK"),
    ("МБОУ «СОШ № 2»", "cherkessk/school-2", "URM"),
    ("МБОУ «СОШ № 3»", "cherkessk/school-3", "ULM"),
    ("МБОУ «СОШ № 5»", "cherkessk/school-5", "URMK"),
    ("МБОУ «СОШ № 6»", "cherkessk/school-6", "ULM"),
    ("МБОУ «Лицей № 7 г. Черкесска»", "cherkessk/lyceum-7", "ULRMK"),
    ("МБОУ «Гимназия № 9»", "cherkessk/gymnasium-9", "ULRK"),
    ("МБОУ «СОШ № 10»", "cherkessk/school-10", "UM"),
    ("МБОУ «СОШ № 11»", "cherkessk/school-11", "ULM"),
    ("МБОУ «СОШ № 12»", "cherkessk/school-12", "URK"),
    ("МБОУ «Гимназия № 13»", "cherkessk/gymnasium-13", "ULRMK"),
    ("МБОУ «Гимназия № 16»", "cherkessk/gymnasium-16", "ULMK"),
]
CH_VARS = [("U", UU, "успевающий - неуспевающий", "«успевающий –\nнеуспевающий»"),
           ("L", UU, "лидер - пассивный", "«лидер –\nпассивный»"),
           ("R", UU, "равный - равному", "«равный –\nравному»"),
           ("M", TT, "молодой специалист - опытный педагог", "«молодой\nспециалист –\nопытный педагог»"),
           ("K", TT, "коллега - молодой коллега", "«коллега –\nмолодой коллега»")]


@builder
def doc_cherkessk():
    rng = random.Random(8111)
    d = Doc("cherkessk_varianty_2023", "pdf", "город Черкесск", as_of="2023-05-31", landscape=True,
            author="Байчорова Ф.Х.")
    for name, cl, _ in CHERKESSK:
        d.org(name, cl)

    def gen():
        data = {}
        for name, cl, vs in CHERKESSK:
            row = {}
            for code, f, var, _ in CH_VARS:
                if code not in vs:
                    row[code] = 0
                elif code == "U":
                    row[code] = rng.randint(22, 58)
                elif code in "LR":
                    row[code] = rng.randint(8, 26)
                else:
                    row[code] = rng.randint(4, 14)
            data[name] = row
        return data

    def valid(data):
        O = list(data)
        tu = {c: sum(data[o][c] for o in O) for c in "ULRMK"}
        uu_all = tu["U"] + tu["L"] + tu["R"]
        return safe(tu["U"] / uu_all * 100) and safe(tu["U"] / len(O))
    data = retry(gen, valid)
    O = [c[0] for c in CHERKESSK]
    tot = {c: sum(data[o][c] for o in O) for c in "ULRMK"}

    d.head("Управление образования мэрии муниципального образования города Черкесска")
    d.title("СПРАВКА\nо реализации ролевых моделей наставничества в общеобразовательных организациях города Черкесска\n"
            "по итогам 2022–2023 учебного года (на 31.05.2023)")
    d.p("В соответствии с приказом Министерства образования и науки Карачаево-Черкесской Республики от 26.08.2020 "
        "№ 623 «О внедрении целевой модели наставничества» и муниципальной программой наставничества "
        "общеобразовательные организации (далее – ОО) реализуют формы наставничества «ученик – ученик» и «учитель – "
        "учитель» через ролевые модели (варианты), выбранные ОО с учётом запросов наставляемых. Численность "
        "участников (наставников и наставляемых) по ролевым моделям приведена в таблице.")
    t = Table(7, widths=[1.0, 5.8, 3.0, 2.6, 2.6, 3.4, 3.2], font=10, hfont=9, ruled=False, hbold=False,
              caption="Численность участников ролевых моделей наставничества, чел.")
    t.hrow(Cell("№", rs=2), Cell("Наименование ОО", rs=2), Cell("Форма «ученик – ученик»", cs=3),
           Cell("Форма «учитель – учитель»", cs=2))
    t.hrow(*[v[3] for v in CH_VARS])
    for k, name in enumerate(O, 1):
        t.row("org", [str(k), name] + [F(z(data[name][c]), name, "program_participants", f, var)
                                      for c, f, var, _ in CH_VARS])
    t.row("total", ["", "Итого"] + [str(tot[c]) for c in "ULRMK"])
    d.table(t)
    for c, f, var, _ in CH_VARS:
        d.c_sum("program_participants", f"строка «Итого», {FQ[f]}, «{var.replace(' - ', ' – ')}»", str(tot[c]),
                [data[o][c] for o in O])

    uu_all = tot["U"] + tot["L"] + tot["R"]
    impl = {c: [o for o in O if data[o][c] > 0] for c in "ULRMK"}
    no_r = [o for o in O if data[o]["R"] == 0]
    d.p(f"Ролевую модель «успевающий – неуспевающий» реализуют все {len(impl['U'])} ОО; в ней задействованы "
        f"{tot['U']} обучающихся, или {pc(tot['U'] / uu_all * 100)}% всех участников формы «ученик – ученик». "
        f"Модель «лидер – пассивный» применяется в {len(impl['L'])} ОО, модель «равный – равному» – в "
        f"{len(impl['R'])} ОО; не используют модель «равный – равному» {join_ru(no_r)}.")
    d.c_count("program_participants", "«успевающий – неуспевающий» реализуют все N ОО", len(impl["U"]), len(impl["U"]))
    d.c_sum("program_participants", "в тексте: участников «успевающий – неуспевающий»", str(tot["U"]),
            [data[o]["U"] for o in O])
    d.c_share("program_participants", "доля «успевающий – неуспевающий» от всех участников «ученик – ученик»",
              pc(tot["U"] / uu_all * 100), tot["U"], uu_all)
    d.c_count("program_participants", "«лидер – пассивный» применяется в N ОО", len(impl["L"]), len(impl["L"]))
    d.c_count("program_participants", "«равный – равному» применяется в N ОО", len(impl["R"]), len(impl["R"]))
    d.c_member("program_participants", "не используют «равный – равному»", no_r,
               [o for o in O if data[o]["R"] == 0])
    mean_true = tot["U"] / len(O)
    mean_stated = pc(mean_true + 2.4)      # PLANTED: the mean per ОО is 2.4 too high
    d.p(f"В среднем на одну ОО приходится {mean_stated} участника ролевой модели «успевающий – неуспевающий». "
        f"По итогам учебного года у 78% наставляемых этой модели отмечена положительная динамика текущей "
        f"успеваемости.")
    d.c_mean("program_participants", "в среднем участников «успевающий – неуспевающий» на одну ОО", mean_stated,
             [data[o]["U"] for o in O], planted=True)
    TTall = tot["M"] + tot["K"]
    d.p(f"В форме «учитель – учитель» участвуют {TTall} {plural(TTall, 'педагог', 'педагога', 'педагогов')}: "
        f"{tot['M']} – в ролевой модели «молодой специалист – опытный педагог» и {tot['K']} – в модели «коллега – "
        f"молодой коллега». Модель «молодой специалист – опытный педагог» реализуется в {len(impl['M'])} ОО.")
    d.c_comp("program_participants", f"{TTall} = {tot['M']} + {tot['K']}", str(TTall), [tot["M"], tot["K"]])
    d.c_sum("program_participants", "в тексте: «молодой специалист – опытный педагог»", str(tot["M"]),
            [data[o]["M"] for o in O])
    d.c_sum("program_participants", "в тексте: «коллега – молодой коллега»", str(tot["K"]), [data[o]["K"] for o in O])
    d.c_count("program_participants", "«молодой специалист – опытный педагог» реализуется в N ОО", len(impl["M"]),
              len(impl["M"]))
    d.p("Рекомендовано ОО, не реализующим модель «равный – равному», рассмотреть возможность её включения в "
        "программы наставничества на 2023–2024 учебный год.")
    d.sign("Заместитель руководителя Управления образования                                Ф.Х. Байчорова")
    return d


# ------------------------------------------------------------------ 12. городской округ город Каспийск (docx; one table in two Word tables)
KASPIYSK = [  # (name, cluster, mentee share band)
    ("МБОУ «СОШ № 1»", "kaspiysk/school-1", (10.3, 11.5)),
    ("МБОУ «СОШ № 2»", "kaspiysk/school-2", (10.4, 12.5)),
    ("МБОУ «СОШ № 3»", "kaspiysk/school-3", (7.0, 9.5)),
    ("МБОУ «СОШ № 4»", "kaspiysk/school-4", (10.5, 13.0)),
    ("МБОУ «СОШ № 5»", "kaspiysk/school-5", (6.0, 9.0)),
    ("МБОУ «СОШ № 6»", "kaspiysk/school-6", (7.5, 9.6)),
    ("МБОУ «СОШ № 7»", "kaspiysk/school-7", (10.5, 12.0)),
    ("МБОУ «Лицей № 8»", "kaspiysk/lyceum-8", None),
    ("МБОУ «СОШ № 9»", "kaspiysk/school-9", (6.5, 9.4)),
    ("МБОУ «СОШ № 10»", "kaspiysk/school-10", (10.6, 12.8)),
    ("МБОУ «Каспийская гимназия»", "kaspiysk/gymnasium", (11.0, 14.0)),
    ("МБОУ «Гимназия № 11»", "kaspiysk/gymnasium-11", (5.5, 9.0)),
    ("МБОУ «СОШ № 12»", "kaspiysk/school-12", (4.5, 8.0)),
    ("МБУ ДО «Центр детского творчества»", "kaspiysk/cdt", (6.0, 9.0)),
]


@builder
def doc_kaspiysk():
    rng = random.Random(8112)
    d = Doc("kaspiysk_vovlechennost_2022", "docx", "городской округ город Каспийск", as_of="2022-06-01",
            author="Магомедова П.А.")
    for name, cl, _ in KASPIYSK:
        d.org(name, cl)

    def gen():
        rows = []
        for name, cl, band in KASPIYSK:
            if band is None:              # the lyceum: exactly 120 of 800
                tot, e = 800, 120
            else:
                tot = rng.randint(1050, 2300)
                e = int(tot * rng.uniform(*band) / 100)
            m = int(tot * rng.uniform(0.024, 0.04))
            tch = rng.randint(9, 34)
            prs = int(e * rng.uniform(0.55, 0.85))
            rows.append((name, tot, e, m, tch, prs))
        return rows

    def valid(rows):
        T, E, M, P = (sum(r[i] for r in rows) for i in (1, 2, 3, 5))
        above = sum(1 for r in rows if r[2] / r[1] * 100 > 10)
        return (safe(E / T * 100) and safe(M / T * 100) and safe(P / len(rows)) and above == 7
                and 9.0 < E / T * 100 < 9.9 and all(abs(r[2] / r[1] * 100 - 10) > 0.2 for r in rows))
    rows = retry(gen, valid)
    T, E, M, TC, P = (sum(r[i] for r in rows) for i in (1, 2, 3, 4, 5))

    d.head("Муниципальное казённое учреждение\n«Управление образования городского округа «город Каспийск»")
    d.title("СПРАВКА\nоб охвате обучающихся и педагогов программами наставничества\nв образовательных организациях "
            "городского округа «город Каспийск»\nпо состоянию на 1 июня 2022 года")
    d.p("Справка составлена по итогам мониторинга реализации целевой модели наставничества, проведённого "
        "в мае 2022 года в соответствии с приказом Министерства образования и науки Республики Дагестан от "
        "29.09.2020 № 2118-05/20 и приказом МКУ «Управление образования» от 12.05.2022 № 214. В мониторинге "
        f"приняли участие {len(rows)} образовательных организаций: {len(rows) - 1} общеобразовательных и "
        "одна организация дополнительного образования.")
    d.c_count("organizations", "в мониторинге приняли участие N организаций", len(rows), len(rows))
    d.c_count("organizations", "из них N общеобразовательных", len(rows) - 1,
              sum(1 for r in rows if " ДО " not in r[0]))
    d.c_count("organizations", "«и одна организация дополнительного образования»", 1,
              sum(1 for r in rows if " ДО " in r[0]))
    W = [0.9, 5.0, 2.4, 2.4, 2.4, 2.4, 2.2]
    t1 = Table(7, widths=W, font=10, hfont=9, caption="Таблица 1")
    t1.hrow("№ п/п", "Образовательная организация", "Численность обучающихся, чел.",
            "Обучающиеся – наставляемые, чел.", "Обучающиеся – наставники, чел.",
            "Педагоги, вовлечённые в наставничество, чел.", "Наставнических пар (групп), ед.")
    t2 = Table(7, widths=W, font=10, hfont=9, repeat_header=False)
    for k, (name, tot, e, m, tch, prs) in enumerate(rows, 1):
        t = t1 if k <= 8 else t2
        t.row("org", [str(k), name, F(n(tot), name, "students_total"), F(str(e), name, "mentees"),
                      F(str(m), name, "mentors"), F(str(tch), name, "teachers_involved"), F(str(prs), name, "pairs")])
    t2.row("total", ["", "ИТОГО по городу", n(T), n(E), str(M), str(TC), n(P)])
    d.table(t1)
    d.table(t2)
    d.c_sum("students_total", "строка «ИТОГО по городу», численность", n(T), [r[1] for r in rows])
    d.c_sum("mentees", "строка «ИТОГО по городу», наставляемые", n(E), [r[2] for r in rows])
    d.c_sum("mentors", "строка «ИТОГО по городу», наставники", str(M), [r[3] for r in rows])
    d.c_sum("teachers_involved", "строка «ИТОГО по городу», педагоги", str(TC), [r[4] for r in rows])
    d.c_sum("pairs", "строка «ИТОГО по городу», пар (групп)", n(P), [r[5] for r in rows])

    d.p(f"Всего в программы наставничества вовлечено {n(E + M)} обучающихся, из них {n(E)} – в роли наставляемого "
        f"и {M} – в роли наставника. Кроме того, в программах наставничества участвуют {TC} "
        f"{plural(TC, 'педагог', 'педагога', 'педагогов')}.")
    d.c_comp("students_involved", f"{E + M} = {E} наставляемых + {M} наставников", n(E + M), [E, M])
    d.c_sum("mentees", "в тексте: в роли наставляемого", n(E), [r[2] for r in rows])
    d.c_sum("mentors", "в тексте: в роли наставника", str(M), [r[3] for r in rows])
    d.c_sum("teachers_involved", "в тексте: педагогов", str(TC), [r[4] for r in rows])
    e_stated = pc(E / T * 100 + 0.9)        # PLANTED: the share of mentees is 0.9 too high
    d.p(f"Доля обучающихся в роли наставляемого составила {e_stated}% от {n(T)} обучающихся, доля обучающихся в "
        f"роли наставника – {pc(M / T * 100)}%. Наиболее высокий показатель вовлечения в роли наставляемого – "
        f"в МБОУ «Лицей № 8»: 15% (120 из 800).")
    d.c_share("mentees", "доля наставляемых от численности обучающихся", e_stated, E, T, planted=True)
    d.c_sum("students_total", "в тексте: численность обучающихся", n(T), [r[1] for r in rows])
    d.c_share("mentors", "доля наставников от численности обучающихся", pc(M / T * 100), M, T)
    lyc = next(r for r in rows if r[0] == "МБОУ «Лицей № 8»")
    assert max(r[2] / r[1] for r in rows) == lyc[2] / lyc[1]      # «наиболее высокий показатель»
    d.c_share("mentees", "МБОУ «Лицей № 8»: 15% (120 из 800)", "15", lyc[2], lyc[1])
    above = [r for r in rows if r[2] / r[1] * 100 > 10]
    d.p(f"Доля наставляемых превышает 10% в {len(above)} из {len(rows)} организаций. Число наставнических пар "
        f"(групп) – {n(P)}, в среднем {pc(P / len(rows))} на одну организацию.")
    d.c_count("mentees", "доля наставляемых превышает 10% в N организаций", len(above), len(above))
    d.c_count("organizations", "… из N организаций", len(rows), len(rows))
    d.c_sum("pairs", "в тексте: пар (групп)", n(P), [r[5] for r in rows])
    d.c_mean("pairs", "в среднем пар на одну организацию", pc(P / len(rows)), [r[5] for r in rows])
    d.p("Руководителям образовательных организаций с долей наставляемых менее 10% до 01.09.2022 актуализировать "
        "базы наставляемых и программы наставничества на 2022/2023 учебный год.")
    d.sign("Начальник МКУ «Управление образования»                                    З.Г. Абдуллаев\n"
           "Исп. Магомедова П.А., тел. 8 (87246) 5-12-08")
    return d


# ------------------------------------------------------------------ 13. Корсаковский городской округ (pdf, ruled; per-school table + summary by form)
KORSAKOV = [  # (name, cluster, forms)
    ("МАОУ «СОШ № 1 г. Корсакова»", "korsakov/school-1", {UU, TT, SU, RU}),
    ("МБОУ «СОШ № 2 г. Корсакова»", "korsakov/school-2", {UU, TT, RU}),
    ("МАОУ «СОШ № 3 г. Корсакова»", "korsakov/school-3", {UU, TT, SU}),
    ("МБОУ «СОШ № 4 г. Корсакова»", "korsakov/school-4", {UU, TT}),
    ("МБОУ «СОШ № 5 г. Корсакова»", "korsakov/school-5", {UU, TT, RU}),
    ("МБОУ «СОШ с. Соловьёвка»", "korsakov/solovyovka", {UU, TT}),
    ("МБОУ «СОШ с. Новиково»", "korsakov/novikovo", {UU}),
    ("МБОУ «СОШ с. Чапаево»", "korsakov/chapaevo", {UU, TT}),
    ("МБОУ «СОШ с. Озёрское»", "korsakov/ozerskoe", {UU, TT, RU}),
    ("МБОУ «ООШ с. Дачное»", "korsakov/dachnoe", {UU}),
    ("МБОУ ДО «Дом детского творчества»", "korsakov/ddt", {UU, SU}),
]


@builder
def doc_korsakov():
    rng = random.Random(8113)
    d = Doc("korsakov_monitoring_2022", "pdf", "Корсаковский городской округ", as_of="2022-12-01",
            author="Ким Е.С.")
    forms = [UU, TT, SU, RU]
    for name, cl, _ in KORSAKOV:
        d.org(name, cl)

    def gen():
        data = {}
        for name, cl, fs in KORSAKOV:
            per = {}
            for f in forms:
                if f not in fs:
                    per[f] = (0, 0, 0)
                    continue
                if f == UU:
                    mt = rng.randint(8, 30) if "с." not in name else rng.randint(3, 9)
                    me = mt + rng.randint(mt // 2, mt + 6)
                elif f == TT:
                    mt = rng.randint(2, 6)
                    me = mt + rng.randint(0, 2)
                elif f == SU:
                    mt = rng.randint(2, 5)
                    me = mt * rng.randint(2, 4)
                else:
                    mt = rng.randint(1, 3)
                    me = rng.randint(4, 12)
                pairs = rng.randint(max(1, me // 3), max(1, me // 2 + 1)) if f != TT else me
                per[f] = (mt, me, pairs)
            data[name] = per
        return data

    def valid(data):
        O = list(data)
        k = [len(KORSAKOV[i][2]) for i in range(len(O))]
        return safe(sum(k) / len(k))
    data = retry(gen, valid)
    O = [o[0] for o in KORSAKOV]
    kf = {o: sum(1 for f in forms if data[o][f][0] > 0) for o in O}
    mt = {o: sum(data[o][f][0] for f in forms) for o in O}
    me = {o: sum(data[o][f][1] for f in forms) for o in O}
    pr = {o: sum(data[o][f][2] for f in forms) for o in O}
    MT, ME, PR, KF = sum(mt.values()), sum(me.values()), sum(pr.values()), sum(kf.values())

    d.head("ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ\nадминистрации Корсаковского городского округа")
    d.title("Справка\nпо результатам мониторинга реализации целевой модели наставничества\n"
            "в образовательных организациях Корсаковского городского округа\n(по состоянию на 01.12.2022)")
    d.p("Мониторинг проведён в ноябре 2022 года в соответствии с распоряжением министерства образования "
        "Сахалинской области от 15.09.2020 № 3.12-981-р «О внедрении целевой модели наставничества» и приказом "
        "департамента образования от 02.11.2022 № 611. Сведения представили все муниципальные общеобразовательные "
        "организации округа и МБОУ ДО «Дом детского творчества» (далее – ОО).")
    t1 = Table(6, widths=[0.9, 6.0, 2.4, 2.4, 2.4, 2.4], font=10, hfont=9,
               caption="Таблица 1. Реализация программ наставничества в ОО")
    t1.hrow("№ п/п", "Наименование ОО", "Количество реализуемых форм наставничества", "Наставников, чел.",
            "Наставляемых, чел.", "Наставнических пар (групп), ед.")
    for k, o in enumerate(O, 1):
        t1.row("org", [str(k), o, F(str(kf[o]), o, "forms_count"), F(str(mt[o]), o, "mentors"),
                       F(str(me[o]), o, "mentees"), F(str(pr[o]), o, "pairs")])
    t1.row("total", [Cell("ИТОГО по округу", cs=2), str(KF), str(MT), str(ME), str(PR)])
    d.table(t1)
    d.c_sum("forms_count", "таблица 1, строка «ИТОГО по округу», форм (программ)", str(KF), list(kf.values()))
    d.c_sum("mentors", "таблица 1, строка «ИТОГО по округу», наставников", str(MT), list(mt.values()))
    d.c_sum("mentees", "таблица 1, строка «ИТОГО по округу», наставляемых", str(ME), list(me.values()))
    d.c_sum("pairs", "таблица 1, строка «ИТОГО по округу», пар (групп)", str(PR), list(pr.values()))

    by_form = {f: (sum(1 for o in O if data[o][f][0] > 0), sum(data[o][f][0] for o in O),
                   sum(data[o][f][1] for o in O)) for f in forms}
    printed = dict(by_form)
    printed[UU] = (by_form[UU][0], by_form[UU][1], by_form[UU][2] + 12)   # PLANTED: table 2 gives 12 more mentees
    t2 = Table(4, widths=[6.4, 3.2, 3.2, 3.2], font=10, hfont=9,
               caption="Таблица 2. Сводные данные по формам наставничества")
    t2.hrow("Форма наставничества", "Количество ОО, реализующих форму", "Наставников, чел.", "Наставляемых, чел.")
    for f in forms:
        t2.row("data", [Cell(FCAP[f].strip("«»"), align="left"), *[str(x) for x in printed[f]]])
    P2 = [sum(printed[f][i] for f in forms) for i in range(3)]
    t2.row("total", ["Всего", str(P2[0]), str(P2[1]), str(P2[2])])
    d.table(t2)
    d.c_sum("organizations", "таблица 2, строка «Всего», количество ОО (сумма по формам)", str(P2[0]),
            [printed[f][0] for f in forms])
    d.c_sum("mentors", "таблица 2, строка «Всего», наставников", str(P2[1]), [printed[f][1] for f in forms])
    d.c_sum("mentees", "таблица 2, строка «Всего», наставляемых", str(P2[2]), [printed[f][2] for f in forms])
    d.c_cross("forms_count", "таблица 2 «Всего» по ОО (сумма по формам) против суммы столбца форм таблицы 1",
              str(P2[0]), KF)
    d.c_cross("mentors", "таблица 2 «Всего» наставников против таблицы 1", str(P2[1]), MT)
    d.c_cross("mentees", "таблица 2 «Всего» наставляемых против таблицы 1", str(P2[2]), ME, planted=True)

    d.p(f"В {len(O)} ОО округа реализуются {KF} {plural(KF, 'программа', 'программы', 'программ')} наставничества "
        f"по четырём формам; в среднем одна ОО реализует {pc(KF / len(O))} формы. Всего в программах участвуют "
        f"{MT} {plural(MT, 'наставник', 'наставника', 'наставников')} и {ME} наставляемых; наставнических пар "
        f"(групп) – {PR}.")
    d.c_count("organizations", "в N ОО округа", len(O), len(O))
    d.c_count("forms_count", "«по четырём формам» (строк таблицы 2 с ненулевым числом ОО)", 4,
              sum(1 for f in forms if printed[f][0] > 0))
    d.c_sum("forms_count", "в тексте: программ наставничества", str(KF), list(kf.values()))
    d.c_mean("forms_count", "в среднем форм на одну ОО", pc(KF / len(O)), list(kf.values()))
    d.c_sum("mentors", "в тексте: наставников", str(MT), list(mt.values()))
    d.c_sum("mentees", "в тексте: наставляемых", str(ME), list(me.values()))
    d.c_sum("pairs", "в тексте: пар (групп)", str(PR), list(pr.values()))
    one = [o for o in O if kf[o] == 1]
    d.p(f"Одну форму наставничества («ученик – ученик») реализуют {join_ru(one)}; в сельских школах с малой "
        f"наполняемостью классов наставничество организуется преимущественно в разновозрастных группах.")
    d.c_member("forms_count", "одну форму реализуют", one, [o for o in O if kf[o] == 1])
    d.sign("Начальник отдела общего образования департамента образования                Е.С. Ким")
    return d


# ------------------------------------------------------------------ 14. город Элиста (docx; two-level header, targets in words)
ELISTA = [  # (name, cluster, coverage band)
    ("МБОУ «Элистинский лицей»", "elista/lyceum", "top"),
    ("МБОУ «Элистинская классическая гимназия»", "elista/classic-gymnasium", "hi"),
    ("МБОУ «Элистинская многопрофильная гимназия»", "elista/multi-gymnasium", "hi"),
    ("МБОУ «Калмыцкая этнокультурная гимназия им. Зая-Пандиты»", "elista/zaya-pandita-gymnasium", "hi"),
    ("МБОУ «СОШ № 2»", "elista/school-2", "mid"),
    ("МБОУ «СОШ № 3»", "elista/school-3", "hi"),
    ("МБОУ «СОШ № 4»", "elista/school-4", "mid"),
    ("МБОУ «СОШ № 8 им. Номто Очирова»", "elista/school-8", "hi"),
    ("МБОУ «СОШ № 10»", "elista/school-10", "mid"),
    ("МБОУ «СОШ № 12»", "elista/school-12", "hi"),
    ("МБОУ «СОШ № 15»", "elista/school-15", "mid"),
    ("МБОУ «СОШ № 17»", "elista/school-17", "mid"),
    ("МБОУ «СОШ № 18 им. Б.Б. Городовикова»", "elista/school-18", "hi"),
    ("МБОУ «СОШ № 20»", "elista/school-20", "low"),
    ("МБОУ «СОШ № 21»", "elista/school-21", "low"),
    ("МБУ ДО «Дворец детского творчества»", "elista/ddt", "hi"),
]


@builder
def doc_elista():
    rng = random.Random(8114)
    d = Doc("elista_spravka_2022", "docx", "город Элиста", as_of="2022-12-01", author="Бадмаева Г.Н.")
    for name, cl, _ in ELISTA:
        d.org(name, cl)
    bands = {"top": (22.5, 26.0), "hi": (15.4, 21.5), "mid": (10.5, 14.6), "low": (6.0, 9.5)}

    def gen():
        rows = []
        for name, cl, band in ELISTA:
            if band in ("hi", "top"):
                tot = rng.randint(420, 980)
            elif band == "mid":
                tot = rng.randint(1250, 2100)
            else:
                tot = rng.randint(1500, 2300)
            s = int(tot * rng.uniform(*bands[band]) / 100)
            tch = rng.randint(8, 31)
            prs = int(s * rng.uniform(0.4, 0.7))
            rows.append((name, band, tot, s, tch, prs))
        return rows

    def valid(rows):
        T, S, P = (sum(r[i] for r in rows) for i in (2, 3, 5))
        for name, band, tot, s, tch, prs in rows:
            sh = s / tot * 100
            if not safe(sh) or abs(sh - 15) < 0.2 or abs(sh - 10) < 0.2:
                return False
        return safe(P / len(rows)) and S / T * 100 < 14.6 and safe(S / T * 100)
    rows = retry(gen, valid)
    T, S, TC, P = (sum(r[i] for r in rows) for i in (2, 3, 4, 5))

    d.head("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА ЭЛИСТЫ")
    d.title("Справка\nо ходе реализации целевой модели наставничества в образовательных организациях г. Элисты\n"
            "(по данным на 01.12.2022)")
    d.p("В целях оценки хода реализации целевой модели наставничества, внедряемой в соответствии с " + P145_SHORT +
        " и приказом Министерства образования и науки Республики Калмыкия от 18.09.2020 № 1114, Управлением "
        f"образования проведён сбор сведений. Сведения представили {len(rows)} образовательных организаций "
        "(далее – ОО): 15 общеобразовательных организаций и МБУ ДО «Дворец детского творчества».")
    d.c_count("organizations", "сведения представили N ОО", len(rows), len(rows))
    d.c_count("organizations", "из них 15 общеобразовательных", 15, sum(1 for r in rows if "ДО" not in r[0]))
    t = Table(6, widths=[0.9, 6.3, 2.6, 2.4, 2.2, 2.4], font=10, hfont=9,
              caption="Таблица 1. Вовлечённость в программы наставничества")
    t.hrow(Cell("№ п/п", rs=2), Cell("Образовательная организация", rs=2), Cell("Всего обучающихся, чел.", rs=2),
           Cell("Вовлечено в программы наставничества", cs=2), Cell("Наставнических пар (групп), ед.", rs=2))
    t.hrow("обучающихся, чел.", "педагогов, чел.")
    for k, (name, band, tot, s, tch, prs) in enumerate(rows, 1):
        t.row("org", [str(k), name, F(n(tot), name, "students_total"), F(str(s), name, "students_involved"),
                      F(str(tch), name, "teachers_involved"), F(str(prs), name, "pairs")])
    t.row("total", [Cell("Итого по городу", cs=2), n(T), n(S), str(TC), n(P)])
    d.table(t)
    d.c_sum("students_total", "строка «Итого по городу», всего обучающихся", n(T), [r[2] for r in rows])
    d.c_sum("students_involved", "строка «Итого по городу», обучающихся вовлечено", n(S), [r[3] for r in rows])
    d.c_sum("teachers_involved", "строка «Итого по городу», педагогов вовлечено", str(TC), [r[4] for r in rows])
    d.c_sum("pairs", "строка «Итого по городу», пар (групп)", n(P), [r[5] for r in rows])

    d.p(f"В программах наставничества в 2022 году участвуют {n(S + TC)} {plural(S + TC, 'человек', 'человека', 'человек')}: "
        f"{n(S)} обучающихся и {TC} {plural(TC, 'педагог', 'педагога', 'педагогов')}. Наставнических пар (групп) – {n(P)}, "
        f"в среднем {pc(P / len(rows))} на одну ОО.")
    d.c_comp("students_involved", f"{S + TC} = {S} обучающихся + {TC} педагогов", n(S + TC), [S, TC])
    d.c_sum("students_involved", "в тексте: обучающихся", n(S), [r[3] for r in rows])
    d.c_sum("teachers_involved", "в тексте: педагогов", str(TC), [r[4] for r in rows])
    d.c_sum("pairs", "в тексте: пар (групп)", n(P), [r[5] for r in rows])
    d.c_mean("pairs", "в среднем пар на одну ОО", pc(P / len(rows)), [r[5] for r in rows])
    hi = [r for r in rows if r[3] / r[2] * 100 >= 15]
    low = [r[0] for r in rows if r[3] / r[2] * 100 < 10]
    lyc = rows[0]
    assert max(r[3] / r[2] for r in rows) == lyc[3] / lyc[2]      # «наиболее высокий охват»
    d.p(f"Более половины ОО ({len(hi)} из {len(rows)}) обеспечили охват обучающихся программами наставничества не "
        f"ниже 15%; наиболее высокий охват – в МБОУ «Элистинский лицей»: {pc(lyc[3] / lyc[2] * 100)}% "
        f"({lyc[3]} из {lyc[2]}). Целевой показатель по городу (не менее 15% обучающихся, вовлечённых в программы "
        f"наставничества) достигнут. Охват ниже 10% – в {join_ru(low)}.")
    d.c_count("students_involved", "ОО с охватом не ниже 15%", len(hi), len(hi))
    d.c_count("organizations", "… из N ОО", len(rows), len(rows))
    d.c_target("students_involved", "более половины ОО обеспечили охват не ниже 15%", 50, len(hi) / len(rows) * 100)
    d.c_share("students_involved", "МБОУ «Элистинский лицей»: охват (… из …)", pc(lyc[3] / lyc[2] * 100), lyc[3],
              lyc[2])
    # PLANTED: the city-wide coverage is below 15%, yet the text says the target is reached
    d.c_target("students_involved", "целевой показатель по городу (не менее 15%) достигнут", 15, S / T * 100,
               achieved=True, planted=True)
    d.c_member("students_involved", "охват ниже 10%", low, [r[0] for r in rows if r[3] / r[2] * 100 < 10])
    d.p("Управлению образования совместно с МБУ «Центр методического и технического сопровождения» организовать "
        "в январе 2023 года семинар для кураторов наставничества по обмену опытом работы гимназий и лицеев.")
    d.sign("Начальник Управления образования                                        Г.Н. Бадмаева")
    return d


# ------------------------------------------------------------------ 15. Майминский район, положение (odt; nothing to recompute)
@builder
def doc_mayma_polozhenie():
    d = Doc("mayma_polozhenie_2021", "odt", "Майминский район", kind="положение", doc_date="2021-03-15",
            doc_number="112", author="Тюхтенева А.В.")
    d.right("УТВЕРЖДЕНО\nприказом Управления образования\nадминистрации МО «Майминский район»\n"
            "от 15.03.2021 № 112")
    d.title("ПОЛОЖЕНИЕ\nо системе наставничества в образовательных организациях\nмуниципального образования "
            "«Майминский район» Республики Алтай")
    d.plain("1. Общие положения")
    d.p("1.1. Настоящее Положение разработано в соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об "
        "образовании в Российской Федерации», " + P145 + ", приказом Министерства образования и науки Республики "
        "Алтай от 25.09.2020 № 845 «О внедрении целевой модели наставничества» и определяет цели, задачи, формы и "
        "порядок организации наставничества в муниципальных образовательных организациях Майминского района.")
    d.p("1.2. Действие Положения распространяется на муниципальные общеобразовательные организации и организации "
        "дополнительного образования района, реализующие программы наставничества.")
    d.plain("2. Цели и задачи наставничества")
    d.p("2.1. Целью наставничества является максимально полное раскрытие потенциала личности наставляемого, "
        "необходимое для успешной личной и профессиональной самореализации, а также создание условий для "
        "формирования эффективной системы поддержки, самоопределения и профессиональной ориентации обучающихся в "
        "возрасте от 10 лет, педагогических работников, впервые приступивших к работе (далее – молодые "
        "специалисты).")
    d.p("2.2. Задачи наставничества: улучшение показателей в образовательной, социокультурной, спортивной сферах; "
        "подготовка обучающихся к самостоятельной, осознанной и социально продуктивной деятельности; раскрытие "
        "личностного, творческого и профессионального потенциала обучающихся; ускорение процесса профессионального "
        "становления молодых специалистов.")
    d.plain("3. Формы наставничества")
    d.p("3.1. В образовательных организациях района применяются формы наставничества «ученик – ученик», "
        "«учитель – учитель», «студент – ученик», «работодатель – ученик». Выбор форм и ролевых моделей "
        "осуществляется образовательной организацией самостоятельно с учётом запросов наставляемых и имеющихся "
        "ресурсов.")
    d.p("3.2. Наставником может быть обучающийся 15–19 лет, педагогический работник, студент профессиональной "
        "образовательной организации или образовательной организации высшего образования, представитель "
        "предприятия (организации). Один наставник одновременно может сопровождать не более трёх наставляемых.")
    d.plain("4. Показатели эффективности")
    d.p("4.1. Эффективность реализации системы наставничества в районе оценивается по показателям, плановые "
        "значения которых приведены в таблице.")
    t = Table(6, widths=[0.9, 7.2, 1.9, 1.9, 1.9, 1.9], font=11, hfont=10)
    t.hrow(Cell("№ п/п", rs=2), Cell("Наименование показателя", rs=2), Cell("Плановое значение по годам, %", cs=4))
    t.hrow("2021", "2022", "2023", "2024")
    plan = [("Доля обучающихся в возрасте от 10 до 19 лет, вовлечённых в программы наставничества в роли наставляемого",
             ("10", "15", "20", "25")),
            ("Доля обучающихся в возрасте от 15 до 19 лет, вовлечённых в программы наставничества в роли наставника",
             ("5", "7", "8", "10")),
            ("Доля молодых специалистов, вовлечённых в программы наставничества в роли наставляемого",
             ("70", "80", "90", "100"))]
    for k, (label, vals) in enumerate(plan, 1):
        t.row("data", [str(k), Cell(label, align="left"), *vals])
    d.table(t)
    d.plain("5. Мониторинг")
    d.p("5.1. Мониторинг реализации программ наставничества проводится Управлением образования два раза в год – "
        "по состоянию на 1 июня и на 20 декабря. Образовательные организации представляют сведения по форме, "
        "установленной Управлением образования, в течение пяти рабочих дней после даты, на которую проводится "
        "мониторинг.")
    d.p("5.2. Результаты мониторинга рассматриваются на совещании руководителей образовательных организаций и "
        "размещаются на официальном сайте Управления образования.")
    d.plain("6. Заключительные положения")
    d.p("6.1. Положение вступает в силу со дня его утверждения. Изменения в Положение вносятся приказом Управления "
        "образования администрации МО «Майминский район».")
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
    try:
        for d in docs:
            render(d)
            facts += d.facts()
            checks += d.checks
            orgs += d.orgs()
            meta.append({"doc": d.name, "format": d.fmt, "kind": d.kind, "municipality": d.municipality,
                         "organization": d.organization, "as_of": d.as_of, "doc_date": d.doc_date,
                         "doc_number": d.doc_number, "expect": ""})
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
    planted = sum(d.planted for d in docs)
    assert planted == st.get("mismatch", 0), (planted, st)
    print(f"documents {len(docs)}, facts {len(facts)}, checks {len(checks)} {st}, planted {planted}, "
          f"organization spellings {len(orgs)}")
    for d in docs:
        mm = [c for c in d.checks if c["status"] == "mismatch"]
        print(f"  {d.name}.{d.fmt}: facts {len(d.facts())}, checks {len(d.checks)}, mismatch {len(mm)}")


if __name__ == "__main__":
    main()
