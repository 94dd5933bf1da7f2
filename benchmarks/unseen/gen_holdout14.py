"""Generate the held-out corpus holdout14: 13 synthetic Russian administrative documents on the school mentorship
programme (целевая модель наставничества, распоряжение Минпросвещения России Р-145) from 11 municipalities that no
earlier corpus used, with gold answers as defined in benchmarks/unseen/CONVENTIONS.md, plus two bad files.

usage: /work/main/.venv/bin/python benchmarks/unseen/gen_holdout14.py [--verify]
Writes $UNSEEN_OUT/holdout14/* and $UNSEEN_OUT/gold/holdout14/*.csv (UNSEEN_OUT defaults to /work/unseen).
--verify additionally extracts the text of every rendered file and asserts that every stated number of
checks.csv and every non-zero fact value can be found in it.

The framework (document model, renderers, LibreOffice conversion, determinism helpers, --verify, main) is NOT
copied: it is imported from gen_holdout11.py in this folder and re-pointed at holdout14 (output folders and the
LibreOffice profile /tmp/lo_holdout14). Added here: the document builders with their data; two TXT layouts the
framework lacks (a cp866 fixed-width table with box-drawing rules and wrapped names; an Excel-style «;»-separated
export with CSV quoting); a PDF whose table page is landscape content drawn on a portrait page turned by /Rotate;
and the two bad files.
"""
import importlib.util
import os
import random
import shutil
import tempfile
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))


