#!/usr/bin/env python3
"""Generate the holdout3 corpus: ~16 mentorship reports with many stated numbers to recompute.

Emphasis: the CHECKS (totals, counts, shares, means, compositions, lists) and distractors.
Gold answers are produced from the same data as the documents.
Run with .venv/bin/python (needs python-docx and soffice on PATH).
"""
import os
import csv, os, random, shutil, subprocess, sys
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

BASE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("UNSEEN_OUT", os.path.join(os.path.dirname(os.path.abspath(__file__)), "out"))
OUT = os.path.join(ROOT, "holdout3")
GOLD = os.path.join(ROOT, "gold", "holdout3")
TMP = "/tmp/holdout3_build"

UNITS = {
    "students_involved": "persons", "teachers_involved": "persons", "mentees": "persons",
    "mentors": "persons", "pairs": "count", "forms_count": "count", "mentee_share_pct": "percent",
    "mentor_share_pct": "percent", "young_teachers": "persons", "young_teacher_mentees": "persons",
    "young_teacher_mentee_share_pct": "percent", "partner_enterprises": "count",
    "planned_participants": "persons", "program_participants": "persons", "students_total": "persons",
}

ALL_DOCS, ALL_FACTS, ALL_CHECKS, ALL_ORGS = [], [], [], []


def fi(n, sep=" "):
    """integer with thousands separator as clerks type it"""
    s = f"{int(n):,}".replace(",", sep)
    return s


def fp(x, d=1):
    return f"{x:.{d}f}".replace(".", ",")


def pct(part, base):
    return 100.0 * part / base if base else 0.0


def numstr(v):
    if v is None or v == "":
        return ""
    if isinstance(v, float):
        return f"{v:g}" if abs(v - round(v, 3)) < 1e-9 else f"{v:.3f}"
    return str(v)


class Rep:
    def __init__(self, name, fmt, municipality, as_of="", kind="справка", doc_date="", doc_number="",
                 landscape=False, encoding="utf-8", slug=""):
        self.name, self.fmt, self.municipality = name, fmt, municipality
        self.as_of, self.kind, self.doc_date, self.doc_number = as_of, kind, doc_date, doc_number
        self.landscape, self.encoding, self.slug = landscape, encoding, slug
        self.blocks = []
        self.nmis = 0

    # ---- content
    def p(self, text, bold=False, center=False):
        self.blocks.append(("p", text, bold, center))

    def table(self, header, rows):
        """header: list of header rows; cell = str | (str, colspan) | None (merged with cell above)
        rows: list of lists of str; a None cell in a body row = merged with the cell above"""
        self.blocks.append(("t", header, rows))

    # ---- gold
    def fact(self, org, ind, value, form="", variant=""):
        ALL_FACTS.append([self.name, " ".join(org.split()), ind, form, variant, numstr(value), UNITS[ind]])

    def org(self, printed, key):
        row = [self.name, " ".join(printed.split()), f"{self.slug}/{key}"]
        if row not in ALL_ORGS:
            ALL_ORGS.append(row)

    def check(self, kind, ind, subject, stated, computed, expect="ok", decimals=None, resolved=None):
        """expect: ok | mismatch | either. verifies agreement by construction."""
        if isinstance(stated, (int, float)) and isinstance(computed, (int, float)):
            if decimals is None:
                agree = abs(stated - computed) < 1e-9
            else:
                agree = abs(stated - computed) <= 0.5 * 10 ** (-decimals) + 1e-9
        else:
            agree = (resolved if resolved is not None else stated) == computed
        if expect == "ok":
            assert agree, (self.name, subject, stated, computed)
        elif expect == "mismatch":
            assert not agree, (self.name, subject, stated, computed)
            self.nmis += 1
        if isinstance(stated, float):
            stated = round(stated, 2)
        if isinstance(computed, float):
            computed = round(computed, 2)
        ALL_CHECKS.append([self.name, kind, ind, subject, numstr(stated) if not isinstance(stated, str) else stated,
                           numstr(computed) if not isinstance(computed, str) else computed, expect])

    # ---- rendering
    def render_docx(self, path):
        d = Document()
        st = d.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(12)
        sec = d.sections[0]
        if self.landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(1.5)
        for b in self.blocks:
            if b[0] == "p":
                para = d.add_paragraph()
                run = para.add_run(b[1])
                run.bold = b[2]
                if b[3]:
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                continue
            _, header, rows = b
            ncol = sum((c[1] if isinstance(c, tuple) else 1) for c in header[0])
            t = d.add_table(rows=len(header) + len(rows), cols=ncol)
            t.style = "Table Grid"
            for ri, hrow in enumerate(header):
                ci = 0
                for c in hrow:
                    if c is None:
                        top = t.cell(ri - 1, ci)
                        # find the first row of this vertical run
                        m = top.merge(t.cell(ri, ci))
                        ci += 1
                        continue
                    text, span = (c if isinstance(c, tuple) else (c, 1))
                    cell = t.cell(ri, ci)
                    if span > 1:
                        cell = cell.merge(t.cell(ri, ci + span - 1))
                    cell.text = text
                    for par in cell.paragraphs:
                        for r in par.runs:
                            r.bold = True
                    ci += span
            off = len(header)
            for ri, row in enumerate(rows):
                for ci, val in enumerate(row):
                    if val is None:
                        a = t.cell(off + ri - 1, ci)
                        txt = a.text
                        m = a.merge(t.cell(off + ri, ci))
                        m.text = txt
                    else:
                        t.cell(off + ri, ci).text = val
            avail = (sec.page_width - sec.left_margin - sec.right_margin) / 360000.0  # cm
            first = header[0][0] if isinstance(header[0][0], str) else header[0][0][0]
            w_no = 1.1 if first.startswith("№") else 0.0
            nrest = ncol - (1 if w_no else 0)
            w_name = min(7.0, avail * 0.34) if nrest > 2 else avail * 0.5
            per = (avail - w_no - w_name) / max(1, nrest - 1)
            widths = []
            for ci in range(ncol):
                if ci == 0 and w_no:
                    widths.append(w_no)
                elif (ci == 1 and w_no) or (ci == 0 and not w_no) or (ncol == 6 and ci == 4 and header[0][3] == "№"):
                    widths.append(w_name)
                else:
                    widths.append(per)
            if ncol == 6 and header[0][3] == "№":  # side-by-side halves
                widths = [1.0, (avail - 2 * 1.0 - 2 * 2.0) / 2, 2.0, 1.0, (avail - 2 * 1.0 - 2 * 2.0) / 2, 2.0]
            t.autofit = False
            for ci in range(ncol):
                t.columns[ci].width = Cm(widths[ci])
            for row in t.rows:
                for ci, cell in enumerate(row.cells[:ncol]):
                    cell.width = Cm(widths[ci])
            d.add_paragraph()
        d.save(path)

    def render_txt(self, path):
        lines = []
        for b in self.blocks:
            if b[0] == "p":
                lines.append(b[1])
                continue
            _, header, rows = b
            # flatten header: join parent + child labels column-wise
            ncol = sum((c[1] if isinstance(c, tuple) else 1) for c in header[0])
            labels = [""] * ncol
            for hrow in header:
                ci = 0
                for c in hrow:
                    if c is None:
                        ci += 1
                        continue
                    text, span = (c if isinstance(c, tuple) else (c, 1))
                    for k in range(span):
                        labels[ci + k] = (labels[ci + k] + " " + text).strip() if span == 1 else (labels[ci + k] + " " + text + ":").strip()
                    ci += span
            lines.append("\t".join(l.rstrip(":") for l in labels))
            prev = None
            for row in rows:
                out = [(prev[i] if v is None else v) for i, v in enumerate(row)]
                lines.append("\t".join(out))
                prev = out
            lines.append("")
        with open(path, "w", encoding=self.encoding, newline="\r\n" if self.encoding == "cp1251" else "\n") as f:
            f.write("\n".join(lines) + "\n")

    def build(self):
        os.makedirs(TMP, exist_ok=True)
        if self.fmt == "txt":
            self.render_txt(os.path.join(OUT, self.name + ".txt"))
        else:
            docx_path = os.path.join(TMP if self.fmt != "docx" else OUT, self.name + ".docx")
            self.render_docx(docx_path)
            if self.fmt in ("pdf", "odt"):
                subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_h3", "--headless",
                                "--convert-to", self.fmt, "--outdir", OUT, docx_path],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                assert os.path.exists(os.path.join(OUT, self.name + "." + self.fmt)), self.name
        ALL_DOCS.append([self.name, self.fmt, self.kind, self.municipality, "", self.as_of,
                         self.doc_date, self.doc_number, ""])


FORMS = {"уу": "ученик-ученик", "уч": "учитель-учитель", "су": "студент-ученик",
         "ру": "работодатель-ученик", "рс": "работодатель-студент", "уче": "учитель-ученик"}


def join_list(items):
    return "; ".join(items)


