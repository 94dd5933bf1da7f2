# -*- coding: utf-8 -*-
"""Generate the held-out corpus holdout5: 16 Russian administrative reports on the school mentorship
programme (целевая модель наставничества, Р-145) from 16 municipalities in 11 regions, with gold
answers (documents.csv, facts.csv, checks.csv, organizations.csv) as defined in CONVENTIONS.md.

usage: python benchmarks/unseen/gen_holdout5.py  (UNSEEN_OUT: where to write; default beside this file)
Writes UNSEEN_OUT/holdout5/* and UNSEEN_OUT/gold/holdout5/*.csv.
Every table value, total, share and mean is computed here from the same data the documents are
rendered from; planted errors are explicit (search for "PLANTED").  Output is byte-identical on
rerun: fixed seeds, fixed document metadata, fixed zip timestamps, patched PDF dates/IDs.
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.environ.get("UNSEEN_OUT", os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(HERE, "holdout5")
GOLD = os.path.join(HERE, "gold", "holdout5")
LO_PROFILE = "file:///tmp/lo_h5_profile"

DASH = "DASH"          # printed «–» (or «-»), fact value 0
NB = "\u00a0"          # non-breaking space


class Text:
    """A cell that says there is nothing («нет», «Нет молодых специалистов»): fact with empty value."""
    def __init__(self, s):
        self.s = s


# ============================================================================ formatting helpers
def n(x, sep=" "):
    """integer with a thousands separator («1 120»)"""
    s = str(int(x))
    neg = s.startswith("-")
    s = s.lstrip("-")
    if len(s) > 3 and sep:
        out = []
        while s:
            out.insert(0, s[-3:])
            s = s[:-3]
        s = sep.join(out)
    return ("-" if neg else "") + s


def pc(x, d=1):
    """decimal comma («12,5»), rounded half up like rnd1"""
    return f"{rnd1(x, d):.{d}f}".replace(".", ",")


def r2(x):
    return round(x + 1e-9, 2)


def rnd1(x, d=1):
    """round half up to d decimals (as people do by hand)"""
    q = 10 ** d
    return int(x * q + 0.5 + 1e-9) / q


def g(x):
    """computed value for checks.csv: at most 2 decimals, no trailing zeros"""
    if isinstance(x, int) or float(x).is_integer():
        return str(int(x))
    return f"{r2(x):.2f}".rstrip("0").rstrip(".")


# ============================================================================ model
class Col:
    def __init__(self, title, ind=None, form="", variant="", unit="persons", kind="int", dec=1,
                 pct_sign=False, sep="", dash="–"):
        self.title, self.ind, self.form, self.variant, self.unit = title, ind, form, variant, unit
        self.kind, self.dec, self.pct_sign, self.sep, self.dash = kind, dec, pct_sign, sep, dash

    def fmt(self, v):
        if v is None:
            return ""
        if v == DASH:
            return self.dash
        if isinstance(v, Text):
            return v.s
        if isinstance(v, str):
            return v
        if self.kind == "pct":
            return pc(v, self.dec) + ("%" if self.pct_sign else "")
        return n(v, self.sep)

    def fact_value(self, v):
        if isinstance(v, Text) or v is None:
            return ""
        if v == DASH:
            return "0"
        if self.kind == "pct":
            return f"{v:.{self.dec}f}"
        return str(int(v))


def num(v):
    """numeric value of a data cell (DASH -> 0, Text -> None)"""
    if v == DASH:
        return 0
    if isinstance(v, (int, float)):
        return v
    return None


class Table:
    """A table of organizations (rows = organizations)."""
    def __init__(self, cols, header=None, caption=None, numcol=True, org_title="Наименование ОО",
                 numbered=False, split_after=None, cont_caption=None, widths=None, num_title="№ п/п",
                 num_fmt="{}."):
        self.cols = cols
        self.header = header
        self.caption = caption
        self.numcol = numcol
        self.org_title = org_title
        self.numbered = numbered            # a row «1 | 2 | 3 …» under the header
        self.split_after = split_after      # split into two Word tables after this many body rows
        self.cont_caption = cont_caption
        self.widths = widths
        self.num_title = num_title
        self.num_fmt = num_fmt
        self.rows = []                      # (kind, cells, payload)

    def width(self):
        return len(self.cols) + 1 + (1 if self.numcol else 0)

    def header_rows(self):
        if self.header:
            return self.header
        return [([self.num_title] if self.numcol else []) + [self.org_title] + [c.title for c in self.cols]]

    def numbered_row(self):
        return [str(i + 1) for i in range(self.width())]

    def data(self, name, cluster, values):
        assert len(values) == len(self.cols), (name, values)
        k = sum(1 for r in self.rows if r[0] == "data") + 1
        cells = ([self.num_fmt.format(k)] if self.numcol else []) + [name] + \
                [c.fmt(v) for c, v in zip(self.cols, values)]
        self.rows.append(("data", cells, (name, cluster, values)))

    def total(self, label, values):
        cells = ([""] if self.numcol else []) + [label] + \
                [c.fmt(v) for c, v in zip(self.cols, values)]
        self.rows.append(("total", cells, None))

    def group(self, text):
        self.rows.append(("group", [text], None))

    def orgs(self):
        return [r[2] for r in self.rows if r[0] == "data"]

    def column(self, j):
        return [num(vals[j]) for _, _, vals in self.orgs() if num(vals[j]) is not None]


class TTable:
    """A transposed table of organizations: rows = indicators, columns = organizations (+ a total column)."""
    def __init__(self, cols, orgs, totals, corner="Показатель", total_title="Всего", caption=None):
        self.cols, self.org_list, self.totals = cols, orgs, totals      # orgs: [(name, cluster, values)]
        self.corner, self.total_title, self.caption = corner, total_title, caption

    def grid(self):
        head = [self.corner] + [o[0] for o in self.org_list] + ([self.total_title] if self.totals is not None else [])
        rows = []
        for j, c in enumerate(self.cols):
            r = [c.title] + [c.fmt(o[2][j]) for o in self.org_list]
            if self.totals is not None:
                r.append(self.totals[j])
            rows.append(r)
        return head, rows

    def orgs(self):
        return self.org_list


class Plain:
    """A table that is not a table of organizations (no facts): a plan of events, forms as rows…"""
    def __init__(self, header, rows, caption=None, bold_last=False, widths=None, merge_body_col0=False):
        self.header, self.body, self.caption, self.bold_last = header, rows, caption, bold_last
        self.widths = widths
        self.merge_body_col0 = merge_body_col0


class Doc:
    def __init__(self, name, fmt, municipality, as_of="", kind="справка", landscape=False, enc="utf-8",
                 organization="", doc_date="", doc_number="", txt_mode="tab", author="", created=None):
        self.name, self.fmt, self.municipality, self.as_of, self.kind = name, fmt, municipality, as_of, kind
        self.landscape, self.enc, self.organization = landscape, enc, organization
        self.doc_date, self.doc_number, self.txt_mode = doc_date, doc_number, txt_mode
        self.author = author
        self.created = created or datetime.datetime.strptime(as_of or doc_date, "%Y-%m-%d")
        self.blocks = []
        self.checks = []
        self.extra_facts = []
        self.extra_orgs = []

    # ------------------------------------------------------------------ blocks
    def title(self, s):
        self.blocks.append(("title", s))

    def h(self, s):
        self.blocks.append(("h", s))

    def p(self, s):
        self.blocks.append(("p", s))

    def right(self, s):
        self.blocks.append(("right", s))

    def sign(self, s):
        self.blocks.append(("sign", s))

    def table(self, t):
        self.blocks.append(("table", t))
        return t

    # ------------------------------------------------------------------ explicit facts (single-school tables)
    def fact(self, org, ind, value, unit="persons", form="", variant="", kind="int", dec=1):
        if isinstance(value, Text) or value is None:
            val = ""
        elif value == DASH:
            val = "0"
        elif kind == "pct":
            val = f"{value:.{dec}f}"
        else:
            val = str(int(value))
        self.extra_facts.append(dict(doc=self.name, org_name=" ".join(org.split()), indicator=ind, form=form,
                                     variant=variant, value=val, unit="percent" if kind == "pct" else unit))

    def org(self, name, cluster):
        self.extra_orgs.append((" ".join(name.split()), cluster))

    # ------------------------------------------------------------------ checks
    def _add(self, check, ind, subject, stated, computed, status):
        assert status in ("ok", "mismatch", "either")
        self.checks.append(dict(doc=self.name, check=check, indicator=ind, subject=subject,
                                stated=stated, computed=computed, status=status))

    def c_sum(self, ind, subject, stated, computed, status=None):
        st = status or ("ok" if abs(stated - computed) < 1e-6 else "mismatch")
        self._add("sum", ind, subject, str(int(stated)), str(int(computed)), st)

    def c_count(self, ind, subject, stated, computed, status=None):
        st = status or ("ok" if stated == computed else "mismatch")
        self._add("count", ind, subject, str(stated), str(computed), st)

    @staticmethod
    def _tol(dec):
        return 0.5 * 10 ** -dec + 0.011

    def c_share(self, ind, subject, stated, part, base, dec=1, status=None):
        comp = 100.0 * part / base
        st = status or ("ok" if abs(stated - comp) <= self._tol(dec) else "mismatch")
        self._add("share", ind, subject, f"{stated:.{dec}f}", g(comp), st)

    def c_mean(self, ind, subject, stated, values, dec=1, status=None):
        comp = sum(values) / len(values)
        st = status or ("ok" if abs(stated - comp) <= self._tol(dec) else "mismatch")
        self._add("mean", ind, subject, f"{stated:.{dec}f}", g(comp), st)

    def c_comp(self, ind, subject, stated, parts, status=None):
        comp = sum(parts)
        st = status or ("ok" if comp == stated else "mismatch")
        self._add("composition", ind, subject, str(stated), str(comp), st)

    def c_member(self, ind, subject, stated_list, actual_list):
        st = "ok" if set(stated_list) == set(actual_list) else "mismatch"
        self._add("membership", ind, subject, "; ".join(stated_list), "; ".join(actual_list), st)

    def c_target(self, ind, subject, target, actual, claimed_achieved):
        st = "ok" if (actual >= target) == claimed_achieved else "mismatch"
        self._add("target", ind, subject, f"{target:g}", g(actual), st)

    def c_cross(self, ind, subject, stated, computed):
        st = "ok" if stated == computed else "mismatch"
        self._add("cross_table", ind, subject, g(stated), g(computed), st)

    # ------------------------------------------------------------------ gold
    def facts(self):
        out = []
        for kind, t in self.blocks:
            if kind != "table" or isinstance(t, Plain):
                continue
            for name, cl, vals in t.orgs():
                for c, v in zip(t.cols, vals):
                    if not c.ind:
                        continue
                    out.append(dict(doc=self.name, org_name=" ".join(name.split()), indicator=c.ind,
                                    form=c.form, variant=c.variant, value=c.fact_value(v),
                                    unit="percent" if c.kind == "pct" else c.unit))
        return out + self.extra_facts

    def orgs(self):
        seen = {}
        for kind, t in self.blocks:
            if kind == "table" and not isinstance(t, Plain):
                for name, cl, vals in t.orgs():
                    seen.setdefault(" ".join(name.split()), cl)
        for name, cl in self.extra_orgs:
            seen.setdefault(name, cl)
        return [dict(doc=self.name, org_name=k, cluster=v) for k, v in seen.items()]


# ============================================================================ renderers
def header_merges(rows):
    """cells equal to the left neighbour (horizontal) or to the one above (vertical) are merged"""
    spans = []
    H, W = len(rows), len(rows[0])
    used = [[False] * W for _ in range(H)]
    for i in range(H):
        for j in range(W):
            if used[i][j]:
                continue
            t = rows[i][j]
            j2 = j
            while j2 + 1 < W and rows[i][j2 + 1] == t and t and not used[i][j2 + 1]:
                j2 += 1
            i2 = i
            if j2 == j:
                while i2 + 1 < H and rows[i2 + 1][j] == t and t:
                    i2 += 1
            for a in range(i, i2 + 1):
                for b in range(j, j2 + 1):
                    used[a][b] = True
            spans.append((i, j, i2, j2, t))
    return spans


def set_cell(cell, text, bold=False, size=10, align=None):
    cell.text = ""
    par = cell.paragraphs[0]
    if align is not None:
        par.alignment = align
    run = par.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def _widths(doc, first, ncols_rest, total_cols):
    usable = 25.7 if doc.landscape else 17.0
    rest = (usable - sum(first)) / max(1, ncols_rest)
    return first + [rest] * ncols_rest


def _apply_widths(tab, widths):
    tab.autofit = False
    for j, col in enumerate(tab.columns):
        if j < len(widths):
            col.width = Cm(widths[j])
    for row in tab.rows:
        for j, c in enumerate(row.cells):
            if j < len(widths):
                c.width = Cm(widths[j])


def _docx_grid(d, header, body, kinds, widths, hsize=9, bsize=10):
    """header: list of rows (merged by equality); body: list of rows; kinds: per body row."""
    W = len(header[0]) if header else len(body[0])
    tab = d.add_table(rows=len(header), cols=W)
    tab.style = "Table Grid"
    if header:
        for (i, j, i2, j2, txt) in header_merges(header):
            c = tab.cell(i, j)
            if (i2, j2) != (i, j):
                c = c.merge(tab.cell(i2, j2))
            set_cell(c, txt, bold=True, size=hsize, align=WD_ALIGN_PARAGRAPH.CENTER)
    for cells, kind in zip(body, kinds):
        row = tab.add_row()
        if kind in ("note", "group"):
            c = row.cells[0].merge(row.cells[W - 1])
            set_cell(c, cells[0], bold=(kind == "group"), size=bsize - 1)
            continue
        for j, txt in enumerate(cells):
            al = WD_ALIGN_PARAGRAPH.CENTER if kind == "numbered" else None
            set_cell(row.cells[j], txt, bold=(kind == "total"), size=bsize if kind != "numbered" else 8, align=al)
    if widths:
        _apply_widths(tab, widths)
    return tab


def render_docx(doc, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    cp = d.core_properties
    cp.author = doc.author or "Пользователь"
    cp.last_modified_by = doc.author or "Пользователь"
    cp.comments = ""
    cp.title = ""
    cp.revision = 3
    cp.created = doc.created
    cp.modified = doc.created + datetime.timedelta(hours=3)
    sec = d.sections[0]
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(1.5)
    for kind, b in doc.blocks:
        if kind == "title":
            for line in b.split("\n"):
                par = d.add_paragraph()
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                par.add_run(line).bold = True
        elif kind == "h":
            d.add_paragraph().add_run(b).bold = True
        elif kind == "p":
            par = d.add_paragraph(b)
            par.paragraph_format.first_line_indent = Cm(1.25)
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "right":
            for line in b.split("\n"):
                par = d.add_paragraph(line)
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "sign":
            for line in b.split("\n"):
                d.add_paragraph(line)
        elif kind == "table":
            t = b
            if t.caption:
                par = d.add_paragraph()
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                par.add_run(t.caption).italic = True
            if isinstance(t, Plain):
                widths = t.widths
                body = t.body
                kinds = ["data"] * len(body)
                if t.bold_last:
                    kinds[-1] = "total"
                tab = _docx_grid(d, t.header, body, kinds, widths)
                if t.merge_body_col0:
                    H = len(t.header)
                    i = 0
                    while i < len(body):
                        k = i
                        while k + 1 < len(body) and body[k + 1][0] == "" and kinds[k + 1] != "total":
                            k += 1
                        if k > i:
                            c = tab.cell(H + i, 0).merge(tab.cell(H + k, 0))
                            set_cell(c, body[i][0], size=10)
                        i = k + 1
            elif isinstance(t, TTable):
                head, rows = t.grid()
                widths = _widths(doc, [5.0], len(head) - 1, len(head))
                _docx_grid(d, [head], rows, ["data"] * len(rows), widths, hsize=8, bsize=9)
            else:
                hdr = t.header_rows()
                first = ([1.0] if t.numcol else []) + [5.2]
                widths = t.widths or _widths(doc, first, len(t.cols), t.width())
                body = [r[1] for r in t.rows]
                kinds = [r[0] for r in t.rows]
                if t.numbered:
                    body = [t.numbered_row()] + body
                    kinds = ["numbered"] + kinds
                if t.split_after:
                    k = t.split_after + (1 if t.numbered else 0)
                    _docx_grid(d, hdr, body[:k], kinds[:k], widths)
                    par = d.add_paragraph()
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    par.add_run(t.cont_caption or "Продолжение таблицы").italic = True
                    rest_body, rest_kinds = body[k:], kinds[k:]
                    if t.numbered:
                        _docx_grid(d, [t.numbered_row()], rest_body, rest_kinds, widths, hsize=8)
                    else:
                        _docx_grid(d, hdr, rest_body, rest_kinds, widths)
                else:
                    _docx_grid(d, hdr, body, kinds, widths)
            d.add_paragraph()
    d.save(path)


def _txt_header_lines(rows):
    out = []
    for hr in rows:
        cells = []
        for j, c in enumerate(hr):
            cells.append("" if j > 0 and hr[j - 1] == c else c)
        out.append(cells)
    # a cell equal to the one above (vertical merge) is printed once
    for i in range(len(out) - 1, 0, -1):
        for j in range(len(out[i])):
            if rows[i][j] == rows[i - 1][j]:
                out[i][j] = ""
    return out


def render_txt(doc, path):
    lines = []
    pipe = doc.txt_mode == "pipe"

    def row(cells):
        if pipe:
            return "| " + " | ".join(cells) + " |"
        return "\t".join(cells)

    for kind, b in doc.blocks:
        if kind == "title":
            lines += [l.strip() for l in b.split("\n")] + [""]
        elif kind == "h":
            lines += [b, ""]
        elif kind == "p":
            lines += [b, ""]
        elif kind == "right":
            lines += b.split("\n") + [""]
        elif kind == "sign":
            lines += [""] + b.split("\n")
        elif kind == "table":
            t = b
            if t.caption:
                lines.append(t.caption)
            if isinstance(t, Plain):
                hdr, body = t.header, t.body
                kinds = ["data"] * len(body)
            elif isinstance(t, TTable):
                head, body = t.grid()
                hdr = [head]
                kinds = ["data"] * len(body)
            else:
                hdr = t.header_rows()
                body = [r[1] for r in t.rows]
                kinds = [r[0] for r in t.rows]
                if t.numbered:
                    body = [t.numbered_row()] + body
                    kinds = ["numbered"] + kinds
            for cells in _txt_header_lines(hdr):
                lines.append(row(cells))
            if pipe:
                lines.append("|" + "|".join(["---"] * len(hdr[0])) + "|")
            for cells, k in zip(body, kinds):
                lines.append(row(cells) if k not in ("note", "group") else cells[0])
            lines.append("")
    txt = "\r\n".join(lines) + "\r\n" if doc.enc == "cp1251" else "\n".join(lines) + "\n"
    with open(path, "w", encoding=doc.enc, newline="") as f:
        f.write(txt)


def render_xlsx(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    wb.properties.creator = doc.author or "Пользователь"
    wb.properties.lastModifiedBy = doc.author or "Пользователь"
    wb.properties.created = doc.created
    wb.properties.modified = doc.created + datetime.timedelta(hours=3)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    tables = [b for k, b in doc.blocks if k == "table"]
    W = max(t.width() for t in tables)
    r = 1
    for kind, b in doc.blocks:
        if kind in ("title", "p", "h", "sign", "right"):
            for line in b.split("\n"):
                ws.cell(row=r, column=1, value=line)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=W)
                c = ws.cell(row=r, column=1)
                c.font = Font(bold=(kind in ("title", "h")), size=12 if kind == "title" else 11)
                c.alignment = Alignment(horizontal="center" if kind == "title" else "left", wrap_text=True,
                                        vertical="top")
                if kind == "p":
                    ws.row_dimensions[r].height = 32
                r += 1
            if kind == "title":
                r += 1
        elif kind == "table":
            t = b
            hdr = t.header_rows()
            top = r
            for (i, j, i2, j2, txt) in header_merges(hdr):
                ws.cell(row=top + i, column=j + 1, value=txt)
                if (i2, j2) != (i, j):
                    ws.merge_cells(start_row=top + i, start_column=j + 1, end_row=top + i2, end_column=j2 + 1)
            for i in range(len(hdr)):
                for j in range(len(hdr[0])):
                    c = ws.cell(row=top + i, column=j + 1)
                    c.font = Font(bold=True, size=10)
                    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                    c.border = border
                ws.row_dimensions[top + i].height = 45
            r = top + len(hdr)
            for kind2, cells, payload in t.rows:
                vals = list(cells)
                if kind2 == "data":
                    name, cl, values = payload
                    vals = ([int(cells[0].rstrip("."))] if t.numcol else []) + [name]
                    for c_, v in zip(t.cols, values):
                        if isinstance(v, (int, float)) and v != DASH:
                            vals.append(v)
                        else:
                            vals.append(c_.fmt(v))
                elif kind2 == "total":
                    vals = []
                    for j, cell in enumerate(cells):
                        s = cell.replace(" ", "").replace(",", ".")
                        if j >= (2 if t.numcol else 1) and re.fullmatch(r"\d+", s):
                            vals.append(int(s))
                        elif j >= (2 if t.numcol else 1) and re.fullmatch(r"\d+\.\d+", s):
                            vals.append(float(s))
                        else:
                            vals.append(cell if cell else None)
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=j + 1, value=v)
                    c.border = border
                    c.font = Font(bold=(kind2 == "total"), size=10)
                    if isinstance(v, float):
                        c.number_format = "0.0"
                    if j == (1 if t.numcol else 0):
                        c.alignment = Alignment(wrap_text=True)
                    else:
                        c.alignment = Alignment(horizontal="center")
                r += 1
            r += 1
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 38
    for j in range(3, W + 1):
        ws.column_dimensions[chr(64 + j)].width = 14
    wb.save(path)


# ============================================================================ determinism
FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def normalize_zip(path, created):
    """rewrite a zip container (docx/odt/xlsx) with fixed timestamps and fixed metadata dates"""
    stamp = created.strftime("%Y-%m-%dT%H:%M:%S")
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
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
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def normalize_pdf(path, name, created):
    """patch the creation date and the document ID of a LibreOffice PDF in place (same lengths)"""
    with open(path, "rb") as f:
        b = f.read()
    stamp = created.strftime("%Y%m%d%H%M%S").encode()

    def date_sub(m):
        old = m.group(0)
        new = b"/CreationDate(D:" + stamp + m.group(1)
        return new if len(new) == len(old) else old
    b = re.sub(rb"/CreationDate\(D:\d{14}([^)]*\))", date_sub, b)
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
        tmp = tempfile.mkdtemp(prefix="h5_")
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


# ============================================================================ shared vocabulary
UU, TT, TU, SU, RU, RS = ("ученик-ученик", "учитель-учитель", "учитель-ученик", "студент-ученик",
                          "работодатель-ученик", "работодатель-студент")
FORM_Q = {UU: "«Ученик – ученик»", TT: "«Учитель – учитель»", TU: "«Учитель – ученик»",
          SU: "«Студент – ученик»", RU: "«Работодатель – ученик»", RS: "«Работодатель – студент»"}
FORM_L = {UU: "«ученик – ученик»", TT: "«учитель – учитель»", TU: "«учитель – ученик»",
          SU: "«студент – ученик»", RU: "«работодатель – ученик»", RS: "«работодатель – студент»"}


def join_ru(items):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " и " + items[-1]


def plural(k, one, few, many):
    if k % 10 == 1 and k % 100 != 11:
        return one
    if 2 <= k % 10 <= 4 and not 12 <= k % 100 <= 14:
        return few
    return many


# ============================================================================ documents
# ------------------------------------------------------------------ 1. Елабужский район (docx)
ELABUGA = [  # cluster, name, group, short name in text
    ("elabuga/gymn-1", "МБОУ «Гимназия № 1»", "c", "Гимназия № 1"),
    ("elabuga/school-2", "МБОУ «СОШ № 2»", "c", "СОШ № 2"),
    ("elabuga/school-3", "МБОУ «СОШ № 3»", "c", "СОШ № 3"),
    ("elabuga/lyceum-4", "МБОУ «Лицей № 4»", "c", "Лицей № 4"),
    ("elabuga/school-7", "МБОУ «СОШ № 7 с углублённым изучением отдельных предметов»", "c", "СОШ № 7"),
    ("elabuga/school-8", "МБОУ «СОШ № 8»", "c", "СОШ № 8"),
    ("elabuga/school-9", "МБОУ «СОШ № 9»", "c", "СОШ № 9"),
    ("elabuga/school-10", "МБОУ «СОШ № 10»", "c", "СОШ № 10"),
    ("elabuga/morty", "МБОУ «Мортовская СОШ»", "v", "Мортовская СОШ"),
    ("elabuga/tanaevo", "МБОУ «Танаевская ООШ»", "v", "Танаевская ООШ"),
    ("elabuga/bolshaya-kachka", "МБОУ «Большекачкинская СОШ»", "v", "Большекачкинская СОШ"),
    ("elabuga/lekarevo", "МБОУ «Лекаревская СОШ»", "v", "Лекаревская СОШ"),
    ("elabuga/yakovlevo", "МБОУ «Яковлевская ООШ»", "v", "Яковлевская ООШ"),
    ("elabuga/ddt", "МБУ ДО «Дом детского творчества»", "u", "ДДТ"),
    ("elabuga/cdo", "МБУ ДО «Центр дополнительного образования «Созвездие»", "u", "ЦДО «Созвездие»"),
]


def doc_elabuga():
    rng = random.Random(5101)
    d = Doc("elabuga_spravka_2022", "docx", "Елабужский район", "2022-12-20", author="Галиева Р.М.")
    d.title("МКУ «Управление образования Исполнительного комитета Елабужского муниципального района»\n"
            "АНАЛИТИЧЕСКАЯ СПРАВКА\n"
            "о реализации целевой модели наставничества в образовательных организациях\n"
            "Елабужского муниципального района Республики Татарстан за 2022 год\n"
            "(по состоянию на 20.12.2022)")
    d.p("Справка подготовлена на основании отчётов образовательных организаций (далее – ОО), представленных "
        "по запросу МКУ «Управление образования» от 01.12.2022 № 1187, в рамках исполнения распоряжения "
        "Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 и приказа МКУ «Управление "
        "образования» от 30.08.2021 № 247 «О внедрении целевой модели наставничества».")
    cols = [Col("", "students_total", sep=" "),
            Col("", "students_involved", sep=" "),
            Col("", "mentors"),
            Col("", "teachers_involved"),
            Col("", "forms_count", unit="count")]
    hdr = [["№ п/п", "Образовательная организация", "Численность обучающихся, чел.",
            "Охвачено наставничеством обучающихся, чел.", "Охвачено наставничеством обучающихся, чел.",
            "Педагогов, вовлечённых в наставничество, чел.", "Кол-во реализуемых форм наставничества"],
           ["№ п/п", "Образовательная организация", "Численность обучающихся, чел.",
            "всего", "из них в роли наставника",
            "Педагогов, вовлечённых в наставничество, чел.", "Кол-во реализуемых форм наставничества"]]
    t = Table(cols, header=hdr, caption="Таблица 1. Охват участников программ наставничества")
    data = {}
    for cl, nm, grp, short in ELABUGA:
        if grp == "c":
            tot = rng.randint(540, 1380)
            inv = int(tot * rng.uniform(0.19, 0.33))
            tea = rng.randint(14, 42)
            fc = rng.choice([3, 3, 4, 4])
        elif grp == "v":
            tot = rng.randint(48, 95) if "ООШ" in nm else rng.randint(120, 260)
            inv = int(tot * rng.uniform(0.22, 0.45))
            tea = rng.randint(4, 11)
            fc = rng.choice([1, 2, 2])
        else:
            tot = rng.randint(900, 1500)
            inv = int(tot * rng.uniform(0.07, 0.12))
            tea = rng.randint(6, 14)
            fc = rng.choice([1, 2])
        mentors = int(inv * rng.uniform(0.25, 0.42))
        data[cl] = [tot, inv, mentors, tea, fc]
    data["elabuga/gymn-1"][4] = 5
    data["elabuga/lyceum-4"][4] = 5
    groups = [("c", "Городские общеобразовательные организации", "Итого по городским ОО"),
              ("v", "Сельские общеобразовательные организации", "Итого по сельским ОО"),
              ("u", "Организации дополнительного образования", "Итого по УДО")]
    inds = ["students_total", "students_involved", "mentors", "teachers_involved"]
    sub = {}
    for grp, gname, tname in groups:
        t.group(gname)
        rows = [(cl, nm) for cl, nm, gg, _ in ELABUGA if gg == grp]
        for cl, nm in rows:
            t.data(nm, cl, data[cl])
        sums = [sum(data[cl][k] for cl, _ in rows) for k in range(4)]
        sub[grp] = sums
        printed = list(sums)
        if grp == "v":
            printed[1] = sums[1] + 20                     # PLANTED: subtotal of students involved
        for k, ind in enumerate(inds):
            d.c_sum(ind, f"строка «{tname}»", printed[k], sums[k])
        t.total(tname, printed + [""])
    grand = [sum(sub[gg][k] for gg in sub) for k in range(4)]
    t.total("Всего по району", grand + [""])
    for k, ind in enumerate(inds):
        d.c_sum(ind, "строка «Всего по району»", grand[k], grand[k], status="either" if k == 1 else None)
    nC = sum(1 for x in ELABUGA if x[2] == "c")
    nV = sum(1 for x in ELABUGA if x[2] == "v")
    nU = sum(1 for x in ELABUGA if x[2] == "u")
    d.h("1. Охват участников программ наставничества")
    d.p(f"В 2022 году целевая модель наставничества реализовывалась во всех {len(ELABUGA)} подведомственных ОО: "
        f"{nC} городских и {nV} сельских общеобразовательных организациях, а также в {nU} учреждениях "
        f"дополнительного образования (ДДТ и ЦДО «Созвездие»). Сведения об охвате приведены в таблице 1.")
    d.c_count("organizations", f"во всех {len(ELABUGA)} подведомственных ОО", len(ELABUGA), len(ELABUGA))
    d.c_count("organizations", f"{nC} городских", nC, nC)
    d.c_count("organizations", f"{nV} сельских", nV, nV)
    d.c_count("organizations", f"{nU} учреждениях дополнительного образования", nU, nU)
    d.table(t)
    share = 100 * grand[1] / grand[0]
    d.p(f"Всего наставничеством охвачено {n(grand[1], NB)} обучающихся, что составляет {pc(share)}% "
        f"({n(grand[1], NB)} из {n(grand[0], NB)} чел.) от общей численности обучающихся ОО района "
        f"(в 2021 году – 16,9%). Плановое значение регионального показателя (не менее 20% обучающихся, "
        f"вовлечённых в различные формы наставничества) {'достигнуто' if share >= 20 else 'не достигнуто'}.")
    d.c_sum("students_involved", "в тексте: всего охвачено обучающихся", grand[1], grand[1], status="either")
    d.c_share("students_involved", f"{n(grand[1])} из {n(grand[0])}", rnd1(share), grand[1], grand[0])
    d.c_target("students_involved", "не менее 20% обучающихся", 20, share, share >= 20)
    msh = 100 * grand[2] / grand[1]
    d.p(f"В роли наставника выступают {n(grand[2], NB)} обучающихся, или {pc(msh)}% от числа охваченных "
        f"наставничеством, преимущественно в форме «ученик – ученик» (вариант «успевающий – неуспевающий»).")
    d.c_sum("mentors", "в тексте: в роли наставника", grand[2], grand[2])
    d.c_share("mentors", f"{grand[2]} от {grand[1]}", rnd1(msh), grand[2], grand[1])
    part = grand[1] + grand[3]
    d.p(f"Общее число участников программ наставничества составило {n(part, NB)} "
        f"{plural(part, 'человек', 'человека', 'человек')}, из них {n(grand[1], NB)} обучающихся и {grand[3]} "
        f"{plural(grand[3], 'педагогический работник', 'педагогических работника', 'педагогических работников')}.")
    d.c_comp("program_participants", f"{part} = {grand[1]} + {grand[3]}", part, [grand[1], grand[3]])
    d.h("2. Формы наставничества")
    fc = [data[cl][4] for cl, *_ in ELABUGA]
    five = [short for cl, nm, gg, short in ELABUGA if data[cl][4] == 5]
    d.p(f"В среднем одна ОО реализует {pc(sum(fc) / len(fc))} формы наставничества. Все пять форм, "
        f"предусмотренных целевой моделью, реализуются в {len(five)} ОО ({join_ru(five)}); "
        f"в сельских школах и УДО, как правило, реализуются 1–2 формы.")
    d.c_mean("forms_count", "в среднем одна ОО реализует N формы", rnd1(sum(fc) / len(fc)), fc)
    d.c_count("forms_count", "все пять форм реализуются в N ОО", len(five), len(five))
    d.c_member("forms_count", "все пять форм", five, five)
    d.h("3. Выводы и задачи на 2023 год")
    d.p("По итогам анкетирования, проведённого в ноябре 2022 года, 86% наставляемых отметили положительную "
        "динамику учебных результатов. В 2023 году необходимо довести охват обучающихся наставничеством "
        "до 25%, провести муниципальный этап конкурса «Наставник года» (заявки до 15.02.2023).")
    d.sign("Начальник МКУ «Управление образования»\t\t\tА.Р. Хайруллин\n"
           "Исп.: Галиева Р.М., тел. 8 (85557) 3-41-12")
    return d


# ------------------------------------------------------------------ 2. Лениногорский район (pdf)
LENINOGORSK = [  # cluster, name, short, city?
    ("leninogorsk/school-1", "МБОУ «СОШ № 1» г. Лениногорска", "СОШ № 1", True),
    ("leninogorsk/gymn-2", "МБОУ «Гимназия № 2»", "Гимназия № 2", True),
    ("leninogorsk/school-3", "МБОУ «СОШ № 3»", "СОШ № 3", True),
    ("leninogorsk/lyceum-5", "МБОУ «Лицей № 5»", "Лицей № 5", True),
    ("leninogorsk/school-6", "МБОУ «СОШ № 6»", "СОШ № 6", True),
    ("leninogorsk/school-7", "МБОУ «СОШ № 7 им. Героя Советского Союза Г.Ш. Шакирова»", "СОШ № 7", True),
    ("leninogorsk/school-12", "МБОУ «СОШ № 12»", "СОШ № 12", True),
    ("leninogorsk/sarabikulovo", "МБОУ «Сарабикуловская СОШ»", "Сарабикуловская СОШ", False),
    ("leninogorsk/kuakbash", "МБОУ «Куакбашская СОШ»", "Куакбашская СОШ", False),
    ("leninogorsk/pismyanka", "МБОУ «Письмянская ООШ»", "Письмянская ООШ", False),
    ("leninogorsk/novoe-ishteryakovo", "МБОУ СОШ с. Новое Иштеряково", "СОШ с. Новое Иштеряково", False),
    ("leninogorsk/shugurovo", "МБОУ «Шугуровская СОШ им. С.Ф. Горохова»", "Шугуровская СОШ", False),
]


def doc_leninogorsk():
    rng = random.Random(5102)
    d = Doc("leninogorsk_itogi_2023", "pdf", "Лениногорский район", "2023-05-31", landscape=True,
            author="Сафина Л.И.")
    d.title("МБУ «Управление образования Лениногорского муниципального района»\n"
            "Итоги мониторинга реализации целевой модели наставничества\n"
            "в общеобразовательных организациях Лениногорского муниципального района\n"
            "по состоянию на 31.05.2023")
    d.p("Мониторинг проведён с 15 по 26 мая 2023 года во исполнение письма Министерства образования и науки "
        "Республики Татарстан от 12.04.2023 № 4512/23 и в соответствии с методологией (целевой моделью) "
        "наставничества, утверждённой распоряжением Минпросвещения России от 25.12.2019 № Р-145. "
        "Информацию представили все общеобразовательные организации (далее – ОО) района.")
    forms = [UU, TT, TU, RU]
    cols = []
    for f in forms:
        cols.append(Col("", "mentors", form=f))
        cols.append(Col("", "mentees", form=f))
    top = ["№", "Наименование ОО"] + sum([[FORM_Q[f], FORM_Q[f]] for f in forms], [])
    sub = ["№", "Наименование ОО"] + ["наставников", "наставляемых"] * len(forms)
    t = Table(cols, header=[top, sub], caption="Количество участников по формам наставничества, чел.",
              num_fmt="{}")
    tu_set = {"leninogorsk/gymn-2", "leninogorsk/lyceum-5", "leninogorsk/school-3", "leninogorsk/school-7",
              "leninogorsk/school-12", "leninogorsk/kuakbash", "leninogorsk/shugurovo"}
    ru_set = {"leninogorsk/school-1", "leninogorsk/lyceum-5", "leninogorsk/school-6", "leninogorsk/sarabikulovo"}
    tt_off = {"leninogorsk/pismyanka", "leninogorsk/novoe-ishteryakovo"}
    rows = []
    for cl, nm, short, city in LENINOGORSK:
        vals = []
        # ученик-ученик
        m = rng.randint(8, 26) if city else rng.randint(3, 8)
        vals += [m, m + rng.randint(2, 14) if city else m + rng.randint(0, 4)]
        # учитель-учитель
        if cl in tt_off:
            vals += [DASH, DASH]
        else:
            m = rng.randint(2, 6) if city else 1
            vals += [m, m + rng.randint(0, 2)]
        # учитель-ученик
        if cl in tu_set:
            m = rng.randint(2, 7)
            vals += [m, m * rng.randint(2, 5)]
        else:
            vals += [DASH, DASH]
        # работодатель-ученик
        if cl in ru_set:
            m = rng.randint(1, 4)
            vals += [m, m * rng.randint(3, 6)]
        else:
            vals += [DASH, DASH]
        t.data(nm, cl, vals)
        rows.append((cl, nm, short, vals))
    tot = [sum(num(r[3][j]) for r in rows) for j in range(len(cols))]
    t.total("Итого по району", tot)
    for j, c in enumerate(cols):
        role = "наставников" if c.ind == "mentors" else "наставляемых"
        d.c_sum(c.ind, f"Итого по району, {FORM_L[c.form]}, {role}", tot[j], tot[j])
    d.table(t)
    T_m = sum(tot[0::2])
    T_e = sum(tot[1::2])
    d.p(f"Всего в программах наставничества задействовано {T_m} наставников и {T_e} наставляемых. "
        f"Наиболее распространённой остаётся форма «ученик – ученик»: на неё приходится "
        f"{pc(100 * tot[1] / T_e)}% всех наставляемых ({tot[1]} из {T_e} чел.).")
    d.c_sum("mentors", "в тексте: всего наставников", T_m, T_m)
    d.c_sum("mentees", "в тексте: всего наставляемых", T_e, T_e)
    d.c_share("mentees", f"ученик-ученик {tot[1]} из {T_e}", rnd1(100 * tot[1] / T_e), tot[1], T_e)
    per_row_m = [sum(num(v) for v in r[3][0::2]) for r in rows]
    d.p(f"В среднем в одной ОО с наставляемыми работают {pc(sum(per_row_m) / len(per_row_m))} наставника.")
    d.c_mean("mentors", "в среднем в одной ОО наставников", rnd1(sum(per_row_m) / len(per_row_m)), per_row_m)
    n_uu = sum(1 for r in rows if num(r[3][0]) > 0)
    n_tt = sum(1 for r in rows if num(r[3][2]) > 0)
    tu_list = [r[2] for r in rows if num(r[3][4]) > 0]
    ru_list = [r[2] for r in rows if num(r[3][6]) > 0]
    d.p(f"Форма «ученик – ученик» реализуется во всех {n_uu} ОО, форма «учитель – учитель» – в {n_tt} ОО. "
        f"Форма «учитель – ученик» "
        f"реализуется в {len(tu_list)} ОО.")
    d.c_count("mentors", "«ученик – ученик» во всех N ОО", n_uu, n_uu)
    d.c_count("mentors", "«учитель – учитель» в N ОО", n_tt, n_tt)
    d.c_count("mentors", "«учитель – ученик» в N ОО", len(tu_list), len(tu_list))
    stated_ru = len(ru_list) + 1                          # PLANTED: count of OO with работодатель-ученик
    d.p(f"Форма «работодатель – ученик» реализуется в {stated_ru} ОО ({', '.join(ru_list)}) при участии "
        f"предприятий ПАО «Татнефть» (НГДУ «Лениногорскнефть»), ООО «Лениногорский завод «Автоприбор» и "
        f"сельскохозяйственных предприятий района.")
    d.c_count("mentors", "«работодатель – ученик» в N ОО", stated_ru, len(ru_list))
    d.c_member("mentors", "список ОО формы «работодатель – ученик»", ru_list, ru_list)
    d.p("По результатам анкетирования удовлетворённость наставляемых участием в программах составила 87%. "
        "Семинар для кураторов наставничества проведён 18.04.2023 на базе Лицея № 5.")
    d.sign("Заместитель начальника МБУ «Управление образования»\t\t\tЛ.И. Сафина\nТел. 8 (85595) 5-17-60")
    return d


# ------------------------------------------------------------------ 3. Сердобский район (txt cp1251)
SERDOBSK = [  # cluster, name, short
    ("serdobsk/school-1", "МОУ СОШ № 1 г. Сердобска", "СОШ № 1"),
    ("serdobsk/school-2", "МОУ СОШ № 2 г. Сердобска", "СОШ № 2"),
    ("serdobsk/school-3", "МОУ СОШ № 3 г. Сердобска", "СОШ № 3"),
    ("serdobsk/lyceum-1", "МОУ Лицей № 1 г. Сердобска", "Лицей № 1"),
    ("serdobsk/school-9", "МОУ СОШ № 9 г. Сердобска", "СОШ № 9"),
    ("serdobsk/prigorodnoe", "МОУ СОШ с. Пригородное", "СОШ с. Пригородное"),
    ("serdobsk/kolemas", "МОУ СОШ с. Колемас", "СОШ с. Колемас"),
    ("serdobsk/kurakino", "МОУ ООШ с. Куракино", "ООШ с. Куракино"),
    ("serdobsk/roshchino", "МОУ ООШ с. Рощино", "ООШ с. Рощино"),
    ("serdobsk/sazanye", "МОУ СОШ с. Сазанье", "СОШ с. Сазанье"),
    ("serdobsk/bayka", "МОУ ООШ с. Байка", "ООШ с. Байка"),
]


def doc_serdobsk():
    rng = random.Random(5103)
    d = Doc("serdobsk_info_2021", "txt", "Сердобский район", "2021-12-24", enc="cp1251")
    d.title("Отдел образования администрации Сердобского района Пензенской области\n"
            "ИНФОРМАЦИЯ\n"
            "о вовлечении обучающихся в различные формы наставничества в общеобразовательных организациях "
            "Сердобского района\n(по состоянию на 24.12.2021)")
    d.p("В соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145 и приказом отдела "
        "образования от 31.08.2021 № 156 в ОО района с 1 сентября 2021 года реализуются программы "
        "наставничества. Ниже приведены данные ОО о численности обучающихся в роли наставляемых "
        "(10–19 лет) и наставников (15–19 лет).")
    cols = [Col("Численность обучающихся 10-19 лет, чел.", "students_total"),
            Col("из них в роли наставляемого", "mentees"),
            Col("Доля, %", "mentee_share_pct", kind="pct"),
            Col("из них в роли наставника (15-19 лет)", "mentors"),
            Col("Доля обучающихся 15-19 лет в роли наставника, %", "mentor_share_pct", kind="pct")]
    t = Table(cols, org_title="ОО", num_title="№")
    rows = []
    low_mentor = {"serdobsk/kurakino", "serdobsk/roshchino", "serdobsk/bayka"}
    for cl, nm, short in SERDOBSK:
        small = "ООШ" in nm
        tot = rng.randint(40, 95) if small else rng.randint(210, 640)
        me = max(3, int(tot * rng.uniform(0.14, 0.38)))
        sh = rnd1(100 * me / tot)
        printed = sh
        if cl == "serdobsk/school-3":
            printed = rnd1(sh + 6.0)                      # PLANTED: wrong share in a row
        mo = max(1, int(me * rng.uniform(0.25, 0.5)))
        msh = rnd1(rng.uniform(3.5, 9.2)) if cl in low_mentor else rnd1(rng.uniform(10.4, 21.0))
        t.data(nm, cl, [tot, me, printed, mo, msh])
        d.c_share("mentee_share_pct", nm, printed, me, tot)
        rows.append((cl, nm, short, tot, me, printed, mo, msh))
    T = sum(r[3] for r in rows)
    M = sum(r[4] for r in rows)
    MO = sum(r[6] for r in rows)
    t.total("ИТОГО", [T, M, rnd1(100 * M / T), MO, ""])
    d.c_sum("students_total", "ИТОГО", T, T)
    d.c_sum("mentees", "ИТОГО", M, M)
    d.c_share("mentee_share_pct", "ИТОГО", rnd1(100 * M / T), M, T)
    d.c_sum("mentors", "ИТОГО", MO, MO)
    d.table(t)
    d.p(f"1. В целом по району в роли наставляемого выступают {M} обучающихся в возрасте 10-19 лет, "
        f"доля составила {pc(100 * M / T)}% ({M} чел. из {T}). В 2022 году планируется увеличить этот "
        f"показатель до 35%.")
    d.c_sum("mentees", "в тексте: в роли наставляемого", M, M)
    d.c_share("mentee_share_pct", f"{M} чел. из {T}", rnd1(100 * M / T), M, T)
    msh = [r[7] for r in rows]
    mean_m = sum(msh) / len(msh)
    d.p(f"2. Средний по ОО района показатель доли обучающихся 15-19 лет, выступающих в роли наставника, "
        f"составил {pc(mean_m)}%; целевое значение (не менее 10%) в среднем по району "
        f"{'достигнуто' if mean_m >= 10 else 'не достигнуто'}.")
    d.c_mean("mentor_share_pct", "средний по ОО показатель доли наставников 15-19 лет", rnd1(mean_m), msh)
    d.c_target("mentor_share_pct", "не менее 10%", 10, mean_m, mean_m >= 10)
    below = [r[2] for r in rows if r[7] < 10]
    stated = [b for b in below if b != "ООШ с. Байка"]    # PLANTED: a school missing from the list
    d.p(f"3. Доля наставников ниже 10% отмечается в {join_ru(stated)}. Руководителям этих ОО "
        f"рекомендовано активнее привлекать старшеклассников к работе в форме \"ученик - ученик\".")
    d.c_member("mentor_share_pct", "доля наставников ниже 10%", stated, below)
    d.p("4. Информация направлена в Министерство образования Пензенской области (исх. от 24.12.2021 № 1042).")
    d.sign("Начальник отдела образования\t\t\tТ.В. Ерёмина\nИсп. Лаптева О.Н., тел. 8 (84167) 2-14-93")
    return d


# ------------------------------------------------------------------ 4. Никольский район, приказ (docx)
NIKOLSK = [
    ("nikolsk/school-1", "МОУ СОШ № 1 г. Никольска"),
    ("nikolsk/school-2", "МОУ СОШ № 2 г. Никольска"),
    ("nikolsk/school-3", "МОУ СОШ № 3 г. Никольска"),
    ("nikolsk/sura", "МОУ СОШ р.п. Сура"),
    ("nikolsk/nizhny-shkaft", "МОУ СОШ с. Нижний Шкафт"),
    ("nikolsk/kazarka", "МОУ СОШ с. Казарка"),
    ("nikolsk/ilmino", "МОУ ООШ с. Ильмино"),
    ("nikolsk/mais", "МОУ ООШ с. Маис"),
    ("nikolsk/staroe-zakharkino", "МОУ ООШ с. Старое Захаркино"),
    ("nikolsk/ddt", "МОУ ДО «Дом детского творчества г. Никольска»"),
]


def doc_nikolsk():
    rng = random.Random(5104)
    d = Doc("nikolsk_prikaz_214od_2022", "docx", "Никольский район", kind="приказ", doc_date="2022-09-12",
            doc_number="214-од", author="Кирюхина Е.В.")
    d.title("АДМИНИСТРАЦИЯ НИКОЛЬСКОГО РАЙОНА ПЕНЗЕНСКОЙ ОБЛАСТИ\n"
            "ОТДЕЛ ОБРАЗОВАНИЯ\n\nПРИКАЗ")
    d.sign("12.09.2022\t\t\t\t\t\t\t\t\t№ 214-од\n\t\t\t\tг. Никольск")
    d.title("Об утверждении плана мероприятий по внедрению и реализации целевой модели наставничества\n"
            "в образовательных организациях Никольского района на 2022–2023 учебный год")
    orgs_ok = [o for o in NIKOLSK]
    n_oo = len(orgs_ok)
    d.p("В соответствии с распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 "
        "«Об утверждении методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих "
        "образовательную деятельность по общеобразовательным, дополнительным общеобразовательным и программам "
        "среднего профессионального образования, в том числе с применением лучших практик обмена опытом между "
        "обучающимися», приказом Министерства образования Пензенской области от 18.08.2022 № 410/01-07, в целях "
        "достижения показателей регионального проекта «Современная школа»")
    d.p("ПРИКАЗЫВАЮ:")
    d.p("1. Утвердить план мероприятий по внедрению и реализации целевой модели наставничества в образовательных "
        "организациях Никольского района на 2022–2023 учебный год (приложение 1).")
    d.p("2. Утвердить плановые показатели охвата участников программ наставничества по формам наставничества "
        "(приложение 2).")
    forms = [UU, TT, TU, RU]
    cols = [Col("", "planned_participants", form=f, dash="-") for f in forms]
    data = []
    for cl, nm in NIKOLSK:
        small = "ООШ" in nm
        if "ДДТ" in cl or "Дом детского" in nm:
            vals = [rng.randint(10, 18), rng.randint(2, 4), rng.randint(6, 14), DASH]
        elif small:
            vals = [rng.randint(4, 10), rng.choice([DASH, 2]), rng.choice([DASH, 3, 4]), DASH]
        else:
            vals = [rng.randint(18, 46), rng.randint(4, 10), rng.randint(6, 20), rng.choice([DASH, 4, 6, 8])]
        data.append((cl, nm, vals))
    grand = sum(sum(num(v) for v in vals) for _, _, vals in data)
    d.p(f"3. Руководителям {n_oo} образовательных организаций района обеспечить вовлечение в программы "
        f"наставничества в 2022–2023 учебном году не менее {grand} участников в соответствии с плановыми "
        f"показателями (приложение 2); в срок до 01.10.2022 утвердить программы наставничества и сформировать "
        f"наставнические пары (группы).")
    d.c_count("organizations", f"руководителям {n_oo} образовательных организаций", n_oo, n_oo)
    d.c_sum("planned_participants", "не менее N участников", grand, grand)
    d.p("4. МКУ «Информационно-методический центр» (Логинова С.А.) обеспечить методическое сопровождение "
        "кураторов наставничества, ежеквартально (до 5 числа месяца, следующего за кварталом) представлять "
        "сведения в отдел образования.")
    d.p("5. Контроль за исполнением настоящего приказа оставляю за собой.")
    d.sign("Начальник отдела образования\t\t\t\tЕ.В. Кирюхина")
    d.right("Приложение 1\nк приказу отдела образования\nот 12.09.2022 № 214-од")
    plan = [["№ п/п", "Мероприятие", "Срок", "Ответственный"],
            ["1", "Назначение кураторов внедрения целевой модели наставничества в ОО", "до 20.09.2022", "Руководители ОО"],
            ["2", "Актуализация положений и программ наставничества ОО", "до 01.10.2022", "Руководители ОО"],
            ["3", "Формирование базы наставников и наставляемых", "до 01.10.2022", "Кураторы ОО"],
            ["4", "Закрепление наставнических пар (групп) приказами ОО", "до 10.10.2022", "Руководители ОО"],
            ["5", "Семинар для кураторов «Организация работы наставнических пар»", "ноябрь 2022 г.", "МКУ «ИМЦ»"],
            ["6", "Мониторинг реализации программ наставничества", "декабрь 2022 г., май 2023 г.", "Отдел образования"],
            ["7", "Муниципальный конкурс «Лучшая наставническая пара»", "март 2023 г.", "МКУ «ИМЦ»"]]
    d.table(Plain(plan[:1], plan[1:], caption="План мероприятий по внедрению целевой модели наставничества",
                  widths=[1.2, 8.8, 3.5, 3.5]))
    d.right("Приложение 2\nк приказу отдела образования\nот 12.09.2022 № 214-од")
    hdr = [["№ п/п", "Образовательная организация"] + ["Плановое количество участников программ наставничества, чел."] * 4
           + ["Всего, чел."],
           ["№ п/п", "Образовательная организация"] + [FORM_Q[f] for f in forms] + ["Всего, чел."]]
    cols_all = cols + [Col("Всего", None)]
    t = Table(cols_all, header=hdr, caption="Плановые показатели охвата участников программ наставничества")
    for cl, nm, vals in data:
        s = sum(num(v) for v in vals)
        t.data(nm, cl, vals + [s])
        d.c_sum("planned_participants", f"графа «Всего» у {nm}", s, s)
    colsum = [sum(num(vals[j]) for _, _, vals in data) for j in range(4)]
    t.total("Итого", colsum + [grand])
    for j, f in enumerate(forms):
        d.c_sum("planned_participants", f"Итого, {FORM_L[f]}", colsum[j], colsum[j])
    d.c_sum("planned_participants", "Итого, всего", grand, grand)
    d.table(t)
    return d


# ------------------------------------------------------------------ 5. город Новомосковск (xlsx)
NOVOMOSKOVSK = [
    ("novomoskovsk/co-2", "МБОУ «Центр образования № 2»"),
    ("novomoskovsk/lyceum", "МБОУ «Лицей»"),
    ("novomoskovsk/gymn-13", "МБОУ «Гимназия № 13»"),
    ("novomoskovsk/school-4", "МБОУ «СОШ № 4»"),
    ("novomoskovsk/school-5", "МБОУ «СОШ № 5»"),
    ("novomoskovsk/school-10", "МБОУ «СОШ № 10»"),
    ("novomoskovsk/school-12", "МБОУ «СОШ № 12»"),
    ("novomoskovsk/co-18", "МБОУ «Центр образования № 18»"),
    ("novomoskovsk/school-20", "МБОУ «СОШ № 20»"),
    ("novomoskovsk/co-22", "МБОУ «ЦО № 22 им. Героя Советского Союза С.Г. Коновалова»"),
    ("novomoskovsk/sokolniki", "МБОУ «Сокольническая СОШ»"),
    ("novomoskovsk/shirino", "МБОУ «Ширинская СОШ»"),
    ("novomoskovsk/spasskoe", "МБОУ «ООШ № 31 с. Спасское»"),
    ("novomoskovsk/maslovo", "МБОУ «Масловская ООШ»"),
]


def doc_novomoskovsk():
    rng = random.Random(5105)
    d = Doc("novomoskovsk_monitoring_2023", "xlsx", "город Новомосковск", "2023-06-01", author="Кравцова Н.В.")
    d.title("Итоги мониторинга реализации целевой модели наставничества в общеобразовательных организациях "
            "муниципального образования город Новомосковск\nпо состоянию на 01.06.2023")
    cols = [Col("", "students_total"), Col("", "mentees"), Col("", "mentors"),
            Col("", "mentee_share_pct", kind="pct"),
            Col("", "teachers_involved"), Col("", "young_teacher_mentees", dash="-"),
            Col("", "pairs", unit="count")]
    hdr = [["№ п/п", "Наименование ОО", "Обучающиеся", "Обучающиеся", "Обучающиеся", "Обучающиеся",
            "Педагогические работники", "Педагогические работники", "Кол-во наставнических пар (групп), ед."],
           ["№ п/п", "Наименование ОО", "всего, чел.", "в роли наставляемого, чел.", "в роли наставника, чел.",
            "доля наставляемых, %", "вовлечено в наставничество, чел.", "из них молодых специалистов – наставляемых, чел.",
            "Кол-во наставнических пар (групп), ед."]]
    t = Table(cols, header=hdr)
    rows = []
    for cl, nm in NOVOMOSKOVSK:
        small = cl in ("novomoskovsk/spasskoe", "novomoskovsk/maslovo")
        rural = cl in ("novomoskovsk/sokolniki", "novomoskovsk/shirino")
        tot = rng.randint(60, 140) if small else (rng.randint(180, 420) if rural else rng.randint(520, 1290))
        me = int(tot * rng.uniform(0.12, 0.30))
        mo = max(2, int(me * rng.uniform(0.3, 0.6)))
        sh = rnd1(100 * me / tot)
        te = rng.randint(3, 7) if small else (rng.randint(6, 14) if rural else rng.randint(12, 36))
        yt = DASH if small else rng.randint(0, 6)
        if yt == 0:
            yt = DASH
        pairs = max(2, int(me * rng.uniform(0.55, 0.9)))
        vals = [tot, me, mo, sh, te, yt, pairs]
        t.data(nm, cl, vals)
        d.c_share("mentee_share_pct", nm, sh, me, tot)
        rows.append(vals)
    tots = [sum(num(r[j]) for r in rows) for j in range(7)]
    printed = list(tots)
    printed[1] = tots[1] + 100                            # PLANTED: ИТОГО of mentees
    tot_sh = rnd1(100 * tots[1] / tots[0])
    t.total("ИТОГО", [printed[0], printed[1], printed[2], tot_sh, printed[4], printed[5], printed[6]])
    names = ["students_total", "mentees", "mentors", None, "teachers_involved", "young_teacher_mentees", "pairs"]
    for j, ind in enumerate(names):
        if ind:
            d.c_sum(ind, f"ИТОГО, графа {j + 3}", printed[j], tots[j])
    d.c_share("mentee_share_pct", "ИТОГО", tot_sh, tots[1], tots[0], status="either")
    d.table(t)
    d.p("Примечание: сведения представлены ОО в период с 15 по 25 мая 2023 г. (письмо управления образования "
        "от 05.05.2023 № 21-02/1134). Ответственный: Кравцова Н.В., главный специалист, тел. 8 (48762) 6-32-17.")
    return d


# ------------------------------------------------------------------ 6. город Ефремов (docx, split table)
EFREMOV = [  # cluster, name in table, short for text
    ("efremov/school-1", "МБОУ «Средняя школа № 1»", "СШ № 1"),
    ("efremov/school-2", "МБОУ «Средняя школа № 2»", "СШ № 2"),
    ("efremov/gymn", "МБОУ «Гимназия»", "Гимназия"),
    ("efremov/school-4", "МБОУ «Средняя школа № 4»", "СШ № 4"),
    ("efremov/school-6", "МБОУ «Средняя школа № 6 им. М.И. Платонова»", "СШ № 6"),
    ("efremov/school-7", "МБОУ «Средняя школа № 7»", "СШ № 7"),
    ("efremov/school-9", "МБОУ «Средняя школа № 9»", "СШ № 9"),
    ("efremov/school-10", "МБОУ «Средняя школа № 10»", "СШ № 10"),
    ("efremov/lobanovo", "МКОУ «Лобановская средняя школа»", "Лобановская СШ"),
    ("efremov/stupino", "МКОУ «Ступинская основная школа»", "Ступинская ОШ"),
    ("efremov/shilovo", "МКОУ «Шиловская средняя школа»", "Шиловская СШ"),
    ("efremov/yablonevo", "МКОУ «Яблоневская основная школа»", "Яблоневская ОШ"),
    ("efremov/rakitino", "МКОУ «Ракитинская средняя школа»", "Ракитинская СШ"),
    ("efremov/kolodeznaya", "МКОУ «Колодезная основная школа»", "Колодезная ОШ"),
    ("efremov/ddt", "МБУ ДО «Дом детского творчества»", "ДДТ"),
    ("efremov/cdo", "МБУ ДО «Центр дополнительного образования»", "ЦДО"),
]


def doc_efremov():
    rng = random.Random(5106)
    d = Doc("efremov_spravka_2022", "docx", "город Ефремов", "2022-05-31", author="Белоусова Т.А.")
    d.title("Комитет по образованию администрации муниципального образования город Ефремов\n"
            "ИНФОРМАЦИЯ\n"
            "о реализации программ наставничества в муниципальных образовательных учреждениях\n"
            "по итогам 2021–2022 учебного года (по состоянию на 31.05.2022)")
    d.p("Программы наставничества реализуются в соответствии с распоряжением Минпросвещения России от "
        "25.12.2019 № Р-145 и приказом комитета по образованию от 30.08.2021 № 412 «О внедрении целевой модели "
        "наставничества». Сведения о наставнических парах (группах) и о закреплении наставников за молодыми "
        "специалистами приведены в таблице 1.")
    cols = [Col("Кол-во наставников (чел.)", "mentors"),
            Col("Кол-во наставляемых (чел.)", "mentees"),
            Col("Кол-во наставнических пар/групп (ед.)", "pairs", unit="count"),
            Col("Молодые специалисты (стаж до 3 лет), чел.", "young_teachers"),
            Col("из них закреплён наставник, чел.", "young_teacher_mentees")]
    t = Table(cols, org_title="Наименование учреждения", caption="Таблица 1", numbered=True,
              split_after=9, cont_caption="Продолжение таблицы 1")
    rows = []
    no_young = {"efremov/stupino", "efremov/yablonevo", "efremov/kolodeznaya", "efremov/ddt"}
    for cl, nm, short in EFREMOV:
        rural = cl in ("efremov/lobanovo", "efremov/stupino", "efremov/shilovo", "efremov/yablonevo",
                       "efremov/rakitino", "efremov/kolodeznaya")
        udo = cl in ("efremov/ddt", "efremov/cdo")
        mo = rng.randint(3, 8) if (rural or udo) else rng.randint(10, 34)
        me = mo + rng.randint(1, 6) if (rural or udo) else mo + rng.randint(6, 40)
        pairs = rng.randint(max(1, mo - 2), mo)
        if cl in no_young:
            yt, ytm = Text("нет"), Text("нет")
        else:
            yv = rng.randint(1, 3) if (rural or udo) else rng.randint(2, 7)
            ym = yv if rng.random() < 0.7 else yv - 1
            yt, ytm = yv, (ym if ym > 0 else DASH)
        vals = [mo, me, pairs, yt, ytm]
        t.data(nm, cl, vals)
        rows.append((cl, nm, short, vals))
    tots = [sum(num(r[3][j]) for r in rows if num(r[3][j]) is not None) for j in range(5)]
    printed = list(tots)
    printed[2] = tots[2] + 10                             # PLANTED: ИТОГО of pairs
    t.total("ИТОГО:", printed)
    inds = ["mentors", "mentees", "pairs", "young_teachers", "young_teacher_mentees"]
    for j, ind in enumerate(inds):
        d.c_sum(ind, f"строка «ИТОГО:», графа {j + 3}", printed[j], tots[j])
    d.table(t)
    d.p(f"Наставничество организовано во всех {len(rows)} учреждениях, в том числе в 2 учреждениях "
        f"дополнительного образования. Всего в программах наставничества в качестве наставников участвуют "
        f"{tots[0]} {plural(tots[0], 'человек', 'человека', 'человек')}, наставляемых – {tots[1]}.")
    d.c_count("organizations", f"во всех {len(rows)} учреждениях", len(rows), len(rows))
    d.c_count("organizations", "в 2 учреждениях дополнительного образования", 2, 2)
    d.c_sum("mentors", "в тексте: наставников", tots[0], tots[0])
    d.c_sum("mentees", "в тексте: наставляемых", tots[1], tots[1])
    with_y = [r for r in rows if not isinstance(r[3][3], Text)]
    without = [r[2] for r in rows if isinstance(r[3][3], Text)]
    sh = 100 * tots[4] / tots[3]
    d.p(f"Молодые специалисты работают в {len(with_y)} учреждениях; из {tots[3]} молодых специалистов "
        f"наставник закреплён за {tots[4]}, что составляет {pc(sh)}%. Молодые специалисты отсутствуют в "
        f"следующих учреждениях: {', '.join(without)}.")
    d.c_count("young_teachers", "молодые специалисты работают в N учреждениях", len(with_y), len(with_y))
    d.c_sum("young_teachers", "в тексте: молодых специалистов", tots[3], tots[3])
    d.c_sum("young_teacher_mentees", "в тексте: закреплён наставник", tots[4], tots[4])
    d.c_share("young_teacher_mentees", f"{tots[4]} из {tots[3]}", rnd1(sh), tots[4], tots[3])
    d.c_member("young_teachers", "молодых специалистов нет", without, without)
    d.p("В 2022–2023 учебном году планируется сформировать не менее 150 наставнических пар, провести "
        "муниципальный конкурс «Педагогический дебют» (октябрь 2022 г.).")
    d.sign("Председатель комитета по образованию\t\t\tИ.В. Маркина\nИсп. Белоусова Т.А., тел. 8 (48741) 6-05-23")
    return d


# ------------------------------------------------------------------ 7. городской округ город Елец (pdf)
ELETS = [
    ("elets/gymn-11", "МБОУ «Гимназия № 11 г. Ельца»"),
    ("elets/gymn-97", "МБОУ «Гимназия № 97 г. Ельца»"),
    ("elets/lyceum-5", "МБОУ «Лицей № 5 г. Ельца»"),
    ("elets/school-1", "МБОУ «СШ № 1 г. Ельца»"),
    ("elets/school-8", "МБОУ «СШ № 8 г. Ельца»"),
    ("elets/school-10", "МБОУ «СШ № 10 с УИОП г. Ельца»"),
    ("elets/school-12", "МБОУ «СШ № 12 г. Ельца»"),
    ("elets/school-15", "МБОУ «СШ № 15 г. Ельца»"),
    ("elets/school-17", "МБОУ «СШ № 17 г. Ельца»"),
    ("elets/school-23", "МБОУ «СШ № 23 г. Ельца»"),
    ("elets/school-24", "МБОУ «СШ № 24 г. Ельца»"),
    ("elets/oosh-7", "МБОУ «ОШ № 7 г. Ельца»"),
    ("elets/ddt", "МБУ ДО «ДДТ г. Ельца»"),
]


def doc_elets():
    rng = random.Random(5107)
    d = Doc("elets_spravka_2022", "pdf", "городской округ город Елец", "2022-12-15", landscape=True,
            author="Пашкова И.Н.")
    d.title("Управление образования администрации городского округа город Елец\n"
            "Аналитическая справка\n"
            "по итогам мониторинга реализации целевой модели наставничества в образовательных организациях\n"
            "городского округа город Елец (по состоянию на 15.12.2022)")
    d.p("Мониторинг проведён в соответствии с приказом управления образования от 21.11.2022 № 836 "
        "в целях оценки реализации методологии (целевой модели) наставничества, утверждённой распоряжением "
        "Минпросвещения России от 25.12.2019 № Р-145. В мониторинге приняли участие 12 общеобразовательных "
        "организаций и Дом детского творчества.")
    d.c_count("organizations", "приняли участие 12 общеобразовательных организаций", 12,
              sum(1 for cl, _ in ELETS if cl != "elets/ddt"))
    forms = [UU, TT, TU, SU, RU]
    cols = [Col("", "mentees", form=f) for f in forms] + [Col("", None)]
    top = ["№ п/п", "Образовательная организация"] + ["Количество наставляемых по формам наставничества, чел."] * 5 \
        + ["Всего наставляемых, чел."]
    sub = ["№ п/п", "Образовательная организация"] + [FORM_Q[f] for f in forms] + ["Всего наставляемых, чел."]
    t = Table(cols, header=[top, sub], caption="Таблица 1")
    su_set = {"elets/gymn-11", "elets/gymn-97", "elets/lyceum-5", "elets/school-10"}
    ru_set = {"elets/lyceum-5", "elets/school-1", "elets/school-12", "elets/school-24", "elets/school-17"}
    tu_set = {"elets/gymn-11", "elets/gymn-97", "elets/lyceum-5", "elets/school-8", "elets/school-10",
              "elets/school-15", "elets/school-23", "elets/ddt"}
    rows = []
    for cl, nm in ELETS:
        udo = cl == "elets/ddt"
        small = cl == "elets/oosh-7"
        uu = rng.randint(6, 14) if small else rng.randint(18, 64)
        if udo:
            uu = rng.randint(10, 20)
        tt = DASH if udo else (rng.randint(1, 3) if small else rng.randint(2, 8))
        tu = rng.randint(5, 24) if cl in tu_set else DASH
        su = rng.randint(4, 15) if cl in su_set else DASH
        ru = rng.randint(3, 12) if cl in ru_set else DASH
        vals = [uu, tt, tu, su, ru]
        s = sum(num(v) for v in vals)
        t.data(nm, cl, vals + [s])
        d.c_sum("mentees", f"графа «Всего наставляемых» у {nm}", s, s)
        rows.append((cl, nm, vals))
    colsum = [sum(num(r[2][j]) for r in rows) for j in range(5)]
    G = sum(colsum)
    t.total("Итого", colsum + [G])
    for j, f in enumerate(forms):
        d.c_sum("mentees", f"Итого, {FORM_L[f]}", colsum[j], colsum[j])
    d.c_sum("mentees", "Итого, всего наставляемых", G, G)
    d.table(t)
    d.p("Сводные данные по формам наставничества приведены в таблице 2.")
    cnt = [sum(1 for r in rows if num(r[2][j]) > 0) for j in range(5)]
    stated_cnt = list(cnt)
    stated_cnt[3] = cnt[3] + 1                            # PLANTED: table 2 count of OO for студент-ученик
    body = []
    for j, f in enumerate(forms):
        shv = rnd1(100 * colsum[j] / G)
        body.append([FORM_Q[f], str(stated_cnt[j]), str(colsum[j]), pc(shv)])
        d.c_cross("mentees", f"таблица 2, {FORM_L[f]}: количество ОО", stated_cnt[j], cnt[j])
        d.c_cross("mentees", f"таблица 2, {FORM_L[f]}: наставляемых", colsum[j], colsum[j])
        d.c_share("mentees", f"таблица 2, {FORM_L[f]}: доля от общего числа", shv, colsum[j], G)
    body.append(["Всего", "х", str(G), "100,0"])
    d.c_sum("mentees", "таблица 2, строка «Всего»", G, G)
    d.table(Plain([["Форма наставничества", "Количество ОО, реализующих форму",
                    "Количество наставляемых, чел.", "Доля от общего числа наставляемых, %"]], body,
                  caption="Таблица 2", bold_last=True, widths=[7.0, 6.0, 6.0, 6.0]))
    d.p(f"Наибольшая доля наставляемых приходится на форму «ученик – ученик» ({pc(100 * colsum[0] / G)}%). "
        f"Форма «студент – ученик» реализуется во взаимодействии с ЕГУ им. И.А. Бунина на основании соглашения "
        f"о сотрудничестве от 15.02.2022 № 17, форма «работодатель – ученик» – с участием предприятий "
        f"АО «Энергия», ОАО «Елецгидроагрегат» и др.")
    d.c_share("mentees", f"ученик-ученик {colsum[0]} из {G}", rnd1(100 * colsum[0] / G), colsum[0], G)
    d.p("По итогам анкетирования 312 обучающихся 89% наставляемых оценили работу наставников как полезную. "
        "В 2023 году планируется проведение городского фестиваля наставнических практик.")
    d.sign("Начальник управления образования\t\t\tИ.Н. Пашкова\nтел. 8 (47467) 2-25-41")
    return d


# ------------------------------------------------------------------ 8. Данковский район (odt, transposed)
DANKOV = [
    ("dankov/school-1", "МБОУ СШ № 1 г. Данкова", "СШ № 1"),
    ("dankov/school-2", "МБОУ СШ № 2 г. Данкова", "СШ № 2"),
    ("dankov/school-3", "МБОУ СШ № 3 г. Данкова", "СШ № 3"),
    ("dankov/bigildino", "МБОУ СШ с. Бигильдино", "СШ с. Бигильдино"),
    ("dankov/polibino", "МБОУ СШ с. Полибино", "СШ с. Полибино"),
    ("dankov/balovnevo", "МБОУ СШ с. Баловнево", "СШ с. Баловнево"),
    ("dankov/berezovka", "МБОУ ОШ с. Берёзовка", "ОШ с. Берёзовка"),
]


def doc_dankov():
    rng = random.Random(5108)
    d = Doc("dankov_spravka_2021", "odt", "Данковский район", "2021-12-27", author="Чумакова О.В.")
    d.title("Отдел образования администрации Данковского муниципального района Липецкой области\n"
            "Справка\nо ходе реализации целевой модели наставничества в общеобразовательных организациях района\n"
            "(по состоянию на 27.12.2021)")
    d.p("Целевая модель наставничества внедряется в общеобразовательных организациях района с 01.09.2021 "
        "в соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145 и приказом отдела "
        "образования от 01.09.2021 № 188. Основные показатели приведены в таблице (в разрезе ОО).")
    cols = [Col("Общая численность обучающихся, чел.", "students_total"),
            Col("Вовлечено обучающихся в наставничество, чел.", "students_involved"),
            Col("в том числе в роли наставляемого, чел.", "mentees"),
            Col("Вовлечено педагогов, чел.", "teachers_involved"),
            Col("Количество наставнических пар (групп), ед.", "pairs", unit="count"),
            Col("Количество реализуемых форм наставничества", "forms_count", unit="count")]
    orgs = []
    for cl, nm, short in DANKOV:
        city = "г. Данкова" in nm
        tot = rng.randint(420, 910) if city else (rng.randint(45, 90) if "ОШ с." in nm and "СШ" not in nm
                                                  else rng.randint(110, 230))
        inv = int(tot * rng.uniform(0.18, 0.36))
        me = int(inv * rng.uniform(0.6, 0.75))
        te = rng.randint(8, 22) if city else rng.randint(3, 8)
        pairs = rng.randint(int(me * 0.5), me)
        fc = rng.randint(3, 4) if city else rng.randint(1, 2)
        orgs.append((nm, cl, [tot, inv, me, te, pairs, fc]))
    sums = [sum(o[2][j] for o in orgs) for j in range(5)]
    printed = list(sums)
    printed[4] = sums[4] - 12                             # PLANTED: total column, pairs
    totals = [n(v, "") for v in printed] + ["х"]
    t = TTable(cols, orgs, totals, corner="Показатель", total_title="Всего по району")
    inds = ["students_total", "students_involved", "mentees", "teachers_involved", "pairs"]
    for j, ind in enumerate(inds):
        d.c_sum(ind, f"графа «Всего по району», {cols[j].title}", printed[j], sums[j])
    d.table(t)
    share = 100 * sums[1] / sums[0]
    d.p(f"1. Целевая модель наставничества реализуется во всех {len(orgs)} общеобразовательных организациях района. "
        f"В программы наставничества вовлечено {sums[1]} обучающихся, или {pc(share)}% от общей численности "
        f"обучающихся ({sums[0]} чел.); из них {sums[2]} – в роли наставляемых, {sums[1] - sums[2]} – в роли "
        f"наставников.")
    d.c_count("organizations", f"во всех {len(orgs)} общеобразовательных организациях", len(orgs), len(orgs))
    d.c_sum("students_involved", "в тексте: вовлечено обучающихся", sums[1], sums[1])
    d.c_share("students_involved", f"{sums[1]} от {sums[0]}", rnd1(share), sums[1], sums[0])
    d.c_comp("students_involved", f"{sums[1]} = {sums[2]} + {sums[1] - sums[2]}", sums[1],
             [sums[2], sums[1] - sums[2]])
    fc = [o[2][5] for o in orgs]
    d.p(f"2. В среднем в одной школе реализуется {pc(sum(fc) / len(fc))} формы наставничества; в сельских "
        f"школах, как правило, реализуется форма «ученик – ученик».")
    d.c_mean("forms_count", "в среднем в одной школе форм", rnd1(sum(fc) / len(fc)), fc)
    d.p("3. На 2022 год поставлена задача увеличить охват обучающихся наставничеством до 30%, провести "
        "районный семинар кураторов наставничества (март 2022 г., СШ № 2 г. Данкова).")
    d.sign("Начальник отдела образования\t\t\tО.В. Чумакова\n8 (47465) 6-47-70")
    return d


# ------------------------------------------------------------------ 9. МБОУ «СОШ № 9» г. Шадринска (docx, school)
def doc_shadrinsk():
    school = "МБОУ «СОШ № 9» г. Шадринска"
    d = Doc("shadrinsk_sosh9_otchet_2022", "docx", "город Шадринск", "2022-05-31",
            organization="shadrinsk/school-9", author="Курочкина Е.А.")
    d.title("Муниципальное бюджетное общеобразовательное учреждение\n"
            "«Средняя общеобразовательная школа № 9» города Шадринска\n(МБОУ «СОШ № 9» г. Шадринска)")
    d.title("ОТЧЁТ\nо реализации программы наставничества за 2021–2022 учебный год\n"
            "(по состоянию на 31.05.2022)")
    d.p("Программа наставничества МБОУ «СОШ № 9» г. Шадринска на 2021–2022 учебный год утверждена приказом "
        "директора от 31.08.2021 № 134-о и разработана в соответствии с распоряжением Минпросвещения России "
        "от 25.12.2019 № Р-145. Куратор внедрения целевой модели наставничества – заместитель директора по "
        "воспитательной работе Курочкина Е.А.")
    d.p("1. Участники программы наставничества по формам наставничества:")
    rows = [  # form, mentors, mentees, pairs, mentor kind, mentee kind
        (UU, 34, 52, 34, "s", "s"),
        (TT, 7, 9, 7, "t", "t"),
        (TU, 5, 31, 5, "t", "s"),
        (RU, 3, 18, 3, "e", "s"),
    ]
    body = []
    for f, mo, me, pa, _, _ in rows:
        body.append([FORM_Q[f], str(mo), str(me), str(pa)])
        d.fact(school, "mentors", mo, form=f)
        d.fact(school, "mentees", me, form=f)
        d.fact(school, "pairs", pa, unit="count", form=f)
    T = [sum(r[k] for r in rows) for k in (1, 2, 3)]
    body.append(["Итого", str(T[0]), str(T[1]), str(T[2])])
    d.c_sum("mentors", "строка «Итого», наставники", T[0], T[0])
    d.c_sum("mentees", "строка «Итого», наставляемые", T[1], T[1])
    d.c_sum("pairs", "строка «Итого», пары/группы", T[2], T[2])
    d.table(Plain([["Форма наставничества", "Наставники, чел.", "Наставляемые, чел.", "Пары/группы, ед."]], body,
                  caption="Таблица 1", bold_last=True, widths=[7.0, 3.4, 3.4, 3.2]))
    d.org(school, "shadrinsk/school-9")
    students = sum(r[1] for r in rows if r[4] == "s") + sum(r[2] for r in rows if r[5] == "s")
    teachers = sum(r[1] for r in rows if r[4] == "t") + sum(r[2] for r in rows if r[5] == "t")
    employers = sum(r[1] for r in rows if r[4] == "e")
    allp = students + teachers + employers
    assert allp == T[0] + T[1]
    d.p(f"Всего в программе наставничества участвуют {allp} {plural(allp, 'человек', 'человека', 'человек')}: "
        f"{students} обучающихся, {teachers} {plural(teachers, 'педагог', 'педагога', 'педагогов')} и {employers} "
        f"{plural(employers, 'представитель', 'представителя', 'представителей')} предприятий-партнёров (АО «Шадринский автоагрегатный завод», "
        f"ООО «Шадринский телефонный завод»).")
    d.c_comp("program_participants", f"{allp} = {students} + {teachers} + {employers}", allp,
             [students, teachers, employers])
    total_school = 812
    sh = 100 * students / total_school
    d.p(f"Таким образом, в программу наставничества вовлечены {students} обучающихся, что составляет "
        f"{pc(sh)}% от общей численности обучающихся школы ({total_school} чел.).")
    d.c_share("students_involved", f"{students} от {total_school}", rnd1(sh), students, total_school)
    d.p("2. Участники формы «ученик – ученик» по вариантам (ролевым моделям):")
    var = [("«Успевающий – неуспевающий»", "успевающий - неуспевающий", 46),
           ("«Лидер – пассивный»", "лидер - пассивный", 18),
           ("«Равный – равному»", "равный - равному", 12),
           ("«Адаптированный – неадаптированный»", "адаптированный - неадаптированный", 10)]
    vb = []
    for label, vv, v in var:
        vb.append([label, str(v)])
        d.fact(school, "program_participants", v, form=UU, variant=vv)
    sv = sum(v for *_, v in var)
    vb.append(["Всего", str(sv)])
    d.c_sum("program_participants", "таблица 2, строка «Всего»", sv, sv)
    d.table(Plain([["Вариант (ролевая модель)", "Количество участников, чел."]], vb, caption="Таблица 2",
                  bold_last=True, widths=[10.0, 7.0]))
    uu = rows[0][1] + rows[0][2]
    d.p(f"Число участников по вариантам ({sv} чел.) соответствует численности участников формы "
        f"«ученик – ученик» в таблице 1 (наставники и наставляемые).")
    d.c_cross("program_participants", "участники вариантов против участников формы «ученик – ученик»", sv, uu)
    d.p("3. По итогам анкетирования 91% наставляемых отметили, что работа в паре помогла им улучшить "
        "учебные результаты; 4 наставника награждены грамотами управления образования. В 2022–2023 учебном "
        "году планируется ввести форму «студент – ученик» совместно с Шадринским государственным "
        "педагогическим университетом.")
    d.sign("Директор МБОУ «СОШ № 9» г. Шадринска\t\t\tН.П. Ельцова\nТел. 8 (35253) 6-22-94")
    return d


# ------------------------------------------------------------------ 10. городской округ Кинешма (txt, pipes)
KINESHMA = [  # cluster, name in table 1, name in table 2
    ("kineshma/school-1", "МБОУ школа № 1", "Школа № 1"),
    ("kineshma/school-2", "МБОУ школа № 2", "Школа № 2"),
    ("kineshma/lyceum", "МБОУ «Лицей им. Д.А. Фурманова»", "Лицей им. Фурманова"),
    ("kineshma/gymn-3", "МБОУ гимназия им. А.Н. Островского", "Гимназия им. Островского"),
    ("kineshma/school-4", "МБОУ школа № 4", "Школа № 4"),
    ("kineshma/school-6", "МБОУ основная школа № 6", "Основная школа № 6"),
    ("kineshma/school-7", "МБОУ школа № 7", "Школа № 7"),
    ("kineshma/school-8", "МБОУ школа № 8", "Школа № 8"),
    ("kineshma/school-11", "МБОУ школа № 11", "Школа № 11"),
    ("kineshma/school-14", "МБОУ школа № 14", "Школа № 14"),
    ("kineshma/school-17", "МБОУ школа № 17", "Школа № 17"),
    ("kineshma/school-18", "МБОУ школа № 18", "Школа № 18"),
    ("kineshma/school-19", "МБОУ основная школа № 19", "Основная школа № 19"),
]


def doc_kineshma():
    rng = random.Random(5110)
    d = Doc("kineshma_spravka_2023", "txt", "городской округ Кинешма", "2023-01-16", txt_mode="pipe")
    d.title("Управление образования администрации городского округа Кинешма\n"
            "Аналитическая справка\n"
            "по итогам мониторинга реализации целевой модели наставничества в общеобразовательных учреждениях "
            "городского округа Кинешма за первое полугодие 2022-2023 учебного года\n"
            "(по состоянию на 16.01.2023)")
    d.p("Мониторинг проведён в соответствии с приказом управления образования от 30.08.2022 № 01-05/287 "
        "«О реализации целевой модели наставничества в 2022-2023 учебном году» (Р-145). Отчёты представили "
        "все 13 муниципальных общеобразовательных учреждений (далее – ОУ).")
    d.c_count("organizations", "все 13 муниципальных ОУ", 13, len(KINESHMA))
    cols = [Col("Всего обучающихся", "students_total"),
            Col("Охвачено наставничеством обучающихся", "students_involved"),
            Col("из них в роли наставника", "mentors"),
            Col("из них в роли наставляемого", "mentees"),
            Col("Педагогов-участников", "teachers_involved")]
    t = Table(cols, org_title="Наименование ОУ", num_title="№", num_fmt="{}",
              caption="Таблица 1. Охват обучающихся и педагогов программами наставничества (чел.)")
    rows = []
    for cl, nm, nm2 in KINESHMA:
        small = "основная" in nm
        tot = rng.randint(120, 260) if small else rng.randint(380, 1100)
        inv = int(tot * rng.uniform(0.14, 0.30))
        mo = int(inv * rng.uniform(0.28, 0.45))
        me = inv - mo
        te = rng.randint(4, 9) if small else rng.randint(10, 38)
        vals = [tot, inv, mo, me, te]
        t.data(nm, cl, vals)
        rows.append(vals)
    S = [sum(r[j] for r in rows) for j in range(5)]
    t.total("Всего по округу", S)
    for j, c in enumerate(cols):
        d.c_sum(c.ind, f"Всего по округу, {c.title}", S[j], S[j])
    d.table(t)
    share = 100 * S[1] / S[0]
    d.p(f"1. Наставничеством охвачено {S[1]} обучающихся, или {pc(share)}% от их общей численности "
        f"({S[0]} чел.); в первом полугодии 2021-2022 учебного года этот показатель составлял 19,6%.")
    d.c_sum("students_involved", "в тексте: охвачено обучающихся", S[1], S[1])
    d.c_share("students_involved", f"{S[1]} от {S[0]}", rnd1(share), S[1], S[0])
    allp = S[1] + S[4]
    stated_all = allp + 20                                # PLANTED: composition total
    d.p(f"2. Всего участниками программ наставничества являются {stated_all} "
        f"{plural(stated_all, 'человек', 'человека', 'человек')}, из них {S[1]} обучающихся и {S[4]} "
        f"{plural(S[4], 'педагог', 'педагога', 'педагогов')}. В роли наставника выступают {S[2]} обучающихся, в роли "
        f"наставляемого – {S[3]}.")
    d.c_comp("program_participants", f"{stated_all} = {S[1]} + {S[4]}", stated_all, [S[1], S[4]])
    d.c_sum("mentors", "в тексте: в роли наставника", S[2], S[2])
    d.c_sum("mentees", "в тексте: в роли наставляемого", S[3], S[3])
    d.c_comp("students_involved", f"{S[1]} = {S[2]} + {S[3]}", S[1], [S[2], S[3]])
    d.p("3. Наставничество в отношении молодых специалистов (форма «учитель – учитель») приведено в таблице 2.")
    cols2 = [Col("Молодых специалистов, чел.", "young_teachers"),
             Col("из них имеют наставника, чел.", "young_teacher_mentees"),
             Col("%", "young_teacher_mentee_share_pct", kind="pct", dec=1)]
    t2 = Table(cols2, org_title="ОУ", num_title="№", num_fmt="{}", caption="Таблица 2. Молодые специалисты")
    none = {"kineshma/school-6", "kineshma/school-19", "kineshma/school-14", "kineshma/school-11"}
    yrows = []
    for cl, nm, nm2 in KINESHMA:
        if cl in none:
            t2.data(nm2, cl, [Text("нет"), Text("нет"), Text("нет")])
            continue
        yt = rng.randint(1, 6)
        ym = yt if rng.random() < 0.6 else max(1, yt - rng.randint(1, 2))
        sh = rnd1(100 * ym / yt)
        printed = sh
        if cl == "kineshma/school-8":
            yt, ym = 4, 2
            sh = 50.0
            printed = 66.7                                # PLANTED: wrong share in a row
        t2.data(nm2, cl, [yt, ym, printed])
        d.c_share("young_teacher_mentee_share_pct", nm2, printed, ym, yt)
        yrows.append((nm2, yt, ym))
    YT = sum(r[1] for r in yrows)
    YM = sum(r[2] for r in yrows)
    t2.total("Итого", [YT, YM, rnd1(100 * YM / YT)])
    d.c_sum("young_teachers", "таблица 2, Итого", YT, YT)
    d.c_sum("young_teacher_mentees", "таблица 2, Итого", YM, YM)
    d.c_share("young_teacher_mentee_share_pct", "таблица 2, Итого", rnd1(100 * YM / YT), YM, YT)
    d.table(t2)
    d.p(f"Молодые специалисты работают в {len(yrows)} ОУ из {len(KINESHMA)}; наставник закреплён за {YM} "
        f"из {YT} молодых специалистов.")
    d.c_count("young_teachers", "молодые специалисты работают в N ОУ", len(yrows), len(yrows))
    d.c_count("organizations", f"из {len(KINESHMA)} ОУ", len(KINESHMA), len(KINESHMA))
    d.p("4. Рекомендовано руководителям ОУ до 01.02.2023 закрепить наставников за всеми молодыми "
        "специалистами. Справочная информация: тел. 8 (49331) 5-58-12, каб. 14.")
    d.sign("Начальник управления образования\t\tС.Г. Воронина")
    return d


# ------------------------------------------------------------------ 11. Шуйский район, приказ (doc)
SHUYA = [
    ("shuya/vasilevskoe", "МКОУ Васильевская СШ", "ученик – ученик; учитель – учитель; работодатель – ученик"),
    ("shuya/kolobovo", "МКОУ Колобовская СШ", "ученик – ученик; учитель – учитель"),
    ("shuya/kitovo", "МКОУ Китовская СШ", "ученик – ученик; учитель – ученик"),
    ("shuya/pereemchino", "МКОУ Перемиловская СШ", "ученик – ученик; учитель – учитель"),
    ("shuya/chernevo", "МКОУ Черновская СШ", "ученик – ученик"),
    ("shuya/ostapovo", "МКОУ Остаповская ОШ", "ученик – ученик"),
    ("shuya/matveevo", "МКОУ Матвеевская ОШ", "ученик – ученик; учитель – учитель"),
    ("shuya/semeykino", "МКОУ Семейкинская ОШ", "ученик – ученик"),
    ("shuya/dto", "МКУ ДО «Центр детского творчества» Шуйского муниципального района",
     "ученик – ученик; учитель – ученик"),
]


def doc_shuya():
    rng = random.Random(5111)
    d = Doc("shuya_prikaz_318_2021", "doc", "Шуйский район", kind="приказ", doc_date="2021-09-14",
            doc_number="318", author="Голубева А.С.")
    d.title("АДМИНИСТРАЦИЯ ШУЙСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\nИВАНОВСКОЙ ОБЛАСТИ\n"
            "ОТДЕЛ ОБРАЗОВАНИЯ\n\nП Р И К А З")
    d.sign("от 14.09.2021\t\t\t\t\t\t\t\t№ 318\n\t\t\t\tг. Шуя")
    d.title("О реализации целевой модели наставничества обучающихся\n"
            "в образовательных организациях Шуйского муниципального района в 2021/2022 учебном году")
    d.p("Во исполнение распоряжения Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 "
        "«Об утверждении методологии (целевой модели) наставничества обучающихся…», приказа Департамента "
        "образования Ивановской области от 26.08.2021 № 846-о и в целях достижения результатов регионального "
        "проекта «Современная школа» национального проекта «Образование»")
    d.p("ПРИКАЗЫВАЮ:")
    d.p("1. Утвердить план мероприятий (дорожную карту) по реализации целевой модели наставничества в "
        "образовательных организациях Шуйского муниципального района (приложение 1).")
    d.p("2. Утвердить плановые показатели вовлечения участников в программы наставничества (приложение 2).")
    cols = [Col("Реализуемые формы наставничества", None),
            Col("Планируемый охват участников, чел.", "planned_participants")]
    t = Table(cols, org_title="Наименование образовательной организации",
              caption="Плановые показатели вовлечения участников в программы наставничества")
    vals = []
    for cl, nm, forms in SHUYA:
        small = "ОШ" in nm and "СШ" not in nm
        v = rng.randint(10, 22) if small else rng.randint(26, 64)
        if "ДО" in nm:
            v = rng.randint(30, 45)
        t.data(nm, cl, [forms, v])
        vals.append(v)
    G = sum(vals)
    t.total("Всего", ["", G])
    d.c_sum("planned_participants", "строка «Всего»", G, G)
    n_oo = len(SHUYA)
    d.p(f"3. Руководителям {n_oo} образовательных организаций обеспечить вовлечение в программы "
        f"наставничества в 2021/2022 учебном году всего не менее {G} участников (обучающихся и "
        f"педагогических работников); назначить кураторов в срок до 24.09.2021.")
    d.c_count("organizations", f"руководителям {n_oo} образовательных организаций", n_oo, n_oo)
    d.c_sum("planned_participants", "всего не менее N участников", G, G)
    d.p("4. Ответственность за исполнение настоящего приказа возложить на заместителя начальника отдела "
        "образования Голубеву А.С.; отчёт о выполнении плановых показателей представить до 20.12.2021.")
    d.p("5. Контроль за исполнением приказа оставляю за собой.")
    d.sign("Начальник отдела образования\t\t\t\tН.В. Смирнова")
    d.right("Приложение 1\nк приказу от 14.09.2021 № 318")
    plan = [["№", "Наименование мероприятия", "Сроки", "Ответственные"],
            ["1.", "Назначение кураторов внедрения целевой модели наставничества", "до 24.09.2021", "Руководители ОО"],
            ["2.", "Разработка и утверждение программ наставничества ОО", "до 01.10.2021", "Кураторы ОО"],
            ["3.", "Формирование базы наставников и наставляемых", "октябрь 2021 г.", "Кураторы ОО"],
            ["4.", "Обучение наставников (вебинары ГАУДПО ИО «Университет непрерывного образования и инноваций»)",
             "в течение года", "Отдел образования"],
            ["5.", "Мониторинг реализации программ наставничества", "декабрь 2021 г., май 2022 г.", "Отдел образования"],
            ["6.", "Подведение итогов, распространение лучших практик", "июнь 2022 г.", "Отдел образования, ОО"]]
    d.table(Plain(plan[:1], plan[1:], caption="План мероприятий (дорожная карта)", widths=[1.2, 9.0, 3.5, 3.3]))
    d.right("Приложение 2\nк приказу от 14.09.2021 № 318")
    d.table(t)
    return d


# ------------------------------------------------------------------ 12. город Слободской (docx, young teachers)
SLOBODSKOY = [  # cluster, name, short
    ("slobodskoy/uiop", "КОГОБУ СШ с УИОП г. Слободского", "СШ с УИОП"),
    ("slobodskoy/gymn", "МКОУ «Гимназия» г. Слободского", "Гимназия"),
    ("slobodskoy/lyceum", "МКОУ «Лицей № 9» г. Слободского", "Лицей № 9"),
    ("slobodskoy/school-5", "МКОУ СОШ № 5 г. Слободского", "СОШ № 5"),
    ("slobodskoy/school-7", "МКОУ СОШ № 7 г. Слободского", "СОШ № 7"),
    ("slobodskoy/school-14", "МКОУ СОШ № 14 г. Слободского", "СОШ № 14"),
    ("slobodskoy/oosh-4", "МКОУ ООШ № 4 г. Слободского", "ООШ № 4"),
    ("slobodskoy/wolf", "МКОУ «Вахрушевская СОШ»", "Вахрушевская СОШ"),
    ("slobodskoy/ddt", "МКУ ДО «Дом детского творчества» г. Слободского", "ДДТ"),
    ("slobodskoy/dush", "МКУ ДО «ДЮСШ» г. Слободского", "ДЮСШ"),
]


def doc_slobodskoy():
    rng = random.Random(5112)
    d = Doc("slobodskoy_molodye_2022", "docx", "город Слободской", "2022-12-23", author="Зорина М.Ю.")
    d.title("Управление образования администрации города Слободского\n"
            "Информационная справка\n"
            "о наставничестве в отношении молодых педагогов (форма «учитель – учитель»)\n"
            "в образовательных организациях города Слободского\nпо состоянию на 23.12.2022")
    d.p("Справка подготовлена по итогам мониторинга, проведённого в соответствии с планом работы управления "
        "образования на 2022–2023 учебный год. Правовая основа – распоряжение Минпросвещения России от 25.12.2019 "
        "№ Р-145, распоряжение министерства образования Кировской области от 14.07.2021 № 5-623.")
    cols = [Col("", "young_teachers"),
            Col("", "young_teacher_mentees"),
            Col("", "young_teacher_mentee_share_pct", kind="pct", pct_sign=True),
            Col("", "mentors", form=TT),
            Col("", "teachers_involved")]
    hdr = [["№ п/п", "Наименование ОО", "Молодые специалисты (стаж до 3 лет)", "Молодые специалисты (стаж до 3 лет)",
            "Молодые специалисты (стаж до 3 лет)", "Педагогов-наставников, чел.", "Всего педагогов, вовлечённых в наставничество, чел."],
           ["№ п/п", "Наименование ОО", "всего, чел.", "из них в роли наставляемого, чел.", "Доля, %",
            "Педагогов-наставников, чел.", "Всего педагогов, вовлечённых в наставничество, чел."]]
    t = Table(cols, header=hdr)
    none = {"slobodskoy/oosh-4", "slobodskoy/dush"}
    rows = []
    for cl, nm, short in SLOBODSKOY:
        if cl in none:
            te = rng.randint(2, 6)
            t.data(nm, cl, [Text("Нет молодых специалистов"), Text("нет"), Text("нет"), DASH, te])
            continue
        yt = rng.randint(1, 7)
        ym = yt if rng.random() < 0.65 else yt - 1
        sh = rnd1(100 * ym / yt)
        mentors_tt = max(1, ym - rng.randint(0, 2)) if ym > 0 else 1
        te = ym + mentors_tt + rng.randint(2, 20)
        t.data(nm, cl, [yt, ym if ym > 0 else DASH, sh, mentors_tt, te])
        d.c_share("young_teacher_mentee_share_pct", nm, sh, ym, yt)
        rows.append((cl, nm, short, yt, ym, sh, mentors_tt, te))
    YT = sum(r[3] for r in rows)
    YM = sum(r[4] for r in rows)
    MT = sum(r[6] for r in rows)
    TE = sum(num(v[4]) for _, _, v in t.orgs())
    tsh = rnd1(100 * YM / YT)
    t.total("ИТОГО:", [YT, YM, tsh, MT, TE])
    d.c_sum("young_teachers", "ИТОГО:", YT, YT)
    d.c_sum("young_teacher_mentees", "ИТОГО:", YM, YM)
    d.c_share("young_teacher_mentee_share_pct", "ИТОГО:", tsh, YM, YT)
    d.c_sum("mentors", "ИТОГО:, педагогов-наставников", MT, MT)
    d.c_sum("teachers_involved", "ИТОГО:, всего педагогов", TE, TE)
    d.table(t)
    d.p(f"Молодые специалисты работают в {len(rows)} из {len(SLOBODSKOY)} образовательных организаций; "
        f"всего в ОО города {YT} {plural(YT, 'молодой специалист', 'молодых специалиста', 'молодых специалистов')}, из них {YM} включены в программы наставничества в "
        f"роли наставляемого ({pc(tsh)}%). Плановое значение показателя «доля молодых специалистов, имеющих "
        f"наставника» (не менее 70%) {'достигнуто' if tsh >= 70 else 'не достигнуто'}.")
    d.c_count("young_teachers", f"молодые специалисты работают в N из {len(SLOBODSKOY)} ОО", len(rows), len(rows))
    d.c_count("organizations", f"из {len(SLOBODSKOY)} образовательных организаций", len(SLOBODSKOY), len(SLOBODSKOY))
    d.c_sum("young_teachers", "в тексте: всего молодых специалистов", YT, YT)
    d.c_sum("young_teacher_mentees", "в тексте: включены в программы", YM, YM)
    d.c_share("young_teacher_mentee_share_pct", f"{YM} из {YT}", tsh, YM, YT)
    d.c_target("young_teacher_mentee_share_pct", "не менее 70%", 70, 100 * YM / YT, tsh >= 70)
    full = [r[2] for r in rows if r[4] == r[3]]
    d.p(f"Наставник закреплён за всеми молодыми специалистами в {len(full)} ОО: {', '.join(full)}.")
    d.c_count("young_teacher_mentee_share_pct", "за всеми молодыми специалистами в N ОО", len(full), len(full))
    d.c_member("young_teacher_mentee_share_pct", "наставник закреплён за всеми (100%)", full, full)
    d.p("В январе 2023 года запланировано заседание клуба молодых педагогов «Старт» (ответственный – "
        "МКУ «Информационно-методический центр», тел. 8 (83362) 4-19-07).")
    d.sign("Начальник управления образования\t\t\tМ.Ю. Зорина")
    return d


# ------------------------------------------------------------------ 13. городской округ город Шарья (pdf, variants)
SHARYA = [
    ("sharya/school-1", "МБОУ СОШ № 1 г. Шарьи", "СОШ № 1"),
    ("sharya/school-2", "МБОУ СОШ № 2", "СОШ № 2"),
    ("sharya/gymn-3", "МБОУ «Гимназия № 3»", "Гимназия № 3"),
    ("sharya/school-4", "МБОУ СОШ № 4", "СОШ № 4"),
    ("sharya/school-6", "МБОУ СОШ № 6 им. Героя РФ Е.Н. Чепурнова", "СОШ № 6"),
    ("sharya/school-7", "МБОУ СОШ № 7", "СОШ № 7"),
    ("sharya/shekshema", "МКОУ Шекшемская СОШ", "Шекшемская СОШ"),
    ("sharya/leninsky", "МКОУ Ленинская ООШ", "Ленинская ООШ"),
    ("sharya/rovesnik", "МБУ ДО ЦДТ «Ровесник»", "ЦДТ «Ровесник»"),
]


def doc_sharya():
    rng = random.Random(5113)
    d = Doc("sharya_varianty_2022", "pdf", "городской округ город Шарья", "2022-06-01", landscape=True,
            author="Смирнова Г.А.")
    d.title("Отдел образования администрации городского округа город Шарья Костромской области\n"
            "Информационная справка\n"
            "о реализации программ наставничества по формам и вариантам (ролевым моделям)\n"
            "в образовательных организациях городского округа город Шарья на 01.06.2022")
    d.p("В 2021–2022 учебном году в соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145 "
        "и приказом отдела образования от 27.08.2021 № 171 в образовательных организациях городского округа "
        "реализовывались программы наставничества в формах «ученик – ученик» и «учитель – учитель». "
        "Численность участников по вариантам представлена в таблице.")
    vs = [(UU, "успевающий - неуспевающий", "«успевающий – неуспевающий»"),
          (UU, "лидер - пассивный", "«лидер – пассивный»"),
          (UU, "равный - равному", "«равный – равному»"),
          (UU, "адаптированный - неадаптированный", "«адаптированный – неадаптированный»"),
          (TT, "молодой специалист - опытный педагог", "«молодой специалист – опытный педагог»"),
          (TT, "коллега - молодой коллега", "«коллега – молодой коллега»")]
    cols = [Col("", "program_participants", form=f, variant=v, dash="-") for f, v, _ in vs]
    P = "Количество участников программ наставничества по вариантам, чел."
    h1 = ["№", "Образовательная организация"] + [P] * len(vs)
    h2 = ["№", "Образовательная организация"] + ["Форма «ученик – ученик»"] * 4 + ["Форма «учитель – учитель»"] * 2
    h3 = ["№", "Образовательная организация"] + [lab for _, _, lab in vs]
    t = Table(cols, header=[h1, h2, h3], num_fmt="{}")
    rows = []
    for cl, nm, short in SHARYA:
        small = cl in ("sharya/leninsky", "sharya/shekshema")
        udo = cl == "sharya/rovesnik"
        vals = []
        for j, (f, v, _) in enumerate(vs):
            if f == UU:
                p_use = 0.55 if (small or udo) else 0.85
                x = (rng.randint(2, 8) if small or udo else rng.randint(6, 30)) if rng.random() < p_use else DASH
            else:
                x = rng.randint(2, 6) if (rng.random() < (0.4 if small else 0.8) and not udo) else DASH
                if udo and j == 5:
                    x = 2
            vals.append(x)
        if vals[0] == DASH:
            vals[0] = rng.randint(2, 6)
        t.data(nm, cl, vals)
        rows.append((cl, nm, short, vals))
    sums = [sum(num(r[3][j]) for r in rows) for j in range(len(vs))]
    printed = list(sums)
    printed[2] = sums[2] + 8                              # PLANTED: Итого for «равный – равному»
    t.total("Итого", printed)
    for j, (f, v, lab) in enumerate(vs):
        d.c_sum("program_participants", f"Итого, {lab}", printed[j], sums[j])
    d.table(t)
    G = sum(sums)
    UUs = sum(sums[:4])
    d.p(f"Всего в программах наставничества участвуют {G} {plural(G, 'человек', 'человека', 'человек')}, из них в форме «ученик – ученик» – {UUs} "
        f"({pc(100 * UUs / G)}%), в форме «учитель – учитель» – {G - UUs}.")
    d.c_sum("program_participants", "в тексте: всего участвуют", G, G, status="either")
    d.c_comp("program_participants", f"{G} = {UUs} + {G - UUs}", G, [UUs, G - UUs])
    d.c_share("program_participants", f"ученик-ученик {UUs} из {G}", rnd1(100 * UUs / G), UUs, G)
    rr = [r[2] for r in rows if num(r[3][2]) > 0]
    d.p(f"Вариант «равный – равному» используется в {len(rr)} ОО, вариант «коллега – молодой коллега» – в "
        f"{sum(1 for r in rows if num(r[3][5]) > 0)} ОО. По итогам опроса 78% участников оценили работу "
        f"наставнических пар как эффективную.")
    d.c_count("program_participants", "вариант «равный – равному» в N ОО", len(rr), len(rr))
    k5 = sum(1 for r in rows if num(r[3][5]) > 0)
    d.c_count("program_participants", "вариант «коллега – молодой коллега» в N ОО", k5, k5)
    d.p("В 2022–2023 учебном году планируется внедрение формы «работодатель – ученик» (соглашение с "
        "ООО «Шарьинский ДОК» от 20.05.2022).")
    d.sign("Заведующий отделом образования\t\t\tГ.А. Смирнова\nТел. 8 (49449) 5-03-28")
    return d


# ------------------------------------------------------------------ 14. Угличский район (docx, forms lists)
UGLICH = [  # cluster, name, short, forms
    ("uglich/school-1", "МОУ СОШ № 1 г. Углича", "СОШ № 1", [UU, TT, TU, RU]),
    ("uglich/school-2", "МОУ СОШ № 2 им. В.И. Муравьёва", "СОШ № 2", [UU, TT, SU]),
    ("uglich/school-3", "МОУ СОШ № 3", "СОШ № 3", [UU, TT]),
    ("uglich/school-4", "МОУ СОШ № 4", "СОШ № 4", [UU, TT, RU]),
    ("uglich/school-5", "МОУ СОШ № 5", "СОШ № 5", [UU, TT, TU, SU, RU]),
    ("uglich/school-6", "МОУ СОШ № 6", "СОШ № 6", [UU, RU]),
    ("uglich/school-8", "МОУ СОШ № 8", "СОШ № 8", [UU, TT, SU]),
    ("uglich/ulejma", "МОУ Улейминская СОШ", "Улейминская СОШ", [UU, TT]),
    ("uglich/otradnoe", "МОУ Отрадновская СОШ", "Отрадновская СОШ", [UU, RU]),
    ("uglich/zaozerye", "МОУ Заозерская СОШ", "Заозерская СОШ", [UU]),
    ("uglich/golovino", "МОУ Головинская ООШ", "Головинская ООШ", [UU]),
    ("uglich/pokrov", "МОУ Покровская ООШ", "Покровская ООШ", [UU, TT, RU]),
]
ABBR = {UU: "У–У", TT: "Уч–Уч", TU: "Уч–У", SU: "С–У", RU: "Р–У"}


def doc_uglich():
    rng = random.Random(5114)
    d = Doc("uglich_formy_2023", "docx", "Угличский район", "2023-05-25", author="Кудрявцева С.В.")
    d.title("Управление образования Администрации Угличского муниципального района\n"
            "Итоги мониторинга реализации целевой модели наставничества\n"
            "в общеобразовательных организациях Угличского муниципального района\n"
            "(по состоянию на 25.05.2023)")
    d.p("Мониторинг проведён в соответствии с приказом Управления образования от 17.04.2023 № 208 "
        "(Р-145, региональная целевая модель наставничества Ярославской области). Сведения о реализуемых "
        "формах наставничества, количестве наставнических пар (групп) и предприятий (организаций)-партнёров "
        "представлены в таблице. Условные обозначения форм: У–У – «ученик – ученик», Уч–Уч – «учитель – "
        "учитель», Уч–У – «учитель – ученик», С–У – «студент – ученик», Р–У – «работодатель – ученик».")
    cols = [Col("Кол-во реализуемых форм", "forms_count", unit="count"),
            Col("Реализуемые формы наставничества", None),
            Col("Кол-во пар (групп), ед.", "pairs", unit="count"),
            Col("Предприятий (организаций), предоставивших наставников, ед.", "partner_enterprises", unit="count")]
    t = Table(cols, org_title="Общеобразовательная организация")
    rows = []
    for cl, nm, short, forms in UGLICH:
        fc = len(forms)
        pairs = sum(rng.randint(3, 14) if f == UU else rng.randint(1, 5) for f in forms)
        partners = (rng.randint(1, 3) if RU in forms else 0) + (1 if SU in forms else 0)
        t.data(nm, cl, [fc, "; ".join(ABBR[f] for f in forms), pairs, partners if partners else DASH])
        rows.append((cl, nm, short, forms, fc, pairs, partners))
    P = sum(r[5] for r in rows)
    E = sum(r[6] for r in rows)
    t.total("Итого", ["", "", P, E])
    d.c_sum("pairs", "строка «Итого»", P, P)
    d.c_sum("partner_enterprises", "строка «Итого»", E, E)
    d.table(t)
    fcs = [r[4] for r in rows]
    d.p(f"Все {len(rows)} общеобразовательных организаций района реализуют программы наставничества; в среднем "
        f"реализуется {pc(sum(fcs) / len(fcs))} формы на одну ОО. Всего сформировано {P} наставнических пар (групп).")
    d.c_count("organizations", f"все {len(rows)} ОО", len(rows), len(rows))
    d.c_mean("forms_count", "в среднем форм на одну ОО", rnd1(sum(fcs) / len(fcs)), fcs)
    d.c_sum("pairs", "в тексте: сформировано пар (групп)", P, P)
    su = [r[2] for r in rows if SU in r[3]]
    d.p(f"Форма «студент – ученик» реализуется в {len(su)} ОО ({join_ru(su)}) во взаимодействии с "
        f"ГПОАУ ЯО Угличский индустриально-педагогический колледж.")
    d.c_count("forms_count", "«студент – ученик» в N ОО", len(su), len(su))
    d.c_member("forms_count", "список ОО формы «студент – ученик»", su, su)
    ru = [r[2] for r in rows if RU in r[3]]
    ru_stated = [x for x in ru if x != "Отрадновская СОШ"]  # PLANTED: a school missing from the list
    d.p(f"Форма «работодатель – ученик» реализуется в {len(ru)} ОО ({', '.join(ru_stated)}); наставников "
        f"предоставили {E} предприятий и организаций, в том числе АО «Угличская ГЭС», ООО «Угличский "
        f"сыродельный завод», ГПОАУ ЯО Угличский индустриально-педагогический колледж.")
    d.c_count("forms_count", "«работодатель – ученик» в N ОО", len(ru), len(ru))
    d.c_member("forms_count", "список ОО формы «работодатель – ученик»", ru_stated, ru)
    d.c_sum("partner_enterprises", "в тексте: предприятий и организаций", E, E)
    one = [r[2] for r in rows if r[4] == 1]
    d.p(f"Только одна форма («ученик – ученик») реализуется в {len(one)} ОО: {join_ru(one)}. "
        f"В 2023–2024 учебном году планируется довести среднее число форм до 3,0.")
    d.c_count("forms_count", "только одна форма в N ОО", len(one), len(one))
    d.c_member("forms_count", "только одна форма", one, one)
    d.sign("Начальник Управления образования\t\t\tС.В. Кудрявцева\nТел. 8 (48532) 2-37-18")
    return d


# ------------------------------------------------------------------ 15. Вяземский район (txt, pairs per form)
VYAZMA = [
    ("vyazma/school-1", "МБОУ СШ № 1 г. Вязьмы"),
    ("vyazma/school-2", "МБОУ СШ № 2 г. Вязьмы"),
    ("vyazma/school-3", "МБОУ СШ № 3 г. Вязьмы"),
    ("vyazma/school-4", "МБОУ СШ № 4 г. Вязьмы"),
    ("vyazma/school-5", "МБОУ СШ № 5 г. Вязьмы"),
    ("vyazma/school-9", "МБОУ СШ № 9 г. Вязьмы"),
    ("vyazma/school-10", "МБОУ СШ № 10 г. Вязьмы"),
    ("vyazma/kaydakovo", "МБОУ Кайдаковская СШ"),
    ("vyazma/novoselye", "МБОУ Новосельская СШ"),
    ("vyazma/andreykovo", "МБОУ Андрейковская СШ"),
    ("vyazma/stepanikovo", "МБОУ Степаниковская ОШ"),
    ("vyazma/ddt", "МБУ ДО ДДТ г. Вязьмы"),
]


def doc_vyazma():
    rng = random.Random(5115)
    d = Doc("vyazma_pary_2022", "txt", "Вяземский район", "2022-12-20")
    d.title("Комитет образования Администрации муниципального образования «Вяземский район» Смоленской области\n"
            "ИНФОРМАЦИЯ\n"
            "о количестве наставнических пар (групп) по формам наставничества\n"
            "в образовательных организациях муниципального образования «Вяземский район» Смоленской области\n"
            "по состоянию на 20.12.2022")
    d.p("Информация подготовлена на основании данных образовательных организаций, представленных в комитет "
        "образования до 15.12.2022 по запросу от 01.12.2022 № 2356. Реализация программ наставничества "
        "осуществляется в рамках целевой модели наставничества (распоряжение Минпросвещения России от "
        "25.12.2019 № Р-145).")
    forms = [UU, TT, TU, RU]
    cols = [Col(FORM_Q[f].strip("«»"), "pairs", form=f, unit="count", dash="-") for f in forms] + [Col("Всего", None)]
    t = Table(cols, org_title="Образовательная организация", num_title="№",
              caption="Количество наставнических пар (групп) по формам наставничества (ед.)")
    rows = []
    for cl, nm in VYAZMA:
        rural = cl in ("vyazma/kaydakovo", "vyazma/novoselye", "vyazma/andreykovo", "vyazma/stepanikovo")
        udo = cl == "vyazma/ddt"
        uu = rng.randint(2, 7) if rural else rng.randint(8, 26)
        tt = DASH if udo or (rural and rng.random() < 0.5) else rng.randint(1, 5)
        tu = rng.randint(2, 8) if (udo or rng.random() < 0.5) else DASH
        ru = rng.randint(1, 4) if (not rural and not udo and rng.random() < 0.55) else DASH
        vals = [uu, tt, tu, ru]
        s = sum(num(v) for v in vals)
        t.data(nm, cl, vals + [s])
        d.c_sum("pairs", f"графа «Всего» у {nm}", s, s)
        rows.append((cl, nm, vals))
    colsum = [sum(num(r[2][j]) for r in rows) for j in range(4)]
    G = sum(colsum)
    t.total("Всего", colsum + [G])
    for j, f in enumerate(forms):
        d.c_sum("pairs", f"строка «Всего», {FORM_L[f]}", colsum[j], colsum[j])
    d.c_sum("pairs", "строка «Всего», графа «Всего»", G, G)
    d.table(t)
    d.p(f"Всего в образовательных организациях района сформировано {G} наставнических пар (групп). "
        f"На форму «ученик – ученик» приходится {pc(100 * colsum[0] / G)}% пар, «учитель – учитель» – "
        f"{pc(100 * colsum[1] / G)}%, «учитель – ученик» – {pc(100 * colsum[2] / G)}%, "
        f"«работодатель – ученик» – {pc(100 * colsum[3] / G)}%.")
    d.c_sum("pairs", "в тексте: сформировано пар (групп)", G, G)
    for j, f in enumerate(forms):
        d.c_share("pairs", f"доля пар формы {FORM_L[f]}", rnd1(100 * colsum[j] / G), colsum[j], G)
    k_ru = sum(1 for r in rows if num(r[2][3]) > 0)
    k_tt = sum(1 for r in rows if num(r[2][1]) > 0)
    d.p(f"Форма «работодатель – ученик» реализуется в {k_ru} ОО, «учитель – учитель» – в {k_tt} ОО. "
        f"В 2023 году планируется увеличить количество пар формы «работодатель – ученик» до 30 с привлечением "
        f"предприятий ООО «Вяземский машиностроительный завод» и АО «Вяземский хлебокомбинат».")
    d.c_count("pairs", "«работодатель – ученик» в N ОО", k_ru, k_ru)
    d.c_count("pairs", "«учитель – учитель» в N ОО", k_tt, k_tt)
    d.sign("Председатель комитета образования\t\tИ.В. Лаптева\nИсп. Андреева Е.С., тел. 8 (48131) 4-11-56")
    return d


# ------------------------------------------------------------------ 16. город Клинцы (pdf, two tables, average row)
KLINTSY = [  # cluster, name in table 1, name in table 2
    ("klintsy/gymn-1", "МБОУ «Гимназия № 1 г. Клинцы»", "Гимназия № 1"),
    ("klintsy/lyceum-2", "МБОУ «Лицей № 2 г. Клинцы»", "Лицей № 2"),
    ("klintsy/school-3", "МБОУ «СОШ № 3 г. Клинцы»", "МБОУ СОШ № 3"),
    ("klintsy/school-4", "МБОУ «СОШ № 4 г. Клинцы»", "МБОУ СОШ № 4"),
    ("klintsy/school-5", "МБОУ «СОШ № 5 г. Клинцы»", "Средняя школа № 5 г. Клинцы"),
    ("klintsy/school-6", "МБОУ «СОШ № 6 г. Клинцы»", "МБОУ СОШ № 6"),
    ("klintsy/school-7", "МБОУ «СОШ № 7 г. Клинцы»", "МБОУ СОШ № 7"),
    ("klintsy/school-8", "МБОУ «СОШ № 8 г. Клинцы»", "МБОУ СОШ №8"),
    ("klintsy/school-9", "МБОУ «СОШ № 9 г. Клинцы»", "МБОУ СОШ № 9"),
    ("klintsy/oosh-12", "МБОУ «ООШ № 12 г. Клинцы»", "ООШ № 12"),
]
KLINTSY_EXTRA = [
    ("klintsy/ddt", "МБУДО «Дом детского творчества»"),
    ("klintsy/college", "ГБПОУ «Клинцовский индустриально-педагогический колледж»"),
]


def doc_klintsy():
    rng = random.Random(5116)
    d = Doc("klintsy_spravka_2021", "pdf", "город Клинцы", "2021-12-28", landscape=True, author="Ковалёва Н.И.")
    d.title("Отдел образования Клинцовской городской администрации\n"
            "СПРАВКА\n"
            "по итогам мониторинга вовлечённости обучающихся и педагогов в различные формы наставничества\n"
            "(городской округ «город Клинцы» Брянской области, по состоянию на 28.12.2021)")
    d.p("Мониторинг проведён в декабре 2021 года в соответствии с приказом отдела образования от 01.12.2021 "
        "№ 402 в рамках реализации целевой модели наставничества (распоряжение Минпросвещения России от "
        "25.12.2019 № Р-145). В таблице 1 приведены данные 10 общеобразовательных учреждений города.")
    d.c_count("organizations", "данные 10 общеобразовательных учреждений", 10, len(KLINTSY))
    cols = [Col("", "students_total", sep=" "),
            Col("", "students_involved"),
            Col("", "mentees"),
            Col("", "teachers_involved"),
            Col("", "mentee_share_pct", kind="pct")]
    hdr = [["№ п/п", "Общеобразовательное учреждение", "Численность обучающихся, чел.",
            "Вовлечено в наставничество, чел.", "Вовлечено в наставничество, чел.", "Вовлечено в наставничество, чел.",
            "Доля обучающихся в роли наставляемого, %"],
           ["№ п/п", "Общеобразовательное учреждение", "Численность обучающихся, чел.",
            "обучающихся", "в т.ч. наставляемых", "педагогов", "Доля обучающихся в роли наставляемого, %"]]
    t = Table(cols, header=hdr, caption="Таблица 1")
    rows = []
    for cl, nm, nm2 in KLINTSY:
        small = "ООШ" in nm
        tot = rng.randint(110, 240) if small else rng.randint(480, 1320)
        inv = int(tot * rng.uniform(0.15, 0.34))
        me = int(inv * rng.uniform(0.58, 0.74))
        te = rng.randint(4, 9) if small else rng.randint(10, 34)
        sh = rnd1(100 * me / tot)
        t.data(nm, cl, [tot, inv, me, te, sh])
        d.c_share("mentee_share_pct", nm, sh, me, tot)
        rows.append((cl, nm, nm2, tot, inv, me, te, sh))
    S = [sum(r[k] for r in rows) for k in (3, 4, 5, 6)]
    t.total("Всего", S + [""])
    d.c_sum("students_total", "строка «Всего»", S[0], S[0])
    d.c_sum("students_involved", "строка «Всего»", S[1], S[1])
    d.c_sum("mentees", "строка «Всего»", S[2], S[2])
    d.c_sum("teachers_involved", "строка «Всего»", S[3], S[3])
    shs = [r[7] for r in rows]
    avg = rnd1(sum(shs) / len(shs))
    t.total("Среднее по городу", ["", "", "", "", avg])
    d.c_mean("mentee_share_pct", "строка «Среднее по городу»", avg, shs)
    d.table(t)
    d.p(f"Всего в программы наставничества вовлечено {n(S[1], ' ')} обучающихся и {S[3]} педагогов. "
        f"Средняя по городу доля обучающихся в роли наставляемого составила {pc(avg)}%, что превышает "
        f"целевой ориентир (не менее 10%).")
    d.c_sum("students_involved", "в тексте: вовлечено обучающихся", S[1], S[1])
    d.c_sum("teachers_involved", "в тексте: педагогов", S[3], S[3])
    d.c_mean("mentee_share_pct", "средняя по городу доля в тексте", avg, shs)
    d.c_target("mentee_share_pct", "не менее 10%", 10, sum(shs) / len(shs), True)
    assert sum(shs) / len(shs) >= 10
    d.p("Количество наставнических пар (групп) по формам наставничества, включая учреждение дополнительного "
        "образования и колледж, участвующий в реализации формы «студент – ученик», приведено в таблице 2.")
    forms = [UU, TT, SU, RS]
    cols2 = [Col(FORM_Q[f], "pairs", form=f, unit="count") for f in forms]
    t2 = Table(cols2, org_title="Учреждение", caption="Таблица 2. Количество наставнических пар (групп), ед.")
    su_set = {"klintsy/gymn-1", "klintsy/school-3", "klintsy/school-6", "klintsy/school-9"}
    rows2 = []
    for cl, nm, nm2 in KLINTSY:
        vals = [rng.randint(4, 9) if "ООШ" in nm else rng.randint(8, 28), rng.randint(1, 5),
                rng.randint(2, 6) if cl in su_set else DASH, DASH]
        t2.data(nm2, cl, vals)
        rows2.append((nm2, vals))
    for cl, nm in KLINTSY_EXTRA:
        if cl == "klintsy/ddt":
            vals = [rng.randint(6, 12), rng.randint(1, 3), DASH, DASH]
        else:
            vals = [DASH, rng.randint(3, 7), rng.randint(6, 14), rng.randint(5, 12)]
        t2.data(nm, cl, vals)
        rows2.append((nm, vals))
    S2 = [sum(num(r[1][j]) for r in rows2) for j in range(4)]
    t2.total("Итого", S2)
    for j, f in enumerate(forms):
        d.c_sum("pairs", f"таблица 2, Итого, {FORM_L[f]}", S2[j], S2[j])
    d.table(t2)
    su_l = [r[0] for r in rows2 if num(r[1][2]) > 0]
    d.p(f"Форма «студент – ученик» реализуется в {len(su_l) - 1} общеобразовательных учреждениях совместно со "
        f"студентами колледжа; форма «работодатель – студент» – только в колледже (базовые предприятия "
        f"ОАО «Клинцовский автокрановый завод», ООО «Брянскпродторг»). Всего сформировано {sum(S2)} пар (групп).")
    d.c_count("pairs", "«студент – ученик» в N общеобразовательных учреждениях", len(su_l) - 1, len(su_set))
    d.c_sum("pairs", "в тексте: всего сформировано пар", sum(S2), sum(S2))
    d.p("На 2022 год запланировано проведение городского конкурса «Лучший наставник» (заявки – до 01.03.2022, "
        "тел. 8 (48336) 4-03-81).")
    d.sign("Начальник отдела образования\t\t\tН.И. Ковалёва")
    return d


# ============================================================================ main
BUILDERS = [doc_elabuga, doc_leninogorsk, doc_serdobsk, doc_nikolsk, doc_novomoskovsk, doc_efremov, doc_elets,
            doc_dankov, doc_shadrinsk, doc_kineshma, doc_shuya, doc_slobodskoy, doc_sharya, doc_uglich,
            doc_vyazma, doc_klintsy]


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
                         organization=d.organization, as_of=d.as_of if d.kind != "приказ" else "",
                         doc_date=d.doc_date, doc_number=d.doc_number, expect=""))
    write_csv(os.path.join(GOLD, "documents.csv"),
              ["doc", "format", "kind", "municipality", "organization", "as_of", "doc_date", "doc_number", "expect"],
              meta)
    write_csv(os.path.join(GOLD, "facts.csv"), ["doc", "org_name", "indicator", "form", "variant", "value", "unit"],
              facts)
    write_csv(os.path.join(GOLD, "checks.csv"), ["doc", "check", "indicator", "subject", "stated", "computed",
                                                 "status"], checks)
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