def _load_framework():
    """import gen_holdout11.py as a module without running it, drop its builders, point its paths at holdout14"""
    spec = importlib.util.spec_from_file_location("gen_holdout11_fw", os.path.join(HERE, "gen_holdout11.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.BUILDERS.clear()
    mod.CORPUS = "holdout14"
    mod.BASE = os.environ.get("UNSEEN_OUT", "/work/unseen")
    mod.OUT = os.path.join(mod.BASE, mod.CORPUS)
    mod.GOLD = os.path.join(mod.BASE, "gold", mod.CORPUS)
    mod.LO_DIR = "/tmp/lo_holdout14"    # soffice runs with -env:UserInstallation=file:///tmp/lo_holdout14
    mod.NUMBER_WORDS.update({"одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12,
                             "десяти": 10, "четырёх": 4, "трёх": 3, "вдвое": 2})
    return mod


fw = _load_framework()
Doc, Table, Cell, F, builder = fw.Doc, fw.Table, fw.Cell, fw.F, fw.builder
n, pc, safe, z, plural, join_ru, shr, parse_num = fw.n, fw.pc, fw.safe, fw.z, fw.plural, fw.join_ru, fw.shr, \
    fw.parse_num
UU, TT, SU, RU = fw.UU, fw.TT, fw.SU, fw.RU
FQ = fw.FQ
NB, THIN, DASH = fw.NB, fw.THIN, fw.DASH
P145_SHORT = fw.P145_SHORT
V_MS = "молодой специалист - опытный педагог"
V_KM = "коллега - молодой коллега"
V_UN = "успевающий - неуспевающий"
V_LP = "лидер - пассивный"


def nb(x):
    """an integer with a no-break space as the thousands separator («1 234»)"""
    return n(x, NB)


def L(text, org, ind, form="", variant=""):
    """a fact cell printed flush left (Word tables where the author never set the number alignment)"""
    return F(text, org, ind, form, variant, align="left")


# ============================================================================ TXT layouts the framework lacks
_framework_txt_table = fw.txt_table
_framework_render_txt = fw.render_txt


def dos_table(t):
    """a fixed-width table as typed in a DOS-era editor (cp866): no vertical lines; a double rule «═» above and
    under the header, a single rule «─» above the total row and at the end; header cells wrapped and left-aligned
    at the top of their column; long organization names wrap onto continuation lines; numbers right-aligned."""
    rows, kinds = t.rows_kinds()
    grid = t.layout(rows)
    widths = list(t.tw)
    gap = "  "
    full = sum(widths) + len(gap) * (len(widths) - 1)
    out = ["═" * full]
    prev = "head"
    for r, cells in enumerate(rows):
        kind = kinds[r]
        if prev == "head" and kind != "head":
            out.append("═" * full)
        elif kind == "total" and prev != "total":
            out.append("─" * full)
        segs = []
        c = 0
        while c < t.ncols:
            cell, origin = grid[r][c]
            assert origin and cell.rs == 1, "dos tables take no row spans"
            w = sum(widths[c:c + cell.cs]) + len(gap) * (cell.cs - 1)
            lines = textwrap.wrap(" ".join(cell.text.split()), w, break_long_words=False,
                                  break_on_hyphens=False) or [""]
            assert all(len(x) <= w for x in lines), ("cell wider than its column", cell.text)
            numeric = kind != "head" and c > 1 and parse_num(cell.text) is not None
            segs.append((w, lines, "r" if numeric else "l"))
            c += cell.cs
        height = max(len(s[1]) for s in segs)
        for i in range(height):
            parts = []
            for w, lines, al in segs:
                text = lines[i] if i < len(lines) else ""
                parts.append(text.rjust(w) if al == "r" else text.ljust(w))
            out.append(gap.join(parts).rstrip())
        prev = kind
    out.append("─" * full)
    return out


def _txt_table(t, mode):
    if mode == "dos":
        return dos_table(t)
    return _framework_txt_table(t, mode)


fw.txt_table = _txt_table       # render_txt looks the name up in its module at call time


def _csv_cell(s):
    """Excel's «CSV (разделители – точки с запятой)»: a cell with «;», a quote or a line break is quoted"""
    s = s.replace("\n", " ")
    if any(ch in s for ch in ';"'):
        return '"' + s.replace('"', '""') + '"'
    return s


def render_semi(doc, path):
    """the whole sheet saved by Excel as «;»-separated text in cp1251: every line has as many cells as the widest
    table, text lines stand in the first cell, empty cells stay as bare separators, CRLF line ends"""
    width = max(t.ncols for t in doc.tables())
    lines = []

    def line(cells):
        cells = list(cells) + [""] * (width - len(cells))
        lines.append(";".join(_csv_cell(c) for c in cells))
    for kind, b in doc.blocks:
        if kind in ("head", "title", "plain", "right", "sign"):
            for x in b.split("\n"):
                line([x])
        elif kind in ("p", "note"):
            line([b])
        elif kind == "cap":
            line([b[0]])
        elif kind == "blank":
            line([])
        elif kind == "table":
            if b.caption:
                line([b.caption])
            rows, kinds = b.rows_kinds()
            grid = b.layout(rows)
            for r in range(len(rows)):
                line([grid[r][c][0].text if grid[r][c][1] else "" for c in range(b.ncols)])
            if b.note:
                line([b.note])
    with open(path, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1251"))


def _render_txt(doc, path):
    if doc.txt_mode == "semi":
        return render_semi(doc, path)
    _framework_render_txt(doc, path)
    if doc.enc == "cp866":
        # the framework writes utf-8 for an encoding it does not know: re-encode as DOS text with CRLF
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "wb") as f:
            f.write(text.replace("\n", "\r\n").encode("cp866"))


fw.render_txt = _render_txt


# ============================================================================ a PDF with one page turned by /Rotate
_framework_render = fw.render


def _lo_pdf(doc, tmp):
    """doc -> docx -> LibreOffice PDF in tmp, with the framework's retry until the font subsets come in order"""
    src = os.path.join(tmp, f"{doc.name}.docx")
    fw.render_docx(doc, src)
    fw.normalize_zip(src, doc.created)
    for _ in range(25):
        fw.soffice(src, "pdf", tmp)
        if fw.pdf_fonts_in_order(os.path.join(tmp, f"{doc.name}.pdf")):
            return os.path.join(tmp, f"{doc.name}.pdf")
        shutil.rmtree(fw.LO_DIR, ignore_errors=True)
    raise RuntimeError(f"{doc.name}: embedded fonts never came in the canonical order")


def render_rotated(doc):
    """the blocks before doc.rotate_at are printed on portrait A4; the rest is laid out on landscape A4 and then
    drawn turned 90° counter-clockwise on a portrait page that carries /Rotate 90 (so a viewer shows it upright),
    the way a landscape appendix comes out of many print-to-PDF drivers"""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pr
    tmp = tempfile.mkdtemp(prefix="h14_")
    a = Doc(doc.name + "_a", "pdf", doc.municipality, as_of=doc.as_of, author=doc.author, created=doc.created)
    b = Doc(doc.name + "_b", "pdf", doc.municipality, as_of=doc.as_of, author=doc.author, created=doc.created,
            landscape=True)
    a.blocks, b.blocks = doc.blocks[:doc.rotate_at], doc.blocks[doc.rotate_at:]
    pa, pb = _lo_pdf(a, tmp), _lo_pdf(b, tmp)
    da, db = pdfium.PdfDocument(pa), pdfium.PdfDocument(pb)
    out = pdfium.PdfDocument.new()
    out.import_pages(da)
    for i in range(len(db)):
        w, h = db[i].get_size()
        assert w > h
        page = out.new_page(h, w)
        xo = pr.FPDF_NewXObjectFromPage(out.raw, db.raw, i)
        obj = pr.FPDF_NewFormObjectFromXObject(xo)
        pr.FPDFPageObj_Transform(obj, 0, 1, -1, 0, h, 0)     # (x, y) -> (h - y, x): turned counter-clockwise
        pr.FPDFPage_InsertObject(page.raw, obj)
        pr.FPDFPage_GenerateContent(page.raw)
        pr.FPDFPage_SetRotation(page.raw, 1)                   # /Rotate 90
        pr.FPDF_CloseXObject(xo)
    path = os.path.join(fw.OUT, f"{doc.name}.pdf")
    out.save(path)
    for x in (out, da, db):
        x.close()
    shutil.rmtree(tmp)
    fw.normalize_pdf(path, doc.name, doc.created)
    return path


def _render(doc):
    if getattr(doc, "rotate_at", None) is not None:
        return render_rotated(doc)
    return _framework_render(doc)


fw.render = _render

_framework_extract = fw.extract_text


def _extract_text(path):
    if path.endswith(".txt"):
        b = open(path, "rb").read()
        if b"\xcd\xcd\xcd" in b or b"\xc4\xc4\xc4" in b:       # «═══» / «───» in cp866
            return b.decode("cp866")
    return _framework_extract(path)


fw.extract_text = _extract_text


# ============================================================================ Лискинский район: приказ + справка (2 spellings)
# cluster, spelling in the приказ, spelling in the справка
LIS = [
    ("liski/school-1", "МКОУ «Лискинская СОШ № 1»", "СОШ № 1 г. Лиски"),
    ("liski/school-10", "МКОУ «Лискинская СОШ № 10»", "СОШ № 10 г. Лиски"),
    ("liski/school-11", "МКОУ «Лискинская СОШ № 11»", "Лискинская школа № 11"),
    ("liski/school-15", "МБОУ «Лискинская СОШ № 15»", "СОШ № 15 г. Лиски"),
    ("liski/school-17", "МКОУ «Лискинская СОШ № 17»", "СОШ №17 г. Лиски"),
    ("liski/davydovka-school", "МКОУ «Давыдовская СОШ с УИОП»", "Давыдовская СОШ"),
    ("liski/davydovka-oosh", "МКОУ «Давыдовская ООШ»", "Давыдовская основная школа"),
    ("liski/sredneikorets", "МКОУ «Среднеикорецкая СОШ»", "Среднеикорецкая школа"),
    ("liski/nizhneikorets", "МКОУ «Нижнеикорецкая СОШ»", "Нижнеикорецкая школа"),
    ("liski/pochepskaya", "МКОУ «Почепская СОШ»", "Почепская СОШ"),
    ("liski/tresorukovo", "МКОУ «Тресоруковская СОШ»", "Тресоруковская СОШ"),
]
LIS_DATA = {}


# ------------------------------------------------------------------ 1. приказ (docx): «от 05.09.2023г. №412-о» on one line
@builder(14101)
def doc_liski_prikaz(rng):
    d = Doc("liski_prikaz_412_2023", "docx", "Лискинский район", kind="приказ", doc_date="2023-09-05",
            doc_number="412-о", author="Шестакова Л.В.")
    rows = []
    for cl, name, _s in LIS:
        d.org(name, cl)
        small = cl in ("liski/davydovka-oosh", "liski/nizhneikorets", "liski/tresorukovo")
        tot = rng.randint(70, 190) if small else rng.randint(380, 1150)
        p = max(8, int(tot * rng.uniform(0.11, 0.18)))
        rows.append({"cl": cl, "name": name, "tot": tot, "p": p})
    T, P = sum(r["tot"] for r in rows), sum(r["p"] for r in rows)
    assert safe(shr(P, T)) and 13.6 <= shr(P, T) <= 15.4 and T >= 5000
    LIS_DATA.clear()
    LIS_DATA.update({r["cl"]: r["p"] for r in rows})
    d.head("АДМИНИСТРАЦИЯ ЛИСКИНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\nВОРОНЕЖСКОЙ ОБЛАСТИ\nОТДЕЛ ОБРАЗОВАНИЯ")
    d.title("П Р И К А З")
    d.plain("от 05.09.2023г. №412-о\nг. Лиски")
    d.title("Об установлении плановых показателей\nвовлечения обучающихся в программы наставничества\nна 2023-2024 учебный год")
    d.p("Во исполнение " + P145_SHORT.replace("распоряжением", "распоряжения") + ", приказа департамента "
        "образования, науки и молодёжной политики Воронежской области от 21.08.2023 № 1035 «О реализации целевой "
        "модели наставничества» п р и к а з ы в а ю:")
    d.p(f"1. Установить плановые показатели вовлечения обучающихся в возрасте от 10 до 19 лет в программы "
        f"наставничества для {len(rows)} общеобразовательных организаций района согласно приложению.")
    d.c_count("organizations", "п. 1: для 11 общеобразовательных организаций", len(rows), len(rows))
    d.p(f"2. Совокупно по району плановое значение составляет {nb(P)} обучающихся, или {pc(shr(P, T))} процента от "
        f"общей численности обучающихся 10–19 лет ({nb(T)} чел.).")
    d.c_sum("planned_participants", "п. 2: совокупно по району плановое значение", n(P), [r["p"] for r in rows])
    d.c_share("planned_participants", "п. 2: процента от общей численности обучающихся 10–19 лет", pc(shr(P, T)),
              P, T)
    d.c_sum("students_total", "п. 2: общая численность обучающихся 10–19 лет", n(T), [r["tot"] for r in rows])
    d.p("3. Руководителям общеобразовательных организаций назначить кураторов внедрения целевой модели "
        "наставничества и ежеквартально, до 5 числа месяца, следующего за отчётным кварталом, представлять "
        "в МКУ «Центр развития образования» сведения о выполнении плановых показателей.")
    d.p("4. Контроль за исполнением приказа возложить на заместителя руководителя отдела образования Шестакову Л.В.")
    d.sign("Руководитель отдела образования                       А.Н. Черкасов")
    d.pagebreak()
    d.right("Приложение\nк приказу отдела образования\nот 05.09.2023г. №412-о")
    t = Table(4, widths=[1.0, 8.4, 3.6, 4.0], font=11, hfont=10, caption="Плановые показатели вовлечения "
              "обучающихся в программы наставничества", caption_align="center")
    t.hrow("№ п/п", "Наименование ОО", "Численность обучающихся 10–19 лет, чел.",
           "Плановое значение (обучающихся – участников программ наставничества), чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [f"{k}.", Cell(nm, align="left"), F(n(r["tot"]), nm, "students_total"),
                      F(str(r["p"]), nm, "planned_participants")])
    t.row("total", ["", Cell("ИТОГО", align="left"), n(T), n(P)])
    d.table(t)
    d.c_sum("students_total", "строка «ИТОГО», численность", n(T), [r["tot"] for r in rows])
    d.c_sum("planned_participants", "строка «ИТОГО», плановое значение", n(P), [r["p"] for r in rows])
    return d


# ------------------------------------------------------------------ 2. справка (odt): «план | факт | % выполнения»,
# other spellings, «плановое значение … выполнено на 104%»
@builder(14102)
def doc_liski_vypolnenie(rng):
    d = Doc("liski_vypolnenie_2024", "odt", "Лискинский район", as_of="2024-05-31", author="Шестакова Л.В.")
    rows = []
    for cl, _p, name in LIS:
        d.org(name, cl)
        plan = LIS_DATA[cl]
        fact = max(5, int(plan * rng.uniform(0.88, 1.22)))
        rows.append({"cl": cl, "name": name, "plan": plan, "fact": fact})
    P, X = sum(r["plan"] for r in rows), sum(r["fact"] for r in rows)
    pct = [shr(r["fact"], r["plan"]) for r in rows]
    assert all(safe(x) for x in pct) and all(abs(x - 100) >= 0.6 for x in pct)
    tot_pct = shr(X, P)
    assert 103.6 < tot_pct < 104.4 and safe(tot_pct) and abs(tot_pct - 104) <= 0.4
    under = [r["name"] for r, x in zip(rows, pct) if x < 100]
    over = [r["name"] for r, x in zip(rows, pct) if x >= 115]
    assert 2 <= len(under) <= 4 and 2 <= len(over) <= 4
    bad_i = 3                    # PLANTED: the «% выполнения» of СОШ № 15 is printed 2.0 higher than fact / plan
    d.head("Отдел образования администрации Лискинского муниципального района")
    d.title("Информация о выполнении плановых показателей вовлечения обучающихся\nв программы наставничества "
            "(по состоянию на 31 мая 2024 года)")
    d.p("Плановые показатели установлены приказом отдела образования от 05.09.2023 № 412-о для каждой "
        "общеобразовательной организации района. Ниже приведено их выполнение по итогам 2023-2024 учебного года.")
    t = Table(5, widths=[1.0, 6.6, 2.8, 2.8, 3.0], font=11, hfont=10, caption="Таблица 1")
    t.hrow(Cell("№", rs=2), Cell("Образовательная организация", rs=2),
           Cell("Вовлечено обучающихся в программы наставничества, чел.", cs=3))
    t.hrow("план", "факт", "% выполнения")
    for k, (r, x) in enumerate(zip(rows, pct), 1):
        nm = r["name"]
        shown = pc(x + (2.0 if k - 1 == bad_i else 0))
        t.row("org", [str(k), Cell(nm, align="left"), F(str(r["plan"]), nm, "planned_participants"),
                      F(str(r["fact"]), nm, "students_involved"), shown])
    t.row("total", ["", Cell("Итого по району", align="left"), n(P), n(X), pc(tot_pct)])
    d.table(t)
    for k, (r, x) in enumerate(zip(rows, pct)):
        shown = pc(x + (2.0 if k == bad_i else 0))
        d.c_share("students_involved", f"{r['name']}: % выполнения", shown, r["fact"], r["plan"],
                  planted=k == bad_i)
    d.c_sum("planned_participants", "строка «Итого по району», план", n(P), [r["plan"] for r in rows])
    d.c_sum("students_involved", "строка «Итого по району», факт", n(X), [r["fact"] for r in rows])
    d.c_share("students_involved", "строка «Итого по району», % выполнения", pc(tot_pct), X, P)
    d.p(f"В целом по району плановое значение ({n(P)} обучающихся) выполнено на 104%: фактически в программы "
        f"наставничества вовлечено {n(X)} обучающихся.")
    d.c_share("students_involved", "плановое значение выполнено на 104%", "104", X, P)
    d.c_target("students_involved", "плановое значение выполнено (не менее 100%)", 100, tot_pct)
    d.c_sum("planned_participants", "в тексте: плановое значение", n(P), [r["plan"] for r in rows])
    d.c_sum("students_involved", "в тексте: фактически вовлечено", n(X), [r["fact"] for r in rows])
    d.p(f"Плановые показатели не выполнены в {len(under)} организациях – {join_ru(under)}. Этим организациям "
        f"рекомендовано пересмотреть дорожные карты. Свыше 115% плана – в {join_ru(over)}.")
    d.c_count("students_involved", "не выполнены в N организациях", len(under), len(under))
    d.c_member("students_involved", "план не выполнен: список", under, under)
    d.c_member("students_involved", "свыше 115% плана: список", over, over)
    d.sign("Главный специалист отдела образования                    Л.В. Шестакова")
    return d


# ============================================================================ Губкинский городской округ: 2 documents
# cluster, column heading in the monitoring (docx), row spelling in the «;»-export, kind
GUB = [
    ("gubkin/school-2", "СОШ № 2", 'МБОУ "СОШ №2"', "s"),
    ("gubkin/school-3", "СОШ № 3 с УИОП", 'МАОУ "СОШ № 3 с углубленным изучением отдельных предметов"', "s"),
    ("gubkin/lyceum-5", "Лицей № 5", 'МБОУ "Лицей №5"', "l"),
    ("gubkin/school-11", "СОШ № 11", 'МБОУ "СОШ №11"', "s"),
    ("gubkin/school-12", "СОШ № 12", 'МБОУ "СОШ №12"', "s"),
    ("gubkin/school-17", "СОШ № 17", 'МАОУ "СОШ №17"', "s"),
    ("gubkin/lyceum-6", "Лицей № 6", 'МАОУ "Лицей №6"', "l"),
    ("gubkin/skorodnoe", "Скороднянская СОШ", 'МБОУ "Скороднянская СОШ"', "v"),
    ("gubkin/troickaya", "Троицкая СОШ", 'МБОУ "Троицкая СОШ"', "v"),
]


# ------------------------------------------------------------------ 3. мониторинг (docx, landscape): indicators in rows,
# organizations in columns, unit-first row labels («чел. / наставляемых»), total column «Всего по округу» at the end
@builder(14103)
def doc_gubkin_monitoring(rng):
    d = Doc("gubkin_monitoring_2023", "docx", "Губкинский городской округ", as_of="2023-12-20",
            author="Маслова Т.Г.", landscape=True)
    cols = []
    for cl, head, _x, kind in GUB:
        d.org(head, cl)
        tot = rng.randint(140, 320) if kind == "v" else rng.randint(560, 1320)
        me = int(tot * rng.uniform(0.12, 0.24))
        mo = max(3, int(me * rng.uniform(0.45, 0.8)))
        pr = max(3, int(me * rng.uniform(0.55, 0.9)))
        fc = rng.randint(1, 2) if kind == "v" else rng.randint(2, 4)
        cols.append({"name": head, "kind": kind, "tot": tot, "me": me, "mo": mo, "pr": pr, "fc": fc,
                     "sh": shr(me, tot)})
    T, ME, MO, PR = (sum(c[k] for c in cols) for k in ("tot", "me", "mo", "pr"))
    assert all(safe(c["sh"]) for c in cols) and safe(shr(ME, T)) and safe(PR / len(cols))
    big = max(cols, key=lambda c: c["me"])
    assert big["me"] >= 2 * cols[8]["me"]
    MO_printed = MO + 3             # PLANTED: the total column of mentors is 3 more than the row gives
    d.head("Управление образования администрации Губкинского городского округа")
    d.title("Результаты мониторинга реализации целевой модели наставничества\nв общеобразовательных организациях "
            "Губкинского городского округа")
    d.p("Мониторинг проведён по состоянию на 20 декабря 2023 года в 9 общеобразовательных организациях: 7 городских "
        "(в том числе 2 лицея) и 2 сельских школах.")
    d.c_count("organizations", "в 9 общеобразовательных организациях", 9, len(cols))
    d.c_count("organizations", "в том числе 2 лицея", 2, sum(1 for c in cols if c["kind"] == "l"))
    d.c_count("organizations", "2 сельских школы", 2, sum(1 for c in cols if c["kind"] == "v"))
    w = [5.2] + [2.05] * 9 + [2.3]
    t = Table(11, widths=w, font=9, hfont=9, caption="Таблица 1. Показатели по организациям")
    t.hrow("Показатель", *[c["name"] for c in cols], "Всего по округу")
    spec = [("чел. / обучающихся 10–19 лет", "students_total", "tot", n),
            ("чел. / наставляемых из числа обучающихся", "mentees", "me", n),
            ("% / доля наставляемых от обучающихся 10–19 лет", "mentee_share_pct", "sh", pc),
            ("чел. / наставников", "mentors", "mo", n),
            ("ед. / наставнических пар (групп)", "pairs", "pr", n),
            ("ед. / реализуемых форм наставничества", "forms_count", "fc", n)]
    totals = {"tot": n(T), "me": n(ME), "sh": pc(shr(ME, T)), "mo": n(MO_printed), "pr": n(PR), "fc": "х"}
    for label, ind, key, fmt in spec:
        t.row("tdata", [Cell(label, align="left")] + [F(fmt(c[key]), c["name"], ind) for c in cols]
              + [Cell(totals[key], bold=True)])
    d.table(t)
    d.c_sum("students_total", "столбец «Всего по округу», обучающихся 10–19 лет", n(T), [c["tot"] for c in cols])
    d.c_sum("mentees", "столбец «Всего по округу», наставляемых", n(ME), [c["me"] for c in cols])
    d.c_share("mentee_share_pct", "столбец «Всего по округу», доля наставляемых", pc(shr(ME, T)), ME, T)
    d.c_sum("mentors", "столбец «Всего по округу», наставников", n(MO_printed), [c["mo"] for c in cols],
            planted=True)
    d.c_sum("pairs", "столбец «Всего по округу», пар", n(PR), [c["pr"] for c in cols])
    d.p(f"Итого по муниципалитету в роли наставляемых выступают {n(ME)} обучающихся, что составляет "
        f"{pc(shr(ME, T))}% от численности обучающихся в возрасте 10–19 лет ({n(T)}). Сформировано {PR} "
        f"наставнических пар (групп); средний показатель по ОО – {pc(PR / len(cols))} пары.")
    d.c_sum("mentees", "итого по муниципалитету наставляемых", n(ME), [c["me"] for c in cols])
    d.c_share("mentee_share_pct", "итого по муниципалитету: доля наставляемых", pc(shr(ME, T)), ME, T)
    d.c_sum("students_total", "в тексте: численность обучающихся 10–19 лет", n(T), [c["tot"] for c in cols])
    d.c_sum("pairs", "в тексте: сформировано пар", PR, [c["pr"] for c in cols])
    d.c_ratio("pairs", "средний показатель по ОО (пар на одну организацию)", pc(PR / len(cols)), PR, len(cols))
    four = [c["name"] for c in cols if c["fc"] == 4]
    assert 1 <= len(four) <= 4
    d.p(f"Все четыре формы наставничества реализуются в {len(four)} "
        f"{plural(len(four), 'организации', 'организациях', 'организациях')}: {join_ru(four)}. В {big['name']} "
        f"наставляемых более чем вдвое больше, чем в Троицкой СОШ, что объясняется численностью обучающихся.")
    d.c_count("forms_count", "все четыре формы: число организаций", len(four), len(four))
    d.c_member("forms_count", "все четыре формы: список", four, four)
    d.sign("Начальник отдела общего образования                    Т.Г. Маслова")
    return d


# ------------------------------------------------------------------ 4. молодые специалисты (txt, cp1251, «;»-separated,
# Excel CSV quoting), «стаж до 3 лет», «средний показатель по ОО», «почти треть»
@builder(14104)
def doc_gubkin_molodye(rng):
    d = Doc("gubkin_molodye_2024", "txt", "Губкинский городской округ", as_of="2024-02-01", txt_mode="semi",
            enc="cp1251")
    rows = []
    for cl, _h, name, kind in GUB:
        d.org(name, cl)
        if cl == "gubkin/troickaya":
            rows.append({"name": name, "y": 0, "m": 0, "mo": 0, "sh": None})
            continue
        y = rng.randint(1, 3) if kind == "v" else rng.randint(3, 11)
        m = y - (rng.random() < 0.45 and y > 2)
        mo = max(1, m - rng.randint(0, 1))
        rows.append({"name": name, "y": y, "m": m, "mo": mo, "sh": shr(m, y)})
    Y, M, MO = (sum(r[k] for r in rows) for k in ("y", "m", "mo"))
    shares = [r["sh"] for r in rows if r["sh"] is not None]
    mean = sum(shares) / len(shares)
    assert all(safe(s) for s in shares) and safe(shr(M, Y)) and safe(mean) and abs(mean - shr(M, Y)) >= 0.5
    top2 = [rows[2], rows[5]]
    s2 = sum(r["y"] for r in top2) / Y
    assert 0.28 <= s2 <= 0.32
    mean_stated = pc(mean + 1.5)       # PLANTED: the stated mean of the row shares is 1.5 too high
    d.plain("Сведения о молодых специалистах общеобразовательных организаций Губкинского городского округа")
    d.plain("по состоянию на 01.02.2024")
    t = Table(6, caption="Таблица 2")
    t.hrow("№", "ОО", "Молодые специалисты (стаж до 3 лет), чел.", "из них закреплены за наставниками, чел.",
           "% закрепления", "Наставники молодых специалистов, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), nm, F(str(r["y"]), nm, "young_teachers"), F(str(r["m"]), nm, "young_teacher_mentees"),
                      F("нет" if r["sh"] is None else pc(r["sh"]), nm, "young_teacher_mentee_share_pct"),
                      F(str(r["mo"]), nm, "mentors", TT)])
    t.row("total", ["", "Итого", str(Y), str(M), pc(shr(M, Y)), str(MO)])
    d.table(t)
    d.c_sum("young_teachers", "строка «Итого», молодые специалисты", Y, [r["y"] for r in rows])
    d.c_sum("young_teacher_mentees", "строка «Итого», закреплены", M, [r["m"] for r in rows])
    d.c_share("young_teacher_mentee_share_pct", "строка «Итого», % закрепления", pc(shr(M, Y)), M, Y)
    d.c_sum("mentors", "строка «Итого», наставники", MO, [r["mo"] for r in rows])
    d.plain(f"Примечание: в Троицкой СОШ молодых специалистов нет. Из {Y} молодых специалистов за наставниками "
            f"закреплены {M} ({pc(shr(M, Y))}%); средний показатель по ОО – {mean_stated}%. Почти треть молодых "
            f"специалистов округа работает в двух организациях – лицее № 5 и СОШ № 17.")
    d.c_sum("young_teachers", "в примечании: молодых специалистов", Y, [r["y"] for r in rows])
    d.c_sum("young_teacher_mentees", "в примечании: закреплены", M, [r["m"] for r in rows])
    d.c_share("young_teacher_mentee_share_pct", "в примечании: доля закреплённых", pc(shr(M, Y)), M, Y)
    d.c_mean("young_teacher_mentee_share_pct", "средний показатель по ОО (среднее долей строк)", mean_stated,
             shares, planted=True)
    return d


