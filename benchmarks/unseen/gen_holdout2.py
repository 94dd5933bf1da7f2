#!/usr/bin/env python3
"""Generator of the held-out corpus «holdout2» for spravki.

Independent author: own wording, own regions (Ярославская, Калужская, Иркутская обл.,
Ставропольский край, Республика Коми, Саратовская обл., ХМАО-Югра).
Documents are built from data structures; the gold (facts, checks, organizations,
documents) is written from the same structures, so they agree by construction.

usage: .venv/bin/python gen_holdout2.py   (needs soffice for pdf/odt/doc)
"""
import os
import csv, os, random, re, shutil, subprocess, sys, tempfile
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = os.environ.get("UNSEEN_OUT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "out"))
OUT = os.path.join(ROOT, "holdout2")
GOLD = os.path.join(ROOT, "gold", "holdout2")
UNITS = {"students_involved": "persons", "teachers_involved": "persons", "mentees": "persons",
         "mentors": "persons", "pairs": "count", "forms_count": "count", "mentee_share_pct": "percent",
         "mentor_share_pct": "percent", "young_teachers": "persons", "young_teacher_mentees": "persons",
         "young_teacher_mentee_share_pct": "percent", "partner_enterprises": "count",
         "planned_participants": "persons", "program_participants": "persons", "students_total": "persons"}
FORMS = ["ученик-ученик", "учитель-учитель", "студент-ученик", "работодатель-ученик", "работодатель-студент"]
DASH = "–"
SHY = "\u00ad"
VOW = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")


# ----------------------------------------------------------------------------- formatting
def fi(v, zero=DASH, sep=" "):
    """integer cell: thousands separated, zero as dash (or as given)."""
    if v is None:
        return ""
    if v == 0:
        return zero
    s = f"{v:,}".replace(",", sep)
    return s


def fp(v, dec=1, comma=True, pct=""):
    s = f"{v:.{dec}f}"
    if comma:
        s = s.replace(".", ",")
    return s + pct


def r1(x):
    return round(x + 1e-9, 1)


def hy(text):
    """insert soft hyphens into long words (LibreOffice breaks there when the column is narrow)"""
    def one(w):
        if len(w) < 8 or not w.isalpha():
            return w
        cuts = []
        for i in range(2, len(w) - 3):
            a, b, c = w[i - 1], w[i], w[i + 1]
            if c in "ьъйЬЪЙ" or (i + 2 < len(w) and w[i + 2] in "ьъ"):
                continue
            if a in VOW and b not in VOW and c in VOW:   # на-ча-ло : break before consonant
                cuts.append(i)
            elif a in VOW and b not in VOW and c not in VOW:  # break between consonants
                cuts.append(i + 1)
        cuts = sorted(set(x for x in cuts if 2 <= x <= len(w) - 3))
        out, last = [], 0
        for x in cuts:
            if x - last >= 2:
                out.append(w[last:x]); last = x
        out.append(w[last:])
        return SHY.join(out)
    return re.sub(r"[А-Яа-яЁё]+", lambda m: one(m.group(0)), text)


# ----------------------------------------------------------------------------- document model
class Doc:
    def __init__(self, name, fmt, kind, muni, as_of="", org="", doc_date="", doc_number="",
                 landscape=False, hyphen=False, enc="utf-8", font=11):
        self.name, self.fmt, self.kind, self.muni = name, fmt, kind, muni
        self.as_of, self.org_id, self.doc_date, self.doc_number = as_of, org, doc_date, doc_number
        self.landscape, self.hyphen, self.enc, self.font = landscape, hyphen, enc, font
        self.blocks, self.facts, self.checks, self.orgs = [], [], [], {}

    # content
    def p(self, text, bold=False, center=False, size=None, right=False):
        self.blocks.append(("p", text, bold, center, size, right))

    def t(self, rows, widths, head=1, repeat=False, size=9):
        self.blocks.append(("t", rows, widths, head, repeat, size))

    def landscape_section(self):
        self.blocks.append(("land",))

    def portrait_section(self):
        self.blocks.append(("port",))

    # gold
    def fact(self, org, ind, value, form="", variant=""):
        self.facts.append((self.name, org, ind, form, variant, value, UNITS[ind]))

    def org(self, name, cluster):
        self.orgs[name] = cluster

    def check(self, kind, ind, subject, stated, computed, status=None):
        if status is None:
            try:
                status = "ok" if abs(float(stated) - float(computed)) < 0.051 else "mismatch"
            except (TypeError, ValueError):
                status = "ok" if str(stated) == str(computed) else "mismatch"
        self.checks.append((self.name, kind, ind, subject, stated, computed, status))


def nf(v):
    """number for CSV"""
    if v is None or v == "":
        return ""
    if isinstance(v, float):
        if abs(v - round(v)) < 1e-9:
            return str(int(round(v)))
        return f"{v:.2f}".rstrip("0").rstrip(".")
    return str(v)


# ----------------------------------------------------------------------------- DOCX rendering
def _set_cell_width(cell, w):
    cell.width = Cm(w)


def _font(run, size, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), "Times New Roman")


def _orient(section, land):
    if land:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin"):
        setattr(section, m, Cm(1.8 if not land else 1.5))
    section.top_margin = section.bottom_margin = Cm(1.5)


def spans(rows):
    """origin cells with their extents: (r, c, r2, c2, text)"""
    out = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is None or v == "^":
                continue
            c2 = c
            while c2 + 1 < len(row) and row[c2 + 1] is None:
                c2 += 1
            r2 = r
            while r2 + 1 < len(rows) and rows[r2 + 1][c] == "^":
                r2 += 1
            out.append((r, c, r2, c2, v))
    return out


def write_docx(doc, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"; st.font.size = Pt(doc.font)
    st.paragraph_format.space_after = Pt(3)
    _orient(d.sections[0], doc.landscape)
    land = doc.landscape
    for b in doc.blocks:
        if b[0] == "p":
            _, text, bold, center, size, right = b
            par = d.add_paragraph()
            if center:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif right:
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            _font(par.add_run(text), size or doc.font, bold)
        elif b[0] in ("land", "port"):
            from docx.enum.section import WD_SECTION
            sec = d.add_section(WD_SECTION.NEW_PAGE)
            land = b[0] == "land"
            _orient(sec, land)
        else:
            _, rows, widths, head, repeat, size = b
            ncol = len(widths)
            tb = d.add_table(rows=len(rows), cols=ncol)
            tb.style = "Table Grid"
            tb.autofit = False
            tblPr = tb._tbl.tblPr
            lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
            grid = tb._tbl.tblGrid
            for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(w * 567)))
            for r in range(len(rows)):
                for c in range(ncol):
                    _set_cell_width(tb.cell(r, c), widths[c])
            for r in range(head):
                trPr = tb.rows[r]._tr.get_or_add_trPr()
                if repeat:
                    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trPr.append(el)
            for r in range(len(rows)):
                trPr = tb.rows[r]._tr.get_or_add_trPr()
                el = OxmlElement("w:cantSplit"); el.set(qn("w:val"), "true"); trPr.append(el)
            for (r, c, r2, c2, text) in spans(rows):
                cell = tb.cell(r, c)
                if r2 > r or c2 > c:
                    cell = cell.merge(tb.cell(r2, c2))
                if doc.hyphen and r < head:
                    text = hy(text)
                lines = text.split("\n")
                par = cell.paragraphs[0]
                if r < head:
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for i, ln in enumerate(lines):
                    if i:
                        par = cell.add_paragraph()
                    par.paragraph_format.space_after = Pt(0)
                    _font(par.add_run(ln), size, bold=(r < head))
            d.add_paragraph()
    d.save(path)


# ----------------------------------------------------------------------------- TXT rendering
def write_txt(doc, path):
    lines = []
    for b in doc.blocks:
        if b[0] == "p":
            lines.append(b[1])
        elif b[0] == "t":
            for row in b[1]:
                cells = ["" if (v is None or v == "^") else v.replace("\n", " ") for v in row]
                lines.append("\t".join(cells))
            lines.append("")
    text = "\r\n".join(lines) + "\r\n"
    if doc.enc == "utf-16":
        data = text.encode("utf-16")  # with BOM
    else:
        data = text.encode(doc.enc)
    with open(path, "wb") as f:
        f.write(data)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_h2", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def render(doc):
    if doc.fmt == "txt":
        write_txt(doc, f"{OUT}/{doc.name}.txt")
        return
    if doc.fmt == "docx":
        write_docx(doc, f"{OUT}/{doc.name}.docx")
        return
    tmp = tempfile.mkdtemp(prefix="h2_")
    src = f"{tmp}/{doc.name}.docx"
    write_docx(doc, src)
    target = {"pdf": "pdf", "odt": "odt", "doc": "doc:MS Word 97"}[doc.fmt]
    soffice(src, target, tmp)
    shutil.move(f"{tmp}/{doc.name}.{doc.fmt}", f"{OUT}/{doc.name}.{doc.fmt}")
    shutil.rmtree(tmp, ignore_errors=True)


# ----------------------------------------------------------------------------- helpers
P145 = ["В соответствии с распоряжением Министерства просвещения Российской Федерации от 25.12.2019 "
        "№ Р-145 «Об утверждении методологии (целевой модели) наставничества обучающихся для "
        "организаций, осуществляющих образовательную деятельность по общеобразовательным, "
        "дополнительным общеобразовательным и программам среднего профессионального образования, в том "
        "числе с применением лучших практик обмена опытом между обучающимися»",
        "Во исполнение распоряжения Минпросвещения России от 25 декабря 2019 г. N Р-145",
        "На основании распоряжения Министерства просвещения РФ № Р-145 от 25.12.2019 г. и письма "
        "Минпросвещения России от 23.01.2020 № МР-42/02"]


def col_sum_check(doc, ind, subject, stated, values, status=None):
    comp = sum(v or 0 for v in values)
    if isinstance(comp, float):
        comp = round(comp, 2)
    doc.check("sum", ind, subject, stated, comp, status)


def dist(rng, n, lo, hi, zero_p=0.0):
    return [0 if rng.random() < zero_p else rng.randint(lo, hi) for _ in range(n)]


ALL = []


def register(fn):
    ALL.append(fn)
    return fn


