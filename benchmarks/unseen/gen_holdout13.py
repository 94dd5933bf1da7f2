"""Generate the held-out corpus holdout13: synthetic Russian administrative documents on the school mentorship
programme (целевая модель наставничества, распоряжение Минпросвещения России Р-145) from 10 municipalities that no
earlier corpus used, with gold answers as defined in benchmarks/unseen/CONVENTIONS.md, plus two bad files.

usage: /work/main/.venv/bin/python benchmarks/unseen/gen_holdout13.py [--verify]
Writes $UNSEEN_OUT/holdout13/* and $UNSEEN_OUT/gold/holdout13/*.csv (UNSEEN_OUT defaults to /work/unseen).
--verify additionally extracts the text of every rendered file and asserts that every stated number of
checks.csv and every non-zero fact value can be found in it.

The framework (document model, renderers, LibreOffice conversion, determinism helpers, --verify, main) is NOT
copied: it is imported from gen_holdout11.py in this folder and re-pointed at holdout13 (output folders and the
LibreOffice profile /tmp/lo_holdout13). Added here: the document builders with their data, one extra TXT layout
(a fixed-width table: space-aligned columns, dashed rules, no vertical bars) hooked into the framework's
txt_table, and the two bad files.
"""
import importlib.util
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))


def _load_framework():
    """import gen_holdout11.py as a module without running it (its main() is guarded by __name__), drop the
    builders it registered at import time and point its module-level paths at this corpus"""
    spec = importlib.util.spec_from_file_location("gen_holdout11_fw", os.path.join(HERE, "gen_holdout11.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.BUILDERS.clear()
    mod.CORPUS = "holdout13"
    mod.BASE = os.environ.get("UNSEEN_OUT", "/work/unseen")
    mod.OUT = os.path.join(mod.BASE, mod.CORPUS)
    mod.GOLD = os.path.join(mod.BASE, "gold", mod.CORPUS)
    mod.LO_DIR = "/tmp/lo_holdout13"    # soffice runs with -env:UserInstallation=file:///tmp/lo_holdout13
    mod.NUMBER_WORDS.update({"одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12,
                             "тринадцать": 13, "тринадцати": 13, "четырёх": 4, "трёх": 3})
    return mod


fw = _load_framework()
Doc, Table, Cell, F, builder = fw.Doc, fw.Table, fw.Cell, fw.F, fw.builder
n, pc, safe, z, plural, join_ru, shr, band, parse_num = (fw.n, fw.pc, fw.safe, fw.z, fw.plural, fw.join_ru, fw.shr,
                                                          fw.band, fw.parse_num)
UU, TT, SU, RU = fw.UU, fw.TT, fw.SU, fw.RU
FQ = fw.FQ
NB, THIN, DASH = fw.NB, fw.THIN, fw.DASH
P145_SHORT = fw.P145_SHORT
FORMS4 = [UU, TT, SU, RU]


def nb(x):
    """an integer with a no-break space as the thousands separator"""
    return n(x, NB)


def th(x):
    """an integer with a thin space as the thousands separator"""
    return n(x, THIN)


# ============================================================================ a TXT layout the framework lacks
_framework_txt_table = fw.txt_table


def fixed_table(t):
    """a fixed-width table as typed in a plain-text editor: columns padded with spaces (two between columns),
    header cells wrapped and centred, numbers right-aligned, a dashed rule under the header, above the total row
    and at the end; no vertical bars. Column spans are allowed, row spans are not."""
    rows, kinds = t.rows_kinds()
    grid = t.layout(rows)
    widths = list(t.tw)
    gap = "  "
    full = sum(widths) + len(gap) * (len(widths) - 1)
    out = []
    prev = None
    for r, cells in enumerate(rows):
        kind = kinds[r]
        if (prev == "head" and kind != "head") or (kind == "total" and prev not in ("total", "head")):
            out.append("-" * full)
        segs = []
        c = 0
        while c < t.ncols:
            cell, origin = grid[r][c]
            assert origin and cell.rs == 1, "fixed-width tables take no row spans"
            w = sum(widths[c:c + cell.cs]) + len(gap) * (cell.cs - 1)
            lines = textwrap.wrap(" ".join(cell.text.split()), w, break_long_words=False,
                                  break_on_hyphens=False) or [""]
            assert all(len(x) <= w for x in lines), ("cell wider than its column", cell.text)
            numeric = kind != "head" and c > 0 and (parse_num(cell.text) is not None or cell.text.strip() == "х")
            segs.append((w, lines, "c" if kind == "head" else ("r" if numeric else "l")))
            c += cell.cs
        height = max(len(s[1]) for s in segs)
        for i in range(height):
            parts = []
            for w, lines, al in segs:
                text = lines[i] if i < len(lines) else ""
                parts.append(text.rjust(w) if al == "r" else (text.center(w) if al == "c" else text.ljust(w)))
            out.append(gap.join(parts).rstrip())
        prev = kind
    out.append("-" * full)
    return out


def _txt_table(t, mode):
    if mode == "fixed":
        return fixed_table(t)
    return _framework_txt_table(t, mode)


fw.txt_table = _txt_table       # render_txt looks the name up in its module at call time


# ============================================================================ город Обнинск: three documents
# cluster, full legal name (приказ), справка spelling (None: not in the справка), monitoring-sheet spelling
OBN = [
    ("obninsk/school-1", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 1 имени С.Т. Шацкого» города Обнинска", "МБОУ «СОШ № 1 им. С.Т. Шацкого»", "школа № 1"),
    ("obninsk/school-4", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 4» города Обнинска", "МБОУ «СОШ № 4»", "школа № 4"),
    ("obninsk/school-6", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 6» города Обнинска", "МБОУ «СОШ № 6»", "школа № 6"),
    ("obninsk/school-7", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 7» города Обнинска", "МБОУ СОШ № 7", "школа № 7"),
    ("obninsk/school-10", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 10» города Обнинска", "МБОУ «СОШ № 10»", "школа № 10"),
    ("obninsk/school-11", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 11» города Обнинска", "МБОУ «СОШ №11»", "школа № 11"),
    ("obninsk/school-12", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 12» города Обнинска", "МБОУ «СОШ № 12»", "школа № 12"),
    ("obninsk/school-13", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 13» города Обнинска", "МБОУ «СОШ № 13»", "школа № 13"),
    ("obninsk/gymnasium", "Муниципальное бюджетное общеобразовательное учреждение «Гимназия» города Обнинска",
     "МБОУ «Гимназия»", "Гимназия"),
    ("obninsk/lyceum-derzhava", "Муниципальное автономное общеобразовательное учреждение «Лицей «Держава»» "
     "города Обнинска", "МАОУ «Лицей «Держава»»", "Лицей «Держава»"),
    ("obninsk/udo-ddt", "Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества» "
     "города Обнинска", None, "ДДТ"),
]
OBN_HEAD = "Управление общего образования Администрации города Обнинска"


# ------------------------------------------------------------------ 1. Обнинск, приказ (docx): «от 31 августа 2023 г. … № 01-10/538»,
# appendix with the «Всего по городу» row at the TOP
@builder(13101)
def doc_obninsk_prikaz(rng):
    d = Doc("obninsk_prikaz_538_2023", "docx", "город Обнинск", kind="приказ", doc_date="2023-08-31",
            doc_number="01-10/538", author="Коновалова Е.Н.")
    rows = []
    for cl, full, _s, _x in OBN:
        d.org(full, cl)
        if cl == "obninsk/udo-ddt":
            tot = rng.randint(1100, 1600)
            p = int(tot * rng.uniform(0.07, 0.10))
        else:
            tot = rng.randint(520, 1380)
            p = int(tot * rng.uniform(0.20, 0.29))
        rows.append({"name": full, "tot": tot, "p": p})
    T, P = sum(r["tot"] for r in rows), sum(r["p"] for r in rows)
    assert shr(P, T) >= 20.5 and T >= 10000

    d.head(OBN_HEAD.upper())
    d.title("ПРИКАЗ")
    d.dateline("от 31 августа 2023 г.", "г. Обнинск", "№ 01-10/538")
    d.title("Об утверждении плановых показателей реализации\nцелевой модели наставничества на 2023/2024 учебный год")
    d.p("В соответствии с " + P145_SHORT + ", приказом министерства образования и науки Калужской области от "
        "17.08.2023 № 1204 «О мониторинге реализации целевой модели наставничества» ПРИКАЗЫВАЮ:")
    d.p(f"1. Утвердить плановые показатели вовлечения обучающихся в программы наставничества для "
        f"{len(rows)} муниципальных образовательных организаций (приложение).")
    d.c_count("organizations", "п. 1: для 11 муниципальных образовательных организаций", len(rows), len(rows))
    d.p(f"2. Руководителям образовательных организаций обеспечить в 2023/2024 учебном году вовлечение в программы "
        f"наставничества не менее {nb(P)} обучающихся в возрасте от 10 до 19 лет, что составляет {pc(shr(P, T))}% "
        f"от их общей численности ({nb(T)} человек) и соответствует муниципальному ориентиру (не менее 20%).")
    d.c_sum("planned_participants", "п. 2: не менее N обучающихся (сумма по приложению)", n(P),
            [r["p"] for r in rows])
    d.c_share("planned_participants", "п. 2: доля от численности обучающихся 10–19 лет", pc(shr(P, T)), P, T)
    d.c_sum("students_total", "п. 2: общая численность обучающихся 10–19 лет", n(T), [r["tot"] for r in rows])
    d.c_target("planned_participants", "п. 2: соответствует ориентиру не менее 20%", 20, shr(P, T))
    d.p("3. Муниципальному методическому центру (Левченко О.А.) до 15.09.2023 провести совещание кураторов "
        "целевой модели наставничества и до 25 числа последнего месяца каждого квартала обобщать сведения "
        "о её реализации.")
    d.p("4. Признать утратившим силу приказ Управления общего образования от 29.08.2022 № 01-10/471.")
    d.p("5. Контроль за исполнением настоящего приказа оставляю за собой.")
    d.sign("Начальник Управления общего образования                      Е.Н. Коновалова")
    d.pagebreak()
    d.right("Приложение\nк приказу Управления общего образования\nот 31.08.2023 № 01-10/538")
    t = Table(4, widths=[1.0, 9.2, 3.3, 3.5], font=10, hfont=9, caption="Плановые показатели на 2023/2024 учебный год",
              caption_align="center")
    t.hrow("№", "Образовательная организация", "Численность обучающихся в возрасте 10–19 лет, чел.",
           "Обучающиеся – участники программ наставничества (план), чел.")
    P_printed = P + 12          # PLANTED: the top «Всего по городу» of the plan is 12 more than the rows give
    t.row("total", [Cell("Всего по городу", cs=2, align="left"), nb(T), nb(P_printed)])
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(nb(r["tot"]), nm, "students_total"),
                      F(str(r["p"]), nm, "planned_participants")])
    d.table(t)
    d.c_sum("students_total", "строка «Всего по городу» (над строками ОО), обучающихся 10–19 лет", n(T),
            [r["tot"] for r in rows])
    d.c_sum("planned_participants", "строка «Всего по городу» (над строками ОО), план", n(P_printed),
            [r["p"] for r in rows], planted=True)
    return d


# ------------------------------------------------------------------ 2. Обнинск, справка (docx): units in a row of their own, the share
# column stands BEFORE its denominator, «н/д» for a missing value
@builder(13102)
def doc_obninsk_spravka(rng):
    d = Doc("obninsk_spravka_2024", "docx", "город Обнинск", as_of="2024-05-20", author="Левченко О.А.")
    rows = []
    for cl, _f, name, _x in OBN:
        if name is None:
            continue
        d.org(name, cl)
        b = (15.6, 19.5) if cl in ("obninsk/gymnasium", "obninsk/lyceum-derzhava") else (
            (7.2, 9.5) if cl in ("obninsk/school-12", "obninsk/school-13") else (10.6, 13.6))
        tot = rng.randint(520, 1380)
        e = band(rng, tot, *b)
        m = None if cl == "obninsk/school-13" else int(tot * rng.uniform(0.02, 0.05))
        pr = rng.randint(int(e * 0.55), int(e * 0.8))
        rows.append({"name": name, "cl": cl, "tot": tot, "e": e, "m": m, "pr": pr})
    T, E, PR = (sum(r[k] for r in rows) for k in ("tot", "e", "pr"))
    M = sum(r["m"] for r in rows if r["m"] is not None)
    for r in rows:
        assert safe(shr(r["e"], r["tot"]))
    assert shr(E, T) >= 12.3
    top = [r["name"] for r in rows if shr(r["e"], r["tot"]) >= 15]
    low = [r["name"] for r in rows if shr(r["e"], r["tot"]) < 10]
    lg = [r for r in rows if r["cl"] in ("obninsk/gymnasium", "obninsk/lyceum-derzhava")]
    A = sum(r["pr"] for r in lg)
    B = PR - A
    s6 = [r for r in rows if r["cl"] == "obninsk/school-6"][0]
    assert shr(s6["e"], s6["tot"]) <= 13.8

    d.head(OBN_HEAD.upper())
    d.title("Справка\nпо итогам мониторинга реализации целевой модели наставничества\n"
            "в общеобразовательных организациях города Обнинска")
    d.p("Мониторинг проведён муниципальным методическим центром по состоянию на 20 мая 2024 года. Сведения "
        "представили 10 общеобразовательных организаций города (далее – ОО); Дом детского творчества "
        "отчитывается по отдельной форме.")
    d.c_count("organizations", "сведения представили 10 ОО", 10, len(rows))
    t = Table(7, widths=[0.9, 5.4, 2.2, 2.4, 2.3, 2.2, 1.9], font=10, hfont=9,
              caption="Таблица. Вовлечённость обучающихся в программы наставничества", caption_align="center")
    t.hrow(Cell("№ п/п", rs=3), Cell("Общеобразовательная организация", rs=3),
           Cell("Обучающиеся – наставляемые", cs=2), Cell("Всего обучающихся в возрасте 10–19 лет", rs=2),
           Cell("Наставники из числа обучающихся 15–19 лет", rs=2), Cell("Наставнические пары (группы)", rs=2))
    t.hrow("количество", "доля от всех обучающихся 10–19 лет")
    t.hrow("чел.", "%", "чел.", "чел.", "ед.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        share = shr(r["e"], r["tot"])
        printed = pc(share + 1.0) if r["cl"] == "obninsk/school-6" else pc(share)   # PLANTED misprint (+1,0)
        r["printed"] = printed
        t.row("org", [str(k), Cell(nm, align="left"), F(str(r["e"]), nm, "mentees"),
                      F(printed, nm, "mentee_share_pct"), F(nb(r["tot"]), nm, "students_total"),
                      F("н/д" if r["m"] is None else str(r["m"]), nm, "mentors"), F(str(r["pr"]), nm, "pairs")])
    t.row("total", [Cell("Итого", cs=2, align="left"), n(E), pc(shr(E, T)), nb(T), str(M), n(PR)])
    d.table(t)
    for r in rows:
        d.c_share("mentee_share_pct", f"{r['name']}: доля, %", r["printed"], r["e"], r["tot"],
                  planted=r["cl"] == "obninsk/school-6")
    d.c_sum("mentees", "строка «Итого», наставляемые", n(E), [r["e"] for r in rows])
    d.c_share("mentee_share_pct", "строка «Итого», доля", pc(shr(E, T)), E, T)
    d.c_sum("students_total", "строка «Итого», всего обучающихся 10–19 лет", n(T), [r["tot"] for r in rows])
    d.c_sum("mentors", "строка «Итого», наставники (без «н/д»)", str(M), [r["m"] for r in rows if r["m"] is not None])
    d.c_sum("pairs", "строка «Итого», пары (группы)", n(PR), [r["pr"] for r in rows])
    d.p(f"В целом по городу в роли наставляемых выступают {nb(E)} обучающихся, или {pc(shr(E, T))}% от общего "
        f"числа обучающихся в возрасте 10–19 лет ({nb(T)} чел.). Муниципальный ориентир на 2024 год (12%) "
        f"достигнут.")
    d.c_sum("mentees", "в тексте: в целом по городу наставляемых", n(E), [r["e"] for r in rows])
    d.c_share("mentee_share_pct", "в тексте: доля от общего числа обучающихся 10–19 лет", pc(shr(E, T)), E, T)
    d.c_sum("students_total", "в тексте: обучающихся 10–19 лет", n(T), [r["tot"] for r in rows])
    d.c_target("mentee_share_pct", "муниципальный ориентир 12% достигнут", 12, shr(E, T))
    d.p(f"Не менее 15% обучающихся вовлечены в роли наставляемых только в {join_ru(top)}; ниже 10% этот показатель "
        f"в {join_ru(low)}.")
    d.c_member("mentee_share_pct", "не менее 15%: только в …", top, top)
    d.c_member("mentee_share_pct", "ниже 10%: список", low, low)
    d.p(f"Наставниками выступают {M} обучающихся 15–19 лет; сведения по этому показателю не представило "
        f"МБОУ «СОШ № 13» (в таблице – «н/д»).")
    d.c_sum("mentors", "в тексте: наставники из числа обучающихся", str(M),
            [r["m"] for r in rows if r["m"] is not None])
    d.p(f"Общее число наставнических пар (групп) – {nb(PR)}, из них в лицее и гимназии – {A}, в остальных восьми "
        f"школах – {B}. На одну школу приходится в среднем {pc(PR / len(rows))} пары.")
    d.c_sum("pairs", "в тексте: общее число пар", n(PR), [r["pr"] for r in rows])
    d.c_comp("pairs", "пары = лицей и гимназия + остальные школы", n(PR), [A, B])
    d.c_count("organizations", "в остальных восьми школах", 8, len(rows) - len(lg))
    d.c_ratio("pairs", "на одну школу в среднем пар", pc(PR / len(rows)), PR, len(rows))
    d.sign("Директор муниципального методического центра                 О.А. Левченко")
    return d


# ------------------------------------------------------------------ 3. Обнинск, мониторинг (xlsx, two sheets): sheet 1 is transposed
# (organizations are columns) with the total COLUMN before the organizations; sheet 2 young teachers
@builder(13103)
def doc_obninsk_monitoring(rng):
    d = Doc("obninsk_monitoring_2024", "xlsx", "город Обнинск", as_of="2024-05-31", author="ММЦ")
    su_set = {"obninsk/school-1", "obninsk/school-10", "obninsk/gymnasium", "obninsk/lyceum-derzhava"}
    ru_set = {"obninsk/school-4", "obninsk/school-12", "obninsk/lyceum-derzhava"}
    O, data = [], {}
    for cl, _f, _s, name in OBN:
        d.org(name, cl)
        O.append(name)
        ddt = cl == "obninsk/udo-ddt"
        p = {UU: rng.randint(14, 52), TT: 0 if ddt else rng.randint(2, 8),
             SU: rng.randint(2, 7) if cl in su_set else 0, RU: rng.randint(1, 4) if cl in ru_set else 0}
        s = sum(p.values())
        e = s + rng.randint(s // 6, s // 2)
        m = s - rng.randint(0, s // 5)
        yt = 0 if ddt else rng.randint(2, 8)
        ym = yt - (rng.randint(1, 2) if cl in ("obninsk/school-7", "obninsk/school-13") else 0)
        data[name] = {"cl": cl, "p": p, "e": e, "m": m, "yt": yt, "ym": ym}
    tp = {f: sum(data[o]["p"][f] for o in O) for f in FORMS4}
    PR, E, M = sum(tp.values()), sum(data[o]["e"] for o in O), sum(data[o]["m"] for o in O)
    schools = [o for o in O if data[o]["cl"] != "obninsk/udo-ddt"]
    YT, YM = sum(data[o]["yt"] for o in schools), sum(data[o]["ym"] for o in schools)
    for o in schools:
        assert safe(shr(data[o]["ym"], data[o]["yt"]))
    assert safe(shr(YM, YT)) and safe(E / M)
    su = [o for o in O if data[o]["p"][SU]]
    ru = [o for o in O if data[o]["p"][RU]]
    notfull = [o for o in schools if data[o]["ym"] < data[o]["yt"]]

    d.sheet("Формы наставничества", widths=[34, 10] + [9] * len(O))
    d.title("Мониторинг реализации форм наставничества в образовательных организациях города Обнинска")
    d.plain("Отчётная дата: 31.05.2024")
    t = Table(len(O) + 2)
    t.hrow("Показатель", "Итого по городу", *O)
    t.group("Количество наставнических пар (групп) по формам наставничества, ед.")
    su_printed = tp[SU] + 2     # PLANTED: the total column of «студент – ученик» is 2 more than the row gives
    for f in FORMS4:
        t.row("tdata", [FQ[f].strip("«»"), str(su_printed if f == SU else tp[f])]
              + [F(z(data[o]["p"][f]), o, "pairs", f) for o in O])
    t.row("tdata", ["Наставников, всего, чел.", str(M)] + [F(str(data[o]["m"]), o, "mentors") for o in O])
    t.row("tdata", ["Наставляемых, всего, чел.", str(E)] + [F(str(data[o]["e"]), o, "mentees") for o in O])
    d.table(t)
    for f in FORMS4:
        d.c_sum("pairs", f"столбец «Итого по городу», пар в форме {FQ[f]}", str(su_printed if f == SU else tp[f]),
                [data[o]["p"][f] for o in O], planted=f == SU)
    d.c_sum("mentors", "столбец «Итого по городу», наставников", str(M), [data[o]["m"] for o in O])
    d.c_sum("mentees", "столбец «Итого по городу», наставляемых", str(E), [data[o]["e"] for o in O])
    d.p(f"Всего по городу сформировано {PR} наставнических пар (групп), из них: «ученик – ученик» – {tp[UU]}, "
        f"«учитель – учитель» – {tp[TT]}, «студент – ученик» – {tp[SU]}, «работодатель – ученик» – {tp[RU]}. "
        f"На одного наставника приходится в среднем {pc(E / M)} наставляемого.")
    d.c_comp("pairs", "всего пар = сумма по четырём формам", str(PR), [tp[f] for f in FORMS4])
    d.c_sum("pairs", f"в тексте: пар в форме {FQ[SU]}", str(tp[SU]), [data[o]["p"][SU] for o in O])
    d.c_ratio("mentees", "в среднем наставляемых на одного наставника", pc(E / M), E, M)
    d.p(f"Форма «студент – ученик» реализуется в четырёх организациях, «работодатель – ученик» – только в "
        f"{join_ru(ru)}.")
    d.c_count("pairs", f"форма {FQ[SU]} в четырёх организациях", 4, len(su))
    d.c_member("pairs", f"форма {FQ[RU]}: только в …", ru, ru)

    d.sheet("Молодые педагоги", widths=[6, 26, 18, 18, 12])
    d.title("Закрепление наставников за молодыми педагогами (стаж работы до 3 лет)")
    t2 = Table(5)
    t2.hrow("№", "ОО", "Молодые педагоги, чел.", "из них закреплены за наставниками, чел.", "Доля, %")
    for k, o in enumerate(schools, 1):
        r = data[o]
        t2.row("org", [str(k), o, F(str(r["yt"]), o, "young_teachers"), F(str(r["ym"]), o, "young_teacher_mentees"),
                       F(pc(shr(r["ym"], r["yt"])), o, "young_teacher_mentee_share_pct")])
    t2.row("total", ["", "Итого", str(YT), str(YM), pc(shr(YM, YT))])
    d.table(t2)
    for o in schools:
        d.c_share("young_teacher_mentee_share_pct", f"{o}: доля, %", pc(shr(data[o]["ym"], data[o]["yt"])),
                  data[o]["ym"], data[o]["yt"])
    d.c_sum("young_teachers", "строка «Итого», молодые педагоги", str(YT), [data[o]["yt"] for o in schools])
    d.c_sum("young_teacher_mentees", "строка «Итого», закреплены", str(YM), [data[o]["ym"] for o in schools])
    d.c_share("young_teacher_mentee_share_pct", "строка «Итого», доля", pc(shr(YM, YT)), YM, YT)
    d.p(f"Из {YT} молодых педагогов наставники закреплены за {YM}, т. е. {pc(shr(YM, YT))}%. Охват 100% – во всех "
        f"школах, кроме: {join_ru(notfull)}.")
    d.c_sum("young_teachers", "в тексте: молодых педагогов", str(YT), [data[o]["yt"] for o in schools])
    d.c_sum("young_teacher_mentees", "в тексте: закреплены наставники", str(YM), [data[o]["ym"] for o in schools])
    d.c_share("young_teacher_mentee_share_pct", "в тексте: доля закреплённых", pc(shr(YM, YT)), YM, YT)
    d.c_member("young_teacher_mentees", "охват ниже 100%: список", notfull, notfull)
    d.plain("Исполнитель: методист ММЦ Гусева Т.В., тел. 8 (484) 395-41-18")
    return d


# ============================================================================ Чистопольский район: two documents
# cluster, PDF spelling, TXT spelling, type (s = средняя, o = основная)
CHI = [
    ("chistopol/school-2", "МБОУ «СОШ № 2» г. Чистополя", "СОШ № 2 г. Чистополь", "s"),
    ("chistopol/gymnasium-2", "МБОУ «Гимназия № 2» г. Чистополя", "Гимназия № 2", "s"),
    ("chistopol/school-4", "МБОУ «СОШ № 4 с углублённым изучением отдельных предметов» г. Чистополя",
     "СОШ № 4 с УИОП", "s"),
    ("chistopol/school-16", "МБОУ «СОШ № 16» г. Чистополя", "СОШ № 16", "s"),
    ("chistopol/kargalinskaya", "МБОУ «Каргалинская СОШ»", "школа с. Каргали", "s"),
    ("chistopol/buldyrskaya", "МБОУ «Булдырская СОШ»", "Булдырская СОШ", "s"),
    ("chistopol/kubassinskaya", "МБОУ «Кубассинская СОШ»", "СОШ с. Кубассы", "s"),
    ("chistopol/nizhnekargalinskaya", "МБОУ «Нижнекаргалинская ООШ»", "Нижнекаргалинская основная школа", "o"),
    ("chistopol/adelshinskaya", "МБОУ «Адельшинская ООШ»", "ООШ с. Адельшино", "o"),
    ("chistopol/tatarsko-baganinskaya", "МБОУ «Татарско-Баганинская ООШ»", "Татарско-Баганинская ООШ", "o"),
]


# ------------------------------------------------------------------ 4. Чистопольский район (pdf, ruled): per-form pair columns, groups
# by school type with subtotals, counts by school type in the text
@builder(13104)
def doc_chistopol_analiz(rng):
    d = Doc("chistopol_analiz_2023", "pdf", "Чистопольский район", as_of="2023-12-15", author="Хайруллина Г.Р.",
            landscape=True)
    pres = {"chistopol/school-2": (1, 1, 1, 1), "chistopol/gymnasium-2": (1, 1, 1, 0),
            "chistopol/school-4": (1, 1, 1, 1), "chistopol/school-16": (1, 1, 1, 0),
            "chistopol/kargalinskaya": (1, 1, 0, 1), "chistopol/buldyrskaya": (1, 1, 0, 1),
            "chistopol/kubassinskaya": (1, 1, 0, 1), "chistopol/nizhnekargalinskaya": (1, 1, 0, 1),
            "chistopol/adelshinskaya": (1, 0, 0, 0), "chistopol/tatarsko-baganinskaya": (1, 1, 0, 0)}
    sosh, oosh = [], []
    for cl, name, _t, typ in CHI:
        d.org(name, cl)
        big = typ == "s" and "г. Чистополя" in name
        pf = pres[cl]
        p = {UU: (rng.randint(18, 46) if big else rng.randint(4, 12)) * pf[0], TT: rng.randint(2, 7) * pf[1],
             SU: rng.randint(2, 6) * pf[2], RU: rng.randint(1, 3) * pf[3]}
        s = sum(p.values())
        e = s + rng.randint(s // 5, s // 2)
        m = s - rng.randint(0, s // 5)
        (sosh if typ == "s" else oosh).append({"name": name, "p": p, "e": e, "m": m})
    rows = sosh + oosh

    def tots(rs):
        return {**{f: sum(r["p"][f] for r in rs) for f in FORMS4}, "e": sum(r["e"] for r in rs),
                "m": sum(r["m"] for r in rs)}
    TS, TO, TA = tots(sosh), tots(oosh), tots(rows)
    PR = sum(TA[f] for f in FORMS4)
    cnt = {f: (sum(1 for r in sosh if r["p"][f]), sum(1 for r in oosh if r["p"][f])) for f in FORMS4}
    assert cnt[TT] == (7, 2) and cnt[SU] == (4, 0) and sum(cnt[RU]) == 6
    assert safe(shr(TA[UU], PR))

    d.head("МКУ «УПРАВЛЕНИЕ ОБРАЗОВАНИЯ ИСПОЛНИТЕЛЬНОГО КОМИТЕТА\nЧИСТОПОЛЬСКОГО МУНИЦИПАЛЬНОГО РАЙОНА "
           "РЕСПУБЛИКИ ТАТАРСТАН»")
    d.title("Аналитическая справка\nо реализации форм наставничества\nв общеобразовательных организациях "
            "Чистопольского муниципального района")
    d.p("Сведения обобщены по состоянию на 15.12.2023 по данным, представленным общеобразовательными "
        "организациями в рамках муниципального мониторинга.")
    d.p(f"Программы наставничества реализуют все {len(rows)} общеобразовательных организаций района: "
        f"{len(sosh)} средних (включая гимназию) и {len(oosh)} основные школы.")
    d.c_count("organizations", "все 10 ОО района", len(rows), len(rows))
    d.c_count("organizations", "7 средних школ", len(sosh), len(sosh))
    d.c_count("organizations", "3 основные школы", len(oosh), len(oosh))
    t = Table(8, widths=[0.9, 8.2, 2.9, 2.9, 2.9, 3.2, 2.8, 2.8], font=10, hfont=9, caption="Таблица 1")
    t.hrow(Cell("№", rs=2), Cell("Наименование ОО", rs=2),
           Cell("Количество наставнических пар (групп) по формам, ед.", cs=4),
           Cell("Наставляемых, всего, чел.", rs=2), Cell("Наставников, всего, чел.", rs=2))
    t.hrow("ученик – ученик", "учитель – учитель", "студент – ученик", "работодатель – ученик")
    k = 0
    for label, group, tt, sub in (("Средние общеобразовательные школы", sosh, TS, "Итого по СОШ"),
                                  ("Основные общеобразовательные школы", oosh, TO, "Итого по ООШ")):
        t.group(label)
        for r in group:
            k += 1
            nm = r["name"]
            t.row("org", [str(k), Cell(nm, align="left")] + [F(z(r["p"][f]), nm, "pairs", f) for f in FORMS4]
                  + [F(str(r["e"]), nm, "mentees"), F(str(r["m"]), nm, "mentors")])
        t.row("total", [Cell(sub, cs=2, align="left")] + [str(tt[f]) for f in FORMS4] + [str(tt["e"]), str(tt["m"])])
    t.row("total", [Cell("Всего по району", cs=2, align="left")] + [str(TA[f]) for f in FORMS4]
          + [str(TA["e"]), str(TA["m"])])
    d.table(t)
    for sub, group, tt in (("«Итого по СОШ»", sosh, TS), ("«Итого по ООШ»", oosh, TO), ("«Всего по району»", rows, TA)):
        for f in FORMS4:
            if tt[f]:
                d.c_sum("pairs", f"строка {sub}, пар в форме {FQ[f]}", str(tt[f]), [r["p"][f] for r in group])
        d.c_sum("mentees", f"строка {sub}, наставляемых", str(tt["e"]), [r["e"] for r in group])
        d.c_sum("mentors", f"строка {sub}, наставников", str(tt["m"]), [r["m"] for r in group])
    d.p(f"Общее число наставнических пар (групп) в районе – {PR}; на форму «ученик – ученик» приходится "
        f"{pc(shr(TA[UU], PR))}% из них.")
    d.c_sum("pairs", "в тексте: общее число пар (все формы)", str(PR), [r["p"][f] for r in rows for f in FORMS4])
    d.c_share("pairs", f"доля пар формы {FQ[UU]}", pc(shr(TA[UU], PR)), TA[UU], PR)
    d.p("Форма «учитель – учитель» реализуется в 7 средних и 2 основных школах. Форма «студент – ученик» – в пяти "
        "средних школах города во взаимодействии с Чистопольским сельскохозяйственным техникумом имени Г.И. "
        "Усманова. Форму «работодатель – ученик» реализуют не менее половины школ района (6 из 10).")
    d.c_count("pairs", f"форма {FQ[TT]}: в 7 средних школах", 7, cnt[TT][0])
    d.c_count("pairs", f"форма {FQ[TT]}: в 2 основных школах", 2, cnt[TT][1])
    # PLANTED: «студент – ученик» has pairs in 4 средних школах, not 5
    d.c_count("pairs", f"форма {FQ[SU]}: в пяти средних школах", 5, cnt[SU][0], planted=True)
    d.c_count("pairs", f"форма {FQ[RU]}: 6 из 10 школ", 6, sum(cnt[RU]))
    d.c_count("organizations", f"форма {FQ[RU]}: … из 10", 10, len(rows))
    d.c_target("pairs", f"форма {FQ[RU]}: не менее половины школ", 50, shr(sum(cnt[RU]), len(rows)))
    d.sign("Начальник МКУ «Управление образования»                        Г.Р. Хайруллина")
    return d


# ------------------------------------------------------------------ 5. Чистопольский район (txt, cp1251, fixed-width table)
@builder(13105)
def doc_chistopol_svedeniya(rng):
    d = Doc("chistopol_svedeniya_2024", "txt", "Чистопольский район", as_of="2024-06-01", enc="cp1251",
            txt_mode="fixed")
    four = {"chistopol/school-2", "chistopol/gymnasium-2"}
    rows = []
    for cl, _p, name, typ in CHI:
        d.org(name, cl)
        fc = 4 if cl in four else (rng.randint(2, 3) if typ == "s" else rng.randint(1, 2))
        pr = rng.randint(3, 8) * fc + rng.randint(0, 4)
        e = pr + rng.randint(pr // 5, pr // 2)
        m = pr - rng.randint(0, pr // 5)
        rows.append({"name": name, "cl": cl, "fc": fc, "pr": pr, "e": e, "m": m})
    PR, E, M = (sum(r[k] for r in rows) for k in ("pr", "e", "m"))
    three = [r for r in rows if r["fc"] >= 3]
    assert len(three) == 6 and safe(PR / len(rows))
    fours = [r["name"] for r in rows if r["fc"] == 4]

    d.title("СВЕДЕНИЯ\nо реализации программ наставничества в общеобразовательных организациях\n"
            "Чистопольского муниципального района Республики Татарстан\nпо состоянию на 1 июня 2024 г.")
    t = Table(6)
    t.tw = [3, 34, 7, 8, 13, 12]
    t.hrow("№", "Образовательная организация", "Форм, ед.", "Пар (групп), ед.", "Наставляемых, чел.",
           "Наставников, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [f"{k}.", nm, F(str(r["fc"]), nm, "forms_count"), F(str(r["pr"]), nm, "pairs"),
                      F(str(r["e"]), nm, "mentees"), F(str(r["m"]), nm, "mentors")])
    t.row("total", ["", "ВСЕГО", "х", str(PR), str(E), str(M)])
    d.table(t)
    d.c_sum("pairs", "строка «ВСЕГО», пар (групп)", str(PR), [r["pr"] for r in rows])
    d.c_sum("mentees", "строка «ВСЕГО», наставляемых", str(E), [r["e"] for r in rows])
    d.c_sum("mentors", "строка «ВСЕГО», наставников", str(M), [r["m"] for r in rows])
    stated = pc(PR / len(rows) + 1.0)       # PLANTED: the mean number of pairs per school is overstated by 1,0
    d.p(f"Общее число наставляемых – {E}, наставников – {M}. На одну школу приходится в среднем {stated} "
        f"наставнической пары (группы).")
    d.c_sum("mentees", "в тексте: общее число наставляемых", str(E), [r["e"] for r in rows])
    d.c_sum("mentors", "в тексте: наставников", str(M), [r["m"] for r in rows])
    d.c_ratio("pairs", "на одну школу в среднем пар", stated, PR, len(rows), planted=True)
    d.p(f"Не менее половины школ ({len(three)} из {len(rows)}) реализуют три и более форм наставничества; все "
        f"четыре формы – только в школах: {join_ru(fours)}.")
    d.c_count("forms_count", "три и более форм: 6 школ", len(three), len(three))
    d.c_count("organizations", "… из 10", len(rows), len(rows))
    d.c_target("forms_count", "три и более форм: не менее половины школ", 50, shr(len(three), len(rows)))
    d.c_member("forms_count", "все четыре формы: только в …", fours, fours)
    d.plain("Ведущий специалист МКУ «Управление образования»     Сафина Л.М.")
    return d


# ============================================================================ Ангарский городской округ
ANG = [
    ("МБОУ «СОШ № 1»", "angarsk/school-1"),
    ("МБОУ «Гимназия № 1»", "angarsk/gymnasium-1"),
    ("МАОУ «Лицей № 2»", "angarsk/lyceum-2"),
    ("МБОУ «СОШ № 4»", "angarsk/school-4"),
    ("МБОУ «СОШ № 10»", "angarsk/school-10"),
    ("МБОУ «СОШ № 19»", "angarsk/school-19"),
    ("МБОУ «СОШ № 29»", "angarsk/school-29"),
    ("МАОУ «СОШ № 40»", "angarsk/school-40"),
    ("МБОУ «Мегетская СОШ»", "angarsk/megetskaya"),
    ("МБОУ «Одинская СОШ»", "angarsk/odinskaya"),
    ("МБОУ «Савватеевская СОШ»", "angarsk/savvateevskaya"),
    ("МАУ ДО «Дворец творчества детей и молодёжи»", "angarsk/udo-dvorec"),
]


# ------------------------------------------------------------------ 6. Ангарский городской округ (pdf, NO rules): right-aligned numbers,
# thin-space thousands separators
@builder(13106)
def doc_angarsk(rng):
    d = Doc("angarsk_spravka_2023", "pdf", "Ангарский городской округ", as_of="2023-12-01", author="Трофимова Н.С.")
    four = {"angarsk/gymnasium-1", "angarsk/lyceum-2", "angarsk/school-40"}
    rows = []
    for name, cl in ANG:
        d.org(name, cl)
        if cl == "angarsk/udo-dvorec":
            tot, fc = rng.randint(2100, 2900), 2
        elif cl in ("angarsk/odinskaya", "angarsk/savvateevskaya"):
            tot, fc = rng.randint(90, 260), rng.randint(1, 2)
        else:
            tot, fc = rng.randint(640, 1580), (4 if cl in four else rng.randint(2, 3))
        x = int(tot * rng.uniform(0.16, 0.34))
        y = rng.randint(6, 31) if tot > 500 else rng.randint(2, 6)
        rows.append({"name": name, "tot": tot, "fc": fc, "x": x, "y": y})
    T, X, Y = (sum(r[k] for r in rows) for k in ("tot", "x", "y"))
    fours = [r["name"] for r in rows if r["fc"] == 4]
    assert len(fours) == 3 and safe(shr(X, T)) and safe(Y / len(rows)) and X >= 1000
    N_stated = X + Y + 10       # PLANTED: the stated grand total is 10 more than its two parts

    d.head("АДМИНИСТРАЦИЯ АНГАРСКОГО ГОРОДСКОГО ОКРУГА\nУПРАВЛЕНИЕ ОБРАЗОВАНИЯ")
    d.title("Информационная справка\nо вовлечённости обучающихся и педагогов в программы наставничества")
    d.p("Справка подготовлена по результатам мониторинга; данные на 1 декабря 2023 г. представлены 11 "
        "общеобразовательными организациями и Дворцом творчества детей и молодёжи.")
    d.c_count("organizations", "11 общеобразовательных организаций", 11, len(rows) - 1)
    t = Table(6, widths=[0.9, 5.1, 2.75, 2.75, 2.75, 2.75], font=10, hfont=9, ruled=False, hbold=False,
              caption="Таблица")
    t.hrow("№", "Организация", "Всего обучающихся, чел.", "Реализуемых форм, ед.", "Вовлечено обучающихся, чел.",
           "Вовлечено педагогов, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(th(r["tot"]), nm, "students_total"),
                      F(str(r["fc"]), nm, "forms_count"), F(th(r["x"]), nm, "students_involved"),
                      F(str(r["y"]), nm, "teachers_involved")])
    t.row("total", ["", Cell("Итого по округу", align="left"), nb(T), "", nb(X), str(Y)])
    d.table(t)
    d.c_sum("students_total", "строка «Итого по округу», всего обучающихся", n(T), [r["tot"] for r in rows])
    d.c_sum("students_involved", "строка «Итого по округу», вовлечено обучающихся", n(X), [r["x"] for r in rows])
    d.c_sum("teachers_involved", "строка «Итого по округу», вовлечено педагогов", str(Y), [r["y"] for r in rows])
    d.p(f"Суммарно в программы наставничества вовлечены {nb(N_stated)} человек, из них {nb(X)} обучающихся и "
        f"{Y} педагогических работников. Доля вовлечённых обучающихся от их общего числа ({nb(T)}) – "
        f"{pc(shr(X, T))}%.")
    d.c_comp("students_involved", "суммарно вовлечено = обучающиеся + педагоги", n(N_stated), [X, Y], planted=True)
    d.c_sum("students_involved", "в тексте: обучающихся", n(X), [r["x"] for r in rows])
    d.c_sum("teachers_involved", "в тексте: педагогических работников", str(Y), [r["y"] for r in rows])
    d.c_sum("students_total", "в тексте: общее число обучающихся", n(T), [r["tot"] for r in rows])
    d.c_share("students_involved", "доля вовлечённых обучающихся", pc(shr(X, T)), X, T)
    d.p(f"На одну организацию приходится в среднем {pc(Y / len(rows))} педагога – участника программ. Все четыре "
        f"формы наставничества реализуют менее трети организаций ({len(fours)} из {len(rows)}): "
        f"{join_ru(fours)}.")
    d.c_ratio("teachers_involved", "на одну организацию в среднем педагогов", pc(Y / len(rows)), Y, len(rows))
    d.c_count("forms_count", "все четыре формы: 3 организации", len(fours), len(fours))
    d.c_count("organizations", "… из 12", len(rows), len(rows))
    d.c_target("forms_count", "все четыре формы: менее трети", 100 / 3, shr(len(fours), len(rows)), achieved=False)
    d.c_member("forms_count", "все четыре формы: список", fours, fours)
    d.sign("Начальник отдела общего образования                          Н.С. Трофимова")
    return d


# ============================================================================ Рославльский район
ROS = [  # printed name, cluster, has partners
    ("МБОУ «Средняя школа № 1» г. Рославля", "roslavl/school-1", 1),
    ("МБОУ «Средняя школа № 2» г. Рославля", "roslavl/school-2", 1),
    ("МБОУ «Средняя школа № 3» г. Рославля", "roslavl/school-3", 0),
    ("МБОУ «Средняя школа № 7» г. Рославля", "roslavl/school-7", 1),
    ("МБОУ «Средняя школа № 9» г. Рославля", "roslavl/school-9", 0),
    ("МБОУ «Остерская СШ»", "roslavl/osterskaya", 1),
    ("Филиал МБОУ «Остерская СШ» – Хорошовская основная школа", "roslavl/osterskaya-filial-khoroshovo", 0),
    ("МБОУ «Астапковичская СШ»", "roslavl/astapkovichskaya", 1),
    ("МБОУ «Крапивенская СШ»", "roslavl/krapivenskaya", 0),
    ("МБОУ «Перенская СШ»", "roslavl/perenskaya", 0),
    ("МБОУ «Липовская ОШ»", "roslavl/lipovskaya", 0),
    ("МБОУ «Грязенятская ОШ»", "roslavl/gryazenyatskaya", 0),
]


# ------------------------------------------------------------------ 7. Рославльский район (pdf, horizontal rules only)
@builder(13107)
def doc_roslavl(rng):
    d = Doc("roslavl_itogi_2023", "pdf", "Рославльский район", as_of="2023-12-29", author="Ковалёва И.П.")
    rows = []
    for name, cl, part in ROS:
        d.org(name, cl)
        town = "г. Рославля" in name
        small = "ОШ" in name.replace("СШ", "") or "основная" in name
        fc = (rng.randint(3, 4) if town else rng.randint(2, 3)) if not small else 1 + part
        fc = max(fc, 2) if part else fc
        pr = rng.randint(12, 30) if town else rng.randint(3, 9)
        e = pr + rng.randint(pr // 5, pr // 2)
        m = pr - rng.randint(0, pr // 5)
        pe = rng.randint(1, 3) * part
        rows.append({"name": name, "fc": fc, "pr": pr, "e": e, "m": m, "pe": pe})
    PR, E, M, PE = (sum(r[k] for r in rows) for k in ("pr", "e", "m", "pe"))
    withp = [r for r in rows if r["pe"]]
    assert len(withp) == 5 and safe(E / M)

    d.head("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «РОСЛАВЛЬСКИЙ РАЙОН» СМОЛЕНСКОЙ ОБЛАСТИ\n"
           "КОМИТЕТ ОБРАЗОВАНИЯ")
    d.title("Итоги реализации целевой модели наставничества\nв общеобразовательных организациях за 2023 год")
    d.p("Информация составлена по состоянию на 29.12.2023 на основании отчётов образовательных организаций, "
        "включая филиал МБОУ «Остерская СШ».")
    t = Table(7, widths=[0.9, 5.4, 1.4, 1.7, 2.6, 2.5, 2.5], font=10, hfont=8, ruled="h", hbold=False,
              caption="Таблица")
    t.hrow("№", "Образовательная организация", "Форм, ед.", "Пар (групп), ед.", "Наставляемых, чел.",
           "Наставников, чел.", "Предприятий-партнёров, ед.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(str(r["fc"]), nm, "forms_count"),
                      F(str(r["pr"]), nm, "pairs"), F(str(r["e"]), nm, "mentees"), F(str(r["m"]), nm, "mentors"),
                      F(z(r["pe"]), nm, "partner_enterprises")])
    t.row("total", ["", Cell("Итого", align="left"), "", str(PR), str(E), str(M), str(PE)])
    d.table(t)
    d.c_sum("pairs", "строка «Итого», пар (групп)", str(PR), [r["pr"] for r in rows])
    d.c_sum("mentees", "строка «Итого», наставляемых", str(E), [r["e"] for r in rows])
    d.c_sum("mentors", "строка «Итого», наставников", str(M), [r["m"] for r in rows])
    d.c_sum("partner_enterprises", "строка «Итого», предприятий-партнёров", str(PE), [r["pe"] for r in rows])
    d.p(f"Общее число наставнических пар (групп) по итогам года – {PR}; наставляемых – {E}, наставников – {M}. "
        f"На одного наставника в среднем приходится {pc(E / M)} наставляемого.")
    d.c_sum("pairs", "в тексте: общее число пар", str(PR), [r["pr"] for r in rows])
    d.c_sum("mentees", "в тексте: наставляемых", str(E), [r["e"] for r in rows])
    d.c_sum("mentors", "в тексте: наставников", str(M), [r["m"] for r in rows])
    d.c_ratio("mentees", "наставляемых на одного наставника", pc(E / M), E, M)
    d.p(f"Форму «работодатель – ученик» школы реализуют при участии предприятий-партнёров ({PE} "
        f"{plural(PE, 'предприятие', 'предприятия', 'предприятий')}). Эта форма реализуется в {len(withp)} "
        f"организациях района; муниципальный ориентир (не менее половины школ) достигнут.")
    d.c_sum("partner_enterprises", "в тексте: предприятий-партнёров", str(PE), [r["pe"] for r in rows])
    d.c_count("partner_enterprises", f"форма {FQ[RU]} («эта форма») в 5 организациях", len(withp), len(withp))
    # PLANTED: 5 of 12 (41,7%) is not «не менее половины»
    d.c_target("partner_enterprises", f"форма {FQ[RU]}: ориентир не менее половины школ достигнут", 50,
               shr(len(withp), len(rows)), planted=True)
    d.sign("Председатель комитета образования                            И.П. Ковалёва")
    return d


# ============================================================================ Льговский район
LGOV_S = [("МКОУ «Банищанская СОШ»", "lgov/banishchanskaya"), ("МКОУ «Большеугонская СОШ»", "lgov/bolsheugonskaya"),
          ("МКОУ «Густомойская СОШ»", "lgov/gustomoyskaya"), ("МКОУ «Иванчиковская СОШ»", "lgov/ivanchikovskaya"),
          ("МКОУ «Кромбыковская СОШ»", "lgov/krombykovskaya"), ("МКОУ «Марицкая СОШ»", "lgov/maritskaya"),
          ("МКОУ «Ольшанская СОШ»", "lgov/olshanskaya"), ("МКОУ «Шерекинская СОШ»", "lgov/sherekinskaya")]
LGOV_O = [("МКОУ «Малоугонская ООШ»", "lgov/malougonskaya"), ("МКОУ «Борисовская ООШ»", "lgov/borisovskaya"),
          ("МКОУ «Колпаковская ООШ»", "lgov/kolpakovskaya"), ("МКОУ «Римская ООШ»", "lgov/rimskaya"),
          ("МКОУ «Сугровская ООШ»", "lgov/sugrovskaya")]


# ------------------------------------------------------------------ 8. Льговский район (docx): two tables side by side in ONE Word table
@builder(13108)
def doc_lgov(rng):
    d = Doc("lgov_svedeniya_2023", "docx", "Льговский район", as_of="2023-12-25", author="Сидоренко В.А.")
    sosh, oosh = [], []
    for src, dst, lo, hi in ((LGOV_S, sosh, 5, 16), (LGOV_O, oosh, 2, 6)):
        for name, cl in src:
            d.org(name, cl)
            p = rng.randint(lo, hi)
            e = p + rng.randint(0, p // 2 + 1)
            dst.append({"name": name, "p": p, "e": e})
    rows = sosh + oosh
    SP, SE, OP, OE = (sum(r["p"] for r in sosh), sum(r["e"] for r in sosh), sum(r["p"] for r in oosh),
                      sum(r["e"] for r in oosh))
    PR, E = SP + OP, SE + OE
    assert safe(E / len(rows))

    d.head("АДМИНИСТРАЦИЯ ЛЬГОВСКОГО РАЙОНА КУРСКОЙ ОБЛАСТИ\nУПРАВЛЕНИЕ ОБРАЗОВАНИЯ")
    d.title("Сведения\nо наставнических парах и наставляемых в общеобразовательных организациях\n"
            "Льговского района (по состоянию на 25 декабря 2023 г.)")
    d.p(f"Программы наставничества реализуются в {len(sosh)} средних и {len(oosh)} основных школах района. "
        f"Сведения по средним и основным школам приведены в одной таблице, в двух частях.")
    d.c_count("organizations", "в 8 средних школах", len(sosh), len(sosh))
    d.c_count("organizations", "в 5 основных школах", len(oosh), len(oosh))
    W = [0.7, 4.3, 1.7, 1.8]
    t = Table(8, widths=W + W, font=10, hfont=9, caption="Таблица")
    t.hrow(Cell("Средние общеобразовательные школы", cs=4), Cell("Основные общеобразовательные школы", cs=4))
    t.hrow("№", "ОО", "Пар (групп), ед.", "Наставляемых, чел.", "№", "ОО", "Пар (групп), ед.", "Наставляемых, чел.")
    for i in range(len(sosh)):
        a = sosh[i]
        left = [str(i + 1), Cell(a["name"], align="left"), F(str(a["p"]), a["name"], "pairs"),
                F(str(a["e"]), a["name"], "mentees")]
        if i < len(oosh):
            b = oosh[i]
            right = [str(i + 1), Cell(b["name"], align="left"), F(str(b["p"]), b["name"], "pairs"),
                     F(str(b["e"]), b["name"], "mentees")]
        else:
            right = ["", "", "", ""]
        t.row("org", left + right)
    OP_printed = OP + 1         # PLANTED: «Итого по ООШ» pairs is 1 more than its column gives
    t.row("total", ["", Cell("Итого по СОШ", align="left"), str(SP), str(SE),
                    "", Cell("Итого по ООШ", align="left"), str(OP_printed), str(OE)])
    d.table(t)
    d.c_sum("pairs", "строка «Итого по СОШ», пар", str(SP), [r["p"] for r in sosh])
    d.c_sum("mentees", "строка «Итого по СОШ», наставляемых", str(SE), [r["e"] for r in sosh])
    d.c_sum("pairs", "строка «Итого по ООШ», пар", str(OP_printed), [r["p"] for r in oosh], planted=True)
    d.c_sum("mentees", "строка «Итого по ООШ», наставляемых", str(OE), [r["e"] for r in oosh])
    d.p(f"В целом по району сформировано {PR} наставнических пар (групп), в них {E} наставляемых; в среднем "
        f"по району на одну школу приходится {pc(E / len(rows))} наставляемого.")
    d.c_sum("pairs", "в тексте: в целом по району пар", str(PR), [r["p"] for r in rows])
    d.c_sum("mentees", "в тексте: наставляемых", str(E), [r["e"] for r in rows])
    d.c_ratio("mentees", "в среднем на одну школу наставляемых", pc(E / len(rows)), E, len(rows))
    d.sign("Начальник управления образования                             В.А. Сидоренко")
    return d


# ============================================================================ город Вичуга
VIC = [  # printed name, cluster, forms present (УУ, ТТ, РУ)
    ("МБОУ СШ № 1", "vichuga/school-1", (1, 1, 1)),
    ("МБОУ СШ № 2", "vichuga/school-2", (1, 1, 0)),
    ("МБОУ ОШ № 4", "vichuga/school-4", (1, 1, 0)),
    ("МБОУ СШ № 6", "vichuga/school-6", (1, 1, 0)),
    ("МБОУ ОШ № 7", "vichuga/school-7", (1, 1, 0)),
    ("МБОУ СШ № 11", "vichuga/school-11", (1, 1, 1)),
    ("МБОУ СШ № 12", "vichuga/school-12", (1, 1, 0)),
    ("МБОУ СШ № 17", "vichuga/school-17", (1, 1, 1)),
    ("МБУ ДО ДЮСШ г. Вичуги", "vichuga/udo-dyussh", (1, 0, 0)),
]


# ------------------------------------------------------------------ 9. город Вичуга (txt, utf-8, tab-separated): 3 header rows with the
# units in the last one, the total row at the TOP
@builder(13109)
def doc_vichuga(rng):
    d = Doc("vichuga_informaciya_2024", "txt", "город Вичуга", as_of="2024-04-10", enc="utf-8", txt_mode="tab")
    fs = [UU, TT, RU]
    rows = []
    for name, cl, pres in VIC:
        d.org(name, cl)
        e = {UU: rng.randint(12, 40) * pres[0], TT: rng.randint(2, 6) * pres[1], RU: rng.randint(3, 9) * pres[2]}
        m = int(e[UU] / rng.uniform(1.5, 2.4)) + e[TT] + (rng.randint(1, 3) if e[RU] else 0)
        rows.append({"name": name, "e": e, "m": m})
    te = {f: sum(r["e"][f] for r in rows) for f in fs}
    E, M = sum(te.values()), sum(r["m"] for r in rows)
    ru = [r["name"] for r in rows if r["e"][RU]]
    assert safe(E / M) and len(ru) == 3
    stated_ru = ru[:2]          # PLANTED: «только в» omits МБОУ СШ № 17

    d.title("ИНФОРМАЦИЯ\nо реализации программ наставничества в образовательных организациях "
            "городского округа Вичуга\nпо состоянию на 10.04.2024")
    t = Table(6)
    t.hrow(Cell("№", rs=3), Cell("Организация", rs=3), Cell("Наставляемые по формам наставничества", cs=3),
           Cell("Наставники, всего", rs=2))
    t.hrow("ученик – ученик", "учитель – учитель", "работодатель – ученик")
    t.hrow("чел.", "чел.", "чел.", "чел.")
    t.row("total", ["", "Итого по городскому округу"] + [str(te[f]) for f in fs] + [str(M)])
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), nm] + [F(z(r["e"][f]), nm, "mentees", f) for f in fs] + [F(str(r["m"]), nm, "mentors")])
    d.table(t)
    for f in fs:
        d.c_sum("mentees", f"строка «Итого по городскому округу» (вверху), наставляемых в форме {FQ[f]}", str(te[f]),
                [r["e"][f] for r in rows])
    d.c_sum("mentors", "строка «Итого по городскому округу» (вверху), наставников", str(M), [r["m"] for r in rows])
    d.p(f"Общее число наставляемых – {E}: из них {te[UU]} – в форме «ученик – ученик», {te[TT]} – «учитель – "
        f"учитель», {te[RU]} – «работодатель – ученик». Последняя форма реализуется только в "
        f"{join_ru(stated_ru)}.")
    d.c_comp("mentees", "общее число наставляемых = сумма по трём формам", str(E), [te[f] for f in fs])
    d.c_member("mentees", f"форма {FQ[RU]} («последняя форма»): только в …", stated_ru, ru, planted=True)
    d.p(f"Форма «учитель – учитель» реализуется во всех {sum(1 for r in rows if r['e'][TT])} школах (кроме ДЮСШ). "
        f"В среднем по городу на одного наставника приходится {pc(E / M)} наставляемого.")
    d.c_count("mentees", f"форма {FQ[TT]}: во всех 8 школах", sum(1 for r in rows if r["e"][TT]),
              sum(1 for r in rows if r["e"][TT]))
    d.c_ratio("mentees", "наставляемых на одного наставника", pc(E / M), E, M)
    d.plain("Исп.: Соловьёва Н.А., отдел образования администрации городского округа Вичуга")
    return d


# ============================================================================ город Алатырь
ALA = [  # printed name, cluster, kind (f = full coverage, p = partial, n = no young teachers)
    ("МБОУ «СОШ № 2» г. Алатыря", "alatyr/school-2", "f"),
    ("МБОУ «СОШ № 3» г. Алатыря", "alatyr/school-3", "p"),
    ("МБОУ «ООШ № 5» г. Алатыря", "alatyr/school-5", "n"),
    ("МБОУ «Гимназия № 6 имени И.Я. Яковлева» г. Алатыря", "alatyr/gymnasium-6", "f"),
    ("МБОУ «СОШ № 7» г. Алатыря", "alatyr/school-7", "f"),
    ("МБОУ «СОШ № 8» г. Алатыря", "alatyr/school-8", "p"),
    ("МБОУ «СОШ № 9» г. Алатыря", "alatyr/school-9", "f"),
    ("МБОУ «СОШ № 11 им. Героя Советского Союза А.В. Кузнецова» г. Алатыря", "alatyr/school-11", "f"),
    ("МБОУ «ООШ № 12» г. Алатыря", "alatyr/school-12", "n"),
]


# ------------------------------------------------------------------ 10. город Алатырь (odt): young teachers, «х» where there is nothing
# to count, planted share in the text
@builder(13110)
def doc_alatyr(rng):
    d = Doc("alatyr_molodye_2023", "odt", "город Алатырь", as_of="2023-10-01", author="Никитина С.В.")
    rows = []
    for name, cl, kind in ALA:
        d.org(name, cl)
        if kind == "n":
            yt = ym = mt = 0
        else:
            yt = rng.randint(2, 7)
            ym = yt if kind == "f" else yt - rng.randint(1, 2)
            mt = ym - (rng.randint(0, 1) if ym >= 3 else 0)
        rows.append({"name": name, "yt": yt, "ym": ym, "mt": mt, "kind": kind})
    YT, YM, MT = (sum(r[k] for r in rows) for k in ("yt", "ym", "mt"))
    for r in rows:
        if r["yt"]:
            assert safe(shr(r["ym"], r["yt"]))
    assert safe(shr(YM, YT)) and YT >= 22
    full = sum(1 for r in rows if r["kind"] == "f")
    none = sum(1 for r in rows if r["kind"] == "n")

    d.head("ОТДЕЛ ОБРАЗОВАНИЯ И МОЛОДЁЖНОЙ ПОЛИТИКИ АДМИНИСТРАЦИИ ГОРОДА АЛАТЫРЯ ЧУВАШСКОЙ РЕСПУБЛИКИ")
    d.title("Информация\nо сопровождении молодых педагогов в форме наставничества «учитель – учитель»\n"
            "по состоянию на 1 октября 2023 года")
    t = Table(6, widths=[0.9, 6.4, 2.4, 2.6, 2.2, 2.5], font=10, hfont=9, caption="Таблица")
    t.hrow("№", "Общеобразовательная организация", "Молодых педагогов (стаж до 3 лет), чел.",
           "из них закреплены наставники, чел.", "Охват, %", "Педагогов-наставников, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        if r["yt"]:
            share = F(pc(shr(r["ym"], r["yt"])), nm, "young_teacher_mentee_share_pct")
        else:
            share = F("х", nm, "young_teacher_mentee_share_pct")
        t.row("org", [str(k), Cell(nm, align="left"), F(str(r["yt"]), nm, "young_teachers"),
                      F(str(r["ym"]), nm, "young_teacher_mentees"), share, F(z(r["mt"]), nm, "mentors", TT)])
    t.row("total", [Cell("Итого", cs=2, align="left"), str(YT), str(YM), pc(shr(YM, YT)), str(MT)])
    t.note = "«х» – молодых педагогов в организации нет, показатель не рассчитывается."
    d.table(t)
    for r in rows:
        if r["yt"]:
            d.c_share("young_teacher_mentee_share_pct", f"{r['name']}: охват, %", pc(shr(r["ym"], r["yt"])), r["ym"],
                      r["yt"])
    d.c_sum("young_teachers", "строка «Итого», молодых педагогов", str(YT), [r["yt"] for r in rows])
    d.c_sum("young_teacher_mentees", "строка «Итого», закреплены наставники", str(YM), [r["ym"] for r in rows])
    d.c_share("young_teacher_mentee_share_pct", "строка «Итого», охват", pc(shr(YM, YT)), YM, YT)
    d.c_sum("mentors", "строка «Итого», педагогов-наставников", str(MT), [r["mt"] for r in rows])
    stated = pc(shr(YM, YT) + 1.0)      # PLANTED: the text overstates the coverage by 1,0
    d.p(f"В общеобразовательных организациях города работают {YT} молодых педагогов; наставники закреплены за "
        f"{YM} из них, охват составляет {stated}%. Полный охват обеспечен в {full} организациях; в двух основных "
        f"школах молодых специалистов нет.")
    d.c_sum("young_teachers", "в тексте: молодых педагогов", str(YT), [r["yt"] for r in rows])
    d.c_sum("young_teacher_mentees", "в тексте: закреплены наставники", str(YM), [r["ym"] for r in rows])
    d.c_share("young_teacher_mentee_share_pct", "в тексте: охват", stated, YM, YT, planted=True)
    d.c_count("young_teacher_mentee_share_pct", "полный охват в 5 организациях", full, full)
    d.c_count("young_teachers", "в двух основных школах молодых специалистов нет", 2, none)
    d.p(f"В роли наставников молодых педагогов выступают {MT} опытных учителей.")
    d.c_sum("mentors", "в тексте: педагогов-наставников", str(MT), [r["mt"] for r in rows])
    d.sign("Начальник отдела образования и молодёжной политики           С.В. Никитина")
    return d


# ============================================================================ город Кумертау
KUM = [  # printed name, cluster, forms (УУ, ТТ, СУ, РУ)
    ("МБОУ СОШ № 1", "kumertau/school-1", (1, 1, 1, 1)),
    ("МБОУ СОШ № 2", "kumertau/school-2", (1, 1, 0, 0)),
    ("МБОУ гимназия № 1", "kumertau/gymnasium-1", (1, 1, 1, 0)),
    ("МБОУ СОШ № 7", "kumertau/school-7", (1, 1, 0, 1)),
    ("МБОУ СОШ № 10", "kumertau/school-10", (1, 1, 1, 1)),
    ("МБОУ СОШ № 12", "kumertau/school-12", (1, 1, 0, 1)),
    ("МБОУ СОШ с. Ира", "kumertau/ira", (1, 1, 0, 0)),
    ("МАУ ДО «Детско-юношеская спортивная школа» (ДЮСШ)", "kumertau/udo-dyussh", (1, 0, 0, 0)),
    ("МБУ ДО «Дом детского творчества» (ДДТ)", "kumertau/udo-ddt", (1, 1, 0, 0)),
]


# ------------------------------------------------------------------ 11. город Кумертау (doc, Word 97): a TEXT column listing the forms
@builder(13111)
def doc_kumertau(rng):
    d = Doc("kumertau_formy_2023", "doc", "город Кумертау", as_of="2023-12-29", author="Ахмадуллина Р.Ф.")
    rows = []
    for name, cl, pres in KUM:
        d.org(name, cl)
        forms = [f for f, on in zip(FORMS4, pres) if on]
        pr = sum(rng.randint(8, 30) if f == UU else rng.randint(1, 5) for f in forms)
        m = pr - rng.randint(0, pr // 5)
        e = pr + rng.randint(pr // 5, pr // 2)
        rows.append({"name": name, "forms": forms, "pr": pr, "m": m, "e": e})
    PR, M, E = (sum(r[k] for r in rows) for k in ("pr", "m", "e"))
    ru = [r["name"] for r in rows if RU in r["forms"]]
    su = [r["name"] for r in rows if SU in r["forms"]]
    assert len(ru) == 4 and len(su) == 3 and safe(PR / len(rows))

    d.head("МКУ «УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДСКОГО ОКРУГА ГОРОД КУМЕРТАУ РЕСПУБЛИКИ БАШКОРТОСТАН»")
    d.title("Справка\nпо итогам мониторинга реализации форм наставничества\n"
            "за I полугодие 2023/2024 учебного года")
    d.p("Мониторинг проведён по состоянию на 29.12.2023 в 7 общеобразовательных организациях и 2 организациях "
        "дополнительного образования городского округа.")
    d.c_count("organizations", "7 общеобразовательных организаций", 7, len(rows) - 2)
    d.c_count("organizations", "2 организации дополнительного образования", 2, 2)
    t = Table(6, widths=[0.8, 5.0, 5.0, 2.0, 2.1, 2.1], font=10, hfont=9, caption="Таблица 1")
    t.hrow("№", "Организация", "Реализуемые формы наставничества", "Пар (групп), ед.", "Наставников, чел.",
           "Наставляемых, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"),
                      Cell("; ".join(FQ[f].strip("«»") for f in r["forms"]), align="left"),
                      F(str(r["pr"]), nm, "pairs"), F(str(r["m"]), nm, "mentors"), F(str(r["e"]), nm, "mentees")])
    t.row("total", [Cell("Всего", cs=3, align="left"), str(PR), str(M), str(E)])
    d.table(t)
    d.c_sum("pairs", "строка «Всего», пар (групп)", str(PR), [r["pr"] for r in rows])
    d.c_sum("mentors", "строка «Всего», наставников", str(M), [r["m"] for r in rows])
    d.c_sum("mentees", "строка «Всего», наставляемых", str(E), [r["e"] for r in rows])
    d.p(f"Общее число наставников – {M + 10}, наставляемых – {E}. В среднем на одну организацию приходится "
        f"{pc(PR / len(rows))} наставнической пары (группы).")
    # PLANTED: the text gives 10 mentors more than the table
    d.c_sum("mentors", "в тексте: общее число наставников", str(M + 10), [r["m"] for r in rows], planted=True)
    d.c_sum("mentees", "в тексте: наставляемых", str(E), [r["e"] for r in rows])
    d.c_ratio("pairs", "в среднем пар на одну организацию", pc(PR / len(rows)), PR, len(rows))
    d.p(f"Форма «работодатель – ученик» реализуется в {len(ru)} организациях: {join_ru(ru)}; эта форма "
        f"организована совместно с ООО «Кумертауское авиационное производственное предприятие» и АО «Кумертауская "
        f"ТЭЦ». Каждая третья организация ({len(su)} из {len(rows)}) реализует форму «студент – ученик»: "
        f"{join_ru(su)}.")
    d.c_count("pairs", f"форма {FQ[RU]}: в 4 организациях", len(ru), len(ru))
    d.c_member("pairs", f"форма {FQ[RU]}: список", ru, ru)
    d.c_count("pairs", f"форма {FQ[SU]}: 3 организации", len(su), len(su))
    d.c_count("organizations", "… из 9", len(rows), len(rows))
    d.c_member("pairs", f"форма {FQ[SU]}: список", su, su)
    d.sign("Главный специалист МКУ «Управление образования»              Р.Ф. Ахмадуллина")
    return d


# ============================================================================ город Кимры
KIM = [  # printed name, cluster, band
    ("МБОУ «СОШ № 1»", "kimry/school-1", "mid"),
    ("МБОУ «СОШ № 3»", "kimry/school-3", "mid"),
    ("МБОУ «СОШ № 4»", "kimry/school-4", "low"),
    ("МБОУ «СОШ № 5»", "kimry/school-5", "mid"),
    ("МБОУ «СОШ № 8»", "kimry/school-8", "top"),
    ("МБОУ «СОШ № 14»", "kimry/school-14", "mid"),
    ("МБОУ «Гимназия № 2»", "kimry/gymnasium-2", "top"),
    ("МБОУ «Основная школа № 6»", "kimry/school-6", "low"),
]


# ------------------------------------------------------------------ 12. город Кимры (rtf): shares with the base in words and brackets, a
# target that is (truthfully) NOT reached, a row mean next to the pooled share
@builder(13112)
def doc_kimry(rng):
    d = Doc("kimry_spravka_2024", "rtf", "город Кимры", as_of="2024-06-01", author="Баранова О.Ю.")
    bands = {"low": (6.2, 9.4), "mid": (11.0, 17.5), "top": (21.0, 25.0)}
    rows = []
    for name, cl, b in KIM:
        d.org(name, cl)
        tot = rng.randint(180, 380) if "Основная" in name else rng.randint(480, 1150)
        e = band(rng, tot, *bands[b])
        m = int(tot * rng.uniform(0.03, 0.06))
        rows.append({"name": name, "tot": tot, "e": e, "m": m})
    T, E, M = (sum(r[k] for r in rows) for k in ("tot", "e", "m"))
    for r in rows:
        assert safe(shr(r["e"], r["tot"]))
    shares = [parse_num(pc(shr(r["e"], r["tot"]))) for r in rows]
    mean = sum(shares) / len(shares)
    assert safe(shr(E, T)) and safe(mean) and abs(mean - shr(E, T)) >= 0.3 and shr(E, T) <= 19.5
    top = [r["name"] for r, s in zip(rows, shares) if s > 20]
    low = [r for r, s in zip(rows, shares) if s < 10]

    d.head("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА КИМРЫ ТВЕРСКОЙ ОБЛАСТИ")
    d.title("Аналитическая справка\nо результатах мониторинга реализации программ наставничества\n"
            "в общеобразовательных учреждениях города Кимры")
    d.p("Мониторинг проводился по состоянию на 01.06.2024; сведения представили все восемь муниципальных "
        "общеобразовательных учреждений.")
    d.c_count("organizations", "все восемь учреждений", 8, len(rows))
    t = Table(6, widths=[0.9, 5.6, 3.0, 2.6, 2.2, 2.7], font=10, hfont=9, caption="Таблица 1")
    t.hrow("№", "Учреждение", "Численность обучающихся 10–19 лет, чел.", "Наставляемых, чел.", "Доля, %",
           "Наставников из числа обучающихся, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(n(r["tot"]), nm, "students_total"),
                      F(str(r["e"]), nm, "mentees"), F(pc(shr(r["e"], r["tot"])), nm, "mentee_share_pct"),
                      F(str(r["m"]), nm, "mentors")])
    t.row("total", [Cell("Всего по городу", cs=2, align="left"), n(T), str(E), pc(shr(E, T)), str(M)])
    d.table(t)
    for r in rows:
        d.c_share("mentee_share_pct", f"{r['name']}: доля, %", pc(shr(r["e"], r["tot"])), r["e"], r["tot"])
    d.c_sum("students_total", "строка «Всего по городу», численность", n(T), [r["tot"] for r in rows])
    d.c_sum("mentees", "строка «Всего по городу», наставляемых", str(E), [r["e"] for r in rows])
    d.c_share("mentee_share_pct", "строка «Всего по городу», доля", pc(shr(E, T)), E, T)
    d.c_sum("mentors", "строка «Всего по городу», наставников", str(M), [r["m"] for r in rows])
    d.p(f"Доля обучающихся 10–19 лет в роли наставляемого по городу составляет {pc(shr(E, T))}% ({E} чел. из "
        f"{nb(T)}); региональный ориентир (20%) не достигнут. Среднее значение доли по учреждениям – "
        f"{pc(mean)}%.")
    d.c_share("mentee_share_pct", "в тексте: доля по городу (E из T)", pc(shr(E, T)), E, T)
    d.c_sum("mentees", "в тексте: наставляемых", str(E), [r["e"] for r in rows])
    d.c_sum("students_total", "в тексте: обучающихся 10–19 лет", n(T), [r["tot"] for r in rows])
    d.c_target("mentee_share_pct", "региональный ориентир 20% не достигнут", 20, shr(E, T), achieved=False)
    d.c_mean("mentee_share_pct", "среднее значение доли по учреждениям", pc(mean), shares)
    d.p(f"Выше 20% показатель только в {join_ru(top)}; менее 10% – в двух учреждениях. Наставниками выступают "
        f"{M} обучающихся.")
    d.c_member("mentee_share_pct", "выше 20%: только в …", top, top)
    d.c_count("mentee_share_pct", "менее 10% – в двух учреждениях", 2, len(low))
    d.c_sum("mentors", "в тексте: наставников", str(M), [r["m"] for r in rows])
    d.sign("Заместитель начальника Управления образования                 О.Ю. Баранова")
    return d


# ============================================================================ Бежецкий муниципальный округ
BEZ = [  # printed name, cluster, curator
    ("МОУ Бежецкая СОШ № 1", "bezheck/school-1", "Смирнова Т.А., заместитель директора"),
    ("МОУ Бежецкая СОШ № 2", "bezheck/school-2", "Волкова Е.В., заместитель директора"),
    ("МОУ Бежецкая СОШ № 5", "bezheck/school-5", "Кудрявцева Н.И., учитель"),
    ("МОУ Бежецкая гимназия", "bezheck/gymnasium", "Лебедев А.С., заместитель директора"),
    ("МОУ Фралёвская СОШ", "bezheck/fralevskaya", "Орлова М.П., учитель"),
    ("МОУ Сукроменская СОШ", "bezheck/sukromenskaya", "Белова Г.Н., заместитель директора"),
    ("МОУ Моркиногорская СОШ", "bezheck/morkinogorskaya", "Федорова Л.В., учитель"),
    ("МОУ Филипковская ООШ", "bezheck/filipkovskaya", "Зайцева О.Н., директор"),
    ("МУ ДО «Бежецкий ДДТ»", "bezheck/udo-ddt", "Павлова И.Ю., методист"),
]


# ------------------------------------------------------------------ 13. Бежецкий муниципальный округ (docx): приказ «№ 152-осн от 01.09.2023 г.»
@builder(13113)
def doc_bezheck(rng):
    d = Doc("bezheck_prikaz_152osn_2023", "docx", "Бежецкий муниципальный округ", kind="приказ",
            doc_date="2023-09-01", doc_number="152-осн", author="Кузнецова Н.В.")
    rows = []
    for name, cl, cur in BEZ:
        d.org(name, cl)
        big = "Бежецк" in name and "ДДТ" not in name
        p = rng.randint(70, 180) if big else rng.randint(12, 45)
        y = rng.randint(1, 5) if ("ООШ" not in name and "ДДТ" not in name) else 0
        rows.append({"name": name, "cur": cur, "p": p, "y": y})
    P, Y = sum(r["p"] for r in rows), sum(r["y"] for r in rows)
    assert Y >= 14

    d.head("ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ БЕЖЕЦКОГО МУНИЦИПАЛЬНОГО ОКРУГА\nТВЕРСКОЙ ОБЛАСТИ")
    d.title("ПРИКАЗ")
    d.plain("№ 152-осн от 01.09.2023 г.\nг. Бежецк")
    d.title("О назначении кураторов и плановых показателях\nреализации целевой модели наставничества")
    d.p("Во исполнение " + P145_SHORT.replace("распоряжением", "распоряжения") + ", приказа Министерства образования "
        "Тверской области от 14.08.2023 № 1112/ПК и в целях достижения показателя национального проекта "
        "«Образование» (не менее 70% обучающихся и педагогов, вовлечённых в различные формы наставничества, к концу "
        "2024 года) приказываю:")
    d.p(f"1. Назначить кураторов внедрения целевой модели наставничества в {len(rows)} образовательных "
        f"организациях округа (приложение).")
    d.c_count("organizations", "п. 1: в 9 образовательных организациях", len(rows), len(rows))
    d.p(f"2. Руководителям образовательных организаций в 2023/2024 учебном году вовлечь в программы наставничества "
        f"не менее {P} обучающихся и закрепить наставников за {Y} молодыми педагогами.")
    d.c_sum("planned_participants", "п. 2: не менее N обучающихся (сумма по приложению)", str(P),
            [r["p"] for r in rows])
    d.c_sum("young_teachers", "п. 2: молодых педагогов (сумма по приложению)", str(Y), [r["y"] for r in rows])
    d.p("3. Приказ отдела образования от 02.09.2022 № 139-осн «О кураторах целевой модели наставничества» "
        "считать утратившим силу.")
    d.p("4. Контроль за исполнением приказа возложить на заместителя заведующего отделом образования Н.Г. Соколову.")
    d.sign("Заведующий отделом образования                               Н.В. Кузнецова")
    d.pagebreak()
    d.right("Приложение\nк приказу отдела образования\n№ 152-осн от 01.09.2023 г.")
    t = Table(5, widths=[0.9, 5.0, 5.0, 3.0, 3.1], font=10, hfont=9,
              caption="Кураторы и плановые показатели на 2023/2024 учебный год", caption_align="center")
    t.hrow("№", "Образовательная организация", "Куратор (Ф.И.О., должность)",
           "Обучающиеся – участники программ наставничества (план), чел.", "Молодые педагоги, подлежащие "
           "закреплению за наставниками, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), Cell(r["cur"], align="left"),
                      F(str(r["p"]), nm, "planned_participants"), F(z(r["y"]), nm, "young_teachers")])
    t.row("total", [Cell("Итого", cs=3, align="left"), str(P), str(Y)])
    d.table(t)
    d.c_sum("planned_participants", "строка «Итого», план", str(P), [r["p"] for r in rows])
    d.c_sum("young_teachers", "строка «Итого», молодые педагоги", str(Y), [r["y"] for r in rows])
    return d


# ============================================================================ bad files and main
BAD = [  # file name, format, how it is made
    ("vichuga_otchet_2024", "doc", "junk"),
    ("obninsk_monitoring_2024_chast", "xlsx", "truncated"),
]


def write_bad():
    rows = []
    for name, fmt, how in BAD:
        path = os.path.join(fw.OUT, f"{name}.{fmt}")
        if how == "junk":
            r = random.Random(13199)
            data = bytes(r.randrange(256) for _ in range(6144))      # no OLE signature, no text: binary junk
            assert not data.startswith(b"\xd0\xcf\x11\xe0")
        else:
            with open(os.path.join(fw.OUT, "obninsk_monitoring_2024.xlsx"), "rb") as f:
                src = f.read()
            data = src[: len(src) * 2 // 5]       # cut off: the ZIP central directory is gone
            assert b"PK\x05\x06" not in data
        with open(path, "wb") as f:
            f.write(data)
        rows.append({"doc": name, "format": fmt, "expect": "failed"})
    with open(os.path.join(fw.GOLD, "documents.csv"), "a", encoding="utf-8", newline="") as f:
        for r in rows:
            f.write(",".join([r["doc"], r["format"], "", "", "", "", "", "", r["expect"]]) + "\n")


def main():
    fw.main()
    write_bad()
    print(f"bad files: {len(BAD)} (expect=failed)")


if __name__ == "__main__":
    main()