# =====================================================================================
def r01():
    """Кузнецкий район: subtotal rows by school type then grand total."""
    r = Rep("penza_kuznetsk_spravka_2022", "docx", "Кузнецкий район", "2022-12-20", slug="kuznetsk")
    rng = random.Random(101)
    sosh = [("МБОУ СОШ с. Поселки", "poselki"), ("МБОУ СОШ с. Анненково", "annenkovo"),
            ("МБОУ СОШ с. Махалино", "makhalino"), ("МБОУ СОШ р.п. Евлашево им. Д.И. Ершова", "evlashevo-rp"),
            ("МБОУ СОШ с. Радищево", "radishchevo"), ("МБОУ СОШ с. Сюзюм", "syuzyum"),
            ("МБОУ СОШ с. Чибирлей", "chibirley"), ("МБОУ СОШ с. Никольское", "nikolskoe")]
    oosh = [("МБОУ ООШ с. Литвиново", "litvinovo"), ("МБОУ ООШ с. Студенец", "studenets"),
            ("МБОУ ООШ с. Комаровка", "komarovka"), ("МБОУ ООШ с. Явлейка", "yavleyka")]
    udo = [("МБУ ДО «Дом детского творчества» Кузнецкого района", "ddt"), ("МБУ ДО «ДЮСШ» Кузнецкого района", "dyussh")]
    groups = [("СОШ", sosh, (180, 620)), ("ООШ", oosh, (45, 120)), ("УДО", udo, (300, 900))]
    r.p("Управление образования администрации Кузнецкого района Пензенской области", center=True)
    r.p("АНАЛИТИЧЕСКАЯ СПРАВКА", bold=True, center=True)
    r.p("о ходе реализации целевой модели наставничества в образовательных организациях Кузнецкого района "
        "(по состоянию на 20.12.2022)", center=True)
    r.p("Работа ведётся на основании приказа Управления образования от 12.08.2021 № 270-од «О внедрении целевой "
        "модели наставничества». Мониторинг проведён в декабре 2022 года в форме онлайн-анкетирования.")
    header = [["№ п/п", "Наименование ОО", "Численность обучающихся, чел.", "Вовлечено обучающихся в наставничество, чел.",
               "Вовлечено педагогов, чел."]]
    rows, n = [], 0
    tot = [0, 0, 0]
    subs = {}
    for gname, orgs, (lo, hi) in groups:
        g = [0, 0, 0]
        for name, key in orgs:
            n += 1
            st = rng.randint(lo, hi)
            inv = int(st * rng.uniform(0.12, 0.3))
            te = rng.randint(3, 19) if gname != "ООШ" else rng.randint(2, 6)
            rows.append([str(n), name, str(st), str(inv), str(te)])
            r.fact(name, "students_total", st); r.fact(name, "students_involved", inv); r.fact(name, "teachers_involved", te)
            r.org(name, key)
            for i, v in enumerate((st, inv, te)):
                g[i] += v
                tot[i] += v
        subs[gname] = g
    # planted error: subtotal ООШ teachers +3
    stated_sub = {k: list(v) for k, v in subs.items()}
    stated_sub["ООШ"][2] += 3
    out, i = [], 0
    labels = {"СОШ": "Итого по средним школам", "ООШ": "Итого по основным школам", "УДО": "Итого по УДО"}
    for gname, orgs, _ in groups:
        out += rows[i:i + len(orgs)]
        i += len(orgs)
        s = stated_sub[gname]
        out.append(["", labels[gname], str(s[0]), str(s[1]), str(s[2])])
        for ci, ind in enumerate(("students_total", "students_involved", "teachers_involved")):
            r.check("sum", ind, f"{labels[gname]}, графа {ci + 3}", s[ci], subs[gname][ci],
                    "mismatch" if (gname == "ООШ" and ci == 2) else "ok")
    out.append(["", "ИТОГО по району", fi(tot[0]), fi(tot[1]), str(tot[2])])
    r.check("sum", "students_total", "ИТОГО по району", tot[0], tot[0])
    r.check("sum", "students_involved", "ИТОГО по району", tot[1], tot[1])
    r.check("sum", "teachers_involved", "ИТОГО по району (не равно сумме подытогов)", tot[2], tot[2], "either")
    r.p("Таблица 1. Вовлечённость обучающихся и педагогов в программы наставничества", bold=True)
    r.table(header, out)
    share = pct(tot[1], tot[0])
    r.p(f"Сведения представили 14 образовательных организаций, в том числе 2 учреждения дополнительного образования. "
        f"Наставничество реализуется во всех 12 общеобразовательных организациях района.")
    r.check("count", "organizations", "Сведения представили 14 образовательных организаций", 14, 14)
    r.check("count", "organizations", "2 учреждения дополнительного образования", 2, len(udo))
    r.check("count", "organizations", "во всех 12 общеобразовательных организациях", 12, len(sosh) + len(oosh))
    r.p(f"Всего по району вовлечено {fi(tot[1])} обучающихся, что составляет {round(share)}% от общей численности "
        f"обучающихся ({fi(tot[0])} чел.).")
    r.check("sum", "students_involved", "Всего по району вовлечено", tot[1], tot[1])
    r.check("share", "students_involved", f"{tot[1]} от {tot[0]}", round(share), share, decimals=0)
    r.check("sum", "students_total", "общей численности обучающихся (в скобках)", tot[0], tot[0])
    sosh_inv = subs["СОШ"][1]
    r.p(f"Наибольший охват отмечается в средних школах – {fi(sosh_inv)} обучающихся "
        f"({fp(pct(sosh_inv, tot[1]))}% от всех вовлечённых).")
    r.check("sum", "students_involved", "в средних школах (подытог)", sosh_inv, sosh_inv)
    r.check("share", "students_involved", "средние школы от всех вовлечённых", round(pct(sosh_inv, tot[1]), 1),
            pct(sosh_inv, tot[1]), decimals=1)
    r.p("По результатам анкетирования 84% наставляемых удовлетворены работой в паре, 11% затруднились с ответом. "
        "К 2024 году планируется вовлечь в различные формы наставничества не менее 70% обучающихся "
        "в возрасте от 10 до 19 лет.")
    r.p("Исп.: Гусева Т.В., методист МКУ «ЦОДОУ», тел. 8 (84157) 3-12-45")
    r.build()


def r02():
    """Заречный: wide per-form pairs table, per-row Всего, ИТОГО, counts by form."""
    r = Rep("penza_zarechny_monitoring_2023", "pdf", "город Заречный", "2023-05-31", landscape=True, slug="zarechny")
    rng = random.Random(202)
    orgs = [("МОУ «СОШ № 216»", "school-216"), ("МОУ СОШ № 217", "school-217"), ("МОУ «СОШ № 218»", "school-218"),
            ("МОУ СОШ № 220", "school-220"), ("МОУ «СОШ № 221»", "school-221"), ("МОУ «СОШ № 222»", "school-222"),
            ("МОУ СОШ № 223", "school-223"), ("МОУ «СОШ № 225»", "school-225"), ("МОУ «СОШ № 226»", "school-226"),
            ("МОУ «Лицей № 230»", "lyceum-230"), ("МОУ «Гимназия № 216»", "gymnasium-216")]
    forms = ["уу", "уч", "су", "ру"]
    present = {"уу": set(range(11)), "уч": {0, 1, 2, 3, 4, 6, 7, 9, 10}, "су": {0, 2, 5, 7, 9, 10},
               "ру": {1, 5, 8, 9}}
    r.p("Муниципальное казённое учреждение «Управление образования города Заречного Пензенской области»", center=True)
    r.p("Справка по итогам мониторинга реализации программ наставничества в общеобразовательных организациях "
        "г. Заречного на 31.05.2023", bold=True, center=True)
    r.p("Мониторинг проводился в соответствии с планом работы на 2022–2023 учебный год (приказ от 02.09.2022 № 318). "
        "Сведения представили 11 общеобразовательных организаций.")
    r.check("count", "organizations", "Сведения представили 11 общеобразовательных организаций", 11, len(orgs))
    header = [["№", "Образовательная организация", ("Количество наставнических пар (групп) по формам", 4), "Всего пар"],
              [None, None, "ученик – ученик", "учитель – учитель", "студент – ученик", "работодатель – ученик", None]]
    rows = []
    col = {f: 0 for f in forms}
    grand_stated = 0
    bad = 6
    for i, (name, key) in enumerate(orgs):
        vals = {}
        for f in forms:
            v = rng.randint(2, 24) if i in present[f] else 0
            if f == "уч" and v:
                v = rng.randint(2, 8)
            vals[f] = v
            col[f] += v
            r.fact(name, "pairs", v, FORMS[f])
        s = sum(vals.values())
        stated = s + 2 if i == bad else s
        grand_stated += stated
        r.check("sum", "pairs", f"графа «Всего пар» у {name}", stated, s, "mismatch" if i == bad else "ok")
        rows.append([str(i + 1), name] + [(str(vals[f]) if vals[f] else "–") for f in forms] + [str(stated)])
        r.org(name, key)
    true_total = sum(col.values())
    rows.append(["", "ИТОГО", *[str(col[f]) for f in forms], str(grand_stated)])
    for f in forms:
        r.check("sum", "pairs", f"ИТОГО, {FORMS[f]}", col[f], col[f])
    r.check("sum", "pairs", "ИТОГО, всего пар", grand_stated, true_total, "either")
    r.p("Таблица. Количество наставнических пар (групп) в разрезе форм наставничества", bold=True)
    r.table(header, rows)
    n_su = len(present["су"])
    n_ru = len(present["ру"])
    r.p(f"Форма «ученик – ученик» реализуется во всех 11 школах города. По форме «учитель – учитель» "
        f"сформировано {col['уч']} пар. Форма «студент – ученик» реализуется в {n_su - 1} ОО, форма «работодатель – "
        f"ученик» – в {n_ru} ОО, что связано с ограниченным числом предприятий-партнёров (заключено 9 соглашений).")
    r.check("count", "pairs", "форма ученик-ученик во всех 11 школах", 11, len(present["уу"]))
    r.check("sum", "pairs", "по форме учитель-учитель сформировано", col["уч"], col["уч"])
    r.check("count", "pairs", "форма студент-ученик реализуется в N ОО", n_su - 1, n_su, "mismatch")
    r.check("count", "pairs", "форма работодатель-ученик в N ОО", n_ru, n_ru)
    uu_mean = col["уу"] / len(orgs)
    r.p(f"Наибольшее количество пар приходится на форму «ученик – ученик» – {col['уу']} "
        f"(в среднем {fp(uu_mean)} пары на одну школу).")
    r.check("sum", "pairs", "пар формы ученик-ученик", col["уу"], col["уу"])
    r.check("mean", "pairs", "в среднем пар ученик-ученик на одну школу", round(uu_mean, 1), uu_mean, decimals=1)
    r.p("В 2022–2023 учебном году проведено 7 методических семинаров для кураторов, 2 заседания городского "
        "методического объединения. Контактный телефон: 8 (8412) 60-15-32.")
    r.p("Начальник Управления образования                         Е.Н. Бурова")
    r.build()