# ============================================================================= documents
# 1. Рыбинский район (Ярославская), PDF landscape, per-form mentors/mentees, 3-row header,
#    table over two pages with repeated header
@register
def d_rybinsk():
    rng = random.Random(101)
    doc = Doc("rybinsk_rayon_monitoring_2022", "pdf", "справка", "Рыбинский район", "2022-05-20",
              landscape=True, hyphen=True, font=11)
    villages = [("Песочинская", "СОШ"), ("Покровская", "СОШ"), ("Глебовская", "ООШ"), ("Михайловская", "СОШ"),
                ("Каменниковская", "СОШ"), ("Арефинская", "СОШ"), ("Ермаковская", "СОШ"), ("Волжская", "СОШ"),
                ("Тихменевская", "СОШ"), ("Октябрьская", "СОШ"), ("Шашковская", "СОШ"), ("Середневская", "ООШ"),
                ("Назаровская", "ООШ"), ("Судоверфская", "СОШ"), ("Огарковская", "ООШ"), ("Сретенская", "СОШ"),
                ("Болтинская", "ООШ"), ("Дюдьковская", "ООШ"), ("Ломовская", "СОШ"), ("Николо-Кормская", "СОШ"),
                ("Коприно", "ООШ"), ("Кстовская", "ООШ"), ("Погорельская", "СОШ"), ("Степановская", "ООШ")]
    names = []
    for i, (v, t) in enumerate(villages):
        full = {"СОШ": "средняя общеобразовательная школа", "ООШ": "основная общеобразовательная школа"}[t]
        style = i % 6
        if v == "Коприно":
            nm = "МОУ Коприно ООШ"
        elif style == 0:
            nm = f"МОУ {v} {t}"
        elif style == 1:
            nm = f"МОУ «{v} {t}»"
        elif style == 2:
            nm = f"муниципальное общеобразовательное учреждение {v} {full}"
        elif style == 3:
            nm = f"МОУ {v} {t} Рыбинского МР"
        elif style == 4:
            nm = f"МОУ {v} {t} им. Н.И. Глебова" if v == "Глебовская" else f"МОУ {v} {t}"
        else:
            nm = f"МОУ «{v} {t}»"
        names.append((nm, f"rybinsk-r/{v}"))
    names.append(("МУ ДО «Дом детского творчества»", "rybinsk-r/do-ДДТ"))
    names.append(("МУ ДО Центр «Солнечный»", "rybinsk-r/do-Солнечный"))
    names.append(("ГПОАУ ЯО «Рыбинский полиграфический колледж»", "rybinsk-r/college-polygraph"))
    n = len(names)
    # which forms are used: ученик-ученик almost everywhere, others sparse
    probs = [0.9, 0.45, 0.3, 0.35, 0.12]
    data = []
    for i in range(n):
        row = {}
        for f, pr in zip(FORMS, probs):
            if (f == "работодатель-студент" and i == n - 1) or rng.random() < pr:
                m = rng.randint(1, 9) if f != "ученик-ученик" else rng.randint(3, 25)
                me = m + rng.randint(0, 12) if f in ("ученик-ученик", "студент-ученик", "работодатель-ученик") else max(1, m - rng.randint(0, 2))
                row[f] = (m, me)
            else:
                row[f] = (0, 0)
        if all(v == (0, 0) for v in row.values()):
            row["ученик-ученик"] = (4, 9)
        data.append(row)
    doc.p("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ РЫБИНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА", center=True, bold=True, size=10)
    doc.p("Информационная справка о реализации целевой модели наставничества в образовательных "
          "организациях Рыбинского муниципального района (по состоянию на 20.05.2022)", center=True, bold=True)
    doc.p(P145[0] + ", приказом управления образования от 11.01.2022 № 04-од в районе проведён мониторинг. "
          "Сведения запрашивались по форме, утверждённой департаментом образования Ярославской области "
          "(письмо от 12.04.2022 № ИХ.24-2190/22).")
    doc.p(f"Наставничество организовано в {n} образовательных организациях района: "
          f"в 24 общеобразовательных школах, 2 учреждениях дополнительного образования и 1 профессиональной "
          "образовательной организации. Данные о численности наставников и наставляемых по формам приведены в таблице.")
    heads = ["«Ученик – ученик»", "«Учитель – учитель»", "«Студент – ученик»", "«Работодатель – ученик»",
             "«Работодатель – студент»"]
    r0 = ["№ п/п", "Наименование образовательной организации", "Количество участников по формам наставничества, чел."] + [None] * 9
    r1 = ["^", "^"]
    for h in heads:
        r1 += [h, None]
    r2 = ["^", "^"] + ["наставников", "наставляемых"] * 5
    rows = [r0, r1, r2]
    for i, ((nm, cl), row) in enumerate(zip(names, data), 1):
        doc.org(nm, cl)
        cells = [f"{i}.", nm]
        for f in FORMS:
            m, me = row[f]
            cells += [fi(m), fi(me)]
            doc.fact(nm, "mentors", m, f); doc.fact(nm, "mentees", me, f)
        rows.append(cells)
    tot = ["", "ИТОГО по району"]
    for k, f in enumerate(FORMS):
        sm = sum(r[f][0] for r in data); se = sum(r[f][1] for r in data)
        stated_m, stated_e = sm, se
        if f == "студент-ученик":
            stated_e = se + 6  # planted: total of mentees of form студент-ученик
        tot += [fi(stated_m), fi(stated_e)]
        col_sum_check(doc, "mentors", f"ИТОГО по району, наставников, {f}", stated_m, [r[f][0] for r in data])
        col_sum_check(doc, "mentees", f"ИТОГО по району, наставляемых, {f}", stated_e, [r[f][1] for r in data])
    rows.append(tot)
    doc.t(rows, [1.0, 6.2] + [1.9] * 10, head=3, repeat=True, size=9)
    doc.check("count", "organizations", f"в {n} образовательных организациях", n, n)
    # per-form counts
    cnt = {f: sum(1 for r in data if r[f] != (0, 0)) for f in FORMS}
    doc.p(f"Форма «ученик – ученик» реализуется в {cnt['ученик-ученик']} ОО, форма «учитель – учитель» – "
          f"в {cnt['учитель-учитель']} ОО.")
    doc.check("count", "mentors", "форма ученик-ученик реализуется в N ОО", cnt["ученик-ученик"], cnt["ученик-ученик"])
    doc.check("count", "mentors", "форма учитель-учитель реализуется в N ОО", cnt["учитель-учитель"], cnt["учитель-учитель"])
    wrong = cnt["работодатель-ученик"] + 2
    doc.p(f"Форма «работодатель – ученик» внедрена в {wrong} организациях, наставниками выступают специалисты "
          "ПАО «ОДК-Сатурн», АО «Рыбинская верфь» и сельхозпредприятий района.")
    doc.check("count", "mentors", "форма работодатель-ученик внедрена в N организациях", wrong, cnt["работодатель-ученик"])
    rs = [(names[i][0], names[i][1]) for i in range(n) if data[i]["работодатель-студент"] != (0, 0)]
    lst = "; ".join(x[0] for x in rs)
    doc.p("Форма «работодатель – студент» реализуется только в " + ", ".join(x[0] for x in rs) + ".")
    doc.check("membership", "mentors", "список ОО формы работодатель-студент", lst, lst)
    doc.p("По результатам анкетирования 84% наставляемых удовлетворены участием в программе. "
          "Контактный телефон: 8 (4855) 21-47-38.")
    doc.p("Начальник управления образования                                        Е.В. Смирнова")
    return doc


# 2. город Калуга, PDF portrait, narrow columns, per-row shares with denominators
@register
def d_kaluga():
    rng = random.Random(202)
    doc = Doc("kaluga_gorod_spravka_2021", "pdf", "справка", "город Калуга", "2021-12-25", hyphen=True, font=11)
    nums = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26, 45, 46, 50, 51]
    heroes = {4: "им. Героя Советского Союза А.Т. Карпова", 25: "им. Ю.А. Гагарина"}
    rows_d = []
    for i, nmb in enumerate(nums):
        if nmb in (3, 9):
            nm, cl = f"МБОУ «Лицей № {nmb}» г. Калуги", f"kaluga/lyceum-{nmb}"
        elif nmb in (24,):
            nm, cl = f"МБОУ «Гимназия № {nmb}» г. Калуги", f"kaluga/gymnasium-{nmb}"
        elif nmb in heroes:
            nm, cl = f"МБОУ «Средняя общеобразовательная школа № {nmb}» {heroes[nmb]} г. Калуги", f"kaluga/school-{nmb}"
        elif i % 3 == 0:
            nm, cl = f"МБОУ «СОШ № {nmb}» г. Калуги", f"kaluga/school-{nmb}"
        elif i % 3 == 1:
            nm, cl = f"МБОУ «СОШ №{nmb}»", f"kaluga/school-{nmb}"
        else:
            nm, cl = f"МБОУ «Средняя общеобразовательная школа № {nmb}» г. Калуги", f"kaluga/school-{nmb}"
        tot = rng.randint(380, 1250)
        me = int(tot * rng.uniform(0.06, 0.34))
        mt = int(me * rng.uniform(0.15, 0.5))
        pm = r1(mt / (tot * rng.uniform(0.35, 0.45)) * 100)
        rows_d.append((nm, cl, tot, me, mt, pm))
    doc.p("Управление образования города Калуги", center=True, size=10)
    doc.p("АНАЛИТИЧЕСКАЯ СПРАВКА", center=True, bold=True)
    doc.p("о вовлечении обучающихся муниципальных общеобразовательных учреждений города Калуги в программы "
          "наставничества на 25.12.2021", center=True, bold=True)
    doc.p(P145[1] + " и приказа министерства образования и науки Калужской области от 29.09.2020 № 1134 "
          "управлением образования собраны сведения общеобразовательных учреждений.")
    head = ["№", "Общеобразовательное учреждение",
            "Общая численность обучающихся в возрасте от 10 до 19 лет, чел.",
            "Количество обучающихся, вошедших в программы наставничества в роли наставляемого, чел.",
            "Доля обучающихся в роли наставляемого, %",
            "Количество обучающихся 15–19 лет в роли наставника, чел.",
            "Доля обучающихся 15–19 лет в роли наставника, %"]
    rows = [head, ["1", "2", "3", "4", "5", "6", "7"]]
    bad = 7
    for i, (nm, cl, tot, me, mt, pm) in enumerate(rows_d):
        doc.org(nm, cl)
        share = r1(me / tot * 100)
        stated = share if i != bad else r1(share + 4.0)
        rows.append([str(i + 1), nm, fi(tot, sep=" "), fi(me), fp(stated), fi(mt), fp(pm)])
        doc.fact(nm, "students_total", tot); doc.fact(nm, "mentees", me)
        doc.fact(nm, "mentee_share_pct", stated); doc.fact(nm, "mentors", mt); doc.fact(nm, "mentor_share_pct", pm)
        doc.check("share", "mentee_share_pct", nm, stated, round(me / tot * 100, 2))
    T = sum(r[2] for r in rows_d); M = sum(r[3] for r in rows_d); MT = sum(r[4] for r in rows_d)
    rows.append(["", "Итого", fi(T, sep=" "), fi(M, sep=" "), fp(r1(M / T * 100)), fi(MT), ""])
    doc.t(rows, [0.8, 5.0, 2.3, 2.6, 2.0, 2.3, 2.3], head=2, repeat=True, size=9)
    col_sum_check(doc, "students_total", "Итого", T, [r[2] for r in rows_d])
    col_sum_check(doc, "mentees", "Итого", M, [r[3] for r in rows_d])
    col_sum_check(doc, "mentors", "Итого", MT, [r[4] for r in rows_d])
    doc.check("share", "mentee_share_pct", "строка Итого, доля наставляемых", r1(M / T * 100), round(M / T * 100, 2))
    doc.p(f"В целом по городу показатель «доля обучающихся в роли наставляемого» составил {fp(r1(M / T * 100))}% "
          f"({fi(M)} человек из {fi(T)}). Сведения представили {len(rows_d)} общеобразовательных учреждения.")
    doc.check("share", "mentee_share_pct", f"{fi(M)} человек из {fi(T)}", r1(M / T * 100), round(M / T * 100, 2))
    doc.check("count", "organizations", "Сведения представили N общеобразовательных учреждения", len(rows_d), len(rows_d))
    doc.p("Региональный показатель на 2021 год, установленный паспортом регионального проекта «Современная школа», "
          "– 10%. По итогам опроса родителей (1 312 анкет) 71% отметили положительную динамику успеваемости.")
    doc.p("Исп. Кононова Т.П., тел. (4842) 56-22-09")
    return doc