# ============================================================================ городской округ Новокуйбышевск
NOV = [  # printed name, cluster, kind (g = гимназия / лицей)
    ("ГБОУ СОШ № 1 г. Новокуйбышевска", "novokuybyshevsk/school-1", "s"),
    ("ГБОУ гимназия № 1 г. Новокуйбышевска", "novokuybyshevsk/gymnasium-1", "g"),
    ("ГБОУ ООШ № 2 г. Новокуйбышевска", "novokuybyshevsk/oosh-2", "s"),
    ("ГБОУ СОШ № 3 «Центр образования»", "novokuybyshevsk/school-3", "s"),
    ("ГБОУ СОШ № 5 «ОЦ»", "novokuybyshevsk/school-5", "s"),
    ("ГБОУ СОШ № 7 «ОЦ»", "novokuybyshevsk/school-7", "s"),
    ("ГБОУ лицей № 8 г. Новокуйбышевска", "novokuybyshevsk/lyceum-8", "g"),
    ("ГБОУ СОШ № 8 г. Новокуйбышевска", "novokuybyshevsk/school-8", "s"),
    ("ГБОУ гимназия «Гармония»", "novokuybyshevsk/gymnasium-garmoniya", "g"),
    ("ГБОУ СОШ № 10 г. Новокуйбышевска", "novokuybyshevsk/school-10", "s"),
    ("ГБОУ «Лицей № 11 «Образовательный центр»»", "novokuybyshevsk/lyceum-11", "g"),
    ("ГБОУ ООШ № 12 г. Новокуйбышевска", "novokuybyshevsk/oosh-12", "s"),
]