def r03():
    """Железногорск: young specialists, per-row shares, ИТОГО as share of totals, text 'Нет молодых специалистов'."""
    r = Rep("kursk_zheleznogorsk_spravka_2022", "txt", "город Железногорск", "2022-09-01", slug="zheleznogorsk")
    rng = random.Random(303)
    names = [("МОУ «СОШ № 1»", "school-1"), ("МОУ «СОШ № 3»", "school-3"), ("МОУ «СОШ № 5»", "school-5"),
             ("МОУ «СОШ № 6»", "school-6"), ("МОУ «СОШ № 7»", "school-7"), ("МОУ «СОШ № 8»", "school-8"),
             ("МОУ «СОШ № 9»", "school-9"), ("МОУ «СОШ № 10»", "school-10"), ("МОУ «СОШ № 11»", "school-11"),
             ("МОУ «СОШ № 13»", "school-13"), ("МОУ «Гимназия № 1»", "gymnasium-1"), ("МОУ «Лицей № 5»", "lyceum-5")]
    none_idx = {3, 8}
    bad = 10
    r.p("Комитет образования города Железногорска Курской области")
    r.p("Информационная справка о сопровождении молодых специалистов в рамках целевой модели наставничества "
        "(по состоянию на 01.09.2022)")
    r.p("")
    header = [["№ п/п", "Наименование ОО", "Количество молодых специалистов (стаж до 3 лет), чел.",
               "Из них в роли наставляемого, чел.", "Доля, %"]]
    rows = []
    ty = tm = 0
    for i, (name, key) in enumerate(names):
        r.org(name, key)
        if i in none_idx:
            rows.append([str(i + 1), name, "Нет молодых специалистов", "–", "–"])
            r.fact(name, "young_teachers", "")
            r.fact(name, "young_teacher_mentees", 0)
            r.fact(name, "young_teacher_mentee_share_pct", 0)
            continue
        y = rng.randint(2, 9)
        m = y if (rng.random() < 0.55 and i != bad) else y - rng.randint(1, min(2, y - 1))
        s = pct(m, y)
        ss = round(s, 1) if i != bad else round(s, 1) + 12.5
        rows.append([str(i + 1), name, str(y), str(m), fp(ss)])
        r.fact(name, "young_teachers", y); r.fact(name, "young_teacher_mentees", m)
        r.fact(name, "young_teacher_mentee_share_pct", ss)
        r.check("share", "young_teacher_mentee_share_pct", f"Доля у {name}", ss, s,
                "mismatch" if i == bad else "ok", decimals=1)
        ty += y; tm += m
    ts = pct(tm, ty)
    rows.append(["", "ИТОГО по городу", str(ty), str(tm), fp(ts)])
    r.check("sum", "young_teachers", "ИТОГО по городу", ty, ty)
    r.check("sum", "young_teacher_mentees", "ИТОГО по городу", tm, tm)
    r.check("share", "young_teacher_mentee_share_pct", "ИТОГО, доля от итогов", round(ts, 1), ts, decimals=1)
    r.table(header, rows)
    nz = len(names) - len(none_idx)
    r.p(f"Молодые специалисты работают в {nz} школах города, в двух ОО молодых специалистов нет. "
        f"Наставниками обеспечены {tm} из {ty} молодых специалистов ({fp(ts)}%).")
    r.check("count", "young_teachers", "молодые специалисты работают в N школах", nz, nz)
    r.check("share", "young_teacher_mentee_share_pct", f"{tm} из {ty}", round(ts, 1), ts, decimals=1)
    r.check("sum", "young_teacher_mentees", "Наставниками обеспечены", tm, tm)
    r.check("sum", "young_teachers", "из N молодых специалистов", ty, ty)
    full = [names[i][0] for i, row in enumerate(rows[:-1]) if row[2].isdigit() and row[2] == row[3]]
    r.p("Все молодые специалисты закреплены за наставниками в следующих ОО: " + ", ".join(full) + ".")
    r.check("membership", "young_teacher_mentee_share_pct", "100% молодых специалистов с наставником",
            join_list(full), join_list(full))
    r.p("По результатам анкетирования 84% молодых педагогов удовлетворены взаимодействием с наставником. "
        "Целевое значение на 2024 год – 100%. Справка подготовлена на 3 листах.")
    r.p("Главный специалист-эксперт комитета образования О.П. Лунёва, тел. 8 (47148) 2-41-07")
    r.build()


def r04():
    """Курчатовский район: long per-form table with merged org cells, lists per form, mean forms, composition."""
    r = Rep("kursk_kurchatov_spravka_2021", "docx", "Курчатовский район", "2021-12-25", slug="kurchatov")
    rng = random.Random(404)
    orgs = [("МКОУ «Дичнянская СОШ»", "dichnya"), ("МКОУ «Колпаковская СОШ»", "kolpakovo"),
            ("МКОУ «Костельцевская СОШ»", "kosteltsevo"), ("МКОУ «Макаровская СОШ»", "makarovka"),
            ("МКОУ «Дроняевская СОШ»", "dronyaevo"), ("МКОУ «Банищанская СОШ»", "banishchi"),
            ("МКОУ «Клюквинская СОШ»", "klyukva"), ("МКОУ «Иванинская СОШ»", "ivanino"),
            ("МКОУ «Чаплинская ООШ»", "chaplinka")]
    plan = [["уу", "уч", "ру"], ["уу", "уч"], ["уу", "су"], ["уч", "уу", "ру"], ["уу"], ["уу", "уч", "су", "ру"],
            ["уч", "уу"], ["уу", "уч"], ["уу"]]
    label = {"уу": "«Ученик – ученик»", "уч": "«Учитель – учитель»", "су": "«Студент – ученик»",
             "ру": "«Работодатель – ученик»"}
    r.p("АНАЛИТИЧЕСКАЯ СПРАВКА", bold=True, center=True)
    r.p("по итогам реализации целевой модели наставничества в общеобразовательных организациях Курчатовского района "
        "Курской области за 2021 год (по состоянию на 25.12.2021)", center=True)
    r.p("В соответствии с приказом Управления по образованию Администрации Курчатовского района от 05.02.2021 № 41 "
        "в 9 общеобразовательных организациях района утверждены программы наставничества.")
    r.check("count", "organizations", "в 9 общеобразовательных организациях", 9, len(orgs))
    header = [["№ п/п", "Наименование ОО", "Форма наставничества", "Кол-во наставников, чел.", "Кол-во наставляемых, чел."]]
    rows = []
    tmen = tme = 0
    byform = {}
    for i, ((name, key), fl) in enumerate(zip(orgs, plan)):
        r.org(name, key)
        for j, f in enumerate(fl):
            mn = rng.randint(1, 6)
            me = mn * rng.randint(1, 3) if f != "уч" else mn
            rows.append([str(i + 1), name, label[f], str(mn), str(me)] if j == 0 else [None, None, label[f], str(mn), str(me)])
            r.fact(name, "mentors", mn, FORMS[f]); r.fact(name, "mentees", me, FORMS[f])
            byform.setdefault(f, []).append(name)
            tmen += mn; tme += me
    rows.append(["", "Итого", "", str(tmen), str(tme)])
    r.check("sum", "mentors", "строка Итого", tmen, tmen)
    r.check("sum", "mentees", "строка Итого", tme, tme)
    r.table(header, rows)
    nforms = sum(len(x) for x in plan)
    mean = nforms / len(orgs)
    r.p(f"Всего в программы наставничества вовлечено {tme + tmen} человек ({tme} наставляемых и {tmen} наставников). "
        f"В среднем каждая ОО реализует {fp(mean)} формы наставничества.")
    r.check("composition", "program_participants", f"{tme + tmen} = {tme} + {tmen}", tme + tmen, tme + tmen)
    r.check("sum", "mentees", "наставляемых в тексте", tme, tme)
    r.check("sum", "mentors", "наставников в тексте", tmen, tmen)
    r.check("mean", "forms_count", "в среднем каждая ОО реализует", round(mean, 1), mean, decimals=1)
    uu = byform["уу"]
    r.p("Форму «ученик – ученик» реализуют: " + "; ".join(uu) + ".")
    r.check("membership", "mentees", "список ОО формы ученик-ученик", join_list(uu), join_list(uu))
    uc = byform["уч"]
    stated_uc = uc[:3] + uc[4:]
    r.p("Форму «учитель – учитель» реализуют: " + ", ".join(stated_uc) + ".")
    r.check("membership", "mentors", "список ОО формы учитель-учитель", join_list(stated_uc), join_list(uc), "mismatch")
    ru = byform["ру"]
    r.p(f"Форму «работодатель – ученик» реализуют {len(ru)} ОО во взаимодействии с АО «Курская АЭС-Сервис», "
        f"ООО «Агропромышленный комплекс» и ещё 4 предприятиями района.")
    r.check("count", "mentors", "форму работодатель-ученик реализуют N ОО", len(ru), len(ru))
    r.p("К 2024 году две и более формы наставничества должны реализовываться не менее чем в 10 ОО района. "
        "Проведено 5 обучающих семинаров, в которых приняли участие 27 кураторов и наставников.")
    r.p("Начальник Управления по образованию                     С.В. Ковалёва")
    r.build()


