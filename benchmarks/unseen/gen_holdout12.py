"""Generate the held-out corpus holdout12: synthetic Russian administrative documents on the school mentorship
programme (целевая модель наставничества, распоряжение Минпросвещения России Р-145) from 9 municipalities that no
earlier corpus used, with gold answers as defined in benchmarks/unseen/CONVENTIONS.md, plus two bad files.

usage: /work/main/.venv/bin/python benchmarks/unseen/gen_holdout12.py [--verify]
Writes $UNSEEN_OUT/holdout12/* and $UNSEEN_OUT/gold/holdout12/*.csv (UNSEEN_OUT defaults to /work/unseen).
--verify additionally extracts the text of every rendered file and asserts that every stated number of
checks.csv and every non-zero fact value can be found in it.

The framework (document model, renderers, LibreOffice conversion, determinism helpers, --verify, main) is NOT
copied: it is imported from gen_holdout11.py in this folder and re-pointed at holdout12 (output folders and the
LibreOffice profile /tmp/lo_holdout12). Only the document builders, their data and the two bad files are here.
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def _load_framework():
    """import gen_holdout11.py as a module without running it (its main() is guarded by __name__), then drop the
    builders it registered at import time and point its module-level paths at this corpus"""
    spec = importlib.util.spec_from_file_location("gen_holdout11_fw", os.path.join(HERE, "gen_holdout11.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.BUILDERS.clear()
    mod.CORPUS = "holdout12"
    mod.BASE = os.environ.get("UNSEEN_OUT", "/work/unseen")
    mod.OUT = os.path.join(mod.BASE, mod.CORPUS)
    mod.GOLD = os.path.join(mod.BASE, "gold", mod.CORPUS)
    mod.LO_DIR = "/tmp/lo_holdout12"    # soffice runs with -env:UserInstallation=file:///tmp/lo_holdout12
    mod.NUMBER_WORDS.update({"одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12,
                             "тринадцать": 13, "тринадцати": 13, "четырнадцать": 14, "четырнадцати": 14,
                             "девятью": 9, "восемью": 8})
    return mod


fw = _load_framework()
Doc, Table, Cell, F, builder = fw.Doc, fw.Table, fw.Cell, fw.F, fw.builder
n, pc, safe, z, plural, join_ru, shr, band, parse_num = (fw.n, fw.pc, fw.safe, fw.z, fw.plural, fw.join_ru, fw.shr,
                                                          fw.band, fw.parse_num)
UU, TT, SU, RU = fw.UU, fw.TT, fw.SU, fw.RU
FQ, FCAP = fw.FQ, fw.FCAP
NB, DASH = fw.NB, fw.DASH
P145_SHORT = fw.P145_SHORT


def nb(x):
    """an integer with a no-break space as the thousands separator"""
    return n(x, NB)


# ============================================================================ город Воткинск: three documents
# cluster, full legal name (приказ), справка spelling, monitoring-sheet spelling, is a school
VOT = [
    ("votkinsk/school-1", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 1»", "МБОУ СОШ № 1", "СОШ № 1", True),
    ("votkinsk/school-2", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 2»", "МБОУ СОШ № 2", "школа № 2", True),
    ("votkinsk/school-3", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 3»", "МБОУ СОШ № 3", "СОШ №3", True),
    ("votkinsk/school-5", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 5»", "МБОУ СОШ № 5", "СОШ № 5", True),
    ("votkinsk/school-5a", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 5а»", "МБОУ СОШ № 5а", "СОШ № 5А", True),
    ("votkinsk/gymnasium-6", "Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 6»",
     "МБОУ «Гимназия № 6»", "Гимназия №6", True),
    ("votkinsk/school-7", "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 7»", "МАОУ СОШ №7", "школа № 7", True),
    ("votkinsk/lyceum-8", "Муниципальное автономное общеобразовательное учреждение «Лицей № 8»",
     "МАОУ «Лицей № 8»", "Лицей № 8", True),
    ("votkinsk/school-8", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 8»", "МБОУ СОШ № 8", "СОШ № 8", True),
    ("votkinsk/school-10", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 10 с углублённым изучением отдельных предметов»", "МБОУ СОШ № 10 с УИОП", "СОШ № 10", True),
    ("votkinsk/school-12", "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
     "школа № 12»", "МБОУ СОШ № 12", "СОШ № 12", True),
    ("votkinsk/udo-cdt", "Муниципальное бюджетное учреждение дополнительного образования «Центр детского "
     "творчества»", None, "ЦДТ", False),
    ("votkinsk/udo-dyussh-1", "Муниципальное бюджетное учреждение дополнительного образования «Детско-юношеская "
     "спортивная школа № 1»", None, "ДЮСШ № 1", False),
]
VOT_HEAD = "Управление образования Администрации муниципального образования «Город Воткинск»"


# ------------------------------------------------------------------ 1. Воткинск, приказ (docx) with an appendix of planned participants
@builder(12101)
def doc_votkinsk_prikaz(rng):
    d = Doc("votkinsk_prikaz_512_2023", "docx", "город Воткинск", kind="приказ", doc_date="2023-09-04",
            doc_number="512", author="Корепанова Н.В.")
    rows = []
    for cl, full, _s, _x, school in VOT:
        d.org(full, cl)
        if school:
            tot = rng.randint(620, 1480)
            p = int(tot * rng.uniform(0.14, 0.20))
        else:
            tot = rng.randint(900, 1300) if "творчества" in full else rng.randint(380, 640)
            p = int(tot * rng.uniform(0.07, 0.11))
        rows.append({"name": full, "tot": tot, "p": p})
    T, P = sum(r["tot"] for r in rows), sum(r["p"] for r in rows)
    assert safe(shr(P, T)) and shr(P, T) >= 15.3 and T >= 10000

    d.head("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ\nАДМИНИСТРАЦИИ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ «ГОРОД ВОТКИНСК»")
    d.title("П Р И К А З")
    d.dateline("04.09.2023", "г. Воткинск", "№ 512")
    d.title("Об организации работы по реализации целевой модели наставничества\nв 2023/2024 учебном году")
    d.p("Во исполнение распоряжения Минпросвещения России от 25.12.2019 № Р-145, приказа Министерства образования и науки Удмуртской Республики "
        "от 21.08.2023 № 1190 и в целях достижения результатов регионального проекта «Современная школа» "
        "национального проекта «Образование»")
    d.plain("ПРИКАЗЫВАЮ:")
    d.p(f"1. Руководителям всех {len(rows)} подведомственных образовательных организаций обеспечить реализацию "
        "программ наставничества в 2023/2024 учебном году в соответствии с плановыми показателями (приложение).")
    d.c_count("organizations", "всех 13 подведомственных образовательных организаций", len(rows), len(rows))
    d.p(f"2. Установить общее плановое число обучающихся – участников программ наставничества {nb(P)} человек, "
        f"что составляет {pc(shr(P, T))}% от общей численности обучающихся в возрасте от 10 до 19 лет "
        f"({nb(T)} чел.), при региональном ориентире не менее 15%.")
    d.c_sum("planned_participants", "п. 2: плановое число участников", n(P), [r["p"] for r in rows])
    d.c_share("planned_participants", "п. 2: доля от обучающихся 10–19 лет", pc(shr(P, T)), P, T)
    d.c_sum("students_total", "п. 2: численность обучающихся 10–19 лет", n(T), [r["tot"] for r in rows])
    d.c_target("planned_participants", "п. 2: не менее 15% (ориентир)", 15, shr(P, T))
    d.p("3. Назначить муниципальным куратором внедрения целевой модели наставничества Широбокову Елену "
        "Анатольевну, главного специалиста-эксперта Управления образования.")
    d.p("4. Отчёты о реализации программ наставничества представлять ежеквартально до 5 числа месяца, следующего "
        "за отчётным периодом, по форме, направленной письмом от 30.08.2023 № 01-23/1876.")
    d.p("5. Контроль за исполнением настоящего приказа оставляю за собой.")
    d.sign("Начальник Управления образования                              Н.В. Корепанова")
    d.pagebreak()
    d.right("Приложение\nк приказу Управления образования\nот 04.09.2023 № 512")
    t = Table(4, widths=[1.0, 9.0, 3.4, 3.6], font=10, hfont=9,
              caption="Плановые показатели вовлечения обучающихся в программы наставничества\nна 2023/2024 учебный год",
              caption_align="center")
    t.hrow("№ п/п", "Наименование образовательной организации",
           "Численность обучающихся в возрасте 10–19 лет (на 01.09.2023), чел.",
           "Плановое число обучающихся – участников программ наставничества, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(n(r["tot"]), nm, "students_total"),
                      F(str(r["p"]), nm, "planned_participants")])
    P_printed = P - 10          # PLANTED: the «Итого» of the plan is 10 less than the rows (and item 2) give
    t.row("total", [Cell("Итого", cs=2, align="left"), n(T), n(P_printed)])
    d.table(t)
    d.c_sum("students_total", "строка «Итого», обучающихся 10–19 лет", n(T), [r["tot"] for r in rows])
    d.c_sum("planned_participants", "строка «Итого», плановое число участников", n(P_printed),
            [r["p"] for r in rows], planted=True)
    return d


# ------------------------------------------------------------------ 2. Воткинск, справка (docx): 3-row header with units, one table split
# into two Word tables (the second has only the column-number row as its header), «Итого по городу»
@builder(12102)
def doc_votkinsk_spravka(rng):
    d = Doc("votkinsk_spravka_2024", "docx", "город Воткинск", as_of="2024-05-31", author="Широбокова Е.А.",
            font=12)
    bands = {"low": (6.5, 9.2), "mid": (10.8, 18.4), "top": (20.8, 24.0)}
    rows = []
    for cl, _f, name, _x, school in VOT:
        if not school:
            continue
        d.org(name, cl)
        b = "low" if cl in ("votkinsk/school-5a", "votkinsk/school-8") else (
            "top" if cl == "votkinsk/lyceum-8" else "mid")
        tot = rng.randint(640, 1460)
        e = band(rng, tot, *bands[b])
        m = int(tot * rng.uniform(0.025, 0.055))
        yt = rng.randint(3, 9)
        ym = yt - (rng.randint(1, 2) if cl in ("votkinsk/school-2", "votkinsk/school-12") else 0)
        rows.append({"name": name, "tot": tot, "e": e, "m": m, "yt": yt, "ym": ym})
    T, E, M, YT, YM = (sum(r[k] for r in rows) for k in ("tot", "e", "m", "yt", "ym"))
    shares = [parse_num(pc(shr(r["e"], r["tot"]))) for r in rows]
    for r in rows:
        assert safe(shr(r["e"], r["tot"]))
    mean = sum(shares) / len(shares)
    assert safe(shr(E, T)) and safe(shr(YM, YT)) and safe(mean) and abs(mean - shr(E, T)) >= 0.3
    assert shr(YM, YT) >= 86 and T >= 10000
    low = [r["name"] for r, s in zip(rows, shares) if s < 10]
    top = [r["name"] for r, s in zip(rows, shares) if s > 20]
    notfull = [r["name"] for r in rows if r["ym"] < r["yt"]]

    d.head(VOT_HEAD.upper())
    d.title("Аналитическая справка\nпо результатам мониторинга реализации целевой модели наставничества\n"
            "в общеобразовательных организациях города Воткинска")
    d.p("Мониторинг проведён по состоянию на 31 мая 2024 г. в соответствии с приказом Управления образования "
        "от 04.09.2023 № 512. В мониторинге приняли участие все одиннадцать общеобразовательных организаций "
        "города (далее – ОО); учреждения дополнительного образования представили сведения отдельно.")
    d.c_count("organizations", "все одиннадцать ОО", 11, len(rows))
    W = [0.9, 4.3, 2.2, 1.9, 1.9, 2.2, 2.0, 2.0]
    t1 = Table(8, widths=W, font=10, hfont=9, caption="Таблица 1. Участие обучающихся и молодых педагогов в "
               "программах наставничества", caption_align="center")
    t1.hrow(Cell("№ п/п", rs=3), Cell("Общеобразовательная организация", rs=3),
            Cell("Контингент обучающихся 10–19 лет, чел.", rs=3),
            Cell("Обучающиеся – участники программ наставничества", cs=3),
            Cell("Молодые педагоги (стаж работы до 3 лет)", cs=2))
    t1.hrow(Cell("в роли наставляемого", cs=2), Cell("в роли наставника (15–19 лет), чел.", rs=2),
            Cell("всего, чел.", rs=2), Cell("из них имеют закреплённого наставника, чел.", rs=2))
    t1.hrow("чел.", "% от контингента")
    t1.numrow(head=True)
    t2 = Table(8, widths=W, font=10, hfont=9)
    t2.numrow(head=True)
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        (t1 if k <= 6 else t2).row("org", [str(k), Cell(nm, align="left"), F(nb(r["tot"]), nm, "students_total"),
                                           F(str(r["e"]), nm, "mentees"),
                                           F(pc(shr(r["e"], r["tot"])), nm, "mentee_share_pct"),
                                           F(str(r["m"]), nm, "mentors"), F(str(r["yt"]), nm, "young_teachers"),
                                           F(str(r["ym"]), nm, "young_teacher_mentees")])
    M_printed = M + 2           # PLANTED: «Итого по городу» of the pupil mentors is 2 more than the rows give
    t2.row("total", [Cell("Итого по городу", cs=2, align="left"), nb(T), n(E), pc(shr(E, T)), str(M_printed),
                     str(YT), str(YM)])
    d.table(t1)
    d.pagebreak()
    d.table(t2)
    for r in rows:
        d.c_share("mentee_share_pct", f"{r['name']}: % от контингента", pc(shr(r["e"], r["tot"])), r["e"], r["tot"])
    d.c_sum("students_total", "строка «Итого по городу», контингент", n(T), [r["tot"] for r in rows])
    d.c_sum("mentees", "строка «Итого по городу», наставляемые", n(E), [r["e"] for r in rows])
    d.c_share("mentee_share_pct", "строка «Итого по городу», % от контингента", pc(shr(E, T)), E, T)
    d.c_sum("mentors", "строка «Итого по городу», наставники (обучающиеся)", str(M_printed), [r["m"] for r in rows],
            planted=True)
    d.c_sum("young_teachers", "строка «Итого по городу», молодые педагоги", str(YT), [r["yt"] for r in rows])
    d.c_sum("young_teacher_mentees", "строка «Итого по городу», имеют наставника", str(YM), [r["ym"] for r in rows])

    d.p(f"В роли наставляемого в программы наставничества вовлечено {nb(E)} обучающихся, что составляет "
        f"{pc(shr(E, T))}% от общего числа обучающихся в возрасте 10–19 лет ({nb(T)} чел.). Среднее значение "
        f"показателя по ОО – {pc(mean)}%.")
    d.c_sum("mentees", "в тексте: вовлечено в роли наставляемого", n(E), [r["e"] for r in rows])
    d.c_share("mentee_share_pct", "в тексте: % от общего числа обучающихся 10–19 лет", pc(shr(E, T)), E, T)
    d.c_sum("students_total", "в тексте: обучающихся 10–19 лет", n(T), [r["tot"] for r in rows])
    d.c_mean("mentee_share_pct", "среднее значение показателя по ОО", pc(mean), shares)
    d.p(f"Значение ниже 10% отмечено в {join_ru(low)}; наиболее высокий показатель (свыше 20%) – в "
        f"{join_ru(top)}. Роль наставника выполняют {M} обучающихся 15–19 лет.")
    d.c_member("mentee_share_pct", "ниже 10%", low, low)
    d.c_member("mentee_share_pct", "свыше 20%", top, top)
    d.c_sum("mentors", "в тексте: наставники из числа обучающихся", str(M), [r["m"] for r in rows])
    d.p(f"Из {YT} молодых педагогов наставник закреплён за {YM} ({pc(shr(YM, YT))}%), муниципальный ориентир "
        f"(не менее 85%) достигнут. Не всем молодым специалистам назначены наставники в {join_ru(notfull)}.")
    d.c_sum("young_teachers", "в тексте: молодых педагогов", str(YT), [r["yt"] for r in rows])
    d.c_sum("young_teacher_mentees", "в тексте: закреплён наставник", str(YM), [r["ym"] for r in rows])
    d.c_share("young_teacher_mentee_share_pct", "в тексте: доля молодых педагогов с наставником",
              pc(shr(YM, YT)), YM, YT)
    d.c_target("young_teacher_mentee_share_pct", "ориентир не менее 85% достигнут", 85, shr(YM, YT))
    d.c_member("young_teacher_mentees", "не всем молодым специалистам назначены наставники", notfull, notfull)
    d.sign("Главный специалист-эксперт Управления образования              Е.А. Широбокова")
    return d


# ------------------------------------------------------------------ 3. Воткинск, мониторинг (xlsx): forms are columns; short spellings
@builder(12103)
def doc_votkinsk_formy(rng):
    d = Doc("votkinsk_formy_2024", "xlsx", "город Воткинск", as_of="2024-06-07", author="ИМЦ")
    forms = [UU, TT, SU, RU]
    su_set = {"votkinsk/school-1", "votkinsk/school-3", "votkinsk/school-7", "votkinsk/lyceum-8",
              "votkinsk/school-10"}
    ru_set = {"votkinsk/school-1", "votkinsk/school-7", "votkinsk/school-10"}
    rows = []
    for cl, _f, _s, name, school in VOT:
        d.org(name, cl)
        pres = (1, 1 if (school or "ДЮСШ" in name) else 0, int(cl in su_set), int(cl in ru_set))
        p = {UU: rng.randint(10, 34) * pres[0], TT: rng.randint(2, 7) * pres[1], SU: rng.randint(2, 6) * pres[2],
             RU: rng.randint(1, 4) * pres[3]}
        s = sum(p.values())
        e = s + rng.randint(s // 5, s // 2)
        m = s - rng.randint(0, s // 6)
        rows.append({"name": name, "cl": cl, "p": p, "e": e, "m": m})
    tp = {f: sum(r["p"][f] for r in rows) for f in forms}
    PR, E, M = sum(tp.values()), sum(r["e"] for r in rows), sum(r["m"] for r in rows)
    assert safe(shr(tp[UU], PR)) and safe(PR / len(rows)) and safe(E / M)
    su = [r["name"] for r in rows if r["p"][SU]]
    ru = [r["name"] for r in rows if r["p"][RU]]
    assert len(su) == 5 and len(ru) == 3

    d.sheet("Формы наставничества", widths=[6, 30, 13, 13, 13, 15, 14, 14])
    d.title("Информация о реализации форм наставничества в образовательных организациях г. Воткинска")
    d.plain("за 2023–2024 учебный год")
    t = Table(8)
    t.hrow(Cell("№", rs=2), Cell("ОО", rs=2), Cell("Число наставнических пар (групп) по формам, ед.", cs=4),
           Cell("Наставляемые, всего (чел.)", rs=2), Cell("Наставники, всего (чел.)", rs=2))
    t.hrow("ученик – ученик", "учитель – учитель", "студент – ученик", "работодатель – ученик")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), nm] + [F(z(r["p"][f]), nm, "pairs", f) for f in forms]
              + [F(str(r["e"]), nm, "mentees"), F(str(r["m"]), nm, "mentors")])
    t.row("total", ["", "Всего"] + [str(tp[f]) for f in forms] + [str(E), str(M)])
    d.table(t)
    for f in forms:
        d.c_sum("pairs", f"строка «Всего», пар в форме {FQ[f]}", str(tp[f]), [r["p"][f] for r in rows])
    d.c_sum("mentees", "строка «Всего», наставляемые", str(E), [r["e"] for r in rows])
    d.c_sum("mentors", "строка «Всего», наставники", str(M), [r["m"] for r in rows])
    d.p(f"Всего сформировано {PR} пар (групп), из них в форме «ученик – ученик» – {tp[UU]}, или "
        f"{pc(shr(tp[UU], PR))}%. В среднем на одну организацию – {pc(PR / len(rows))} пары; на одного наставника "
        f"приходится в среднем {pc(E / M)} наставляемого.")
    d.c_comp("pairs", "всего пар = сумма по четырём формам", str(PR), [tp[f] for f in forms])
    d.c_sum("pairs", f"в тексте: пар в форме {FQ[UU]}", str(tp[UU]), [r["p"][UU] for r in rows])
    d.c_share("pairs", f"доля пар в форме {FQ[UU]}", pc(shr(tp[UU], PR)), tp[UU], PR)
    d.c_ratio("pairs", "в среднем пар на одну организацию", pc(PR / len(rows)), PR, len(rows))
    d.c_ratio("mentees", "в среднем наставляемых на одного наставника", pc(E / M), E, M)
    d.p(f"Форму «студент – ученик» реализуют 6 организаций во взаимодействии с Воткинским промышленным техникумом; "
        f"форму «работодатель – ученик» – {join_ru(ru)}.")
    # PLANTED: the sheet has «студент – ученик» pairs in 5 organizations
    d.c_count("pairs", f"форму {FQ[SU]} реализуют 6 организаций", 6, len(su), planted=True)
    d.c_member("pairs", f"форма {FQ[RU]}: список", ru, ru)
    d.plain("Дата заполнения: 07.06.2024")
    d.plain("Ответственный: методист ИМЦ Петрова С.Г., тел. 8 (34145) 5-12-07")
    return d


# ============================================================================ Бобровский район: two documents
# cluster, PDF spelling, TXT spelling, type (s = СОШ, o = ООШ)
BOB = [
    ("bobrov/bobrovskaya-1", "МКОУ Бобровская СОШ № 1", "МКОУ «Бобровская средняя общеобразовательная школа № 1»", "s"),
    ("bobrov/bobrovskaya-2", "МКОУ Бобровская СОШ № 2", "Бобровская СОШ №2", "s"),
    ("bobrov/slobodskaya", "МКОУ Слободская СОШ с. Слобода Бобровского района",
     "МКОУ «Слободская СОШ» Бобровского муниципального района", "s"),
    ("bobrov/khrenovskaya-1", "МКОУ Хреновская СОШ № 1", "Хреновская СОШ № 1", "s"),
    ("bobrov/khrenovskaya-2", "МКОУ Хреновская СОШ № 2", "Хреновская СОШ № 2", "s"),
    ("bobrov/mechetskaya", "МКОУ Мечётская СОШ", "МКОУ «Мечётская средняя общеобразовательная школа»", "s"),
    ("bobrov/shishovskaya", "МКОУ Шишовская СОШ с. Шишовка", "Шишовская СОШ", "s"),
    ("bobrov/chesmenskaya", "МКОУ Чесменская СОШ", "МКОУ Чесменская СОШ", "s"),
    ("bobrov/novoslobodskaya", "МКОУ Новослободская ООШ п. Новая Слобода",
     "МКОУ Новослободская основная общеобразовательная школа", "o"),
    ("bobrov/bobrovskaya-oosh", "МКОУ Бобровская ООШ", "Бобровская ООШ", "o"),
    ("bobrov/semeno-aleksandrovskaya", "МКОУ Семёно-Александровская ООШ", "МКОУ Семено-Александровская ООШ", "o"),
    ("bobrov/pchelinovskaya", "МКОУ Пчелиновская ООШ с. Пчелиновка Бобровского района", "Пчелиновская ООШ", "o"),
]


# ------------------------------------------------------------------ 4. Бобровский район (pdf, ruled): subtotals by type of school
@builder(12104)
def doc_bobrov_analiz(rng):
    d = Doc("bobrov_analiz_2023", "pdf", "Бобровский район", as_of="2023-12-20", author="Жданова Т.И.", font=12)
    sosh, oosh = [], []
    for cl, name, _t, typ in BOB:
        d.org(name, cl)
        if typ == "s":
            tot = rng.randint(180, 760)
            e = band(rng, tot, 8.0, 15.5)
        else:
            tot = rng.randint(40, 120)
            e = band(rng, tot, 12.0, 22.0)
        m = max(2, int(tot * rng.uniform(0.03, 0.07)))
        (sosh if typ == "s" else oosh).append({"name": name, "tot": tot, "e": e, "m": m})
    rows = sosh + oosh

    def tots(rs):
        return tuple(sum(r[k] for r in rs) for k in ("tot", "e", "m"))
    (ST, SE, SM), (OT, OE, OM), (T, E, M) = tots(sosh), tots(oosh), tots(rows)
    shares = [parse_num(pc(shr(r["e"], r["tot"]))) for r in rows]
    for r in rows:
        assert safe(shr(r["e"], r["tot"]))
    assert safe(shr(SE, ST)) and safe(shr(OE, OT)) and safe(shr(E, T)) and shr(OE, OT) > shr(SE, ST) + 1.5
    over10 = [s for s in shares if s >= 10]
    assert len(over10) == 9
    below = [r["name"] for r, s in zip(rows, shares) if s < 10]

    d.head("АДМИНИСТРАЦИЯ БОБРОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА ВОРОНЕЖСКОЙ ОБЛАСТИ\nОТДЕЛ ПО ОБРАЗОВАНИЮ")
    d.title("Аналитическая справка\nо вовлечённости обучающихся в программы наставничества\n"
            "в общеобразовательных организациях Бобровского муниципального района")
    d.p("Данные собраны по состоянию на 20.12.2023 в рамках муниципального мониторинга реализации целевой модели "
        "наставничества (письмо отдела по образованию от 01.12.2023 № 02-14/611).")
    d.p(f"Сведения представили {len(rows)} общеобразовательных организаций: {len(sosh)} средних школ и "
        f"{len(oosh)} основные.")
    d.c_count("organizations", "сведения представили 12 ОО", len(rows), len(rows))
    d.c_count("organizations", "8 средних школ", len(sosh), len(sosh))
    d.c_count("organizations", "4 основные школы", len(oosh), len(oosh))
    t = Table(6, widths=[0.9, 5.6, 2.7, 2.9, 2.6, 2.5], font=10, hfont=8, caption="Таблица 1")
    t.hrow("№", "Наименование ОО", "Всего обучающихся в ОО, чел.", "Обучающиеся-наставляемые, чел.",
           "Удельный вес наставляемых в общей численности, %", "Наставники из числа обучающихся, чел.")
    k = 0
    for label, group, (gt, ge, gm), sub in (("Средние общеобразовательные школы", sosh, (ST, SE, SM), "Итого по СОШ"),
                                            ("Основные общеобразовательные школы", oosh, (OT, OE, OM),
                                             "Итого по ООШ")):
        t.group(label)
        for r in group:
            k += 1
            nm = r["name"]
            t.row("org", [str(k), Cell(nm, align="left"), F(str(r["tot"]), nm, "students_total"),
                          F(str(r["e"]), nm, "mentees"), F(pc(shr(r["e"], r["tot"])), nm, "mentee_share_pct"),
                          F(str(r["m"]), nm, "mentors")])
        ge_printed = ge - 1 if group is oosh else ge      # PLANTED: «Итого по ООШ» наставляемых is 1 less
        t.row("total", [Cell(sub, cs=2), n(gt), str(ge_printed), pc(shr(ge, gt)), str(gm)])
    t.row("total", [Cell("Всего по району", cs=2), n(T), str(E), pc(shr(E, T)), str(M)])
    d.table(t)
    for r in rows:
        d.c_share("mentee_share_pct", f"{r['name']}: удельный вес", pc(shr(r["e"], r["tot"])), r["e"], r["tot"])
    for sub, group, (gt, ge, gm) in (("«Итого по СОШ»", sosh, (ST, SE, SM)), ("«Итого по ООШ»", oosh, (OT, OE, OM)),
                                     ("«Всего по району»", rows, (T, E, M))):
        d.c_sum("students_total", f"строка {sub}, всего обучающихся", n(gt), [r["tot"] for r in group])
        if group is oosh:
            d.c_sum("mentees", f"строка {sub}, наставляемые", str(ge - 1), [r["e"] for r in group], planted=True)
        else:
            d.c_sum("mentees", f"строка {sub}, наставляемые", str(ge), [r["e"] for r in group])
        d.c_share("mentee_share_pct", f"строка {sub}, удельный вес", pc(shr(ge, gt)), ge, gt)
        d.c_sum("mentors", f"строка {sub}, наставники", str(gm), [r["m"] for r in group])
    d.p(f"По району в роли наставляемых выступают {E} обучающихся – {pc(shr(E, T))}% от их общего числа "
        f"({nb(T)} человек). В основных школах показатель выше ({pc(shr(OE, OT))}%), чем в средних "
        f"({pc(shr(SE, ST))}%), что объясняется малой наполняемостью классов.")
    d.c_sum("mentees", "в тексте: наставляемых по району", str(E), [r["e"] for r in rows])
    d.c_share("mentee_share_pct", "в тексте: доля по району", pc(shr(E, T)), E, T)
    d.c_sum("students_total", "в тексте: всего обучающихся", n(T), [r["tot"] for r in rows])
    d.c_share("mentee_share_pct", "в тексте: доля в основных школах", pc(shr(OE, OT)), OE, OT)
    d.c_share("mentee_share_pct", "в тексте: доля в средних школах", pc(shr(SE, ST)), SE, ST)
    d.p(f"Показатель не ниже 10% достигнут в девяти школах района; ниже ориентира – {join_ru(below)}.")
    d.c_count("mentee_share_pct", "не ниже 10% в девяти школах", 9, len(over10))
    d.c_member("mentee_share_pct", "ниже 10%: список", below, below)
    d.sign("Руководитель отдела по образованию                             Т.И. Жданова\n"
           "Исп. Попова Л.В., 8 (47350) 4-11-86")
    return d


# ------------------------------------------------------------------ 5. Бобровский район (txt cp1251, seeds' one-cell-per-line layout)
@builder(12105)
def doc_bobrov_svedeniya(rng):
    d = Doc("bobrov_svedeniya_2024", "txt", "Бобровский район", as_of="2024-06-03", enc="cp1251",
            txt_mode="cells")
    four = {"bobrov/bobrovskaya-1", "bobrov/khrenovskaya-2"}
    rows = []
    for cl, _p, name, typ in BOB:
        d.org(name, cl)
        fc = 4 if cl in four else (rng.randint(2, 3) if typ == "s" else rng.randint(1, 2))
        pr = rng.randint(4, 9) * fc + rng.randint(0, 5)
        pe = 0 if (typ == "o" or rng.random() < 0.15) else rng.randint(1, 4)
        rows.append({"name": name, "cl": cl, "fc": fc, "pr": pr, "pe": pe})
    FCS, PR, PE = (sum(r[k] for r in rows) for k in ("fc", "pr", "pe"))
    mean = FCS / len(rows)
    assert safe(mean) and safe(PR / len(rows))
    nopart = [r for r in rows if r["pe"] == 0]
    assert len(nopart) == 5
    fours = [r["name"] for r in rows if r["fc"] == 4]

    d.title("СВЕДЕНИЯ\nо реализации программ наставничества в общеобразовательных организациях\n"
            "Бобровского муниципального района Воронежской области\nза 2023/2024 учебный год")
    d.plain("Дата составления отчёта: 03.06.2024")
    t = Table(5)
    t.hrow("№ п/п", "Образовательная организация", "Число реализуемых форм наставничества, ед.",
           "Сформировано наставнических пар (групп), ед.", "Организаций-партнёров, предоставивших наставников, ед.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [f"{k}.", nm, F(str(r["fc"]), nm, "forms_count"), F(str(r["pr"]), nm, "pairs"),
                      F(z(r["pe"], "-"), nm, "partner_enterprises")])
    t.row("total", ["", "Всего", "х", str(PR), str(PE)])
    d.table(t)
    d.c_sum("pairs", "строка «Всего», пар (групп)", str(PR), [r["pr"] for r in rows])
    d.c_sum("partner_enterprises", "строка «Всего», организаций-партнёров", str(PE), [r["pe"] for r in rows])
    stated_mean = pc(mean + 0.5)      # PLANTED: the text overstates the mean number of forms by 0,5
    d.p(f"В 12 школах района сформировано {PR} наставнических пар (групп), в среднем по {pc(PR / len(rows))} на "
        f"одну школу. В среднем в каждой школе реализуется {stated_mean} формы наставничества; все четыре формы – "
        f"в школах: {join_ru(fours)}.")
    d.c_count("organizations", "в 12 школах района", 12, len(rows))
    d.c_sum("pairs", "в тексте: пар (групп)", str(PR), [r["pr"] for r in rows])
    d.c_ratio("pairs", "в среднем пар на одну школу", pc(PR / len(rows)), PR, len(rows))
    d.c_mean("forms_count", "в среднем форм в каждой школе", stated_mean, [r["fc"] for r in rows], planted=True)
    d.c_member("forms_count", "все четыре формы: список", fours, fours)
    d.p(f"К реализации формы «работодатель – ученик» привлечено {PE} организаций-партнёров (АО «Хреновской конный "
        f"завод», ООО «Бобровский сыродельный завод» и др.); партнёров не имеют пять школ, в том числе все основные.")
    d.c_sum("partner_enterprises", "в тексте: организаций-партнёров", str(PE), [r["pe"] for r in rows])
    d.c_count("partner_enterprises", "партнёров не имеют пять школ", 5, len(nopart))
    d.plain("Специалист отдела по образованию        Попова Л.В.")
    return d


# ------------------------------------------------------------------ 6. город Канаш (odt): forms are rows under a school cell merged vertically
KANASH = [  # printed name, cluster, forms present (УУ, ТТ, СУ, РУ)
    ("МБОУ «Средняя общеобразовательная школа № 1» г. Канаш", "kanash/school-1", (1, 1, 0, 1)),
    ("МБОУ «Гимназия № 1» г. Канаш", "kanash/gymnasium-1", (1, 1, 1, 0)),
    ("МБОУ «СОШ № 3» г. Канаш", "kanash/school-3", (1, 1, 0, 0)),
    ("МБОУ «СОШ № 5» г. Канаш", "kanash/school-5", (1, 1, 1, 1)),
    ("МБОУ «СОШ № 6» г. Канаш", "kanash/school-6", (1, 0, 0, 1)),
    ("МБОУ «СОШ № 7» г. Канаш", "kanash/school-7", (1, 1, 0, 0)),
    ("МБОУ «СОШ № 9» г. Канаш", "kanash/school-9", (1, 1, 0, 1)),
    ("МБОУ «СОШ № 10» г. Канаш", "kanash/school-10", (1, 0, 1, 0)),
]


@builder(12106)
def doc_kanash(rng):
    d = Doc("kanash_formy_2023", "odt", "город Канаш", as_of="2023-12-25", author="Михайлова О.Н.")
    forms = [UU, TT, SU, RU]
    rows = []
    for name, cl, pres in KANASH:
        d.org(name, cl)
        recs = {}
        for f, on in zip(forms, pres):
            if not on:
                continue
            if f == UU:
                p = rng.randint(9, 26)
                e, m = p + rng.randint(0, p // 2), p - rng.randint(0, p // 4)
            elif f == TT:
                p = rng.randint(2, 6)
                e, m = p, p - rng.randint(0, 1)
            else:
                p = rng.randint(1, 5)
                e, m = p * rng.randint(2, 4), p
            recs[f] = (p, e, m)
        rows.append({"name": name, "recs": recs})
    tot = {f: tuple(sum(r["recs"][f][i] for r in rows if f in r["recs"]) for i in range(3)) for f in forms}
    PR, E, M = (sum(tot[f][i] for f in forms) for i in range(3))
    cnt = {f: sum(1 for r in rows if f in r["recs"]) for f in forms}
    assert cnt == {UU: 8, TT: 6, SU: 3, RU: 4}
    assert safe(E / M) and safe(shr(tot[UU][1], E))

    d.head("Управление образования администрации города Канаш Чувашской Республики")
    d.title("Справка\nо реализации форм наставничества в общеобразовательных организациях г. Канаш\n"
            "по состоянию на 25.12.2023")
    d.p(f"Программы наставничества реализуются во всех {len(rows)} муниципальных общеобразовательных организациях "
        "города. Сведения о наставнических парах, наставляемых и наставниках приведены по каждой форме.")
    d.c_count("organizations", "во всех 8 ОО", len(rows), len(rows))
    t = Table(6, widths=[0.8, 5.4, 3.6, 2.3, 2.4, 2.3], font=10, hfont=9)
    t.hrow("№ п/п", "Образовательная организация", "Форма наставничества", "Пары (группы), ед.",
           "Наставляемые, чел.", "Наставники, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        fs = list(r["recs"])
        for i, f in enumerate(fs):
            p, e, m = r["recs"][f]
            lead = [Cell(str(k), rs=len(fs)), Cell(nm, rs=len(fs), align="left")] if i == 0 else []
            t.row("org", lead + [Cell(FQ[f].strip("«»"), align="left"), F(str(p), nm, "pairs", f),
                                 F(str(e), nm, "mentees", f), F(str(m), nm, "mentors", f)])
    t.row("total", [Cell("Итого по городу", cs=3, align="left"), str(PR), str(E), str(M)])
    for f in forms:
        t.row("total", [Cell(f"в том числе в форме {FQ[f]}", cs=3, align="left")] + [str(x) for x in tot[f]])
    d.table(t)
    for f in [None] + forms:
        for i, (ind, lab) in enumerate((("pairs", "пар"), ("mentees", "наставляемых"), ("mentors", "наставников"))):
            vals = [r["recs"][g][i] for r in rows for g in r["recs"] if f is None or g == f]
            subj = "строка «Итого по городу»" if f is None else f"строка «в том числе в форме {FQ[f]}»"
            d.c_sum(ind, f"{subj}, {lab}", str(tot[f][i] if f else (PR, E, M)[i]), vals)
    stated = E + 20             # PLANTED: the stated total of mentees is 20 more than the table and its own parts
    d.p(f"Всего наставляемых – {stated} {plural(stated, 'человек', 'человека', 'человек')}, из них в форме «ученик – ученик» – {tot[UU][1]} "
        f"({pc(shr(tot[UU][1], E))}% от общего числа по таблице), «учитель – учитель» – {tot[TT][1]}, «студент – ученик» – "
        f"{tot[SU][1]}, «работодатель – ученик» – {tot[RU][1]}.")
    d.c_comp("mentees", "всего наставляемых = сумма по формам", str(stated), [tot[f][1] for f in forms], planted=True)
    d.c_sum("mentees", "в тексте: всего наставляемых", str(stated), [r["recs"][g][1] for r in rows for g in r["recs"]],
            planted=True)
    d.c_share("mentees", f"доля формы {FQ[UU]} от общего числа", pc(shr(tot[UU][1], E)), tot[UU][1], E)
    d.p(f"Форма «учитель – учитель» реализуется в шести школах, «работодатель – ученик» – в четырёх, «студент – "
        f"ученик» – в трёх (во взаимодействии с Канашским педагогическим колледжем). На одного наставника приходится "
        f"в среднем {pc(E / M)} наставляемого.")
    d.c_count("mentees", f"форма {FQ[TT]} – в шести школах", 6, cnt[TT])
    d.c_count("mentees", f"форма {FQ[RU]} – в четырёх", 4, cnt[RU])
    d.c_count("mentees", f"форма {FQ[SU]} – в трёх", 3, cnt[SU])
    d.c_ratio("mentees", "наставляемых на одного наставника", pc(E / M), E, M)
    d.sign("Начальник управления образования                              О.Н. Михайлова")
    return d


# ------------------------------------------------------------------ 7. Ртищевский район (doc): young teachers, a филиал, «нет молодых специалистов»
RTI = [  # printed name, cluster, short in text, young teachers kind: n (none), f (full), p (partial)
    ("МОУ «СОШ № 1 г. Ртищево Саратовской области»", "rtishchevo/school-1", "СОШ № 1", "f"),
    ("МОУ «СОШ № 2 г. Ртищево Саратовской области»", "rtishchevo/school-2", "СОШ № 2", "p"),
    ("МОУ «Лицей № 3 им. П.А. Столыпина г. Ртищево»", "rtishchevo/lyceum-3", "Лицей № 3", "f"),
    ("МОУ «ООШ № 4 г. Ртищево»", "rtishchevo/oosh-4", "ООШ № 4", "f"),
    ("МОУ «СОШ № 5 г. Ртищево»", "rtishchevo/school-5", "СОШ № 5", "p"),
    ("МОУ «СОШ с. Урусово Ртищевского района»", "rtishchevo/urusovo", "СОШ с. Урусово", "f"),
    ("Филиал МОУ «СОШ с. Урусово» в с. Ногайская Дубрава", "rtishchevo/urusovo-filial-nogayskaya-dubrava",
     "филиал в с. Ногайская Дубрава", "n"),
    ("МОУ «СОШ с. Шило-Голицыно»", "rtishchevo/shilo-golitsyno", "СОШ с. Шило-Голицыно", "f"),
    ("МОУ «ООШ п. Пионерский»", "rtishchevo/pionersky", "ООШ п. Пионерский", "n"),
    ("МОУ «СОШ с. Салтыковка»", "rtishchevo/saltykovka", "СОШ с. Салтыковка", "p"),
]


@builder(12107)
def doc_rtishchevo(rng):
    d = Doc("rtishchevo_molodye_2023", "doc", "Ртищевский район", as_of="2023-10-01", author="Сазонова И.В.")
    rows = []
    for name, cl, short, kind in RTI:
        d.org(name, cl)
        if kind == "n":
            yt = ym = 0
        else:
            yt = rng.randint(2, 9)
            ym = yt if kind == "f" else yt - rng.randint(1, 2)
        m = ym - (rng.randint(0, 1) if ym >= 4 else 0)
        rows.append({"name": name, "short": short, "yt": yt, "ym": ym, "m": m, "kind": kind})
    YT, YM, MM = (sum(r[k] for r in rows) for k in ("yt", "ym", "m"))
    for r in rows:
        if r["yt"]:
            assert safe(shr(r["ym"], r["yt"]))
    assert safe(shr(YM, YT)) and YT >= 35
    full = [r["short"] for r in rows if r["yt"] and r["ym"] == r["yt"]]
    part = [r["short"] for r in rows if r["yt"] and r["ym"] < r["yt"]]
    assert len(full) == 5 and len(part) == 3

    d.head("АДМИНИСТРАЦИЯ РТИЩЕВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА САРАТОВСКОЙ ОБЛАСТИ\nУПРАВЛЕНИЕ ОБЩЕГО ОБРАЗОВАНИЯ")
    d.title("Информационная справка\nо наставничестве в отношении молодых педагогов\n"
            "общеобразовательных организаций Ртищевского муниципального района\n(данные на 1 октября 2023 года)")
    d.p("В рамках реализации формы наставничества «учитель – учитель» (вариант «молодой специалист – опытный "
        "педагог») проведён сбор сведений о закреплении наставников за педагогами со стажем работы до трёх лет.")
    t = Table(6, widths=[0.9, 6.2, 2.5, 2.6, 2.3, 2.6], font=10, hfont=9, caption="Таблица")
    t.hrow("№", "Наименование ОО", "Педагоги со стажем 0–3 года, чел.", "из них охвачены наставничеством, чел.",
           "Охват наставничеством, %", "Закреплено наставников, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        if r["yt"]:
            cells = [F(str(r["yt"]), nm, "young_teachers"), F(str(r["ym"]), nm, "young_teacher_mentees"),
                     F(pc(shr(r["ym"], r["yt"])), nm, "young_teacher_mentee_share_pct"),
                     F(str(r["m"]), nm, "mentors", TT)]
        else:
            cells = [F("0", nm, "young_teachers"), F("0", nm, "young_teacher_mentees"),
                     F("нет молодых специалистов", nm, "young_teacher_mentee_share_pct"),
                     F("–", nm, "mentors", TT)]
        t.row("org", [str(k), Cell(nm, align="left")] + cells)
    t.row("total", [Cell("ИТОГО", cs=2, align="left"), str(YT), str(YM), pc(shr(YM, YT)), str(MM)])
    d.table(t)
    for r in rows:
        if r["yt"]:
            d.c_share("young_teacher_mentee_share_pct", f"{r['name']}: охват, %", pc(shr(r["ym"], r["yt"])), r["ym"],
                      r["yt"])
    d.c_sum("young_teachers", "строка «ИТОГО», педагоги со стажем 0–3 года", str(YT), [r["yt"] for r in rows])
    d.c_sum("young_teacher_mentees", "строка «ИТОГО», охвачены наставничеством", str(YM), [r["ym"] for r in rows])
    d.c_share("young_teacher_mentee_share_pct", "строка «ИТОГО», охват", pc(shr(YM, YT)), YM, YT)
    d.c_sum("mentors", "строка «ИТОГО», наставников", str(MM), [r["m"] for r in rows])
    d.p(f"В общеобразовательных организациях района работают {YT} {plural(YT, 'молодой педагог', 'молодых педагога', 'молодых педагогов')}, наставничеством охвачены "
        f"{YM} из них, или {pc(shr(YM, YT))}%. Молодых специалистов нет в ООШ п. Пионерский и в филиале МОУ «СОШ "
        f"с. Урусово» в с. Ногайская Дубрава.")
    d.c_sum("young_teachers", "в тексте: молодых педагогов", str(YT), [r["yt"] for r in rows])
    d.c_sum("young_teacher_mentees", "в тексте: охвачены наставничеством", str(YM), [r["ym"] for r in rows])
    d.c_share("young_teacher_mentee_share_pct", "в тексте: охват молодых педагогов", pc(shr(YM, YT)), YM, YT)
    stated_full = full + ["СОШ № 5"]      # PLANTED: СОШ № 5 has fewer covered than young teachers
    d.p(f"Стопроцентный охват обеспечен в ОО: {join_ru(stated_full)}. Не все молодые педагоги закреплены за "
        f"наставниками в ОО: {join_ru(part)}.")
    d.c_member("young_teacher_mentee_share_pct", "стопроцентный охват: список", stated_full, full, planted=True)
    d.c_member("young_teacher_mentee_share_pct", "охват ниже 100%: список", part, part)
    d.p(f"Наставниками молодых педагогов выступают {MM} {plural(MM, 'опытный учитель', 'опытных учителя', 'опытных учителей')}.")
    d.c_sum("mentors", "в тексте: наставников", str(MM), [r["m"] for r in rows])
    d.sign("Начальник управления общего образования                       И.В. Сазонова")
    return d


# ------------------------------------------------------------------ 8. Лысьвенский городской округ (docx): per-variant tables, two forms
V_UN, V_LP, V_RR = "успевающий - неуспевающий", "лидер - пассивный", "равный - равному"
V_MS, V_KM = "молодой специалист - опытный педагог", "коллега - молодой коллега"
VQ = {V_UN: "«успевающий – неуспевающий»", V_LP: "«лидер – пассивный»", V_RR: "«равный – равному»",
      V_MS: "«молодой специалист – опытный педагог»", V_KM: "«коллега – молодой коллега»"}
LYS = [  # table 1 spelling, table 2 spelling, cluster, «равный – равному», «коллега – молодой коллега»
    ("МБОУ «СОШ № 2 с УИОП»", "школа № 2", "lysva/school-2", 1, 1),
    ("МБОУ «СОШ № 3»", "школа № 3", "lysva/school-3", 1, 0),
    ("МАОУ «Лицей № 1»", "лицей № 1", "lysva/lyceum-1", 1, 1),
    ("МБОУ «Гимназия № 1»", "гимназия № 1", "lysva/gymnasium-1", 0, 1),
    ("МБОУ «СОШ № 6»", "школа № 6", "lysva/school-6", 1, 0),
    ("МБОУ «СОШ № 7»", "школа № 7", "lysva/school-7", 0, 0),
    ("МБОУ «СОШ № 13»", "школа № 13", "lysva/school-13", 1, 0),
    ("МБОУ «ООШ № 14»", "ООШ № 14", "lysva/oosh-14", 0, 0),
    ("МБОУ «СОШ № 16 с УИОП»", "школа № 16", "lysva/school-16", 1, 1),
    ("МБОУ «Кыновская СОШ» п. Кын", "Кыновская школа", "lysva/kyn", 1, 0),
]


@builder(12108)
def doc_lysva(rng):
    d = Doc("lysva_varianty_2024", "docx", "Лысьвенский городской округ", as_of="2024-04-01", author="Пепеляева А.С.")
    rows = []
    for n1, n2, cl, rr, km in LYS:
        d.org(n1, cl)
        d.org(n2, cl)
        v = {V_UN: rng.randint(12, 40), V_LP: rng.randint(4, 16), V_RR: rng.randint(4, 14) * rr,
             V_MS: rng.randint(2, 6), V_KM: rng.randint(2, 6) * km}
        rows.append({"n1": n1, "n2": n2, "v": v})
    tot = {x: sum(r["v"][x] for r in rows) for x in VQ}
    U = tot[V_UN] + tot[V_LP] + tot[V_RR]
    Tt = tot[V_MS] + tot[V_KM]
    assert safe(shr(tot[V_UN], U)) and shr(tot[V_UN], U) > 50.5 and safe(U / len(rows))
    rr = [r for r in rows if r["v"][V_RR]]
    km = [r["n2"] for r in rows if r["v"][V_KM]]
    assert len(rr) == 7 and len(km) == 4

    d.head("Управление образования администрации города Лысьвы\nПермский край")
    d.title("Справка\nо реализации программ наставничества по вариантам (ролевым моделям)\n"
            "в общеобразовательных организациях Лысьвенского городского округа\nпо состоянию на 01.04.2024")
    d.p("Справка составлена по данным отчётов общеобразовательных организаций (далее – ОО) за I квартал 2024 года. "
        "Приводится численность участников программ наставничества (наставников и наставляемых) по каждому "
        "варианту формы.")
    t1 = Table(5, widths=[0.9, 6.3, 3.2, 3.0, 3.0], font=10, hfont=9,
               caption="Таблица 1. Форма «ученик – ученик»: участники программ по вариантам, чел.",
               caption_align="center")
    t1.hrow("№", "ОО", "«успевающий – неуспевающий»", "«лидер – пассивный»", "«равный – равному»")
    for k, r in enumerate(rows, 1):
        nm = r["n1"]
        t1.row("org", [str(k), Cell(nm, align="left")]
               + [F(z(r["v"][x]), nm, "program_participants", UU, x) for x in (V_UN, V_LP, V_RR)])
    LP_printed = tot[V_LP] + 3          # PLANTED: «Всего» of «лидер – пассивный» is 3 more than the column
    t1.row("total", ["", "Всего", str(tot[V_UN]), str(LP_printed), str(tot[V_RR])])
    d.table(t1)
    d.c_sum("program_participants", f"таблица 1, «Всего», {VQ[V_UN]}", str(tot[V_UN]), [r["v"][V_UN] for r in rows])
    d.c_sum("program_participants", f"таблица 1, «Всего», {VQ[V_LP]}", str(LP_printed), [r["v"][V_LP] for r in rows],
            planted=True)
    d.c_sum("program_participants", f"таблица 1, «Всего», {VQ[V_RR]}", str(tot[V_RR]), [r["v"][V_RR] for r in rows])
    d.p(f"В форме «ученик – ученик» участвуют {U} обучающихся, в среднем {pc(U / len(rows))} человека на одну ОО. "
        f"Наиболее востребован вариант «успевающий – неуспевающий» – {tot[V_UN]} чел. ({pc(shr(tot[V_UN], U))}%), "
        f"т. е. более половины участников формы. Вариант «равный – равному» применяется в семи ОО.")
    d.c_sum("program_participants", f"в тексте: участников формы {FQ[UU]}", str(U),
            [r["v"][x] for r in rows for x in (V_UN, V_LP, V_RR)])
    d.c_ratio("program_participants", "в среднем участников на одну ОО", pc(U / len(rows)), U, len(rows))
    d.c_sum("program_participants", f"в тексте: {VQ[V_UN]}", str(tot[V_UN]), [r["v"][V_UN] for r in rows])
    d.c_share("program_participants", f"доля варианта {VQ[V_UN]}", pc(shr(tot[V_UN], U)), tot[V_UN], U)
    d.c_target("program_participants", f"более половины – в варианте {VQ[V_UN]}", 50, shr(tot[V_UN], U))
    d.c_count("program_participants", f"вариант {VQ[V_RR]} в семи ОО", 7, len(rr))
    t2 = Table(4, widths=[0.9, 6.3, 4.4, 4.4], font=10, hfont=9,
               caption="Таблица 2. Форма «учитель – учитель»: участники программ по вариантам, чел.",
               caption_align="center")
    t2.hrow("№", "ОО", "«молодой специалист – опытный педагог»", "«коллега – молодой коллега»")
    for k, r in enumerate(rows, 1):
        nm = r["n2"]
        t2.row("org", [str(k), Cell(nm, align="left")]
               + [F(z(r["v"][x]), nm, "program_participants", TT, x) for x in (V_MS, V_KM)])
    t2.row("total", ["", "Всего", str(tot[V_MS]), str(tot[V_KM])])
    d.table(t2)
    d.c_sum("program_participants", f"таблица 2, «Всего», {VQ[V_MS]}", str(tot[V_MS]), [r["v"][V_MS] for r in rows])
    d.c_sum("program_participants", f"таблица 2, «Всего», {VQ[V_KM]}", str(tot[V_KM]), [r["v"][V_KM] for r in rows])
    d.p(f"В форме «учитель – учитель» задействовано {Tt} {plural(Tt, 'педагог', 'педагога', 'педагогов')}: {tot[V_MS]} – в варианте «молодой специалист – "
        f"опытный педагог» и {tot[V_KM]} – в варианте «коллега – молодой коллега». Последний реализуется только в "
        f"четырёх ОО: {join_ru(km)}.")
    d.c_comp("program_participants", f"участников формы {FQ[TT]} = сумма по вариантам", str(Tt),
             [tot[V_MS], tot[V_KM]])
    d.c_count("program_participants", f"вариант {VQ[V_KM]} в четырёх ОО", 4, len(km))
    d.c_member("program_participants", f"вариант {VQ[V_KM]}: список", km, km)
    d.sign("Заместитель начальника управления образования                  А.С. Пепеляева")
    return d


# ------------------------------------------------------------------ 9. Бугурусланский район (rtf): «N% (X человек из Y)», similar village names
BUG = [  # printed name, cluster, short (genitive-free form used in the text)
    ("МОБУ «Пониклинская СОШ»", "buguruslan/poniklinskaya", "Пониклинская СОШ"),
    ("МОБУ «Павлушкинская СОШ»", "buguruslan/pavlushkinskaya", "Павлушкинская СОШ"),
    ("МОБУ «Нижнепавлушкинская СОШ»", "buguruslan/nizhnepavlushkinskaya", "Нижнепавлушкинская СОШ"),
    ("МОБУ «Коровинская СОШ»", "buguruslan/korovinskaya", "Коровинская СОШ"),
    ("МОБУ «Полибинская СОШ»", "buguruslan/polibinskaya", "Полибинская СОШ"),
    ("МОБУ «Русскобоклинская СОШ»", "buguruslan/russkoboklinskaya", "Русскобоклинская СОШ"),
    ("МОБУ «Аксаковская СОШ»", "buguruslan/aksakovskaya", "Аксаковская СОШ"),
    ("МОБУ «Михайловская СОШ»", "buguruslan/mikhaylovskaya", "Михайловская СОШ"),
    ("МОБУ «Михайло-Малаховская ООШ»", "buguruslan/mikhaylo-malakhovskaya", "Михайло-Малаховская ООШ"),
    ("МОБУ «Елатомская ООШ»", "buguruslan/elatomskaya", "Елатомская ООШ"),
    ("МОБУ «Дмитриевская ООШ»", "buguruslan/dmitrievskaya", "Дмитриевская ООШ"),
]


@builder(12109)
def doc_buguruslan(rng):
    d = Doc("buguruslan_ohvat_2023", "rtf", "Бугурусланский район", as_of="2023-11-15", author="Кабанова Г.М.")
    rows = []
    for name, cl, short in BUG:
        d.org(name, cl)
        tot = rng.randint(70, 260) if "СОШ" in name else rng.randint(25, 60)
        inv = int(tot * rng.uniform(0.12, 0.34))
        ti = rng.randint(2, 9)
        rows.append({"name": name, "short": short, "tot": tot, "inv": inv, "ti": ti})
    T, INV, TI = (sum(r[k] for r in rows) for k in ("tot", "inv", "ti"))
    sh = [shr(r["inv"], r["tot"]) for r in rows]
    for x in sh:
        assert safe(x) and abs(x - 20) >= 0.3
    top = max(range(len(rows)), key=lambda i: sh[i])
    low = min(range(len(rows)), key=lambda i: sh[i])
    ge20 = [i for i in range(len(rows)) if sh[i] >= 20]
    assert len(ge20) == 7 and safe(shr(INV, T))
    assert safe(sh[low] + 2.0)

    d.head("Муниципальное казённое учреждение «Отдел образования администрации муниципального образования "
           "Бугурусланский район» Оренбургской области")
    d.title("Аналитическая справка\nоб охвате обучающихся и педагогов программами наставничества\n"
            "(по состоянию на 15 ноября 2023 г.)")
    d.p(f"Мониторинг проведён во всех {len(rows)} общеобразовательных организациях района. Учитывались "
        "обучающиеся, участвующие в программах наставничества в любой роли (наставляемого или наставника), и "
        "педагогические работники – участники программ.")
    d.c_count("organizations", "во всех 11 ОО", len(rows), len(rows))
    t = Table(5, widths=[0.9, 6.4, 3.0, 3.3, 3.2], font=10, hfont=9)
    t.hrow("№ п/п", "Наименование общеобразовательной организации", "Численность обучающихся в ОО, чел.",
           "Вовлечено обучающихся в программы наставничества, чел.",
           "Педагогических работников – участников программ, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(str(r["tot"]), nm, "students_total"),
                      F(str(r["inv"]), nm, "students_involved"), F(str(r["ti"]), nm, "teachers_involved")])
    t.row("total", [Cell("Итого по району", cs=2, align="left"), n(T), str(INV), str(TI)])
    d.table(t)
    d.c_sum("students_total", "строка «Итого по району», обучающихся", n(T), [r["tot"] for r in rows])
    d.c_sum("students_involved", "строка «Итого по району», вовлечено обучающихся", str(INV), [r["inv"] for r in rows])
    d.c_sum("teachers_involved", "строка «Итого по району», педагогов", str(TI), [r["ti"] for r in rows])
    d.p(f"В программах наставничества участвуют {INV + TI} {plural(INV + TI, 'человек', 'человека', 'человек')}, из них {INV} обучающихся и {TI} педагогических "
        f"работников. Охват обучающихся по району составил {pc(shr(INV, T))}% ({INV} человек из {n(T)}).")
    d.c_comp("students_involved", "участников = обучающиеся + педагоги", str(INV + TI), [INV, TI])
    d.c_sum("students_involved", "в тексте: обучающихся", str(INV), [r["inv"] for r in rows])
    d.c_sum("teachers_involved", "в тексте: педагогов", str(TI), [r["ti"] for r in rows])
    d.c_share("students_involved", "охват обучающихся по району", pc(shr(INV, T)), INV, T)
    rt, rl = rows[top], rows[low]
    d.p(f"Наибольший охват – в {rt['name']}: {pc(sh[top])}% ({rt['inv']} {plural(rt['inv'], 'человек', 'человека', 'человек')} из {rt['tot']}), наименьший – в "
        f"{rl['name']}: {pc(sh[low] + 2.0)}% ({rl['inv']} из {rl['tot']}). Более половины школ ({len(ge20)} из "
        f"{len(rows)}) обеспечили охват не ниже 20%.")
    d.c_share("students_involved", f"{rt['short']}: охват", pc(sh[top]), rt["inv"], rt["tot"])
    # PLANTED: the lowest coverage is stated 2,0 points higher than its own «X из Y» gives
    d.c_share("students_involved", f"{rl['short']}: охват", pc(sh[low] + 2.0), rl["inv"], rl["tot"], planted=True)
    d.c_count("students_involved", "охват не ниже 20% в 7 школах", len(ge20), len(ge20))
    d.c_count("organizations", "… из 11", len(rows), len(rows))
    d.c_target("students_involved", "более половины школ – не ниже 20%", 50, shr(len(ge20), len(rows)))
    d.sign("Начальник отдела образования                                   Г.М. Кабанова")
    return d


# ------------------------------------------------------------------ 10. город Шумерля (pdf, horizontal rules, landscape): 3-row header,
# forms are column groups of (pairs, mentees)
SHUM = [  # printed name, cluster, forms present (УУ, ТТ, РУ)
    ("МБОУ «СОШ № 1» г. Шумерля", "shumerlya/school-1", (1, 1, 1)),
    ("МБОУ «СОШ № 2» г. Шумерля", "shumerlya/school-2", (1, 1, 0)),
    ("МБОУ «СОШ № 3» г. Шумерля", "shumerlya/school-3", (1, 1, 1)),
    ("МБОУ «Гимназия № 8» г. Шумерля", "shumerlya/gymnasium-8", (1, 1, 0)),
    ("МБОУ «СОШ № 6» г. Шумерля", "shumerlya/school-6", (1, 1, 1)),
    ("МБОУ «Шумерлинская СОШ № 5»", "shumerlya/school-5", (1, 1, 0)),
    ("МБОУ «СОШ № 6а» г. Шумерля", "shumerlya/school-6a", (1, 1, 1)),
    ("МАУ ДО «ДДТ» г. Шумерля", "shumerlya/udo-ddt", (1, 1, 0)),
    ("МБУ ДО «ДЮСШ «Олимп» г. Шумерля", "shumerlya/udo-dyussh-olimp", (1, 0, 0)),
]


@builder(12110)
def doc_shumerlya(rng):
    d = Doc("shumerlya_formy_2023", "pdf", "город Шумерля", as_of="2023-06-01", author="Яковлева Е.П.",
            landscape=True)
    forms = [UU, TT, RU]
    rows = []
    for name, cl, pres in SHUM:
        d.org(name, cl)
        rec = {}
        for f, on in zip(forms, pres):
            if f == UU:
                p = rng.randint(8, 28)
                e = p + rng.randint(0, p // 2)
            elif f == TT:
                p = rng.randint(2, 6)
                e = p
            else:
                p = rng.randint(1, 4)
                e = p * rng.randint(2, 5)
            rec[f] = (p * on, e * on)
        m = sum(rec[f][0] for f in forms) - rng.randint(0, 3)
        rows.append({"name": name, "rec": rec, "m": m})
    tp = {f: sum(r["rec"][f][0] for r in rows) for f in forms}
    te = {f: sum(r["rec"][f][1] for r in rows) for f in forms}
    PR, E, M = sum(tp.values()), sum(te.values()), sum(r["m"] for r in rows)
    cnt = {f: sum(1 for r in rows if r["rec"][f][0]) for f in forms}
    assert cnt == {UU: 9, TT: 8, RU: 4}
    assert safe(shr(te[UU], E)) and safe(E / M) and safe(PR / len(rows))
    ru = [r["name"] for r in rows if r["rec"][RU][0]]

    d.head("Управление образования администрации города Шумерли Чувашской Республики")
    d.title("Справка\nпо итогам мониторинга реализации форм наставничества\nв образовательных организациях города "
            "Шумерли\nпо состоянию на 01.06.2023")
    d.p("В мониторинге приняли участие девять образовательных организаций: семь общеобразовательных и два "
        "учреждения дополнительного образования.")
    d.c_count("organizations", "девять образовательных организаций", 9, len(rows))
    d.c_count("organizations", "семь общеобразовательных", 7, sum(1 for r in rows if " ДО " not in r["name"]))
    W = [0.9, 6.0, 2.0, 3.1, 2.0, 3.1, 2.0, 3.1, 2.6]
    t = Table(9, widths=W, font=10, hfont=9, ruled="h")
    t.hrow(Cell("№", rs=3), Cell("Образовательная организация", rs=3), Cell("Формы наставничества", cs=6),
           Cell("Наставников всего, чел.", rs=3))
    t.hrow(Cell("ученик – ученик", cs=2), Cell("учитель – учитель", cs=2), Cell("работодатель – ученик", cs=2))
    t.hrow("пар, ед.", "наставляемых, чел.", "пар, ед.", "наставляемых, чел.", "пар, ед.", "наставляемых, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        cells = []
        for f in forms:
            cells += [F(z(r["rec"][f][0]), nm, "pairs", f), F(z(r["rec"][f][1]), nm, "mentees", f)]
        t.row("org", [str(k), Cell(nm, align="left")] + cells + [F(str(r["m"]), nm, "mentors")])
    t.row("total", [Cell("Итого", cs=2, align="left")] + [str(x) for f in forms for x in (tp[f], te[f])] + [str(M)])
    d.table(t)
    for f in forms:
        d.c_sum("pairs", f"строка «Итого», пар в форме {FQ[f]}", str(tp[f]), [r["rec"][f][0] for r in rows])
        d.c_sum("mentees", f"строка «Итого», наставляемых в форме {FQ[f]}", str(te[f]), [r["rec"][f][1] for r in rows])
    d.c_sum("mentors", "строка «Итого», наставников", str(M), [r["m"] for r in rows])
    d.p(f"Количество наставнических пар (групп) – {PR}: {tp[UU]} – в форме «ученик – ученик», {tp[TT]} – «учитель – "
        f"учитель», {tp[RU]} – «работодатель – ученик»; в среднем {pc(PR / len(rows))} на одну организацию.")
    d.c_comp("pairs", "всего пар = сумма по формам", str(PR), [tp[f] for f in forms])
    d.c_ratio("pairs", "в среднем пар на одну организацию", pc(PR / len(rows)), PR, len(rows))
    d.p(f"Наставляемых – {E} {plural(E, 'человек', 'человека', 'человек')}, из них {te[UU]} ({pc(shr(te[UU], E))}%) – в форме «ученик – ученик». На "
        f"одного наставника в среднем приходится {pc(E / M)} наставляемого.")
    d.c_sum("mentees", "в тексте: наставляемых", str(E), [r["rec"][f][1] for r in rows for f in forms])
    d.c_share("mentees", f"доля формы {FQ[UU]}", pc(shr(te[UU], E)), te[UU], E)
    d.c_ratio("mentees", "наставляемых на одного наставника", pc(E / M), E, M)
    d.p(f"Форма «учитель – учитель» реализуется во всех девяти организациях, «работодатель – ученик» – в "
        f"{join_ru(ru)} (партнёры – АО «Шумерлинский завод специализированных автомобилей», ООО «Шумерлинский "
        f"хлебозавод»).")
    # PLANTED: ДЮСШ «Олимп» has no «учитель – учитель»: 8, not 9
    d.c_count("pairs", f"форма {FQ[TT]} во всех девяти организациях", 9, cnt[TT], planted=True)
    d.c_member("pairs", f"форма {FQ[RU]}: список", ru, ru)
    d.sign("Начальник управления образования                              Е.П. Яковлева")
    return d


# ------------------------------------------------------------------ 11. Мелеузовский район (txt utf-8, tab-separated): «работодатель – ученик»
MEL = [  # printed name, cluster, has the form
    ("МОБУ СОШ № 1 г. Мелеуза", "meleuz/school-1", 1),
    ("МОБУ гимназия № 1 г. Мелеуза", "meleuz/gymnasium-1", 1),
    ("МОБУ СОШ № 2 г. Мелеуза", "meleuz/school-2", 1),
    ("МОБУ СОШ № 4 г. Мелеуза", "meleuz/school-4", 0),
    ("МОБУ СОШ № 8 г. Мелеуза", "meleuz/school-8", 1),
    ("МОБУ СОШ с. Нордовка", "meleuz/nordovka", 1),
    ("МОБУ СОШ с. Зирган", "meleuz/zirgan", 1),
    ("МОБУ СОШ с. Воскресенское", "meleuz/voskresenskoe", 0),
    ("МОБУ ООШ с. Александровка", "meleuz/aleksandrovka", 0),
    ("МОБУ СОШ с. Партизан", "meleuz/partizan", 1),
    ("МОБУ СОШ д. Корнеевка", "meleuz/korneevka", 0),
    ("МОБУ СОШ с. Нугуш", "meleuz/nugush", 0),
]


@builder(12111)
def doc_meleuz(rng):
    d = Doc("meleuz_rabotodatel_2023", "txt", "Мелеузовский район", as_of="2023-12-01", enc="utf-8",
            txt_mode="tab")
    rows = []
    for name, cl, on in MEL:
        d.org(name, cl)
        pe = rng.randint(1, 4) * on
        m = (pe + rng.randint(0, 4)) * on
        e = (m * rng.randint(2, 5)) * on
        rows.append({"name": name, "pe": pe, "m": m, "e": e})
    PE, M, E = (sum(r[k] for r in rows) for k in ("pe", "m", "e"))
    with_f = [r for r in rows if r["pe"]]
    without = [r["name"] for r in rows if not r["pe"]]
    assert safe(E / M) and len(with_f) == 7 and safe(shr(len(with_f), len(rows)))

    d.title("ИНФОРМАЦИЯ\nо реализации формы наставничества «работодатель – ученик»\nв общеобразовательных "
            "организациях муниципального района Мелеузовский район Республики Башкортостан\n"
            "(по состоянию на 01.12.2023 г.)")
    d.p("Информация подготовлена МКУ «Отдел образования» по итогам опроса общеобразовательных организаций. "
        "Учтены предприятия и организации, предоставившие наставников для обучающихся 8–11 классов.")
    t = Table(5)
    t.hrow("№", "Общеобразовательная организация", "Предприятий (организаций) – партнёров, ед.",
           "Наставников – представителей предприятий, чел.", "Обучающихся-наставляемых, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), nm, F(z(r["pe"], "-"), nm, "partner_enterprises"), F(z(r["m"], "-"), nm, "mentors", RU),
                      F(z(r["e"], "-"), nm, "mentees", RU)])
    t.row("total", ["", "Всего по району", str(PE), str(M), str(E)])
    d.table(t)
    d.c_sum("partner_enterprises", "строка «Всего по району», предприятий", str(PE), [r["pe"] for r in rows])
    d.c_sum("mentors", "строка «Всего по району», наставников", str(M), [r["m"] for r in rows])
    d.c_sum("mentees", "строка «Всего по району», наставляемых", str(E), [r["e"] for r in rows])
    d.p(f"Форма «работодатель – ученик» реализуется в {len(with_f)} из {len(rows)} общеобразовательных организаций "
        f"({pc(shr(len(with_f), len(rows)))}%), т. е. более чем в половине. К работе привлечены {PE} предприятий и "
        f"организаций (ООО «Мелеузовский сахарный завод», АО «Мелеузовские минеральные удобрения», ГБУЗ РБ "
        f"Мелеузовская ЦРБ и др.), от которых выступают наставниками {M} сотрудников; наставляемых – {E}.")
    d.c_count("mentees", "форма реализуется в 7 ОО", len(with_f), len(with_f))
    d.c_count("organizations", "… из 12 ОО", len(rows), len(rows))
    d.c_share("mentees", "доля ОО с формой", pc(shr(len(with_f), len(rows))), len(with_f), len(rows))
    d.c_target("mentees", "более чем в половине ОО", 50, shr(len(with_f), len(rows)))
    d.c_sum("partner_enterprises", "в тексте: предприятий", str(PE), [r["pe"] for r in rows])
    d.c_sum("mentors", "в тексте: наставников от предприятий", str(M), [r["m"] for r in rows])
    d.c_sum("mentees", "в тексте: наставляемых", str(E), [r["e"] for r in rows])
    d.p(f"В среднем на одного наставника – {pc(E / M)} обучающегося. Не реализуют форму: {join_ru(without)}.")
    d.c_ratio("mentees", "в среднем наставляемых на одного наставника", pc(E / M), E, M)
    d.c_member("mentees", "не реализуют форму: список", without, without)
    d.plain("Главный специалист МКУ «Отдел образования»    Р.Ф. Сагитова")
    return d


# ------------------------------------------------------------------ 12. Лысковский муниципальный округ (docx): приказ «"18" сентября 2023 г.
# № 196-од» with a plan appendix
LYSK = [  # printed name, cluster
    ("МБОУ СШ № 1 г. Лысково", "lyskovo/school-1"),
    ("МБОУ СШ № 2 г. Лысково", "lyskovo/school-2"),
    ("МБОУ СШ № 3 г. Лысково", "lyskovo/school-3"),
    ("МБОУ Кириковская СШ", "lyskovo/kirikovskaya"),
    ("МБОУ Леньковская СШ", "lyskovo/lenkovskaya"),
    ("МБОУ Валковская СШ", "lyskovo/valkovskaya"),
    ("МБОУ Барминская СШ", "lyskovo/barminskaya"),
    ("МБОУ Трофимовская ОШ", "lyskovo/trofimovskaya"),
    ("МБУ ДО ЦДТ г. Лысково", "lyskovo/udo-cdt"),
]


@builder(12112)
def doc_lyskovo(rng):
    d = Doc("lyskovo_prikaz_196od_2023", "docx", "Лысковский муниципальный округ", kind="приказ",
            doc_date="2023-09-18", doc_number="196-од", author="Руссу О.В.")
    rows = []
    for name, cl in LYSK:
        d.org(name, cl)
        p = rng.randint(60, 190) if "г. Лысково" in name and "ЦДТ" not in name else rng.randint(14, 48)
        y = rng.randint(1, 6) if "ЦДТ" not in name and "ОШ" not in name.replace("СШ", "") else 0
        rows.append({"name": name, "p": p, "y": y})
    P, Y = sum(r["p"] for r in rows), sum(r["y"] for r in rows)
    assert Y >= 15 and sum(1 for r in rows if r["y"] == 0) == 2

    d.head("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ И МОЛОДЁЖНОЙ ПОЛИТИКИ\nАДМИНИСТРАЦИИ ЛЫСКОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА\n"
           "НИЖЕГОРОДСКОЙ ОБЛАСТИ")
    d.title("ПРИКАЗ")
    d.plain("«18» сентября 2023 г.                                                                   № 196-од")
    d.title("О реализации целевой модели наставничества\nв образовательных организациях Лысковского муниципального "
            "округа\nв 2023–2024 учебном году")
    d.p("В соответствии с " + P145_SHORT + ", приказом министерства образования и науки Нижегородской области от "
        "05.09.2023 № 316-01-63-2041/23 и в целях обеспечения вовлечения обучающихся и молодых педагогов в "
        "программы наставничества п р и к а з ы в а ю:")
    d.p(f"1. Утвердить плановые показатели реализации программ наставничества на 2023–2024 учебный год для "
        f"{len(rows)} образовательных организаций округа (приложение).")
    d.c_count("organizations", "для 9 образовательных организаций", len(rows), len(rows))
    d.p(f"2. Руководителям образовательных организаций обеспечить участие в программах наставничества не менее "
        f"{P} {plural(P, 'обучающегося', 'обучающихся', 'обучающихся')} и закрепление наставников за всеми "
        f"молодыми педагогами ({Y} {plural(Y, 'человек', 'человека', 'человек')}).")
    d.c_sum("planned_participants", "п. 2: не менее N обучающихся (сумма по приложению)", str(P),
            [r["p"] for r in rows])
    d.c_sum("young_teachers", "п. 2: молодых педагогов", str(Y), [r["y"] for r in rows])
    d.p("3. Муниципальным координатором назначить Руссу Ольгу Васильевну, методиста МКУ «Информационно-"
        "методический центр».")
    d.p("4. Приказ управления образования от 01.09.2022 № 178-од признать утратившим силу.")
    d.p("5. Контроль за исполнением приказа возложить на заместителя начальника управления Л.Н. Бурову.")
    d.sign("Начальник управления                                          С.А. Коновалова")
    d.pagebreak()
    d.right("Приложение\nк приказу управления образования\nи молодёжной политики\nот 18.09.2023 № 196-од")
    t = Table(4, widths=[1.0, 7.5, 4.3, 4.2], font=10, hfont=9, caption="Плановые показатели на 2023–2024 учебный год",
              caption_align="center")
    t.hrow("№", "Образовательная организация", "Обучающиеся – участники программ наставничества (план), чел.",
           "Молодые педагоги, подлежащие закреплению за наставниками, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(str(r["p"]), nm, "planned_participants"),
                      F(z(r["y"]), nm, "young_teachers")])
    t.row("total", [Cell("Всего", cs=2, align="left"), str(P), str(Y)])
    d.table(t)
    d.c_sum("planned_participants", "строка «Всего», обучающиеся (план)", str(P), [r["p"] for r in rows])
    d.c_sum("young_teachers", "строка «Всего», молодые педагоги", str(Y), [r["y"] for r in rows])
    return d


# ============================================================================ bad files and main
BAD = [  # file name, format, how it is made
    ("zagotovka_spravki_2024", "docx", "empty"),
    ("bobrov_analiz_2023_oborvan", "pdf", "truncated"),
]


def write_bad():
    rows = []
    for name, fmt, how in BAD:
        path = os.path.join(fw.OUT, f"{name}.{fmt}")
        if how == "empty":
            data = b""
        else:
            with open(os.path.join(fw.OUT, "bobrov_analiz_2023.pdf"), "rb") as f:
                src = f.read()
            data = src[: len(src) * 3 // 10]        # cut off: no xref table, no trailer, no %%EOF
            assert b"%%EOF" not in data
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