# ------------------------------------------------------------------ 5. справка (pdf, NO rules, numbers flush LEFT)
@builder(14105)
def doc_novokuybyshevsk(rng):
    d = Doc("novokuybyshevsk_spravka_2023", "pdf", "городской округ Новокуйбышевск", as_of="2023-12-25",
            author="Рябова Е.С.")
    rows = []
    for name, cl, kind in NOV:
        d.org(name, cl)
        tot = rng.randint(210, 420) if "ООШ" in name else rng.randint(520, 1190)
        lo, hi = (0.19, 0.27) if kind == "g" else (0.09, 0.22)
        me = int(tot * rng.uniform(lo, hi))
        mo = max(4, int(me * rng.uniform(0.35, 0.7)))
        rows.append({"name": name, "kind": kind, "tot": tot, "me": me, "mo": mo, "sh": shr(me, tot)})
    T, ME, MO = (sum(r[k] for r in rows) for k in ("tot", "me", "mo"))
    assert all(safe(r["sh"]) and abs(r["sh"] - 20) >= 0.3 for r in rows) and safe(shr(ME, T))
    above = [r["name"] for r in rows if r["sh"] > 20]
    assert 4 <= len(above) <= 6
    gl = [r for r in rows if r["kind"] == "g"]
    assert all(r["sh"] > 20 for r in gl)
    stated_above = above[:-1]           # PLANTED: the list «выше 20%» leaves out its last school
    d.head("ЗАПАДНОЕ УПРАВЛЕНИЕ МИНИСТЕРСТВА ОБРАЗОВАНИЯ САМАРСКОЙ ОБЛАСТИ\nНовокуйбышевский ресурсный центр")
    d.title("СПРАВКА\nоб итогах мониторинга вовлечённости обучающихся в программы наставничества\nв "
            "общеобразовательных учреждениях городского округа Новокуйбышевск\n(по состоянию на 25.12.2023)")
    d.p(f"В мониторинге приняли участие {len(rows)} общеобразовательных учреждений, из них 4 гимназии и лицея.")
    d.c_count("organizations", "приняли участие 12 учреждений", len(rows), len(rows))
    d.c_count("organizations", "из них 4 гимназии и лицея", 4, len(gl))
    t = Table(6, widths=[0.8, 5.6, 2.7, 2.7, 1.6, 2.6], font=10, hfont=8, ruled=False, hbold=False,
              caption="Таблица")
    t.hrow("№", "Учреждение", "Обучающихся 10–19 лет, чел.", "Наставляемых, чел.", "Доля, %", "Наставников, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), L(n(r["tot"]), nm, "students_total"),
                      L(str(r["me"]), nm, "mentees"), L(pc(r["sh"]), nm, "mentee_share_pct"),
                      L(str(r["mo"]), nm, "mentors")])
    t.row("total", ["", Cell("Итого", align="left"), Cell(n(T), align="left"), Cell(n(ME), align="left"),
                    Cell(pc(shr(ME, T)), align="left"), Cell(n(MO), align="left")])
    d.table(t)
    d.c_sum("students_total", "строка «Итого», обучающихся 10–19 лет", n(T), [r["tot"] for r in rows])
    d.c_sum("mentees", "строка «Итого», наставляемых", n(ME), [r["me"] for r in rows])
    d.c_share("mentee_share_pct", "строка «Итого», доля", pc(shr(ME, T)), ME, T)
    d.c_sum("mentors", "строка «Итого», наставников", n(MO), [r["mo"] for r in rows])
    d.p(f"Итого по муниципалитету в роли наставляемых – {n(ME)} обучающихся, или {pc(shr(ME, T))} процента от "
        f"общего числа обучающихся 10–19 лет. Доля наставляемых выше 20% – в {join_ru(stated_above)}. Во всех 4 "
        f"гимназиях и лицеях показатель превышает 20%.")
    d.c_sum("mentees", "итого по муниципалитету наставляемых", n(ME), [r["me"] for r in rows])
    d.c_share("mentee_share_pct", "итого по муниципалитету: процента от обучающихся 10–19 лет", pc(shr(ME, T)),
              ME, T)
    d.c_member("mentee_share_pct", "доля выше 20%: список", stated_above, above, planted=True)
    d.c_count("mentee_share_pct", "во всех 4 гимназиях и лицеях выше 20%", 4, len([r for r in gl if r["sh"] > 20]))
    d.p(f"На одного наставника в среднем приходится {pc(ME / MO)} наставляемого.")
    d.c_ratio("mentees", "наставляемых на одного наставника", pc(ME / MO), ME, MO)
    d.sign("Методист ресурсного центра                       Е.С. Рябова")
    return d


# ============================================================================ Тихвинский район
TIKH = [
    ("МОУ «СОШ № 1» г. Тихвина", "tikhvin/school-1"),
    ("МОУ «Гимназия № 2»", "tikhvin/gymnasium-2"),
    ("МОУ «СОШ № 2»", "tikhvin/school-2"),
    ("МОУ «Лицей № 7»", "tikhvin/lyceum-7"),
    ("МОУ «СОШ № 5»", "tikhvin/school-5"),
    ("МОУ «СОШ № 6»", "tikhvin/school-6"),
    ("МОУ «СОШ № 9»", "tikhvin/school-9"),
    ("МОУ «Шугозерская СОШ»", "tikhvin/shugozero"),
    ("МОУ «Борская ООШ»", "tikhvin/borskaya"),
    ("МОУ «Цвылёвская ООШ»", "tikhvin/tsvylevo"),
]


# ------------------------------------------------------------------ 6. анализ (pdf, NO rules, numbers flush RIGHT,
# two-level heading: form › «пар, ед. / наставляемых, чел.»)
@builder(14106)
def doc_tikhvin(rng):
    d = Doc("tikhvin_analiz_2023", "pdf", "Тихвинский район", as_of="2023-12-29", author="Гусева А.М.")
    rows = []
    for name, cl in TIKH:
        d.org(name, cl)
        small = "ООШ" in name or "Шугозерская" in name
        pu = rng.randint(2, 9) if small else rng.randint(10, 34)
        mu = pu * 2 + rng.randint(0, pu)
        pt = rng.randint(1, 2) if small else rng.randint(2, 7)
        mt = pt + rng.randint(0, 1)
        mo = pu + pt + rng.randint(0, 4)
        rows.append({"name": name, "pu": pu, "mu": mu, "pt": pt, "mt": mt, "mo": mo})
    PU, MU, PT, MT, MO = (sum(r[k] for r in rows) for k in ("pu", "mu", "pt", "mt", "mo"))
    assert safe(MU / PU) and safe(shr(PU, PU + PT)) and MU >= 200
    PU_printed = PU - 2           # PLANTED: «Итого» of «ученик – ученик» pairs is 2 less than the column
    d.head("КОМИТЕТ ПО ОБРАЗОВАНИЮ АДМИНИСТРАЦИИ ТИХВИНСКОГО РАЙОНА")
    d.title("Анализ реализации целевой модели наставничества\nв общеобразовательных организациях Тихвинского "
            "района за 2023 год")
    d.p("Сведения представлены 10 общеобразовательными организациями по состоянию на 29.12.2023. Основными "
        "формами наставничества в районе остаются «ученик – ученик» и «учитель – учитель».")
    d.c_count("organizations", "сведения представлены 10 организациями", 10, len(rows))
    t = Table(7, widths=[0.8, 4.6, 1.9, 2.7, 1.9, 2.7, 2.4], font=10, hfont=8, ruled=False, hbold=False,
              caption="Таблица 1")
    t.hrow(Cell("№", rs=2), Cell("Организация", rs=2), Cell("Ученик – ученик", cs=2),
           Cell("Учитель – учитель", cs=2), Cell("Наставников всего, чел.", rs=2))
    t.hrow("пар, ед.", "наставляемых, чел.", "пар, ед.", "наставляемых, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(str(r["pu"]), nm, "pairs", UU),
                      F(str(r["mu"]), nm, "mentees", UU), F(str(r["pt"]), nm, "pairs", TT),
                      F(str(r["mt"]), nm, "mentees", TT), F(str(r["mo"]), nm, "mentors")])
    t.row("total", ["", Cell("Итого", align="left"), str(PU_printed), str(MU), str(PT), str(MT), str(MO)])
    d.table(t)
    d.c_sum("pairs", "строка «Итого», пар «ученик – ученик»", PU_printed, [r["pu"] for r in rows], planted=True)
    d.c_sum("mentees", "строка «Итого», наставляемых «ученик – ученик»", MU, [r["mu"] for r in rows])
    d.c_sum("pairs", "строка «Итого», пар «учитель – учитель»", PT, [r["pt"] for r in rows])
    d.c_sum("mentees", "строка «Итого», наставляемых «учитель – учитель»", MT, [r["mt"] for r in rows])
    d.c_sum("mentors", "строка «Итого», наставников всего", MO, [r["mo"] for r in rows])
    d.p(f"Форма «ученик – ученик» реализуется во всех десяти организациях. Эта форма объединяет {MU} "
        f"наставляемых; в среднем на одну пару приходится {pc(MU / PU)} обучающегося.")
    d.c_count("pairs", "«ученик – ученик» во всех десяти организациях", 10, sum(1 for r in rows if r["pu"] > 0))
    d.c_sum("mentees", "эта форма объединяет N наставляемых", MU, [r["mu"] for r in rows])
    d.c_ratio("mentees", "в среднем на одну пару «ученик – ученик»", pc(MU / PU), MU, PU)
    d.p(f"Форма «учитель – учитель» представлена {PT} парами ({pc(shr(PT, PU + PT))}% от общего числа пар); "
        f"наставляемых педагогов по этой форме – {MT}.")
    d.c_sum("pairs", "«учитель – учитель»: пар", PT, [r["pt"] for r in rows])
    d.c_share("pairs", "доля пар «учитель – учитель» от общего числа пар", pc(shr(PT, PU + PT)), PT, PU + PT)
    d.c_sum("mentees", "«учитель – учитель»: наставляемых педагогов", MT, [r["mt"] for r in rows])
    d.sign("Ведущий специалист комитета по образованию                    А.М. Гусева")
    return d