def r05():
    """Колпашевский район: table continued on a second Word table, mean row, count error in text."""
    r = Rep("tomsk_kolpashevo_monitoring_2022", "pdf", "Колпашевский район", "2022-06-01", slug="kolpashevo")
    rng = random.Random(505)
    orgs = [("МАОУ «СОШ № 2»", "school-2"), ("МБОУ «СОШ № 4»", "school-4"), ("МБОУ «СОШ № 5»", "school-5"),
            ("МАОУ «СОШ № 7»", "school-7"), ("МБОУ «Тогурская СОШ им. С.В. Маслова»", "togur"),
            ("МБОУ «Новоселовская СОШ»", "novoselovo"), ("МБОУ «Инкинская ООШ»", "inkino"),
            ("МБОУ «Саровская СОШ»", "sarovka"), ("МБОУ «Чажемтовская СОШ»", "chazhemto"),
            ("МБОУ «Новогоренская СОШ»", "novogornoe"), ("МБОУ «Копыловская ООШ»", "kopylovo"),
            ("МБОУ «Дальненская СОШ»", "dalnee"), ("МБОУ «Волковская ООШ»", "volkovo"),
            ("МБОУ «Иванкинская СОШ»", "ivankino"), ("МБОУ «Озёрненская СОШ»", "ozernoe"),
            ("МБОУ «Национальная Дальненская СОШ»", "dalnee-nats"), ("МАУ ДО «ДДТ»", "ddt"),
            ("МБУ ДО «ДЮСШ им. О. Рахматулиной»", "dyussh")]
    r.p("Управление образования Администрации Колпашевского района Томской области", center=True)
    r.p("Справка по результатам мониторинга внедрения целевой модели наставничества на 01.06.2022", bold=True, center=True)
    r.p(f"Сведения представили {len(orgs) + 1} образовательных организаций района. Мониторинг проведён в соответствии "
        f"с приказом УО от 15.04.2022 № 198 (исп. Шадрина А.В., тел. 8 (38254) 5-34-11).")
    r.check("count", "organizations", "Сведения представили N образовательных организаций", len(orgs) + 1, len(orgs),
            "mismatch")
    header = [["№ п/п", "ОО", "Кол-во реализуемых форм", "Кол-во пар/групп", "Наставников, чел.", "Наставляемых, чел."]]
    rows = []
    tot = [0, 0, 0]
    fsum = 0
    for i, (name, key) in enumerate(orgs):
        fc = rng.randint(1, 4)
        pr = rng.randint(3, 18)
        mn = pr - rng.randint(0, 2)
        me = pr + rng.randint(0, 12)
        rows.append([str(i + 1), name, str(fc), str(pr), str(mn), str(me)])
        for ind, v in (("forms_count", fc), ("pairs", pr), ("mentors", mn), ("mentees", me)):
            r.fact(name, ind, v)
        r.org(name, key)
        fsum += fc
        tot[0] += pr; tot[1] += mn; tot[2] += me
    mean = fsum / len(orgs)
    r.table(header, rows[:10])
    r.p("Продолжение таблицы")
    rows2 = rows[10:] + [["", "Средний показатель", fp(mean), "", "", ""],
                         ["", "ИТОГО", "", str(tot[0]), str(tot[1]), str(tot[2])]]
    r.table(header, rows2)
    r.check("mean", "forms_count", "строка Средний показатель", round(mean, 1), mean, decimals=1)
    for ind, v in zip(("pairs", "mentors", "mentees"), tot):
        r.check("sum", ind, "ИТОГО (обе части таблицы)", v, v)
    r.p(f"Общее количество наставнических пар (групп) – {tot[0]}. В роли наставляемых выступают {tot[2]} человек, "
        f"наставниками являются {tot[1]} человек.")
    r.check("sum", "pairs", "общее количество наставнических пар", tot[0], tot[0])
    r.check("sum", "mentees", "в роли наставляемых", tot[2], tot[2])
    r.check("sum", "mentors", "наставниками являются", tot[1], tot[1])
    dod = 2
    r.p(f"Программы наставничества реализуют также {dod} учреждения дополнительного образования. "
        "К 2023 году планируется увеличить число пар до 250. Привлечено 6 социальных партнёров.")
    r.check("count", "organizations", "учреждения дополнительного образования", dod, 2)
    r.p("Начальник УО                                   А.Б. Кондратьева")
    r.build()


def r06():
    """Петрозаводск: side-by-side halves, mean (wrong), band lists with shorthand."""
    r = Rep("karelia_petrozavodsk_spravka_2023", "odt", "город Петрозаводск", "2023-01-10", slug="petrozavodsk")
    nums = [2, 3, 5, 7, 9, 10, 12, 14, 15, 20, 22, 26, 27, 34, 46]
    vals = {2: 8.4, 3: 31.5, 5: 6.9, 7: 33.0, 9: 14.2, 10: 18.6, 12: 36.8, 14: 12.1, 15: 21.7, 20: 16.0,
            22: 11.4, 26: 19.9, 27: 24.3, 34: 13.5, 46: 17.2}
    orgs = [(f"МОУ «Средняя школа № {k}»", f"school-{k}", vals[k]) for k in nums]
    orgs.append(("МОУ «Гимназия № 17»", "gymnasium-17", 9.6))
    r.p("Комитет социального развития Администрации Петрозаводского городского округа", center=True)
    r.p("Справка о доле обучающихся в возрасте от 10 до 19 лет, вошедших в программы наставничества в роли "
        "наставляемого, в общеобразовательных организациях города Петрозаводска (по состоянию на 10.01.2023)", bold=True, center=True)
    r.p("Информация собрана в соответствии с письмом Министерства образования и спорта Республики Карелия "
        "от 14.12.2022 № 12450/12.1-21.")
    header = [["№", "ОО", "Доля, %", "№", "ОО", "Доля, %"]]
    half = 8
    rows = []
    for i in range(half):
        a = orgs[i]; b = orgs[i + half]
        rows.append([str(i + 1), a[0], fp(a[2]), str(i + 1 + half), b[0], fp(b[2])])
    for name, key, v in orgs:
        r.fact(name, "mentee_share_pct", v)
        r.org(name, key)
    r.table(header, rows)
    mean = sum(o[2] for o in orgs) / len(orgs)
    r.p(f"Сведения представили все 16 общеобразовательных организаций. Средний показатель по городу – 12,4%.")
    r.check("count", "organizations", "все 16 общеобразовательных организаций", 16, len(orgs))
    r.check("mean", "mentee_share_pct", "Средний показатель по городу", 12.4, mean, "mismatch", decimals=1)
    low = [o[0] for o in orgs if o[2] < 10]
    assert low == ["МОУ «Средняя школа № 2»", "МОУ «Средняя школа № 5»", "МОУ «Гимназия № 17»"], low
    r.p("Показатель ниже 10% – в МОУ «Средняя школа № 2», № 5 и Гимназии № 17.")
    r.check("membership", "mentee_share_pct", "ниже 10%", "МОУ «Средняя школа № 2»; № 5; Гимназии № 17",
            join_list(low), resolved=join_list(low))
    high = [o[0] for o in orgs if o[2] > 30]
    assert len(high) == 3
    r.p("Показатель выше 30% достигнут в школах №№ 3, 7 и 12.")
    r.check("membership", "mentee_share_pct", "выше 30%", "№ 3; № 7; № 12", join_list(high),
            resolved=join_list(o[0] for o in orgs if o[1] in ("school-3", "school-7", "school-12")))
    r.p("Региональное целевое значение на 2023 год – 20%, на 2024 год – 30%. Справка на 2 страницах.")
    r.p("Ведущий специалист отдела общего образования Н.А. Михайлова, тел. (8142) 71-35-20")
    r.build()