# 3. город Иркутск, PDF, young teachers, «нет», merged «Нет молодых специалистов», mean claim
@register
def d_irkutsk():
    rng = random.Random(303)
    doc = Doc("irkutsk_molodye_specialisty_2023", "pdf", "справка", "город Иркутск", "2023-01-10", hyphen=True)
    nums = [2, 4, 5, 9, 10, 11, 12, 14, 15, 17, 19, 21, 23, 24, 26, 27, 28, 29, 31, 32, 34, 35, 37, 40]
    rows_d = []
    for i, nmb in enumerate(nums):
        if nmb == 2:
            nm, cl = "МБОУ г. Иркутска лицей № 2", "irkutsk/lyceum-2"
        elif nmb == 3 or nmb == 23:
            nm, cl = f"МБОУ г. Иркутска гимназия № {nmb}", f"irkutsk/gymnasium-{nmb}"
        elif i % 4 == 0:
            nm, cl = f"МБОУ г. Иркутска СОШ № {nmb}", f"irkutsk/school-{nmb}"
        elif i % 4 == 1:
            nm, cl = f"МБОУ г.Иркутска СОШ №{nmb}", f"irkutsk/school-{nmb}"
        elif i % 4 == 2:
            nm, cl = f"МБОУ СОШ № {nmb}", f"irkutsk/school-{nmb}"
        else:
            nm, cl = f"МБОУ г. Иркутска средняя общеобразовательная школа № {nmb}", f"irkutsk/school-{nmb}"
        if i in (3, 13, 20):
            y = None
        elif i == 8:
            y = "merged"
        else:
            y = rng.randint(1, 9)
        rows_d.append([nm, cl, y])
    doc.p("ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ КОМИТЕТА ПО СОЦИАЛЬНОЙ ПОЛИТИКЕ И КУЛЬТУРЕ АДМИНИСТРАЦИИ Г. ИРКУТСКА", center=True, size=10)
    doc.p("Справка о сопровождении молодых специалистов в рамках целевой модели наставничества "
          "(по состоянию на 10 января 2023 г.)", center=True, bold=True)
    doc.p("Справка подготовлена на основании данных мониторинга, проведённого МКУ «ИМЦРО» в декабре 2022 года. "
          "Молодыми специалистами считаются педагоги в возрасте до 35 лет со стажем работы от 0 до 3 лет.")
    head = ["№ п/п", "Наименование ОУ", "Количество молодых специалистов (стаж 0–3 года), чел.",
            "Из них включены в программы наставничества в роли наставляемого, чел.",
            "Доля молодых специалистов, вошедших в программы наставничества, %"]
    rows = [head]
    pcts = []
    for i, (nm, cl, y) in enumerate(rows_d, 1):
        doc.org(nm, cl)
        if y is None:
            rows.append([str(i), nm, "нет", "нет", "нет"])
            for ind in ("young_teachers", "young_teacher_mentees", "young_teacher_mentee_share_pct"):
                doc.fact(nm, ind, "")
        elif y == "merged":
            rows.append([str(i), nm, "Нет молодых специалистов", None, None])
            for ind in ("young_teachers", "young_teacher_mentees", "young_teacher_mentee_share_pct"):
                doc.fact(nm, ind, "")
        else:
            m = y if rng.random() < 0.6 else rng.randint(0, y)
            p = r1(m / y * 100)
            pcts.append(p)
            rows.append([str(i), nm, str(y), fi(m, zero="0"), fp(p, dec=1) if p != int(p) else str(int(p))])
            doc.fact(nm, "young_teachers", y); doc.fact(nm, "young_teacher_mentees", m)
            doc.fact(nm, "young_teacher_mentee_share_pct", p)
            rows_d[i - 1].append(m)
    Y = sum(r[2] for r in rows_d if isinstance(r[2], int)); M = sum(r[3] for r in rows_d if len(r) > 3)
    rows.append(["", "Итого", str(Y), str(M), ""])
    doc.t(rows, [1.1, 6.6, 3.0, 3.3, 3.3], head=1, repeat=True, size=10)
    col_sum_check(doc, "young_teachers", "Итого", Y, [r[2] for r in rows_d if isinstance(r[2], int)])
    col_sum_check(doc, "young_teacher_mentees", "Итого", M, [r[3] for r in rows_d if len(r) > 3])
    with_y = len(pcts)
    doc.p(f"Молодые специалисты работают в {with_y} из {len(rows_d)} общеобразовательных учреждений, "
          "включённых в мониторинг.")
    doc.check("count", "young_teachers", "молодые специалисты работают в N ОУ", with_y, with_y)
    doc.check("count", "organizations", "из N общеобразовательных учреждений", len(rows_d), len(rows_d))
    mean = round(sum(pcts) / len(pcts), 2)
    stated = r1(mean - 6.3)
    doc.p(f"Средний показатель доли молодых специалистов, вошедших в программы наставничества, по городу – "
          f"{fp(stated)}%. Целевое значение на 2023 год – 100% (распоряжение министерства образования "
          "Иркутской области от 27.07.2021 № 760-мр).")
    doc.check("mean", "young_teacher_mentee_share_pct", "Средний показатель по городу", stated, mean)
    full = [r[0] for r in rows_d if isinstance(r[2], int) and r[3] == r[2]]
    doc.p("Все молодые специалисты закреплены за наставниками в следующих ОУ: " + ", ".join(full) + ".")
    doc.check("membership", "young_teacher_mentee_share_pct", "100%", "; ".join(full), "; ".join(full))
    doc.p("Начальник отдела                                                  О.Н. Белых")
    return doc