# ============================================================================ Ишимбайский район: a long borderless table
ISH = [
    ("МБОУ СОШ № 1 г. Ишимбая", "ishimbay/school-1"), ("МБОУ СОШ № 2 г. Ишимбая", "ishimbay/school-2"),
    ("МБОУ гимназия № 2 г. Ишимбая", "ishimbay/gymnasium-2"), ("МБОУ СОШ № 3 г. Ишимбая", "ishimbay/school-3"),
    ("МБОУ лицей № 12 г. Ишимбая", "ishimbay/lyceum-12"), ("МБОУ СОШ № 4 г. Ишимбая", "ishimbay/school-4"),
    ("МБОУ СОШ № 5 г. Ишимбая", "ishimbay/school-5"), ("МБОУ СОШ № 7 г. Ишимбая", "ishimbay/school-7"),
    ("МБОУ СОШ № 9 г. Ишимбая", "ishimbay/school-9"), ("МБОУ СОШ № 11 г. Ишимбая", "ishimbay/school-11"),
    ("МБОУ СОШ № 16 г. Ишимбая", "ishimbay/school-16"),
    ("МБОУ СОШ с. Петровское", "ishimbay/petrovskoe"), ("МБОУ СОШ с. Кулгунино", "ishimbay/kulgunino"),
    ("МБОУ СОШ с. Верхотор", "ishimbay/verkhotor"), ("МБОУ СОШ с. Ишеево", "ishimbay/isheevo"),
    ("МБОУ СОШ с. Кинзебулатово", "ishimbay/kinzebulatovo"), ("МБОУ СОШ д. Кузяново", "ishimbay/kuzyanovo"),
    ("МБОУ СОШ с. Васильевка", "ishimbay/vasilevka"), ("МБОУ СОШ с. Верхнеарметово", "ishimbay/verkhnearmetovo"),
    ("МБОУ СОШ с. Арметово", "ishimbay/armetovo"), ("МБОУ ООШ д. Урман-Бишкадак", "ishimbay/urman-bishkadak"),
    ("МБОУ ООШ д. Карайганово", "ishimbay/karayganovo"), ("МБОУ ООШ с. Скворчиха", "ishimbay/skvorchikha"),
    ("МБОУ СОШ с. Салихово", "ishimbay/salikhovo"), ("МБОУ СОШ д. Яр-Бишкадак", "ishimbay/yar-bishkadak"),
    ("МБОУ СОШ с. Кузяново", "ishimbay/kuzyanovo-selo"),
]


# ------------------------------------------------------------------ 7. сведения (pdf, NO rules, the table runs over
# two pages with the header repeated)
@builder(14107)
def doc_ishimbay(rng):
    d = Doc("ishimbay_svedeniya_2024", "pdf", "Ишимбайский район", as_of="2024-05-25", author="Юлдашева Г.Р.",
            font=13)
    rows = []
    for name, cl in ISH:
        d.org(name, cl)
        town = "г. Ишимбая" in name
        fc = rng.randint(2, 4) if town else rng.randint(1, 3)
        pr = rng.randint(9, 40) if town else rng.randint(2, 12)
        me = pr + rng.randint(0, pr)
        mo = pr - rng.randint(0, pr // 3)
        rows.append({"name": name, "fc": fc, "pr": pr, "me": me, "mo": mo})
    PR, ME, MO = (sum(r[k] for r in rows) for k in ("pr", "me", "mo"))
    FC = [r["fc"] for r in rows]
    assert safe(sum(FC) / len(FC)) and safe(PR / len(rows))
    MO_printed = MO + 10          # PLANTED: «Итого по району» of mentors (on page 2) is 10 more than the column
    d.head("МКУ «Отдел образования» муниципального района Ишимбайский район\nРеспублики Башкортостан")
    d.title("Сведения о реализации целевой модели наставничества\nв общеобразовательных организациях "
            "муниципального района Ишимбайский район\nпо состоянию на 25 мая 2024 г.")
    d.p(f"Целевая модель наставничества реализуется во всех {len(rows)} общеобразовательных организациях района: "
        f"{sum(1 for r in rows if 'г. Ишимбая' in r['name'])} городских и "
        f"{sum(1 for r in rows if 'г. Ишимбая' not in r['name'])} сельских. Сведения представлены руководителями "
        f"организаций в форме мониторинга, утверждённой отделом образования; показатели сверены с отчётами "
        f"кураторов.")
    d.c_count("organizations", "во всех 26 общеобразовательных организациях", len(rows), len(rows))
    d.c_count("organizations", "городских", 11, sum(1 for r in rows if "г. Ишимбая" in r["name"]))
    d.c_count("organizations", "сельских", 15, sum(1 for r in rows if "г. Ишимбая" not in r["name"]))
    t = Table(6, widths=[0.9, 7.2, 2.4, 2.4, 2.4, 2.4], font=12, hfont=11, ruled=False, hbold=True,
              caption="Таблица 1", cell_pad=40)
    t.hrow("№", "Общеобразовательная организация", "Форм, ед.", "Пар (групп), ед.", "Наставляемых, чел.",
           "Наставников, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(str(r["fc"]), nm, "forms_count"),
                      F(str(r["pr"]), nm, "pairs"), F(str(r["me"]), nm, "mentees"), F(str(r["mo"]), nm, "mentors")])
    t.row("total", ["", Cell("Итого по району", align="left"), "", str(PR), str(ME), str(MO_printed)])
    d.table(t)
    d.c_sum("pairs", "строка «Итого по району», пар", PR, [r["pr"] for r in rows])
    d.c_sum("mentees", "строка «Итого по району», наставляемых", ME, [r["me"] for r in rows])
    d.c_sum("mentors", "строка «Итого по району», наставников", MO_printed, [r["mo"] for r in rows], planted=True)
    d.p(f"Совокупно в районе действует {PR} наставнических пар (групп), в которые вовлечено {ME} наставляемых. "
        f"В среднем одна организация реализует {pc(sum(FC) / len(FC))} формы наставничества и {pc(PR / len(rows))} "
        f"пары.")
    d.c_sum("pairs", "совокупно в районе пар", PR, [r["pr"] for r in rows])
    d.c_sum("mentees", "совокупно вовлечено наставляемых", ME, [r["me"] for r in rows])
    d.c_mean("forms_count", "в среднем форм на одну организацию", pc(sum(FC) / len(FC)), FC)
    d.c_ratio("pairs", "в среднем пар на одну организацию", pc(PR / len(rows)), PR, len(rows))
    d.sign("Главный специалист МКУ «Отдел образования»                 Г.Р. Юлдашева")
    return d


# ============================================================================ Валуйский городской округ
VAL = [
    ("МОУ «СОШ № 1 с УИОП» г. Валуйки", "valuyki/school-1"), ("МОУ «СОШ № 2» г. Валуйки", "valuyki/school-2"),
    ("МОУ «СОШ № 3» г. Валуйки", "valuyki/school-3"), ("МОУ «Валуйская СОШ № 4»", "valuyki/school-4"),
    ("МОУ «Уразовская СОШ № 1»", "valuyki/urazovo-1"), ("МОУ «Уразовская СОШ № 2»", "valuyki/urazovo-2"),
    ("МОУ «Насоновская СОШ»", "valuyki/nasonovo"), ("МОУ «Солотянская СОШ»", "valuyki/solotino"),
    ("МОУ «Рождественская ООШ»", "valuyki/rozhdestvenskaya"),
]