def r07():
    """Кондопожский район (cp1251): shares stated with their base in text, composition, young specialists."""
    r = Rep("karelia_kondopoga_spravka_2022", "txt", "Кондопожский район", "2022-12-01", encoding="cp1251",
            slug="kondopoga")
    rng = random.Random(707)
    orgs = [("МОУ «Кондопожская СОШ № 1»", "school-1"), ("МОУ «Кондопожская СОШ № 2»", "school-2"),
            ("МОУ «Кондопожская СОШ № 3»", "school-3"), ("МОУ «Кондопожская СОШ № 6»", "school-6"),
            ("МОУ «Кончезерская СОШ»", "konchezero"), ("МОУ «Гирвасская СОШ»", "girvas"),
            ("МОУ «Янишпольская СОШ»", "yanishpole"), ("МОУ «Кяппесельгская СОШ»", "kyappeselga"),
            ("МОУ «Петровская СОШ»", "petrovsky-yam"), ("МОУ «Новинская ООШ»", "novinka")]
    r.p("Аналитическая справка")
    r.p("по итогам мониторинга реализации целевой модели наставничества в общеобразовательных организациях "
        "Кондопожского муниципального района (на 01.12.2022)")
    r.p("")
    header = [["№", "Образовательная организация", "Всего обучающихся", "Наставляемых", "Наставников из числа обучающихся"]]
    rows = []
    t = [0, 0, 0]
    for i, (name, key) in enumerate(orgs):
        st = rng.randint(60, 520) if i < 4 else rng.randint(25, 140)
        me = int(st * rng.uniform(0.12, 0.28))
        mn = max(1, int(me * rng.uniform(0.2, 0.45)))
        rows.append([str(i + 1), name, str(st), str(me), str(mn)])
        r.fact(name, "students_total", st); r.fact(name, "mentees", me); r.fact(name, "mentors", mn)
        r.org(name, key)
        t[0] += st; t[1] += me; t[2] += mn
    rows.append(["", "ИТОГО", str(t[0]), str(t[1]), str(t[2])])
    for ind, v in zip(("students_total", "mentees", "mentors"), t):
        r.check("sum", ind, "ИТОГО", v, v)
    r.table(header, rows)
    base1519 = 812
    sh = pct(t[2], base1519)
    r.p(f"1. В роли наставников выступают {t[2]} обучающихся ({fp(sh)}% от {base1519} обучающихся в возрасте 15-19 лет).")
    r.check("sum", "mentors", "в роли наставников выступают", t[2], t[2])
    r.check("share", "mentors", f"{t[2]} от {base1519}", round(sh, 1), sh, decimals=1)
    sh2 = pct(t[1], t[0])
    r.p(f"2. Численность наставляемых – {t[1]}, что составляет {round(sh2)}% от общей численности обучающихся "
        f"({fi(t[0])} чел.).")
    r.check("sum", "mentees", "численность наставляемых", t[1], t[1])
    r.check("share", "mentees", f"{t[1]} от {t[0]}", round(sh2), sh2, decimals=0)
    r.check("sum", "students_total", "общей численности обучающихся (в скобках)", t[0], t[0])
    r.p(f"3. Общий охват наставничеством – {t[1] + t[2]} обучающихся ({t[1]} наставляемых и {t[2]} наставников).")
    r.check("composition", "students_involved", f"{t[1] + t[2]} = {t[1]} + {t[2]}", t[1] + t[2], t[1] + t[2])
    r.p("4. Молодых специалистов в ОО района – 38, из них 33 (89%) закреплены за наставниками.")
    r.check("share", "young_teacher_mentees", "33 из 38", 89, pct(33, 38), "mismatch", decimals=0)
    r.p("5. Заключено 4 договора с организациями-партнёрами (ПАО «Кондопожский ЦБК» и др.). "
        "По итогам анкетирования 91% наставляемых отметили положительную динамику. "
        "Целевое значение на 2024 год – не менее 30% обучающихся.")
    r.p("Начальник Управления образования                      И.Г. Лаврова")
    r.build()


def r08():
    """Стрежевой: per-variant table with two-row header, per-row Всего, ИТОГО error."""
    r = Rep("tomsk_strezhevoy_spravka_2023", "docx", "город Стрежевой", "2023-05-25", landscape=True, slug="strezhevoy")
    rng = random.Random(808)
    orgs = [("МОУ «СОШ № 2»", "school-2"), ("МОУ «СОШ № 3»", "school-3"), ("МОУ «СОШ № 4»", "school-4"),
            ("МОУ «СОШ № 5»", "school-5"), ("МОУ «СОШ № 6»", "school-6"), ("МОУ «СОШ № 7»", "school-7"),
            ("МОУ «Гимназия № 1»", "gymnasium-1"), ("МОУ «Открытая (сменная) школа»", "open-school"),
            ("МОУ «Специальная (коррекционная) школа»", "special-school")]
    variants = [("успевающий – неуспевающий", "успевающий - неуспевающий", "ученик-ученик"),
                ("лидер – пассивный", "лидер - пассивный", "ученик-ученик"),
                ("равный – равному", "равный - равному", "ученик-ученик"),
                ("коллега – молодой коллега", "коллега - молодой коллега", "учитель-учитель"),
                ("молодой специалист – опытный педагог", "молодой специалист - опытный педагог", "учитель-учитель")]
    r.p("Управление образования Администрации городского округа Стрежевой", center=True)
    r.p("Справка о реализации программ наставничества по вариантам форм в школах города Стрежевого (на 25.05.2023)", bold=True, center=True)
    r.p("Основание: приказ Управления образования от 30.08.2022 № 402 «О реализации целевой модели наставничества "
        "в 2022–2023 учебном году».")
    header = [["№", "ОО", ("Форма «ученик – ученик» (кол-во пар)", 3), ("Форма «учитель – учитель» (кол-во пар)", 2), "Всего"],
              [None, None] + [f"«{v[0]}»" for v in variants] + [None]]
    rows = []
    col = [0] * 5
    rr = 0
    for i, (name, key) in enumerate(orgs):
        vals = []
        for j, v in enumerate(variants):
            x = rng.randint(1, 9) if rng.random() < 0.75 else 0
            vals.append(x)
            col[j] += x
            r.fact(name, "pairs", x, v[2], v[1])
        s = sum(vals)
        rows.append([str(i + 1), name] + [str(x) if x else "-" for x in vals] + [str(s)])
        r.check("sum", "pairs", f"графа Всего у {name}", s, s)
        r.org(name, key)
    stated = list(col)
    stated[2] += 4
    grand = sum(col)
    rows.append(["", "ИТОГО"] + [str(x) for x in stated] + [str(grand)])
    for j, v in enumerate(variants):
        r.check("sum", "pairs", f"ИТОГО, {v[1]}", stated[j], col[j], "mismatch" if j == 2 else "ok")
    r.check("sum", "pairs", "ИТОГО, Всего", grand, grand, "either")
    r.table(header, rows)
    n_eq = sum(1 for row in rows[:-1] if row[4] != "-")
    r.p(f"Вариант «равный – равному» реализуется в {n_eq} ОО, вариант «успевающий – неуспевающий» – "
        f"в {sum(1 for row in rows[:-1] if row[2] != '-')} ОО.")
    r.check("count", "pairs", "вариант равный-равному в N ОО", n_eq, n_eq)
    r.check("count", "pairs", "вариант успевающий-неуспевающий в N ОО", sum(1 for row in rows[:-1] if row[2] != '-'),
            sum(1 for row in rows[:-1] if row[2] != '-'))
    teach = col[3] + col[4]
    r.p(f"В форме «учитель – учитель» сформировано {teach} пар ({col[3]} + {col[4]}), что составляет "
        f"{fp(pct(teach, grand))}% от общего числа пар.")
    r.check("composition", "pairs", f"{teach} = {col[3]} + {col[4]}", teach, col[3] + col[4])
    r.check("share", "pairs", "учитель-учитель от общего числа пар", round(pct(teach, grand), 1), pct(teach, grand),
            decimals=1)
    r.p("В 2023–2024 учебном году планируется охватить наставничеством не менее 45% обучающихся 5–11 классов. "
        "Исп. Сафронова Е.А., тел. 8 (38259) 3-56-70.")
    r.build()


