# -*- coding: utf-8 -*-
"""Generate the held-out corpus holdout4: 14 Russian reports on the mentorship model (Р-145)
with gold answers (facts, checks, organizations, documents).

usage: .venv/bin/python gen_holdout4.py
Writes benchmarks/unseen/holdout4/* and benchmarks/unseen/gold/holdout4/*.csv
"""
import csv
import os
import random
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("UNSEEN_OUT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "out"))
OUT = os.path.join(ROOT, "holdout4")
GOLD = os.path.join(ROOT, "gold", "holdout4")
LO_PROFILE = "file:///tmp/lo_h4"

DASH = "DASH"          # printed «–», fact value 0


class Text:
    """A cell that says there is nothing (fact with empty value)."""
    def __init__(self, s):
        self.s = s


# ----------------------------------------------------------------------------- formatting
def n(x, sep=" "):
    """integer with thousands separator"""
    s = str(int(x))
    if len(s) > 3 and sep:
        out = []
        while s:
            out.insert(0, s[-3:])
            s = s[:-3]
        return sep.join(out)
    return s


def pc(x, d=1):
    return f"{x:.{d}f}".replace(".", ",")


def r2(x):
    return round(x + 1e-9, 2)


# ----------------------------------------------------------------------------- model
class Col:
    def __init__(self, title, ind=None, form="", variant="", unit="persons", org=False, kind="int", dec=1,
                 pct_sign=False, dash0=False):
        self.title, self.ind, self.form, self.variant, self.unit = title, ind, form, variant, unit
        self.org, self.kind, self.dec, self.pct_sign, self.dash0 = org, kind, dec, pct_sign, dash0

    def fmt(self, v):
        if v is None:
            return ""
        if v == DASH:
            return "–"
        if isinstance(v, Text):
            return v.s
        if isinstance(v, str):
            return v
        if self.kind == "pct":
            if self.dash0 and v == 0:
                return "–"
            return pc(v, self.dec) + ("%" if self.pct_sign else "")
        if self.dash0 and v == 0:
            return "-"
        return str(int(v))


class Table:
    def __init__(self, cols, header=None, caption=None, numcol=True, landscape=False):
        self.cols = cols                 # data columns after "№" and org name
        self.header = header             # list of header rows (full width incl. № / org) or None
        self.caption = caption
        self.numcol = numcol
        self.rows = []                   # (kind, cells, payload)
        self.landscape = landscape

    def width(self):
        return len(self.cols) + 1 + (1 if self.numcol else 0)

    def header_rows(self):
        if self.header:
            return self.header
        h = (["№ п/п"] if self.numcol else []) + ["Наименование ОО"] + [c.title for c in self.cols]
        return [h]

    def data(self, name, cluster, values):
        assert len(values) == len(self.cols), (name, values)
        k = sum(1 for r in self.rows if r[0] == "data") + 1
        cells = ([f"{k}."] if self.numcol else []) + [name] + [c.fmt(v) for c, v in zip(self.cols, values)]
        self.rows.append(("data", cells, (name, cluster, values)))

    def total(self, label, values):
        cells = ([""] if self.numcol else []) + [label] + [c.fmt(v) if not isinstance(v, str) else v
                                                         for c, v in zip(self.cols, values)]
        self.rows.append(("total", cells, None))

    def note(self, text):
        self.rows.append(("note", [text], None))

    def group(self, text):
        self.rows.append(("group", [text], None))

    def orgs(self):
        return [r[2] for r in self.rows if r[0] == "data"]

    def column(self, j):
        """numeric values of data column j (DASH -> 0, Text -> skipped)"""
        out = []
        for name, cl, vals in self.orgs():
            v = vals[j]
            if v == DASH:
                out.append(0)
            elif isinstance(v, (int, float)):
                out.append(v)
        return out


class Doc:
    def __init__(self, name, fmt, municipality, as_of, kind="справка", landscape=False, enc="utf-8",
                 organization=""):
        self.name, self.fmt, self.municipality, self.as_of, self.kind = name, fmt, municipality, as_of, kind
        self.landscape, self.enc, self.organization = landscape, enc, organization
        self.blocks = []
        self.checks = []

    # blocks
    def title(self, s):
        self.blocks.append(("title", s))

    def h(self, s):
        self.blocks.append(("h", s))

    def p(self, s):
        self.blocks.append(("p", s))

    def sign(self, s):
        self.blocks.append(("sign", s))

    def table(self, t):
        self.blocks.append(("table", t))
        return t

    # checks
    def _add(self, check, ind, subject, stated, computed, status):
        self.checks.append(dict(doc=self.name, check=check, indicator=ind, subject=subject,
                                stated=stated, computed=computed, status=status))

    def c_sum(self, ind, subject, stated, computed, status=None):
        st = status or ("ok" if abs(stated - computed) < 1e-6 else "mismatch")
        self._add("sum", ind, subject, n(stated, ""), n(computed, ""), st)
        return stated

    def c_count(self, ind, subject, stated, computed):
        self._add("count", ind, subject, str(stated), str(computed), "ok" if stated == computed else "mismatch")
        return stated

    def _tol(self, dec):
        return 0.5 * 10 ** -dec + 0.011

    def c_share(self, ind, subject, stated, num, den, dec=1):
        comp = r2(100.0 * num / den)
        st = "ok" if abs(stated - comp) <= self._tol(dec) else "mismatch"
        self._add("share", ind, subject, f"{stated:.{dec}f}", f"{comp:.2f}".rstrip("0").rstrip("."), st)
        return stated

    def c_mean(self, ind, subject, stated, values, dec=1):
        comp = r2(sum(values) / len(values))
        st = "ok" if abs(stated - comp) <= self._tol(dec) else "mismatch"
        self._add("mean", ind, subject, f"{stated:.{dec}f}", f"{comp:.2f}".rstrip("0").rstrip("."), st)
        return stated

    def c_comp(self, ind, subject, stated, parts):
        comp = sum(parts)
        self._add("composition", ind, subject, str(stated), str(comp), "ok" if comp == stated else "mismatch")

    def c_member(self, ind, subject, stated_list, actual_list):
        st = "ok" if set(stated_list) == set(actual_list) else "mismatch"
        self._add("membership", ind, subject, "; ".join(stated_list), "; ".join(actual_list), st)

    def c_target(self, ind, subject, target, actual, claimed_achieved):
        st = "ok" if (actual >= target) == claimed_achieved else "mismatch"
        self._add("target", ind, subject, f"{target:g}", f"{r2(actual):g}", st)

    def c_cross(self, ind, subject, stated, computed):
        self._add("cross_table", ind, subject, str(stated), str(computed),
                  "ok" if stated == computed else "mismatch")

    # gold
    def facts(self):
        out = []
        for kind, t in self.blocks:
            if kind != "table":
                continue
            for name, cl, vals in t.orgs():
                for c, v in zip(t.cols, vals):
                    if not c.ind:
                        continue
                    if isinstance(v, Text):
                        val = ""
                    elif v == DASH:
                        val = "0"
                    elif c.kind == "pct":
                        val = f"{v:.{c.dec}f}"
                    else:
                        val = str(int(v))
                    unit = "percent" if c.kind == "pct" else c.unit
                    out.append(dict(doc=self.name, org_name=" ".join(name.split()), indicator=c.ind,
                                    form=c.form, variant=c.variant, value=val, unit=unit))
        return out

    def orgs(self):
        seen = {}
        for kind, t in self.blocks:
            if kind == "table":
                for name, cl, vals in t.orgs():
                    seen.setdefault(" ".join(name.split()), cl)
        return [dict(doc=self.name, org_name=k, cluster=v) for k, v in seen.items()]


# ----------------------------------------------------------------------------- renderers
def header_merges(rows):
    """cells equal to the left neighbour (horizontal) or the upper one (vertical) are merged"""
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


def set_cell(cell, text, bold=False, size=10):
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def render_docx(doc, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = d.sections[0]
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    for kind, b in doc.blocks:
        if kind == "title":
            for line in b.split("\n"):
                par = d.add_paragraph()
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = par.add_run(line)
                r.bold = True
        elif kind == "h":
            par = d.add_paragraph()
            r = par.add_run(b)
            r.bold = True
        elif kind == "p":
            par = d.add_paragraph(b)
            par.paragraph_format.first_line_indent = Cm(1.25)
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "sign":
            for line in b.split("\n"):
                d.add_paragraph(line)
        elif kind == "table":
            t = b
            if t.caption:
                par = d.add_paragraph()
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                par.add_run(t.caption).italic = True
            hdr = t.header_rows()
            W = t.width()
            tab = d.add_table(rows=len(hdr), cols=W)
            tab.style = "Table Grid"
            for (i, j, i2, j2, txt) in header_merges(hdr):
                c = tab.cell(i, j)
                if (i2, j2) != (i, j):
                    c = c.merge(tab.cell(i2, j2))
                set_cell(c, txt, bold=True, size=9)
            for kind2, cells, payload in t.rows:
                row = tab.add_row()
                if kind2 in ("note", "group"):
                    c = row.cells[0].merge(row.cells[W - 1])
                    set_cell(c, cells[0], bold=(kind2 == "group"), size=9)
                    continue
                for j, txt in enumerate(cells):
                    set_cell(row.cells[j], txt, bold=(kind2 == "total"), size=10)
            usable = (25.7 if doc.landscape else 17.0)
            widths = ([1.0] if t.numcol else []) + [5.5]
            rest = (usable - sum(widths)) / len(t.cols)
            widths += [rest] * len(t.cols)
            tab.autofit = False
            for j, col in enumerate(tab.columns):
                col.width = Cm(widths[j])
            for row in tab.rows:
                for j, c in enumerate(row.cells):
                    if j < len(widths):
                        c.width = Cm(widths[j])
            d.add_paragraph()
    d.save(path)


def render_txt(doc, path):
    lines = []
    for kind, b in doc.blocks:
        if kind == "title":
            lines += [l.strip() for l in b.split("\n")] + [""]
        elif kind == "h":
            lines += [b]
        elif kind == "p":
            lines += [b, ""]
        elif kind == "sign":
            lines += [""] + b.split("\n")
        elif kind == "table":
            t = b
            if t.caption:
                lines.append(t.caption)
            for hr in t.header_rows():
                cells = []
                for j, c in enumerate(hr):
                    cells.append("" if j > 0 and hr[j - 1] == c else c)
                lines.append("\t".join(cells))
            for kind2, cells, payload in t.rows:
                lines.append("\t".join(cells) if kind2 not in ("note", "group") else cells[0])
            lines.append("")
    txt = "\r\n".join(lines) + "\r\n" if doc.enc == "cp1251" else "\n".join(lines) + "\n"
    with open(path, "w", encoding=doc.enc, newline="") as f:
        f.write(txt)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def render(doc):
    path = os.path.join(OUT, f"{doc.name}.{doc.fmt}")
    if doc.fmt == "docx":
        render_docx(doc, path)
    elif doc.fmt == "txt":
        render_txt(doc, path)
    else:
        tmp = tempfile.mkdtemp(prefix="h4_")
        src = os.path.join(tmp, f"{doc.name}.docx")
        render_docx(doc, src)
        soffice(src, doc.fmt, tmp)
        shutil.move(os.path.join(tmp, f"{doc.name}.{doc.fmt}"), path)
        shutil.rmtree(tmp)
    assert os.path.exists(path), path


# ============================================================================= documents
def pick_forms(rng, k, forms):
    return set(rng.sample(forms, k))


# ------------------------------------------------------------------ 1. Ковров, справка (docx)
KOVROV = [  # cluster, name in spravka 2022, name in monitoring 2023, type
    ("kovrov/gymn-1", "МБОУ гимназия № 1", "Гимназия № 1 им. А.С. Пушкина", "g"),
    ("kovrov/lyceum-17", "МБОУ лицей № 17", "МБОУ «Лицей № 17»", "g"),
    ("kovrov/school-2", "МБОУ СОШ № 2", "МБОУ «СОШ № 2»", "s"),
    ("kovrov/school-4", "МБОУ СОШ № 4", "СОШ № 4", "s"),
    ("kovrov/school-7", "МБОУ СОШ № 7", "МБОУ «СОШ №7»", "s"),
    ("kovrov/school-9", "МБОУ СОШ № 9", "МБОУ «СОШ № 9»", "s"),
    ("kovrov/school-10", "МБОУ СОШ № 10", "СОШ № 10", "s"),
    ("kovrov/school-11", "МБОУ СОШ № 11", "МБОУ «СОШ № 11»", "s"),
    ("kovrov/school-14", "МБОУ СОШ № 14", "МБОУ «СОШ № 14»", "s"),
    ("kovrov/school-19", "МБОУ СОШ № 19", "СОШ №19", "s"),
    ("kovrov/school-21", "МБОУ СОШ № 21", "МБОУ «СОШ № 21»", "s"),
    ("kovrov/school-22", "МБОУ СОШ № 22", "МБОУ «СОШ № 22»", "s"),
    ("kovrov/school-23", "МБОУ СОШ № 23", "МБОУ «СОШ № 23»", "s"),
    ("kovrov/school-3", "МБОУ ООШ № 3", "МБОУ «ООШ № 3»", "o"),
    ("kovrov/school-6", "МБОУ ООШ № 6", "ООШ № 6", "o"),
]


def short_kovrov(name):
    return name.replace("МБОУ ", "")


def doc_kovrov_2022():
    rng = random.Random(401)
    d = Doc("kovrov_spravka_2022", "docx", "город Ковров", "2022-12-20")
    d.title("Управление образования администрации города Коврова\n"
            "Аналитическая справка\nпо итогам реализации целевой модели наставничества в муниципальных "
            "общеобразовательных организациях города Коврова в 2022 году\n(по состоянию на 20.12.2022)")
    d.h("1. Общие сведения")
    d.p("Во исполнение распоряжения Минпросвещения России от 25.12.2019 № Р-145, приказа департамента образования "
        "Владимирской области и приказа управления образования от 31.08.2021 № 512 «О внедрении целевой модели "
        "наставничества» в общеобразовательных организациях (далее – ОО) города в течение 2022 года продолжена работа "
        "по реализации целевой модели наставничества (далее – ЦМН); сведения собраны по форме мониторинга, "
        "направленной в ОО письмом УО от 14.11.2022 № 01-17/2318, и представлены в таблице 1.")
    cols = [Col("Общая численность обучающихся, чел.", "students_total"),
            Col("Вовлечено обучающихся в программы наставничества, чел.", "students_involved"),
            Col("Вовлечено педагогических работников, чел.", "teachers_involved"),
            Col("Количество реализуемых форм наставничества", "forms_count", unit="count")]
    t = Table(cols, caption="Таблица 1")
    data = {}
    for cl, nm, nm2, typ in KOVROV:
        tot = rng.randint(380, 1250) if typ != "o" else rng.randint(140, 260)
        inv = int(tot * rng.uniform(0.14, 0.34))
        tea = rng.randint(9, 38) if typ != "o" else rng.randint(4, 9)
        fc = rng.choice([2, 3, 3, 4, 5]) if typ != "o" else 1
        data[cl] = (nm, typ, [tot, inv, tea, fc])
    data["kovrov/school-10"][2][3] = 5
    data["kovrov/school-23"][2][3] = 5
    data["kovrov/gymn-1"][2][3] = 5
    for cl in ("kovrov/school-7", "kovrov/school-19"):
        data[cl][2][3] = min(data[cl][2][3], 4)
    for cl in data:
        if cl not in ("kovrov/school-10", "kovrov/school-23", "kovrov/gymn-1") and data[cl][2][3] == 5:
            data[cl][2][3] = 4
    groups = [("g", "Гимназии, лицеи", "Итого по гимназиям и лицеям"),
              ("s", "Средние общеобразовательные школы", "Итого по СОШ"),
              ("o", "Основные общеобразовательные школы", "Итого по ООШ")]
    sub = {}
    for typ, gname, tname in groups:
        t.group(gname)
        rows = [(cl, v) for cl, v in data.items() if v[1] == typ]
        for cl, (nm, _, vals) in rows:
            t.data(nm, cl, vals)
        sums = [sum(v[2][k] for _, v in rows) for k in range(3)]
        sub[typ] = sums
        printed = list(sums)
        if typ == "s":
            printed[1] = sums[1] + 40          # planted error: subtotal of students involved
        for k, ind in enumerate(["students_total", "students_involved", "teachers_involved"]):
            d.c_sum(ind, f"строка «{tname}»", printed[k], sums[k])
        t.total(tname, printed + [""])
    grand = [sum(sub[g][k] for g in sub) for k in range(3)]
    t.total("ВСЕГО по городу", grand + [""])
    for k, ind in enumerate(["students_total", "students_involved", "teachers_involved"]):
        d.c_sum(ind, "строка «ВСЕГО по городу»", grand[k], grand[k], status="either" if k == 1 else None)
    d.table(t)
    nS = sum(1 for v in data.values() if v[1] == "s")
    nG = sum(1 for v in data.values() if v[1] == "g")
    nO = sum(1 for v in data.values() if v[1] == "o")
    d.h("2. Анализ показателей")
    d.p(f"2.1. В реализации ЦМН в отчётном периоде участвовали все {len(data)} муниципальных ОО города "
        f"({nG} – гимназия и лицей, {nS} средних и {nO} основные школы), при этом в 2 ОО (ООШ №3, ООШ №6) "
        f"реализуется только одна форма наставничества, что связано с малочисленностью педагогического коллектива.")
    d.c_count("organizations", f"все {len(data)} муниципальных ОО города", len(data), len(data))
    d.c_count("organizations", f"{nG} – гимназия и лицей", nG, nG)
    d.c_count("organizations", f"{nS} средних школ", nS, nS)
    d.c_count("organizations", f"{nO} основные школы", nO, nO)
    share = 100 * grand[1] / grand[0]
    d.p(f"2.2. Всего в программы наставничества вовлечено {n(grand[1])} обучающихся, что составляет "
        f"{pc(share)}% от общей численности обучающихся ОО города ({n(grand[0])} чел.); в 2021 году этот "
        f"показатель составлял 17,9%, т.е. наблюдается положительная динамика.")
    d.c_sum("students_involved", "в тексте: вовлечено обучающихся", grand[1], grand[1])
    d.c_share("students_involved", f"{n(grand[1])} от {n(grand[0])}", round(share, 1), grand[1], grand[0])
    d.p(f"2.3. Из {n(grand[1])} обучающихся на долю средних общеобразовательных школ приходится "
        f"{n(sub['s'][1])} чел., на гимназию и лицей – {n(sub['g'][1])} чел., на основные школы – {sub['o'][1]} чел. "
        f"Педагогических работников, вовлечённых в наставничество в качестве наставников и наставляемых, – "
        f"{grand[2]} чел. (в среднем по {pc(grand[2] / len(data))} чел. на одну ОО).")
    d.c_comp("students_involved", f"{grand[1]} = {sub['s'][1]} + {sub['g'][1]} + {sub['o'][1]}", grand[1],
             [sub['s'][1], sub['g'][1], sub['o'][1]])
    d.c_sum("teachers_involved", "в тексте: педагогических работников", grand[2], grand[2])
    d.c_mean("teachers_involved", "в среднем на одну ОО", round(grand[2] / len(data), 1),
             [v[2][2] for v in data.values()])
    fc = [v[2][3] for v in data.values()]
    five = [short_kovrov(v[0]) for v in data.values() if v[2][3] == 5]
    d.p(f"2.4. В среднем каждая ОО реализует {pc(sum(fc) / len(fc))} формы наставничества из пяти, "
        f"предусмотренных целевой моделью. Все пять форм наставничества реализуются в {len(five)} ОО: "
        f"{', '.join(five)}. Наиболее востребованными остаются формы «ученик – ученик» и «учитель – учитель», "
        f"форма «работодатель – ученик» реализуется при участии 9 предприятий-партнёров (ОАО «ЗиД», ОАО «КЭМЗ» и др.).")
    d.c_mean("forms_count", "в среднем форм на одну ОО", round(sum(fc) / len(fc), 1), fc)
    d.c_count("forms_count", "все пять форм реализуются в N ОО", len(five), len(five))
    d.c_member("forms_count", "все пять форм", five, five)
    one = [short_kovrov(v[0]) for v in data.values() if v[2][3] == 1]
    d.c_member("forms_count", "только одна форма", ["ООШ № 3", "ООШ № 6"], one)
    d.c_count("forms_count", "только одна форма в 2 ОО", 2, len(one))
    d.h("3. Выводы и предложения")
    d.p("3.1. Руководителям ОО обеспечить своевременное внесение сведений о наставнических парах в региональную "
        "базу наставников и наставляемых; в 2023 году довести долю обучающихся, вовлечённых в наставничество, до 30%, "
        "провести муниципальный конкурс «Наставник года» (заявки до 01.03.2023, тел. 8 (49232) 3-12-45).")
    d.sign("Начальник управления образования\t\t\tО.В. Трофимова\nИсп. Белова Н.А., методист МКУ «ГНМЦ»")
    return d


# ------------------------------------------------------------------ 2. Ковров, мониторинг 2023 (pdf)
def doc_kovrov_2023():
    rng = random.Random(402)
    d = Doc("kovrov_monitoring_2023", "pdf", "город Ковров", "2023-06-01", landscape=True)
    d.title("МКУ «Городской научно-методический центр» г. Ковров\nИнформационная справка\n"
            "о результатах мониторинга реализации целевой модели наставничества в ОО г. Коврова\n"
            "по состоянию на 01.06.2023")
    d.p("Мониторинг проведён в соответствии с планом работы управления образования на 2022–2023 учебный год "
        "(приказ от 12.09.2022 № 455) в период с 15 по 26 мая 2023 г. Сведения о количестве наставнических пар "
        "(групп) по формам наставничества представили все ОО; результаты приведены в таблице.")
    forms = ["ученик-ученик", "учитель-учитель", "учитель-ученик", "студент-ученик", "работодатель-ученик"]
    titles = ["«Ученик – ученик»", "«Учитель – учитель»", "«Учитель – ученик»", "«Студент – ученик»",
              "«Работодатель – ученик»"]
    cols = [Col(tt, "pairs", form=f, unit="count", dash0=True) for f, tt in zip(forms, titles)] + [Col("Всего пар")]
    hdr = [["№", "Образовательная организация"] + ["Количество наставнических пар (групп) по формам"] * 5 + ["Всего пар"],
           ["№", "Образовательная организация"] + titles + ["Всего пар"]]
    t = Table(cols, header=hdr)
    stud = {"kovrov/school-4", "kovrov/school-10", "kovrov/school-21", "kovrov/lyceum-17"}
    empl = {"kovrov/school-10", "kovrov/school-23", "kovrov/gymn-1", "kovrov/school-2", "kovrov/school-14"}
    rows = []
    for cl, nm, nm2, typ in KOVROV:
        v = [rng.randint(6, 34) if typ != "o" else rng.randint(3, 7),
             rng.randint(1, 7) if typ != "o" else rng.choice([0, 1]),
             rng.randint(0, 9) if typ != "o" else 0,
             rng.randint(2, 8) if cl in stud else 0,
             rng.randint(1, 5) if cl in empl else 0]
        if typ != "o" and v[1] == 0:
            v[1] = 1
        rows.append((cl, nm2, v))
    bad_row = "kovrov/school-14"
    row_tot_printed = []
    for cl, nm2, v in rows:
        s = sum(v)
        pr = s + 2 if cl == bad_row else s
        row_tot_printed.append(pr)
        vals = [x if x else DASH for x in v] + [pr]
        t.data(nm2, cl, vals)
        d.c_sum("pairs", f"графа «Всего пар» у {nm2}", pr, s)
        if cl == "kovrov/school-11":
            t.note("Примечание: в МБОУ «СОШ № 11» в форме «учитель – ученик» учтены группы из 3–5 обучающихся.")
    col_sums = [sum(r[2][k] for r in rows) for k in range(5)]
    all_pairs = sum(col_sums)
    t.total("ИТОГО", col_sums + [all_pairs])
    for f, s in zip(forms, col_sums):
        d.c_sum("pairs", f"ИТОГО, {f}", s, s)
    d.c_sum("pairs", "ИТОГО, всего пар", all_pairs, all_pairs, status="either")
    d.table(t)
    d.h("Анализ результатов")
    d.p(f"1. Сведения представили {len(rows)} ОО города; всего в ОО сформировано {n(all_pairs)} наставнических пар "
        f"(групп), из них по форме «ученик – ученик» – {col_sums[0]} ({pc(100 * col_sums[0] / all_pairs, 0)}% от общего числа), "
        f"«учитель – учитель» – {col_sums[1]}, «учитель – ученик» – {col_sums[2]}, «студент – ученик» – {col_sums[3]}, "
        f"«работодатель – ученик» – {col_sums[4]}.")
    d.c_count("organizations", f"Сведения представили {len(rows)} ОО", len(rows), len(rows))
    d.c_sum("pairs", "в тексте: всего сформировано пар", all_pairs, all_pairs)
    d.c_share("pairs", f"ученик-ученик {col_sums[0]} от {all_pairs}", round(100 * col_sums[0] / all_pairs), col_sums[0],
              all_pairs, dec=0)
    d.c_comp("pairs", f"{all_pairs} = сумма пяти форм", all_pairs, col_sums)
    n_tt = sum(1 for r in rows if r[2][1] > 0)
    n_emp = sum(1 for r in rows if r[2][4] > 0)
    n_st = sum(1 for r in rows if r[2][3] > 0)
    st_names = [r[1] for r in rows if r[2][3] > 0]
    d.p(f"2. Форма «учитель – учитель» реализуется в {n_tt} ОО, форма «работодатель – ученик» – в {n_emp + 1} ОО, "
        f"форма «студент – ученик» – в {n_st} ОО ({', '.join(st_names)}) при участии студентов Ковровского "
        f"промышленно-гуманитарного колледжа и КГТА им. В.А. Дегтярева.")
    d.c_count("pairs", "форма учитель-учитель реализуется в N ОО", n_tt, n_tt)
    d.c_count("pairs", "форма работодатель-ученик реализуется в N ОО", n_emp + 1, n_emp)   # planted
    d.c_count("pairs", "форма студент-ученик реализуется в N ОО", n_st, n_st)
    d.c_member("pairs", "список ОО формы студент-ученик", st_names, st_names)
    d.p("3. По результатам анкетирования наставляемых (опрошено 312 чел.) 87% респондентов удовлетворены работой в "
        "паре; в 2023–2024 учебном году планируется сформировать не менее 420 пар и расширить участие предприятий "
        "города в форме «работодатель – ученик».")
    d.p("4. Отмечается, что в ряде ОО данные таблицы расходятся с данными школьных отчётов, в связи с чем "
        "заместителям директоров по УВР поручено в срок до 15.06.2023 провести сверку.")
    d.sign("Директор МКУ «ГНМЦ»\t\t\tС.Н. Лапшина")
    return d


# ------------------------------------------------------------------ 3. Судогодский район (txt cp1251)
SUDOGDA = [("sudogda/andreevskaya", "МБОУ \"Андреевская СОШ\"", "Андреевская СОШ"),
           ("sudogda/golovinskaya", "МБОУ \"Головинская СОШ\"", "Головинская СОШ"),
           ("sudogda/muromtsevskaya", "МБОУ \"Муромцевская СОШ\"", "Муромцевская СОШ"),
           ("sudogda/sudogda-1", "МБОУ \"Судогодская СОШ № 1\"", "Судогодская СОШ №1"),
           ("sudogda/sudogda-2", "МБОУ \"Судогодская СОШ № 2\"", "Судогодская СОШ №2"),
           ("sudogda/likinskaya", "МБОУ \"Ликинская ООШ\"", "Ликинская ООШ"),
           ("sudogda/chamerevskaya", "МБОУ \"Чамеревская ООШ\"", "Чамеревская ООШ"),
           ("sudogda/moshokskaya", "МБОУ \"Мошокская СОШ\"", "Мошокская СОШ"),
           ("sudogda/lavrovskaya", "МБОУ \"Лавровская СОШ\"", "Лавровская СОШ"),
           ("sudogda/berezhkovskaya", "МБОУ \"Бережковская ООШ\"", "Бережковская ООШ"),
           ("sudogda/vyatkinskaya", "МБОУ \"Вяткинская СОШ\"", "Вяткинская СОШ")]


def doc_sudogda_2021():
    rng = random.Random(403)
    d = Doc("sudogda_spravka_2021", "txt", "Судогодский район", "2021-12-25", enc="cp1251")
    d.title("Управление образования администрации муниципального образования \"Судогодский район\"\n"
            "СПРАВКА\nо ходе внедрения целевой модели наставничества в ОО Судогодского района\n"
            "(по состоянию на 25.12.2021)")
    d.p("1. Целевая модель наставничества (ЦМН) внедряется в ОО района с 01.09.2021 на основании приказа УО "
        "от 27.08.2021 № 241; во всех ОО назначены кураторы, утверждены положения и программы наставничества, "
        "сформирована база наставников и наставляемых. Сведения ОО о вовлечении обучающихся представлены в таблице.")
    cols = [Col("Численность обучающихся в возрасте 10-19 лет", "students_total"),
            Col("Из них в роли наставляемого", "mentees"),
            Col("Доля обучающихся 10-19 лет в роли наставляемого, %", "mentee_share_pct", kind="pct"),
            Col("Доля обучающихся 15-19 лет в роли наставника, %", "mentor_share_pct", kind="pct")]
    t = Table(cols)
    rows = []
    for cl, nm, short in SUDOGDA:
        tot = rng.randint(160, 520) if "ООШ" not in nm else rng.randint(35, 80)
        sh = rng.uniform(0.16, 0.42)
        if cl in ("sudogda/likinskaya", "sudogda/chamerevskaya"):
            sh = rng.uniform(0.06, 0.13)
        men = max(2, int(tot * sh))
        share = round(100 * men / tot, 1)
        printed = share
        if cl == "sudogda/muromtsevskaya":
            printed = round(share + 10, 1)                      # planted: wrong row share
        ms = round(rng.uniform(10.6, 19.5), 1)
        if cl in ("sudogda/berezhkovskaya", "sudogda/chamerevskaya", "sudogda/likinskaya"):
            ms = round(rng.uniform(3.0, 9.4), 1)
        if cl == "sudogda/vyatkinskaya":
            ms = 10.5
        rows.append((cl, nm, short, tot, men, printed, ms))
        t.data(nm, cl, [tot, men, printed, ms])
        d.c_share("mentee_share_pct", nm, printed, men, tot)
    T_tot = sum(r[3] for r in rows)
    T_men = sum(r[4] for r in rows)
    t.total("ИТОГО по району", [T_tot, T_men, round(100 * T_men / T_tot, 1), ""])
    d.c_sum("students_total", "ИТОГО по району", T_tot, T_tot)
    d.c_sum("mentees", "ИТОГО по району", T_men, T_men)
    d.c_share("mentee_share_pct", "ИТОГО по району", round(100 * T_men / T_tot, 1), T_men, T_tot)
    d.table(t)
    mshares = [r[5] for r in rows]
    d.c_sum("mentees", "в тексте: в роли наставляемого", T_men, T_men)
    d.c_sum("students_total", "в тексте: из N обучающихся 10-19 лет", T_tot, T_tot)
    msh = [r[6] for r in rows]
    d.p(f"2. Всего в роли наставляемого в ОО района выступают {T_men} обучающихся в возрасте 10-19 лет из {n(T_tot, '')}, "
        f"средний по району показатель доли обучающихся в роли наставляемого составляет {pc(sum(mshares) / len(mshares))}% "
        f"(по данным таблицы), что выше прошлогоднего значения (9,8%), однако ниже регионального ориентира.")
    d.c_mean("mentee_share_pct", "средний по району показатель", round(sum(mshares) / len(mshares), 1), mshares)
    low = [r[2] for r in rows if r[5] < 15]
    d.p(f"3. Доля обучающихся в роли наставляемого ниже 15% отмечена в {len(low)} ОО: {', '.join(low)}; "
        f"руководителям указанных ОО рекомендовано пересмотреть программы наставничества и включить в них форму "
        f"\"ученик - ученик\" (вариант \"успевающий - неуспевающий\").")
    d.c_member("mentee_share_pct", "ниже 15%", low, low)
    d.c_count("mentee_share_pct", "ниже 15% в N ОО", len(low), len(low))
    mean_m = sum(msh) / len(msh)
    d.p(f"4. Средняя доля обучающихся 15-19 лет, выступающих в роли наставника, составила {pc(mean_m)}%, "
        f"т.е. целевое значение показателя (не менее 10%) в среднем по району достигнуто; при этом в "
        f"Бережковской, Чамеревской и Ликинской ООШ показатель не превышает 10%.")
    d.c_mean("mentor_share_pct", "средняя доля наставников 15-19 лет", round(mean_m, 1), msh)
    d.c_target("mentor_share_pct", "не менее 10%", 10, mean_m, True)
    below10 = [r[2] for r in rows if r[6] <= 10]
    d.c_member("mentor_share_pct", "не превышает 10%", ["Бережковская ООШ", "Чамеревская ООШ", "Ликинская ООШ"], below10)
    d.p("5. В декабре 2021 г. проведено 4 муниципальных методических объединения кураторов, обучено 23 педагога "
        "(КПК ВИРО, 36 ч.); на 2022 год запланировано вовлечение в наставничество не менее 25% обучающихся.")
    d.sign("Заместитель начальника управления образования\t\tЕ.А. Смирнова\nТел. 8 (49235) 2-10-71")
    return d


# ------------------------------------------------------------------ 4. Конаковский район (docx)
KONAKOVO = [("konakovo/school-1", "МБОУ СОШ № 1 г. Конаково", "СОШ № 1 г. Конаково"),
            ("konakovo/school-2", "МБОУ СОШ № 2 г. Конаково", "СОШ № 2"),
            ("konakovo/school-3", "МБОУ СОШ № 3 г. Конаково", "СОШ № 3"),
            ("konakovo/school-7", "МБОУ СОШ № 7 г. Конаково", "СОШ № 7"),
            ("konakovo/kozlovo", "МБОУ Козловская СОШ", "Козловская СОШ"),
            ("konakovo/redkino", "МБОУ Редкинская СОШ", "Редкинская СОШ"),
            ("konakovo/novozavidovo", "МБОУ Новозавидовская СОШ", "Новозавидовская СОШ"),
            ("konakovo/selikhovo", "МБОУ Селиховская СОШ", "Селиховская СОШ"),
            ("konakovo/yurievo", "МБОУ Юрьево-Девичьевская СОШ", "Юрьево-Девичьевская СОШ"),
            ("konakovo/vakhonino", "МБОУ Вахонинская ООШ", "Вахонинская ООШ")]


def doc_konakovo_2022():
    rng = random.Random(404)
    d = Doc("konakovo_spravka_2022", "docx", "Конаковский район", "2022-11-30")
    d.title("Управление образования администрации Конаковского района Тверской области\n"
            "Информационная справка\nоб организации наставничества молодых специалистов и участии предприятий "
            "в реализации целевой модели наставничества\n(на 30.11.2022)")
    d.h("1. Наставничество в отношении молодых специалистов")
    d.p("1.1. В соответствии с региональной целевой моделью наставничества педагогических работников и "
        "распоряжением Минпросвещения России от 25.12.2019 № Р-145 в ОО Конаковского района организовано "
        "сопровождение молодых специалистов (педагогов со стажем работы до 3 лет); сведения о количестве молодых "
        "специалистов и об их включении в программы наставничества в роли наставляемого приведены в таблице 1.")
    cols = [Col("Количество молодых специалистов (стаж до 3 лет), чел.", "young_teachers"),
            Col("Из них в роли наставляемого, чел.", "young_teacher_mentees"),
            Col("Доля молодых специалистов в роли наставляемого, %", "young_teacher_mentee_share_pct", kind="pct")]
    t = Table(cols, caption="Таблица 1")
    none = {"konakovo/selikhovo", "konakovo/vakhonino", "konakovo/yurievo"}
    yrows = []
    for cl, nm, short in KONAKOVO:
        if cl in none:
            t.data(nm, cl, [Text("Нет молодых специалистов"), DASH, DASH])
            continue
        y = rng.randint(2, 9)
        m = y if rng.random() < 0.45 else rng.randint(max(1, y - 3), y - 1)
        sh = round(100 * m / y, 1)
        pr = sh
        if cl == "konakovo/school-2":
            pr = round(100 * (m + 1) / y, 1) if m + 1 <= y else round(sh - 20, 1)   # planted
        t.data(nm, cl, [y, m, pr])
        yrows.append((cl, nm, short, y, m, pr))
        d.c_share("young_teacher_mentee_share_pct", nm, pr, m, y)
    Y = sum(r[3] for r in yrows)
    M = sum(r[4] for r in yrows)
    t.total("Всего по району", [Y, M, round(100 * M / Y, 1)])
    d.c_sum("young_teachers", "строка «Всего по району»", Y, Y)
    d.c_sum("young_teacher_mentees", "строка «Всего по району»", M, M)
    d.c_share("young_teacher_mentee_share_pct", "строка «Всего по району»", round(100 * M / Y, 1), M, Y)
    d.table(t)
    d.p(f"1.2. Молодые специалисты работают в {len(yrows)} из {len(KONAKOVO)} ОО района, всего {Y} чел., из них "
        f"{M} чел. ({pc(100 * M / Y, 0)}%) закреплены за наставниками приказами руководителей ОО; целевой "
        f"показатель (100% молодых специалистов в роли наставляемого) пока не достигнут.")
    d.c_count("young_teachers", f"молодые специалисты работают в {len(yrows)} ОО", len(yrows), len(yrows))
    d.c_count("organizations", f"из {len(KONAKOVO)} ОО района", len(KONAKOVO), len(KONAKOVO))
    d.c_share("young_teacher_mentees", f"{M} от {Y}", round(100 * M / Y), M, Y, dec=0)
    d.c_target("young_teacher_mentee_share_pct", "100% молодых специалистов", 100, 100 * M / Y, False)
    full = [r[2] for r in yrows if r[3] == r[4]]
    d.p(f"1.3. Все молодые специалисты включены в программы наставничества в {', '.join(full)}. В "
        f"Селиховской, Юрьево-Девичьевской СОШ и Вахонинской ООШ молодых специалистов нет.")
    d.c_member("young_teacher_mentee_share_pct", "100% молодых специалистов в роли наставляемого", full, full)
    d.h("2. Участие предприятий и организаций")
    cols2 = [Col("Количество предприятий (организаций), предоставивших наставников", "partner_enterprises", unit="count"),
             Col("Наставников – представителей предприятий, чел.", "mentors", form="работодатель-ученик"),
             Col("Обучающихся-наставляемых, чел.", "mentees", form="работодатель-ученик")]
    t2 = Table(cols2, caption="Таблица 2", numcol=False,
               header=[["ОО", "Форма «работодатель – ученик»", "Форма «работодатель – ученик»", "Форма «работодатель – ученик»"],
                       ["ОО"] + [c.title for c in cols2]])
    partners = ["konakovo/school-1", "konakovo/school-2", "konakovo/redkino", "konakovo/kozlovo", "konakovo/novozavidovo"]
    prow = []
    for cl, nm, short in KONAKOVO:
        if cl not in partners:
            continue
        pe = rng.randint(1, 4)
        mn = pe + rng.randint(0, 4)
        me = mn * rng.randint(2, 5)
        t2.data(short, cl, [pe, mn, me])
        prow.append((short, pe, mn, me))
    PE, MN, ME = (sum(r[k] for r in prow) for k in (1, 2, 3))
    t2.total("Всего", [PE, MN, ME])
    for ind, v in (("partner_enterprises", PE), ("mentors", MN), ("mentees", ME)):
        d.c_sum(ind, "строка «Всего» табл. 2", v, v)
    d.table(t2)
    d.p(f"2.1. Форма «работодатель – ученик» реализуется в {len(prow)} ОО при участии {PE} предприятий и организаций "
        f"(АО «Конаковская ГРЭС», ООО «Редкинский опытный завод», ГБП ОУ «Конаковский энергетический колледж» и др.), "
        f"которыми предоставлено {MN} наставников для {ME} обучающихся.")
    d.c_count("partner_enterprises", f"реализуется в {len(prow)} ОО", len(prow), len(prow))
    d.c_sum("partner_enterprises", "в тексте: предприятий и организаций", PE, PE)
    d.p("2.2. В 2023 году планируется заключить ещё 6 соглашений о сотрудничестве; ответственным за "
        "взаимодействие с предприятиями назначен специалист УО (тел. 8 (48242) 4-91-27).")
    d.sign("Начальник управления образования\t\tИ.Г. Крылова")
    return d


# ------------------------------------------------------------------ 5. Ржев (odt)
RZHEV = [("rzhev/school-1", "МОУ «СОШ № 1»"), ("rzhev/school-2", "МОУ «СОШ № 2»"),
         ("rzhev/school-4", "МОУ «СОШ № 4»"), ("rzhev/school-5", "МОУ «СОШ № 5»"),
         ("rzhev/school-7", "МОУ «СОШ № 7»"), ("rzhev/school-9", "МОУ «СОШ № 9»"),
         ("rzhev/gymn-10", "МОУ «Гимназия № 10»"), ("rzhev/school-12", "МОУ «СОШ № 12»"),
         ("rzhev/school-13", "МОУ «СОШ № 13»"), ("rzhev/lyceum-35", "МОУ «Лицей № 35»")]


def doc_rzhev_2023():
    rng = random.Random(405)
    d = Doc("rzhev_itogi_2023", "odt", "город Ржев", "2023-05-31")
    d.title("Отдел образования администрации города Ржева Тверской области\n"
            "Аналитическая справка\nпо итогам реализации программ наставничества в ОО города Ржева "
            "в 2022-2023 учебном году\n(по состоянию на 31.05.2023)")
    d.h("1. Выполнение плановых показателей")
    d.p("Приказом отдела образования от 01.09.2022 № 210 для каждой ОО установлено плановое количество участников "
        "программ наставничества (наставников и наставляемых); сопоставление плановых и фактических значений "
        "по данным отчётов ОО приведено ниже.")
    cols = [Col("Плановое количество участников программы наставничества (приказ № 210), чел.", "planned_participants"),
            Col("Фактическое количество участников программы, чел.", "program_participants"),
            Col("Количество наставнических пар (групп)", "pairs", unit="count")]
    t = Table(cols)
    rows = []
    under = {"rzhev/school-4", "rzhev/school-12", "rzhev/school-9"}
    for cl, nm in RZHEV:
        pl = rng.randrange(30, 110, 5)
        fa = pl + rng.randint(1, 12) if cl not in under else pl - rng.randint(4, 15)
        if cl == "rzhev/school-7":
            fa = pl
        pr = fa // 2 - rng.randint(0, 5)
        rows.append((cl, nm, pl, fa, pr))
        t.data(nm, cl, [pl, fa, pr])
    PL, FA, PR = (sum(r[k] for r in rows) for k in (2, 3, 4))
    t.total("Итого", [PL, FA + 10, PR])                                   # planted in program_participants
    d.c_sum("planned_participants", "строка «Итого»", PL, PL)
    d.c_sum("program_participants", "строка «Итого»", FA + 10, FA)
    d.c_sum("pairs", "строка «Итого»", PR, PR)
    d.table(t)
    d.p(f"1.1. Плановое количество участников программ наставничества по городу составило {PL} чел., фактически в "
        f"программы вовлечено {FA} чел., т.е. план выполнен на {pc(100 * FA / PL)}%; сформировано {PR} наставнических "
        f"пар (групп).")
    d.c_sum("planned_participants", "в тексте: плановое количество", PL, PL)
    d.c_sum("program_participants", "в тексте: фактически вовлечено", FA, FA)
    d.c_share("program_participants", f"{FA} от {PL}", round(100 * FA / PL, 1), FA, PL)
    over = [r[1] for r in rows if r[3] > r[2]]
    miss = [r[1] for r in rows if r[3] < r[2]]
    d.p(f"1.2. Плановые показатели превышены в {len(over)} ОО ({', '.join(over)}), в МОУ «СОШ № 7» выполнены "
        f"на 100%; не выполнены плановые показатели в {', '.join(miss)}, что руководители объясняют сменой кураторов "
        f"и длительными больничными листами наставников.")
    d.c_count("program_participants", f"превышены в {len(over)} ОО", len(over), len(over))
    d.c_member("program_participants", "превысили плановые показатели", over, over)
    d.c_member("program_participants", "не выполнили плановые показатели", miss, miss)
    d.c_count("organizations", "все ОО города", len(rows), len(rows))
    d.h("2. Методическое сопровождение")
    d.p(f"2.1. В течение учебного года во всех {len(rows)} ОО проведены мониторинги удовлетворённости участников, "
        "городским методическим объединением проведено 3 семинара и 1 стажировочная площадка; в 2023-2024 учебном "
        "году запланировано вовлечь в программы наставничества не менее 680 участников.")
    d.sign("Заведующий отделом образования\t\tА.В. Кудрявцев")
    return d


# ------------------------------------------------------------------ 6. Боровичский район (docx, landscape)
BOROVICHI = [("borovichi/gymnasium", "МАОУ «Гимназия» г. Боровичи", "Гимназия"),
             ("borovichi/school-1", "МАОУ «СОШ № 1»", "СОШ № 1"),
             ("borovichi/school-3", "МАОУ «СОШ № 3»", "СОШ № 3"),
             ("borovichi/school-8", "МАОУ «СОШ № 8»", "СОШ № 8"),
             ("borovichi/school-9", "МАОУ «СОШ № 9»", "СОШ № 9"),
             ("borovichi/school-11", "МАОУ «СОШ № 11»", "СОШ № 11"),
             ("borovichi/opechenskaya", "МАОУ «Опеченская СОШ»", "Опеченская СОШ"),
             ("borovichi/konchanskaya", "МАОУ «Кончанская СОШ»", "Кончанская СОШ"),
             ("borovichi/zhelezkovskaya", "МАОУ «Железковская ООШ»", "Железковская ООШ"),
             ("borovichi/sushanskaya", "МАОУ «Сушанская СОШ»", "Сушанская СОШ")]


def doc_borovichi_2022():
    rng = random.Random(406)
    d = Doc("borovichi_spravka_2022", "docx", "Боровичский район", "2022-12-15", landscape=True)
    d.title("Комитет образования Администрации Боровичского муниципального района\n"
            "Аналитическая справка\nо реализации целевой модели наставничества в общеобразовательных "
            "организациях Боровичского муниципального района\n(по состоянию на 15.12.2022)")
    d.h("1. Нормативное обеспечение")
    d.p("Реализация целевой модели наставничества осуществляется на основании приказа министерства образования "
        "Новгородской области и приказа комитета образования от 10.09.2021 № 398; во всех ОО района приняты "
        "положения о наставничестве, утверждены программы и дорожные карты, сведения размещены на официальных сайтах.")
    d.h("2. Участники программ наставничества")
    forms = ["ученик-ученик", "учитель-учитель", "студент-ученик", "работодатель-ученик"]
    ft = ["«Ученик – ученик»", "«Учитель – учитель»", "«Студент – ученик»", "«Работодатель – ученик»"]
    cols = []
    hdr1 = ["№ п/п", "ОО"]
    hdr2 = ["№ п/п", "ОО"]
    for f, tt in zip(forms, ft):
        cols += [Col("наставников", "mentors", form=f, dash0=True), Col("наставляемых", "mentees", form=f, dash0=True)]
        hdr1 += [tt, tt]
        hdr2 += ["наставников", "наставляемых"]
    t = Table(cols, header=[hdr1, hdr2], caption="Таблица 1. Количество участников по формам наставничества, чел.")
    stud = {"borovichi/school-1", "borovichi/school-9", "borovichi/opechenskaya"}
    emp = {"borovichi/gymnasium", "borovichi/school-1", "borovichi/school-3", "borovichi/school-11"}
    rows = []
    for cl, nm, short in BOROVICHI:
        small = "ООШ" in nm or cl in ("borovichi/konchanskaya", "borovichi/sushanskaya")
        uu_m = rng.randint(5, 24) if not small else rng.randint(2, 6)
        uu_e = uu_m + rng.randint(0, uu_m)
        tt_m = rng.randint(2, 9) if not small else rng.randint(1, 2)
        tt_e = tt_m + rng.randint(0, 2)
        su_m = rng.randint(2, 6) if cl in stud else 0
        su_e = su_m * rng.randint(2, 4) if su_m else 0
        ru_m = rng.randint(1, 4) if cl in emp else 0
        ru_e = ru_m * rng.randint(3, 6) if ru_m else 0
        v = [uu_m, uu_e, tt_m, tt_e, su_m, su_e, ru_m, ru_e]
        rows.append((cl, nm, short, v))
        t.data(nm, cl, [x if x else DASH for x in v])
    sums = [sum(r[3][k] for r in rows) for k in range(8)]
    printed = list(sums)
    t.total("ИТОГО", printed)
    for k in range(8):
        role = "mentors" if k % 2 == 0 else "mentees"
        d.c_sum(role, f"ИТОГО, {forms[k // 2]}, {'наставников' if k % 2 == 0 else 'наставляемых'}", printed[k], sums[k])
    d.table(t)
    MN = sum(sums[0::2])
    ME = sum(sums[1::2])
    d.p(f"2.1. Всего в программах наставничества в {len(rows)} ОО района задействовано {MN} наставников и {ME} "
        f"наставляемых. Из {ME} наставляемых {sums[1]} чел. участвуют в форме «ученик – ученик», {sums[3]} – "
        f"«учитель – учитель», {sums[5]} – «студент – ученик», {sums[7]} – «работодатель – ученик».")
    d.c_count("organizations", f"в {len(rows)} ОО района", len(rows), len(rows))
    d.c_sum("mentors", "в тексте: наставников всего", MN, MN)
    d.c_sum("mentees", "в тексте: наставляемых всего", ME, ME)
    d.c_comp("mentees", f"{ME} = по формам", ME, sums[1::2])
    stud_m = sums[0]
    ped_m = sums[2]
    emp_m = sums[6] + sums[4]
    d.p(f"2.2. Состав наставников: {stud_m} обучающихся (форма «ученик – ученик»), {ped_m - 3} педагогических "
        f"работников и {emp_m} представителей предприятий, организаций и профессиональных образовательных "
        f"организаций (студенты Боровичского педагогического колледжа, специалисты АО «Боровичский комбинат "
        f"огнеупоров»), итого {MN} чел.")
    d.c_comp("mentors", f"{MN} = {stud_m} + {ped_m - 3} + {emp_m}", MN, [stud_m, ped_m - 3, emp_m])   # planted
    tt_vals = [r[3][2] for r in rows]
    d.p(f"2.3. В среднем на одну ОО приходится {pc(sum(tt_vals) / len(tt_vals))} наставника из числа педагогических "
        f"работников в форме «учитель – учитель»; форма «ученик – ученик» реализуется во всех {len(rows)} ОО.")
    d.c_mean("mentors", "в среднем наставников учитель-учитель на одну ОО", round(sum(tt_vals) / len(tt_vals), 1), tt_vals)
    d.c_count("mentees", "форма ученик-ученик во всех ОО", len(rows), sum(1 for r in rows if r[3][1] > 0))
    su = [r[2] for r in rows if r[3][4] > 0]
    ru = [r[2] for r in rows if r[3][6] > 0]
    d.p(f"2.4. Форма «студент – ученик» реализуется в МАОУ «{su[0]}», «{su[1]}» и «{su[2]}»; форма «работодатель – "
        f"ученик» – в {len(ru)} ОО ({', '.join(ru)}). В 2023 году планируется расширить её до 6 ОО.")
    d.c_member("mentors", "список ОО формы студент-ученик", su, su)
    d.c_member("mentors", "список ОО формы работодатель-ученик", ru, ru)
    d.c_count("mentors", f"работодатель-ученик в {len(ru)} ОО", len(ru), len(ru))
    d.h("3. Выводы")
    d.p("Кураторам ОО обеспечить проведение итогового мониторинга эффективности программ наставничества до "
        "25.05.2023; методическому кабинету (тел. 8 (81664) 9-11-52) организовать 2 обучающих семинара.")
    d.sign("Председатель комитета образования\t\tН.В. Иванова")
    return d


# ------------------------------------------------------------------ 7. Валдайский район (txt utf-8)
VALDAY = [("valday/school-1", "МАОУ «СШ № 1 г. Валдай»"), ("valday/school-2", "МАОУ «СОШ № 2 г. Валдай»"),
          ("valday/edrovo", "МАОУ «Едровская СОШ»"), ("valday/ivanteevo", "МАОУ «Ивантеевская СОШ»"),
          ("valday/korotskoe", "МАОУ «Короцкая СШ»"), ("valday/roshchino", "МАОУ «Рощинская СОШ»"),
          ("valday/yazhelbitsy", "МАОУ «Яжелбицкая СОШ»")]


def doc_valday_2023():
    rng = random.Random(407)
    d = Doc("valday_spravka_2023", "txt", "Валдайский район", "2023-05-20")
    d.title("Комитет образования Администрации Валдайского муниципального района\n"
            "Справка о реализации вариантов (ролевых моделей) форм наставничества в ОО района\n"
            "по состоянию на 20.05.2023")
    d.p("1. По итогам 2022-2023 учебного года кураторами целевой модели наставничества представлены сведения о "
        "количестве наставнических пар по вариантам форм «ученик – ученик» и «учитель – учитель» (методические "
        "рекомендации к распоряжению Минпросвещения России № Р-145). Данные сведены в таблицу.")
    vs = [("ученик-ученик", "успевающий - неуспевающий", "«успевающий – неуспевающий»"),
          ("ученик-ученик", "лидер - пассивный", "«лидер – пассивный»"),
          ("ученик-ученик", "равный - равному", "«равный – равному»"),
          ("учитель-учитель", "коллега - молодой коллега", "«коллега – молодой коллега»"),
          ("учитель-учитель", "молодой специалист - опытный педагог", "«молодой специалист – опытный педагог»")]
    cols = [Col(tt, "pairs", form=f, variant=v, unit="count", dash0=True) for f, v, tt in vs]
    hdr = [["№", "ОО", "Форма «ученик – ученик»", "Форма «ученик – ученик»", "Форма «ученик – ученик»",
            "Форма «учитель – учитель»", "Форма «учитель – учитель»"],
           ["№", "ОО"] + [tt for _, _, tt in vs]]
    t = Table(cols, header=hdr, caption="Количество наставнических пар (групп) по вариантам")
    rows = []
    for cl, nm in VALDAY:
        big = cl in ("valday/school-1", "valday/school-2")
        v = [rng.randint(6, 15) if big else rng.randint(2, 5),
             rng.randint(2, 7) if big else rng.choice([0, 1, 2]),
             rng.randint(0, 5) if big else rng.choice([0, 0, 1]),
             rng.randint(1, 4) if big else rng.choice([0, 1]),
             rng.randint(1, 3) if big else rng.choice([0, 1])]
        rows.append((cl, nm, v))
        t.data(nm, cl, [x if x else DASH for x in v])
    sums = [sum(r[2][k] for r in rows) for k in range(5)]
    printed = list(sums)
    printed[1] += 3                                                     # planted
    t.total("Итого", printed)
    for k, (f, v, tt) in enumerate(vs):
        d.c_sum("pairs", f"Итого, вариант {v}", printed[k], sums[k])
    d.table(t)
    uu = sum(sums[:3])
    tt_ = sum(sums[3:])
    allp = uu + tt_
    d.p(f"2. По форме «ученик – ученик» в ОО района работают {uu} пар ({sums[0]} – «успевающий – неуспевающий», "
        f"{sums[1]} – «лидер – пассивный», {sums[2]} – «равный – равному»), по форме «учитель – учитель» – {tt_} пар "
        f"({sums[3]} и {sums[4]} соответственно), всего {allp} пар.")
    d.c_comp("pairs", f"{uu} = {sums[0]} + {sums[1]} + {sums[2]}", uu, sums[:3])
    d.c_comp("pairs", f"{tt_} = {sums[3]} + {sums[4]}", tt_, sums[3:])
    d.c_sum("pairs", "в тексте: всего пар", allp, allp)
    n_us = sum(1 for r in rows if r[2][0] > 0)
    d.p(f"3. Вариант «успевающий – неуспевающий» используют все {n_us} ОО; на форму «ученик – ученик» приходится "
        f"{pc(100 * uu / allp, 0)}% всех наставнических пар. Вариант «равный – равному» реализуется в "
        f"{sum(1 for r in rows if r[2][2] > 0)} ОО.")
    d.c_count("pairs", "вариант успевающий-неуспевающий во всех ОО", n_us, n_us)
    d.c_share("pairs", f"ученик-ученик {uu} от {allp}", round(100 * uu / allp), uu, allp, dec=0)
    n_eq = sum(1 for r in rows if r[2][2] > 0)
    d.c_count("pairs", "вариант равный-равному в N ОО", n_eq, n_eq)
    no_tt = [r[1] for r in rows if r[2][3] == 0 and r[2][4] == 0]
    if no_tt:
        d.p(f"4. Наставничество по форме «учитель – учитель» не организовано в {', '.join(no_tt)} (отсутствуют "
            f"молодые специалисты и вновь прибывшие педагоги).")
        d.c_member("pairs", "нет пар учитель-учитель", no_tt, no_tt)
    d.p("5. В сентябре 2023 г. планируется провести районный фестиваль наставнических практик (15 команд), "
        "заявки принимаются по адресу valday-edu@mail.ru.")
    d.sign("Главный специалист комитета образования  М.С. Егорова  8 (81666) 2-18-43")
    return d


# ------------------------------------------------------------------ 8. Бузулук (pdf)
BUZULUK = [("buzuluk/school-1", "МОБУ «СОШ № 1»"), ("buzuluk/gymn-1", "МОБУ «Гимназия № 1»"),
           ("buzuluk/school-2", "МОБУ «СОШ № 2»"), ("buzuluk/school-3", "МОАУ «СОШ № 3»"),
           ("buzuluk/school-4", "МОБУ «СОШ № 4»"), ("buzuluk/school-5", "МОБУ «СОШ № 5»"),
           ("buzuluk/school-6", "МОБУ «СОШ № 6»"), ("buzuluk/school-7", "МОБУ «СОШ № 7»"),
           ("buzuluk/school-8", "МОБУ «СОШ № 8»"), ("buzuluk/school-10", "МОБУ «СОШ № 10»"),
           ("buzuluk/school-11", "МОБУ «СОШ № 11»"), ("buzuluk/school-12", "МОБУ «СОШ № 12»"),
           ("buzuluk/school-13", "МОБУ «ООШ № 13»"), ("buzuluk/lyceum", "МОАУ «Лицей»")]


def doc_buzuluk_2022():
    rng = random.Random(408)
    d = Doc("buzuluk_spravka_2022", "pdf", "город Бузулук", "2022-12-01", landscape=True)
    d.title("Управление образования администрации города Бузулука\nСправка\n"
            "по итогам мониторинга вовлечения обучающихся в различные формы наставничества\n"
            "по состоянию на 01.12.2022")
    d.p("В соответствии с приказом министерства образования Оренбургской области и приказом управления образования "
        "от 07.10.2022 № 01-10/612 проведён мониторинг показателей целевой модели наставничества в "
        "общеобразовательных организациях города; результаты представлены в таблице.")
    cols = [Col("Численность обучающихся 10–19 лет, чел.", "students_total"),
            Col("Обучающихся 10–19 лет в роли наставляемого, чел.", "mentees"),
            Col("Доля обучающихся 10–19 лет в роли наставляемого, %", "mentee_share_pct", kind="pct"),
            Col("Обучающихся 15–19 лет в роли наставника, чел.", "mentors"),
            Col("Доля обучающихся 15–19 лет в роли наставника, %", "mentor_share_pct", kind="pct"),
            Col("Количество реализуемых форм", "forms_count", unit="count")]
    t = Table(cols)
    rows = []
    for cl, nm in BUZULUK:
        tot = rng.randint(420, 1150) if "ООШ" not in nm else rng.randint(120, 200)
        men = int(tot * rng.uniform(0.12, 0.47))
        ms = round(rng.uniform(7, 21), 1)
        mentors = int(tot * 0.35 * ms / 100) + 1
        fc = rng.randint(2, 5) if "ООШ" not in nm else 1
        sh = round(100 * men / tot, 1)
        rows.append((cl, nm, tot, men, sh, mentors, ms, fc))
        t.data(nm, cl, [tot, men, sh, mentors, ms, fc])
        d.c_share("mentee_share_pct", nm, sh, men, tot)
        if cl == "buzuluk/school-7":
            t.note("Примечание: сведения МОБУ «СОШ № 8» приведены на 01.11.2022 (ОО на капитальном ремонте, обучение во вторую смену)")
    T = sum(r[2] for r in rows)
    M = sum(r[3] for r in rows)
    MT = sum(r[5] for r in rows)
    t.total("Итого по городу", [T, M, round(100 * M / T, 1), MT, "", ""])
    d.c_sum("students_total", "Итого по городу", T, T)
    d.c_sum("mentees", "Итого по городу", M, M)
    d.c_sum("mentors", "Итого по городу", MT, MT)
    d.c_share("mentee_share_pct", "Итого по городу", round(100 * M / T, 1), M, T)
    d.table(t)
    d.p(f"1. Мониторинг проведён во всех {len(rows)} ОО города. В роли наставляемого в различных формах "
        f"наставничества выступают {n(M)} обучающихся в возрасте 10–19 лет, что составляет {pc(100 * M / T)}% от их "
        f"общей численности ({n(T)} чел.); региональный целевой показатель на 2022 год (не менее 20%) достигнут.")
    d.c_count("organizations", f"во всех {len(rows)} ОО", len(rows), len(rows))
    d.c_target("mentee_share_pct", "не менее 20%", 20, 100 * M / T, True)
    hi = [r[1] for r in rows if r[4] > 40]
    lo = [r[1] for r in rows if r[4] < 20]
    lo_stated = lo + [next(r[1] for r in rows if 20 <= r[4] < 25)] if any(20 <= r[4] < 25 for r in rows) else lo[:-1]
    d.p(f"2. Доля обучающихся в роли наставляемого превышает 40% в {', '.join(hi)}; менее 20% – в "
        f"{', '.join(lo_stated)}.")
    d.c_member("mentee_share_pct", "превышает 40%", hi, hi)
    d.c_member("mentee_share_pct", "менее 20%", lo_stated, lo)                 # planted
    ms = [r[6] for r in rows]
    d.p(f"3. В роли наставника выступают {MT} обучающихся в возрасте 15–19 лет; средний по городу показатель доли "
        f"обучающихся 15–19 лет в роли наставника – {pc(sum(ms) / len(ms))}% (в 2021 г. – 8,4%).")
    d.c_sum("mentors", "в тексте: обучающихся в роли наставника", MT, MT)
    d.c_mean("mentor_share_pct", "средний по городу показатель", round(sum(ms) / len(ms), 1), ms)
    fc = [r[7] for r in rows]
    d.p(f"4. В среднем в ОО реализуется {pc(sum(fc) / len(fc))} формы наставничества; максимальное количество форм "
        f"(5) реализуют {', '.join(r[1] for r in rows if r[7] == 5)}.")
    d.c_mean("forms_count", "в среднем форм", round(sum(fc) / len(fc), 1), fc)
    five = [r[1] for r in rows if r[7] == 5]
    d.c_member("forms_count", "5 форм", five, five)
    d.p("5. На 2023 год управлением образования установлен ориентир – 25% обучающихся в роли наставляемого и "
        "15% обучающихся 15–19 лет в роли наставника; ответственный – главный специалист УО (тел. 8 (35342) 2-44-80).")
    d.sign("Начальник управления образования\t\tЛ.Р. Зиннатуллина")
    return d


# ------------------------------------------------------------------ 9. Сакмарский район (docx)
SAKMARA = [("sakmara/sakmarskaya", "МБОУ «Сакмарская СОШ»"), ("sakmara/tatkargala", "МБОУ «Татаро-Каргалинская СОШ»"),
           ("sakmara/belovskaya", "МБОУ «Беловская СОШ»"), ("sakmara/egorievskaya", "МБОУ «Егорьевская СОШ»"),
           ("sakmara/dmitrievskaya", "МБОУ «Дмитриевская СОШ»"), ("sakmara/marievskaya", "МБОУ «Марьевская СОШ»"),
           ("sakmara/svetlinskaya", "МБОУ «Светлинская ООШ»"), ("sakmara/kamenskaya", "МБОУ «Каменская СОШ»"),
           ("sakmara/arkhipovskaya", "МБОУ «Архиповская СОШ»"), ("sakmara/yakovlevskaya", "МБОУ «Яковлевская СОШ»")]


def doc_sakmara_2021():
    rng = random.Random(409)
    d = Doc("sakmara_spravka_2021", "docx", "Сакмарский район", "2021-12-27")
    d.title("Отдел образования администрации муниципального образования Сакмарский район\n"
            "ИНФОРМАЦИОННАЯ СПРАВКА\nо внедрении целевой модели наставничества в образовательных организациях "
            "Сакмарского района Оренбургской области\n(по состоянию на 27.12.2021)")
    d.h("1.")
    d.p("С 1 сентября 2021 года в соответствии с приказом отдела образования от 30.08.2021 № 183 во всех "
        "общеобразовательных организациях района начато внедрение целевой модели наставничества; по итогам "
        "проверки, проведённой 10–17 декабря 2021 г. (акт № 14 от 20.12.2021), установлено следующее.")
    cols = [Col("Вовлечено обучающихся", "students_involved"),
            Col("Вовлечено педагогов", "teachers_involved"),
            Col("Количество предприятий (организаций), предоставивших наставников", "partner_enterprises",
                unit="count", dash0=True)]
    t = Table(cols, header=[["№", "ОО", "Количество участников ЦМН, чел.", "Количество участников ЦМН, чел.",
                             "Количество предприятий (организаций), предоставивших наставников"],
                            ["№", "ОО", "Вовлечено обучающихся", "Вовлечено педагогов",
                             "Количество предприятий (организаций), предоставивших наставников"]])
    rows = []
    partners = {"sakmara/sakmarskaya", "sakmara/tatkargala", "sakmara/belovskaya", "sakmara/kamenskaya",
                "sakmara/dmitrievskaya", "sakmara/yakovlevskaya"}
    for cl, nm in SAKMARA:
        s = rng.randint(18, 120) if "ООШ" not in nm else rng.randint(8, 16)
        tch = rng.randint(4, 16)
        pe = rng.randint(1, 3) if cl in partners else 0
        rows.append((cl, nm, s, tch, pe))
        t.data(nm, cl, [s, tch, pe if pe else DASH])
    S, TC, PE = (sum(r[k] for r in rows) for k in (2, 3, 4))
    t.total("Всего по району", [S, TC, PE])
    for ind, v in (("students_involved", S), ("teachers_involved", TC), ("partner_enterprises", PE)):
        d.c_sum(ind, "строка «Всего по району»", v, v)
    d.table(t)
    d.h("2.")
    d.p(f"2.1. В реализацию целевой модели наставничества вовлечены все {len(rows)} ОО района, всего {S + TC} "
        f"участников, из них {S} обучающихся и {TC} педагогических работников; обучающиеся составляют "
        f"{pc(100 * S / (S + TC), 0)}% от общего числа участников.")
    d.c_count("organizations", f"все {len(rows)} ОО района", len(rows), len(rows))
    d.c_comp("students_involved", f"{S + TC} = {S} + {TC}", S + TC, [S, TC])
    d.c_share("students_involved", f"{S} от {S + TC}", round(100 * S / (S + TC)), S, S + TC, dec=0)
    pl = [r[1] for r in rows if r[4] > 0]
    d.p(f"2.2. Наставников для обучающихся предоставили {PE} предприятий и организаций района (СПК «Сакмарский», "
        f"ООО «Агрофирма «Краснохолмская», ГАПОУ «Сакмарский аграрный техникум» и др.); с предприятиями "
        f"взаимодействуют {len(pl)} ОО: {', '.join(pl)}.")
    d.c_sum("partner_enterprises", "в тексте: предприятий и организаций", PE, PE)
    d.c_count("partner_enterprises", f"взаимодействуют {len(pl)} ОО", len(pl), len(pl))
    d.c_member("partner_enterprises", "ОО, взаимодействующие с предприятиями", pl, pl)
    d.p(f"2.3. В среднем в одной ОО в программы наставничества вовлечено {pc(S / len(rows), 0)} обучающихся и "
        f"{pc(TC / len(rows), 0)} педагогов. Анкетированием охвачено 312 родителей (законных представителей), "
        f"91% из них положительно оценивают участие детей в программах наставничества.")
    d.c_mean("students_involved", "в среднем обучающихся в одной ОО", round(S / len(rows)), [r[2] for r in rows], dec=0)
    d.c_mean("teachers_involved", "в среднем педагогов в одной ОО", round(TC / len(rows)), [r[3] for r in rows], dec=0)
    d.h("3.")
    d.p("Руководителям ОО в срок до 01.02.2022 актуализировать дорожные карты и разместить отчёты на сайтах; "
        "по вопросам обращаться в отдел образования: 8 (35331) 2-11-73, 2-15-06.")
    d.sign("Начальник отдела образования\t\tТ.А. Гусева")
    return d


# ------------------------------------------------------------------ 10. Медведевский район (odt)
MEDVED = [("medvedevo/medved-1", "МОУ «Медведевская СОШ № 1»", "Медведевская СОШ №1"),
          ("medvedevo/medved-2", "МОУ «Медведевская СОШ № 2»", "Медведевская СОШ №2"),
          ("medvedevo/ruem", "МОУ «Руэмская СОШ»", "Руэмская средняя школа"),
          ("medvedevo/znamensk", "МОУ «Знаменская СОШ»", "Знаменская СОШ"),
          ("medvedevo/kuznetsovo", "МОУ «Кузнецовская СОШ»", "Кузнецовская СОШ"),
          ("medvedevo/krasnooktyabr", "МОУ «Краснооктябрьская СОШ»", "Краснооктябрьская СОШ"),
          ("medvedevo/nurma", "МОУ «Нурминская СОШ»", "Нурминская СОШ"),
          ("medvedevo/pekshiksola", "МОУ «Пекшиксолинская ООШ»", "Пекшиксолинская ООШ"),
          ("medvedevo/kundysh", "МОУ «Кундышская ООШ»", "Кундышская ООШ")]


def doc_medvedevo_2022():
    rng = random.Random(410)
    d = Doc("medvedevo_spravka_2022", "odt", "Медведевский район", "2022-12-26")
    d.title("Отдел образования и по делам молодежи администрации Медведевского муниципального района "
            "Республики Марий Эл\nСправка\nпо результатам мониторинга реализации целевой модели наставничества\n"
            "(по состоянию на 26.12.2022)")
    d.h("1. Охват участников")
    d.p("Мониторинг проводился по форме, утверждённой приказом отдела образования от 01.12.2022 № 356, в ОО "
        "Медведевского района; в таблице 1 приведены сведения о количестве вовлечённых в наставничество "
        "обучающихся и педагогов, а также о численности молодых специалистов.")
    cols = [Col("Обучающихся вовлечено в наставничество", "students_involved"),
            Col("Педагогов вовлечено в наставничество", "teachers_involved"),
            Col("Молодых специалистов", "young_teachers", dash0=True)]
    t = Table(cols, caption="Таблица 1")
    rows = []
    for cl, nm, nm2 in MEDVED:
        s = rng.randint(40, 190) if "ООШ" not in nm else rng.randint(10, 25)
        tch = rng.randint(6, 25) if "ООШ" not in nm else rng.randint(2, 5)
        y = rng.randint(1, 7) if "ООШ" not in nm else 0
        rows.append((cl, nm, nm2, s, tch, y))
        t.data(nm, cl, [s, tch, y if y else DASH])
    S, TC, Y = (sum(r[k] for r in rows) for k in (3, 4, 5))
    t.total("Итого", [S, TC, Y])
    for ind, v in (("students_involved", S), ("teachers_involved", TC), ("young_teachers", Y)):
        d.c_sum(ind, "Итого табл. 1", v, v)
    d.table(t)
    top = [r[1] for r in sorted(rows, key=lambda r: -r[3])[:2]]
    d.p(f"1.1. В программы наставничества вовлечено {S} обучающихся и {TC} педагогов из {len(rows)} ОО района; "
        f"наибольший охват отмечается в {top[0]} и {top[1]}.")
    d.c_count("organizations", f"из {len(rows)} ОО района", len(rows), len(rows))
    d.c_sum("students_involved", "в тексте: обучающихся", S, S)
    d.c_sum("teachers_involved", "в тексте: педагогов", TC, TC)
    d.h("2. Наставничество молодых специалистов")
    yr = [r for r in rows if r[5] > 0]
    cols2 = [Col("Количество молодых специалистов", "young_teachers"),
             Col("Молодых специалистов в роли наставляемого", "young_teacher_mentees"),
             Col("Доля, %", "young_teacher_mentee_share_pct", kind="pct")]
    t2 = Table(cols2, caption="Таблица 2")
    ytot = mtot = 0
    for cl, nm, nm2, s, tch, y in yr:
        y2 = y + 1 if cl == "medvedevo/kuznetsovo" else y                       # planted cross-table
        m = rng.randint(max(1, y2 - 2), y2)
        sh = round(100 * m / y2, 1)
        t2.data(nm2, cl, [y2, m, sh])
        d.c_share("young_teacher_mentee_share_pct", nm2, sh, m, y2)
        d.c_cross("young_teachers", f"молодых специалистов {nm2}: табл. 2 против табл. 1", y2, y)
        ytot += y2
        mtot += m
    t2.total("Итого", [ytot, mtot, round(100 * mtot / ytot, 1)])
    d.c_sum("young_teachers", "Итого табл. 2", ytot, ytot)
    d.c_sum("young_teacher_mentees", "Итого табл. 2", mtot, mtot)
    d.c_share("young_teacher_mentee_share_pct", "Итого табл. 2", round(100 * mtot / ytot, 1), mtot, ytot)
    d.table(t2)
    d.p(f"2.1. Молодые специалисты работают в {len(yr)} ОО района, в основных школах (Пекшиксолинская, Кундышская ООШ) "
        f"молодых специалистов нет. В роли наставляемого в программы наставничества включены {mtot} молодых "
        f"специалистов ({pc(100 * mtot / ytot)}%).")
    d.c_count("young_teachers", f"работают в {len(yr)} ОО", len(yr), len(yr))
    d.c_share("young_teacher_mentees", f"{mtot} от {ytot}", round(100 * mtot / ytot, 1), mtot, ytot)
    d.p("2.2. По итогам 2022 года 2 наставника награждены грамотами Министерства образования и науки Республики "
        "Марий Эл; на 2023 год запланировано проведение районного конкурса «Лучшая наставническая пара».")
    d.sign("Руководитель отдела образования\t\tВ.Н. Майорова")
    return d


# ------------------------------------------------------------------ 11. Волжск (txt utf-8)
VOLZHSK = [("volzhsk/school-1", "МОУ «СОШ № 1 г. Волжска»", "СОШ № 1"),
           ("volzhsk/school-2", "МОУ «СОШ № 2 г. Волжска»", "СОШ № 2"),
           ("volzhsk/school-3", "МОУ «СОШ № 3 г. Волжска»", "СОШ № 3"),
           ("volzhsk/gymn-4", "МОУ «Гимназия № 4 им. А.С. Пушкина»", "гимназия № 4"),
           ("volzhsk/school-5", "МОУ «СОШ № 5 г. Волжска»", "СОШ № 5"),
           ("volzhsk/school-6", "МОУ «СОШ № 6 г. Волжска»", "СОШ № 6"),
           ("volzhsk/school-7", "МОУ «СОШ № 7 г. Волжска»", "СОШ № 7"),
           ("volzhsk/lyceum", "МОУ «Лицей г. Волжска»", "лицей")]


def doc_volzhsk_2023():
    rng = random.Random(411)
    d = Doc("volzhsk_spravka_2023", "txt", "городской округ город Волжск", "2023-06-15")
    d.title("МУ «Отдел образования и по делам молодежи администрации городского округа «Город Волжск»\n"
            "Аналитическая справка по итогам реализации целевой модели наставничества в 2022/2023 учебном году\n"
            "(данные на 15.06.2023)")
    d.p("1. Основанием для подготовки справки являются отчёты ОО, представленные по запросу отдела образования "
        "от 29.05.2023 № 847; сведения о вовлечении участников, количестве пар и реализуемых формах см. в таблице.")
    cols = [Col("Вовлечено обучающихся, чел.", "students_involved"),
            Col("Вовлечено педагогов, чел.", "teachers_involved"),
            Col("Наставнических пар (групп)", "pairs", unit="count"),
            Col("Реализуемых форм наставничества", "forms_count", unit="count")]
    t = Table(cols, numcol=False)
    rows = []
    for cl, nm, short in VOLZHSK:
        s = rng.randint(60, 260)
        tch = rng.randint(8, 30)
        p = (s + tch) // 2 - rng.randint(5, 20)
        fc = rng.randint(2, 5)
        rows.append((cl, nm, short, s, tch, p, fc))
        t.data(nm, cl, [s, tch, p, fc])
    S, TC, P = (sum(r[k] for r in rows) for k in (3, 4, 5))
    t.total("Итого по городу", [S, TC, P, ""])
    for ind, v in (("students_involved", S), ("teachers_involved", TC), ("pairs", P)):
        d.c_sum(ind, "Итого по городу", v, v)
    d.table(t)
    base = 6112
    d.p(f"2. В программы наставничества во всех {len(rows)} ОО города вовлечено {S} обучающихся, что составляет "
        f"{pc(100 * S / base + 4)}% от общей численности обучающихся ({n(base)} чел. на начало учебного года), и "
        f"{TC} педагогов; сформировано {P} наставнических пар (групп).")
    d.c_count("organizations", f"во всех {len(rows)} ОО", len(rows), len(rows))
    d.c_share("students_involved", f"{S} от {base}", round(100 * S / base + 4, 1), S, base)          # planted
    d.c_sum("pairs", "в тексте: пар", P, P)
    fc = [r[6] for r in rows]
    ge4 = [r[2] for r in rows if r[6] >= 4]
    d.p(f"3. В среднем в ОО реализуется {pc(sum(fc) / len(fc))} формы наставничества; четыре и более форм "
        f"реализуют {', '.join(ge4)}.")
    d.c_mean("forms_count", "в среднем форм", round(sum(fc) / len(fc), 1), fc)
    d.c_member("forms_count", "четыре и более форм", ge4, ge4)
    d.p("4. Средний балл удовлетворённости наставляемых – 4,6 (из 5); в 2023/2024 уч. году планируется "
        "вовлечь в наставничество 1 400 обучающихся и провести 12 городских мероприятий.")
    d.sign("Начальник отдела образования  Г.П. Сафина")
    return d


# ------------------------------------------------------------------ 12. Находка (pdf)
NAKHODKA = [("nakhodka/school-1", "МАОУ «СОШ № 1» НГО"), ("nakhodka/school-2", "МАОУ «СОШ № 2» НГО"),
            ("nakhodka/school-5", "МАОУ «СОШ № 5» НГО"), ("nakhodka/school-6", "МАОУ «СОШ № 6» НГО"),
            ("nakhodka/school-9", "МАОУ «СОШ № 9» НГО"), ("nakhodka/school-11", "МАОУ «СОШ № 11» НГО"),
            ("nakhodka/school-12", "МАОУ «СОШ № 12» НГО"), ("nakhodka/school-14", "МАОУ «СОШ № 14» НГО"),
            ("nakhodka/school-20", "МАОУ «СОШ № 20» НГО"), ("nakhodka/school-22", "МАОУ «СОШ № 22» НГО"),
            ("nakhodka/school-23", "МАОУ «СОШ № 23» НГО"), ("nakhodka/school-24", "МАОУ «СОШ № 24» НГО"),
            ("nakhodka/school-25", "МАОУ «СОШ № 25» НГО"), ("nakhodka/gymn-1", "МАОУ «Гимназия № 1» НГО"),
            ("nakhodka/lyceum-1", "МАОУ «Лицей «Технический»»"), ("nakhodka/school-26", "МАОУ «ООШ № 26» НГО")]


def doc_nakhodka_2022():
    rng = random.Random(412)
    d = Doc("nakhodka_spravka_2022", "pdf", "Находкинский городской округ", "2022-12-23")
    d.title("Управление образования администрации Находкинского городского округа\n"
            "Аналитическая справка\nо реализации целевой модели наставничества в муниципальных "
            "общеобразовательных учреждениях Находкинского городского округа\nпо состоянию на 23.12.2022")
    d.h("1. Общие сведения")
    d.p("Целевая модель наставничества реализуется в общеобразовательных учреждениях (далее – ОУ) Находкинского "
        "городского округа с 2021 года на основании приказа министерства образования Приморского края и приказа "
        "управления образования от 20.09.2021 № 598-А; в 2022 году к реализации ЦМН подключено МАОУ «ООШ № 26».")
    cols = [Col("Численность обучающихся, чел.", "students_total"),
            Col("Вовлечено обучающихся, чел.", "students_involved"),
            Col("Вовлечено педагогов, чел.", "teachers_involved"),
            Col("Молодых специалистов, чел.", "young_teachers", dash0=True),
            Col("из них в роли наставляемого", "young_teacher_mentees", dash0=True)]
    t = Table(cols, caption="Таблица 1. Сведения о реализации ЦМН в ОУ НГО")
    rows = []
    for i, (cl, nm) in enumerate(NAKHODKA):
        tot = rng.randint(480, 1300) if "ООШ" not in nm else rng.randint(150, 230)
        inv = int(tot * rng.uniform(0.12, 0.3))
        tch = rng.randint(10, 45) if "ООШ" not in nm else rng.randint(4, 8)
        y = rng.choice([0, 1, 2, 3, 4, 5, 6]) if "ООШ" not in nm else 0
        ym = min(y, rng.randint(max(0, y - 2), y))
        rows.append((cl, nm, tot, inv, tch, y, ym))
        t.data(nm, cl, [tot, inv, tch, y, ym])
        if i == 8:
            t.note("Продолжение таблицы 1")
    T, I, TC, Y, YM = (sum(r[k] for r in rows) for k in (2, 3, 4, 5, 6))
    t.total("Итого по НГО", [T, I, TC, Y, YM])
    for ind, v in (("students_total", T), ("students_involved", I), ("teachers_involved", TC),
                   ("young_teachers", Y), ("young_teacher_mentees", YM)):
        d.c_sum(ind, "Итого по НГО", v, v)
    d.table(t)
    d.h("2. Анализ")
    d.p(f"2.1. В 2022 году в реализации целевой модели наставничества участвовали {len(rows)} ОУ округа; в программы "
        f"наставничества вовлечено {n(I)} обучающихся ({pc(100 * I / T)}% от общей численности – {n(T)} чел.) "
        f"и {TC} педагогических работников.")
    d.c_count("organizations", f"участвовали {len(rows)} ОУ", len(rows), len(rows))
    d.c_share("students_involved", f"{I} от {T}", round(100 * I / T, 1), I, T)
    d.c_sum("teachers_involved", "в тексте: педагогических работников", TC, TC)
    tv = [r[4] for r in rows]
    d.p(f"2.2. В среднем в одном ОУ в наставничество вовлечено {pc(sum(tv) / len(tv), 0)} педагогов; лидерами по "
        f"охвату являются МАОУ «Гимназия № 1» и МАОУ «СОШ № 9», в которых реализуются все формы наставничества.")
    d.c_mean("teachers_involved", "в среднем педагогов в одном ОУ", round(sum(tv) / len(tv)), tv, dec=0)
    yr = [r for r in rows if r[5] > 0]
    noy = [r[1] for r in rows if r[5] == 0]
    d.p(f"2.3. Молодые специалисты (стаж до 3 лет) работают в {len(yr)} ОУ, всего {Y} чел., из них {YM} чел. "
        f"включены в программы наставничества в роли наставляемого ({pc(100 * YM / Y, 0)}%). Молодых специалистов "
        f"нет в {', '.join(noy)}.")
    d.c_count("young_teachers", f"работают в {len(yr)} ОУ", len(yr), len(yr))
    d.c_sum("young_teachers", "в тексте: молодых специалистов", Y, Y)
    d.c_share("young_teacher_mentees", f"{YM} от {Y}", round(100 * YM / Y), YM, Y, dec=0)
    d.c_member("young_teachers", "нет молодых специалистов", noy, noy)
    d.p("2.4. В 2022 году проведены городской форум «Наставник – 2022» (участвовали 146 чел.) и 5 заседаний "
        "ГМО кураторов; горячая линия по вопросам наставничества: 8 (4236) 69-22-04.")
    d.h("3. Задачи на 2023 год")
    d.p("Увеличить долю обучающихся, вовлечённых в наставничество, до 25%; обеспечить 100% охват молодых "
        "специалистов программами наставничества.")
    d.sign("Начальник управления образования\t\tА.А. Шмидт")
    return d


# ------------------------------------------------------------------ 13. Цивильский район (docx)
TSIVIL = [("tsivil/tsivil-1", "МБОУ «Цивильская СОШ № 1 им. М.В. Силантьева»", "Цивильская СОШ № 1"),
          ("tsivil/tsivil-2", "МБОУ «Цивильская СОШ № 2»", "Цивильская СОШ № 2"),
          ("tsivil/bogatyrevo", "МБОУ «Богатыревская СОШ»", "Богатыревская СОШ"),
          ("tsivil/pervomayskoe", "МБОУ «Первомайская СОШ»", "Первомайская СОШ"),
          ("tsivil/taushkasy", "МБОУ «Таушкасинская СОШ»", "Таушкасинская СОШ"),
          ("tsivil/konar", "МБОУ «Конарская СОШ»", "Конарская СОШ"),
          ("tsivil/tuvsi", "МБОУ «Тувсинская СОШ»", "Тувсинская СОШ"),
          ("tsivil/chirichkasy", "МБОУ «Чиричкасинская ООШ»", "Чиричкасинская ООШ"),
          ("tsivil/maloyangorchino", "МБОУ «Малоянгорчинская СОШ»", "Малоянгорчинская СОШ"),
          ("tsivil/povarkasy", "МБОУ «Поваркасинская ООШ»", "Поваркасинская ООШ")]


def doc_tsivil_2021():
    rng = random.Random(413)
    d = Doc("tsivil_spravka_2021", "docx", "Цивильский район", "2021-12-30")
    d.title("Отдел образования и социального развития администрации Цивильского района Чувашской Республики\n"
            "АНАЛИТИЧЕСКАЯ СПРАВКА\nпо результатам мониторинга показателей целевой модели наставничества\n"
            "(по состоянию на 30.12.2021)")
    d.h("1. Показатели")
    d.p("Мониторинг проведён в соответствии с приказом Минобразования Чувашии и приказом отдела образования от "
        "15.11.2021 № 201 по трём показателям региональной целевой модели наставничества; значения показателей "
        "по ОО района приведены в таблице, прочерк означает отсутствие участников соответствующей категории.")
    cols = [Col("Доля обучающихся 10–19 лет в роли наставляемого, %", "mentee_share_pct", kind="pct", dash0=True),
            Col("Доля обучающихся 15–19 лет в роли наставника, %", "mentor_share_pct", kind="pct", dash0=True),
            Col("Доля молодых специалистов в роли наставляемого, %", "young_teacher_mentee_share_pct", kind="pct",
                dash0=True)]
    t = Table(cols)
    rows = []
    for cl, nm, short in TSIVIL:
        a = round(rng.uniform(6, 38), 1)
        b = round(rng.uniform(4, 18), 1)
        c = rng.choice([0, 50.0, 66.7, 100.0, 100.0, 75.0, 33.3])
        if "ООШ" in nm:
            b = 0.0 if cl == "tsivil/povarkasy" else round(rng.uniform(3, 6), 1)
            c = 0.0
        if cl == "tsivil/povarkasy":
            a = 7.4
        rows.append((cl, nm, short, a, b, c))
        t.data(nm, cl, [a, b, c])
    d.table(t)
    A = [r[3] for r in rows]
    B = [r[4] for r in rows]
    C = [r[5] for r in rows]
    d.p(f"1.1. Средний по району показатель доли обучающихся в возрасте 10–19 лет в роли наставляемого "
        f"составил {pc(sum(A) / len(A))}%, доли обучающихся 15–19 лет в роли наставника – {pc(sum(B) / len(B))}%, "
        f"доли молодых специалистов в роли наставляемого – {pc(sum(C) / len(C))}% (по {len(rows)} ОО).")
    d.c_mean("mentee_share_pct", "средний по району показатель", round(sum(A) / len(A), 1), A)
    d.c_mean("mentor_share_pct", "средний по району показатель", round(sum(B) / len(B), 1), B)
    d.c_mean("young_teacher_mentee_share_pct", "средний по району показатель", round(sum(C) / len(C), 1), C)
    d.c_count("organizations", f"по {len(rows)} ОО", len(rows), len(rows))
    lo = [r[2] for r in rows if r[3] < 10]
    hi = [r[2] for r in rows if r[3] >= 30]
    d.p(f"1.2. Показатель доли обучающихся в роли наставляемого ниже 10% в {', '.join(lo) if lo else '—'}; "
        f"30% и выше – в {', '.join(hi)}. Наставничество «ученик – ученик» в Поваркасинской ООШ организовано только "
        f"в варианте «успевающий – неуспевающий», обучающиеся 15–19 лет в роли наставника не задействованы.")
    d.c_member("mentee_share_pct", "ниже 10%", lo, lo)
    d.c_member("mentee_share_pct", "30% и выше", hi, hi)
    mC = sum(C) / len(C)
    d.p(f"1.3. Целевой показатель «доля молодых специалистов в роли наставляемого – не менее 70%» в целом по "
        f"району достигнут. Анкетирование, проведённое в 9 ОО (опрошено 418 обучающихся), показало, что 76% "
        f"наставляемых отмечают рост учебной мотивации.")
    d.c_target("young_teacher_mentee_share_pct", "не менее 70%", 70, mC, True)              # planted (claimed, not met)
    d.h("2. Предложения")
    d.p("Руководителям ОО, не достигшим значения показателя 10%, в срок до 01.03.2022 скорректировать программы "
        "наставничества; методисту ИМЦ (тел. 8 (83545) 2-12-87) организовать консультации для кураторов.")
    d.sign("Начальник отдела образования и социального развития\t\tА.В. Волчкова")
    return d


# ------------------------------------------------------------------ 14. Новочебоксарск (txt cp1251)
NOVOCH = [("novocheb/school-2", "МБОУ \"СОШ № 2\""), ("novocheb/school-3", "МБОУ \"СОШ № 3\""),
          ("novocheb/school-8", "МБОУ \"СОШ № 8\""), ("novocheb/school-10", "МБОУ \"СОШ № 10\""),
          ("novocheb/school-12", "МБОУ \"СОШ № 12\""), ("novocheb/school-13", "МБОУ \"СОШ № 13\""),
          ("novocheb/school-16", "МБОУ \"СОШ № 16\""), ("novocheb/school-17", "МБОУ \"СОШ № 17\""),
          ("novocheb/school-19", "МБОУ \"СОШ № 19\""), ("novocheb/school-20", "МБОУ \"СОШ № 20\""),
          ("novocheb/gymn-6", "МБОУ \"Гимназия № 6\""), ("novocheb/lyceum-18", "МБОУ \"Лицей № 18\"")]


def doc_novocheb_2022():
    rng = random.Random(414)
    d = Doc("novocheb_monitoring_2022", "txt", "город Новочебоксарск", "2022-06-10", enc="cp1251")
    d.title("Отдел образования администрации города Новочебоксарска Чувашской Республики\n"
            "Итоги мониторинга реализации программ наставничества в ОО г. Новочебоксарска\n"
            "(по состоянию на 10.06.2022)")
    d.p("1. Мониторинг проведён в мае-июне 2022 г. в соответствии с приказом отдела образования от 04.05.2022 "
        "№ 312; в нём приняли участие все ОО города. Сводные данные о количестве участников программ "
        "наставничества, количестве наставнических пар, реализуемых формах и предприятиях-партнёрах приведены ниже.")
    cols = [Col("Участников программ наставничества, всего чел.", "program_participants"),
            Col("Наставнических пар (групп)", "pairs", unit="count"),
            Col("Количество реализуемых форм", "forms_count", unit="count"),
            Col("Предприятий-партнеров, предоставивших наставников", "partner_enterprises", unit="count", dash0=True)]
    t = Table(cols)
    rows = []
    partners = {"novocheb/school-2", "novocheb/school-12", "novocheb/school-17", "novocheb/gymn-6",
                "novocheb/lyceum-18", "novocheb/school-20"}
    for cl, nm in NOVOCH:
        pp = rng.randint(40, 220)
        pr = pp // 2 - rng.randint(2, 12)
        fc = rng.randint(1, 5)
        pe = rng.randint(1, 4) if cl in partners else 0
        if cl in partners and fc < 3:
            fc = 3
        if cl in ("novocheb/school-13", "novocheb/school-16"):
            fc = 1
        rows.append((cl, nm, pp, pr, fc, pe))
        t.data(nm, cl, [pp, pr, fc, pe])
    PP, PR, PE = (sum(r[k] for r in rows) for k in (2, 3, 5))
    t.total("ВСЕГО", [PP, PR, "х", PE])
    for ind, v in (("program_participants", PP), ("pairs", PR), ("partner_enterprises", PE)):
        d.c_sum(ind, "строка ВСЕГО", v, v)
    d.table(t)
    d.p(f"2. В программы наставничества в {len(rows)} ОО города вовлечено {n(PP, '')} участников (наставников и "
        f"наставляемых), сформировано {PR} наставнических пар (групп); в среднем на одну ОО приходится "
        f"{pc(PR / len(rows))} пары.")
    d.c_count("organizations", f"в {len(rows)} ОО", len(rows), len(rows))
    d.c_sum("program_participants", "в тексте: участников", PP, PP)
    d.c_mean("pairs", "в среднем пар на одну ОО", round(PR / len(rows), 1), [r[3] for r in rows])
    npart = sum(1 for r in rows if r[5] > 0)
    d.p(f"3. С предприятиями-партнёрами (ПАО \"Химпром\", АО \"Чувашская энергосбытовая компания\", ООО "
        f"\"Хевел\" и др.) работают {npart + 1} ОО, всего наставников предоставили {PE} предприятий.")
    d.c_count("partner_enterprises", "работают N ОО", npart + 1, npart)                       # planted
    d.c_sum("partner_enterprises", "в тексте: предприятий", PE, PE)
    fc = [r[4] for r in rows]
    one = [r[1] for r in rows if r[4] == 1]
    d.p(f"4. В среднем ОО реализуют {pc(sum(fc) / len(fc))} формы наставничества; только одну форму (\"учитель - "
        f"учитель\") реализуют {', '.join(one) if one else 'ни одна ОО'}.")
    d.c_mean("forms_count", "в среднем форм", round(sum(fc) / len(fc), 1), fc)
    if one:
        d.c_member("forms_count", "только одну форму", one, one)
    d.p("5. В 2022-2023 учебном году планируется увеличить число участников до 1 700 чел.; итоги конкурса "
        "\"Наставник года - 2022\" будут подведены 30.09.2022.")
    d.sign("Начальник отдела образования\tТ.Н. Смирнова\nИсп.: методист ЦРО, тел. (8352) 73-41-09")
    return d


# ============================================================================= main
BUILDERS = [doc_kovrov_2022, doc_kovrov_2023, doc_sudogda_2021, doc_konakovo_2022, doc_rzhev_2023,
            doc_borovichi_2022, doc_valday_2023, doc_buzuluk_2022, doc_sakmara_2021, doc_medvedevo_2022,
            doc_volzhsk_2023, doc_nakhodka_2022, doc_tsivil_2021, doc_novocheb_2022]


def write_csv(path, fields, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        for r in rows:
            w.writerow(r)


def main():
    for p in (OUT, GOLD):
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    docs = [b() for b in BUILDERS]
    facts, checks, orgs, meta = [], [], [], []
    for d in docs:
        render(d)
        facts += d.facts()
        checks += d.checks
        orgs += d.orgs()
        meta.append(dict(doc=d.name, format=d.fmt, kind=d.kind, municipality=d.municipality,
                         organization=d.organization, as_of=d.as_of, doc_date="", doc_number="", expect=""))
    write_csv(os.path.join(GOLD, "documents.csv"),
              ["doc", "format", "kind", "municipality", "organization", "as_of", "doc_date", "doc_number", "expect"], meta)
    write_csv(os.path.join(GOLD, "facts.csv"), ["doc", "org_name", "indicator", "form", "variant", "value", "unit"], facts)
    write_csv(os.path.join(GOLD, "checks.csv"),
              ["doc", "check", "indicator", "subject", "stated", "computed", "status"], checks)
    write_csv(os.path.join(GOLD, "organizations.csv"), ["doc", "org_name", "cluster"], orgs)
    st = {}
    for c in checks:
        st[c["status"]] = st.get(c["status"], 0) + 1
    print(f"documents {len(docs)}, facts {len(facts)}, checks {len(checks)} {st}")
    for d in docs:
        mm = [c for c in d.checks if c["status"] == "mismatch"]
        print(f"  {d.name}: facts {len(d.facts())}, checks {len(d.checks)}, mismatch {len(mm)}")


if __name__ == "__main__":
    main()