# ------------------------------------------------------------------ 8. справка (pdf): page 1 portrait text, page 2
# a landscape table drawn sideways on a portrait page with /Rotate 90; pairs per variant (form › variant)
@builder(14108)
def doc_valuyki(rng):
    d = Doc("valuyki_varianty_2023", "pdf", "Валуйский городской округ", as_of="2023-12-15", author="Лысенко И.В.")
    cols = [(UU, V_UN, "успевающий – неуспевающий"), (UU, V_LP, "лидер – пассивный"),
            (TT, V_MS, "молодой специалист – опытный педагог"), (TT, V_KM, "коллега – молодой коллега")]
    rows = []
    for name, cl in VAL:
        d.org(name, cl)
        small = "ООШ" in name or "Солотянская" in name or "Насоновская" in name
        v = [rng.randint(1, 5) if small else rng.randint(4, 16), rng.randint(0, 3) if small else rng.randint(2, 9),
             rng.randint(0, 2) if small else rng.randint(1, 5), rng.randint(0, 2) if small else rng.randint(1, 4)]
        me = [x * rng.choice((1, 2)) if k < 2 else x for k, x in enumerate(v)]
        rows.append({"name": name, "v": v, "me": me})
    S = [sum(r["v"][k] for r in rows) for k in range(4)]
    UUsum, TTsum = S[0] + S[1], S[2] + S[3]
    ALL = UUsum + TTsum
    assert safe(shr(UUsum, ALL)) and 0 not in [r["v"][0] for r in rows] and S[2] >= 2 * S[3] + 1
    ALL_stated = ALL + 6           # PLANTED: the stated total of pairs is 6 more than its parts (and the table)
    d.head("Управление образования администрации Валуйского городского округа")
    d.title("Справка\nо реализации вариантов форм наставничества «ученик – ученик» и «учитель – учитель»\n"
            "(по состоянию на 15.12.2023)")
    d.p(f"В общеобразовательных организациях округа сформировано {ALL_stated} наставнических пар, из них {UUsum} "
        f"– в форме «ученик – ученик» и {TTsum} – в форме «учитель – учитель». На форму «ученик – ученик» "
        f"приходится {pc(shr(UUsum, ALL))}% пар.")
    d.c_comp("pairs", "сформировано N пар = «ученик – ученик» + «учитель – учитель»", ALL_stated, [UUsum, TTsum],
             planted=True)
    d.c_sum("pairs", "«ученик – ученик»: пар (сумма двух вариантов)", UUsum, [r["v"][0] + r["v"][1] for r in rows])
    d.c_sum("pairs", "«учитель – учитель»: пар (сумма двух вариантов)", TTsum, [r["v"][2] + r["v"][3] for r in rows])
    d.c_share("pairs", "доля пар «ученик – ученик»", pc(shr(UUsum, ALL)), UUsum, ALL)
    d.p(f"Вариант «молодой специалист – опытный педагог» остаётся основным для формы «учитель – учитель»: {S[2]} "
        f"пар против {S[3]} пар варианта «коллега – молодой коллега», т. е. более чем вдвое больше. Данный вариант "
        f"реализуется в {sum(1 for r in rows if r['v'][2] > 0)} организациях из {len(rows)}.")
    d.c_sum("pairs", "«молодой специалист – опытный педагог»: пар", S[2], [r["v"][2] for r in rows])
    d.c_sum("pairs", "«коллега – молодой коллега»: пар", S[3], [r["v"][3] for r in rows])
    d.c_count("pairs", "данный вариант (молодой специалист – опытный педагог) реализуется в N организациях",
              sum(1 for r in rows if r["v"][2] > 0), sum(1 for r in rows if r["v"][2] > 0))
    d.c_count("organizations", "… из 9", len(rows), len(rows))
    d.p("Подробные сведения по организациям приведены в приложении.")
    d.sign("Заместитель начальника управления образования                 И.В. Лысенко")
    d.rotate_at = len(d.blocks)
    d.right("Приложение к справке")
    t = Table(10, widths=[0.7, 5.0] + [2.6] * 8, font=10, hfont=8, caption="Число наставнических пар и "
              "наставляемых по вариантам форм наставничества", caption_align="center")
    t.hrow(Cell("№", rs=3), Cell("Общеобразовательная организация", rs=3), Cell("Форма «ученик – ученик»", cs=4),
           Cell("Форма «учитель – учитель»", cs=4))
    t.hrow(*[Cell(c[2], cs=2) for c in cols])
    t.hrow(*(["пар", "наставляемых"] * 4))
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        cells = [str(k), Cell(nm, align="left")]
        for j, (form, var, _l) in enumerate(cols):
            cells += [F(z(r["v"][j]), nm, "pairs", form, var), F(z(r["me"][j]), nm, "mentees", form, var)]
        t.row("org", cells)
    ME = [sum(r["me"][k] for r in rows) for k in range(4)]
    tot = ["", Cell("Итого", align="left")]
    for j in range(4):
        tot += [str(S[j]), str(ME[j])]
    t.row("total", tot)
    d.table(t)
    for j, (_f, _v, lab) in enumerate(cols):
        d.c_sum("pairs", f"строка «Итого», пар «{lab}»", S[j], [r["v"][j] for r in rows])
        d.c_sum("mentees", f"строка «Итого», наставляемых «{lab}»", ME[j], [r["me"][j] for r in rows])
    return d


# ============================================================================ Ярцевский район
YAR = [  # printed name, cluster, rural
    ("МБОУ СШ № 1 г. Ярцево", "yartsevo/school-1", 0), ("МБОУ «СШ № 2» г. Ярцево", "yartsevo/school-2", 0),
    ("МБОУ СШ № 3 г. Ярцево", "yartsevo/school-3", 0), ("МБОУ Капыревщинская СШ", "yartsevo/kapyrevshchina", 1),
    ("МБОУ СШ № 4 г. Ярцево", "yartsevo/school-4", 0), ("МБОУ Суетовская СШ", "yartsevo/suetovo", 1),
    ("МБОУ СШ № 6 г. Ярцево", "yartsevo/school-6", 0), ("МБОУ Миропольская СШ", "yartsevo/miropolye", 1),
    ("МБОУ СШ № 7 г. Ярцево", "yartsevo/school-7", 0), ("МБОУ Школа-интернат № 1 г. Ярцево", "yartsevo/internat-1", 0),
    ("МБОУ Засижьевская ОШ", "yartsevo/zasizhye", 1), ("МБОУ СШ № 9 г. Ярцево", "yartsevo/school-9", 0),
]


# ------------------------------------------------------------------ 9. справка (docx): «Всего по району» in the middle
# of the table, followed by «в т.ч. сельские школы / городские школы»; «1 234» with no-break spaces
@builder(14109)
def doc_yartsevo(rng):
    d = Doc("yartsevo_spravka_2023", "docx", "Ярцевский район", as_of="2023-12-28", author="Новикова О.Н.")
    rows = []
    for name, cl, rural in YAR:
        d.org(name, cl)
        tot = rng.randint(60, 190) if rural else rng.randint(1020, 1480)
        x = int(tot * rng.uniform(0.15, 0.30))
        y = rng.randint(2, 6) if rural else rng.randint(9, 28)
        rows.append({"name": name, "rural": rural, "tot": tot, "x": x, "y": y})
    T, X, Y = (sum(r[k] for r in rows) for k in ("tot", "x", "y"))
    rr = [r for r in rows if r["rural"]]
    uu = [r for r in rows if not r["rural"]]
    RX, UXs = sum(r["x"] for r in rr), sum(r["x"] for r in uu)
    assert safe(shr(X, T)) and X >= 1000 and RX >= 30
    RX_printed = RX + 11          # PLANTED: «в т.ч. сельские школы» of pupils involved is 11 more than its rows
    d.head("Администрация муниципального образования «Ярцевский район» Смоленской области\nКомитет по образованию")
    d.title("Информационная справка\nо вовлечённости обучающихся и педагогов в программы наставничества\n"
            "на 28.12.2023")
    d.p("В справке обобщены сведения 12 общеобразовательных организаций района: 8 городских и 4 сельских школ.")
    d.c_count("organizations", "12 общеобразовательных организаций", 12, len(rows))
    d.c_count("organizations", "8 городских", 8, len(uu))
    d.c_count("organizations", "4 сельских", 4, len(rr))
    t = Table(5, widths=[1.0, 7.4, 2.9, 2.9, 2.9], font=11, hfont=10, caption="Таблица 1")
    t.hrow("№", "Наименование ОО", "Численность обучающихся, чел.", "Вовлечено обучающихся, чел.",
           "Вовлечено педагогов, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(nb(r["tot"]), nm, "students_total"),
                      F(nb(r["x"]), nm, "students_involved"), F(str(r["y"]), nm, "teachers_involved")])
    t.row("total", ["", Cell("Всего по району", align="left"), nb(T), nb(X), str(Y)])
    t.row("total", ["", Cell("в т.ч. сельские школы", align="left"), nb(sum(r["tot"] for r in rr)), nb(RX_printed),
                    str(sum(r["y"] for r in rr))])
    t.row("total", ["", Cell("городские школы", align="left"), nb(sum(r["tot"] for r in uu)), nb(UXs),
                    str(sum(r["y"] for r in uu))])
    d.table(t)
    d.c_sum("students_total", "строка «Всего по району», численность", n(T), [r["tot"] for r in rows])
    d.c_sum("students_involved", "строка «Всего по району», вовлечено обучающихся", n(X), [r["x"] for r in rows])
    d.c_sum("teachers_involved", "строка «Всего по району», вовлечено педагогов", Y, [r["y"] for r in rows])
    d.c_sum("students_total", "строка «в т.ч. сельские школы», численность", n(sum(r["tot"] for r in rr)),
            [r["tot"] for r in rr])
    d.c_sum("students_involved", "строка «в т.ч. сельские школы», вовлечено обучающихся", n(RX_printed),
            [r["x"] for r in rr], planted=True)
    d.c_sum("teachers_involved", "строка «в т.ч. сельские школы», вовлечено педагогов", sum(r["y"] for r in rr),
            [r["y"] for r in rr])
    d.c_sum("students_total", "строка «городские школы», численность", n(sum(r["tot"] for r in uu)),
            [r["tot"] for r in uu])
    d.c_sum("students_involved", "строка «городские школы», вовлечено обучающихся", n(UXs), [r["x"] for r in uu])
    d.c_sum("teachers_involved", "строка «городские школы», вовлечено педагогов", sum(r["y"] for r in uu),
            [r["y"] for r in uu])
    d.p(f"Совокупно в программы наставничества вовлечено {nb(X + Y)} человек: {nb(X)} обучающихся и {Y} "
        f"педагогов. Доля вовлечённых обучающихся составляет {pc(shr(X, T))}% от их общей численности "
        f"({nb(T)} чел.).")
    d.c_comp("students_involved", "совокупно вовлечено = обучающиеся + педагоги", n(X + Y), [X, Y])
    d.c_sum("students_involved", "в тексте: обучающихся", n(X), [r["x"] for r in rows])
    d.c_sum("teachers_involved", "в тексте: педагогов", Y, [r["y"] for r in rows])
    d.c_share("students_involved", "доля вовлечённых обучающихся", pc(shr(X, T)), X, T)
    d.c_sum("students_total", "в тексте: общая численность", n(T), [r["tot"] for r in rows])
    d.sign("Председатель комитета по образованию                       О.Н. Новикова")
    return d


# ============================================================================ Узловский район: приказ with a per-variant
# table of the form «учитель – учитель»
UZL = [
    ("МБОУ СОШ № 1 г. Узловая", "uzlovaya/school-1"), ("МБОУ СОШ № 4 г. Узловая", "uzlovaya/school-4"),
    ("МБОУ «Гимназия г. Узловая»", "uzlovaya/gymnasium"), ("МБОУ СОШ № 61 г. Узловая", "uzlovaya/school-61"),
    ("МБОУ «Лицей № 1 г. Узловая»", "uzlovaya/lyceum-1"), ("МБОУ СОШ № 2 пос. Дубовка", "uzlovaya/dubovka-2"),
    ("МБОУ СОШ № 1 пос. Дубовка", "uzlovaya/dubovka-1"), ("МБОУ ООШ № 22 пос. Брусянский", "uzlovaya/brusyanskiy"),
]