def r09():
    """Читинский район: wide table, shares with table total base, row share '15% (120 из 800)'."""
    r = Rep("zabaikal_chita_rayon_monitoring_2022", "pdf", "Читинский район", "2022-12-31", landscape=True,
            slug="chita-rayon")
    rng = random.Random(909)
    orgs = [("МОУ СОШ с. Домна", "domna"), ("МОУ СОШ с. Смоленка", "smolenka"), ("МОУ СОШ п. Атамановка", "atamanovka"),
            ("МОУ СОШ с. Засопка", "zasopka"), ("МОУ СОШ с. Маккавеево", "makkaveevo"), ("МОУ ООШ с. Арахлей", "arakhley"),
            ("МОУ СОШ с. Новотроицк", "novotroitsk"), ("МОУ СОШ с. Елизаветино", "elizavetino"),
            ("МОУ СОШ с. Верх-Чита", "verkh-chita"), ("МОУ СОШ п. Ленинский", "leninsky"),
            ("МОУ СОШ с. Шишкино", "shishkino"), ("МОУ СОШ с. Беклемишево", "beklemishevo")]
    r.p("Комитет образования администрации муниципального района «Читинский район»", center=True)
    r.p("Информация о реализации целевой модели наставничества в общеобразовательных организациях "
        "Читинского района Забайкальского края за 2022 год (на 31.12.2022)", bold=True, center=True)
    header = [["№ п/п", "Общеобразовательная организация", "Численность обучающихся, чел.",
               "Количество наставляемых, чел.", "Наставники из числа обучающихся, чел.", "Педагогов, вовлечённых в наставничество, чел."]]
    rows = []
    t = [0, 0, 0, 0]
    for i, (name, key) in enumerate(orgs):
        if i == 0:
            st, me = 800, 120
        else:
            st = rng.randint(70, 650) if i != 5 else 58
            me = int(st * rng.uniform(0.1, 0.3))
        mn = max(1, int(me * rng.uniform(0.15, 0.4)))
        te = rng.randint(2, 14)
        rows.append([str(i + 1), name, str(st), str(me), str(mn), str(te)])
        r.fact(name, "students_total", st); r.fact(name, "mentees", me); r.fact(name, "mentors", mn)
        r.fact(name, "teachers_involved", te)
        r.org(name, key)
        for j, v in enumerate((st, me, mn, te)):
            t[j] += v
    rows.append(["", "Итого по району", fi(t[0]), str(t[1]), str(t[2]), str(t[3])])
    for ind, v in zip(("students_total", "mentees", "mentors", "teachers_involved"), t):
        r.check("sum", ind, "Итого по району", v, v)
    r.table(header, rows)
    inv = t[1] + t[2]
    sh = pct(inv, t[0])
    stated = round(sh, 1) + 2.4
    r.p(f"Всего в программы наставничества вовлечено {inv} обучающихся ({t[1]} наставляемых и {t[2]} наставников), "
        f"что составляет {fp(stated)}% от общей численности обучающихся.")
    r.check("composition", "students_involved", f"{inv} = {t[1]} + {t[2]}", inv, inv)
    r.check("sum", "mentees", "наставляемых (текст)", t[1], t[1])
    r.check("sum", "mentors", "наставников (текст)", t[2], t[2])
    r.check("share", "students_involved", f"{inv} от {t[0]}", stated, sh, "mismatch", decimals=1)
    r.p("Наибольший охват в МОУ СОШ с. Домна: доля наставляемых составила 15% (120 человек из 800).")
    r.check("share", "mentee_share_pct", "МОУ СОШ с. Домна 120 из 800", 15, pct(120, 800), decimals=0)
    r.p(f"Педагогов, вовлечённых в наставничество, в районе – {t[3]}. Сведения представили {len(orgs)} ОО, в т.ч. 1 основная школа.")
    r.check("sum", "teachers_involved", "педагогов, вовлечённых в наставничество", t[3], t[3])
    r.check("count", "organizations", "Сведения представили N ОО", len(orgs), len(orgs))
    r.check("count", "organizations", "в т.ч. 1 основная школа", 1, 1)
    r.p("Количество проведённых мероприятий (наставнические встречи, мастер-классы) – 46. Целевой показатель на "
        "2023 год – 25%. Приказ комитета образования от 11.01.2022 № 7-о.")
    r.p("Председатель комитета образования                 Л.В. Шишмарёва")
    r.build()


def r10():
    """Краснокаменский район: partners table, Всего error, count of ДО."""
    r = Rep("zabaikal_krasnokamensk_partnery_2021", "txt", "Краснокаменский район", "2021-12-15",
            slug="krasnokamensk")
    rng = random.Random(1010)
    orgs = [("МАОУ «СОШ № 1»", "school-1"), ("МАОУ «СОШ № 2»", "school-2"), ("МАОУ «СОШ № 4»", "school-4"),
            ("МАОУ «СОШ № 6»", "school-6"), ("МАОУ «СОШ № 7»", "school-7"), ("МАОУ «Гимназия № 9»", "gymnasium-9"),
            ("МАОУ «СОШ п. Ковыли»", "kovyli"), ("МАОУ «ООШ с. Кайластуй»", "kaylastuy"),
            ("МАУ ДО «ЦДТ»", "do-cdt"), ("МАУ ДО «ДЮСШ»", "do-dyussh"), ("МАУ ДО «Станция юных техников»", "do-syut")]
    r.p("Информация о предприятиях (организациях), предоставивших наставников в рамках реализации формы "
        "«работодатель – ученик», Краснокаменский район Забайкальского края (по состоянию на 15.12.2021)")
    r.p("")
    header = [["№", "ОО", "Количество предприятий (организаций), предоставивших наставников", "Количество наставников от предприятий, чел."]]
    rows = []
    tp = tm = 0
    for i, (name, key) in enumerate(orgs):
        p = rng.randint(0, 4) if i not in (5, 7) else 0
        m = p + rng.randint(0, 4) if p else 0
        rows.append([str(i + 1), name, str(p) if p else "-", str(m) if m else "-"])
        r.fact(name, "partner_enterprises", p); r.fact(name, "mentors", m, "работодатель-ученик")
        r.org(name, key)
        tp += p; tm += m
    rows.append(["", "Всего", str(tp + 2), str(tm)])
    r.check("sum", "partner_enterprises", "строка Всего", tp + 2, tp, "mismatch")
    r.check("sum", "mentors", "строка Всего", tm, tm)
    r.table(header, rows)
    r.p(f"Сведения представили {len(orgs)} образовательных организаций, в том числе 3 учреждения дополнительного "
        f"образования. Наставников от предприятий – {tm} человек.")
    r.check("count", "organizations", "Сведения представили N образовательных организаций", len(orgs), len(orgs))
    r.check("count", "organizations", "3 учреждения дополнительного образования", 3, 3)
    r.check("sum", "mentors", "наставников от предприятий", tm, tm)
    nz = sum(1 for row in rows[:-1] if row[2] != "-")
    r.p(f"Взаимодействие с предприятиями налажено в {nz} ОО. Основные партнёры: ПАО «ППГХО», "
        "АО «Краснокаменская ТЭЦ». Заключено 14 договоров о сетевом взаимодействии, проведено 6 "
        "профориентационных мероприятий.")
    r.check("count", "partner_enterprises", "взаимодействие с предприятиями в N ОО", nz, nz)
    r.p("Тел. для справок 8 (30245) 2-17-05. Комитет по управлению образованием, 2021 г.")
    r.build()


def r11():
    """Апатиты: two percent columns with 'Средний показатель' row; mentor mean wrong; band list."""
    r = Rep("murmansk_apatity_spravka_2022", "docx", "город Апатиты", "2022-05-31", slug="apatity")
    orgs = [("МБОУ СОШ № 3", "school-3", 18.2, 6.1), ("МБОУ СОШ № 5", "school-5", 22.7, 9.4),
            ("МБОУ СОШ № 6", "school-6", 14.9, 5.0), ("МБОУ СОШ № 7 им. В.Н. Ивановой", "school-7", 25.3, 11.8),
            ("МБОУ СОШ № 10", "school-10", 9.8, 3.2), ("МБОУ СОШ № 14", "school-14", 16.4, 7.7),
            ("МБОУ СОШ № 15", "school-15", 12.0, 4.6), ("МБОУ «Гимназия № 1»", "gymnasium-1", 27.5, 12.9),
            ("МБОУ ООШ № 4", "school-4", 11.3, 0.0), ("МБОУ «Кадетская школа»", "cadet", 20.6, 8.8)]
    r.p("Комитет образования Администрации города Апатиты Мурманской области", center=True)
    r.p("СПРАВКА", bold=True, center=True)
    r.p("по показателям целевой модели наставничества (на 31.05.2022)", center=True)
    r.p("Информация подготовлена во исполнение приказа Министерства образования и науки Мурманской области "
        "от 28.12.2020 № 1654.")
    header = [["№ п/п", "ОО", "Доля обучающихся 10–19 лет в роли наставляемого, %",
               "Доля обучающихся 15–19 лет в роли наставника, %"]]
    rows = []
    for i, (name, key, a, b) in enumerate(orgs):
        rows.append([str(i + 1), name, fp(a), fp(b) if b else "–"])
        r.fact(name, "mentee_share_pct", a); r.fact(name, "mentor_share_pct", b)
        r.org(name, key)
    m1 = sum(o[2] for o in orgs) / len(orgs)
    m2 = sum(o[3] for o in orgs) / len(orgs)
    stated2 = round(m2, 1) + 1.3
    rows.append(["", "Средний показатель по городу", fp(m1), fp(stated2)])
    r.check("mean", "mentee_share_pct", "Средний показатель по городу", round(m1, 1), m1, decimals=1)
    r.check("mean", "mentor_share_pct", "Средний показатель по городу (наставники)", stated2, m2, "mismatch", decimals=1)
    r.table(header, rows)
    r.p(f"Наставничество реализуется во всех 10 школах города. Средний показатель по городу для наставляемых – "
        f"{fp(m1)}%.")
    r.check("count", "organizations", "во всех 10 школах", 10, len(orgs))
    r.check("mean", "mentee_share_pct", "средний показатель для наставляемых (текст)", round(m1, 1), m1, decimals=1)
    hi = [o[0] for o in orgs if o[2] > 20]
    r.p("Показатель выше 20% – в " + ", ".join(hi) + ".")
    r.check("membership", "mentee_share_pct", "выше 20%", join_list(hi), join_list(hi))
    zero = [o[0] for o in orgs if o[3] == 0]
    r.p(f"Обучающиеся не выступают в роли наставников только в {zero[0]} (нет обучающихся старше 15 лет).")
    r.check("membership", "mentor_share_pct", "нет наставников-обучающихся", join_list(zero), join_list(zero))
    r.p("По результатам опроса 78% родителей поддерживают участие детей в программах наставничества. "
        "Плановое значение на 2024 год – 10% для наставников и 30% для наставляемых.")
    r.p("Исполнитель: Ермолаева С.Н., тел. 8 (81555) 6-02-38")
    r.build()


