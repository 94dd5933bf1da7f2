#!/usr/bin/env python3
"""Generator of the HELD-OUT corpus for spravki (reports + gold answers).

Usage: .venv/bin/python benchmarks/unseen/gen_holdout.py
Writes reports into benchmarks/unseen/holdout/ and gold CSVs into benchmarks/unseen/gold/holdout/.
Every document is built from one data structure; gold facts and checks are recorded
from the same numbers that are printed, so they agree by construction.
"""
import csv
import os
import random
import shutil
import subprocess
import tempfile

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Mm

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("UNSEEN_OUT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "out"))
OUT = os.path.join(ROOT, "holdout")
GOLD = os.path.join(ROOT, "gold", "holdout")
LO_PROFILE = "file:///tmp/lo_hold"

UNITS = {
    "students_involved": "persons", "teachers_involved": "persons", "mentees": "persons",
    "mentors": "persons", "pairs": "count", "forms_count": "count",
    "mentee_share_pct": "percent", "mentor_share_pct": "percent", "young_teachers": "persons",
    "young_teacher_mentees": "persons", "young_teacher_mentee_share_pct": "percent",
    "partner_enterprises": "count", "planned_participants": "persons",
    "program_participants": "persons", "students_total": "persons",
}
UU, TT, SU, RU, RS, TU = ("ученик-ученик", "учитель-учитель", "студент-ученик",
                          "работодатель-ученик", "работодатель-студент", "учитель-ученик")


# ----------------------------------------------------------------------------- helpers
def C(text, cs=1, rs=1):
    return {"t": text, "cs": cs, "rs": rs}


def n(v, sep=" "):
    """integer with a thousands separator (as clerks type it)"""
    s = str(int(v))
    if len(s) > 3 and sep is not None:
        s = s[:-3] + sep + s[-3:]
    return s


def dz(v, dash="–"):
    return dash if v == 0 else str(v)


def pct(x, dec=1, sign=False):
    s = f"{x:.{dec}f}".replace(".", ",")
    return s + ("%" if sign else "")


def r1(x):
    return round(x + 1e-9, 1)


def share(a, b):
    return r1(100.0 * a / b) if b else 0.0


class Doc:
    def __init__(self, name, fmt, kind, muni, as_of="", doc_date="", doc_number="", org="",
                 enc="utf-8", landscape=False):
        self.name, self.fmt, self.kind, self.muni = name, fmt, kind, muni
        self.as_of, self.doc_date, self.doc_number, self.org = as_of, doc_date, doc_number, org
        self.enc, self.landscape = enc, landscape
        self.blocks, self.facts, self.checks, self.orgs = [], [], [], {}

    # content
    def p(self, text, bold=False, center=False, size=None):
        self.blocks.append(("p", text, bold, center, size))

    def table(self, header, rows):
        self.blocks.append(("t", header, rows))

    # gold
    def fact(self, org, ind, value, form="", variant=""):
        if value is None:
            return
        v = "" if value == "" else (int(value) if float(value).is_integer() else value)
        self.facts.append((self.name, org, ind, form, variant, v, UNITS[ind]))

    def check(self, check, ind, subject, stated, computed, status=None):
        if status is None:
            try:
                sv, cv = float(stated), float(computed)
                tol = 0.5 if isinstance(stated, int) else 0.051
                status = "ok" if abs(sv - cv) <= tol else "mismatch"
            except (TypeError, ValueError):
                status = "ok" if stated == computed else "mismatch"
        self.checks.append((self.name, check, ind, subject, fmtnum(stated), fmtnum(computed), status))

    def org_of(self, name, cluster):
        self.orgs[name] = cluster


def fmtnum(v):
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else f"{v:.2f}".rstrip("0").rstrip(".")
    return str(v)


def layout(rows):
    """HTML-like placement of cells with col/row spans -> list of (r, c, text, cs, rs), nrows, ncols"""
    occ, placed = {}, []
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            if not isinstance(cell, dict):
                cell = C(cell)
            while (r, c) in occ:
                c += 1
            placed.append((r, c, cell["t"], cell["cs"], cell["rs"]))
            for dr in range(cell["rs"]):
                for dc in range(cell["cs"]):
                    occ[(r + dr, c + dc)] = True
            c += cell["cs"]
    ncols = max(c for (_, c) in occ) + 1
    return placed, len(rows), ncols


# ----------------------------------------------------------------------------- renderers
def render_docx(d, path):
    document = docx.Document()
    st = document.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = document.sections[0]
    if d.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    for b in d.blocks:
        if b[0] == "p":
            _, text, bold, center, size = b
            para = document.add_paragraph()
            run = para.add_run(text)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
            if center:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            _, header, rows = b
            allrows = header + rows
            placed, nr, nc = layout(allrows)
            tbl = document.add_table(rows=nr, cols=nc)
            tbl.style = "Table Grid"
            for (r, c, text, cs, rs) in placed:
                cell = tbl.cell(r, c)
                if cs > 1 or rs > 1:
                    cell = cell.merge(tbl.cell(r + rs - 1, c + cs - 1))
                cell.text = text
                for para in cell.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(10)
                        if r < len(header):
                            run.bold = True
            document.add_paragraph()
    cp = document.core_properties
    cp.author = cp.last_modified_by = "user"
    cp.comments = ""
    document.save(path)


def render_txt(d, path):
    lines = []
    for b in d.blocks:
        if b[0] == "p":
            lines.append(b[1])
        else:
            _, header, rows = b
            placed, nr, nc = layout(header + rows)
            grid = [[""] * nc for _ in range(nr)]
            for (r, c, text, cs, rs) in placed:
                grid[r][c] = text
            for row in grid:
                lines.append("\t".join(row))
            lines.append("")
    text = "\r\n".join(lines) + "\r\n"
    if d.enc == "utf-16":
        data = text.encode("utf-16")
    else:
        data = text.encode(d.enc)
    with open(path, "wb") as f:
        f.write(data)


def soffice(src, target, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to",
                    target, "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)


def render(d):
    final = os.path.join(OUT, f"{d.name}.{d.fmt}")
    if d.fmt == "txt":
        render_txt(d, final)
        return
    if d.fmt == "docx":
        render_docx(d, final)
        return
    tmp = tempfile.mkdtemp(prefix="hold_")
    src = os.path.join(tmp, f"{d.name}.docx")
    render_docx(d, src)
    target = {"pdf": "pdf", "odt": "odt", "doc": "doc:MS Word 97"}[d.fmt]
    soffice(src, target, tmp)
    shutil.move(os.path.join(tmp, f"{d.name}.{d.fmt}"), final)
    shutil.rmtree(tmp, ignore_errors=True)


# ----------------------------------------------------------------------------- schools
# (cluster, name as printed) per municipality; several spellings live in the documents themselves
EYSK = [
    ("eysk/school-1", "МБОУ СОШ № 1 им. В.Ф. Маргелова г. Ейска", "МБОУ СОШ №1"),
    ("eysk/school-2", "МАОУ СОШ № 2", "МАОУ СОШ №2 г. Ейска"),
    ("eysk/lyceum-4", "МБОУ лицей № 4", "МБОУ «Лицей № 4»"),
    ("eysk/school-5", "МБОУ СОШ № 5 им. Г.К. Жукова", "СОШ № 5"),
    ("eysk/school-9", "МБОУ ООШ № 9 п. Краснофлотского", "ООШ № 9"),
    ("eysk/school-11", "МБОУ СОШ № 11 ст. Камышеватской", "МБОУ СОШ № 11"),
    ("eysk/school-13", "МБОУ СОШ № 13 ст. Должанской", "МБОУ СОШ №13 ст.Должанской"),
    ("eysk/gymnasium-14", "МАОУ «Гимназия № 14»", "МАОУ гимназия №14"),
    ("eysk/school-16", "МБОУ СОШ № 16 с. Александровка", "МБОУ СОШ № 16"),
    ("eysk/school-19", "МБОУ СОШ № 19 ст. Ясенской", "МБОУ СОШ № 19"),
    ("eysk/school-21", "МБОУ ООШ № 21 п. Октябрьского", "МБОУ ООШ № 21"),
    ("eysk/school-23", "МБОУ СОШ № 23 им. Героя Советского Союза И.Т. Остапенко", "МБОУ СОШ № 23"),
    ("eysk/school-25", "МБОУ СОШ № 25 с. Трудового", "МБОУ СОШ №25"),
    ("eysk/do-cdt", "МБУ ДО «Центр детского творчества»", "МБУ ДО ЦДТ"),
]
TIKH = [
    ("tikhoretsk/school-1", "МБОУ СОШ № 1 г. Тихорецка", "МБОУ СОШ №1"),
    ("tikhoretsk/school-3", "МБОУ СОШ № 3", "МБОУ СОШ №3 г. Тихорецка"),
    ("tikhoretsk/school-4", "МБОУ СОШ № 4", "МБОУ СОШ № 4 им. В.П. Чкалова"),
    ("tikhoretsk/gymnasium-6", "МАОУ гимназия № 6", "МАОУ «Гимназия №6»"),
    ("tikhoretsk/school-7", "МБОУ СОШ № 7 им. Героя России С.А. Шевченко", "МБОУ СОШ № 7"),
    ("tikhoretsk/school-10", "МБОУ СОШ № 10 ст. Архангельской", "МБОУ СОШ № 10"),
    ("tikhoretsk/school-12", "МБОУ СОШ № 12 ст. Фастовецкой", "МБОУ СОШ №12"),
    ("tikhoretsk/school-16", "МБОУ СОШ № 16 пос. Парковый", "МБОУ СОШ №16 п. Парковый"),
    ("tikhoretsk/school-22", "МБОУ СОШ № 22 ст. Новорождественской", "МБОУ СОШ № 22"),
    ("tikhoretsk/school-27", "МБОУ ООШ № 27 х. Красного", "МБОУ ООШ № 27"),
    ("tikhoretsk/school-31", "МБОУ СОШ № 31 ст. Хоперской", "МБОУ СОШ № 31"),
    ("tikhoretsk/school-38", "МБОУ ООШ № 38 х. Ленинского", "МБОУ ООШ №38"),
]
KOP = [
    ("kopeisk/school-1", "МОУ «СОШ № 1»", "МОУ СОШ № 1 КГО"),
    ("kopeisk/school-2", "МОУ «СОШ № 2»", "СОШ № 2"),
    ("kopeisk/gymnasium-1", "МОУ «Гимназия № 1»", "Гимназия № 1"),
    ("kopeisk/school-6", "МОУ «СОШ № 6» им. Ю.А. Гагарина", "МОУ СОШ № 6"),
    ("kopeisk/school-9", "МОУ «СОШ № 9»", "МОУ СОШ №9"),
    ("kopeisk/school-13", "МОУ «СОШ № 13»", "МОУ «СОШ №13»"),
    ("kopeisk/school-15", "МОУ «СОШ № 15»", "СОШ №15"),
    ("kopeisk/school-20", "МОУ «ООШ № 20»", "МОУ ООШ № 20"),
    ("kopeisk/school-32", "МОУ «СОШ № 32»", "МОУ СОШ № 32"),
    ("kopeisk/school-42", "МОУ «СОШ № 42»", "МОУ СОШ №42"),
    ("kopeisk/school-44", "МОУ «СОШ № 44»", "МОУ СОШ № 44 КГО"),
    ("kopeisk/lyceum-47", "МОУ «Лицей № 47»", "Лицей №47"),
    ("kopeisk/school-48", "МОУ «СОШ № 48»", "МОУ СОШ № 48"),
    ("kopeisk/do-cdt", "МУ ДО «Центр детского творчества»", "МУДО ЦДТ"),
]


# ----------------------------------------------------------------------------- documents
def boiler_sign(d, who, name):
    d.p("")
    d.p(f"{who}\t\t\t{name}")


def doc_r1():
    """DOCX, Ейский район: long per school, 2-row header, denominator, share column, ВСЕГО по МО."""
    d = Doc("eysk_monitoring_2022", "docx", "справка", "Ейский район", as_of="2022-05-31")
    rnd = random.Random(101)
    d.p("УПРАВЛЕНИЕ ОБРАЗОВАНИЕМ АДМИНИСТРАЦИИ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ ЕЙСКИЙ РАЙОН", center=True)
    d.p("Аналитическая справка", bold=True, center=True)
    d.p("по итогам мониторинга реализации целевой модели наставничества в общеобразовательных "
        "организациях муниципального образования Ейский район (по состоянию на 31.05.2022)", center=True)
    d.p("Мониторинг проведён в соответствии с приказом управления образованием от 14.04.2022 № 318 "
        "«О проведении мониторинга внедрения целевой модели наставничества» и планом-графиком "
        "(дорожной картой) на 2021–2024 годы.")
    d.p(f"Сведения представили {len(EYSK)} образовательных организаций, в том числе 13 общеобразовательных "
        "организаций и 1 организация дополнительного образования.")
    d.check("count", "organizations", f"Сведения представили {len(EYSK)} образовательных организаций",
            len(EYSK), len(EYSK))
    d.check("count", "organizations", "в том числе 13 общеобразовательных организаций", 13,
            sum(1 for _, nm, _ in EYSK if "ДО" not in nm))
    d.check("count", "organizations", "1 организация дополнительного образования", 1,
            sum(1 for _, nm, _ in EYSK if "ДО" in nm))
    d.p("Таблица 1. Доля обучающихся, вовлечённых в программы наставничества в роли наставляемого")
    header = [[C("№ п/п", rs=2), C("Наименование ОО", rs=2), C("Обучающиеся в возрасте 10–19 лет", cs=3)],
              ["всего, чел.", "из них наставляемых, чел.", "Доля наставляемых, %"]]
    rows, tot, men, pcts = [], 0, 0, []
    bad_share_idx = 6
    for i, (cl, name, _) in enumerate(EYSK):
        total = rnd.randint(180, 1300) if "ДО" not in name else rnd.randint(300, 600)
        m = int(total * rnd.uniform(0.05, 0.32))
        p = share(m, total)
        printed = p
        if i == bad_share_idx:
            printed = r1(p + 6.0)
        rows.append([f"{i + 1}.", name, n(total), n(m), pct(printed)])
        d.fact(name, "students_total", total)
        d.fact(name, "mentees", m)
        d.fact(name, "mentee_share_pct", printed)
        d.check("share", "mentee_share_pct", name, printed, p)
        d.org_of(name, cl)
        tot += total
        men += m
        pcts.append(printed)
    stated_men = men + 40
    rows.append(["", "ВСЕГО по МО", n(tot), n(stated_men), "х"])
    d.table(header, rows)
    d.check("sum", "students_total", "строка ВСЕГО по МО", tot, tot)
    d.check("sum", "mentees", "строка ВСЕГО по МО", stated_men, men)
    mean = round(sum(pcts) / len(pcts), 2)
    d.p(f"Средний показатель доли наставляемых по муниципалитету составляет {pct(round(mean, 1))}%.")
    d.check("mean", "mentee_share_pct", "средний показатель по муниципалитету", round(mean, 1), mean)
    low = [EYSK[i][1] for i, v in enumerate(pcts) if v < 10]
    d.p("Показатель ниже 10% отмечен в следующих ОО: " + ", ".join(low) + ".")
    d.check("membership", "mentee_share_pct", "ниже 10%", ";".join(low), ";".join(low))
    d.p("По результатам анкетирования 71% респондентов из числа наставляемых отметили повышение "
        "интереса к учёбе, 18% затруднились с ответом.")
    d.p("Рекомендовать руководителям ОО обеспечить размещение информации о реализации программ "
        "наставничества на официальных сайтах до 01.09.2022.")
    d.p("Исп. Коваленко Т.А., тел. 8 (86132) 2-17-45")
    boiler_sign(d, "Начальник управления образованием", "С.В. Мищенко")
    return d


def doc_r2():
    """PDF, Тихорецкий район: wide per form (forms as column groups), Итого, membership list."""
    d = Doc("tikhoretsk_formy_2022", "pdf", "справка", "Тихорецкий район", as_of="2022-12-20",
            landscape=True)
    rnd = random.Random(202)
    forms = [(UU, "Ученик – ученик"), (TT, "Учитель – учитель"), (SU, "Студент – ученик"),
             (RU, "Работодатель – ученик")]
    d.p("Информационная справка", bold=True, center=True)
    d.p("о реализации форм наставничества в общеобразовательных организациях муниципального "
        "образования Тихорецкий район на 20.12.2022", center=True)
    d.p("Во исполнение распоряжения Минпросвещения России от 25.12.2019 № Р-145 и приказа "
        "министерства образования, науки и молодёжной политики Краснодарского края от 22.07.2020 "
        "№ 1865 управлением образования собраны сведения о реализуемых формах наставничества.")
    header = [[C("№", rs=2), C("Общеобразовательная организация", rs=2)] +
              [C(t, cs=2) for _, t in forms],
              ["настав-ников", "настав-ляемых"] * 4]
    rows, sums = [], [0] * 8
    active = {f: [] for f, _ in forms}
    for i, (cl, name, _) in enumerate(TIKH):
        row = [str(i + 1), name]
        for k, (f, _) in enumerate(forms):
            on = rnd.random() < {UU: 0.95, TT: 0.75, SU: 0.4, RU: 0.5}[f]
            mt = rnd.randint(2, 14) if on else 0
            me = mt + rnd.randint(0, 12) if on else 0
            if on:
                active[f].append(name)
            row += [dz(mt), dz(me)]
            d.fact(name, "mentors", mt, form=f)
            d.fact(name, "mentees", me, form=f)
            sums[2 * k] += mt
            sums[2 * k + 1] += me
        rows.append(row)
        d.org_of(name, cl)
    stated = list(sums)
    stated[5] = sums[5] + 3   # студент-ученик, наставляемых
    rows.append(["", "Итого"] + [str(v) for v in stated])
    d.table(header, rows)
    for k, (f, t) in enumerate(forms):
        d.check("sum", "mentors", f"Итого, {t}, наставников", stated[2 * k], sums[2 * k])
        d.check("sum", "mentees", f"Итого, {t}, наставляемых", stated[2 * k + 1], sums[2 * k + 1])
    n_ru = len(active[RU])
    d.p(f"Форма «работодатель – ученик» реализуется в {n_ru} общеобразовательных организациях "
        "при участии предприятий агропромышленного комплекса и железнодорожного транспорта.")
    d.check("count", "mentors", "форма работодатель-ученик реализуется в N ОО", n_ru, n_ru)
    su = active[SU]
    listed = su[:-1]
    d.p("Форму «студент – ученик» в 2022 году реализовали: " + "; ".join(listed) +
        " (совместно с Тихорецким техникумом железнодорожного транспорта).")
    d.check("membership", "mentees", "список ОО формы студент-ученик", ";".join(listed), ";".join(su))
    d.p("В 2023 году планируется расширить число участников формы «работодатель – ученик» не менее "
        "чем на 15%. Телефон для справок: 8 (86196) 7-41-03.")
    boiler_sign(d, "Начальник управления образованием", "Е.Н. Бойко")
    return d


def doc_r3():
    """TXT utf-8, Копейск 2021: per-row total column (Всего), Итого по городу:, composition, share."""
    d = Doc("kopeisk_vovlechennost_2021", "txt", "справка", "город Копейск", as_of="2021-12-24")
    rnd = random.Random(303)
    d.p("Информация")
    d.p("о вовлечении обучающихся и педагогических работников в различные формы наставничества "
        "в образовательных организациях Копейского городского округа (на 24.12.2021)")
    d.p("")
    d.p("Управлением образования администрации Копейского городского округа в декабре 2021 года "
        "обобщены сведения образовательных организаций, предоставленные по форме мониторинга.")
    header = [[C("№"), C("Образовательная организация"), C("Вовлечено в наставничество, чел.", cs=3)],
              ["", "", "обучающихся", "педагогов", "всего"]]
    rows, s_st, s_te, s_all_true, s_all_printed = [], 0, 0, 0, 0
    bad = 4
    for i, (cl, name, _) in enumerate(KOP):
        st = rnd.randint(60, 420)
        te = rnd.randint(4, 35)
        tot = st + te
        printed = tot + (10 if i == bad else 0)
        rows.append([str(i + 1), name, str(st), str(te), str(printed)])
        d.fact(name, "students_involved", st)
        d.fact(name, "teachers_involved", te)
        d.org_of(name, cl)
        if i == bad:
            d.check("sum", "students_involved", f"графа «всего» у {name}", printed, tot)
        s_st += st
        s_te += te
        s_all_true += tot
        s_all_printed += printed
    rows.append(["", "Итого по городу:", n(s_st), str(s_te), n(s_all_true)])
    d.table(header, rows)
    d.check("sum", "students_involved", "Итого по городу, обучающихся", s_st, s_st)
    d.check("sum", "teachers_involved", "Итого по городу, педагогов", s_te, s_te)
    d.check("sum", "students_involved", "Итого по городу, всего", s_all_true, s_all_printed, "either")
    total_pupils = 11480 + rnd.randint(0, 300)
    sh = share(s_st, total_pupils)
    d.p(f"Всего в наставничество вовлечено {n(s_all_true)} человек, из них {n(s_st)} обучающихся и "
        f"{s_te} педагогов.")
    d.check("composition", "students_involved", f"{s_all_true} = {s_st} + {s_te}", s_all_true, s_st + s_te)
    d.p(f"Доля обучающихся, вовлечённых в наставничество, составляет {pct(sh)}% от общей численности "
        f"обучающихся ({n(total_pupils)} чел.).")
    d.check("share", "students_involved", f"{s_st} от {total_pupils}", sh, sh)
    d.p("Целевой показатель регионального проекта «Современная школа» на 2021 год – 10%.")
    d.p("Контактное лицо: Сафонова Е.В., методист МУ «ИМЦ», тел. 8 (35139) 4-05-82")
    return d


def doc_r4():
    """DOCX, Копейск 2022: per form as rows within each school (vertical merges), pairs."""
    d = Doc("kopeisk_monitoring_2022", "docx", "справка", "город Копейск", as_of="2022-11-30")
    rnd = random.Random(404)
    d.p("Аналитическая справка", bold=True, center=True)
    d.p("по результатам мониторинга реализации целевой модели наставничества в образовательных "
        "организациях Копейского городского округа по состоянию на 30.11.2022", center=True)
    d.p("Основание: приказ управления образования от 01.11.2022 № 01-07/1214.")
    pick = [KOP[i] for i in (0, 1, 2, 3, 5, 7, 9, 11, 13)]
    header = [["№ п/п", "Наименование ОО", "Форма наставничества", "Кол-во наставников (чел)",
               "Кол-во наставляемых (чел)", "Наставнических пар/групп, ед."]]
    labels = {UU: ["«Ученик – ученик»", "ученик-ученик"], TT: ["«Учитель – учитель»", "учитель – учитель"],
              SU: ["«Студент – ученик»"], RU: ["«Работодатель – ученик»", "работодатель-ученик"]}
    rows, sums = [], [0, 0, 0]
    tt_list, multi = [], 0
    for i, (cl, _, name) in enumerate(pick):
        fs = [UU] + [f for f in (TT, SU, RU) if rnd.random() < 0.5]
        if "ЦДТ" in name:
            fs = [UU]
        if TT in fs:
            tt_list.append(name)
        if len(fs) >= 2:
            multi += 1
        for k, f in enumerate(fs):
            mt = rnd.randint(2, 15)
            me = mt + rnd.randint(0, 18)
            pr = mt if rnd.random() < 0.6 else rnd.randint(1, mt)
            lab = rnd.choice(labels[f])
            lead = [C(f"{i + 1}.", rs=len(fs)), C(name, rs=len(fs))] if k == 0 else []
            rows.append(lead + [lab, str(mt), str(me), str(pr)])
            d.fact(name, "mentors", mt, form=f)
            d.fact(name, "mentees", me, form=f)
            d.fact(name, "pairs", pr, form=f)
            sums[0] += mt
            sums[1] += me
            sums[2] += pr
        d.org_of(name, cl)
    rows.append([C("Итого", cs=3), str(sums[0]), str(sums[1]), str(sums[2])])
    d.table(header, rows)
    d.check("sum", "mentors", "строка Итого, наставников", sums[0], sums[0])
    d.check("sum", "mentees", "строка Итого, наставляемых", sums[1], sums[1])
    d.check("sum", "pairs", "строка Итого, пар", sums[2], sums[2])
    d.p("Форму «учитель – учитель» реализуют: " + ", ".join(tt_list) + ".")
    d.check("membership", "mentors", "список ОО формы учитель-учитель", ";".join(tt_list), ";".join(tt_list))
    d.p(f"Две и более формы наставничества реализуются в {multi} ОО.")
    d.check("count", "organizations", "две и более формы в N ОО", multi, multi)
    d.p("В 2022 году 12 педагогов-наставников прошли курсы повышения квалификации в ГБУ ДПО ЧИППКРО "
        "(72 часа).")
    boiler_sign(d, "Начальник управления образования", "И.Г. Кузнецова")
    return d


UVEL = [
    ("uvelka/uvelskaya-1", "МОУ «Увельская СОШ № 1»"), ("uvelka/uvelskaya-2", "МОУ «Увельская СОШ № 2»"),
    ("uvelka/petrovskaya", "МОУ «Петровская СОШ»"), ("uvelka/khutorskaya", "МОУ «Хуторская СОШ»"),
    ("uvelka/kamenskaya", "МОУ «Каменская СОШ»"), ("uvelka/kichiginskaya", "МОУ «Кичигинская СОШ»"),
    ("uvelka/krasnoselskaya", "МОУ «Красносельская СОШ»"), ("uvelka/rozhdestvenskaya", "МОУ «Рождественская СОШ»"),
    ("uvelka/polovinskaya", "МОУ «Половинская ООШ»"), ("uvelka/mordvinovskaya", "МОУ «Мордвиновская СОШ»"),
    ("uvelka/peschanskaya", "МОУ «Песчанская СОШ»"), ("uvelka/khomutininskaya", "МОУ «Хомутининская ООШ»"),
]


def doc_r5():
    """PDF, Увельский район: young teachers, 2-row header, 'нет мол. спец.', empty cells, mean."""
    d = Doc("uvelka_molodye_pedagogi_2021", "pdf", "справка", "Увельский район", as_of="2021-10-01")
    rnd = random.Random(505)
    d.p("Справка", bold=True, center=True)
    d.p("о наставничестве в отношении молодых педагогов общеобразовательных организаций Увельского "
        "муниципального района (по состоянию на 1 октября 2021 г.)", center=True)
    d.p("В рамках реализации формы «учитель – учитель» целевой модели наставничества собраны "
        "сведения о закреплении наставников за молодыми педагогами со стажем работы до 3 лет.")
    header = [[C("№", rs=2), C("ОО", rs=2), C("Молодые педагоги (стаж до 3 лет)", cs=3)],
              ["всего, чел.", "из них имеют наставника", "доля, %"]]
    rows, s_y, s_m, shares = [], 0, 0, []
    for i, (cl, name) in enumerate(UVEL):
        y = 0 if i in (8, 11) else rnd.randint(1, 9)
        if y == 0:
            rows.append([str(i + 1), name, "–", "нет мол. спец.", ""])
            d.fact(name, "young_teachers", 0)
            d.fact(name, "young_teacher_mentees", "")
        else:
            m = y if rnd.random() < 0.55 else rnd.randint(0, y - 1)
            sh = round(100.0 * m / y)
            rows.append([str(i + 1), name, str(y), dz(m), str(sh)])
            d.fact(name, "young_teachers", y)
            d.fact(name, "young_teacher_mentees", m)
            d.fact(name, "young_teacher_mentee_share_pct", sh)
            s_y += y
            s_m += m
            shares.append(sh)
        d.org_of(name, cl)
    rows.append(["", "Итого", str(s_y), str(s_m), ""])
    d.table(header, rows)
    d.check("sum", "young_teachers", "строка Итого", s_y, s_y)
    d.check("sum", "young_teacher_mentees", "строка Итого", s_m, s_m)
    tot_sh = round(100.0 * s_m / s_y)
    d.p(f"Из {s_y} молодых педагогов наставники закреплены за {s_m} ({tot_sh}%).")
    d.check("share", "young_teacher_mentees", f"{s_m} из {s_y}", tot_sh, share(s_m, s_y))
    mean = round(sum(shares) / len(shares), 2)
    stated = r1(mean + 7.3)
    d.p(f"Средняя по району доля молодых педагогов, имеющих наставника, – {pct(stated)}%.")
    d.check("mean", "young_teacher_mentee_share_pct", "средняя по району доля", stated, mean)
    d.p("В двух ОО молодые специалисты в 2021/2022 учебном году не трудоустроены. В августе 2021 года "
        "проведена муниципальная «Школа молодого педагога» (участвовали 23 человека).")
    boiler_sign(d, "Начальник Управления образования", "Л.Н. Фирсова")
    return d


TARA = [
    ("tara/school-1", "БОУ г. Тары «СОШ № 1»"), ("tara/school-2", "БОУ г. Тары «СОШ № 2»"),
    ("tara/gymnasium-1", "БОУ г. Тары «Гимназия № 1»"), ("tara/school-5", "БОУ г. Тары «СОШ № 5»"),
    ("tara/atirskaya", "БОУ «Атирская СОШ»"), ("tara/ekaterininskaya", "БОУ «Екатерининская СОШ»"),
    ("tara/zalivinskaya", "БОУ «Заливинская СОШ»"), ("tara/lozhnikovskaya", "БОУ «Ложниковская СОШ»"),
    ("tara/martyushevskaya", "БОУ «Мартюшевская СОШ»"), ("tara/chekrushanskaya", "БОУ «Чекрушанская СОШ»"),
    ("tara/vasisskaya", "БОУ «Васисская СОШ»"), ("tara/samsonovskaya", "БОУ «Самсоновская ООШ»"),
    ("tara/nagorno-ivanovskaya", "БОУ «Нагорно-Ивановская СОШ»"), ("tara/souskanovskaya", "БОУ «Соускановская СОШ»"),
    ("tara/koltyuginskaya", "БОУ «Кольтюгинская ООШ»"), ("tara/do-ddt", "БОУ ДО «Тарский ДДТ»"),
]


def doc_r6():
    """TXT cp1251, Тарский район: partner enterprises + mentors from enterprises; Всего."""
    d = Doc("tara_partnery_2022", "txt", "справка", "Тарский район", as_of="2022-06-01", enc="cp1251")
    rnd = random.Random(606)
    d.p("СПРАВКА")
    d.p("о взаимодействии образовательных организаций Тарского муниципального района с предприятиями "
        "и организациями в рамках целевой модели наставничества (на 01.06.2022)")
    d.p("")
    header = [["№ п/п", "Наименование ОО", "Партнёры-предприятия, ед.",
               "Наставников от предприятий (форма «работодатель – ученик»), чел."]]
    rows, sp, sm, with_m = [], 0, 0, 0
    for i, (cl, name) in enumerate(TARA):
        p = rnd.choice([0, 0, 1, 1, 2, 3, 4])
        m = 0 if p == 0 else p + rnd.randint(0, 4)
        rows.append([str(i + 1), name, dz(p, "-"), dz(m, "-")])
        d.fact(name, "partner_enterprises", p)
        d.fact(name, "mentors", m, form=RU)
        d.org_of(name, cl)
        sp += p
        sm += m
        with_m += m > 0
    rows.append(["", "Всего", str(sp - 2), str(sm)])
    d.table(header, rows)
    d.check("sum", "partner_enterprises", "строка Всего", sp - 2, sp)
    d.check("sum", "mentors", "строка Всего", sm, sm)
    d.p("")
    d.p(f"Сведения представили {len(TARA)} ОО. Наставников из числа работников предприятий привлекли "
        f"{with_m} образовательных организаций.")
    d.check("count", "organizations", f"Сведения представили {len(TARA)} ОО", len(TARA), len(TARA))
    d.check("count", "mentors", "привлекли наставников N ОО", with_m, with_m)
    d.p("Среди партнёров: АО «Тарский хлебокомбинат», КУ «Тарское лесничество», ООО «Агрохолдинг "
        "Прииртышье» (договоры от 2021–2022 гг.).")
    d.p("Начальник Управления образования Администрации Тарского муниципального района О.В. Пахомова")
    return d


def doc_r7():
    """ODT, single school (Сарапул): transposed 'Показатель | Значение' + variant table."""
    school = "МБОУ «СОШ № 15» г. Сарапула"
    d = Doc("sarapul_sosh15_otchet_2022", "odt", "справка", "город Сарапул", as_of="2022-05-25",
            org="sarapul/school-15")
    d.p("Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 15» "
        "города Сарапула", center=True)
    d.p("Аналитическая справка о реализации программы наставничества", bold=True, center=True)
    d.p(f"{school}, 2021/2022 учебный год (на 25.05.2022)", center=True)
    d.p("Программа наставничества утверждена приказом директора от 31.08.2021 № 112-о. "
        "Куратор – заместитель директора по ВР Лебедева О.Н.")
    total, inv, te, forms, pairs = 742, 176, 14, 3, 58
    sh = share(inv, total)
    d.table([["Показатель", "Значение"]],
            [["Численность обучающихся в ОО, чел.", "742"],
             ["Вовлечено обучающихся в программы наставничества, чел.", str(inv)],
             ["Вовлечено педагогов, чел.", str(te)],
             ["Количество реализуемых форм", str(forms)],
             ["Наставнических пар/групп, ед.", str(pairs)],
             ["Доля обучающихся – наставляемых, %", pct(sh)]])
    d.fact(school, "students_total", total)
    d.fact(school, "students_involved", inv)
    d.fact(school, "teachers_involved", te)
    d.fact(school, "forms_count", forms)
    d.fact(school, "pairs", pairs)
    d.fact(school, "mentee_share_pct", sh)
    d.org_of(school, "sarapul/school-15")
    d.p("Участники программы по вариантам (ролевым моделям):")
    var = [("«Успевающий – неуспевающий» (ученик – ученик)", UU, "успевающий - неуспевающий", 64),
           ("«Лидер – пассивный» (ученик – ученик)", UU, "лидер - пассивный", 38),
           ("«Равный – равному» (ученик – ученик)", UU, "равный - равному", 30),
           ("«Активный профессионал – равнодушный потребитель» (учитель – ученик)", TU,
            "активный профессионал - равнодушный потребитель", 44)]
    d.table([["Вариант программы", "Участников, чел."]], [[a, str(v)] for a, _, _, v in var])
    for _, f, vv, v in var:
        d.fact(school, "program_participants", v, form=f, variant=vv)
    sv = sum(v for *_, v in var)
    d.p(f"Таким образом, в программы наставничества вовлечено {inv} обучающихся, что составляет "
        f"{pct(sh)}% от общей численности обучающихся школы.")
    d.check("share", "students_involved", f"{inv} от {total}", sh, sh)
    d.check("cross_table", "program_participants", "участники вариантов против вовлечённых обучающихся",
            inv, sv)
    d.p("По итогам анкетирования 84% наставляемых удовлетворены работой в паре. "
        "Тел. приёмной: 8 (34147) 4-12-35.")
    d.p("Директор школы\t\t\tА.Р. Шакирова")
    return d


BUG = [
    ("bugulma/school-1", "МБОУ «СОШ № 1» г. Бугульмы"), ("bugulma/lyceum-2", "МБОУ «Лицей № 2»"),
    ("bugulma/gymnasium-7", "МБОУ «Гимназия № 7» г. Бугульмы"), ("bugulma/school-12", "МБОУ «СОШ № 12»"),
    ("bugulma/school-17", "МБОУ «СОШ № 17»"), ("bugulma/karabash-1", "МБОУ «Карабашская СОШ № 1»"),
    ("bugulma/malobugulma", "МБОУ «Малобугульминская СОШ»"), ("bugulma/akbash", "МБОУ «Акбашская ООШ»"),
    ("bugulma/cadet", "ГБОУ «Бугульминская кадетская школа-интернат»"),
]


def doc_r8():
    """DOCX, Бугульминский район: per-variant table, three header rows, Итого with one error."""
    d = Doc("bugulma_varianty_2021", "docx", "справка", "Бугульминский район", as_of="2021-12-27",
            landscape=True)
    rnd = random.Random(808)
    vs = [(UU, "успевающий - неуспевающий", "«успевающий – неуспевающий»"),
          (UU, "лидер - пассивный", "«лидер – пассивный»"),
          (UU, "равный - равному", "«равный – равному»"),
          (TT, "молодой специалист - опытный педагог", "«молодой специалист – опытный педагог»"),
          (TT, "коллега - молодой коллега", "«коллега – молодой коллега»")]
    d.p("МКУ «Управление образования Бугульминского муниципального района Республики Татарстан»",
        center=True)
    d.p("Аналитическая справка по итогам мониторинга реализации программ наставничества "
        "по вариантам (ролевым моделям) в общеобразовательных организациях Бугульминского района "
        "(на 27.12.2021)", bold=True, center=True)
    d.p("Мониторинг проведён с 13 по 24 декабря 2021 года. Форма мониторинга утверждена письмом "
        "от 03.12.2021 № 1450/21.")
    header = [[C("№", rs=3), C("Наименование ОО", rs=3),
               C("Количество участников программ наставничества, чел.", cs=5)],
              [C("Форма «ученик – ученик»", cs=3), C("Форма «учитель – учитель»", cs=2)],
              [v[2] for v in vs]]
    rows, sums = [], [0] * 5
    for i, (cl, name) in enumerate(BUG):
        row = [str(i + 1), name]
        for k, (f, vv, _) in enumerate(vs):
            v = rnd.choice([0, rnd.randint(4, 40), rnd.randint(6, 30)]) if k < 3 else rnd.choice([0, 2, 3, 4, 6])
            row.append(dz(v))
            d.fact(name, "program_participants", v, form=f, variant=vv)
            sums[k] += v
        rows.append(row)
        d.org_of(name, cl)
    stated = list(sums)
    stated[1] += 12
    rows.append([C("Итого", cs=2)] + [str(v) for v in stated])
    d.table(header, rows)
    for k, (_, vv, _) in enumerate(vs):
        d.check("sum", "program_participants", f"Итого, {vv}", stated[k], sums[k])
    allp = sum(sums)
    d.p(f"Всего в программах наставничества по указанным вариантам участвуют {allp} человек.")
    d.check("sum", "program_participants", "всего участников по вариантам (текст)", allp, allp)
    d.p("В 2022 году в 6 ОО планируется запуск варианта «работодатель – ученик» совместно с "
        "ПАО «Татнефть». Опрос родителей (312 респондентов) показал, что 58% поддерживают участие "
        "детей в программах наставничества.")
    boiler_sign(d, "Начальник МКУ «Управление образования»", "Р.Ф. Гайнуллина")
    return d


ISIL_URB = [("isilkul/school-1", "МБОУ «Исилькульская СОШ № 1»"), ("isilkul/school-2", "МБОУ «Исилькульская СОШ № 2»"),
            ("isilkul/school-3", "МБОУ «Исилькульская СОШ № 3»"), ("isilkul/lyceum", "МБОУ «Исилькульский лицей»"),
            ("isilkul/school-4", "МБОУ «Исилькульская ООШ № 4»")]
ISIL_RUR = [("isilkul/boevaya", "МБОУ «Боевая СОШ»"), ("isilkul/kukharevskaya", "МБОУ «Кухаревская СОШ»"),
            ("isilkul/lesnaya", "МБОУ «Лесная СОШ»"), ("isilkul/medvezhinskaya", "МБОУ «Медвежинская СОШ»"),
            ("isilkul/solntsevskaya", "МБОУ «Солнцевская СОШ»"), ("isilkul/ukrainskaya", "МБОУ «Украинская СОШ»"),
            ("isilkul/margenau", "МБОУ «Маргенауская ООШ»")]


def doc_r9():
    """PDF, Исилькульский район: subtotal rows (городские / сельские), ВСЕГО, share per row."""
    d = Doc("isilkul_ohvat_2022", "pdf", "справка", "Исилькульский район", as_of="2022-12-15")
    rnd = random.Random(909)
    d.p("Комитет по образованию Администрации Исилькульского муниципального района Омской области",
        center=True)
    d.p("АНАЛИТИЧЕСКАЯ СПРАВКА", bold=True, center=True)
    d.p("об охвате обучающихся программами наставничества по состоянию на 15.12.2022", center=True)
    header = [[C("Наименование ОО", rs=2), C("Обучающиеся 10–19 лет", cs=3),
               C("Кол-во настаников (чел)", rs=2)],
              ["всего, чел.", "из них наставляемые, чел.", "доля наставляемых, %"]]
    rows = []
    grand = [0, 0, 0]
    sub_either = False
    groups = [("Городские школы", "Итого городские школы", ISIL_URB),
              ("Сельские школы", "Итого сельские школы", ISIL_RUR)]
    for gi, (title, subtitle, lst) in enumerate(groups):
        rows.append([C(title, cs=5)])
        s = [0, 0, 0]
        for cl, name in lst:
            tot = rnd.randint(500, 1100) if gi == 0 else rnd.randint(60, 260)
            me = int(tot * rnd.uniform(0.08, 0.35))
            mt = max(3, int(me * rnd.uniform(0.2, 0.6)))
            sh = share(me, tot)
            rows.append([name, n(tot), str(me), pct(sh), str(mt)])
            d.fact(name, "students_total", tot)
            d.fact(name, "mentees", me)
            d.fact(name, "mentee_share_pct", sh)
            d.fact(name, "mentors", mt)
            d.check("share", "mentee_share_pct", name, sh, sh)
            d.org_of(name, cl)
            s = [s[0] + tot, s[1] + me, s[2] + mt]
        printed = list(s)
        if gi == 1:
            printed[2] = s[2] + 5
            sub_either = True
        rows.append([subtitle, n(printed[0]), str(printed[1]), "", str(printed[2])])
        d.check("sum", "students_total", subtitle, printed[0], s[0])
        d.check("sum", "mentees", subtitle, printed[1], s[1])
        d.check("sum", "mentors", subtitle, printed[2], s[2])
        grand = [grand[k] + s[k] for k in range(3)]
    rows.append(["ВСЕГО по району", n(grand[0]), n(grand[1]), pct(share(grand[1], grand[0])), str(grand[2])])
    d.table(header, rows)
    d.check("sum", "students_total", "ВСЕГО по району", grand[0], grand[0])
    d.check("sum", "mentees", "ВСЕГО по району", grand[1], grand[1])
    d.check("sum", "mentors", "ВСЕГО по району", grand[2], grand[2], "either" if sub_either else None)
    d.check("share", "mentee_share_pct", "ВСЕГО по району", share(grand[1], grand[0]), share(grand[1], grand[0]))
    d.p(f"Программами наставничества в роли наставляемых охвачено {n(grand[1])} обучающихся "
        f"из {n(grand[0])}, что составляет {pct(share(grand[1], grand[0]))}%.")
    d.check("share", "mentees", f"{grand[1]} из {grand[0]}", share(grand[1], grand[0]), share(grand[1], grand[0]))
    d.p("Комитет по образованию рекомендует ОО с долей ниже 15% до 01.03.2023 скорректировать "
        "программы наставничества. Тел. 8 (38173) 2-19-60.")
    boiler_sign(d, "Председатель Комитета по образованию", "Н.А. Гриценко")
    return d


RUB = [("rubtsovsk/school-1", "МБОУ «СОШ № 1»"), ("rubtsovsk/school-2", "МБОУ «СОШ № 2»"),
       ("rubtsovsk/gymnasium-3", "МБОУ «Гимназия № 3»"), ("rubtsovsk/school-6", "МБОУ «ООШ № 6»"),
       ("rubtsovsk/lyceum-7", "МБОУ «Лицей № 7»"), ("rubtsovsk/gymnasium-8", "МБОУ «Гимназия № 8»"),
       ("rubtsovsk/school-9", "МБОУ «СОШ № 9»"), ("rubtsovsk/school-10", "МБОУ «СОШ № 10»"),
       ("rubtsovsk/school-11", "МБОУ «СОШ № 11»"), ("rubtsovsk/school-18", "МБОУ «СОШ № 18»"),
       ("rubtsovsk/school-19", "МБОУ «СОШ № 19»"), ("rubtsovsk/lyceum-24", "МБОУ «Лицей № 24»")]


def doc_r10():
    """TXT UTF-16, Рубцовск: 'Сведения' (other), pairs per form wide, per-row Всего, Итого."""
    d = Doc("rubtsovsk_pary_2023", "txt", "other", "город Рубцовск", as_of="2023-02-01", enc="utf-16")
    rnd = random.Random(1010)
    forms = [(UU, "Ученик-ученик"), (TT, "Учитель-учитель"), (SU, "Студент-ученик"),
             (RU, "Работодатель-ученик"), (RS, "Работодатель-студент")]
    d.p("Сведения о количестве наставнических пар (групп) по формам наставничества")
    d.p("в общеобразовательных организациях города Рубцовска по состоянию на 1 февраля 2023 г.")
    d.p("")
    header = [["№", "ОО"] + [t for _, t in forms] + ["Всего"]]
    rows, sums = [], [0] * 5
    for i, (cl, name) in enumerate(RUB):
        vals = [rnd.randint(5, 30), rnd.randint(0, 8), rnd.choice([0, 0, 2, 4]),
                rnd.choice([0, 1, 3]), 0]
        rows.append([str(i + 1), name] + [dz(v, "-") for v in vals] + [str(sum(vals))])
        for k, (f, _) in enumerate(forms):
            d.fact(name, "pairs", vals[k], form=f)
            sums[k] += vals[k]
        d.org_of(name, cl)
    rows.append(["", "Итого"] + [str(v) for v in sums] + [str(sum(sums))])
    d.table(header, rows)
    for k, (_, t) in enumerate(forms):
        d.check("sum", "pairs", f"Итого, {t}", sums[k], sums[k])
    d.check("sum", "pairs", "Итого, всего", sum(sums), sum(sums))
    d.p(f"Количество ОО, представивших сведения: {len(RUB)}.")
    d.check("count", "organizations", "ОО, представивших сведения", len(RUB), len(RUB))
    d.p("Форма «работодатель – студент» в общеобразовательных организациях не реализуется.")
    d.p("Исполнитель: Мельникова Н.С., МКУ «Управление образования» г. Рубцовска, тел. 8 (38557) 4-45-17")
    return d


PAV = [("pavlovsk/pavlovskaya-1", "МБОУ «Павловская СОШ № 1»", "МБОУ Павловская СОШ №1"),
       ("pavlovsk/pavlovskaya-2", "МБОУ «Павловская СОШ № 2»", "МБОУ Павловская СОШ №2"),
       ("pavlovsk/shakhovskaya", "МБОУ «Шаховская СОШ»", "МБОУ Шаховская СОШ"),
       ("pavlovsk/kolyvanskaya", "МБОУ «Колыванская СОШ»", "Колыванская СОШ"),
       ("pavlovsk/rogozikhinskaya", "МБОУ «Рогозихинская СОШ»", "МБОУ Рогозихинская СОШ"),
       ("pavlovsk/cheremnovskaya", "МБОУ «Черемновская СОШ имени Героя Советского Союза П.С. Рыбалко»",
        "МБОУ «Черемновская СОШ»"),
       ("pavlovsk/stukovskaya", "МБОУ «Стуковская СОШ»", "Стуковская СОШ"),
       ("pavlovsk/lebyazhinskaya", "МБОУ «Лебяжинская СОШ»", "МБОУ Лебяжинская СОШ"),
       ("pavlovsk/arbuzovskaya", "МБОУ «Арбузовская СОШ»", "МБОУ Арбузовская СОШ"),
       ("pavlovsk/prutskaya", "МБОУ «Прутская СОШ»", "МБОУ Прутская СОШ"),
       ("pavlovsk/do-ddt", "МБУ ДО «Павловский ДДТ»", "Павловский ДДТ")]


def doc_r11():
    """DOCX, Павловский район: приказ with an appendix of planned participants."""
    d = Doc("pavlovsk_prikaz_287_2021", "docx", "приказ", "Павловский район", doc_date="2021-09-14",
            doc_number="287")
    rnd = random.Random(1111)
    d.p("КОМИТЕТ АДМИНИСТРАЦИИ ПАВЛОВСКОГО РАЙОНА ПО ОБРАЗОВАНИЮ", center=True)
    d.p("ПРИКАЗ", bold=True, center=True)
    d.p("14.09.2021\t\t\t\t\t\t№ 287")
    d.p("с. Павловск", center=True)
    d.p("О внедрении целевой модели наставничества в образовательных организациях Павловского района "
        "в 2021/2022 учебном году", bold=True)
    d.p("В соответствии с распоряжением Министерства просвещения Российской Федерации от 25.12.2019 "
        "№ Р-145, приказом Министерства образования и науки Алтайского края от 26.02.2021 № 275 "
        "ПРИКАЗЫВАЮ:")
    d.p(f"1. Руководителям {len(PAV)} образовательных организаций обеспечить вовлечение обучающихся "
        "в программы наставничества согласно приложению.")
    d.check("count", "organizations", f"руководителям {len(PAV)} ОО", len(PAV), len(PAV))
    d.p("2. Назначить муниципальным куратором внедрения целевой модели наставничества "
        "Ермакову С.Н., методиста МКУ «ИМЦ».")
    d.p("3. Контроль за исполнением приказа оставляю за собой.")
    d.p("Председатель Комитета\t\t\t\tЮ.А. Сазонова")
    d.p("")
    d.p("Приложение к приказу Комитета от 14.09.2021 № 287")
    d.p("Плановые показатели вовлечения обучающихся в программы наставничества", bold=True, center=True)
    rows, s = [], 0
    plan = {}
    for i, (cl, name, _) in enumerate(PAV):
        v = rnd.randint(30, 220) if "ДДТ" not in name else 40
        plan[cl] = v
        rows.append([f"{i + 1}.", name, str(v)])
        d.fact(name, "planned_participants", v)
        d.org_of(name, cl)
        s += v
    rows.append(["", "Всего:", n(s)])
    d.table([["№ п/п", "Образовательная организация", "Запланировано участников, чел."]], rows)
    d.check("sum", "planned_participants", "строка Всего", s, s)
    return d, plan


MOZH = [("mozhga/bolshekibya", "МОУ «Большекибьинская СОШ»"), ("mozhga/gornyak", "МОУ «Горнякская СОШ»"),
        ("mozhga/pychas", "МОУ «Пычасская СОШ»"), ("mozhga/nysha", "МОУ «Нышинская СОШ»"),
        ("mozhga/kvatchi", "МОУ «Основная школа с. Кватчи»"), ("mozhga/syugail", "МОУ «Сюгаильская СОШ»"),
        ("mozhga/malovalozhikya", "МОУ «Маловаложикьинская СОШ»"), ("mozhga/porshur", "МОУ «Поршурская СОШ»"),
        ("mozhga/lyuga", "МОУ «Люгинская СОШ»"), ("mozhga/staryekaksi", "МОУ «Основная школа д. Старые Какси»")]


def doc_r12():
    """ODT, Можгинский район: forms_count, pairs, mentor share; mean (wrong) and membership."""
    d = Doc("mozhga_formy_pary_2022", "odt", "справка", "Можгинский район", as_of="2022-06-10")
    rnd = random.Random(1212)
    d.p("Управление образования Администрации муниципального образования «Муниципальный округ "
        "Можгинский район Удмуртской Республики»", center=True)
    d.p("Информационная справка о реализации Региональной целевой модели наставничества "
        "педагогических работников и обучающихся (по состоянию на 10.06.2022)", bold=True, center=True)
    d.p("Сбор сведений организован на основании приказа Министерства образования и науки Удмуртской "
        "Республики от 08.04.2022 № 570.")
    header = [["№", "ОО", "Количество реализуемых форм", "Наставнических пар/групп, ед.",
               "Доля обучающихся 15–19 лет в роли наставника, %"]]
    rows, fc, sp, msh, all5 = [], [], 0, [], []
    for i, (cl, name) in enumerate(MOZH):
        f = rnd.choice([1, 2, 2, 3, 3, 4, 5]) if "Основная" not in name else rnd.choice([1, 2])
        p = f * rnd.randint(2, 6)
        m = r1(rnd.uniform(2, 24))
        rows.append([str(i + 1), name, str(f), str(p), pct(m)])
        d.fact(name, "forms_count", f)
        d.fact(name, "pairs", p)
        d.fact(name, "mentor_share_pct", m)
        d.org_of(name, cl)
        fc.append(f)
        sp += p
        msh.append(m)
        if f == 5:
            all5.append(name)
    rows.append(["", "Итого", "х", str(sp), "х"])
    d.table(header, rows)
    d.check("sum", "pairs", "строка Итого", sp, sp)
    mean_f = round(sum(fc) / len(fc), 2)
    stated_f = r1(mean_f + 0.9)
    d.p(f"В среднем каждая образовательная организация реализует {pct(stated_f)} формы наставничества.")
    d.check("mean", "forms_count", "в среднем каждая ОО реализует", stated_f, mean_f)
    mean_m = round(sum(msh) / len(msh), 2)
    d.p(f"Средний показатель доли обучающихся-наставников по району – {pct(r1(mean_m))}%.")
    d.check("mean", "mentor_share_pct", "средний показатель по району", r1(mean_m), mean_m)
    if all5:
        d.p("Все пять форм наставничества реализуют: " + ", ".join(all5) + ".")
        d.check("membership", "forms_count", "все пять форм", ";".join(all5), ";".join(all5))
    d.p("В мае 2022 года 9 педагогов района приняли участие в республиканском конкурсе «Наставник года».")
    boiler_sign(d, "Начальник Управления образования", "Т.В. Никифорова")
    return d


BEL = [("belovo/school-2", "МБОУ «ООШ № 2»"), ("belovo/school-4", "МБОУ ООШ № 4"),
       ("belovo/school-8", "МБОУ СОШ № 8 города Белово"), ("belovo/school-9", "МБОУ «СОШ № 9 города Белово»"),
       ("belovo/school-11", "МБОУ СОШ № 11"), ("belovo/school-12", "МБОУ СОШ № 12"),
       ("belovo/school-14", "МБОУ СОШ № 14"), ("belovo/school-16", "МБОУ СОШ № 16"),
       ("belovo/school-19", "МБОУ COШ № 19"), ("belovo/lyceum-22", "МБОУ «Лицей № 22 города Белово»"),
       ("belovo/school-24", "МБОУ СОШ № 24"), ("belovo/school-28", "МБОУ СОШ № 28"),
       ("belovo/school-30", "МБОУ «Основная общеобразовательная школа № 30 города Белово»"),
       ("belovo/school-32", "МБОУ СОШ № 32"), ("belovo/school-37", "МБОУ СОШ № 37"),
       ("belovo/gymnasium-1", "МБОУ Гимназия № 1 им. Тасирова Г.Х. города Белово"),
       ("belovo/school-76", "МБОУ СОШ № 76"), ("belovo/do-ddt", "МБУ ДО «ДДТ города Белово»")]


def doc_r13():
    """DOC, Белово: long per school, 2-row header, wrong count in text (19 vs 18)."""
    d = Doc("belovo_spravka_2021", "doc", "справка", "город Белово", as_of="2021-12-28")
    rnd = random.Random(1313)
    d.p("Управление образования Администрации Беловского городского округа", center=True)
    d.p("Аналитическая справка", bold=True, center=True)
    d.p("об итогах реализации целевой модели наставничества в образовательных организациях "
        "города Белово в 2021 году (на 28.12.2021)", center=True)
    d.p(f"В 2021 году целевая модель наставничества внедрена в {len(BEL) + 1} образовательных "
        "организациях города.")
    d.check("count", "organizations", "внедрена в N образовательных организациях", len(BEL) + 1, len(BEL))
    header = [[C("№ п/п", rs=2), C("Наименование образовательной организации", rs=2),
               C("Количество вовлечённых в формы наставничества", cs=2)],
              ["обучающихся, чел.", "педагогов, чел."]]
    rows, s1, s2 = [], 0, 0
    for i, (cl, name) in enumerate(BEL):
        a = rnd.randint(40, 380)
        b = rnd.randint(3, 30)
        rows.append([str(i + 1), name, str(a), str(b)])
        d.fact(name, "students_involved", a)
        d.fact(name, "teachers_involved", b)
        d.org_of(name, cl)
        s1 += a
        s2 += b
    rows.append(["", "ИТОГО", n(s1), str(s2)])
    d.table(header, rows)
    d.check("sum", "students_involved", "строка ИТОГО", s1, s1)
    d.check("sum", "teachers_involved", "строка ИТОГО", s2, s2)
    d.p("Наставническая деятельность осуществлялась в соответствии с распоряжением Коллегии "
        "Администрации Кемеровской области – Кузбасса от 27.07.2020 № 422-р. На 2022 год "
        "запланировано проведение городского фестиваля «Наставник – ученику».")
    boiler_sign(d, "Начальник Управления образования", "В.А. Голубева")
    return d


GLAZ = [("glazov/school-2", "МБОУ «СОШ № 2»"), ("glazov/school-4", "МБОУ «СОШ № 4»"),
        ("glazov/school-5", "МБОУ «СОШ № 5»"), ("glazov/gymnasium-8", "МБОУ «Гимназия № 8»"),
        ("glazov/school-11", "МБОУ «СОШ № 11»"), ("glazov/school-12", "МБОУ «СОШ № 12»"),
        ("glazov/lyceum-14", "МБОУ «Гимназия № 14»"), ("glazov/school-15", "МБОУ «СОШ № 15»")]


def doc_r14():
    """TXT cp1251, Глазов: text-heavy claims (composition, shares; one wrong) + small table."""
    d = Doc("glazov_spravka_2022", "txt", "справка", "город Глазов", as_of="2022-06-01", enc="cp1251")
    rnd = random.Random(1414)
    d.p("Аналитическая справка")
    d.p("по итогам мониторинга внедрения Региональной целевой модели наставничества в образовательных "
        "организациях города Глазова (на 01.06.2022)")
    d.p("")
    men, mt, tot, tot15 = 1046, 272, 8790, 3020
    cov = men + mt
    d.p("1. Работа организована на основании приказа Управления образования Администрации города "
        "Глазова от 17.09.2021 № 01-08/455.")
    d.p(f"2. Общий охват обучающихся программами наставничества составляет {n(cov)} человек "
        f"({round(100 * cov / tot)}% от общего количества {n(tot)} обучающихся в возрасте 10–19 лет), из них "
        f"{n(men)} – наставляемые, {mt} – наставники.")
    d.check("composition", "students_involved", f"{cov} = {men} + {mt}", cov, men + mt)
    d.check("share", "students_involved", f"{cov} от {tot}", round(100 * cov / tot), share(cov, tot))
    d.p(f"3. В роли наставляемых – {n(men)} обучающихся, что составляет 14% от общего количества "
        "обучающихся этого возраста.")
    d.check("share", "mentees", f"{men} от {tot} (14%)", 14, share(men, tot))
    d.p(f"4. В роли наставников – {mt} обучающихся 15–19 лет, что составляет {round(100 * mt / tot15)}% "
        f"от общего количества обучающихся этого возраста ({n(tot15)} чел.).")
    d.check("share", "mentors", f"{mt} от {tot15}", round(100 * mt / tot15), share(mt, tot15))
    d.p("5. Сведения о молодых специалистах (стаж до 3 лет):")
    rows, s1, s2 = [], 0, 0
    for i, (cl, name) in enumerate(GLAZ):
        y = rnd.randint(0, 7)
        m = y if rnd.random() < 0.6 else max(0, y - rnd.randint(1, 2))
        rows.append([str(i + 1), name, dz(y), dz(m)])
        d.fact(name, "young_teachers", y)
        d.fact(name, "young_teacher_mentees", m)
        d.org_of(name, cl)
        s1 += y
        s2 += m
    rows.append(["", "Всего", str(s1), str(s2)])
    d.table([["№", "ОО", "Молодых специалистов, чел.", "из них в роли наставляемого, чел."]], rows)
    d.check("sum", "young_teachers", "строка Всего", s1, s1)
    d.check("sum", "young_teacher_mentees", "строка Всего", s2, s2)
    d.p("По данным опроса 62% педагогов-наставников считают необходимым материальное стимулирование.")
    d.p("Начальник Управления образования\tЕ.В. Ушакова")
    return d


ALM = [("almetyevsk/school-1", "МБОУ «СОШ № 1» г. Альметьевска"), ("almetyevsk/gymnasium-2", "МБОУ «Гимназия № 2»"),
       ("almetyevsk/lyceum-2", "МБОУ «Лицей № 2»"), ("almetyevsk/school-4", "МБОУ «СОШ № 4»"),
       ("almetyevsk/school-7", "МБОУ «СОШ № 7»"), ("almetyevsk/school-11", "МБОУ «СОШ № 11»"),
       ("almetyevsk/school-15", "МБОУ «СОШ № 15»"), ("almetyevsk/school-18", "МБОУ «СОШ № 18»"),
       ("almetyevsk/nizhnyaya-maktama", "МБОУ «Нижнемактаминская СОШ № 1»"),
       ("almetyevsk/starosumarokovo", "МБОУ «Старосумароковская ООШ»")]


def doc_r15():
    """PDF, Альметьевский район: a table per form, form named only in the caption."""
    d = Doc("almetyevsk_po_formam_2022", "pdf", "справка", "Альметьевский район", as_of="2022-12-01")
    rnd = random.Random(1515)
    d.p("Аналитическая справка", bold=True, center=True)
    d.p("о реализации целевой модели наставничества в общеобразовательных организациях "
        "Альметьевского муниципального района Республики Татарстан на 01.12.2022", center=True)
    d.p("Сведения обобщены по данным ОО, представленным в Управление образования до 25.11.2022.")
    plan = [(1, TT, "«учитель – учитель»"), (2, UU, "«ученик – ученик»"), (3, SU, "«студент – ученик»")]
    for no, f, lab in plan:
        k = {TT: 8, UU: 10, SU: 5}[f]
        idx = sorted(rnd.sample(range(len(ALM)), k))
        d.p(f"Таблица {no}. Наставничество по форме {lab}")
        rows, s1, s2 = [], 0, 0
        for j, i in enumerate(idx):
            cl, name = ALM[i]
            a = rnd.randint(2, 12)
            b = a + rnd.randint(0, 10)
            rows.append([str(j + 1), name, str(a), str(b)])
            d.fact(name, "mentors", a, form=f)
            d.fact(name, "mentees", b, form=f)
            d.org_of(name, cl)
            s1 += a
            s2 += b
        rows.append(["", "Итого", str(s1), str(s2)])
        d.table([["№", "ОО", "наставников", "наставляемых"]], rows)
        d.check("sum", "mentors", f"Таблица {no}, Итого", s1, s1)
        d.check("sum", "mentees", f"Таблица {no}, Итого", s2, s2)
        d.p(f"Форму {lab} реализуют {k} ОО.")
        d.check("count", "organizations", f"форму {lab} реализуют N ОО", k, k)
    d.p("Отмечается рост числа наставнических пар по сравнению с 2021 годом на 12%. "
        "Справки по тел. 8 (8553) 45-72-10.")
    boiler_sign(d, "Начальник МКУ «Управление образования»", "А.Р. Хабибуллина")
    return d


LEN = [("leninsk/school-2", "МБОУ «СОШ № 2»"), ("leninsk/school-7", "МБОУ «СОШ № 7»"),
       ("leninsk/lyceum-7", "МБОУ «Лицей № 7»"), ("leninsk/gymnasium-12", "МБОУ «Гимназия № 12»"),
       ("leninsk/school-17", "МБОУ «ООШ № 17»"), ("leninsk/school-19", "МБОУ «СОШ № 19»"),
       ("leninsk/school-32", "МБОУ «СОШ № 32»"), ("leninsk/school-44", "МАОУ «СОШ № 44»"),
       ("leninsk/school-81", "МБОУ «СОШ № 81»"), ("leninsk/cdt", "МАУ ДО «Центр детского творчества»")]


def doc_r16():
    """DOCX, Ленинск-Кузнецкий: 3-row header, denominator column, wide forms."""
    d = Doc("leninsk_monitoring_2022", "docx", "справка", "город Ленинск-Кузнецкий", as_of="2022-05-20",
            landscape=True)
    rnd = random.Random(1616)
    d.p("МКУ «Управление образования города Ленинск-Кузнецкого»", center=True)
    d.p("Справка по итогам мониторинга наставничества обучающихся и педагогов (на 20.05.2022)",
        bold=True, center=True)
    header = [[C("№", rs=3), C("Наименование ОО", rs=3), C("Всего обучающихся в ОО, чел.", rs=3),
               C("Наставничество обучающихся", cs=4), C("Наставничество педагогов", cs=2)],
              [C("ученик – ученик", cs=2), C("студент – ученик", cs=2), C("учитель – учитель", cs=2)],
              ["наставники", "наставляемые"] * 3]
    rows, sums = [], [0] * 7
    su = []
    for i, (cl, name) in enumerate(LEN):
        tot = rnd.randint(250, 1200) if "ДО" not in name else rnd.randint(800, 1500)
        vals = [rnd.randint(4, 25)]
        vals.append(vals[0] + rnd.randint(2, 20))
        on = rnd.random() < 0.45
        a = rnd.randint(2, 8) if on else 0
        vals += [a, a + rnd.randint(0, 10) if on else 0]
        if on:
            su.append(name)
        b = rnd.randint(0, 6)
        vals += [b, b + rnd.randint(0, 3) if b else 0]
        rows.append([str(i + 1), name, n(tot)] + [dz(v) for v in vals])
        d.fact(name, "students_total", tot)
        for k, (f, ind) in enumerate([(UU, "mentors"), (UU, "mentees"), (SU, "mentors"), (SU, "mentees"),
                                      (TT, "mentors"), (TT, "mentees")]):
            d.fact(name, ind, vals[k], form=f)
            sums[k + 1] += vals[k]
        sums[0] += tot
        d.org_of(name, cl)
    rows.append([C("Итого по городу:", cs=2)] + [n(sums[0])] + [str(v) for v in sums[1:]])
    d.table(header, rows)
    d.check("sum", "students_total", "Итого по городу", sums[0], sums[0])
    for k, (f, ind) in enumerate([(UU, "mentors"), (UU, "mentees"), (SU, "mentors"), (SU, "mentees"),
                                  (TT, "mentors"), (TT, "mentees")]):
        d.check("sum", ind, f"Итого по городу, {f}, {ind}", sums[k + 1], sums[k + 1])
    d.p("Форму «студент – ученик» (совместно с Ленинск-Кузнецким горнотехническим техникумом) "
        "реализуют: " + "; ".join(su) + ".")
    d.check("membership", "mentees", "список ОО формы студент-ученик", ";".join(su), ";".join(su))
    d.p(f"Мониторинг охватил {len(LEN)} образовательных организаций.")
    d.check("count", "organizations", "мониторинг охватил N ОО", len(LEN), len(LEN))
    d.p("Приложение: план мероприятий на 2022/2023 учебный год (на 3 л.).")
    boiler_sign(d, "Начальник МКУ «Управление образования»", "О.Л. Шестакова")
    return d


def doc_r17():
    """DOC, Ейский район 2021: other spellings of the R1 schools; young teachers + partners; wrong total."""
    d = Doc("eysk_molodye_specialisty_2021", "doc", "справка", "Ейский район", as_of="2021-12-15")
    rnd = random.Random(1717)
    d.p("Информационная справка", bold=True, center=True)
    d.p("о молодых специалистах и предприятиях-партнёрах общеобразовательных организаций "
        "муниципального образования Ейский район по состоянию на 15.12.2021", center=True)
    pick = [EYSK[i] for i in range(13)]
    header = [["№", "ОО", "Молодых специалистов (до 3 лет), чел.", "из них наставляемые, чел.",
               "Предприятий-партнёров, предоставивших наставников"]]
    rows, s = [], [0, 0, 0]
    for i, (cl, _, name) in enumerate(pick):
        y = rnd.randint(0, 8)
        m = min(y, rnd.randint(0, y + 1))
        p = rnd.choice([0, 0, 1, 2, 3])
        rows.append([str(i + 1), name, str(y), str(m), dz(p)])
        d.fact(name, "young_teachers", y)
        d.fact(name, "young_teacher_mentees", m)
        d.fact(name, "partner_enterprises", p)
        d.org_of(name, cl)
        s = [s[0] + y, s[1] + m, s[2] + p]
    rows.append(["", "Итого", str(s[0] + 4), str(s[1]), str(s[2])])
    d.table(header, rows)
    d.check("sum", "young_teachers", "строка Итого", s[0] + 4, s[0])
    d.check("sum", "young_teacher_mentees", "строка Итого", s[1], s[1])
    d.check("sum", "partner_enterprises", "строка Итого", s[2], s[2])
    d.p("В 2021 году в район прибыли 11 молодых педагогов по программе «Земский учитель». "
        "Тел. 8 (86132) 2-05-19.")
    boiler_sign(d, "Начальник управления образованием", "С.В. Мищенко")
    return d


def doc_r18():
    """ODT, Тихорецкий район 2021: students/teachers involved + forms_count, other spellings."""
    d = Doc("tikhoretsk_vovlechenie_2021", "odt", "справка", "Тихорецкий район", as_of="2021-06-01")
    rnd = random.Random(1818)
    d.p("Аналитическая справка", bold=True, center=True)
    d.p("о ходе внедрения целевой модели наставничества в общеобразовательных организациях "
        "Тихорецкого района на 01.06.2021", center=True)
    d.p(f"Анализ проведён по {len(TIKH)} общеобразовательным организациям.")
    d.check("count", "organizations", f"по {len(TIKH)} ОО", len(TIKH), len(TIKH))
    header = [["№", "ОО", "Обучающихся вовлечено, чел.", "Педагогов вовлечено, чел.", "Кол-во форм"]]
    rows, s1, s2 = [], 0, 0
    for i, (cl, _, name) in enumerate(TIKH):
        a, b, f = rnd.randint(30, 260), rnd.randint(2, 25), rnd.randint(1, 4)
        rows.append([str(i + 1), name, str(a), str(b), str(f)])
        d.fact(name, "students_involved", a)
        d.fact(name, "teachers_involved", b)
        d.fact(name, "forms_count", f)
        d.org_of(name, cl)
        s1 += a
        s2 += b
    rows.append(["", "ИТОГО", n(s1), str(s2), ""])
    d.table(header, rows)
    d.check("sum", "students_involved", "строка ИТОГО", s1, s1)
    d.check("sum", "teachers_involved", "строка ИТОГО", s2, s2)
    d.p("Заседание муниципального методического совета по вопросам наставничества состоится "
        "в августе 2021 года.")
    boiler_sign(d, "Начальник управления образованием", "Е.Н. Бойко")
    return d


SAR = [("sarapul/school-1", "МБОУ «СОШ № 1»"), ("sarapul/gymnasium-2", "МБОУ «Гимназия № 2»"),
       ("sarapul/school-7", "МБОУ «СОШ № 7»"), ("sarapul/school-10", "МБОУ «СОШ № 10»"),
       ("sarapul/school-12", "МБОУ «СОШ № 12»"), ("sarapul/school-15", "МБОУ СОШ №15"),
       ("sarapul/lyceum-18", "МБОУ «Лицей № 18»"), ("sarapul/school-21", "МБОУ «СОШ № 21»"),
       ("sarapul/school-24", "МБОУ «СОШ № 24»"), ("sarapul/school-28", "МБОУ «ООШ № 28»")]


def doc_r19():
    """PDF, Сарапул city: mentors / mentees / Охват, %; membership ≥30% missing one school."""
    d = Doc("sarapul_gorod_2022", "pdf", "справка", "город Сарапул", as_of="2022-06-15")
    rnd = random.Random(1919)
    d.p("АНАЛИТИЧЕСКАЯ СПРАВКА")
    d.p("по итогам реализации целевой модели наставничества в общеобразовательных организациях г. Сарапула "
        "в 2021/2022 учебном году (на 15.06.2022)")
    d.p("")
    header = [["№ п/п", "Наименование ОО", "Кол-во наставников (чел)", "Число учащихся-наставляемых",
               "Охват, %"]]
    rows, hi = [], []
    for i, (cl, name) in enumerate(SAR):
        a = rnd.randint(8, 60)
        b = a + rnd.randint(10, 150)
        o = r1(rnd.uniform(8, 42))
        rows.append([str(i + 1), name, str(a), str(b), pct(o)])
        d.fact(name, "mentors", a)
        d.fact(name, "mentees", b)
        d.fact(name, "mentee_share_pct", o)
        d.org_of(name, cl)
        if o >= 30:
            hi.append(name)
    d.table(header, rows)
    if len(hi) < 2:
        raise SystemExit("r19: need at least two schools over 30%")
    listed = hi[1:]
    d.p("Показатель 30% и выше достигнут в " + ", ".join(listed) + ".")
    d.check("membership", "mentee_share_pct", "30% и выше", ";".join(listed), ";".join(hi))
    d.p("В 2022/2023 учебном году планируется довести долю до 40% (приказ УО от 20.05.2022 № 215).")
    d.p("Исп.: Петрова А.И., 8 (34147) 3-28-44")
    return d


def doc_r20(plan):
    """DOCX, Павловский район 2022: per-form rows within schools; planned vs actual participants."""
    d = Doc("pavlovsk_itogi_2022", "docx", "справка", "Павловский район", as_of="2022-05-31")
    rnd = random.Random(2020)
    d.p("Комитет администрации Павловского района по образованию", center=True)
    d.p("Справка об итогах реализации программ наставничества в 2021/2022 учебном году "
        "(по состоянию на 31.05.2022)", bold=True, center=True)
    d.p("Плановые показатели установлены приказом Комитета от 14.09.2021 № 287.")
    header = [["№", "Образовательная организация", "Форма", "Запланировано участников, чел.",
               "Фактически участников, чел."]]
    rows, sp, sf = [], 0, 0
    for i, (cl, _, name) in enumerate(PAV):
        total_plan = plan[cl]
        fs = [UU, TT] if rnd.random() < 0.6 else [UU]
        parts = [total_plan] if len(fs) == 1 else [total_plan - 6, 6]
        for k, f in enumerate(fs):
            fact_v = max(0, parts[k] + rnd.randint(-12, 15))
            lab = {UU: "ученик – ученик", TT: "учитель – учитель"}[f]
            lead = [C(str(i + 1), rs=len(fs)), C(name, rs=len(fs))] if k == 0 else []
            rows.append(lead + [lab, str(parts[k]), str(fact_v)])
            d.fact(name, "planned_participants", parts[k], form=f)
            d.fact(name, "program_participants", fact_v, form=f)
            sp += parts[k]
            sf += fact_v
        d.org_of(name, cl)
    rows.append([C("Всего по району", cs=3), n(sp), n(sf)])
    d.table(header, rows)
    d.check("sum", "planned_participants", "Всего по району", sp, sp)
    d.check("sum", "program_participants", "Всего по району", sf, sf)
    d.p(f"Фактическое число участников ({n(sf)} чел.) составило {round(100 * sf / sp)}% от запланированного.")
    d.check("share", "program_participants", f"{sf} от {sp}", round(100 * sf / sp), share(sf, sp))
    d.p("Опрос наставляемых (n = 380) показал: 74% удовлетворены участием в программе.")
    boiler_sign(d, "Председатель Комитета", "Ю.А. Сазонова")
    return d


# ----------------------------------------------------------------------------- main
def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    os.makedirs(GOLD, exist_ok=True)
    r11, plan = doc_r11()
    docs = [doc_r1(), doc_r2(), doc_r3(), doc_r4(), doc_r5(), doc_r6(), doc_r7(), doc_r8(), doc_r9(),
            doc_r10(), r11, doc_r12(), doc_r13(), doc_r14(), doc_r15(), doc_r16(), doc_r17(), doc_r18(),
            doc_r19(), doc_r20(plan)]
    for d in docs:
        render(d)
    with open(os.path.join(GOLD, "documents.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc", "format", "kind", "municipality", "organization", "as_of", "doc_date",
                    "doc_number", "expect"])
        for d in docs:
            w.writerow([d.name, d.fmt, d.kind, d.muni, d.org, d.as_of, d.doc_date, d.doc_number, ""])
    with open(os.path.join(GOLD, "facts.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc", "org_name", "indicator", "form", "variant", "value", "unit"])
        for d in docs:
            w.writerows(d.facts)
    with open(os.path.join(GOLD, "checks.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc", "check", "indicator", "subject", "stated", "computed", "status"])
        for d in docs:
            w.writerows(d.checks)
    with open(os.path.join(GOLD, "organizations.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc", "org_name", "cluster"])
        for d in docs:
            for name, cl in d.orgs.items():
                w.writerow([d.name, name, cl])
    nm = sum(1 for d in docs for c in d.checks if c[-1] == "mismatch")
    print(f"{len(docs)} documents, {sum(len(d.facts) for d in docs)} facts, "
          f"{sum(len(d.checks) for d in docs)} checks ({nm} mismatch)")


if __name__ == "__main__":
    main()