# ------------------------------------------------------------------ 10. приказ (docx): number and date in a two-part
# dateline «15.01.2024 … № 01-07/14»; appendix: variants of «учитель – учитель» as two-level columns
@builder(14110)
def doc_uzlovaya(rng):
    d = Doc("uzlovaya_prikaz_14_2024", "docx", "Узловский район", kind="приказ", doc_date="2024-01-15",
            doc_number="01-07/14", author="Пахомова Н.В.")
    rows = []
    for name, cl in UZL:
        d.org(name, cl)
        small = "ООШ" in name
        yt = rng.randint(1, 2) if small else rng.randint(3, 9)
        a = yt if rng.random() < 0.7 else yt - 1
        b = rng.randint(0, 1) if small else rng.randint(1, 4)
        rows.append({"name": name, "yt": yt, "pa": a, "ma": a, "pb": b, "mb": b + rng.randint(0, 2) * (b > 0)})
    YT, PA, MA, PB, MB = (sum(r[k] for r in rows) for k in ("yt", "pa", "ma", "pb", "mb"))
    assert PA >= 2 * PB + 1 and safe(shr(MA, YT)) and MA < YT
    d.head("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ УЗЛОВСКИЙ РАЙОН\nКОМИТЕТ ОБРАЗОВАНИЯ")
    d.title("ПРИКАЗ")
    d.dateline("15.01.2024", "", "№ 01-07/14")
    d.title("Об итогах реализации формы наставничества «учитель – учитель»\nв первом полугодии 2023/2024 учебного "
            "года")
    d.p("В соответствии с " + P145_SHORT + ", приказом министерства образования Тульской области от 07.09.2023 "
        "№ 1632 и на основании мониторинга, проведённого МКУ «Центр обеспечения деятельности системы образования», "
        "ПРИКАЗЫВАЮ:")
    d.p(f"1. Принять к сведению итоги реализации формы наставничества «учитель – учитель» в {len(rows)} "
        f"общеобразовательных организациях района (приложение).")
    d.c_count("organizations", "п. 1: в 8 общеобразовательных организациях", len(rows), len(rows))
    d.p(f"2. Отметить, что вариант «молодой специалист – опытный педагог» объединяет {PA} пар и охватывает {MA} "
        f"из {YT} молодых специалистов района ({pc(shr(MA, YT))}%); данный вариант вдвое популярнее варианта "
        f"«коллега – молодой коллега» ({PB} пар).")
    d.c_sum("pairs", "п. 2: «молодой специалист – опытный педагог», пар", PA, [r["pa"] for r in rows])
    d.c_sum("mentees", "п. 2: охватывает N молодых специалистов", MA, [r["ma"] for r in rows])
    d.c_sum("young_teachers", "п. 2: из N молодых специалистов", YT, [r["yt"] for r in rows])
    d.c_share("mentees", "п. 2: доля охваченных молодых специалистов", pc(shr(MA, YT)), MA, YT)
    d.c_sum("pairs", "п. 2: «коллега – молодой коллега», пар", PB, [r["pb"] for r in rows])
    d.p("3. Руководителям ОО обеспечить закрепление наставников за всеми молодыми специалистами до 01.03.2024.")
    d.p("4. Контроль за исполнением настоящего приказа оставляю за собой.")
    d.sign("Председатель комитета образования                        Н.В. Пахомова")
    d.pagebreak()
    d.right("Приложение\nк приказу комитета образования\nот 15.01.2024 № 01-07/14")
    t = Table(7, widths=[0.9, 5.5, 2.3, 2.1, 2.3, 2.1, 2.3], font=10, hfont=9,
              caption="Реализация формы «учитель – учитель» по вариантам", caption_align="center")
    t.hrow(Cell("№", rs=2), Cell("ОО", rs=2), Cell("Молодых специалистов (стаж до 3 лет), чел.", rs=2),
           Cell("Молодой специалист – опытный педагог", cs=2), Cell("Коллега – молодой коллега", cs=2))
    t.hrow("пар", "наставляемых", "пар", "наставляемых")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(str(r["yt"]), nm, "young_teachers"),
                      F(z(r["pa"]), nm, "pairs", TT, V_MS), F(z(r["ma"]), nm, "mentees", TT, V_MS),
                      F(z(r["pb"]), nm, "pairs", TT, V_KM), F(z(r["mb"]), nm, "mentees", TT, V_KM)])
    t.row("total", ["", Cell("Итого", align="left"), str(YT), str(PA), str(MA), str(PB), str(MB)])
    d.table(t)
    for key, ind, lab, form, var in (("yt", "young_teachers", "молодых специалистов", "", ""),
                                     ("pa", "pairs", "пар (молодой специалист – опытный педагог)", TT, V_MS),
                                     ("ma", "mentees", "наставляемых (молодой специалист – опытный педагог)", TT, V_MS),
                                     ("pb", "pairs", "пар (коллега – молодой коллега)", TT, V_KM),
                                     ("mb", "mentees", "наставляемых (коллега – молодой коллега)", TT, V_KM)):
        d.c_sum(ind, f"строка «Итого», {lab}", sum(r[key] for r in rows), [r[key] for r in rows])
    return d


# ============================================================================ Щёкинский район (txt, cp866)
SCH = [  # printed name, cluster, kind (g = гимназия / лицей)
    ('МБОУ "Гимназия № 1-Центр образования"', "shchekino/gymnasium-1", "g"),
    ('МБОУ "Лицей № 1-Центр образования"', "shchekino/lyceum-1", "g"),
    ('МБОУ "СШ № 1-Центр образования"', "shchekino/school-1", "s"),
    ('МБОУ "Гимназия № 2-Центр образования"', "shchekino/gymnasium-2", "g"),
    ('МБОУ "СШ № 5-Центр образования"', "shchekino/school-5", "s"),
    ('МБОУ "СШ № 8-Центр образования"', "shchekino/school-8", "s"),
    ('МБОУ "СШ № 11-Центр образования"', "shchekino/school-11", "s"),
    ('МБОУ "Лицей № 2-Центр образования"', "shchekino/lyceum-2", "g"),
    ('МБОУ "Ломинцевская СШ"', "shchekino/lomintsevo", "s"),
    ('МБОУ "Огаревская СШ"', "shchekino/ogarevka", "s"),
    ('МБОУ "Крапивенская СШ"', "shchekino/krapivna", "s"),
]


# ------------------------------------------------------------------ 11. сведения (txt, cp866, CRLF, DOS fixed-width
# table with box-drawing rules; names wrap onto continuation lines)
@builder(14111)
def doc_shchekino(rng):
    d = Doc("shchekino_svedeniya_2023", "txt", "Щёкинский район", as_of="2023-12-22", enc="cp866",
            txt_mode="dos")
    rows = []
    for name, cl, kind in SCH:
        d.org(name, cl)
        village = "Центр" not in name
        pu = rng.randint(2, 8) if village else rng.randint(8, 30)
        pt = rng.randint(1, 3) if village else rng.randint(2, 7)
        ps = 0 if village else (rng.randint(2, 9) if rng.random() < 0.7 else 0)
        mo = pu + pt + ps - rng.randint(0, 3)
        rows.append({"name": name, "kind": kind, "pu": pu, "pt": pt, "ps": ps, "mo": mo})
    gs = [r for r in rows if r["kind"] == "g" and r["ps"] > 0]
    assert len(gs) == 3 and rows[1]["ps"] > 0
    PU, PT, PS, MO = (sum(r[k] for r in rows) for k in ("pu", "pt", "ps", "mo"))
    ALL = PU + PT + PS
    assert safe(shr(PS, ALL)) and safe(ALL / len(rows))
    d.plain("КОМИТЕТ ПО ОБРАЗОВАНИЮ АДМИНИСТРАЦИИ МО ЩЕКИНСКИЙ РАЙОН")
    d.plain("СВЕДЕНИЯ о наставнических парах (группах) по формам наставничества")
    d.plain("(на 22.12.2023)")
    t = Table(6)
    t.tw = [3, 26, 9, 12, 10, 12]
    t.hrow("N", "Наименование ОО", "Уч.-уч., пар", "Учит.-учит., пар", "Студ.-уч., пар", "Наставников, чел.")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), nm, F(str(r["pu"]), nm, "pairs", UU), F(str(r["pt"]), nm, "pairs", TT),
                      F(z(r["ps"], "-"), nm, "pairs", SU), F(str(r["mo"]), nm, "mentors")])
    t.row("total", ["", "ВСЕГО", str(PU), str(PT), str(PS), str(MO)])
    d.table(t)
    for key, ind, form, lab in (("pu", "pairs", UU, "«ученик – ученик»"), ("pt", "pairs", TT, "«учитель – учитель»"),
                                ("ps", "pairs", SU, "«студент – ученик»"), ("mo", "mentors", "", "наставников")):
        d.c_sum(ind, f"строка «ВСЕГО», {lab}", sum(r[key] for r in rows), [r[key] for r in rows])
    d.plain("")
    d.p(f"Совокупно сформировано {ALL} пар (групп). Форма \"студент - ученик\" (совместно со Щекинским "
        f"политехническим колледжем) реализуется в 4 гимназиях и лицеях и объединяет {PS} пар, или "
        f"{pc(shr(PS, ALL))}% от общего числа. В среднем на одну ОО приходится {pc(ALL / len(rows))} пары.")
    d.c_sum("pairs", "совокупно сформировано пар (все формы)", ALL, [r["pu"] + r["pt"] + r["ps"] for r in rows])
    d.c_count("pairs", "«студент – ученик» в 4 гимназиях и лицеях", 4, len(gs), planted=True)
    d.c_sum("pairs", "«студент – ученик»: пар", PS, [r["ps"] for r in rows])
    d.c_share("pairs", "доля пар «студент – ученик»", pc(shr(PS, ALL)), PS, ALL)
    d.c_ratio("pairs", "в среднем пар на одну ОО", pc(ALL / len(rows)), ALL, len(rows))
    d.plain("Исп. Кудрявцева Е.А., тел. 5-24-17")
    return d