def r12():
    """Мончегорск: mentees/mentors table without total row, composition in text wrong."""
    r = Rep("murmansk_monchegorsk_monitoring_2023", "pdf", "город Мончегорск", "2023-06-01", slug="monchegorsk")
    rng = random.Random(1212)
    orgs = [("МБОУ СОШ № 1", "school-1"), ("МБОУ ООШ № 2", "school-2"), ("МБОУ СОШ № 5", "school-5"),
            ("МБОУ СОШ № 7", "school-7"), ("МБОУ СОШ № 8", "school-8"), ("МБОУ СОШ № 10", "school-10"),
            ("МБОУ СОШ № 14", "school-14"), ("МБОУ СОШ № 17", "school-17"), ("МБОУ гимназия № 1", "gymnasium-1"),
            ("МБОУ «Лицей им. В.Г. Сизова»", "lyceum"), ("МБОУ «СОШ № 21»", "school-21")]
    r.p("Управление образования администрации муниципального округа город Мончегорск с подведомственной территорией",
        center=True)
    r.p("Аналитическая справка по результатам мониторинга реализации программ наставничества в общеобразовательных организациях г. Мончегорска (на 01.06.2023)",
        bold=True, center=True)
    header = [["№", "Наименование ОО", "Количество наставляемых, чел.", "Количество наставников, чел."]]
    rows = []
    a = b = 0
    for i, (name, key) in enumerate(orgs):
        me = rng.randint(40, 160)
        mn = int(me * rng.uniform(0.25, 0.45))
        rows.append([str(i + 1), name, str(me), str(mn)])
        r.fact(name, "mentees", me); r.fact(name, "mentors", mn)
        r.org(name, key)
        a += me; b += mn
    r.table(header, rows)
    stated = a + b + 8
    r.p(f"Программы наставничества реализуются во всех 11 школах. Общее число участников – {fi(stated)} "
        f"({fi(a)} наставляемых + {b} наставников).")
    r.check("count", "organizations", "во всех 11 школах", 11, len(orgs))
    r.check("composition", "program_participants", f"{stated} = {a} + {b}", stated, a + b, "mismatch")
    r.check("sum", "mentees", "наставляемых (текст)", a, a)
    r.check("sum", "mentors", "наставников (текст)", b, b)
    top = max(orgs, key=lambda o: int(rows[orgs.index(o)][2]))
    me_top = int(rows[orgs.index(top)][2])
    r.p(f"Наибольшее число наставляемых – в {top[0]} ({me_top} чел., {fp(pct(me_top, a))}% от всех наставляемых города).")
    r.check("share", "mentees", f"{me_top} от {a}", round(pct(me_top, a), 1), pct(me_top, a), decimals=1)
    r.p("В 2022/2023 учебном году проведён муниципальный конкурс «Наставник года» (12 участников), "
        "подписано 3 соглашения с АО «Кольская ГМК». Справка на 4 л.")
    r.p("Начальник управления образования                     О.В. Белова")
    r.build()


def r13():
    """Кузнецкий район: приказ with appendix of planned participants (same orgs as r01, other spellings)."""
    r = Rep("penza_kuznetsk_prikaz_312_2022", "odt", "Кузнецкий район", "", kind="приказ", doc_date="2022-09-14",
            doc_number="312", slug="kuznetsk")
    orgs = [("МБОУ СОШ с.Поселки", "poselki", 60), ("МБОУ СОШ с.Анненково", "annenkovo", 45),
            ("МБОУ СОШ с.Махалино", "makhalino", 40), ("МБОУ СОШ р.п.Евлашево", "evlashevo-rp", 75),
            ("МБОУ СОШ с.Радищево", "radishchevo", 35), ("МБОУ СОШ с.Сюзюм", "syuzyum", 30),
            ("МБОУ СОШ с.Чибирлей", "chibirley", 25), ("МБОУ СОШ с.Никольское", "nikolskoe", 30),
            ("МБОУ ООШ с.Литвиново", "litvinovo", 12), ("МБОУ ООШ с.Студенец", "studenets", 10),
            ("МБОУ ООШ с.Комаровка", "komarovka", 8), ("МБОУ ООШ с.Явлейка", "yavleyka", 10)]
    r.p("АДМИНИСТРАЦИЯ КУЗНЕЦКОГО РАЙОНА ПЕНЗЕНСКОЙ ОБЛАСТИ", center=True)
    r.p("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", center=True)
    r.p("ПРИКАЗ", bold=True, center=True)
    r.p("14.09.2022                                                                                     № 312")
    r.p("г. Кузнецк", center=True)
    r.p("О вовлечении обучающихся и педагогов в программы наставничества в 2022–2023 учебном году", bold=True)
    r.p("Во исполнение распоряжения Министерства просвещения РФ от 25.12.2019 № Р-145, приказа Министерства "
        "образования Пензенской области от 28.07.2021 № 341/01-07, в целях реализации целевой модели наставничества")
    r.p("ПРИКАЗЫВАЮ:")
    total = sum(o[2] for o in orgs)
    r.p(f"1. Руководителям 12 общеобразовательных организаций обеспечить вовлечение в программы наставничества "
        f"не менее {total} участников согласно приложению.")
    r.check("count", "organizations", "руководителям 12 общеобразовательных организаций", 12, len(orgs))
    r.check("sum", "planned_participants", "не менее N участников", total, total)
    r.p("2. Назначить куратором внедрения целевой модели наставничества методиста МКУ «ЦОДОУ» Гусеву Т.В.")
    r.p("3. Отчёт о выполнении представить в срок до 20.12.2022.")
    r.p("4. Контроль за исполнением приказа оставляю за собой.")
    r.p("Начальник Управления образования                          В.И. Пронин")
    r.p("Приложение к приказу от 14.09.2022 № 312", bold=True)
    header = [["№ п/п", "Наименование ОО", "Планируемое количество участников, чел."]]
    rows = []
    for i, (name, key, v) in enumerate(orgs):
        rows.append([str(i + 1), name, str(v)])
        r.fact(name, "planned_participants", v)
        r.org(name, key)
    rows.append(["", "Всего", str(total)])
    r.check("sum", "planned_participants", "строка Всего", total, total)
    r.table(header, rows)
    r.build()


def r14():
    """Обоянский район: wide two-row header per form, ИТОГО error in one column."""
    r = Rep("kursk_oboyan_monitoring_2023", "docx", "Обоянский район", "2023-05-20", landscape=True, slug="oboyan")
    rng = random.Random(1414)
    orgs = [("МКОУ «Обоянская СОШ № 1»", "oboyan-1"), ("МКОУ «Обоянская СОШ № 2»", "oboyan-2"),
            ("МКОУ «Зоринская СОШ»", "zorinka"), ("МКОУ «Котельниковская СОШ»", "kotelnikovo"),
            ("МКОУ «Рыбинобудская СОШ»", "rybinye-budy"), ("МКОУ «Полукотельниковская СОШ»", "polukotelnikovo"),
            ("МКОУ «Усланская СОШ»", "uslanka"), ("МКОУ «Каменская СОШ»", "kamenka"),
            ("МКОУ «Пажинская ООШ»", "pazhino"), ("МКОУ «Малокрюковская СОШ»", "malye-kryuki")]
    forms = ["уу", "уч", "су", "ру"]
    lab = {"уу": "«Ученик – ученик»", "уч": "«Учитель – учитель»", "су": "«Студент – ученик»",
           "ру": "«Работодатель – ученик»"}
    present = {"уу": set(range(10)), "уч": {0, 1, 2, 3, 5, 6, 7, 9}, "су": {0, 1, 4}, "ру": {0, 1, 3, 7}}
    r.p("Управление образования Администрации Обоянского района Курской области", center=True)
    r.p("Мониторинг реализации программ наставничества в общеобразовательных организациях Обоянского района "
        "по состоянию на 20.05.2023", bold=True, center=True)
    header = [["№", "ОО"] + [(lab[f], 2) for f in forms],
              [None, None] + ["наставников", "наставляемых"] * 4]
    rows = []
    col = [0] * 8
    for i, (name, key) in enumerate(orgs):
        row = [str(i + 1), name]
        for j, f in enumerate(forms):
            if i in present[f]:
                mn = rng.randint(1, 7) if f != "уу" else rng.randint(4, 12)
                me = mn if f == "уч" else mn * rng.randint(1, 3)
            else:
                mn = me = 0
            row += [str(mn) if mn else "–", str(me) if me else "–"]
            r.fact(name, "mentors", mn, FORMS[f]); r.fact(name, "mentees", me, FORMS[f])
            col[2 * j] += mn; col[2 * j + 1] += me
        rows.append(row)
        r.org(name, key)
    stated = list(col)
    stated[5] += 5
    rows.append(["", "ИТОГО"] + [str(x) for x in stated])
    for j, f in enumerate(forms):
        r.check("sum", "mentors", f"ИТОГО, наставников {FORMS[f]}", stated[2 * j], col[2 * j])
        r.check("sum", "mentees", f"ИТОГО, наставляемых {FORMS[f]}", stated[2 * j + 1], col[2 * j + 1],
                "mismatch" if j == 2 else "ok")
    r.table(header, rows)
    r.p(f"Форма «работодатель – ученик» реализуется в {len(present['ру'])} ОО, форма «учитель – учитель» – "
        f"в {len(present['уч'])} ОО. Наставляемых по форме «ученик – ученик» – {col[1]} человек.")
    r.check("count", "mentors", "форма работодатель-ученик в N ОО", len(present["ру"]), len(present["ру"]))
    r.check("count", "mentors", "форма учитель-учитель в N ОО", len(present["уч"]), len(present["уч"]))
    r.check("sum", "mentees", "наставляемых по форме ученик-ученик", col[1], col[1])
    su = [orgs[i][0] for i in sorted(present["су"])]
    r.p("Форму «студент – ученик» реализуют: " + "; ".join(su) + " (партнёр – ОБПОУ «Обоянский аграрный техникум»).")
    r.check("membership", "mentees", "список ОО формы студент-ученик", join_list(su), join_list(su))
    r.p("Проведено 3 заседания муниципального методического совета. Приказ УО от 01.09.2022 № 155. "
        "Тел. 8 (47141) 2-23-51.")
    r.build()


