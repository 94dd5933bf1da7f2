#!/usr/bin/env python3
"""Generate the 'dev' corpus of unseen mentorship reports and their gold answers.

Run with .venv/bin/python (needs python-docx) and LibreOffice (soffice) on PATH.
Every document is built from Python data structures; the same structures produce the gold
(facts, checks, organizations, documents), so the two agree by construction.

Output: benchmarks/unseen/dev/<doc>.<ext>  and  benchmarks/unseen/gold/dev/{documents,facts,checks,organizations}.csv
"""
import csv
import os
import random
import shutil
import subprocess
import sys

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("UNSEEN_OUT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "out"))
OUT = os.path.join(ROOT, "dev")
GOLD = os.path.join(ROOT, "gold", "dev")
TMP = "/tmp/unseen_dev_build"

DASH = "–"


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def fmt_num(v, zero="0", thou=False, pct="", dec=1, sep=" "):
    """Printed form of a value."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, float):
        s = f"{v:.{dec}f}".replace(".", ",")
        return s + pct
    if v == 0:
        return zero
    if thou and abs(v) >= 1000:
        s = f"{v:,}".replace(",", sep)
        return s
    return str(v)


def fact_value(v):
    """Gold value of a printed cell: dash = 0, text = empty."""
    if v is None:
        return None
    if isinstance(v, str):
        if v.strip() in ("–", "-", "—"):
            return 0
        return ""
    return v


def gval(v):
    if v == "" or v is None:
        return ""
    if isinstance(v, float):
        s = f"{v:.2f}".rstrip("0").rstrip(".")
        return s
    return str(v)


def num_of(v):
    fv = fact_value(v)
    return fv if isinstance(fv, (int, float)) else 0


def decimals(x):
    s = str(x)
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    d = decimals(stated)
    return abs(float(stated) - float(computed)) <= 0.5 * 10 ** (-d) + 1e-9


class Doc:
    def __init__(self, name, fmt, muni, kind="справка", as_of="", doc_date="", doc_number="",
                 organization="", expect=""):
        self.name, self.fmt, self.muni, self.kind = name, fmt, muni, kind
        self.as_of, self.doc_date, self.doc_number = as_of, doc_date, doc_number
        self.organization, self.expect = organization, expect
        self.blocks = []
        self.facts = []
        self.checks = []
        self.orgs = {}  # printed name -> cluster
        self.encoding = "utf-8"
        self.features = []

    # --- content -------------------------------------------------------------------------
    def p(self, text, bold=False, center=False, size=None):
        self.blocks.append(("p", text, bold, center, size))

    def org(self, name, cluster):
        name = " ".join(name.split())
        old = self.orgs.get(name)
        assert old is None or old == cluster, (name, old, cluster)
        self.orgs[name] = cluster
        return name

    def fact(self, org, indicator, value, unit, form="", variant=""):
        self.facts.append(dict(doc=self.name, org_name=" ".join(org.split()), indicator=indicator,
                               form=form, variant=variant, value=gval(value), unit=unit))

    def check(self, check, indicator, subject, stated, computed, status=None):
        if status is None:
            if check in ("share", "mean"):
                status = "ok" if close(stated, computed) else "mismatch"
            elif check == "membership":
                status = "ok" if set(stated) == set(computed) else "mismatch"
            else:
                status = "ok" if float(stated) == float(computed) else "mismatch"
        if isinstance(stated, (list, tuple)):
            stated = "; ".join(stated)
        if isinstance(computed, (list, tuple)):
            computed = "; ".join(computed)
        if isinstance(computed, float):
            computed = round(computed, 2)
        self.checks.append(dict(doc=self.name, check=check, indicator=indicator, subject=subject,
                                stated=gval(stated) if not isinstance(stated, str) else stated,
                                computed=gval(computed) if not isinstance(computed, str) else computed,
                                status=status))

    def table(self, header, rows, specs=None, merges=(), body_merges=(), namecol=1,
              zero="0", thou=False, pct="", sep=" ", widths=None, font=None, clusters=None):
        """header: list of rows (strings; '' inside merged regions); rows: list of (rtype, cells).
        rtype: org | total | section. specs: {col: (indicator, unit, form, variant)}.
        clusters: {org printed name: cluster}. Returns the list of printed rows."""
        printed_rows = []
        for rtype, cells in rows:
            printed = [fmt_num(c, zero=zero, thou=thou, pct=pct, sep=sep) for c in cells]
            printed_rows.append(printed)
            if rtype == "org" and specs:
                oname = " ".join(str(cells[namecol]).split())
                if clusters is not None:
                    self.org(oname, clusters[oname])
                for col, spec in specs.items():
                    ind, unit = spec[0], spec[1]
                    form = spec[2] if len(spec) > 2 else ""
                    variant = spec[3] if len(spec) > 3 else ""
                    v = cells[col]
                    fv = fact_value(v)
                    if isinstance(v, int) and v == 0:
                        fv = 0
                    self.fact(oname, ind, fv, unit, form, variant)
            elif rtype == "org" and clusters is not None:
                oname = " ".join(str(cells[namecol]).split())
                self.org(oname, clusters[oname])
        self.blocks.append(("t", header, printed_rows, list(merges), list(body_merges), widths, font))
        return printed_rows


# ----------------------------------------------------------------------------------------------
# writers
# ----------------------------------------------------------------------------------------------
def auto_widths(header, rows, ncols, usable, merges, font):
    """Number column widths from the longest header word; text columns share the rest."""
    per_char = 0.26 if font and font <= 10 else 0.31
    hspan = {(r0, c0) for (r0, c0, r1, c1) in merges if c1 > c0}
    fixed, text_cols = {}, []
    for j in range(ncols):
        body = [r[j] for r in rows if j < len(r) and r[j]]
        avg = sum(len(x) for x in body) / len(body) if body else 0
        if avg > 14:
            text_cols.append(j)
            continue
        words = [w for i, r in enumerate(header) if j < len(r) and (i, j) not in hspan for w in r[j].split()]
        longest = max([len(w) for w in words] + [max((len(x) for x in body), default=1)])
        fixed[j] = max(0.9, per_char * longest + 0.5)
    if usable is None:
        return sum(fixed.values()) + 4.0 * len(text_cols)
    rest = usable - sum(fixed.values())
    out = []
    for j in range(ncols):
        out.append(fixed[j] if j in fixed else max(3.0, rest / max(1, len(text_cols))))
    return out


def write_docx(doc, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    def tfont(b):
        nc = max(len(r) for r in b[1] + b[2])
        return b[6] if b[6] else (10 if nc >= 5 else None)
    wide = any(b[0] == "t" and (max(len(r) for r in b[1] + b[2]) >= 8 or
                                auto_widths(b[1], b[2], max(len(r) for r in b[1] + b[2]), None, b[3], tfont(b)) > 17.0)
               for b in doc.blocks)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    if wide:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    usable = (sec.page_width - sec.left_margin - sec.right_margin) / 360000.0  # cm
    for b in doc.blocks:
        if b[0] == "p":
            _, text, bold, center, size = b
            par = d.add_paragraph()
            run = par.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
            if center:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            _, header, rows, merges, body_merges, widths, font = b
            ncols = max(len(r) for r in header + rows)
            t = d.add_table(rows=len(header) + len(rows), cols=ncols)
            t.style = "Table Grid"
            allrows = header + rows
            for i, r in enumerate(allrows):
                for j in range(ncols):
                    txt = r[j] if j < len(r) else ""
                    t.cell(i, j).text = txt
            hb = len(header)
            if font is None and ncols >= 5:
                font = 10
            ws = widths or auto_widths(header, rows, ncols, usable, merges, font)
            t.autofit = False
            for j, w in enumerate(ws):
                t.columns[j].width = Cm(w)
                for i in range(len(allrows)):
                    t.cell(i, j).width = Cm(w)
            for (r0, c0, r1, c1) in merges:
                txt = allrows[r0][c0]
                for i in range(r0, r1 + 1):
                    for j in range(c0, c1 + 1):
                        t.cell(i, j).text = ""
                m = t.cell(r0, c0).merge(t.cell(r1, c1))
                m.text = txt
            for (r0, c0, r1, c1) in body_merges:
                txt = allrows[hb + r0][c0]
                for i in range(r0, r1 + 1):
                    for j in range(c0, c1 + 1):
                        t.cell(hb + i, j).text = ""
                m = t.cell(hb + r0, c0).merge(t.cell(hb + r1, c1))
                m.text = txt
            for i in range(hb):
                for c in t.rows[i].cells:
                    for par in c.paragraphs:
                        for run in par.runs:
                            run.bold = True
            if font:
                for row in t.rows:
                    for c in row.cells:
                        for par in c.paragraphs:
                            for run in par.runs:
                                run.font.size = Pt(font)
            d.add_paragraph()
    d.save(path)


def write_txt(doc, path):
    lines = []
    for b in doc.blocks:
        if b[0] == "p":
            lines.append(b[1])
        else:
            _, header, rows, merges, body_merges, widths, font = b
            for r in header + rows:
                lines.append("\t".join(r))
            lines.append("")
    data = "\r\n".join(lines) + "\r\n"
    with open(path, "wb") as f:
        f.write(data.encode(doc.encoding))


def convert(src, fmt, outdir):
    target = {"pdf": "pdf", "odt": "odt", "doc": "doc:MS Word 97"}[fmt]
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_dev", "--headless",
                    "--convert-to", target, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ----------------------------------------------------------------------------------------------
# documents
# ----------------------------------------------------------------------------------------------
DOCS = []


def register(fn):
    DOCS.append(fn)
    return fn


def sum_col(rows, col):
    return sum(num_of(c[col]) for t, c in rows if t == "org")


def org_rows(rows):
    return [c for t, c in rows if t == "org"]


# --- 01 -------------------------------------------------------------------------------------
@register
def d01():
    d = Doc("chaikovsky_spravka_2021", "docx", "Чайковский городской округ", as_of="2021-12-25")
    d.features = ["long", "2-row header «Вовлечено в наставничество (чел.)» over «обучающиеся|педагоги»",
                  "denominator «Численность обучающихся, чел.»", "ИТОГО", "count/share/sum claims"]
    slug = "chaikovsky"
    schools = [
        ("МАОУ СОШ № 1", "school-1", 1180, 236, 19),
        ("МБОУ СОШ № 2", "school-2", 655, 98, 12),
        ("МАОУ «Гимназия»", "gymnasium", 1012, 301, 27),
        ("МБОУ «Фокинская СОШ»", "Фокинская", 411, 57, 8),
        ("МБОУ Ваньковская СОШ", "Ваньковская", 198, 31, 5),
        ("МАОУ СОШ № 7", "school-7", 934, 160, 14),
        ("МАОУ СОШ № 8 с углубленным изучением отдельных предметов", "school-8", 1240, 205, 22),
        ("МБОУ «Сосновская СОШ»", "Сосновская", 276, 44, 6),
        ("МАОУ СОШ № 10", "school-10", 1096, 187, 18),
        ("МАОУ СОШ № 11", "school-11", 876, 120, 11),
        ("МБОУ Ольховская СОШ", "Ольховская", 163, 27, 4),
        ("МБОУ ООШ с. Уральское", "Уральское", 94, 15, 3),
        ("МАОУ «Лицей № 12»", "lyceum-12", 1033, 262, 25),
        ("МБОУ «Марковская СОШ»", "Марковская", 395, 66, 9),
    ]
    cl = {n: f"{slug}/{c}" for n, c, *_ in schools}
    rows = [("org", [f"{i}.", n, tot, st, te]) for i, (n, c, tot, st, te) in enumerate(schools, 1)]
    T = sum(r[1][2] for r in rows); S = sum(r[1][3] for r in rows); P = sum(r[1][4] for r in rows)
    rows.append(("total", ["", "ИТОГО", T, S, P]))
    d.p("Управление образования администрации Чайковского городского округа", center=True)
    d.p("СПРАВКА", bold=True, center=True)
    d.p("о вовлечении обучающихся и педагогических работников в программы наставничества "
        "в общеобразовательных организациях Чайковского городского округа по состоянию на 25.12.2021",
        center=True)
    d.p("Сбор сведений проведён в соответствии с приказом Управления образования от 03.09.2021 № 412 "
        "«О внедрении целевой модели наставничества». Исполнитель: методист МКУ «ИМЦ», тел. 8 (34241) 3-14-25.")
    d.p(f"Программы наставничества реализуются в {len(schools)} общеобразовательных организациях округа. "
        "Сведения о количестве участников представлены в таблице.")
    d.table([["№", "Образовательная организация", "Численность обучающихся, чел.",
              "Вовлечено в наставничество (чел.)", ""],
             ["", "", "", "обучающиеся", "педагоги"]],
            rows, specs={2: ("students_total", "persons"), 3: ("students_involved", "persons"),
                         4: ("teachers_involved", "persons")},
            merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)], thou=True, clusters=cl)
    share = round(100 * S / T)
    d.p(f"Всего в программы наставничества вовлечено {fmt_num(S, thou=True)} обучающихся, что составляет "
        f"{share}% от общей численности обучающихся ({fmt_num(T, thou=True)} чел.), и {P} педагогов.")
    d.p("В 2021–2022 учебном году планируется расширить перечень форм наставничества. "
        "Справка составлена на 2 листах.")
    d.p("Начальник Управления образования                                  Н.В. Шубина")
    d.check("count", "organizations", f"в {len(schools)} общеобразовательных организациях", len(schools), len(schools))
    d.check("sum", "students_total", "строка ИТОГО", T, T)
    d.check("sum", "students_involved", "строка ИТОГО", S, S)
    d.check("sum", "teachers_involved", "строка ИТОГО", P, P)
    d.check("share", "students_involved", f"{S} от {T}", share, 100 * S / T)
    return d


# --- 02 -------------------------------------------------------------------------------------
@register
def d02():
    d = Doc("beloretsk_monitoring_2022", "docx", "Белорецкий район", as_of="2022-05-20")
    d.features = ["wide per-form, 3-row header (Формы наставничества / form / наставников|наставляемых)",
                  "dashes", "Итого по району", "per-form count claim (planted error)", "membership list"]
    slug = "beloretsk"
    forms = ["ученик-ученик", "учитель-учитель", "студент-ученик", "работодатель-ученик"]
    fhead = ["Ученик – ученик", "Учитель – учитель", "Студент – ученик", "Работодатель – ученик"]
    schools = [
        ("МОБУ СОШ № 1 г. Белорецка", "school-1", [(6, 9), (3, 3), (0, 0), (2, 11)]),
        ("МОБУ «Гимназия № 14»", "gymnasium-14", [(12, 15), (4, 5), (3, 12), (0, 0)]),
        ("МОБУ ООШ с. Инзер", "Инзер", [(2, 3), (0, 0), (0, 0), (1, 4)]),
        ("МОБУ СОШ с. Тирлянский", "Тирлянский", [(5, 7), (2, 2), (1, 6), (0, 0)]),
        ("МОБУ «Лицей № 17»", "lyceum-17", [(10, 14), (3, 4), (2, 9), (3, 14)]),
        ("МОБУ СОШ № 3", "school-3", [(7, 8), (0, 0), (0, 0), (2, 6)]),
        ("МОБУ ООШ д. Ассы", "Ассы", [(1, 2), (0, 0), (0, 0), (0, 0)]),
        ("МОБУ СОШ с. Ишля", "Ишля", [(4, 6), (1, 1), (2, 5), (1, 3)]),
        ("МОБУ СОШ № 21", "school-21", [(9, 12), (2, 3), (0, 0), (2, 8)]),
        ("МОБУ ООШ с. Зуяково", "Зуяково", [(2, 2), (0, 0), (1, 3), (0, 0)]),
    ]
    cl = {n: f"{slug}/{c}" for n, c, _ in schools}
    rows = []
    for i, (n, c, vals) in enumerate(schools, 1):
        cells = [str(i), n]
        for a, b in vals:
            cells += [a, b]
        rows.append(("org", cells))
    tot = ["", "Итого по району"] + [sum(r[1][k] for r in rows) for k in range(2, 10)]
    rows.append(("total", tot))
    specs = {}
    for k, f in enumerate(forms):
        specs[2 + 2 * k] = ("mentors", "persons", f)
        specs[3 + 2 * k] = ("mentees", "persons", f)
    h0 = ["№ п/п", "Наименование ОО", "Формы наставничества"] + [""] * 7
    h1 = ["", ""]
    for fh in fhead:
        h1 += [fh, ""]
    h2 = ["", ""] + ["наставников", "наставляемых"] * 4
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 9)] + [(1, 2 + 2 * k, 1, 3 + 2 * k) for k in range(4)]
    d.p("Отдел образования администрации муниципального района Белорецкий район Республики Башкортостан",
        center=True)
    d.p("ИНФОРМАЦИОННАЯ СПРАВКА", bold=True, center=True)
    d.p("по результатам мониторинга реализации целевой модели наставничества в общеобразовательных "
        "организациях Белорецкого района (данные на 20 мая 2022 г.)", center=True)
    d.p("Мониторинг проведён во исполнение распоряжения Минпросвещения России от 25.12.2019 № Р-145 и "
        "приказа отдела образования от 11.01.2022 № 07. Информацию представили все 10 ОО района.")
    d.p("Таблица 1. Численность участников по формам наставничества, чел.")
    d.table([h0, h1, h2], rows, specs=specs, merges=merges, zero=DASH, clusters=cl)
    # per-form counts
    def impl(k):
        return [n for n, c, vals in schools if vals[k][0] + vals[k][1] > 0]
    uu = impl(1)
    d.p("Форму «учитель – учитель» реализуют: " + ", ".join(uu) + ".")
    su = impl(2)
    stated_su = len(su) + 2  # planted error
    d.p(f"Форма «студент – ученик» реализуется в {stated_su} ОО при участии студентов "
        "Белорецкого педагогического колледжа.")
    ru = impl(3)
    d.p(f"Наставников из числа работников предприятий привлекли {len(ru)} образовательных организаций.")
    d.p("Ответственный: Р.Ф. Галиева, тел. 8 (34792) 4-02-18.")
    for k, f in enumerate(forms):
        for j, role in enumerate(["mentors", "mentees"]):
            col = 2 + 2 * k + j
            d.check("sum", role, f"Итого по району, {f}, {'наставников' if j == 0 else 'наставляемых'}",
                    tot[col], sum_col(rows, col))
    d.check("membership", "mentors", "список ОО формы учитель-учитель", uu, uu)
    d.check("count", "mentees", "форма студент-ученик реализуется в N ОО", stated_su, len(su))
    d.check("count", "mentors", "наставников от предприятий привлекли N ОО", len(ru), len(ru))
    d.check("count", "organizations", "Информацию представили все 10 ОО", 10, len(schools))
    return d


# --- 03 -------------------------------------------------------------------------------------
@register
def d03():
    d = Doc("michurinsk_pairs_2022", "pdf", "город Мичуринск", as_of="2022-12-01")
    d.features = ["pairs per form under parent «Количество наставнических пар (групп), ед.»",
                  "per-row total «Всего пар (групп)»", "Итого", "PDF"]
    slug = "michurinsk"
    forms = ["ученик-ученик", "учитель-учитель", "работодатель-ученик", "студент-ученик"]
    schools = [
        ("МБОУ СОШ № 1", "school-1", [14, 5, 2, 0]),
        ("МБОУ «СОШ № 2»", "school-2", [9, 3, 0, 1]),
        ("МАОУ «Гимназия № 1»", "gymnasium-1", [21, 6, 4, 3]),
        ("МБОУ СОШ № 5", "school-5", [7, 2, 1, 0]),
        ("МБОУ «СОШ № 9»", "school-9", [11, 4, 0, 2]),
        ("МБОУ «Лицей № 1»", "lyceum-1", [18, 7, 3, 4]),
        ("МБОУ СОШ № 15", "school-15", [6, 1, 0, 0]),
        ("МБОУ СОШ № 17", "school-17", [10, 3, 2, 1]),
        ("МБОУ «СОШ № 18»", "school-18", [8, 2, 1, 0]),
        ("МБОУ СОШ № 19", "school-19", [5, 2, 0, 0]),
        ("МБОУ «Кочетовская СОШ»", "Кочетовская", [4, 1, 1, 0]),
        ("МБОУ ДО «Центр детского творчества»", "cdt", [3, 0, 0, 2]),
    ]
    cl = {n: f"{slug}/{c}" for n, c, _ in schools}
    rows = [("org", [i, n] + v + [sum(v)]) for i, (n, c, v) in enumerate(schools, 1)]
    rows = [(t, [str(c[0])] + c[1:]) for t, c in rows]
    tot = ["", "Итого"] + [sum_col(rows, k) for k in range(2, 7)]
    rows.append(("total", tot))
    specs = {2 + k: ("pairs", "count", f) for k, f in enumerate(forms)}
    d.p("Управление народного образования администрации города Мичуринска Тамбовской области", center=True)
    d.p("Справка о ходе реализации целевой модели наставничества", bold=True, center=True)
    d.p("(по состоянию на 01.12.2022)", center=True)
    d.p("В соответствии с приказом управления от 28.02.2022 № 96 в образовательных организациях города "
        f"продолжена работа по формированию наставнических пар и групп. Пары сформированы в {len(schools)} "
        "образовательных организациях.")
    d.table([["№", "Наименование ОУ", "Количество наставнических пар (групп), ед.", "", "", "", "Всего пар (групп)"],
             ["", "", "ученик - ученик", "учитель - учитель", "работодатель - ученик", "студент - ученик", ""]],
            rows, specs=specs, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)],
            zero="0", clusters=cl)
    d.p(f"Общее количество наставнических пар (групп) по городу — {tot[6]}, из них в форме «ученик – ученик» — "
        f"{tot[2]}.")
    d.p("Контактный телефон: 8 (47545) 5-21-90. Приложение: на 3 л. в 1 экз.")
    for k, f in enumerate(forms):
        d.check("sum", "pairs", f"Итого, {f}", tot[2 + k], sum_col(rows, 2 + k))
    d.check("sum", "pairs", "Итого, всего пар", tot[6], sum_col(rows, 6))
    d.check("count", "organizations", f"в {len(schools)} образовательных организациях", len(schools), len(schools))
    d.check("sum", "pairs", "в тексте: общее количество пар по городу", tot[6], sum_col(rows, 6))
    d.check("sum", "pairs", "в тексте: из них ученик-ученик", tot[2], sum_col(rows, 2))
    return d


# --- 04 -------------------------------------------------------------------------------------
@register
def d04():
    d = Doc("nevyansk_share_2021", "txt", "Невьянский городской округ", as_of="2021-12-31")
    d.encoding = "cp1251"
    d.features = ["TXT cp1251 tab", "«Численность обучающихся 10-19 лет» denominator",
                  "«Из них в роли наставляемого» (mentees)", "«Доля, %» decimal comma",
                  "per-row share (planted error)", "mean claim", "membership «ниже 10%»"]
    slug = "nevyansk"
    data = [
        ("МАОУ СОШ № 1", "school-1", 842, 151),
        ("МАОУ СОШ № 2", "school-2", 515, 47),
        ("МБОУ СОШ № 3", "school-3", 388, 62),
        ("МАОУ СОШ № 4", "school-4", 703, 118),
        ("МАОУ СОШ № 5", "school-5", 461, 40),
        ("МАОУ СОШ № 6", "school-6", 290, 58),
        ("МБОУ СОШ п. Цементный", "Цементный", 402, 71),
        ("МАОУ СОШ с. Быньги", "Быньги", 178, 33),
        ("МБОУ ООШ с. Федьковка", "Федьковка", 64, 5),
        ("МАОУ «Аятская СОШ»", "Аятская", 97, 20),
    ]
    cl = {n: f"{slug}/{c}" for n, c, *_ in data}
    rows = []
    for i, (n, c, den, numr) in enumerate(data, 1):
        pct = round(100 * numr / den, 1)
        if c == "school-6":
            pct = 25.0  # planted: 58/290 = 20.0
        rows.append(("org", [str(i), n, den, numr, pct]))
    T = sum_col(rows, 2); M = sum_col(rows, 3)
    totpct = round(100 * M / T, 1)
    rows.append(("total", ["", "Итого по округу", T, M, totpct]))
    d.p("Управление образованием Невьянского городского округа")
    d.p("Аналитическая справка")
    d.p("об итогах мониторинга вовлечения обучающихся в программы наставничества (на 31.12.2021)")
    d.p("Основание: постановление администрации НГО от 14.10.2020 № 1345-п. Мониторинг охватил 10 школ.")
    d.p("Таблица. Доля обучающихся 10-19 лет, вошедших в программы наставничества в роли наставляемого")
    d.table([["№", "ОО", "Численность обучающихся 10-19 лет", "Из них в роли наставляемого", "Доля, %"]],
            rows, specs={2: ("students_total", "persons"), 3: ("mentees", "persons"),
                         4: ("mentee_share_pct", "percent")}, clusters=cl)
    pcts = [c[4] for c in org_rows(rows)]
    mean = sum(pcts) / len(pcts)
    d.p(f"Средний показатель по округу – {fmt_num(round(mean, 1))}%.")
    low = [c[1] for c in org_rows(rows) if c[4] < 10]
    d.p("Показатель ниже 10% отмечен в " + ", ".join(low[:-1]) + " и " + low[-1] + ".")
    d.p("Тел. для справок 8 (34356) 2-17-60.")
    for c in org_rows(rows):
        d.check("share", "mentee_share_pct", c[1], c[4], 100 * c[3] / c[2])
    d.check("sum", "students_total", "Итого по округу", T, T)
    d.check("sum", "mentees", "Итого по округу", M, M)
    d.check("share", "mentee_share_pct", "Итого по округу", totpct, 100 * M / T)
    d.check("mean", "mentee_share_pct", "Средний показатель по округу", round(mean, 1), mean)
    d.check("membership", "mentee_share_pct", "ниже 10%", low, low)
    d.check("count", "organizations", "Мониторинг охватил 10 школ", 10, len(data))
    return d


# --- 05 -------------------------------------------------------------------------------------
@register
def d05():
    d = Doc("gorodets_young_2021", "odt", "Городецкий район", as_of="2021-06-15")
    d.features = ["ODT", "young teachers «Кол-во молодых специалистов (стаж до 3 лет)»",
                  "«из них охвачены наставничеством»", "«%» column", "dashes", "Итого", "share claim"]
    slug = "gorodets"
    data = [
        ("МБОУ «Средняя школа № 1»", "school-1", 6, 5),
        ("МБОУ «Средняя школа № 2»", "school-2", 4, 4),
        ("МБОУ «Средняя школа № 3»", "school-3", 3, 2),
        ("МБОУ «Заволжская СШ № 1»", "Заволжская-1", 5, 5),
        ("МБОУ «Заволжская СШ № 2»", "Заволжская-2", 2, 2),
        ("МБОУ «Смольковская ОШ»", "Смольковская", 0, 0),
        ("МБОУ «Зиняковская СШ»", "Зиняковская", 1, 1),
        ("МБОУ «Ковригинская СШ»", "Ковригинская", 2, 1),
        ("МБОУ «Гимназия»", "gymnasium", 7, 6),
        ("МБОУ «Лицей»", "lyceum", 5, 4),
        ("МБОУ «Стрелицкая ОШ»", "Стрелицкая", 0, 0),
        ("МБОУ «Бриляковская СШ»", "Бриляковская", 3, 3),
    ]
    cl = {n: f"{slug}/{c}" for n, c, *_ in data}
    rows = []
    for i, (n, c, y, m) in enumerate(data, 1):
        pct = round(100 * m / y, 1) if y else 0.0
        rows.append(("org", [str(i), n, y, m, pct if y else DASH]))
    Y = sum_col(rows, 2); Mn = sum_col(rows, 3)
    rows.append(("total", ["", "Итого", Y, Mn, round(100 * Mn / Y, 1)]))
    d.p("Управление образования и молодежной политики администрации Городецкого муниципального района "
        "Нижегородской области", center=True)
    d.p("Справка", bold=True, center=True)
    d.p("о сопровождении молодых педагогов в рамках целевой модели наставничества "
        "(по состоянию на 15 июня 2021 года)", center=True)
    d.p("В соответствии с приказом управления от 25.01.2021 № 31 в ОО района закреплены наставники "
        "за молодыми специалистами.")
    d.table([["№ п/п", "Наименование образовательной организации",
              "Кол-во молодых специалистов (стаж до 3 лет)", "из них охвачены наставничеством", "%"]],
            rows, specs={2: ("young_teachers", "persons"), 3: ("young_teacher_mentees", "persons"),
                         4: ("young_teacher_mentee_share_pct", "percent")}, zero=DASH, clusters=cl)
    sh = round(100 * Mn / Y)
    d.p(f"Всего в районе работает {Y} молодых педагогов, из них {Mn} ({sh}%) имеют закреплённого наставника.")
    d.p("Исп. Е.А. Смирнова, 8 (83161) 9-13-04.")
    d.check("sum", "young_teachers", "Итого", Y, Y)
    d.check("sum", "young_teacher_mentees", "Итого", Mn, Mn)
    d.check("sum", "young_teachers", "в тексте: всего работает N молодых педагогов", Y, Y)
    d.check("share", "young_teacher_mentees", f"{Mn} от {Y}", sh, 100 * Mn / Y)
    d.check("share", "young_teacher_mentee_share_pct", "строка Итого", round(100 * Mn / Y, 1), 100 * Mn / Y)
    return d


# --- 06 -------------------------------------------------------------------------------------
@register
def d06():
    school = "МАОУ «Средняя общеобразовательная школа № 31»"
    d = Doc("cherepovets_school31_2022", "docx", "город Череповец", as_of="2022-05-31",
            organization="cherepovets/school-31")
    d.features = ["transposed «Показатель | Значение» single school", "share claims (planted error)",
                  "composition claim"]
    d.org(school, "cherepovets/school-31")
    vals = [
        ("Общее количество обучающихся (чел.)", 812, "students_total", "persons"),
        ("Количество обучающихся, вовлеченных в программы наставничества, чел.", 164, "students_involved", "persons"),
        ("Количество педагогов, вовлеченных в наставничество, чел.", 31, "teachers_involved", "persons"),
        ("Доля обучающихся 10–19 лет в роли наставляемого, %", 14.2, "mentee_share_pct", "percent"),
        ("Количество реализуемых форм наставничества, ед.", 4, "forms_count", "count"),
        ("Количество молодых специалистов, чел.", 3, "young_teachers", "persons"),
        ("Количество наставнических пар (групп)", 58, "pairs", "count"),
    ]
    d.p("Муниципальное автономное общеобразовательное учреждение")
    d.p("«Средняя общеобразовательная школа № 31» г. Череповца Вологодской области")
    d.p("Аналитическая справка по итогам реализации программы наставничества "
        f"{school} на 31.05.2022", bold=True)
    d.p("Программа наставничества утверждена приказом директора от 01.09.2021 № 214-од.")
    rows = [("row", [str(i), a, fmt_num(v)]) for i, (a, v, ind, u) in enumerate(vals, 1)]
    d.table([["№", "Показатель", "Значение"]], rows)
    for a, v, ind, u in vals:
        d.fact(school, ind, v, u)
    d.p("В роли наставляемых задействованы 115 обучающихся 10–19 лет (14,2% от 812), "
        "в роли наставников – 49 обучающихся, что составляет 8% от общего числа обучающихся.")
    d.p("Таким образом, в программы вовлечено 164 обучающихся (115 наставляемых и 49 наставников), "
        "т.е. 20,2% контингента.")
    d.p("Телефон: (8202) 55-31-31. Справка подготовлена заместителем директора по УВР.")
    d.check("share", "mentee_share_pct", "115 от 812", 14.2, 100 * 115 / 812)
    d.check("share", "mentors", "49 от 812", 8, 100 * 49 / 812)
    d.check("composition", "students_involved", "164 = 115 + 49", 164, 115 + 49)
    d.check("share", "students_involved", "164 от 812", 20.2, 100 * 164 / 812)
    return d


# --- 07 -------------------------------------------------------------------------------------
@register
def d07():
    d = Doc("sokol_prikaz_263_2021", "doc", "Сокольский район", kind="приказ",
            doc_date="2021-09-06", doc_number="263")
    d.features = ["приказ", "DOC", "full legal names", "«Планируемый охват участников, чел.»",
                  "total in text"]
    slug = "sokol"
    data = [
        ("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»",
         "school-1", 64),
        ("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3»",
         "school-3", 52),
        ("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 4»",
         "school-4", 48),
        ("Муниципальное бюджетное общеобразовательное учреждение «Кадниковская средняя школа»",
         "Кадниковская", 41),
        ("Муниципальное бюджетное общеобразовательное учреждение «Литеровская основная школа»",
         "Литеровская", 12),
        ("Муниципальное бюджетное общеобразовательное учреждение «Пригородная средняя школа»",
         "Пригородная", 36),
        ("Муниципальное бюджетное общеобразовательное учреждение «Воробьевская основная школа»",
         "Воробьевская", 10),
        ("Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества»",
         "ddt", 30),
        ("Муниципальное бюджетное общеобразовательное учреждение «Двиницкая основная школа»",
         "Двиницкая", 9),
    ]
    cl = {n: f"{slug}/{c}" for n, c, _ in data}
    rows = [("org", [str(i), n, v]) for i, (n, c, v) in enumerate(data, 1)]
    total = sum_col(rows, 2)
    d.p("АДМИНИСТРАЦИЯ СОКОЛЬСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", center=True)
    d.p("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", center=True)
    d.p("ПРИКАЗ", bold=True, center=True)
    d.p("от 06.09.2021                                                              № 263")
    d.p("г. Сокол", center=True)
    d.p("О внедрении целевой модели наставничества в образовательных организациях Сокольского района "
        "в 2021/2022 учебном году")
    d.p("Во исполнение распоряжения Министерства просвещения Российской Федерации от 25.12.2019 № Р-145, "
        "приказа Департамента образования Вологодской области от 19.08.2021 № 1815 ПРИКАЗЫВАЮ:")
    d.p("1. Руководителям образовательных организаций обеспечить вовлечение участников в программы "
        "наставничества в соответствии с приложением.")
    d.p(f"2. Утвердить планируемый охват: всего {total} участников в {len(data)} образовательных организациях.")
    d.p("3. Контроль за исполнением приказа возложить на заместителя начальника управления.")
    d.p("Начальник управления образования                                 А.Н. Кузнецова")
    d.p("Приложение к приказу от 06.09.2021 № 263", center=True)
    d.table([["№", "Наименование образовательной организации (полное)", "Планируемый охват участников, чел."]],
            rows, specs={2: ("planned_participants", "persons")}, clusters=cl)
    d.check("sum", "planned_participants", "всего участников", total, total)
    d.check("count", "organizations", f"в {len(data)} образовательных организациях", len(data), len(data))
    return d


# --- 08 -------------------------------------------------------------------------------------
@register
def d08():
    d = Doc("dyurtyuli_variants_2022", "docx", "Дюртюлинский район", as_of="2022-06-01")
    d.features = ["per-variant columns under form parents (2-row header)",
                  "parent «Количество участников программ наставничества по вариантам (чел.)» (3 rows)",
                  "Итого (planted error)"]
    slug = "dyurtyuli"
    cols = [("ученик-ученик", "успевающий - неуспевающий", "«успевающий – неуспевающий»"),
            ("ученик-ученик", "равный - равному", "«равный – равному»"),
            ("ученик-ученик", "лидер - пассивный", "«лидер – пассивный»"),
            ("учитель-учитель", "коллега - молодой коллега", "«коллега – молодой коллега»"),
            ("учитель-учитель", "молодой специалист - опытный педагог", "«молодой специалист – опытный педагог»")]
    data = [
        ("МОБУ СОШ № 2 г. Дюртюли", "school-2", [12, 8, 6, 4, 2]),
        ("МОБУ «Гимназия № 1»", "gymnasium-1", [18, 10, 8, 6, 4]),
        ("МОБУ СОШ с. Асяново", "Асяново", [6, 4, 0, 2, 0]),
        ("МОБУ ООШ д. Ангасяк", "Ангасяк", [4, 0, 2, 0, 0]),
        ("МОБУ СОШ с. Иванаево", "Иванаево", [8, 6, 4, 2, 2]),
        ("МОБУ «СОШ с. Москово»", "Москово", [10, 4, 0, 0, 2]),
        ("МОБУ лицей № 3", "lyceum-3", [14, 12, 6, 4, 2]),
    ]
    cl = {n: f"{slug}/{c}" for n, c, _ in data}
    rows = [("org", [str(i), n] + v) for i, (n, c, v) in enumerate(data, 1)]
    tot = ["", "Итого"] + [sum_col(rows, k) for k in range(2, 7)]
    tot[3] += 6  # planted error in «равный – равному»
    rows.append(("total", tot))
    specs = {2 + k: ("program_participants", "persons", f, v) for k, (f, v, _) in enumerate(cols)}
    h0 = ["№", "Общеобразовательная организация",
          "Количество участников программ наставничества по вариантам (чел.)", "", "", "", ""]
    h1 = ["", "", "Форма «ученик – ученик»", "", "", "Форма «учитель – учитель»", ""]
    h2 = ["", ""] + [c[2] for c in cols]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 6), (1, 2, 1, 4), (1, 5, 1, 6)]
    d.p("МКУ «Управление образования» муниципального района Дюртюлинский район Республики Башкортостан",
        center=True)
    d.p("Справка о реализации программ наставничества по вариантам взаимодействия", bold=True, center=True)
    d.p("на 01.06.2022 г.", center=True)
    d.p("Варианты взаимодействия определены в соответствии с методологией целевой модели наставничества "
        "(распоряжение Минпросвещения России № Р-145). Данные представлены 7 ОО.")
    d.table([h0, h1, h2], rows, specs=specs, merges=merges, zero="0", clusters=cl)
    d.p("Наибольшее число участников отмечено в варианте «успевающий – неуспевающий».")
    d.p("Заместитель начальника МКУ УО Л.Р. Хафизова, тел. 8 (34787) 2-25-41.")
    for k, (f, v, _) in enumerate(cols):
        st = "mismatch" if k == 1 else "ok"
        d.check("sum", "program_participants", f"Итого, {f}, {v}", tot[2 + k], sum_col(rows, 2 + k), st)
    d.check("count", "organizations", "Данные представлены 7 ОО", 7, len(data))
    return d


# --- 09 -------------------------------------------------------------------------------------
@register
def d09():
    d = Doc("solikamsk_partners_2021", "txt", "Соликамский городской округ", kind="other", as_of="2021-12-20")
    d.encoding = "utf-8"
    d.features = ["TXT utf-8 tab", "«Количество предприятий (организаций)-партнёров, ед.»",
                  "«Количество наставников от предприятий, чел.» = mentors работодатель-ученик", "Всего"]
    slug = "solikamsk"
    data = [
        ("МАОУ «СОШ № 1»", "school-1", 2, 5),
        ("МАОУ «СОШ № 2»", "school-2", 1, 2),
        ("МАОУ «Лицей № 1»", "lyceum-1", 3, 7),
        ("МАОУ «Гимназия № 1»", "gymnasium-1", 2, 4),
        ("МАОУ «СОШ № 4»", "school-4", 0, 0),
        ("МАОУ «СОШ № 12»", "school-12", 1, 3),
        ("МАОУ «СОШ № 15»", "school-15", 2, 3),
        ("МАОУ «СОШ № 17»", "school-17", 1, 1),
        ("МАОУ «Тюлькинская СОШ»", "Тюлькинская", 1, 2),
        ("МАОУ «Касибская ООШ»", "Касибская", 0, 0),
        ("МАОУ «СОШ с. Половодово»", "Половодово", 1, 2),
        ("МАОУ «Родниковская СОШ»", "Родниковская", 1, 1),
    ]
    cl = {n: f"{slug}/{c}" for n, c, *_ in data}
    rows = [("org", [str(i), n, a, b]) for i, (n, c, a, b) in enumerate(data, 1)]
    A = sum_col(rows, 2); B = sum_col(rows, 3)
    rows.append(("total", ["", "Всего", A, B]))
    d.p("Управление образования администрации Соликамского городского округа")
    d.p("Информация о взаимодействии общеобразовательных организаций с предприятиями в рамках формы "
        "наставничества «работодатель – ученик» по состоянию на 20.12.2021")
    d.p("Запрос Министерства образования и науки Пермского края от 01.12.2021 № 26-36вн-1188.")
    d.table([["№ п/п", "ОО", "Количество предприятий (организаций)-партнёров, ед.",
              "Количество наставников от предприятий, чел."]],
            rows, specs={2: ("partner_enterprises", "count"),
                         3: ("mentors", "persons", "работодатель-ученик")}, zero="-", clusters=cl)
    n_impl = len([c for c in org_rows(rows) if num_of(c[3]) > 0])
    d.p(f"Форма «работодатель – ученик» реализуется в {n_impl} ОО, к работе привлечено {B} наставников "
        f"от {A} предприятий и организаций, в т.ч. ПАО «Уралкалий», ООО «Соликамский завод «Урал».")
    d.check("sum", "partner_enterprises", "Всего", A, A)
    d.check("sum", "mentors", "Всего", B, B)
    d.check("count", "mentors", "форма работодатель-ученик реализуется в N ОО", n_impl, n_impl)
    d.check("sum", "mentors", "в тексте: привлечено N наставников", B, B)
    d.check("sum", "partner_enterprises", "в тексте: от N предприятий", A, A)
    return d


# --- 10 -------------------------------------------------------------------------------------
@register
def d10():
    d = Doc("morshansk_halves_2021", "pdf", "Моршанский район", as_of="2021-12-28")
    d.features = ["side-by-side halves", "2-row header «Охвачено, чел.» over «обуч-ся | педагогов»",
                  "totals in text", "count claim (planted error)", "PDF"]
    slug = "morshansk"
    data = [
        ("МБОУ Алгасовская СОШ", "Алгасовская", 74, 9),
        ("МБОУ Большекуликовская СОШ", "Большекуликовская", 58, 7),
        ("МБОУ Крюковская СОШ", "Крюковская", 96, 12),
        ("МБОУ Новотомниковская СОШ", "Новотомниковская", 88, 10),
        ("МБОУ Устьинская СОШ", "Устьинская", 43, 6),
        ("МБОУ Сокольниковская ООШ", "Сокольниковская", 21, 3),
        ("МБОУ Карельская СОШ", "Карельская", 67, 8),
        ("МБОУ Островская СОШ", "Островская", 51, 6),
        ("МБОУ Пичаевская СОШ", "Пичаевская", 39, 5),
        ("МБОУ Сосновская ООШ", "Сосновская", 18, 2),
        ("МБОУ Ракшинская СОШ", "Ракшинская", 62, 8),
        ("МБОУ Вышинская ООШ", "Вышинская", 27, 4),
        ("МБОУ Знаменская СОШ", "Знаменская", 49, 6),
        ("МБОУ Марусинская СОШ", "Марусинская", 35, 5),
    ]
    cl = {n: f"{slug}/{c}" for n, c, *_ in data}
    half = (len(data) + 1) // 2
    left, right = data[:half], data[half:]
    rows = []
    for i in range(half):
        a = left[i]
        cells = [str(i + 1), a[0], a[2], a[3]]
        if i < len(right):
            b = right[i]
            cells += [str(half + i + 1), b[0], b[2], b[3]]
        else:
            cells += ["", "", "", ""]
        rows.append(("row", cells))
    for n, c, s, t in data:
        d.org(n, cl[n])
        d.fact(n, "students_involved", s, "persons")
        d.fact(n, "teachers_involved", t, "persons")
    S = sum(x[2] for x in data); P = sum(x[3] for x in data)
    hdr = [["№", "ОО", "Охвачено, чел.", "", "№", "ОО", "Охвачено, чел.", ""],
           ["", "", "обуч-ся", "педагогов", "", "", "обуч-ся", "педагогов"]]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5), (0, 6, 0, 7)]
    d.p("Отдел образования администрации Моршанского района Тамбовской области", center=True)
    d.p("СПРАВКА", bold=True, center=True)
    d.p("об охвате наставничеством обучающихся и педагогов по состоянию на 28.12.2021", center=True)
    stated_n = len(data) + 2  # planted error
    d.p(f"Мероприятия целевой модели наставничества проводятся в {stated_n} общеобразовательных "
        "организациях района (приказ отдела образования от 02.09.2021 № 184).")
    d.table(hdr, rows, merges=merges, font=10)
    d.p(f"Всего по району охвачено {S} обучающихся и {P} педагогических работников.")
    d.p("Начальник отдела образования                                 С.В. Архипова")
    d.check("count", "organizations", f"в {stated_n} общеобразовательных организациях", stated_n, len(data))
    d.check("sum", "students_involved", "Всего по району охвачено обучающихся", S, S)
    d.check("sum", "teachers_involved", "Всего по району охвачено педагогов", P, P)
    return d


# --- 11 -------------------------------------------------------------------------------------
@register
def d11():
    d = Doc("krasnoufimsk_split_2022", "docx", "городской округ Красноуфимск", as_of="2022-05-25")
    d.features = ["table split into two Word tables («Продолжение таблицы»)", "numbered column row 1..4",
                  "«Общее число обучающихся»", "«Число обучающихся – участников программ наставничества»",
                  "ИТОГО (planted error)", "share claim with base"]
    slug = "krasnoufimsk"
    data = [
        ("МАОУ СШ 1", "school-1", 612, 143), ("МАОУ СШ 2", "school-2", 855, 201),
        ("МАОУ СШ 3", "school-3", 734, 166), ("МАОУ СОШ 4", "school-4", 310, 88),
        ("МАОУ ОШ 5", "school-5", 126, 31), ("МАОУ СОШ 7", "school-7", 498, 120),
        ("МАОУ СОШ 9", "school-9", 701, 155), ("МАОУ ОШ 10", "school-10", 94, 22),
        ("МАОУ «Школа № 15»", "school-15", 180, 41), ("МАОУ СОШ п. Саргая", "Саргая", 76, 18),
        ("МАОУ «Приданниковская СОШ»", "Приданниковская", 240, 56),
        ("МАОУ СОШ с. Русская Тавра", "Русская Тавра", 144, 30),
        ("МБУ ДО «Центр дополнительного образования»", "cdo", 119, 32),
    ]
    cl = {n: f"{slug}/{c}" for n, c, *_ in data}
    rows = [("org", [str(i), n, a, b]) for i, (n, c, a, b) in enumerate(data, 1)]
    T = sum_col(rows, 2); S = sum_col(rows, 3)
    stated_S = S - 40  # planted
    hdr = [["№", "Образовательная организация", "Общее число обучающихся",
            "Число обучающихся – участников программ наставничества"], ["1", "2", "3", "4"]]
    specs = {2: ("students_total", "persons"), 3: ("students_involved", "persons")}
    d.p("Муниципальный орган управления образованием Управление образованием городского округа Красноуфимск",
        center=True)
    d.p("Аналитическая справка", bold=True, center=True)
    d.p("по результатам мониторинга участия обучающихся в программах наставничества "
        "(по состоянию на 25.05.2022)", center=True)
    d.p("Таблица 1")
    d.table(hdr, rows[:8], specs=specs, thou=True, clusters=cl)
    d.p("Продолжение таблицы 1")
    d.table([["1", "2", "3", "4"]], rows[8:] + [("total", ["", "ИТОГО", T, stated_S])],
            specs=specs, thou=True, clusters=cl)
    share = round(100 * S / T, 1)
    d.p(f"Таким образом, в программы наставничества вовлечено {fmt_num(S, thou=True)} обучающихся, "
        f"что составляет {fmt_num(share)}% от общего числа обучающихся ({fmt_num(T, thou=True)}).")
    d.p("Приказ МО Управление образованием ГО Красноуфимск от 10.11.2021 № 315. Тел.: 8 (34394) 5-10-43.")
    d.check("sum", "students_total", "ИТОГО", T, T)
    d.check("sum", "students_involved", "ИТОГО", stated_S, S)
    d.check("share", "students_involved", f"{S} от {T}", share, 100 * S / T)
    return d


# --- 12 -------------------------------------------------------------------------------------
@register
def d12():
    d = Doc("vyksa_subtotals_2021", "doc", "городской округ город Выкса", as_of="2021-12-15")
    d.features = ["subtotal rows by school type (Итого по СОШ/ООШ/УДО)", "section rows",
                  "ДДТ/ЦДТ/СЮТ", "Кол-во наставников/наставляемых/пар", "Всего по округу", "DOC"]
    slug = "vyksa"
    groups = [
        ("Средние общеобразовательные школы", "Итого по СОШ", [
            ("МБОУ СШ № 1", "school-1", 22, 41, 21), ("МБОУ СШ № 3", "school-3", 18, 30, 18),
            ("МБОУ СШ № 5", "school-5", 25, 48, 24), ("МБОУ СШ № 6", "school-6", 12, 19, 12),
            ("МБОУ СШ № 8", "school-8", 16, 27, 15), ("МБОУ СШ № 12", "school-12", 20, 33, 19),
            ("МБОУ «Досчатинская СШ»", "Досчатинская", 7, 11, 7)]),
        ("Основные общеобразовательные школы", "Итого по ООШ", [
            ("МБОУ «Новская ОШ»", "Новская", 3, 5, 3), ("МБОУ «Шиморская ОШ»", "Шиморская", 4, 6, 4),
            ("МБОУ «Сноведская ОШ»", "Сноведская", 2, 3, 2)]),
        ("Учреждения дополнительного образования", "Итого по УДО", [
            ("МБУ ДО ДДТ", "ddt", 6, 14, 6), ("МБУ ДО ЦДТ", "cdt", 4, 9, 4),
            ("МБУ ДО СЮТ", "syut", 5, 12, 5)]),
    ]
    cl = {}
    rows = []
    alls = []
    subt = []
    for sec, sub, items in groups:
        rows.append(("section", ["", sec, "", "", ""]))
        grp = []
        for n, c, a, b, p in items:
            cl[n] = f"{slug}/{c}"
            r = [str(len(alls) + 1), n, a, b, p]
            rows.append(("org", r))
            grp.append(r); alls.append(r)
        s = ["", sub] + [sum(r[k] for r in grp) for k in (2, 3, 4)]
        rows.append(("total", s))
        subt.append((sub, s, grp))
    tot = ["", "Всего по округу"] + [sum(r[k] for r in alls) for k in (2, 3, 4)]
    rows.append(("total", tot))
    d.p("Управление образования администрации городского округа город Выкса Нижегородской области", center=True)
    d.p("СПРАВКА", bold=True, center=True)
    d.p("о численности участников программ наставничества в образовательных организациях г.о.г. Выкса "
        "на 15.12.2021", center=True)
    d.p("Сведения подготовлены на основании отчётов ОО (письмо управления от 01.12.2021 № 01-14/2280).")
    d.table([["№", "Образовательная организация", "Кол-во наставников, чел.", "Кол-во наставляемых, чел.",
              "Кол-во пар (групп), ед."]], rows,
            specs={2: ("mentors", "persons"), 3: ("mentees", "persons"), 4: ("pairs", "count")}, clusters=cl)
    d.p(f"В программах наставничества участвуют {len(alls)} образовательных организаций, в том числе 3 "
        "учреждения дополнительного образования.")
    d.p("Начальник Управления образования                               Е.В. Макарова")
    names = {2: "mentors", 3: "mentees", 4: "pairs"}
    for sub, s, grp in subt:
        for k in (2, 3, 4):
            d.check("sum", names[k], sub, s[k], sum(r[k] for r in grp))
    for k in (2, 3, 4):
        d.check("sum", names[k], "Всего по округу", tot[k], sum(r[k] for r in alls))
    d.check("count", "organizations", f"участвуют {len(alls)} образовательных организаций", len(alls), len(alls))
    d.check("count", "organizations", "3 учреждения дополнительного образования", 3, 3)
    return d


# --- 13 -------------------------------------------------------------------------------------
@register
def d13():
    d = Doc("velikiy_ustyug_forms_2021", "txt", "Великоустюгский район", as_of="2021-12-31")
    d.encoding = "cp1251"
    d.features = ["TXT cp1251", "«Кол-во форм» (forms_count) + text column of forms",
                  "lists of schools per form (membership, planted missing school)", "count claim"]
    slug = "vustyug"
    F = ["ученик – ученик", "учитель – учитель", "работодатель – ученик", "студент – ученик"]
    data = [
        ("МБОУ «СОШ № 1 с углублённым изучением отдельных предметов»", "СОШ № 1", "school-1", [0, 1, 2]),
        ("МБОУ «СОШ № 2»", "СОШ № 2", "school-2", [0, 1]),
        ("МБОУ «СОШ № 9»", "СОШ № 9", "school-9", [0, 1, 2, 3]),
        ("МБОУ «Гимназия»", "Гимназия", "gymnasium", [0, 1, 3]),
        ("МБОУ «Красавинская СОШ»", "Красавинская СОШ", "Красавинская", [0, 2]),
        ("МБОУ «Кузинская СОШ»", "Кузинская СОШ", "Кузинская", [0, 1]),
        ("МБОУ «Покровская ООШ»", "Покровская ООШ", "Покровская", [1]),
        ("МБОУ «Стреленская СОШ»", "Стреленская СОШ", "Стреленская", [0, 2]),
        ("МБОУ «Сусоловская СОШ»", "Сусоловская СОШ", "Сусоловская", [0, 1]),
        ("МБОУ «Нижнеерогодская ООШ»", "Нижнеерогодская ООШ", "Нижнеерогодская", [0]),
        ("МБОУ «Марденгская СОШ»", "Марденгская СОШ", "Марденгская", [0, 1, 2]),
    ]
    cl = {}
    rows = []
    for i, (n, short, c, fl) in enumerate(data, 1):
        cl[n] = f"{slug}/{c}"
        rows.append(("org", [str(i), n, len(fl), "; ".join(F[k] for k in fl)]))
    d.p("Управление образования администрации Великоустюгского муниципального района")
    d.p("Справка о формах наставничества, реализуемых в общеобразовательных организациях района, "
        "по состоянию на 31.12.2021 г.")
    d.p("Основание: приказ Управления образования от 30.08.2021 № 270. Всего проанализированы данные "
        f"{len(data)} ОО.")
    d.table([["№", "Наименование ОО", "Кол-во форм", "Реализуемые формы наставничества"]],
            rows, specs={2: ("forms_count", "count")}, clusters=cl)

    def members(k):
        return [x for x in data if k in x[3]]
    # lists in text (by short names, as people write them)
    m0 = members(0)
    d.p(f"Форму «ученик – ученик» реализуют {len(m0)} ОО.")
    m2 = members(2)
    stated2 = [x for x in m2 if x[2] != "Стреленская"]  # planted: one school missing from the list
    d.p("Форма «работодатель – ученик» реализуется в: " + ", ".join(x[1] for x in stated2) + ".")
    m3 = members(3)
    d.p("Форму «студент – ученик» реализуют " + " и ".join(x[1] for x in m3) + ".")
    d.p("Контакты: отдел общего образования, тел. 8 (81738) 2-23-71.")
    d.check("count", "organizations", f"данные {len(data)} ОО", len(data), len(data))
    d.check("count", "forms_count", "форму ученик-ученик реализуют N ОО", len(m0), len(m0))
    d.check("membership", "forms_count", "список ОО формы работодатель-ученик",
            [x[1] for x in stated2], [x[0] for x in m2], "mismatch")
    d.check("membership", "forms_count", "список ОО формы студент-ученик",
            [x[1] for x in m3], [x[0] for x in m3], "ok")
    return d


# --- 14 -------------------------------------------------------------------------------------
@register
def d14():
    d = Doc("neftekamsk_long_2022", "odt", "городской округ город Нефтекамск", as_of="2022-05-31")
    d.features = ["long one row per (school, form) with vertically merged school cell",
                  "«Наставники, чел.» / «Наставляемые, чел.»", "per-form count claim", "sum in text", "ODT"]
    slug = "neftekamsk"
    data = [
        ("МОАУ СОШ № 1", "school-1", [("ученик-ученик", "Ученик-ученик", 8, 12), ("учитель-учитель", "Учитель-учитель", 4, 4)]),
        ("МОАУ СОШ № 2", "school-2", [("ученик-ученик", "Ученик-ученик", 6, 9), ("учитель-учитель", "Учитель-учитель", 3, 3),
                                      ("работодатель-ученик", "Работодатель-ученик", 2, 10)]),
        ("МОАУ «Гимназия № 1»", "gymnasium-1", [("ученик-ученик", "Ученик-ученик", 14, 20), ("учитель-учитель", "Учитель-учитель", 5, 6),
                                                ("студент-ученик", "Студент-ученик", 4, 8)]),
        ("МОАУ «Лицей № 1»", "lyceum-1", [("ученик-ученик", "Ученик-ученик", 10, 15), ("учитель-учитель", "Учитель-учитель", 3, 3)]),
        ("МОАУ СОШ № 6", "school-6", [("учитель-учитель", "Учитель-учитель", 2, 2)]),
        ("МОАУ СОШ № 7", "school-7", [("ученик-ученик", "Ученик-ученик", 5, 7), ("работодатель-ученик", "Работодатель-ученик", 1, 6)]),
        ("МОАУ СОШ № 10", "school-10", [("ученик-ученик", "Ученик-ученик", 9, 11), ("учитель-учитель", "Учитель-учитель", 4, 5)]),
        ("МОАУ СОШ с. Ташкиново", "Ташкиново", [("ученик-ученик", "Ученик-ученик", 3, 4), ("учитель-учитель", "Учитель-учитель", 1, 1)]),
        ("МОАУ СОШ № 13", "school-13", [("ученик-ученик", "Ученик-ученик", 7, 9), ("студент-ученик", "Студент-ученик", 3, 5)]),
    ]
    rows = []
    bm = []
    cl = {}
    i = 0
    for n, c, fl in data:
        cl[n] = f"{slug}/{c}"
        i += 1
        start = len(rows)
        for k, (f, fh, a, b) in enumerate(fl):
            rows.append(("row", [str(i) if k == 0 else "", n if k == 0 else "", fh, str(a), str(b)]))
            d.fact(n, "mentors", a, "persons", f)
            d.fact(n, "mentees", b, "persons", f)
        d.org(n, cl[n])
        if len(fl) > 1:
            bm += [(start, 0, len(rows) - 1, 0), (start, 1, len(rows) - 1, 1)]
    TM = sum(a for _, _, fl in data for _, _, a, _ in fl)
    TN = sum(b for _, _, fl in data for _, _, _, b in fl)
    d.p("Управление образования администрации городского округа город Нефтекамск Республики Башкортостан",
        center=True)
    d.p("Справка по итогам мониторинга реализации целевой модели наставничества", bold=True, center=True)
    d.p("Дата формирования сведений: 31.05.2022", center=True)
    d.p("Сведения о наставниках и наставляемых по формам наставничества:")
    d.table([["№", "ОО", "Форма наставничества", "Наставники, чел.", "Наставляемые, чел."]], rows, body_merges=bm)
    uu = [n for n, c, fl in data if any(f == "учитель-учитель" for f, *_ in fl)]
    d.p(f"Форма «учитель – учитель» реализуется в {len(uu)} ОО. Всего в программах задействовано {TM} наставников "
        f"и {TN} наставляемых.")
    d.p("Исполнитель: Г.М. Сафина, 8 (34783) 4-44-12.")
    d.check("count", "mentors", "форма учитель-учитель реализуется в N ОО", len(uu), len(uu))
    d.check("sum", "mentors", "Всего наставников", TM, TM)
    d.check("sum", "mentees", "Всего наставляемых", TN, TN)
    return d


# --- 15 -------------------------------------------------------------------------------------
@register
def d15():
    d = Doc("kungur_teachers_2022", "pdf", "Кунгурский муниципальный округ", as_of="2022-12-20")
    d.features = ["«Общее число педагогов» (teachers_total)", "«Вовлечено педагогов в наставничество»",
                  "young teachers + «в т.ч. закреплён наставник»", "Всего", "share claim (planted error)", "PDF"]
    slug = "kungur"
    data = [
        ("МАОУ «Комсомольская СОШ»", "Комсомольская", 42, 15, 3, 3),
        ("МАОУ «Ергачинская СОШ»", "Ергачинская", 38, 12, 2, 2),
        ("МАОУ «Филипповская СОШ»", "Филипповская", 29, 9, 1, 1),
        ("МАОУ «Моховская СОШ»", "Моховская", 27, 10, 2, 1),
        ("МАОУ «Усть-Турская ООШ»", "Усть-Турская", 14, 5, 0, 0),
        ("МАОУ «Голдыревская СОШ»", "Голдыревская", 24, 8, 1, 1),
        ("МАОУ «Калининская СОШ»", "Калининская", 31, 11, 2, 2),
        ("МАОУ «Зарубинская ООШ»", "Зарубинская", 12, 4, 0, 0),
        ("МАОУ «Шадейская СОШ»", "Шадейская", 26, 9, 1, 1),
        ("МАОУ «Плехановская СОШ»", "Плехановская", 33, 13, 3, 2),
        ("МАОУ «Троицкая СОШ»", "Троицкая", 22, 7, 1, 1),
    ]
    cl = {n: f"{slug}/{c}" for n, c, *_ in data}
    rows = [("org", [str(i), n, a, b, y, m]) for i, (n, c, a, b, y, m) in enumerate(data, 1)]
    A = sum_col(rows, 2); B = sum_col(rows, 3); Y = sum_col(rows, 4); M = sum_col(rows, 5)
    rows.append(("total", ["", "Всего", A, B, Y, M]))
    d.p("Управление образования администрации Кунгурского муниципального округа Пермского края", center=True)
    d.p("Справка о реализации системы наставничества педагогических работников", bold=True, center=True)
    d.p("по состоянию на 20 декабря 2022 г.", center=True)
    d.p("Система наставничества педагогических работников внедряется на основании распоряжения "
        "Минпросвещения России от 16.12.2020 № Р-174 и приказа управления от 31.08.2022 № 385.")
    d.table([["№", "Наименование ОО", "Общее число педагогов", "Вовлечено педагогов в наставничество",
              "Кол-во молодых специалистов", "в т.ч. закреплён наставник"]], rows,
            specs={2: ("teachers_total", "persons"), 3: ("teachers_involved", "persons"),
                   4: ("young_teachers", "persons"), 5: ("young_teacher_mentees", "persons")},
            zero=DASH, clusters=cl)
    d.p(f"Всего в наставничество вовлечено {B} педагогов, что составляет 38% от общего числа педагогических "
        f"работников округа ({A} чел.).")
    d.p(f"Из {Y} молодых специалистов наставник закреплён за {M}.")
    d.check("sum", "teachers_total", "Всего", A, A)
    d.check("sum", "teachers_involved", "Всего", B, B)
    d.check("sum", "young_teachers", "Всего", Y, Y)
    d.check("sum", "young_teacher_mentees", "Всего", M, M)
    d.check("share", "teachers_involved", f"{B} от {A}", 38, 100 * B / A)
    d.check("sum", "young_teachers", "в тексте: из N молодых специалистов", Y, Y)
    d.check("sum", "young_teacher_mentees", "в тексте: наставник закреплён за N", M, M)
    return d


# --- 16 -------------------------------------------------------------------------------------
@register
def d16():
    school = "МАОУ «Лицей № 21»"
    d = Doc("tambov_lyceum21_2021", "docx", "город Тамбов", as_of="2021-12-24",
            organization="tambov/lyceum-21")
    d.features = ["single school, rows = Р-145 variants (form | variant | participants | pairs)",
                  "vertical merge of form cell", "sum claim"]
    d.org(school, "tambov/lyceum-21")
    rows_d = [
        ("ученик-ученик", "Ученик – ученик", "успевающий - неуспевающий", "«Успевающий – неуспевающий»", 24, 12),
        ("ученик-ученик", "", "равный - равному", "«Равный – равному»", 16, 8),
        ("ученик-ученик", "", "адаптированный - неадаптированный", "«Адаптированный – неадаптированный»", 10, 5),
        ("учитель-учитель", "Учитель – учитель", "молодой специалист - опытный педагог", "«Опытный педагог – молодой специалист»", 8, 4),
        ("учитель-ученик", "Учитель – ученик", "активный профессионал - равнодушный потребитель",
         "«Активный профессионал – равнодушный потребитель»", 21, 3),
    ]
    rows = []
    for i, (f, fh, v, vh, part, pairs) in enumerate(rows_d, 1):
        rows.append(("row", [fh, vh, str(part), str(pairs)]))
        d.fact(school, "program_participants", part, "persons", f, v)
        d.fact(school, "pairs", pairs, "count", f, v)
    P = sum(r[4] for r in rows_d); Q = sum(r[5] for r in rows_d)
    d.p("Муниципальное автономное общеобразовательное учреждение «Лицей № 21» г. Тамбова", center=True)
    d.p(f"Справка о реализации программы наставничества в {school} (на 24.12.2021)", bold=True)
    d.p("Программа наставничества на 2021–2022 учебный год утверждена приказом от 30.08.2021 № 158/1.")
    d.table([["Форма наставничества", "Вариант (модель) взаимодействия", "Количество участников, чел.",
              "Кол-во пар (групп)"]], rows, body_merges=[(0, 0, 2, 0)])
    d.p(f"Всего в программах наставничества лицея в 2021 году приняли участие {P} человек, "
        f"сформировано {Q} наставнических пар и групп.")
    d.p("Директор лицея                                   О.В. Попова")
    d.check("sum", "program_participants", "Всего приняли участие", P, P)
    d.check("sum", "pairs", "сформировано пар и групп", Q, Q)
    return d


# --- 17 -------------------------------------------------------------------------------------
@register
def d17():
    d = Doc("artemovsky_pct_2022", "txt", "Артёмовский городской округ", as_of="2022-06-10")
    d.encoding = "utf-8"
    d.features = ["TXT utf-8", "«Удельный вес обучающихся 10–19 лет – наставляемых, %»",
                  "«Удельный вес обучающихся 15–19 лет – наставников, %»", "two means (one planted error)",
                  "membership «ниже 10 %»"]
    slug = "artemovsky"
    data = [
        ("МАОУ «СОШ № 1»", "school-1", 18.4, 6.2), ("МБОУ «СОШ № 2»", "school-2", 12.1, 4.0),
        ("МАОУ «СОШ № 3»", "school-3", 9.6, 3.1), ("МАОУ «СОШ № 4»", "school-4", 15.0, 5.5),
        ("МАОУ «СОШ № 6»", "school-6", 7.8, 2.4), ("МАОУ «СОШ № 8»", "school-8", 21.3, 8.9),
        ("МАОУ «Лицей № 21»", "lyceum-21", 24.5, 10.2), ("МАОУ «СОШ № 56 с углубленным изучением отдельных предметов»", "school-56", 16.7, 7.0),
        ("МБОУ «ООШ № 7»", "school-7", 11.2, 0.0), ("МАОУ «Покровская СОШ»", "Покровская", 8.3, 3.6),
    ]
    cl = {n: f"{slug}/{c}" for n, c, *_ in data}
    rows = [("org", [str(i), n, a, b if b else DASH]) for i, (n, c, a, b) in enumerate(data, 1)]
    d.p("Управление образованием Артёмовского городского округа")
    d.p("СПРАВКА по итогам мониторинга показателей целевой модели наставничества")
    d.p("Отчётная дата: 10.06.2022")
    d.p("Показатели рассчитаны по данным ОО (письмо УО от 20.05.2022 № 712). Страниц: 2.")
    d.table([["№", "Образовательная организация",
              "Удельный вес обучающихся 10–19 лет – наставляемых, %",
              "Удельный вес обучающихся 15–19 лет – наставников, %"]], rows,
            specs={2: ("mentee_share_pct", "percent"), 3: ("mentor_share_pct", "percent")}, clusters=cl)
    m1 = sum(x[2] for x in data) / len(data)
    m2 = sum(x[3] for x in data) / len(data)
    stated_m2 = round(m2, 1) + 1.5  # planted
    d.p(f"Средний показатель по округу для наставляемых – {fmt_num(round(m1, 1))}%, "
        f"для наставников – {fmt_num(round(stated_m2, 1))}%.")
    low = [x[0] for x in data if x[2] < 10]
    d.p("Удельный вес наставляемых ниже 10 % в следующих ОО: " + ", ".join(low) + ".")
    d.check("mean", "mentee_share_pct", "средний показатель для наставляемых", round(m1, 1), m1)
    d.check("mean", "mentor_share_pct", "средний показатель для наставников", round(stated_m2, 1), m2)
    d.check("membership", "mentee_share_pct", "ниже 10 %", low, low)
    return d


# --- 18 -------------------------------------------------------------------------------------
@register
def d18():
    d = Doc("bogorodsk_coverage_2021", "docx", "Богородский район", as_of="2021-12-24")
    d.features = ["«Охвачено, чел.»", "«Кол-во пар (групп), ед.»", "«Всего обучающихся в ОО»",
                  "thousands with spaces («1 120»)", "ИТОГО", "share «что составляет N% от общего числа»"]
    slug = "bogorodsk"
    data = [
        ("МАОУ СОШ № 1 г. Богородска", "school-1", 312, 141, 1120),
        ("МБОУ СОШ № 2", "school-2", 254, 112, 1034),
        ("МАОУ «СОШ № 3»", "school-3", 108, 50, 688),
        ("МБОУ «СОШ № 4»", "school-4", 97, 41, 512),
        ("МБОУ «Хвощевская СОШ»", "Хвощевская", 38, 17, 176),
        ("МБОУ Каменская СОШ", "Каменская", 29, 12, 143),
        ("МБОУ «Алешковская СОШ»", "Алешковская", 31, 14, 201),
        ("МАОУ «Доскинская СОШ»", "Доскинская", 44, 20, 265),
        ("МБОУ «Шапкинская ООШ»", "Шапкинская", 9, 4, 48),
        ("МБОУ «Лакшинская СОШ»", "Лакшинская", 22, 9, 129),
        ("МБОУ «Дуденевская СОШ»", "Дуденевская", 35, 16, 210),
    ]
    cl = {n: f"{slug}/{c}" for n, c, *_ in data}
    rows = [("org", [str(i), n, a, b, t]) for i, (n, c, a, b, t) in enumerate(data, 1)]
    A = sum_col(rows, 2); B = sum_col(rows, 3); T = sum_col(rows, 4)
    rows.append(("total", ["", "ИТОГО", A, B, T]))
    d.p("Управление образования и молодежной политики администрации Богородского муниципального района "
        "Нижегородской области", center=True)
    d.p("Информационная справка", bold=True, center=True)
    d.p("об охвате обучающихся программами наставничества на 24.12.2021", center=True)
    d.table([["№", "ОО", "Охвачено, чел.", "Кол-во пар (групп), ед.", "Всего обучающихся в ОО"]], rows,
            specs={2: ("students_involved", "persons"), 3: ("pairs", "count"), 4: ("students_total", "persons")},
            thou=True, clusters=cl)
    sh = round(100 * A / T)
    d.p(f"Программами наставничества охвачено {A} обучающихся, что составляет {sh}% от общего числа "
        f"{fmt_num(T, thou=True)} обучающихся района. Наставнические пары сформированы во всех {len(data)} ОО.")
    d.p("Исп.: Н.Г. Лаптева, тел. 8 (83170) 2-11-07.")
    d.check("sum", "students_involved", "ИТОГО", A, A)
    d.check("sum", "pairs", "ИТОГО", B, B)
    d.check("sum", "students_total", "ИТОГО", T, T)
    d.check("share", "students_involved", f"{A} от {T}", sh, 100 * A / T)
    d.check("count", "organizations", f"во всех {len(data)} ОО", len(data), len(data))
    return d


# --- 19 -------------------------------------------------------------------------------------
@register
def d19():
    d = Doc("vologda_mentees_2022", "pdf", "город Вологда", as_of="2022-12-26")
    d.features = ["wide per-form mentees under «Количество наставляемых, чел.»",
                  "per-row total «Всего участников» (planted error) next to denominator "
                  "«Численность обучающихся 10-19 лет»", "Итого (either)", "PDF"]
    slug = "vologda"
    forms = ["ученик-ученик", "учитель-ученик", "студент-ученик", "работодатель-ученик"]
    data = [
        ("МОУ «СОШ № 1»", "school-1", [45, 20, 0, 6], 760), ("МОУ «Гимназия № 2»", "gymnasium-2", [62, 31, 12, 0], 910),
        ("МОУ «СОШ № 5»", "school-5", [30, 14, 0, 4], 540), ("МОУ «Лицей № 32»", "lyceum-32", [58, 25, 10, 8], 880),
        ("МОУ «СОШ № 8»", "school-8", [22, 11, 0, 0], 430), ("МОУ «СОШ № 11»", "school-11", [38, 17, 6, 5], 695),
        ("МОУ «Средняя школа № 14»", "school-14", [27, 9, 0, 3], 502), ("МОУ «СОШ № 18»", "school-18", [41, 15, 8, 0], 720),
        ("МОУ «Центр образования № 42»", "co-42", [33, 12, 0, 7], 615), ("МОУ «СОШ № 26»", "school-26", [19, 10, 0, 2], 388),
    ]
    cl = {n: f"{slug}/{c}" for n, c, *_ in data}
    rows = []
    bad = None
    for i, (n, c, v, den) in enumerate(data, 1):
        tot = sum(v)
        if c == "school-8":
            bad = (n, tot + 10, tot)
            tot += 10
        rows.append(("org", [str(i), n] + v + [tot, den]))
    true_tot = sum(sum(x[2]) for x in data)
    tot_row = ["", "Итого"] + [sum_col(rows, k) for k in range(2, 6)] + [true_tot, sum_col(rows, 7)]
    rows.append(("total", tot_row))
    specs = {2 + k: ("mentees", "persons", f) for k, f in enumerate(forms)}
    specs[7] = ("students_total", "persons")
    d.p("Управление образования Администрации города Вологды", center=True)
    d.p("Справка по результатам мониторинга внедрения целевой модели наставничества обучающихся", bold=True,
        center=True)
    d.p("(сведения на 26.12.2022)", center=True)
    d.p("Мониторинг проведён в соответствии с распоряжением начальника Управления образования "
        "от 14.11.2022 № 1020.")
    d.table([["№", "Образовательная организация", "Количество наставляемых, чел.", "", "", "",
              "Всего участников", "Численность обучающихся 10-19 лет"],
             ["", "", "ученик – ученик", "учитель – ученик", "студент – ученик", "работодатель – ученик", "", ""]],
            rows, specs=specs, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)],
            zero=DASH, font=10, clusters=cl)
    d.p("Телефон для справок: (8172) 72-31-28.")
    for k, f in enumerate(forms):
        d.check("sum", "mentees", f"Итого, {f}", tot_row[2 + k], sum_col(rows, 2 + k))
    d.check("sum", "mentees", f"графа «Всего участников» у {bad[0]}", bad[1], bad[2])
    d.check("sum", "mentees", "Итого, всего участников", true_tot, sum_col(rows, 6), "either")
    d.check("sum", "students_total", "Итого", tot_row[7], tot_row[7])
    return d


# --- 20 -------------------------------------------------------------------------------------
@register
def d20():
    d = Doc("sterlitamak_prikaz_594_2022", "doc", "Стерлитамакский район", kind="приказ",
            doc_date="2022-09-12", doc_number="594")
    d.features = ["приказ", "DOC", "«Участники (план), чел.» over forms", "per-row «Итого»",
                  "total in text (planted error)"]
    slug = "sterlitamak"
    forms = ["ученик-ученик", "учитель-учитель", "работодатель-ученик"]
    data = [
        ("МОБУ СОШ с. Айдарали", "Айдарали", [12, 4, 0]), ("МОБУ СОШ с. Васильевка", "Васильевка", [18, 6, 4]),
        ("МОБУ СОШ с. Октябрьское", "Октябрьское", [20, 5, 6]), ("МОБУ ООШ д. Кучербаево", "Кучербаево", [6, 2, 0]),
        ("МОБУ СОШ с. Наумовка", "Наумовка", [16, 4, 3]), ("МОБУ «СОШ с. Рощинский»", "Рощинский", [22, 6, 5]),
        ("МОБУ СОШ с. Новофедоровское", "Новофедоровское", [10, 2, 2]), ("МОБУ СОШ с. Отрадовка", "Отрадовка", [14, 4, 0]),
        ("МОБУ ООШ с. Покровка", "Покровка", [8, 2, 0]), ("МОБУ СОШ с. Тюрюшля", "Тюрюшля", [12, 3, 4]),
    ]
    cl = {n: f"{slug}/{c}" for n, c, *_ in data}
    rows = [("org", [str(i), n] + v + [sum(v)]) for i, (n, c, v) in enumerate(data, 1)]
    total = sum(sum(x[2]) for x in data)
    stated = total + 20  # planted
    specs = {2 + k: ("planned_participants", "persons", f) for k, f in enumerate(forms)}
    d.p("Администрация муниципального района Стерлитамакский район Республики Башкортостан", center=True)
    d.p("МКУ «Отдел образования»", center=True)
    d.p("БОЙОРОК                                                    ПРИКАЗ", center=True)
    d.p("«12» сентября 2022 г.                      № 594")
    d.p("О реализации целевой модели наставничества в 2022–2023 учебном году", bold=True)
    d.p("В целях достижения результата регионального проекта «Современная школа» и в соответствии с "
        "приказом Министерства образования и науки Республики Башкортостан от 26.08.2022 № 1480 приказываю:")
    d.p("1. Утвердить плановые показатели вовлечения участников в программы наставничества (приложение).")
    d.p(f"2. Всего планируется вовлечь {stated} участников в {len(data)} общеобразовательных организациях.")
    d.p("3. Контроль за исполнением настоящего приказа оставляю за собой.")
    d.p("Начальник отдела образования                                    Р.Р. Ахметов")
    d.p("Приложение к приказу № 594 от 12.09.2022")
    d.table([["№", "ОО", "Участники (план), чел.", "", "", "Итого"],
             ["", "", "ученик – ученик", "учитель – учитель", "работодатель – ученик", ""]], rows,
            specs=specs, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)], zero=DASH, clusters=cl)
    d.check("sum", "planned_participants", "Всего планируется вовлечь", stated, total)
    d.check("count", "organizations", f"в {len(data)} общеобразовательных организациях", len(data), len(data))
    return d


# --- 21 -------------------------------------------------------------------------------------
@register
def d21():
    d = Doc("dobryanka_udo_2021", "txt", "Добрянский городской округ", as_of="2021-12-30")
    d.encoding = "cp1251"
    d.features = ["TXT cp1251", "ДДТ/ЦДТ/СЮТ + schools", "«Всего обучающихся» + «Вовлечено обучающихся» + "
                  "«Вовлечено педагогов»", "share «составил 15% (N человек из M)»", "Итого"]
    slug = "dobryanka"
    data = [
        ("МАОУ «Добрянская СОШ № 2»", "school-2", 1012, 164, 21),
        ("МАОУ «ДСОШ № 3»", "school-3", 934, 140, 17),
        ("МАОУ «Добрянская СОШ № 5»", "school-5", 1208, 190, 23),
        ("МБОУ «Полазненская СОШ № 1»", "Полазна-1", 866, 121, 14),
        ("МБОУ «Полазненская СОШ № 3»", "Полазна-3", 705, 98, 12),
        ("МБОУ «Вильвенская СОШ»", "Вильвенская", 211, 30, 5),
        ("МАОУ «Гимназия»", "gymnasium", 640, 118, 16),
        ("МБУ ДО «Дом детского творчества»", "ddt", 1150, 160, 11),
        ("МБУ ДО ЦДТ «Логос»", "cdt", 860, 102, 9),
        ("МБУ ДО «Станция юных техников»", "syut", 654, 113, 7),
    ]
    cl = {n: f"{slug}/{c}" for n, c, *_ in data}
    rows = [("org", [str(i), n, a, b, p]) for i, (n, c, a, b, p) in enumerate(data, 1)]
    T = sum_col(rows, 2); S = sum_col(rows, 3); P = sum_col(rows, 4)
    rows.append(("total", ["", "Итого", T, S, P]))
    d.p("Управление образования администрации Добрянского городского округа")
    d.p("Аналитическая справка о реализации целевой модели наставничества в образовательных организациях "
        "общего и дополнительного образования на 30 декабря 2021 года")
    d.p("Сведения приводятся по 10 организациям (7 общеобразовательных и 3 организации дополнительного образования).")
    d.table([["№", "Образовательная организация", "Всего обучающихся", "Вовлечено обучающихся",
              "Вовлечено педагогов"]], rows,
            specs={2: ("students_total", "persons"), 3: ("students_involved", "persons"),
                   4: ("teachers_involved", "persons")}, clusters=cl)
    sh = round(100 * S / T)
    d.p(f"Охват обучающихся наставничеством составил {sh}% ({S} человек из {T}).")
    d.p("Исполнитель: ведущий специалист УО, тел. 8 (34265) 2-39-91. Документ на 2 стр.")
    d.check("sum", "students_total", "Итого", T, T)
    d.check("sum", "students_involved", "Итого", S, S)
    d.check("sum", "teachers_involved", "Итого", P, P)
    d.check("share", "students_involved", f"{S} от {T}", sh, 100 * S / T)
    d.check("count", "organizations", "по 10 организациям", 10, len(data))
    d.check("count", "organizations", "3 организации дополнительного образования", 3, 3)
    d.check("count", "organizations", "7 общеобразовательных", 7, 7)
    return d


# --- 22 -------------------------------------------------------------------------------------
@register
def d22():
    d = Doc("kirsanov_spravka_2022", "docx", "Кирсановский район", as_of="2022-06-01")
    d.features = ["2-row header «Вовлечено в наставничество» over «обуч-ся, чел. | педагогов, чел.»",
                  "«Молодые специалисты» with «Нет молодых специалистов» text cells (empty value)",
                  "ИТОГО (planted error)", "count of ОО with young specialists"]
    slug = "kirsanov"
    data = [
        ("МБОУ «Уваровщинская СОШ»", "Уваровщинская", 64, 9, 2),
        ("МБОУ «Калаисская СОШ»", "Калаисская", 41, 6, "Нет молодых специалистов"),
        ("МБОУ «Голынщинская СОШ»", "Голынщинская", 37, 5, 1),
        ("МБОУ «Соколовская ООШ»", "Соколовская", 15, 3, "Нет молодых специалистов"),
        ("МБОУ «Ленинская СОШ»", "Ленинская", 48, 7, 1),
        ("МБОУ «Рамзинская СОШ»", "Рамзинская", 33, 4, 2),
        ("МБОУ «Марьевская ООШ»", "Марьевская", 12, 2, "Нет молодых специалистов"),
        ("МБОУ «Пущинская СОШ»", "Пущинская", 29, 4, 1),
        ("МБОУ «Шиняевская СОШ»", "Шиняевская", 22, 3, 1),
    ]
    cl = {n: f"{slug}/{c}" for n, c, *_ in data}
    rows = [("org", [str(i), n, a, b, y]) for i, (n, c, a, b, y) in enumerate(data, 1)]
    S = sum_col(rows, 2); P = sum_col(rows, 3); Y = sum_col(rows, 4)
    stated_P = P + 5  # planted
    rows.append(("total", ["", "ИТОГО", S, stated_P, Y]))
    d.p("Отдел образования администрации Кирсановского района Тамбовской области", center=True)
    d.p("Справка", bold=True, center=True)
    d.p("о реализации целевой модели наставничества по состоянию на 01.06.2022", center=True)
    d.p("Целевая модель наставничества внедряется в соответствии с приказом отдела образования от 15.02.2021 № 27.")
    d.table([["№", "ОО", "Вовлечено в наставничество", "", "Молодые специалисты, чел."],
             ["", "", "обуч-ся, чел.", "педагогов, чел.", ""]], rows,
            specs={2: ("students_involved", "persons"), 3: ("teachers_involved", "persons"),
                   4: ("young_teachers", "persons")},
            merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)], clusters=cl)
    ny = len([x for x in data if isinstance(x[4], int) and x[4] > 0])
    d.p(f"Молодые специалисты работают в {ny} ОО района, за каждым из них закреплён наставник.")
    d.p("Начальник отдела образования                                   Т.А. Фролова")
    d.check("sum", "students_involved", "ИТОГО", S, S)
    d.check("sum", "teachers_involved", "ИТОГО", stated_P, P)
    d.check("sum", "young_teachers", "ИТОГО", Y, Y)
    d.check("count", "young_teachers", "молодые специалисты работают в N ОО", ny, ny)
    return d


# --- 23 -------------------------------------------------------------------------------------
@register
def d23():
    d = Doc("ntagil_roles_2021", "pdf", "город Нижний Тагил", as_of="2021-12-31")
    d.features = ["2 parent headers: «Охвачено, чел.» (обучающихся|педагогов) and «в том числе обучающихся» "
                  "(наставников|наставляемых)", "Итого по городу", "composition claim", "PDF"]
    slug = "ntagil"
    data = [
        ("МБОУ СОШ № 5", "school-5", 84, 9, 20), ("МАОУ СОШ № 9", "school-9", 131, 14, 33),
        ("МБОУ СОШ № 10", "school-10", 96, 8, 25), ("МАОУ «Политехническая гимназия»", "politech-gymnasium", 240, 22, 70),
        ("МБОУ «Гимназия № 18»", "gymnasium-18", 158, 15, 41), ("МАОУ лицей № 39", "lyceum-39", 187, 17, 52),
        ("МБОУ СОШ № 32", "school-32", 75, 7, 18), ("МАОУ СОШ № 36", "school-36", 112, 10, 29),
        ("МБОУ СОШ № 40", "school-40", 69, 6, 15), ("МАОУ СОШ № 61", "school-61", 143, 12, 38),
        ("МБОУ СОШ № 64", "school-64", 58, 5, 12), ("МБОУ ООШ № 13", "school-13", 37, 4, 8),
    ]
    cl = {n: f"{slug}/{c}" for n, c, *_ in data}
    rows = [("org", [str(i), n, s, t, m, s - m]) for i, (n, c, s, t, m) in enumerate(data, 1)]
    S = sum_col(rows, 2); P = sum_col(rows, 3); M = sum_col(rows, 4); N = sum_col(rows, 5)
    rows.append(("total", ["", "Итого по городу", S, P, M, N]))
    d.p("Управление образования Администрации города Нижний Тагил", center=True)
    d.p("СПРАВКА", bold=True, center=True)
    d.p("об итогах внедрения целевой модели наставничества в 2021 году (по состоянию на 31.12.2021)", center=True)
    d.table([["№", "Общеобразовательная организация", "Охвачено, чел.", "", "в том числе обучающихся", ""],
             ["", "", "обучающихся", "педагогов", "наставников", "наставляемых"]], rows,
            specs={2: ("students_involved", "persons"), 3: ("teachers_involved", "persons"),
                   4: ("mentors", "persons"), 5: ("mentees", "persons")},
            merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)], thou=True, clusters=cl)
    d.p(f"Всего охвачено {fmt_num(S, thou=True)} обучающихся: {fmt_num(N, thou=True)} наставляемых и {M} наставников.")
    d.p("Приказ Управления образования от 21.10.2021 № 1190. Тел. (3435) 41-14-60.")
    for k, ind in ((2, "students_involved"), (3, "teachers_involved"), (4, "mentors"), (5, "mentees")):
        d.check("sum", ind, "Итого по городу", sum_col(rows, k), sum_col(rows, k))
    d.check("composition", "students_involved", f"{S} = {N} + {M}", S, N + M)
    return d


# --- 24 -------------------------------------------------------------------------------------
@register
def d24():
    d = Doc("kstovo_variants_2022", "odt", "Кстовский муниципальный округ", as_of="2022-12-01")
    d.features = ["transposed multi-org: rows = variants, columns = schools", "row total «Итого» (planted error)",
                  "ODT"]
    slug = "kstovo"
    schools = [("МБОУ «СШ № 1»", "school-1"), ("МАОУ «СШ № 2 с УИОП»", "school-2"),
               ("МБОУ «Лицей № 4»", "lyceum-4"), ("МБОУ «Афонинская СШ»", "Афонинская"),
               ("МБОУ «Работкинская СШ»", "Работкинская")]
    var = [("ученик-ученик", "успевающий - неуспевающий", "Успевающий – неуспевающий", [10, 14, 12, 6, 4]),
           ("ученик-ученик", "лидер - пассивный", "Лидер – пассивный", [6, 8, 10, 2, 0]),
           ("ученик-ученик", "равный - равному", "Равный – равному", [4, 6, 8, 0, 2]),
           ("учитель-учитель", "молодой специалист - опытный педагог", "Молодой специалист – опытный педагог", [2, 4, 2, 2, 1]),
           ("учитель-учитель", "коллега - молодой коллега", "Коллега – молодой коллега", [0, 2, 2, 0, 0])]
    rows = []
    bad_k = 2
    for k, (f, v, vh, vals) in enumerate(var):
        tot = sum(vals) + (5 if k == bad_k else 0)
        rows.append(("row", [vh] + [fmt_num(x, zero=DASH) for x in vals] + [str(tot)]))
        for (sn, sc), x in zip(schools, vals):
            d.fact(sn, "program_participants", x, "persons", f, v)
    for sn, sc in schools:
        d.org(sn, f"{slug}/{sc}")
    d.p("Управление образования администрации Кстовского муниципального округа Нижегородской области",
        center=True)
    d.p("Справка о численности участников программ наставничества по вариантам взаимодействия",
        bold=True, center=True)
    d.p("на 1 декабря 2022 года", center=True)
    d.p("Количество участников (чел.) указано по данным школ — участниц муниципального проекта "
        "(приказ от 07.02.2022 № 112). Срок представления следующего отчёта — 01.06.2023.")
    d.table([["Вариант взаимодействия"] + [s for s, _ in schools] + ["Итого"]], rows)
    d.p("Ответственный специалист: И.С. Волкова, тел. 8 (83145) 3-90-12.")
    for k, (f, v, vh, vals) in enumerate(var):
        tot = sum(vals) + (5 if k == bad_k else 0)
        d.check("sum", "program_participants", f"Итого, {vh}", tot, sum(vals))
    return d


# ----------------------------------------------------------------------------------------------
def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(GOLD, exist_ok=True)
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    docs = [fn() for fn in DOCS]
    names = [d.name for d in docs]
    assert len(set(names)) == len(names)
    for d in docs:
        if d.fmt == "txt":
            write_txt(d, os.path.join(OUT, d.name + ".txt"))
        elif d.fmt == "docx":
            write_docx(d, os.path.join(OUT, d.name + ".docx"))
        else:
            src = os.path.join(TMP, d.name + ".docx")
            write_docx(d, src)
            convert(src, d.fmt, OUT)  # sequential, one at a time
            assert os.path.exists(os.path.join(OUT, d.name + "." + d.fmt)), d.name
        print("wrote", d.name, d.fmt, file=sys.stderr)

    def wcsv(fn, fields, rows):
        with open(os.path.join(GOLD, fn), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=fields)
            w.writeheader()
            for r in rows:
                w.writerow(r)

    wcsv("documents.csv", ["doc", "format", "kind", "municipality", "organization", "as_of", "doc_date",
                           "doc_number", "expect"],
         [dict(doc=d.name, format=d.fmt, kind=d.kind, municipality=d.muni, organization=d.organization,
               as_of=d.as_of, doc_date=d.doc_date, doc_number=d.doc_number, expect=d.expect) for d in docs])
    wcsv("facts.csv", ["doc", "org_name", "indicator", "form", "variant", "value", "unit"],
         [f for d in docs for f in d.facts])
    wcsv("checks.csv", ["doc", "check", "indicator", "subject", "stated", "computed", "status"],
         [c for d in docs for c in d.checks])
    wcsv("organizations.csv", ["doc", "org_name", "cluster"],
         [dict(doc=d.name, org_name=n, cluster=c) for d in docs for n, c in d.orgs.items()])
    shutil.rmtree(TMP, ignore_errors=True)
    with open(os.path.join(HERE, "FEATURES_dev.md"), "w", encoding="utf-8") as f:
        f.write("# dev corpus: layouts and wordings per document\n\n| doc | format | features |\n|---|---|---|\n")
        for d in docs:
            f.write(f"| {d.name} | {d.fmt} | {'; '.join(d.features)} |\n")
    print(f"{len(docs)} docs, {sum(len(d.facts) for d in docs)} facts, "
          f"{sum(len(d.checks) for d in docs)} checks "
          f"({sum(1 for d in docs for c in d.checks if c['status'] == 'mismatch')} mismatch)", file=sys.stderr)


if __name__ == "__main__":
    main()