# 4. город Сургут, PDF landscape, wide table, sections + subtotals, 2 pages
@register
def d_surgut():
    rng = random.Random(404)
    doc = Doc("surgut_monitoring_cmn_2022", "pdf", "справка", "город Сургут", "2022-12-01",
              landscape=True, hyphen=True, font=11)
    schools = []
    for i, nmb in enumerate([1, 3, 4, 5, 7, 8, 9, 10, 12, 13, 15, 18, 19, 20, 22, 24, 25, 26, 27, 29, 31, 32, 38, 44, 45, 46]):
        if nmb == 3:
            nm, cl = "МБОУ лицей № 3", "surgut/lyceum-3"
        elif nmb == 1 and False:
            pass
        elif i % 5 == 0:
            nm, cl = f"МБОУ СОШ № {nmb}", f"surgut/school-{nmb}"
        elif i % 5 == 1:
            nm, cl = f"МБОУ средняя школа № {nmb}", f"surgut/school-{nmb}"
        elif i % 5 == 2:
            nm, cl = f"МБОУ СШ № {nmb}", f"surgut/school-{nmb}"
        elif i % 5 == 3:
            nm, cl = f"МБОУ СОШ № {nmb} с углублённым изучением отдельных предметов", f"surgut/school-{nmb}"
        else:
            nm, cl = f"МБОУ «СОШ № {nmb}»", f"surgut/school-{nmb}"
        schools.append((nm, cl))
    schools.append(("МБОУ гимназия «Лаборатория Салахова»", "surgut/gymnasium-salakhov"))
    schools.append(("МБОУ гимназия имени Ф.К. Салманова", "surgut/gymnasium-salmanov"))
    udo = [("МАУ ДО «Центр детского творчества»", "surgut/do-ЦДТ"), ("МБУ ДО «Станция юных натуралистов»", "surgut/do-СЮН"),
           ("МАУ ДО «Эколого-биологический центр»", "surgut/do-ЭБЦ"), ("МБУ ДО ДШИ № 1", "surgut/do-ДШИ-1")]

    def mk(udo_=False):
        tot = rng.randint(200, 600) if udo_ else rng.randint(700, 2100)
        st = int(tot * rng.uniform(0.05, 0.3)); te = rng.randint(3, 40)
        pairs = rng.randint(max(1, st // 4), max(2, st // 2)); fc = rng.randint(1, 5)
        msh = r1(rng.uniform(1, 22))
        return [tot, st, te, pairs, fc, msh]
    S = [mk() for _ in schools]; U = [mk(True) for _ in udo]
    doc.p("Департамент образования Администрации города Сургута", center=True, size=10)
    doc.p("Справка по итогам мониторинга реализации целевой модели наставничества в муниципальных "
          "образовательных организациях (на 01.12.2022)", center=True, bold=True)
    doc.p(P145[2] + ", приказа Департамента образования и науки Ханты-Мансийского автономного округа – Югры "
          "от 19.08.2020 № 1146 проведён мониторинг по 32 организациям.")
    doc.check("count", "organizations", "мониторинг по N организациям", 32, len(schools) + len(udo))
    r0 = ["№ п/п", "Наименование образовательной организации", "Численность обучающихся (всего), чел.",
          "Вовлечено в наставничество, чел.", None, "Количество наставнических пар/групп, ед.",
          "Количество реализуемых форм наставничества, ед.", "Доля обучающихся 15–19 лет – наставников, %"]
    r1_ = ["^", "^", "^", "обучающихся", "педагогов", "^", "^", "^"]
    rows = [r0, r1_, ["1", "2", "3", "4", "5", "6", "7", "8"]]
    rows.append(["Общеобразовательные организации"] + [None] * 7)
    inds = ["students_total", "students_involved", "teachers_involved", "pairs", "forms_count", "mentor_share_pct"]
    k = 0
    def emit(lst, data):
        nonlocal k
        for (nm, cl), v in zip(lst, data):
            k += 1
            doc.org(nm, cl)
            rows.append([str(k), nm, fi(v[0]), fi(v[1]), fi(v[2]), fi(v[3]), str(v[4]), fp(v[5])])
            for ind, x in zip(inds, v):
                doc.fact(nm, ind, x)
    emit(schools, S)
    sub = [sum(v[j] for v in S) for j in range(4)]
    stated_sub = list(sub); stated_sub[2] = sub[2] - 9  # planted: teachers subtotal of schools
    rows.append(["", "Итого по общеобразовательным организациям", fi(stated_sub[0]), fi(stated_sub[1]),
                 fi(stated_sub[2]), fi(stated_sub[3]), "", ""])
    for j, ind in enumerate(inds[:4]):
        col_sum_check(doc, ind, "Итого по общеобразовательным организациям", stated_sub[j], [v[j] for v in S])
    rows.append(["Организации дополнительного образования"] + [None] * 7)
    emit(udo, U)
    subu = [sum(v[j] for v in U) for j in range(4)]
    rows.append(["", "Итого по УДО", fi(subu[0]), fi(subu[1]), fi(subu[2]), fi(subu[3]), "", ""])
    for j, ind in enumerate(inds[:4]):
        col_sum_check(doc, ind, "Итого по УДО", subu[j], [v[j] for v in U])
    allv = S + U
    grand = [sum(v[j] for v in allv) for j in range(4)]
    rows.append(["", "Всего по городу", fi(grand[0]), fi(grand[1]), fi(grand[2]), fi(grand[3]), "",
                 fp(r1(sum(v[5] for v in allv) / len(allv)))])
    for j, ind in enumerate(inds[:4]):
        st = "either" if j == 2 else None
        col_sum_check(doc, ind, "Всего по городу", grand[j], [v[j] for v in allv], st)
    mm = round(sum(v[5] for v in allv) / len(allv), 2)
    doc.check("mean", "mentor_share_pct", "Всего по городу, средняя доля наставников", r1(mm), mm)
    doc.t(rows, [1.0, 7.6, 2.6, 2.6, 2.4, 2.9, 2.9, 3.5], head=3, repeat=True, size=10)
    fc_mean = round(sum(v[4] for v in allv) / len(allv), 2)
    doc.p(f"В среднем образовательная организация реализует {fp(r1(fc_mean))} формы наставничества. "
          f"Всего в программы вовлечено {fi(grand[1])} обучающихся и {fi(grand[2])} педагогических работников.")
    doc.check("mean", "forms_count", "в среднем организация реализует N формы", r1(fc_mean), fc_mean)
    doc.p("Отчёт размещён на сайте Департамента 05.12.2022. Телефон для справок: 8 (3462) 52-53-80.")
    return doc


# 5. город Невинномысск (Ставропольский край), PDF, partner enterprises
@register
def d_nevinn():
    rng = random.Random(505)
    doc = Doc("nevinnomyssk_predpriyatiya_2021", "pdf", "справка", "город Невинномысск", "2021-12-28", hyphen=True)
    ents = ["АО «Невинномысский Азот»", "ООО «Монокристалл»", "ПАО «Россети Северный Кавказ»",
            "ГБУЗ СК «Городская больница» г. Невинномысска", "ИП Шевченко А.В.", "ООО «Арнест»",
            "МУП «Водоканал»", "Невинномысский филиал ФГБОУ ВО «СКФУ»", "ООО «Завод Гидрометаллург»",
            "ОМВД России по г. Невинномысску", "ПЧ-4 МЧС", "ООО «Агрокомплекс Кубань»"]
    org_list = [("МБОУ СОШ № 1 г. Невинномысска", "nevinnomyssk/school-1"),
                ("МБОУ «Гимназия № 2» г. Невинномысска", "nevinnomyssk/gymnasium-2"),
                ("МБОУ СОШ № 3", "nevinnomyssk/school-3"), ("МБОУ лицей № 6", "nevinnomyssk/lyceum-6"),
                ("МБОУ СОШ № 7 с углубленным изучением отдельных предметов", "nevinnomyssk/school-7"),
                ("МБОУ гимназия № 9 г. Невинномысска", "nevinnomyssk/gymnasium-9"),
                ("МБОУ «Гимназия № 10 ЛИК»", "nevinnomyssk/gymnasium-10"),
                ("МБОУ СОШ № 11 им. Т.И. Стабникова", "nevinnomyssk/school-11"),
                ("МБОУ СОШ № 12", "nevinnomyssk/school-12"), ("МБОУ СОШ № 14", "nevinnomyssk/school-14"),
                ("МБОУ СОШ № 15 г. Невинномысска", "nevinnomyssk/school-15"),
                ("МБОУ СОШ № 16", "nevinnomyssk/school-16"), ("МБОУ СОШ № 18", "nevinnomyssk/school-18"),
                ("МБОУ СОШ № 20", "nevinnomyssk/school-20"), ("МБУ ДО «Центр детского творчества»", "nevinnomyssk/do-ЦДТ")]
    doc.p("Управление образования администрации города Невинномысска", center=True, size=10)
    doc.p("Информация о взаимодействии общеобразовательных организаций с предприятиями по форме наставничества "
          "«работодатель – ученик» по состоянию на 28.12.2021", center=True, bold=True)
    doc.p("Сведения подготовлены в соответствии с письмом министерства образования Ставропольского края "
          "от 01.12.2021 № 02-20/13877.")
    rows = [["№", "Образовательная организация", "Предприятия (организации), предоставившие наставников",
             "Количество предприятий, ед.", "Количество наставников от предприятий, чел."]]
    data = []
    for i, (nm, cl) in enumerate(org_list, 1):
        doc.org(nm, cl)
        if i in (4, 12):
            rows.append([str(i), nm, "—", DASH, DASH]); data.append((0, 0))
            doc.fact(nm, "partner_enterprises", 0); doc.fact(nm, "mentors", 0, "работодатель-ученик")
            continue
        k = rng.randint(1, 4)
        chosen = rng.sample(ents, k)
        mt = k + rng.randint(0, 5)
        rows.append([str(i), nm, ",\n".join(chosen), str(k), str(mt)]); data.append((k, mt))
        doc.fact(nm, "partner_enterprises", k); doc.fact(nm, "mentors", mt, "работодатель-ученик")
    P = sum(d[0] for d in data); M = sum(d[1] for d in data)
    rows.append(["", "Общее количество", "", str(P), str(M)])
    doc.t(rows, [0.8, 5.2, 6.4, 2.1, 2.6], head=1, repeat=True, size=10)
    col_sum_check(doc, "partner_enterprises", "Общее количество", P, [d[0] for d in data])
    col_sum_check(doc, "mentors", "Общее количество", M, [d[1] for d in data])
    active = sum(1 for d in data if d[0] > 0)
    stated = active + 2
    doc.p(f"Таким образом, наставники от предприятий привлечены в {stated} общеобразовательных организациях "
          f"города, всего {M} наставников.")
    doc.check("count", "partner_enterprises", "наставники от предприятий привлечены в N ОО", stated, active)
    doc.check("sum", "mentors", "всего N наставников (текст)", M, M)
    doc.p("Соглашения о сотрудничестве заключены в 2020–2021 годах; их копии хранятся в ОО. "
          "Контактное лицо: Гайворонская Л.А., тел. 8 (86554) 3-14-63.")
    return doc


# 6. Балашовский район (Саратовская), PDF, приказ with appendix planned participants
@register
def d_balashov():
    rng = random.Random(606)
    doc = Doc("balashov_prikaz_312od_2021", "pdf", "приказ", "Балашовский район", "", doc_date="2021-09-14",
              doc_number="312-од", hyphen=True)
    names = [("МОУ «СОШ № 1 г. Балашова»", "balashov-r/school-1"), ("МОУ «СОШ № 2 г. Балашова»", "balashov-r/school-2"),
             ("МОУ «Гимназия № 1 г. Балашова»", "balashov-r/gymnasium-1"), ("МОУ «Лицей г. Балашова»", "balashov-r/lyceum"),
             ("МОУ «СОШ № 5 г. Балашова»", "balashov-r/school-5"), ("МОУ «СОШ № 6 г. Балашова»", "balashov-r/school-6"),
             ("МОУ «СОШ № 7 г. Балашова»", "balashov-r/school-7"), ("МОУ «СОШ № 13 г. Балашова»", "balashov-r/school-13"),
             ("МОУ «СОШ № 16 г. Балашова»", "balashov-r/school-16"), ("МОУ «СОШ п. Пинеровка»", "balashov-r/Пинеровка"),
             ("МОУ «СОШ с. Репное»", "balashov-r/Репное"), ("МОУ «ООШ с. Тростянка»", "balashov-r/Тростянка"),
             ("МОУ «СОШ с. Родничок»", "balashov-r/Родничок"), ("МОУ «ООШ с. Данилово»", "balashov-r/Данилово"),
             ("МОУ «СОШ с. Котоврас»", "balashov-r/Котоврас"), ("МОУ «СОШ с. Барки»", "balashov-r/Барки")]
    doc.p("АДМИНИСТРАЦИЯ БАЛАШОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА САРАТОВСКОЙ ОБЛАСТИ", center=True, bold=True, size=10)
    doc.p("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", center=True, bold=True, size=10)
    doc.p("П Р И К А З", center=True, bold=True)
    doc.p("от 14.09.2021                                                                                № 312-од")
    doc.p("г. Балашов", center=True)
    doc.p("О внедрении целевой модели наставничества в общеобразовательных организациях Балашовского "
          "муниципального района в 2021–2022 учебном году", bold=True)
    doc.p(P145[0] + ", приказом министерства образования Саратовской области от 28.08.2020 № 1163 "
          "«О внедрении целевой модели наставничества» ПРИКАЗЫВАЮ:")
    doc.p("1. Утвердить плановые показатели охвата обучающихся программами наставничества на 2021–2022 учебный год "
          "(приложение).")
    doc.p("2. Руководителям общеобразовательных организаций в срок до 01.10.2021 утвердить программы наставничества "
          "и назначить кураторов внедрения целевой модели.")
    doc.p("3. Контроль за исполнением приказа возложить на заместителя начальника управления Тимофееву Г.А.")
    doc.p("Начальник управления образования                                  В.В. Ефремова")
    doc.p("Приложение к приказу управления образования от 14.09.2021 № 312-од", right=True, size=10)
    doc.p("Плановые показатели вовлечения обучающихся в программы наставничества", center=True, bold=True)
    rows = [["№ п/п", "Общеобразовательная организация",
             "Планируемое количество обучающихся – участников программы наставничества, чел.",
             "Куратор (ФИО, должность)"]]
    plans = []
    curators = ["Иванова Н.С., зам. директора по ВР", "Петрова О.А., ЗДУВР", "Сидорова Е.В., педагог-организатор",
                "Кузнецова Т.И., зам. директора", "Маркова Л.П., учитель"]
    for i, (nm, cl) in enumerate(names, 1):
        doc.org(nm, cl)
        v = rng.randint(12, 160)
        plans.append(v)
        rows.append([f"{i}.", nm, str(v), rng.choice(curators)])
        doc.fact(nm, "planned_participants", v)
    stated = sum(plans) + 20
    rows.append(["", "Всего", str(stated), ""])
    doc.t(rows, [1.1, 6.3, 4.0, 5.4], head=1, repeat=True, size=10)
    col_sum_check(doc, "planned_participants", "Всего", stated, plans)
    return doc


# 7. Усть-Вымский район (Коми), PDF landscape, variants of role models
@register
def d_ustvym():
    rng = random.Random(707)
    doc = Doc("ustvym_rolevye_modeli_2023", "pdf", "справка", "Усть-Вымский район", "2023-05-31",
              landscape=True, hyphen=True)
    names = [("МБОУ «СОШ № 1» г. Микунь", "ustvym-r/mikun-school-1"), ("МБОУ «СОШ № 2» г. Микунь", "ustvym-r/mikun-school-2"),
             ("МБОУ «СОШ» с. Айкино", "ustvym-r/Айкино"), ("МБОУ «СОШ» пгт Жешарт", "ustvym-r/Жешарт"),
             ("МБОУ «СОШ» с. Усть-Вымь", "ustvym-r/Усть-Вымь"), ("МБОУ «ООШ» п. Вожаёль", "ustvym-r/Вожаёль"),
             ("МБОУ «СОШ» пст Казлук", "ustvym-r/Казлук"), ("МБОУ «ООШ» с. Гам", "ustvym-r/Гам"),
             ("МБОУ «НШДС» с. Кожмудор", "ustvym-r/Кожмудор"), ("МБОУ «СОШ» п. Донаёль", "ustvym-r/Донаёль"),
             ("МБОУ «СОШ» с. Шежам", "ustvym-r/Шежам")]
    vars_ = [("ученик-ученик", "успевающий - неуспевающий", "«Успевающий – неуспевающий»"),
             ("ученик-ученик", "лидер - пассивный", "«Лидер – пассивный»"),
             ("ученик-ученик", "равный - равному", "«Равный – равному»"),
             ("ученик-ученик", "адаптированный - неадаптированный", "«Адаптированный – неадаптированный»"),
             ("учитель-учитель", "молодой специалист - опытный педагог", "«Молодой специалист – опытный педагог»"),
             ("учитель-учитель", "коллега - молодой коллега", "«Коллега – молодой коллега»"),
             ("учитель-ученик", "активный профессионал - равнодушный потребитель",
              "«Активный профессионал – равнодушный потребитель»")]
    doc.p("Управление образования администрации муниципального района «Усть-Вымский»", center=True, size=10)
    doc.p("Справка о реализации вариаций ролевых моделей наставничества в общеобразовательных организациях "
          "МР «Усть-Вымский» на 31.05.2023", center=True, bold=True)
    doc.p("Информация обобщена по итогам 2022–2023 учебного года на основании отчётов ОО, представленных "
          "по запросу от 03.05.2023 № 01-20/712. Приводится число участников (наставников и наставляемых) "
          "микро-программ по каждой вариации.")
    r0 = ["№", "ОО", "Форма «ученик – ученик»", None, None, None, "Форма «учитель – учитель»", None,
          "Форма «учитель – ученик»", "Всего участников"]
    r1_ = ["^", "^"] + [v[2] for v in vars_] + ["^"]
    rows = [r0, r1_]
    data = []
    bad_row = 4
    for i, (nm, cl) in enumerate(names, 1):
        doc.org(nm, cl)
        vals = [0 if rng.random() < 0.35 else rng.randint(2, 24) for _ in vars_]
        data.append(vals)
        tot = sum(vals)
        st = tot + (3 if i == bad_row else 0)
        rows.append([str(i), nm] + [fi(v) for v in vals] + [str(st)])
        for (f, var, _), v in zip(vars_, vals):
            doc.fact(nm, "program_participants", v, f, var)
        doc.check("sum", "program_participants", f"графа «Всего участников» у {nm}", st, tot)
    col = [sum(d[j] for d in data) for j in range(len(vars_))]
    G = sum(col)
    rows.append(["", "Итого"] + [str(c) for c in col] + [str(G)])
    doc.t(rows, [0.8, 5.4] + [2.6] * 7 + [2.2], head=2, repeat=True, size=9)
    for (f, var, _), c, j in zip(vars_, col, range(len(vars_))):
        col_sum_check(doc, "program_participants", f"Итого, {var}", c, [d[j] for d in data])
    doc.check("sum", "program_participants", "Итого, всего участников", G, G, "either")
    top = vars_[max(range(len(vars_)), key=lambda j: col[j])][2]
    doc.p(f"Всего в микро-программах наставничества района участвуют {fi(G)} человек. Наиболее востребована "
          f"вариация {top.lower().replace('«', '«', 1)}.")
    doc.check("sum", "program_participants", "Всего участвуют N человек (текст)", G, G)
    n_var = sum(1 for d in data if d[4] > 0)
    doc.p(f"Вариация «молодой специалист – опытный педагог» реализуется в {n_var} ОО.")
    doc.check("count", "program_participants", "вариация молодой специалист - опытный педагог реализуется в N ОО", n_var, n_var)
    doc.p("Заместитель руководителя управления образования                          Н.В. Попова")
    return doc


# 8. город Ярославль, TXT utf-8, two-row header exported as two rows, composition error
@register
def d_yaroslavl():
    rng = random.Random(808)
    doc = Doc("yaroslavl_vovlechennost_2021", "txt", "справка", "город Ярославль", "2021-06-30", enc="utf-8")
    nums = [2, 3, 4, 6, 9, 10, 11, 12, 14, 15, 18, 25, 26, 29, 30, 33, 36, 37, 40, 43, 44, 48, 52, 55, 56, 57, 59, 68, 72, 80, 87]
    rows_d = []
    for i, nmb in enumerate(nums):
        if nmb in (2, 3):
            nm, cl = (f"средняя школа № {nmb}", f"yaroslavl/school-{nmb}")
        elif nmb == 33:
            nm, cl = "средняя школа № 33 им. К. Маркса с углублённым изучением математики", "yaroslavl/school-33"
        elif nmb == 87:
            nm, cl = "гимназия № 1", "yaroslavl/gymnasium-1"
        elif nmb == 80:
            nm, cl = "лицей № 86", "yaroslavl/lyceum-86"
        elif i % 3 == 0:
            nm, cl = f"МОУ «Средняя школа № {nmb}»", f"yaroslavl/school-{nmb}"
        elif i % 3 == 1:
            nm, cl = f"МОУ СШ № {nmb}", f"yaroslavl/school-{nmb}"
        else:
            nm, cl = f"СШ № {nmb}", f"yaroslavl/school-{nmb}"
        rows_d.append((nm, cl, rng.randint(20, 160), rng.randint(2, 25)))
    doc.p("Департамент образования мэрии города Ярославля")
    doc.p("Аналитическая справка о вовлечённости обучающихся и педагогов муниципальных общеобразовательных "
          "учреждений в различные формы наставничества (по состоянию на 30.06.2021)")
    doc.p("Мониторинг проведён в соответствии с приказом департамента образования мэрии города Ярославля "
          "от 18.01.2021 № 01-05/41. Сведения представили все 31 ОУ.")
    assert len(rows_d) == 31
    doc.check("count", "organizations", "Сведения представили все N ОУ", 31, len(rows_d))
    rows = [["№", "Учреждение", "Вовлечено в формы наставничества", None],
            ["^", "^", "обучающихся, чел.", "педагогов, чел."]]
    for i, (nm, cl, s, t) in enumerate(rows_d, 1):
        doc.org(nm, cl)
        rows.append([str(i), nm, str(s), str(t)])
        doc.fact(nm, "students_involved", s); doc.fact(nm, "teachers_involved", t)
    S = sum(r[2] for r in rows_d); T = sum(r[3] for r in rows_d)
    rows.append(["", "Итого:", fi(S), str(T)])
    doc.t(rows, [1, 8, 3, 3], head=2)
    col_sum_check(doc, "students_involved", "Итого:", S, [r[2] for r in rows_d])
    col_sum_check(doc, "teachers_involved", "Итого:", T, [r[3] for r in rows_d])
    stated_all = S + T + 10
    doc.p(f"Всего в формы наставничества вовлечено {fi(stated_all)} человек: {fi(S)} обучающихся и {T} педагогов.")
    doc.check("composition", "students_involved", f"{stated_all} = {S} + {T}", stated_all, S + T)
    doc.p("Горячая линия департамента: (4852) 40-51-34. Следующий мониторинг – декабрь 2021 года.")
    doc.p("Директор департамента                         Е.А. Иванова")
    return doc


# 9. город Пятигорск, TXT cp1251, long format per form with vertically merged org cells
@register
def d_pyatigorsk():
    rng = random.Random(909)
    doc = Doc("pyatigorsk_pary_po_formam_2022", "txt", "справка", "город Пятигорск", "2022-05-31", enc="cp1251")
    base = [(1, "МБОУ СОШ № 1"), (2, "МБОУ СОШ № 2"), (3, "МБОУ СОШ № 3 им. Г.Н. Хлыстова"),
            (4, "МБОУ СОШ № 4"), (5, "МБОУ СОШ № 5 с углублённым изучением отдельных предметов"),
            (6, "МБОУ СОШ № 6"), (8, "МБОУ СОШ № 8"), (11, "МБОУ гимназия № 11"), (12, "МБОУ СОШ № 12"),
            (14, "МБОУ СОШ № 14"), (15, "МБОУ лицей № 15"), (20, "МБОУ лицей № 20"),
            (23, "МБОУ СОШ № 23"), (25, "МБОУ СОШ № 25"), (26, "МБОУ СОШ № 26"), (29, "МБОУ СОШ № 29")]
    doc.p("МУ «Управление образования администрации города Пятигорска»")
    doc.p("Справка о наставнических парах (группах) в разрезе форм наставничества на 31 мая 2022 года")
    doc.p("Справка составлена по данным ОО, внесённым в региональную информационную систему мониторинга "
          "(приказ министерства образования Ставропольского края от 15.02.2022 № 233-пр).")
    rows = [["№ п/п", "Наименование ОО", "Форма наставничества", "Количество пар (групп), ед."]]
    form_print = {"ученик-ученик": ["Ученик – ученик", "ученик-ученик", "«Ученик – ученик»"],
                  "учитель-учитель": ["Учитель – учитель", "учитель - учитель", "«Учитель-учитель»"],
                  "студент-ученик": ["Студент – ученик", "студент-ученик"],
                  "работодатель-ученик": ["Работодатель – ученик", "работодатель – ученик"]}
    pf = {f: [] for f in form_print}
    total = 0
    for i, (nmb, nm) in enumerate(base, 1):
        cl = f"pyatigorsk/{'gymnasium' if 'гимназия' in nm else 'lyceum' if 'лицей' in nm else 'school'}-{nmb}"
        doc.org(nm, cl)
        forms = ["ученик-ученик"] if rng.random() < 0.9 else []
        for f in ["учитель-учитель", "студент-ученик", "работодатель-ученик"]:
            if rng.random() < 0.45:
                forms.append(f)
        if not forms:
            forms = ["учитель-учитель"]
        for j, f in enumerate(forms):
            v = rng.randint(2, 30)
            total += v
            pf[f].append((nmb, nm, v))
            rows.append([str(i) if j == 0 else "^", nm if j == 0 else "^", rng.choice(form_print[f]), str(v)])
            doc.fact(nm, "pairs", v, f)
    rows.append(["", "Итого пар (групп)", "", fi(total)])
    doc.t(rows, [1, 7, 4, 3], head=1)
    col_sum_check(doc, "pairs", "Итого пар (групп)", total, [v for f in pf for (_, _, v) in pf[f]])
    n_uu = len(pf["ученик-ученик"])
    doc.p(f"Форма «ученик – ученик» реализуется в {n_uu} ОО, «учитель – учитель» – в {len(pf['учитель-учитель'])} ОО.")
    doc.check("count", "pairs", "форма ученик-ученик реализуется в N ОО", n_uu, n_uu)
    doc.check("count", "pairs", "форма учитель-учитель реализуется в N ОО", len(pf["учитель-учитель"]), len(pf["учитель-учитель"]))
    ru = [x[0] for x in pf["работодатель-ученик"]]
    assert len(ru) >= 3 and len(pf["студент-ученик"]) >= 2, (ru, pf["студент-ученик"])
    shown = ru[:-1]  # planted: the list omits the last school
    def numlist(ns):
        return ", ".join(str(n) for n in ns[:-1]) + " и " + str(ns[-1]) if len(ns) > 1 else str(ns[0])
    doc.p(f"Форма «работодатель – ученик» реализуется в МБОУ СОШ № {numlist(shown)}.")
    doc.check("membership", "pairs", "список ОО формы работодатель-ученик", ";".join(map(str, shown)),
              ";".join(map(str, ru)), "mismatch")
    su = [x[0] for x in pf["студент-ученик"]]
    doc.p(f"Форма «студент – ученик» (с участием студентов Пятигорского государственного университета) – "
          f"в школах № {numlist(su)}.")
    doc.check("membership", "pairs", "список ОО формы студент-ученик", ";".join(map(str, su)), ";".join(map(str, su)), "ok")
    doc.p("Исполнитель: Аванесова К.Р., 8 (8793) 33-08-41")
    return doc


# 10. Козельский район (Калужская), TXT UTF-16, shares only, bands and means, text shares with bases
@register
def d_kozelsk():
    rng = random.Random(1010)
    doc = Doc("kozelsk_doli_nastavnichestvo_2022", "txt", "справка", "Козельский район", "2022-12-20", enc="utf-16")
    names = [("МОУ «СОШ № 1» г. Козельска", "kozelsk-r/school-1"), ("МОУ «СОШ № 3» г. Козельска", "kozelsk-r/school-3"),
             ("МОУ «Сосенская СОШ»", "kozelsk-r/Сосенская"), ("МОУ «СОШ № 2 г. Сосенский»", "kozelsk-r/sosensky-school-2"),
             ("МОУ «Березичская СОШ»", "kozelsk-r/Березичская"), ("МОУ «Попелевская ООШ»", "kozelsk-r/Попелевская"),
             ("МОУ «Плюсковская ООШ»", "kozelsk-r/Плюсковская"), ("МОУ «Подборская СОШ»", "kozelsk-r/Подборская"),
             ("МОУ «Нижнеприсадская ООШ»", "kozelsk-r/Нижнеприсадская"), ("МОУ «Каменская ООШ»", "kozelsk-r/Каменская"),
             ("МОУ «Чернышенская СОШ»", "kozelsk-r/Чернышенская"), ("МОУ «Лавровская СОШ»", "kozelsk-r/Лавровская"),
             ("МОУ «Киреевская СОШ»", "kozelsk-r/Киреевская"), ("МОУ «Дешовская ООШ»", "kozelsk-r/Дешовская")]
    doc.p("Отдел образования администрации муниципального района «Козельский район»")
    doc.p("Справка по показателям целевой модели наставничества (по состоянию на 20.12.2022)")
    doc.p(P145[1] + " отдел образования проанализировал значения показателей, установленных "
          "региональной целевой моделью наставничества Калужской области.")
    mes, mts = [], []
    for i, (nm, cl) in enumerate(names, 1):
        a = r1(rng.uniform(4, 36)); b = r1(rng.uniform(2, 21))
        if i == 5:
            a = 7.5
        if i == 6:
            a = 9.2
        if i == 2:
            b = 17.4
        mes.append(a); mts.append(b)
    doc.p("1. Доля обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли наставляемого")
    rows = [["№", "Образовательная организация", "Доля, %"]]
    for i, (nm, cl) in enumerate(names, 1):
        doc.org(nm, cl)
        rows.append([str(i), nm, fp(mes[i - 1]) + "%"])
        doc.fact(nm, "mentee_share_pct", mes[i - 1])
    doc.t(rows, [1, 8, 4], head=1)
    doc.p("2. Доля обучающихся в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника")
    rows = [["№", "Образовательная организация", "Доля, %"]]
    for i, (nm, cl) in enumerate(names, 1):
        rows.append([str(i), nm, fp(mts[i - 1], comma=False) + " %"])
        doc.fact(nm, "mentor_share_pct", mts[i - 1])
    doc.t(rows, [1, 8, 4], head=1)
    ma = round(sum(mes) / len(mes), 2); mb = round(sum(mts) / len(mts), 2)
    doc.p(f"Средний показатель по району: доля наставляемых – {fp(r1(ma))}%, доля наставников – {fp(r1(mb))}%.")
    doc.check("mean", "mentee_share_pct", "Средний показатель по району, наставляемые", r1(ma), ma)
    doc.check("mean", "mentor_share_pct", "Средний показатель по району, наставники", r1(mb), mb)
    low = [names[i][0] for i, a in enumerate(mes) if a < 10]
    assert low and [b for b in mts if b >= 15]
    doc.p("Показатель доли наставляемых ниже 10% в " + ", ".join(low) + ".")
    doc.check("membership", "mentee_share_pct", "ниже 10%", "; ".join(low), "; ".join(low))
    high = [names[i][0] for i, b in enumerate(mts) if b >= 15]
    doc.p("Не менее 15% обучающихся 15–19 лет выступают наставниками в " + ", ".join(high) + ".")
    doc.check("membership", "mentor_share_pct", "не менее 15%", "; ".join(high), "; ".join(high))
    doc.p("В целом по району в роли наставляемого выступают 1 046 обучающихся, что составляет 20,1% от общей "
          "численности обучающихся 10–19 лет (5 212 человек).")
    doc.check("share", "mentees", "1 046 из 5 212", 20.1, round(1046 / 5212 * 100, 2))
    doc.p("Наставниками являются 312 обучающихся 15–19 лет (14% от 1 980).")
    doc.check("share", "mentors", "312 (14% от 1 980)", 14, round(312 / 1980 * 100, 2))
    doc.p("В анкетировании приняли участие 642 родителя; 77% оценили работу наставников положительно.")
    doc.p("Заведующий отделом образования                 С.И. Орлова")
    return doc


# 11. Шелеховский район (Иркутская), TXT cp1251, forms list + count (cross_table), pairs, mentors, mentees
@register
def d_shelekhov():
    rng = random.Random(1111)
    doc = Doc("shelekhov_formy_2021", "txt", "справка", "Шелеховский район", "2021-12-15", enc="cp1251")
    names = [("МКОУ ШР «СОШ № 1»", "shelekhov-r/school-1"), ("МКОУ ШР «СОШ № 2»", "shelekhov-r/school-2"),
             ("МБОУ ШР «Гимназия»", "shelekhov-r/gymnasium"), ("МКОУ ШР «СОШ № 4»", "shelekhov-r/school-4"),
             ("МКОУ ШР «СОШ № 5»", "shelekhov-r/school-5"), ("МКОУ ШР «СОШ № 6»", "shelekhov-r/school-6"),
             ("МКОУ ШР «СОШ № 7»", "shelekhov-r/school-7"), ("МКОУ ШР «СОШ № 124»", "shelekhov-r/school-124"),
             ("МКОУ ШР «Баклашинская СОШ № 7»", "shelekhov-r/Баклашинская"),
             ("МКОУ ШР «Большелугская СОШ № 8»", "shelekhov-r/Большелугская"),
             ("МКОУ ШР «Олхинская СОШ № 9»", "shelekhov-r/Олхинская"),
             ("МКОУ ШР «Подкаменская ООШ»", "shelekhov-r/Подкаменская"),
             ("МКОУ ШР «Шаманская СОШ № 11»", "shelekhov-r/Шаманская"),
             ("МКОУ ШР «НШДС № 14»", "shelekhov-r/nshds-14"), ("МКУ ДО ШР «ЦТРиГО «Радуга»", "shelekhov-r/do-Радуга")]
    fshort = {"ученик-ученик": "ученик – ученик", "учитель-учитель": "учитель – учитель",
              "студент-ученик": "студент – ученик", "работодатель-ученик": "работодатель – ученик",
              "работодатель-студент": "работодатель – студент"}
    doc.p("Управление образования Администрации Шелеховского муниципального района")
    doc.p("Информационная справка о формах наставничества, реализуемых в образовательных организациях "
          "Шелеховского района, на 15.12.2021")
    doc.p("Основание: распоряжение министерства образования Иркутской области от 30.10.2020 № 901-мр.")
    rows = [["№ п/п", "ОО", "Реализуемые формы наставничества (перечень)", "Кол-во форм", "Кол-во пар/групп",
             "Кол-во наставнков, чел.", "Наставляемых, чел."]]
    agg = [0, 0, 0]
    colv = [[], [], []]
    for i, (nm, cl) in enumerate(names, 1):
        doc.org(nm, cl)
        k = rng.randint(1, 4) if i != 9 else 3
        fl = rng.sample(FORMS[:4], k)
        stated = k if i != 9 else k - 1
        pairs = rng.randint(3, 28); mt = rng.randint(pairs // 2 + 1, pairs + 3); me = pairs + rng.randint(0, 15)
        rows.append([str(i), nm, ", ".join(fshort[f] for f in fl), str(stated), str(pairs), str(mt), str(me)])
        doc.fact(nm, "forms_count", stated); doc.fact(nm, "pairs", pairs)
        doc.fact(nm, "mentors", mt); doc.fact(nm, "mentees", me)
        doc.check("cross_table", "forms_count", nm, stated, k)
        for j, v in enumerate((pairs, mt, me)):
            colv[j].append(v)
    rows.append(["", "Итого", "", "", str(sum(colv[0])), str(sum(colv[1])), str(sum(colv[2]))])
    doc.t(rows, [1, 5, 6, 2, 2, 2, 2], head=1)
    for j, ind in enumerate(("pairs", "mentors", "mentees")):
        col_sum_check(doc, ind, "Итого", sum(colv[j]), colv[j])
    doc.p(f"Наставнические пары и группы сформированы во всех {len(names)} образовательных организациях.")
    doc.check("count", "organizations", "во всех N образовательных организациях", len(names), len(names))
    doc.p("Тел. 8 (39550) 4-17-70, e-mail: uo@sheladm.ru")
    return doc


# 12. Нефтеюганский район (ХМАО), TXT utf-8, plan/fact
@register
def d_nefteyugansk():
    rng = random.Random(1212)
    doc = Doc("nefteyugansk_rayon_plan_fakt_2020", "txt", "справка", "Нефтеюганский район", "2020-12-30", enc="utf-8-sig")
    names = [("НРМОБУ «Пойковская СОШ № 1»", "nefteyugansk-r/poykovsky-school-1"),
             ("НРМОБУ «Пойковская СОШ № 2»", "nefteyugansk-r/poykovsky-school-2"),
             ("НРМОБУ «Пойковская СОШ № 4»", "nefteyugansk-r/poykovsky-school-4"),
             ("НРМОБУ «Салымская СОШ № 1»", "nefteyugansk-r/salym-school-1"),
             ("НРМОБУ «Салымская СОШ № 2»", "nefteyugansk-r/salym-school-2"),
             ("НРМОБУ «Сингапайская СОШ»", "nefteyugansk-r/Сингапайская"),
             ("НРМОБУ «Чеускинская СОШ»", "nefteyugansk-r/Чеускинская"),
             ("НРМОБУ «Куть-Яхская СОШ»", "nefteyugansk-r/Куть-Яхская"),
             ("НРМОБУ «Каркатеевская СОШ»", "nefteyugansk-r/Каркатеевская"),
             ("НРМОБУ «Лемпинская СОШ»", "nefteyugansk-r/Лемпинская"),
             ("НРМОБУ «Сентябрьская СОШ»", "nefteyugansk-r/Сентябрьская"),
             ("НРМОБУ «Обь-Юганская СОШ»", "nefteyugansk-r/Обь-Юганская"),
             ("НРМОУ «Юганскообская СОШ»", "nefteyugansk-r/Юганскообская"),
             ("НРМОБУ «Усть-Юганская СОШ»", "nefteyugansk-r/Усть-Юганская")]
    doc.p("ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ НЕФТЕЮГАНСКОГО РАЙОНА")
    doc.p("Справка об исполнении плана вовлечения участников в программы наставничества на 30.12.2020")
    doc.p("План утверждён приказом департамента образования и молодёжной политики Нефтеюганского района "
          "от 02.09.2020 № 511-0.")
    rows = [["№", "Наименование ОО", "Учасники программы наставничества, чел.", None],
            ["^", "^", "план", "факт"]]
    P = F = 0
    pl, fa = [], []
    for i, (nm, cl) in enumerate(names, 1):
        doc.org(nm, cl)
        p = rng.randint(40, 170); f = p + rng.randint(-15, 25)
        pl.append(p); fa.append(f)
        rows.append([str(i), nm, str(p), str(f)])
        doc.fact(nm, "planned_participants", p); doc.fact(nm, "program_participants", f)
    P, F = sum(pl), sum(fa)
    rows.append(["", "Всего по району", fi(P), fi(F)])
    doc.t(rows, [1, 8, 3, 3], head=2)
    col_sum_check(doc, "planned_participants", "Всего по району", P, pl)
    col_sum_check(doc, "program_participants", "Всего по району", F, fa)
    pct = round(F / P * 100, 2)
    doc.p(f"Фактически в программы наставничества вовлечено {fi(F)} участников, что составляет {round(pct)}% "
          f"от запланированного количества ({fi(P)} человек).")
    doc.check("share", "program_participants", f"{F} от {P}", round(pct), pct, "ok")
    below = [names[i][0] for i in range(len(names)) if fa[i] < pl[i]]
    assert below
    doc.p("План не выполнен в " + ", ".join(below) + ".")
    doc.check("membership", "program_participants", "план не выполнен", "; ".join(below), "; ".join(below))
    doc.p("Справку подготовила: Хабибуллина Р.М., главный специалист, тел. 8 (3463) 25-01-12.")
    return doc


# 13. город Ухта (Коми), DOCX, captions naming the form above tables with leaves «наставников | наставляемых»
@register
def d_ukhta():
    rng = random.Random(1313)
    doc = Doc("ukhta_formy_nastavnichestva_2022", "docx", "справка", "город Ухта", "2022-06-15")
    nums = [1, 2, 3, 4, 5, 7, 10, 13, 14, 15, 16, 18, 19, 20, 21, 22]
    def nm_of(n, style):
        if n in (1, 4):
            return f"МОУ «Гимназия № {n}»" if style else f"гимназия № {n}", f"ukhta/gymnasium-{n}"
        if n == 5 and False:
            pass
        return (f"МОУ «СОШ № {n}»" if style == 0 else f"МОУ «Средняя общеобразовательная школа № {n}»" if style == 1
                else f"МОУ СОШ № {n} г. Ухты"), f"ukhta/school-{n}"
    doc.p("МУ «Управление образования» администрации МОГО «Ухта»", center=True, size=10)
    doc.p("Информационная справка о реализации форм наставничества в общеобразовательных организациях "
          "МОГО «Ухта» по состоянию на 15.06.2022", center=True, bold=True)
    doc.p(P145[0] + ", приказом Министерства образования, науки и молодёжной политики Республики Коми "
          "от 21.10.2020 № 653 в общеобразовательных организациях реализуются следующие формы наставничества.")
    specs = [("ученик-ученик", "«Ученик – ученик»", 0.85, 0), ("учитель-учитель", "«Учитель – учитель»", 0.55, 1),
             ("работодатель-ученик", "«Работодатель – ученик»", 0.3, 2)]
    per_form = {}
    tno = 1
    for f, title, pr, style in specs:
        chosen = [n for n in nums if rng.random() < pr and not (f == "работодатель-ученик" and n in (1, 4))] or nums[2:4]
        per_form[f] = chosen
        doc.p(f"Таблица {tno}. Форма наставничества {title}", bold=True); tno += 1
        rows = [["№", "ОО", "наставников", "наставляемых", "пар / групп"]]
        cm, ce, cp = [], [], []
        for i, n in enumerate(chosen, 1):
            nm, cl = nm_of(n, style)
            doc.org(nm, cl)
            m = rng.randint(1, 12); e = m + rng.randint(0, 10) if f != "учитель-учитель" else m
            p_ = m if f == "учитель-учитель" else rng.randint(max(1, m // 2), m)
            rows.append([str(i), nm, str(m), str(e), str(p_)])
            doc.fact(nm, "mentors", m, f); doc.fact(nm, "mentees", e, f); doc.fact(nm, "pairs", p_, f)
            cm.append(m); ce.append(e); cp.append(p_)
        rows.append(["", "Итого", str(sum(cm)), str(sum(ce)), str(sum(cp))])
        doc.t(rows, [1, 8, 2.5, 2.5, 2.5], head=1, size=10)
        for ind, cv in (("mentors", cm), ("mentees", ce), ("pairs", cp)):
            col_sum_check(doc, ind, f"Итого, {f}", sum(cv), cv)
        doc.p(f"Форма {title} реализуется в {len(chosen)} ОО.")
        doc.check("count", "mentors", f"форма {f} реализуется в N ОО", len(chosen), len(chosen))
    ru = per_form["работодатель-ученик"]
    lst = ", ".join(str(n) for n in ru[:-1]) + " и " + str(ru[-1]) if len(ru) > 1 else str(ru[0])
    doc.p(f"Форму «работодатель – ученик» в партнёрстве с ООО «ЛУКОЙЛ-Коми» и Ухтинским государственным "
          f"техническим университетом реализуют школы № {lst}.")
    doc.check("membership", "mentors", "список ОО формы работодатель-ученик", ";".join(map(str, ru)), ";".join(map(str, ru)))
    doc.p("Все формы наставничества реализуются с 1 сентября 2021 года. Телефон: 8 (8216) 76-41-50.")
    return doc


# 14. Энгельсский район (Саратовская), DOCX, shares with denominators, two-row header
@register
def d_engels():
    rng = random.Random(1414)
    doc = Doc("engels_doli_2021", "docx", "справка", "Энгельсский район", "2021-12-24")
    names = []
    for i, n in enumerate([1, 3, 5, 6, 9, 10, 11, 12, 15, 16, 18, 21, 26, 31, 32, 33]):
        if n == 5:
            names.append(("МАОУ «Лицей № 5»", "engels-r/lyceum-5"))
        elif n == 15:
            names.append(("МАОУ «Лицей № 15»", "engels-r/lyceum-15"))
        elif n == 9:
            names.append(("МАОУ «Гимназия № 8»", "engels-r/gymnasium-8"))
        else:
            names.append((f"МОУ «СОШ № {n}»" if i % 2 else f"МБОУ «СОШ № {n}»", f"engels-r/school-{n}"))
    names += [("МОУ «СОШ п. Прибрежный»", "engels-r/Прибрежный"), ("МОУ «СОШ с. Шумейка»", "engels-r/Шумейка"),
              ("МОУ «ООШ с. Березовка»", "engels-r/Березовка"), ("МОУ «СОШ р.п. Приволжский»", "engels-r/Приволжский")]
    doc.p("Комитет по образованию и молодёжной политике администрации Энгельсского муниципального района", center=True, size=10)
    doc.p("Аналитическая справка о вовлечении обучающихся в программы наставничества "
          "(на 24.12.2021)", center=True, bold=True)
    doc.p("Информация представлена во исполнение письма министерства образования Саратовской области "
          "от 10.12.2021 № 01-27/9917.")
    rows = [["№ п/п", "ОО", "Всего обучающихся в ОО, чел.", "Наставляемые (10–19 лет)", None,
             "Наставники (15–19 лет)", None],
            ["^", "^", "^", "чел.", "%", "чел.", "%"]]
    T = M = N = 0
    mtp, data = [], []
    for i, (nm, cl) in enumerate(names, 1):
        doc.org(nm, cl)
        tot = rng.randint(250, 1600); me = int(tot * rng.uniform(0.04, 0.3)); mt = int(me * rng.uniform(0.2, 0.6))
        sh = r1(me / tot * 100); ms = r1(rng.uniform(3, 25))
        rows.append([str(i), nm, fi(tot, sep="\u00a0"), str(me), fp(sh), str(mt), fp(ms)])
        doc.fact(nm, "students_total", tot); doc.fact(nm, "mentees", me); doc.fact(nm, "mentee_share_pct", sh)
        doc.fact(nm, "mentors", mt); doc.fact(nm, "mentor_share_pct", ms)
        doc.check("share", "mentee_share_pct", nm, sh, round(me / tot * 100, 2))
        data.append((tot, me, mt)); mtp.append(ms)
    T = sum(d[0] for d in data); M = sum(d[1] for d in data); N = sum(d[2] for d in data)
    rows.append(["", "ИТОГО", fi(T, sep="\u00a0"), fi(M, sep="\u00a0"), fp(r1(M / T * 100)), str(N), ""])
    doc.t(rows, [1.1, 5.5, 2.6, 2, 1.8, 2, 1.8], head=2, size=10)
    col_sum_check(doc, "students_total", "ИТОГО", T, [d[0] for d in data])
    col_sum_check(doc, "mentees", "ИТОГО", M, [d[1] for d in data])
    col_sum_check(doc, "mentors", "ИТОГО", N, [d[2] for d in data])
    doc.check("share", "mentee_share_pct", "ИТОГО, %", r1(M / T * 100), round(M / T * 100, 2))
    mean = round(sum(mtp) / len(mtp), 2)
    stated = r1(mean + 3.4)
    doc.p(f"Средняя по району доля обучающихся 15–19 лет, выступающих наставниками, составляет {fp(stated)}%, "
          f"что не ниже целевого значения 10%.")
    doc.check("mean", "mentor_share_pct", "Средняя по району доля наставников", stated, mean)
    doc.check("target", "mentor_share_pct", "не ниже целевого значения 10%", 10, mean, "ok" if mean >= 10 else "mismatch")
    doc.p(f"Наставляемыми являются {fi(M)} обучающихся ({fp(r1(M / T * 100))}% от {fi(T)}).")
    doc.check("share", "mentees", f"{M} от {T}", r1(M / T * 100), round(M / T * 100, 2))
    doc.p("Председатель комитета                               Т.А. Зубова")
    return doc


# 15. город Ханты-Мансийск, DOCX, 3-row header (teachers, young teachers) + partner enterprises table
@register
def d_khanty():
    rng = random.Random(1515)
    doc = Doc("khanty_mansiysk_pedagogi_2023", "docx", "справка", "город Ханты-Мансийск", "2023-06-01")
    names = [("МБОУ «СОШ № 1 им. Княжны Анастасии Романовой»", "khanty/school-1"),
             ("МБОУ «СОШ № 2»", "khanty/school-2"),
             ("МБОУ «СОШ с углублённым изучением отдельных предметов № 3»", "khanty/school-3"),
             ("МБОУ «СОШ № 4»", "khanty/school-4"), ("МБОУ «СОШ № 5 им. Н.И. Сирина»", "khanty/school-5"),
             ("МБОУ «СОШ № 6»", "khanty/school-6"), ("МБОУ «Центр образования № 7 им. Дунина-Горкавича А.А.»", "khanty/school-7"),
             ("МБОУ «СОШ № 8»", "khanty/school-8"), ("МБОУ «Гимназия № 1»", "khanty/gymnasium-1"),
             ("МБОУ «Центр образования «Школа-сад № 7»", "khanty/school-sad-7"),
             ("МБУ ДО «Центр творчества»", "khanty/do-ЦТ"), ("МБУ ДО «Патриот»", "khanty/do-Патриот")]
    short = {"khanty/school-1": "СОШ № 1", "khanty/school-3": "СОШ № 3", "khanty/school-5": "СОШ № 5",
             "khanty/school-8": "СОШ № 8", "khanty/gymnasium-1": "Гимназия № 1", "khanty/do-ЦТ": "ЦТ",
             "khanty/school-2": "СОШ № 2", "khanty/school-6": "СОШ № 6"}
    doc.p("Департамент образования Администрации города Ханты-Мансийска", center=True, size=10)
    doc.p("Справка о реализации системы наставничества педагогических работников в образовательных "
          "организациях города Ханты-Мансийска на 01.06.2023", center=True, bold=True)
    doc.p("Система (целевая модель) наставничества педагогических работников внедрена в соответствии с "
          "распоряжением Минпросвещения России от 16.12.2020 № Р-174 и приказом Департамента образования "
          "и науки Югры от 29.11.2021 № 10-П-1660.")
    rows = [["№", "ОО", "Педагогические работники", None, None, None],
            ["^", "^", "Вовлечено в наставничество (всего), чел.", "Молодые специалисты (стаж 0–3 года)", None, None],
            ["^", "^", "^", "всего, чел.", "в роли наставляемого, чел.", "%"]]
    cols = [[], [], []]
    for i, (nm, cl) in enumerate(names, 1):
        doc.org(nm, cl)
        te = rng.randint(4, 40); y = rng.randint(0, 8)
        ym = y if rng.random() < 0.6 else rng.randint(0, y)
        if y == 0:
            rows.append([str(i), nm, str(te), DASH, DASH, DASH])
            doc.fact(nm, "teachers_involved", te); doc.fact(nm, "young_teachers", 0)
            doc.fact(nm, "young_teacher_mentees", 0); doc.fact(nm, "young_teacher_mentee_share_pct", 0)
        else:
            p = r1(ym / y * 100)
            rows.append([str(i), nm, str(te), str(y), fi(ym, zero="0"), (fp(p) if p != int(p) else str(int(p)))])
            doc.fact(nm, "teachers_involved", te); doc.fact(nm, "young_teachers", y)
            doc.fact(nm, "young_teacher_mentees", ym); doc.fact(nm, "young_teacher_mentee_share_pct", p)
            if p != 100:
                pass
        cols[0].append(te); cols[1].append(y); cols[2].append(ym)
    Y, YM = sum(cols[1]), sum(cols[2])
    rows.append(["", "Итого", str(sum(cols[0])), str(Y), str(YM), fp(r1(YM / Y * 100))])
    doc.t(rows, [1, 6.5, 3, 2.4, 2.6, 1.8], head=3, size=10)
    col_sum_check(doc, "teachers_involved", "Итого", sum(cols[0]), cols[0])
    col_sum_check(doc, "young_teachers", "Итого", Y, cols[1])
    col_sum_check(doc, "young_teacher_mentees", "Итого", YM, cols[2])
    doc.check("share", "young_teacher_mentee_share_pct", "Итого, %", r1(YM / Y * 100), round(YM / Y * 100, 2))
    doc.p(f"Наставничество педагогов организовано во всех {len(names)} образовательных организациях.")
    doc.check("count", "organizations", "во всех N образовательных организациях", len(names), len(names))
    doc.p("Таблица 2. Предприятия и организации, предоставившие наставников", bold=True)
    sub = [n for n in names if n[1] in short][:7]
    rows2 = [["ОО", "Кол-во организаций-партнёров, предоставивших наставников, ед."]]
    pe = []
    for nm, cl in sub:
        s = short[cl]
        doc.org(s, cl)
        v = rng.randint(0, 5)
        pe.append(v)
        rows2.append([s, fi(v, zero="-")])
        doc.fact(s, "partner_enterprises", v)
    rows2.append(["Всего", str(sum(pe))])
    doc.t(rows2, [6, 6], head=1, size=10)
    col_sum_check(doc, "partner_enterprises", "Всего", sum(pe), pe)
    doc.p("Среди партнёров – БУ «Окружная клиническая больница», АУ «Югорский колледж-интернат олимпийского "
          "резерва», ООО «Газпром трансгаз Югорск». Исп.: Сургутская Н.В., 8 (3467) 32-83-80.")
    return doc


# 16. город Саратов, DOCX, pairs per form incl. «учитель – ученик», per-row «Всего» column
@register
def d_saratov():
    rng = random.Random(1616)
    doc = Doc("saratov_leninsky_pary_2021", "docx", "справка", "город Саратов", "2021-10-01", landscape=True)
    nums = [2, 4, 7, 10, 12, 15, 18, 20, 26, 33, 45, 49, 51, 53, 55, 57, 61, 66, 71, 72]
    names = []
    for i, n in enumerate(nums):
        if n in (4, 7, 31):
            names.append((f"МАОУ «Гимназия № {n}»", f"saratov/gymnasium-{n}"))
        elif n in (15, 62):
            names.append((f"МАОУ «Лицей № {n}»", f"saratov/lyceum-{n}"))
        elif i % 3 == 0:
            names.append((f"МОУ «СОШ № {n}»", f"saratov/school-{n}"))
        elif i % 3 == 1:
            names.append((f"МОУ «Средняя общеобразовательная школа № {n}»", f"saratov/school-{n}"))
        else:
            names.append((f"МАОУ «СОШ № {n}»", f"saratov/school-{n}"))
    forms6 = FORMS + ["учитель-ученик"]
    heads = ["ученик – ученик", "учитель – учитель", "студент – ученик", "работодатель – ученик",
             "работодатель – студент", "учитель – ученик"]
    doc.p("Администрация Ленинского района муниципального образования «Город Саратов»", center=True, size=10)
    doc.p("Отдел образования", center=True, size=10)
    doc.p("Справка о количестве наставнических пар (групп) в общеобразовательных учреждениях Ленинского "
          "района по состоянию на 1 октября 2021 года", center=True, bold=True)
    doc.p("Сведения собраны во исполнение приказа комитета по образованию администрации МО «Город Саратов» "
          "от 03.09.2021 № 612.")
    rows = [["№ п/п", "Образовательное учреждение", "Количество наставнических пар (групп) по формам, ед."] + [None] * 5 + ["Всего пар (групп)"],
            ["^", "^"] + heads + ["^"]]
    colv = [[] for _ in forms6]; rtot = []
    bad = 5
    for i, (nm, cl) in enumerate(names, 1):
        doc.org(nm, cl)
        vals = []
        for j, f in enumerate(forms6):
            pr = [0.95, 0.5, 0.2, 0.3, 0.05, 0.4][j]
            vals.append(rng.randint(1, 20) if rng.random() < pr else 0)
        s = sum(vals); st = s + (4 if i == bad else 0)
        rows.append([str(i), nm] + [fi(v, zero="-") for v in vals] + [str(st)])
        for f, v, cv in zip(forms6, vals, colv):
            doc.fact(nm, "pairs", v, f); cv.append(v)
        rtot.append(st)
        doc.check("sum", "pairs", f"графа «Всего пар» у {nm}", st, s)
    grand = sum(sum(c) for c in colv)
    rows.append(["", "ИТОГО"] + [str(sum(c)) for c in colv] + [str(grand)])
    doc.t(rows, [1.0, 7.2] + [2.6] * 6 + [2.6], head=2, size=10)
    for f, cv in zip(forms6, colv):
        col_sum_check(doc, "pairs", f"ИТОГО, {f}", sum(cv), cv)
    doc.check("sum", "pairs", "ИТОГО, всего пар", grand, grand, "either")
    n_ps = sum(1 for v in colv[3] if v > 0)
    doc.p(f"Форма «работодатель – ученик» реализуется в {n_ps} учреждениях; всего в районе {fi(grand)} пар (групп).")
    doc.check("count", "pairs", "форма работодатель-ученик реализуется в N учреждениях", n_ps, n_ps)
    doc.p("Начальник отдела образования                 А.Ю. Кравченко")
    return doc


# 17. single school report (ХМАО, город Сургут), ODT, variants
@register
def d_surgut_school():
    rng = random.Random(1717)
    nm = "МБОУ СОШ № 10"
    doc = Doc("surgut_sosh10_otchet_2022", "odt", "справка", "город Сургут", "2022-05-25", org="surgut/school-10")
    doc.org(nm, "surgut/school-10")
    doc.p("Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 10 "
          "с углублённым изучением отдельных предметов", center=True, size=10)
    doc.p("628403, г. Сургут, ул. Энергетиков, 5/1; тел. 8 (3462) 52-71-44", center=True, size=9)
    doc.p("Отчёт о реализации программы наставничества МБОУ СОШ № 10 за 2021–2022 учебный год "
          "(по состоянию на 25.05.2022)", center=True, bold=True)
    doc.p("Программа наставничества утверждена приказом директора от 31.08.2021 № 10-ШК-245/1. "
          "Куратор – заместитель директора по УВР Галиуллина Р.Ф.")
    rows = [["Образовательная организация", "Вовлечено обучающихся, чел.", "Вовлечено педагогов, чел.", "Всего обучающихся, чел."],
            [nm, "", "", "1 046"]]
    vars_ = [("ученик-ученик", "успевающий - неуспевающий", "Ученик – ученик", "успевающий – неуспевающий"),
             ("ученик-ученик", "равный - равному", "Ученик – ученик", "«равный – равному»"),
             ("ученик-ученик", "лидер - пассивный", "Ученик – ученик", "лидер – пассивный"),
             ("учитель-учитель", "молодой специалист - опытный педагог", "Учитель – учитель", "молодой специалист – опытный педагог"),
             ("учитель-ученик", "активный профессионал - равнодушный потребитель", "Учитель – ученик",
              "активный профессионал – равнодушный потребитель")]
    vals = [rng.randint(8, 40) for _ in vars_]
    st_inv = sum(vals[:3]) + vals[4]
    te_inv = vals[3] + rng.randint(3, 6)
    rows[1][1] = str(st_inv); rows[1][2] = str(te_inv)
    doc.p("Таблица 1. Охват участников", bold=True)
    doc.t(rows, [7, 3, 3, 3], head=1, size=10)
    doc.fact(nm, "students_involved", st_inv); doc.fact(nm, "teachers_involved", te_inv); doc.fact(nm, "students_total", 1046)
    doc.p("Таблица 2. Участники программы по вариациям ролевых моделей", bold=True)
    rows2 = [["Форма наставничества", "Вариация ролевой модели", "Количество участников, чел."]]
    for (f, v, fp_, vp), x in zip(vars_, vals):
        rows2.append([fp_, vp, str(x)])
        doc.fact(nm, "program_participants", x, f, v)
    rows2.append(["Всего", None, str(sum(vals))])
    doc.t(rows2, [5, 7, 4], head=1, size=10)
    col_sum_check(doc, "program_participants", "Всего", sum(vals), vals)
    pct = round(st_inv / 1046 * 100, 2)
    doc.p(f"Таким образом, в программу вовлечено {st_inv} обучающихся, что составляет {fp(r1(pct))}% "
          f"от общего числа обучающихся школы (1 046 человек).")
    doc.check("share", "students_involved", f"{st_inv} от 1046", r1(pct), pct)
    doc.p(f"Из них в вариациях формы «ученик – ученик» участвуют {sum(vals[:3])} обучающихся, "
          f"в форме «учитель – ученик» – {vals[4]}.")
    doc.check("cross_table", "program_participants", "участники вариаций против вовлечённых обучающихся", st_inv,
              sum(vals[:3]) + vals[4])
    doc.p("По итогам анкетирования 92% участников оценили программу как полезную. Директор ________ А.С. Лукин")
    return doc


# 18. Тутаевский район (Ярославская), DOC, involvement + denominator + forms count, target, reference
@register
def d_tutaev():
    rng = random.Random(1818)
    doc = Doc("tutaev_rayon_spravka_2020", "doc", "справка", "Тутаевский район", "2020-12-28")
    names = [("МОУ лицей № 1", "tutaev-r/lyceum-1"), ("МОУ СШ № 3", "tutaev-r/school-3"),
             ("МОУ СШ № 4 «Центр образования»", "tutaev-r/school-4"), ("МОУ СШ № 6", "tutaev-r/school-6"),
             ("МОУ СШ № 7", "tutaev-r/school-7"), ("МОУ «Средняя школа № 2»", "tutaev-r/school-2"),
             ("МОУ Константиновская СШ", "tutaev-r/Константиновская"), ("МОУ Фоминская СШ", "tutaev-r/Фоминская"),
             ("МОУ Левобережная СШ", "tutaev-r/Левобережная"), ("МОУ Ченцевская СШ", "tutaev-r/Ченцевская"),
             ("МОУ Савинская ОШ", "tutaev-r/Савинская"), ("МОУ Помогаловская ОШ", "tutaev-r/Помогаловская"),
             ("МОУ Метенининская ОШ", "tutaev-r/Метенининская"), ("МОУ Емишевская ОШ", "tutaev-r/Емишевская"),
             ("МУ ДО «Центр дополнительного образования «Созвездие»", "tutaev-r/do-Созвездие"),
             ("МУ ДО «Детско-юношеская спортивная школа № 1»", "tutaev-r/do-ДЮСШ-1")]
    doc.p("Департамент образования Администрации Тутаевского муниципального района", center=True, size=10)
    doc.p("Справка об итогах внедрения целевой модели наставничества в 2020 году (на 28.12.2020)", center=True, bold=True)
    doc.p(P145[1] + ", приказа департамента образования Ярославской области от 30.07.2020 № 09-нп "
          "в образовательных организациях района с 1 сентября 2020 года внедряется целевая модель наставничества.")
    rows = [["№", "ОО", "Контингент обучающихся, чел.", "Обучающиеся, вовлечённые в наставничество (чел.)",
             "Педагоги-участники ЦМН (чел.)", "Кол-во реализуемых форм, ед."]]
    data = []
    for i, (nm, cl) in enumerate(names, 1):
        doc.org(nm, cl)
        tot = rng.randint(60, 1100); s = int(tot * rng.uniform(0.08, 0.35)); t = rng.randint(1, 20); f = rng.randint(1, 4)
        data.append((tot, s, t, f))
        rows.append([str(i), nm, fi(tot), str(s), str(t), str(f)])
        for ind, v in zip(("students_total", "students_involved", "teachers_involved", "forms_count"), (tot, s, t, f)):
            doc.fact(nm, ind, v)
    sums = [sum(d[j] for d in data) for j in range(3)]
    rows.append(["", "Всего по району", fi(sums[0]), fi(sums[1]), str(sums[2]), ""])
    doc.t(rows, [1, 6.2, 2.6, 2.6, 2.6, 2.4], head=1, size=10)
    for j, ind in enumerate(("students_total", "students_involved", "teachers_involved")):
        col_sum_check(doc, ind, "Всего по району", sums[j], [d[j] for d in data])
    doc.p(f"Отчёты представили {len(names)} образовательных организаций. Доля обучающихся, вовлечённых в "
          f"наставничество, по району не ниже 10% (целевой показатель 2020 года).")
    doc.check("count", "organizations", "Отчёты представили N ОО", len(names), len(names))
    doc.check("target", "students_involved", "не ниже 10%", 10, round(sums[1] / sums[0] * 100, 2), "ok")
    best = sorted(range(len(names)), key=lambda i: -data[i][1] / data[i][0])[:3]
    bl = [names[i][0] for i in best]
    doc.p("Наиболее высокий охват – в " + ", ".join(bl) + ".")
    doc.check("membership", "students_involved", "наиболее высокий охват", "; ".join(bl), "; ".join(bl), "ok")
    doc.p("Ответственный за мониторинг: Шорина Г.В., тел. 8 (48533) 2-15-10.")
    return doc


# ============================================================================= main
def main():
    only = set(sys.argv[1:])
    os.makedirs(OUT, exist_ok=True); os.makedirs(GOLD, exist_ok=True)
    docs = []
    for fn in ALL:
        d = fn()
        docs.append(d)
        if not only or d.name in only:
            render(d)
            print("rendered", d.name, d.fmt, flush=True)
    with open(f"{GOLD}/documents.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc", "format", "kind", "municipality", "organization", "as_of", "doc_date", "doc_number", "expect"])
        for d in docs:
            w.writerow([d.name, d.fmt, d.kind, d.muni, d.org_id, d.as_of, d.doc_date, d.doc_number, ""])
    with open(f"{GOLD}/facts.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc", "org_name", "indicator", "form", "variant", "value", "unit"])
        for d in docs:
            for (doc, org, ind, form, var, val, unit) in d.facts:
                w.writerow([doc, " ".join(org.split()), ind, form, var, nf(val), unit])
    with open(f"{GOLD}/checks.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc", "check", "indicator", "subject", "stated", "computed", "status"])
        for d in docs:
            for (doc, kind, ind, subj, st, comp, status) in d.checks:
                w.writerow([doc, kind, ind, subj, nf(st), nf(comp), status])
    with open(f"{GOLD}/organizations.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc", "org_name", "cluster"])
        for d in docs:
            for nm, cl in d.orgs.items():
                w.writerow([d.name, " ".join(nm.split()), cl])


if __name__ == "__main__":
    main()