def r15():
    """Асиновский район (cp1251): percent table, bands and means in text, one band list wrong."""
    r = Rep("tomsk_asino_spravka_2021", "txt", "Асиновский район", "2021-12-20", encoding="cp1251", slug="asino")
    orgs = [("МАОУ СОШ № 1 г. Асино", "school-1", 14.6, 9.2), ("МАОУ СОШ № 2 г. Асино", "school-2", 8.1, 5.5),
            ("МАОУ СОШ № 4 г. Асино", "school-4", 21.3, 10.4), ("МАОУ СОШ № 5 г. Асино", "school-5", 12.7, 7.1),
            ("МАОУ гимназия № 2 г. Асино", "gymnasium-2", 24.0, 12.6), ("МБОУ СОШ с. Ново-Кусково", "novo-kuskovo", 9.5, 4.8),
            ("МБОУ СОШ с. Батурино", "baturino", 6.2, 3.9), ("МБОУ ООШ с. Минаевка", "minaevka", 11.8, 6.0),
            ("МБОУ СОШ с. Новиковка", "novikovka", 16.4, 8.3), ("МБОУ СОШ п. Большой Кордон", "bolshoy-kordon", 20.5, 11.2),
            ("МБОУ СОШ с. Ягодное", "yagodnoe", 10.0, 7.9)]
    r.p("Управление образования администрации Асиновского района Томской области")
    r.p("Справка о значениях показателей целевой модели наставничества (на 20.12.2021)")
    r.p("")
    header = [["№ п/п", "Наименование ОО", "Доля обучающихся 10-19 лет в роли наставляемого, %",
               "Доля обучающихся 15-19 лет в роли наставника, %"]]
    rows = []
    for i, (name, key, a, b) in enumerate(orgs):
        rows.append([str(i + 1), name, fp(a), fp(b)])
        r.fact(name, "mentee_share_pct", a); r.fact(name, "mentor_share_pct", b)
        r.org(name, key)
    r.table(header, rows)
    m1 = sum(o[2] for o in orgs) / len(orgs)
    m2 = sum(o[3] for o in orgs) / len(orgs)
    r.p(f"Средний показатель по району – {fp(m1)}% (наставляемые), для наставников – {fp(m2)}%.")
    r.check("mean", "mentee_share_pct", "средний показатель по району", round(m1, 1), m1, decimals=1)
    r.check("mean", "mentor_share_pct", "для наставников", round(m2, 1), m2, decimals=1)
    low = [o[0] for o in orgs if o[2] < 10]
    r.p("Показатель ниже 10% отмечается в " + ", ".join(low) + ".")
    r.check("membership", "mentee_share_pct", "ниже 10%", join_list(low), join_list(low))
    hi = [o[0] for o in orgs if o[2] >= 20]
    stated_hi = hi + ["МБОУ СОШ с. Новиковка"]
    r.p("Значение 20% и выше достигнуто в " + ", ".join(stated_hi) + ".")
    r.check("membership", "mentee_share_pct", "20% и выше", join_list(stated_hi), join_list(hi), "mismatch")
    r.p(f"Сведения представили {len(orgs)} ОО. Наставниками из числа обучающихся охвачено более 300 человек. "
        f"Привлечено 5 партнёров (ОГБПОУ «Асиновский техникум промышленной индустрии и сервиса» и др.).")
    r.check("count", "organizations", "Сведения представили N ОО", len(orgs), len(orgs))
    r.p("Региональный показатель на 2024 год: наставляемые – 30%, наставники – 10%. Телефон 8 (38241) 2-19-84.")
    r.build()


def r16():
    """Сегежский район: teachers table, count of schools with young specialists wrong, share 'из них N (X%)'."""
    r = Rep("karelia_segezha_spravka_2022", "docx", "Сегежский район", "2022-12-30", slug="segezha")
    rng = random.Random(1616)
    orgs = [("МБОУ СОШ № 4 г. Сегежи", "school-4"), ("МБОУ СОШ № 5 г. Сегежи", "school-5"),
            ("МБОУ СОШ № 6 г. Сегежи", "school-6"), ("МБОУ СОШ № 7 г. Сегежи", "school-7"),
            ("МБОУ СОШ п. Надвоицы", "nadvoitsy"), ("МБОУ СОШ п. Идель", "idel"),
            ("МБОУ СОШ п. Попов Порог", "popov-porog"), ("МБОУ ООШ п. Валдай", "valday"),
            ("МБОУ СОШ п. Олений", "oleniy"), ("МБОУ «Кадетская школа»", "cadet")]
    zero = {5, 7}
    r.p("Администрация Сегежского муниципального района. Управление образования", center=True)
    r.p("Справка о вовлечении педагогических работников в программы наставничества (по состоянию на 30.12.2022)",
        bold=True, center=True)
    r.p("Основание: приказ управления образования от 01.09.2022 № 212-о.")
    header = [["№", "Общеобразовательная организация", "Педагогов, вовлечённых в наставничество, чел.",
               "Молодых специалистов, чел.", "из них имеют наставника, чел."]]
    rows = []
    t = [0, 0, 0]
    for i, (name, key) in enumerate(orgs):
        te = rng.randint(6, 48)
        y = 0 if i in zero else rng.randint(1, 7)
        m = y if (rng.random() < 0.7 or y < 2) else y - 1
        rows.append([str(i + 1), name, str(te), str(y) if y else "–", str(m) if m else "–"])
        r.fact(name, "teachers_involved", te); r.fact(name, "young_teachers", y); r.fact(name, "young_teacher_mentees", m)
        r.org(name, key)
        t[0] += te; t[1] += y; t[2] += m
    rows.append(["", "Итого", str(t[0]), str(t[1]), str(t[2])])
    for ind, v in zip(("teachers_involved", "young_teachers", "young_teacher_mentees"), t):
        r.check("sum", ind, "строка Итого", v, v)
    r.table(header, rows)
    nz = len(orgs) - len(zero)
    sh = pct(t[2], t[1])
    r.p(f"Всего по району вовлечено {t[0]} педагогов. Молодые специалисты работают в {nz + 1} школах; "
        f"из них {t[2]} ({round(sh)}%) закреплены за наставниками.")
    r.check("sum", "teachers_involved", "всего по району вовлечено педагогов", t[0], t[0])
    r.check("count", "young_teachers", "молодые специалисты работают в N школах", nz + 1, nz, "mismatch")
    r.check("share", "young_teacher_mentees", f"{t[2]} из {t[1]}", round(sh), sh, decimals=0)
    r.check("sum", "young_teacher_mentees", "из них N закреплены", t[2], t[2])
    avg = t[0] / len(orgs)
    r.p(f"В среднем в одной ОО в наставничество вовлечено {fp(avg)} педагога.")
    r.check("mean", "teachers_involved", "в среднем в одной ОО", round(avg, 1), avg, decimals=1)
    r.p("В конкурсе «Педагог-наставник Карелии» приняли участие 2 педагога района. 93% наставляемых педагогов "
        "оценили работу наставников как эффективную. Исп. Кузьмина Л.А., тел. 8 (81431) 4-24-70.")
    r.build()


def main():
    for d in (OUT, GOLD):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for f in (r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15, r16):
        f()
        print("built", ALL_DOCS[-1][0], file=sys.stderr)

    def w(name, header, rows):
        with open(os.path.join(GOLD, name), "w", encoding="utf-8", newline="") as fh:
            cw = csv.writer(fh)
            cw.writerow(header)
            cw.writerows(rows)
    w("documents.csv", ["doc", "format", "kind", "municipality", "organization", "as_of", "doc_date", "doc_number",
                        "expect"], ALL_DOCS)
    w("facts.csv", ["doc", "org_name", "indicator", "form", "variant", "value", "unit"], ALL_FACTS)
    w("checks.csv", ["doc", "check", "indicator", "subject", "stated", "computed", "status"], ALL_CHECKS)
    w("organizations.csv", ["doc", "org_name", "cluster"], ALL_ORGS)
    mis = sum(1 for c in ALL_CHECKS if c[6] == "mismatch")
    print(f"docs={len(ALL_DOCS)} facts={len(ALL_FACTS)} checks={len(ALL_CHECKS)} mismatches={mis}", file=sys.stderr)


if __name__ == "__main__":
    main()