# ============================================================================ Вольский район (doc)
VOL = [
    ("МОУ «СОШ № 1 г. Вольска»", "volsk/school-1"), ("МОУ «СОШ № 2 г. Вольска»", "volsk/school-2"),
    ("МОУ «СОШ № 3 г. Вольска»", "volsk/school-3"), ("МОУ «Лицей г. Вольска»", "volsk/lyceum"),
    ("МОУ «СОШ № 6 г. Вольска»", "volsk/school-6"), ("МОУ «СОШ № 19 г. Вольска»", "volsk/school-19"),
    ("МОУ «СОШ р.п. Сенной»", "volsk/sennoy"), ("МОУ «СОШ п. Черкасское»", "volsk/cherkasskoe"),
    ("МОУ «СОШ с. Терса»", "volsk/tersa"), ("МОУ «ООШ с. Талалихино»", "volsk/talalikhino"),
]


# ------------------------------------------------------------------ 12. справка (doc, Word 97): «эта форма», «вдвое»
@builder(14112)
def doc_volsk(rng):
    d = Doc("volsk_formy_2023", "doc", "Вольский район", as_of="2023-12-20", author="Абрамова С.Н.")
    rows = []
    for name, cl in VOL:
        d.org(name, cl)
        town = "г. Вольска" in name
        fc = rng.randint(2, 4) if town else rng.randint(1, 2)
        me = rng.randint(40, 130) if town else rng.randint(8, 30)
        mo = max(3, int(me * rng.uniform(0.4, 0.7)))
        pe = rng.randint(1, 3) if (town and fc >= 3) else 0
        rows.append({"name": name, "fc": fc, "me": me, "mo": mo, "pe": pe})
    FC = [r["fc"] for r in rows]
    ME, MO, PE = (sum(r[k] for r in rows) for k in ("me", "mo", "pe"))
    with_pe = [r["name"] for r in rows if r["pe"] > 0]
    mean = sum(FC) / len(FC)
    assert 2 <= len(with_pe) <= 4 and safe(mean) and safe(ME / MO)
    mean_stated = pc(mean + 0.4)       # PLANTED: «в среднем … форм» is 0.4 higher than the column gives
    d.head("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ВОЛЬСКОГО МУНИЦИПАЛЬНОГО РАЙОНА")
    d.title("Аналитическая справка\nпо итогам мониторинга форм наставничества в общеобразовательных "
            "учреждениях\n(по состоянию на 20 декабря 2023 г.)")
    t = Table(6, widths=[0.9, 6.6, 2.4, 2.4, 2.4, 2.8], font=10, hfont=9, caption="Таблица 1")
    t.hrow("№", "Учреждение", "Кол-во форм наставничества", "Наставляемых, чел.", "Наставников, чел.",
           "Предприятий-партнёров, предоставивших наставников")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), Cell(nm, align="left"), F(str(r["fc"]), nm, "forms_count"),
                      F(str(r["me"]), nm, "mentees"), F(str(r["mo"]), nm, "mentors"),
                      F(z(r["pe"]), nm, "partner_enterprises")])
    t.row("total", ["", Cell("Итого", align="left"), "", str(ME), str(MO), str(PE)])
    d.table(t)
    d.c_sum("mentees", "строка «Итого», наставляемых", ME, [r["me"] for r in rows])
    d.c_sum("mentors", "строка «Итого», наставников", MO, [r["mo"] for r in rows])
    d.c_sum("partner_enterprises", "строка «Итого», предприятий-партнёров", PE, [r["pe"] for r in rows])
    d.p(f"В среднем в учреждениях района реализуется {mean_stated} формы наставничества; на одного наставника "
        f"приходится {pc(ME / MO)} наставляемого. Городские школы вовлекают в наставничество примерно вдвое "
        f"больше обучающихся, чем сельские.")
    d.c_mean("forms_count", "в среднем форм на одно учреждение", mean_stated, FC, planted=True)
    d.c_ratio("mentees", "наставляемых на одного наставника", pc(ME / MO), ME, MO)
    d.p(f"Форма «работодатель – ученик» развивается при поддержке предприятий города ({PE} "
        f"{plural(PE, 'предприятие', 'предприятия', 'предприятий')}). Эта форма реализуется только в "
        f"{join_ru(with_pe)}.")
    d.c_sum("partner_enterprises", "в тексте: предприятий", PE, [r["pe"] for r in rows])
    d.c_member("partner_enterprises", "эта форма («работодатель – ученик») только в: список", with_pe, with_pe)
    d.sign("Начальник управления образования                       С.Н. Абрамова")
    return d


# ============================================================================ город Кудымкар (xlsx)
KUD = [
    ("МАОУ «СОШ № 1»", "kudymkar/school-1"), ("МАОУ «СОШ № 2»", "kudymkar/school-2"),
    ("МАОУ «Гимназия № 3»", "kudymkar/gymnasium-3"), ("МАОУ «СОШ № 4»", "kudymkar/school-4"),
    ("МАОУ «СОШ № 5»", "kudymkar/school-5"), ("МАОУ «СОШ № 7»", "kudymkar/school-7"),
    ("МАОУ «СОШ № 10»", "kudymkar/school-10"), ("МАОУ «Кудымкарская СОШ № 1 им. С.Ф. Полякова»",
                                                "kudymkar/kudymkarskaya-1"),
]


# ------------------------------------------------------------------ 13. итоги (xlsx): unit-first column headings
# («чел. / наставляемых»), «Совокупно …», «… процента от …», «почти треть»
@builder(14113)
def doc_kudymkar(rng):
    d = Doc("kudymkar_itogi_2024", "xlsx", "город Кудымкар", as_of="2024-06-01", author="Мехоношина Л.А.")
    rows = []
    for name, cl in KUD:
        d.org(name, cl)
        tot = rng.randint(380, 990)
        me = int(tot * rng.uniform(0.1, 0.22))
        mo = max(5, int(me * rng.uniform(0.4, 0.75)))
        pr = max(4, int(me * rng.uniform(0.5, 0.9)))
        rows.append({"name": name, "tot": tot, "me": me, "mo": mo, "pr": pr})
    T, ME, MO, PR = (sum(r[k] for r in rows) for k in ("tot", "me", "mo", "pr"))
    s = shr(ME, T)
    assert safe(s) and safe(ME / len(rows))
    s_stated = pc(s + 1.3)            # PLANTED: «… процента от …» is 1.3 points higher than ME / T
    top3 = sorted(rows, key=lambda r: -r["me"])[:2]
    assert 0.29 <= sum(r["me"] for r in top3) / ME <= 0.335 and T >= 4000
    d.sheet("Итоги", widths=[5, 44, 16, 16, 16, 16])
    d.title("Итоги реализации целевой модели наставничества в образовательных организациях города Кудымкара")
    d.plain("Данные на 01.06.2024")
    t = Table(6)
    t.hrow("№ п/п", "Образовательная организация", "чел. / обучающихся 10–19 лет", "чел. / наставляемых",
           "чел. / наставников", "ед. / наставнических пар")
    for k, r in enumerate(rows, 1):
        nm = r["name"]
        t.row("org", [str(k), nm, F(str(r["tot"]), nm, "students_total"), F(str(r["me"]), nm, "mentees"),
                      F(str(r["mo"]), nm, "mentors"), F(str(r["pr"]), nm, "pairs")])
    t.row("total", ["", "Всего по городу", str(T), str(ME), str(MO), str(PR)])
    d.table(t)
    for key, ind, lab in (("tot", "students_total", "обучающихся 10–19 лет"), ("me", "mentees", "наставляемых"),
                          ("mo", "mentors", "наставников"), ("pr", "pairs", "пар")):
        d.c_sum(ind, f"строка «Всего по городу», {lab}", sum(r[key] for r in rows), [r[key] for r in rows])
    d.p(f"Совокупно в программах наставничества участвуют {ME} наставляемых и {MO} наставников. Число "
        f"наставляемых составляет {s_stated} процента от численности обучающихся 10–19 лет ({T}).")
    d.c_sum("mentees", "совокупно наставляемых", ME, [r["me"] for r in rows])
    d.c_sum("mentors", "совокупно наставников", MO, [r["mo"] for r in rows])
    d.c_share("mentees", "наставляемых … процента от численности обучающихся 10–19 лет", s_stated, ME, T,
              planted=True)
    d.c_sum("students_total", "в тексте: численность обучающихся 10–19 лет", T, [r["tot"] for r in rows])
    d.p(f"Средний показатель по ОО – {pc(ME / len(rows))} наставляемого. Почти треть всех наставляемых "
        f"приходится на две организации: {join_ru([r['name'] for r in top3])}.")
    d.c_ratio("mentees", "средний показатель по ОО (наставляемых на одну организацию)", pc(ME / len(rows)), ME,
              len(rows))
    return d


# ============================================================================ bad files
BAD = [("ishimbay_svedeniya_2024_pustoy", "pdf", "nopages"),
       ("kudymkar_itogi_2024_arhiv", "docx", "nodocument")]


def write_bad():
    rows = []
    for name, fmt, how in BAD:
        path = os.path.join(fw.OUT, f"{name}.{fmt}")
        if how == "nopages":
            # a PDF header and a trailer around an empty page tree: syntactically a PDF, with no page and no text
            objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
            data = b"%PDF-1.4\n"
            offs = []
            for i, o in enumerate(objs, 1):
                offs.append(len(data))
                data += b"%d 0 obj\n" % i + o + b"\nendobj\n"
            xref = len(data)
            data += b"xref\n0 3\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % x for x in offs)
            data += b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
        else:
            # a ZIP with a .docx name but no word/document.xml: two scanned-page placeholders and a readme
            import io
            import zipfile
            buf = io.BytesIO()
            r = random.Random(14199)
            with zipfile.ZipFile(buf, "w") as zf:
                for member, size in (("scan_001.jpg", 3000), ("scan_002.jpg", 2600)):
                    zi = zipfile.ZipInfo(member, date_time=fw.FIXED_ZIP_TIME)
                    zi.external_attr = 0o644 << 16
                    zi.create_system = 3
                    zf.writestr(zi, b"\xff\xd8\xff\xe0" + bytes(r.randrange(256) for _ in range(size)))
                zi = zipfile.ZipInfo("readme.txt", date_time=fw.FIXED_ZIP_TIME)
                zi.external_attr = 0o644 << 16
                zi.create_system = 3
                zf.writestr(zi, "Сканы итогов – см. вложения".encode("utf-8"))
            data = buf.getvalue()
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
