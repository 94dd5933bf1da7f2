"""Checks over layouts and wordings met in unseen reports: targets said met or missed, a
column of plan fulfilment, a table of forms restating the table of organizations, a column
that lists forms, a share of one form in everyone, fixed-width text tables and two-level
headers written as plain rows. Each document is built here; a planted error must come out
as exactly one mismatch, and agreeing claims as ok."""
from __future__ import annotations

from extractor import extract, read_document
from extractor.model import align_ragged_header
from extractor.readers.txt import parse_text

from .fixtures import make_docx, make_txt

SCHOOLS = ["МБОУ СОШ № 1", "МБОУ СОШ № 2", "МБОУ «Гимназия № 3»", "МБОУ Ивановская ООШ"]


def _checks(path):
    return [(c.check, c.stated, c.computed, c.status) for c in extract(read_document(path)).checks]


def test_targets_met_missed_and_beside_a_share(tmp_path):
    rows = [["№", "ОО", "Численность обучающихся, чел.", "Вовлечено обучающихся, чел.", "Доля, %"]]
    data = [(400, 100), (300, 60), (500, 110), (100, 30)]
    for i, (n, k) in enumerate(data, 1):
        rows.append([str(i), SCHOOLS[i - 1], str(n), str(k), f"{k / n * 100:.1f}".replace(".", ",")])
    blocks = ["Справка о вовлечении обучающихся в наставничество", rows,
              "Всего вовлечено 300 обучающихся, что составляет 23,1% от общей численности обучающихся (1300 чел.). "
              "Целевой показатель (не менее 20% обучающихся) достигнут.",
              "Доля вовлечённых составляет 23,1% при целевом значении не менее 10%.",
              "Региональный показатель (не менее 30%) пока не достигнут."]
    got = [c for c in _checks(make_docx(tmp_path / "t.docx", blocks)) if c[0] == "target"]
    assert sorted((s, st) for _, s, _, st in got) == [("10", "ok"), ("20", "ok"), ("30", "ok")]


def test_a_target_said_met_when_the_table_says_otherwise_is_a_mismatch(tmp_path):
    rows = [["№", "ОО", "Численность обучающихся, чел.", "Вовлечено обучающихся, чел."]]
    for i, (n, k) in enumerate([(400, 100), (300, 60), (500, 110), (100, 30)], 1):
        rows.append([str(i), SCHOOLS[i - 1], str(n), str(k)])
    blocks = ["Справка", rows, "Муниципальный показатель «Доля обучающихся, вовлечённых в наставничество, – "
                               "не менее 30%» по итогам года достигнут."]
    got = [c for c in _checks(make_docx(tmp_path / "t.docx", blocks)) if c[0] == "target"]
    assert got == [("target", "30", "23.1", "mismatch")]


def test_plan_fulfilment_column_is_checked_row_by_row_and_never_summed(tmp_path):
    rows = [["№", "ОО", "Обучающиеся – участники программ, чел.", "", "% выполнения"],
            ["", "", "план", "факт", ""]]
    plan_fact = [(318, 325), (280, 251), (363, 389), (239, 258)]
    for i, (p, f) in enumerate(plan_fact, 1):
        pct = f / p * 100 if i != 2 else 93.7  # planted: 251 / 280 = 89.6
        rows.append([str(i), SCHOOLS[i - 1], str(p), str(f), f"{pct:.1f}".replace(".", ",")])
    rows.append(["", "Итого", "1200", "1223", "101,9"])
    got = _checks(make_docx(tmp_path / "p.docx", ["Отчёт о выполнении плановых показателей", rows]))
    shares = [c for c in got if c[0] == "share"]
    assert len(shares) == 5 and [c for c in shares if c[3] == "mismatch"] == [("share", "93.7", "89.6", "mismatch")]
    assert not [c for c in got if c[0] == "sum" and c[1] == "101.9"]


def test_a_table_of_forms_restates_the_table_of_organizations(tmp_path):
    t1 = [["№", "ОО", "Форма", "Наставников, чел.", "Наставляемых, чел."],
          ["1", SCHOOLS[0], "Ученик – ученик", "10", "15"], ["2", SCHOOLS[0], "Учитель – учитель", "2", "3"],
          ["3", SCHOOLS[1], "Ученик – ученик", "6", "8"], ["4", SCHOOLS[2], "Учитель – учитель", "4", "5"]]
    t2 = [["Форма наставничества", "Количество ОО, реализующих форму", "Наставников, чел.", "Наставляемых, чел."],
          ["Ученик – ученик", "2", "16", "23"], ["Учитель – учитель", "2", "6", "9"]]  # planted: 8 mentees
    got = [c for c in _checks(make_docx(tmp_path / "f.docx", ["Итоги мониторинга", t1, "Сводные данные", t2]))
           if c[0] == "cross_table"]
    assert len(got) == 6 and [c for c in got if c[3] == "mismatch"] == [("cross_table", "9", "8", "mismatch")]


def test_a_column_listing_forms_gives_each_organization_its_forms(tmp_path):
    rows = [["№", "ОО", "Реализуемые формы", "Кол-во форм"],
            ["1", SCHOOLS[0], "ученик – ученик; учитель – учитель", "2"],
            ["2", SCHOOLS[1], "ученик – ученик", "2"],  # planted: one form listed
            ["3", SCHOOLS[2], "ученик – ученик; учитель – учитель; студент – ученик", "3"]]
    blocks = ["Информация о формах", rows, "Форма «ученик – ученик» реализуется во всех 3 ОО, «учитель – учитель» – в 2."]
    got = _checks(make_docx(tmp_path / "l.docx", blocks))
    cross = [c for c in got if c[0] == "cross_table"]
    assert [c for c in cross if c[3] == "mismatch"] == [("cross_table", "2", "1", "mismatch")]
    assert ("count", "2", "2", "ok") in got


def test_fixed_width_text_table_with_a_note_across_columns():
    text = "\n".join([
        "№    Организация              Молодых          Из них в роли    Доля,",
        "                              специалистов,    наставляемого,   %",
        "                              чел.             чел.",
        "--------------------------------------------------------------------",
        "1    МБОУ СОШ № 1                           5                4   80,0",
        "2    МБОУ СОШ № 2             нет молодых специалистов",
        "3    МБОУ Ивановская ООШ                    2                2  100,0",
        "4    МБОУ СОШ № 4                           4                3   75,0",
        "     Итого                                 11                9   81,8",
    ])
    (t,) = parse_text(text).tables
    assert [c.text for c in t.rows[0]][2:] == ["Молодых специалистов, чел.", "Из них в роли наставляемого, чел.",
                                                "Доля, %"]
    assert [c.text for c in t.rows[2]][1:] == ["МБОУ СОШ № 2"] + ["нет молодых специалистов"] * 3
    assert [c.text for c in t.rows[-1]][1:] == ["Итого", "11", "9", "81,8"]


def test_a_two_level_header_written_as_plain_rows_is_aligned():
    grid = [["№", "ОО", "Численность", "Наставляемые", "Наставники"],
            ["чел.", "%", "чел.", "%"],
            ["1", "СОШ № 1", "100", "20", "20,0", "10", "10,0"]]
    assert align_ragged_header(grid)[:2] == [["№", "ОО", "Численность", "Наставляемые", "", "Наставники", ""],
                                             ["", "", "", "чел.", "%", "чел.", "%"]]


def test_a_forms_share_of_everyone_is_recomputed(tmp_path):
    rows = [["№", "ОО", "Пар «ученик – ученик»", "Пар «учитель – учитель»"],
            ["1", SCHOOLS[0], "20", "5"], ["2", SCHOOLS[1], "30", "5"], ["3", SCHOOLS[2], "50", "10"]]
    blocks = ["Справка", rows, "Наибольшая доля приходится на форму «ученик – ученик» – 100 пар (83,3%)."]
    got = [c for c in _checks(make_txt(tmp_path / "s.txt", blocks)) if c[0] == "share"]
    assert got == [("share", "83.3", "83.3", "ok")]


def test_groups_of_a_table_counted_and_shares_from_parts_the_table_holds(tmp_path):
    """«в 3 поселковых и 2 сельских», a threshold over a share the table does not print but holds
    the parts of (continued in a second Word table), «ни одной формы», a number in words of a
    named type, «N из них» with a property of the tables."""
    head = ["№", "ОО", "Численность обучающихся, чел.", "Наставляемых, чел."]
    part1 = [head, ["Поселковые школы", "", "", ""],
             ["1", "МБОУ СОШ № 1 пос. Луч", "500", "60"], ["2", "МБОУ СОШ № 2 пос. Луч", "400", "30"],
             ["3", "МБОУ ООШ № 3 пос. Заря", "200", "25"]]
    part2 = [["Сельские школы", "", "", ""],
             ["4", "МБОУ Ивановская СОШ", "300", "20"], ["5", "МБОУ Петровская ООШ", "100", "15"],
             ["6", "МБУ ДО «Дом творчества»", "250", "40"],
             ["", "Всего", "1750", "190"]]
    blocks = ["Справка о вовлечении обучающихся", part1, part2,
              "Мониторинг охватил 3 поселковых и 2 сельских школы, а также одну организацию дополнительного "
              "образования. Доля наставляемых превышает 10% в 4 организациях.",
              "Доля наставляемых ниже 10% в 2 ОО: МБОУ СОШ № 2 пос. Луч и МБОУ Ивановская СОШ."]
    got = _checks(make_docx(tmp_path / "g.docx", blocks))
    counts = sorted((s, comp, st) for k, s, comp, st in got if k == "count")
    assert counts == [("1", "1", "ok"), ("2", "2", "ok"), ("2", "2", "ok"), ("3", "3", "ok"), ("4", "4", "ok")]
    assert ("membership", "МБОУ СОШ № 2 пос. Луч;МБОУ Ивановская СОШ",
            "МБОУ СОШ № 2 пос. Луч;МБОУ Ивановская СОШ", "ok") in got


def test_young_specialists_absent_counted_listed_and_a_planted_count(tmp_path):
    rows = [["№", "ОО", "Молодых специалистов, чел.", "Из них наставляемых, чел.", "Доля, %"]]
    data = [("МБОУ СОШ № 1", 4, 4), ("МБОУ СОШ № 2", 2, 1), ("МБОУ «Лицей № 3»", 0, 0), ("МБОУ СОШ № 4", 3, 3),
            ("МБОУ Ивановская ООШ", 0, 0)]
    for i, (n, y, m) in enumerate(data, 1):
        rows.append([str(i), n, str(y), str(m), f"{m / y * 100:.1f}".replace(".", ",") if y else "–"])
    blocks = ["Сведения о молодых специалистах", rows,
              "Молодые специалисты работают в 3 ОО. В 2 из них все молодые специалисты закреплены за наставниками. "
              "В МБОУ «Лицей № 3» и МБОУ Ивановская ООШ молодых специалистов нет.",
              "Молодых специалистов нет в 3 школах."]  # planted: 2
    got = _checks(make_docx(tmp_path / "y.docx", blocks))
    counts = sorted((s, comp, st) for k, s, comp, st in got if k == "count")
    assert counts == [("2", "2", "ok"), ("3", "2", "mismatch"), ("3", "3", "ok")]
    assert ("membership", "МБОУ «Лицей № 3»;МБОУ Ивановская ООШ", "МБОУ «Лицей № 3»;МБОУ Ивановская ООШ", "ok") in got


def test_a_share_after_a_share_takes_its_base_and_a_plan_is_a_base(tmp_path):
    rows = [["№", "ОО", "Численность обучающихся, чел.", "Наставляемых, чел.", "Наставников, чел.",
             "План вовлечения, чел."]]
    data = [(800, 90, 30, 100), (600, 70, 20, 60), (1000, 120, 40, 110)]
    for i, (n, e, m, p) in enumerate(data, 1):
        rows.append([str(i), SCHOOLS[i - 1], str(n), str(e), str(m), str(p)])
    blocks = ["Справка", rows,
              "Доля наставляемых составила 11,9% от 2 400 обучающихся, доля наставников – 3,8%. "
              "Вовлечено 280 наставляемых, что составляет 103,7% от плана."]
    got = [c for c in _checks(make_docx(tmp_path / "s.docx", blocks)) if c[0] == "share"]
    assert ("share", "11.9", "11.7", "mismatch") in got  # planted: 280 / 2400 = 11.7
    assert ("share", "3.8", "3.8", "ok") in got
    assert ("share", "103.7", "103.7", "ok") in got


def test_none_of_the_forms_and_an_average_per_organization_in_words(tmp_path):
    rows = [["№", "ОО", "Форма «ученик – ученик», наставляемых", "Форма «учитель – учитель», наставляемых"],
            ["1", SCHOOLS[0], "12", "3"], ["2", SCHOOLS[1], "–", "–"], ["3", SCHOOLS[2], "8", "–"],
            ["4", SCHOOLS[3], "–", "–"]]
    blocks = ["Информация о формах наставничества", rows,
              "Не реализуют ни одной из форм 2 школы: МБОУ СОШ № 2 и МБОУ Ивановская ООШ. В среднем одна "
              "организация реализует 0,8 формы."]
    got = _checks(make_docx(tmp_path / "n.docx", blocks))
    assert [c for c in got if c[0] == "count"] == [("count", "2", "2", "ok")]
    assert ("membership", "МБОУ СОШ № 2;МБОУ Ивановская ООШ", "МБОУ СОШ № 2;МБОУ Ивановская ООШ", "ok") in got


def test_a_table_of_forms_beside_a_table_that_does_not_count_by_form(tmp_path):
    """Its «Всего» row is summed from its own rows and compared with the organizations' totals;
    its «доля от общего числа» column is each form's share of the whole."""
    t1 = [["№", "ОО", "Количество форм наставничества", "Наставников, чел.", "Наставляемых, чел."],
          ["1", SCHOOLS[0], "3", "20", "40"], ["2", SCHOOLS[1], "2", "12", "30"], ["3", SCHOOLS[2], "1", "8", "10"],
          ["", "Итого", "6", "40", "80"]]
    t2 = [["Форма", "Число ОО, реализующих форму", "Наставников, чел.", "Наставляемых, чел.",
           "Доля от общего числа наставляемых, %"],
          ["Ученик – ученик", "3", "25", "52", "61,2"], ["Учитель – учитель", "2", "10", "18", "21,2"],
          ["Студент – ученик", "1", "5", "15", "17,6"], ["Всего", "6", "40", "85", "100"]]  # planted: 85, not 80
    got = _checks(make_docx(tmp_path / "s.docx", ["Мониторинг", t1, "Сводные данные по формам", t2]))
    cross = sorted(c for c in got if c[0] == "cross_table")
    assert cross == [("cross_table", "40", "40", "ok"), ("cross_table", "6", "6", "ok"),
                     ("cross_table", "85", "80", "mismatch")]
    assert ("sum", "85", "85", "ok") in got and ("sum", "100", "100", "ok") in got
    assert sorted(c for c in got if c[0] == "share") == [("share", "17.6", "17.65", "ok"),
                                                          ("share", "21.2", "21.18", "ok"),
                                                          ("share", "61.2", "61.18", "ok")]


def test_organizations_as_columns_with_a_form_and_a_role_per_row(tmp_path):
    """Forms as rows (the form cell merged over «наставников / наставляемых»), organizations as
    columns; counts in words, elided per form, and the two schools of one form in brackets."""
    rows = [["Форма", "Показатель", SCHOOLS[0], SCHOOLS[1], SCHOOLS[2], "Итого по району"],
            ["«Ученик – ученик»", "наставников", "5", "3", "2", "10"],
            ["«Ученик – ученик»", "наставляемых", "9", "6", "4", "19"],
            ["«Студент – ученик»", "наставников", "2", "–", "1", "3"],
            ["«Студент – ученик»", "наставляемых", "4", "–", "3", "8"]]  # planted: 4 + 3 = 7
    blocks = ["Информация о формах наставничества", rows,
              "Сведения представлены тремя организациями. Форма «ученик – ученик» реализуется во всех трёх "
              "организациях, «студент – ученик» – в двух (МБОУ СОШ № 1 и МБОУ «Гимназия № 3»)."]
    path = make_docx(tmp_path / "c.docx", blocks)
    facts = {(f.org_name, f.indicator, f.form, f.value) for f in extract(read_document(path)).facts}
    assert (SCHOOLS[1], "mentees", "ученик-ученик", 6.0) in facts and len(facts) == 12
    got = _checks(path)
    assert [c for c in got if c[3] == "mismatch"] == [("sum", "8", "7", "mismatch")]
    assert sorted(c[1] for c in got if c[0] == "count") == ["2", "3", "3"]
    assert ("membership", "МБОУ СОШ № 1;МБОУ «Гимназия № 3»", "МБОУ СОШ № 1;МБОУ «Гимназия № 3»", "ok") in got


def test_means_per_person_targets_in_every_organization_and_young_without_mentors(tmp_path):
    rows = [["№", "ОО", "Численность обучающихся, чел.", "Наставляемых, чел.", "Доля, %", "Наставников, чел.",
             "Молодых педагогов, чел.", "Из них имеют наставника, чел."]]
    data = [(400, 60, 30, 3, 3), (300, 27, 15, 2, 1), (500, 80, 40, 4, 2), (100, 13, 5, 1, 1)]
    for i, (n, k, m, y, ym) in enumerate(data, 1):
        rows.append([str(i), SCHOOLS[i - 1], str(n), str(k), f"{k / n * 100:.1f}".replace(".", ","), str(m), str(y),
                     str(ym)])
    blocks = ["Справка", rows,
              "На одного наставника в среднем приходится 2,0 наставляемого. Целевой показатель (не менее 10%) "
              "достигнут во всех ОО. Не все молодые педагоги имеют наставника в МБОУ СОШ № 2 и МБОУ «Гимназия № 3»."]
    got = _checks(make_docx(tmp_path / "m.docx", blocks))
    assert ("mean", "2", "2", "ok") in got  # 180 / 90, not a mean per organization
    assert ("target", "10", "9", "mismatch") in got  # СОШ № 2: 27 / 300 = 9,0%
    assert ("membership", "МБОУ СОШ № 2;МБОУ «Гимназия № 3»", "МБОУ СОШ № 2;МБОУ «Гимназия № 3»", "ok") in got


def test_a_table_of_selected_organizations_is_no_count_of_all(tmp_path):
    """«ОО с наиболее высоким охватом»: four of sixteen; the count of all and a share of the
    whole town are not recomputed from it, its own rows are."""
    rows = [["№", "Организация", "Обучающихся, чел.", "Из них в роли наставляемого, чел.", "Доля, %"]]
    for i, (n, k) in enumerate([(1127, 325), (990, 263), (893, 208), (836, 224)], 1):
        rows.append([str(i), SCHOOLS[i - 1], f"{n}", str(k), f"{k / n * 100:.1f}".replace(".", ",")])
    blocks = ["Программы наставничества реализовывались во всех 16 ОО города.",
              "Таблица. ОО с наиболее высоким охватом обучающихся программами наставничества", rows,
              "В этих организациях в роли наставляемого вовлечены 1 020 обучающихся – 37,7% от общего числа "
              "наставляемых по городу."]
    path = make_docx(tmp_path / "sel.docx", blocks)
    facts = {(f.indicator, f.value) for f in extract(read_document(path)).facts}
    assert ("students_total", 1127.0) in facts  # a population whose «из них» column a share divides
    got = _checks(path)
    assert not [c for c in got if c[3] == "mismatch"]
    assert ("count", "16", "", "unverifiable") in got


def test_a_table_by_territory_restates_the_organizations_of_each(tmp_path):
    """«г. Гудермес | Сельские поселения | Всего по району»: the town's row sums the schools that
    carry the town in their names, the rural row the rest; its share is the ratio of the sums."""
    t1 = [["№", "ОО", "Молодых специалистов, чел.", "Из них закреплены за наставниками, чел."],
          ["1", "МБОУ «СОШ № 1 г. Гудермес»", "9", "8"], ["2", "МБОУ «СОШ № 2 г. Гудермес»", "6", "6"],
          ["3", "МБОУ «Ойсхарская СОШ»", "5", "4"], ["4", "МБОУ «Брагунская СОШ»", "4", "2"]]
    t2 = [["Территория", "Молодых специалистов, чел.", "Закреплены за наставниками, чел.", "Доля, %"],
          ["г. Гудермес", "15", "14", "93,3"], ["Сельские поселения", "9", "7", "77,8"],  # planted: 6, not 7
          ["Всего по району", "24", "20", "83,3"]]
    got = _checks(make_docx(tmp_path / "t.docx", ["Справка о молодых специалистах", t1,
                                                   "Закрепление наставников за молодыми специалистами по территориям", t2]))
    cross = sorted(c for c in got if c[0] == "cross_table")
    assert cross == [("cross_table", "14", "14", "ok"), ("cross_table", "15", "15", "ok"),
                     ("cross_table", "20", "20", "ok"), ("cross_table", "24", "24", "ok"),
                     ("cross_table", "7", "6", "mismatch"), ("cross_table", "9", "9", "ok")]
    assert ("share", "93.3", "93.3", "ok") in got and ("share", "77.8", "66.7", "mismatch") in got


def test_more_than_half_of_the_schools_and_of_everyone(tmp_path):
    rows = [["№", "ОО", "Численность обучающихся, чел.", "Наставляемых, чел.", "Доля, %"]]
    for i, (n, k) in enumerate([(400, 80), (300, 30), (500, 90), (100, 20)], 1):
        rows.append([str(i), SCHOOLS[i - 1], str(n), str(k), f"{k / n * 100:.1f}".replace(".", ",")])
    blocks = ["Справка", rows, "Более половины школ (3 из 4) имеют показатель выше 15%. Менее половины школ имеют "
                               "показатель ниже 12%."]
    got = [c for c in _checks(make_docx(tmp_path / "h.docx", blocks)) if c[0] == "target"]
    assert sorted(got) == [("target", "50", "25", "ok"), ("target", "50", "75", "ok")]


def test_a_word_table_repeating_its_heading_continues_the_one_before(tmp_path):
    """The second Word table repeats the full heading: one table for its total and its mean;
    pupils and teachers as mentors in two columns; a base after «5–11 классов»; a count under a
    bound said after it."""
    head = [["№", "Общеобразовательная организация", "Обучающиеся 5–11 классов, всего (чел.)",
             "Наставляемые (чел.)", "Доля наставляемых, %", "Обучающиеся-наставники (чел.)", "Педагоги-наставники (чел.)"]]
    data = [(500, 40, 12, 5), (400, 60, 10, 6), (300, 24, 8, 4), (600, 90, 20, 9)]
    rows = [[str(i), SCHOOLS[i - 1], str(n), str(k), f"{k / n * 100:.1f}".replace(".", ","), str(m), str(p)]
            for i, (n, k, m, p) in enumerate(data, 1)]
    t1, t2 = head + rows[:2], head + rows[2:] + [["", "Итого по городу", "1 800", "214", "11,9", "50", "24"]]
    blocks = ["Справка", t1, "Продолжение таблицы", t2,
              "В роли наставляемого выступают 214 обучающихся, что составляет 11,9% от общего числа обучающихся "
              "5–11 классов (1 800 чел.). В двух ОО показатель не достигает 10%."]
    path = make_docx(tmp_path / "w.docx", blocks)
    facts = {(f.org_name, f.indicator, f.value) for f in extract(read_document(path)).facts}
    assert (SCHOOLS[3], "teachers_involved", 9.0) in facts and (SCHOOLS[3], "mentors", 20.0) in facts
    got = _checks(path)
    assert not [c for c in got if c[3] != "ok"]
    assert ("sum", "214", "214", "ok") in got and ("share", "11.9", "11.9", "ok") in got
    assert ("count", "2", "2", "ok") in got  # 40 / 500 = 8%, 24 / 300 = 8%


def test_a_list_of_one_variants_organizations(tmp_path):
    rows = [["№", "Организация", "«успевающий – неуспевающий»", "«лидер – пассивный»", "«равный – равному»"],
            ["1", SCHOOLS[0], "9", "13", "8"], ["2", SCHOOLS[1], "25", "-", "7"], ["3", SCHOOLS[2], "26", "8", "-"],
            ["", "ИТОГО", "60", "21", "15"]]
    blocks = ["Численность наставляемых по вариантам формы «ученик – ученик», чел.", rows,
              "Вариант «лидер – пассивный» используется в 2 ОО, вариант «равный – равному» применяют: МБОУ СОШ № 1, "
              "МБОУ СОШ № 2 и МБОУ «Гимназия № 3»."]  # planted: the gymnasium has «-»
    got = _checks(make_docx(tmp_path / "v.docx", blocks))
    assert [c for c in got if c[3] == "mismatch"] == [
        ("membership", "МБОУ СОШ № 1;МБОУ СОШ № 2;МБОУ «Гимназия № 3»", "-МБОУ «Гимназия № 3»", "mismatch")]
    assert ("count", "2", "2", "ok") in got


def test_a_boxed_text_table_reads_its_spans_and_wrapped_names(tmp_path):
    """A text-mode box: the heading band's lines are one row, a name going on in lower case
    below its row is that row's, and «| ИТОГО |» over two columns keeps the totals under their
    columns (read off the border positions, not counted from the left)."""
    w = [5, 28, 16, 12]

    def line(*cells):
        return "|" + "|".join(f" {c:<{n - 1}}" if i < 2 else f"{c:>{n - 1}} " for i, (c, n) in enumerate(zip(cells, w, strict=True))) + "|"

    rule = "+" + "+".join("-" * n for n in w) + "+"
    total = "|" + f" {'ИТОГО':<{w[0] + w[1]}}" + "|" + "|".join(f"{c:>{n - 1}} " for c, n in zip(("41", "26"), w[2:], strict=True)) + "|"
    text = "\n".join(["Сведения о наставничестве", "", rule, line("№", "Наименование ОО", "Количество", "Число"),
                      line("", "", "наставляемых,", "наставни-"), line("", "", "чел.", "ков, чел."), rule,
                      line("1", "МОУ СОШ № 1", "12", "8"), line("2", "МОУ Тетеринская средняя", "17", "10"),
                      line("", "общеобразовательная школа", "", ""), line("3", "МОУ Лаговская ООШ", "12", "8"), rule,
                      total, rule, "", "Всего наставляемых – 41 человек, наставников – 26."])
    doc = parse_text(text)
    grid = doc.tables[0].grid()
    assert grid[0][2:] == ["Количество наставляемых, чел.", "Число наставников, чел."]
    assert grid[2] == ["2", "МОУ Тетеринская средняя общеобразовательная школа", "17", "10"]
    assert grid[-1][2:] == ["41", "26"] and grid[-1][0] == "ИТОГО"
    checks = [(c.check, c.stated, c.computed, c.status) for c in extract(doc).checks]
    assert ("sum", "41", "41", "ok") in checks and ("sum", "26", "26", "ok") in checks
    assert not [c for c in checks if c[3] == "mismatch"]


def test_organizations_as_columns_with_a_parent_row_over_the_forms(tmp_path):
    """«Наставляемых по формам, чел.:» over rows that name only a form: each row counts that
    form's mentees; «в роли наставляемых – 399» and «более половины учреждений» for a form
    are recomputed (the planted: a form in 3 of 7 is not more than half)."""
    orgs = [f"ГБОУ СОШ № {n}" for n in (418, 422, 423, 425, 427, 428, 430)]
    per_form = {"«ученик – ученик»": [20, 53, 60, 41, 55, 25, 49], "«учитель – учитель»": [4, 3, 4, 2, 6, 8, 0],
                "«студент – ученик»": [0, 13, 0, 13, 0, 11, 0]}
    rows = [["Показатель"] + orgs + ["Всего"], ["Наставников, чел."] + ["10"] * 7 + ["70"],
            ["Наставляемых по формам наставничества, чел.:"] + [""] * 8]
    for form, vals in per_form.items():
        rows.append([form] + [str(v) if v else "–" for v in vals] + [str(sum(vals))])
    every = sum(sum(v) for v in per_form.values())
    blocks = ["Справка о результатах мониторинга", "Учреждения указаны по столбцам.", rows,
              f"В роли наставников выступают 70 человек, в роли наставляемых – {every}.",
              "Форма «студент – ученик» охватывает более половины учреждений района."]
    result = extract(read_document(make_docx(tmp_path / "k.docx", blocks)))
    mentees = {(f.org_name, f.form): f.value for f in result.facts if f.indicator == "mentees"}
    assert mentees[("ГБОУ СОШ № 422", "студент-ученик")] == 13 and len(mentees) == 21
    checks = [(c.check, c.indicator, c.stated, c.computed, c.status) for c in result.checks]
    assert ("sum", "mentees", str(every), str(every), "ok") in checks
    assert ("target", "organizations", "50", "42.9", "mismatch") in checks
    assert [c for c in checks if c[4] == "mismatch"] == [("target", "organizations", "50", "42.9", "mismatch")]


def test_a_table_split_in_two_with_its_heading_said_again_in_other_words(tmp_path):
    """«Продолжение таблицы 1» under a shorter heading: one table, whose total covers both parts."""
    head1 = ["№", "Наименование ОО", "Численность обучающихся, охваченных программами наставничества (чел.)",
             "из них в роли наставляемых (чел.)"]
    head2 = ["№", "ОО", "Охвачено, чел.", "в т. ч. наставляемых"]
    part1 = [[str(i), f"ГБОУ СОШ № {400 + i}", str(100 + i), str(80 + i)] for i in range(1, 6)]
    part2 = [[str(i), f"ГБОУ СОШ № {400 + i}", str(100 + i), str(80 + i)] for i in range(6, 10)]
    total = ["Итого по району", "", str(sum(100 + i for i in range(1, 10))), str(sum(80 + i for i in range(1, 10)))]
    blocks = ["Справка", "Таблица 1", [head1] + part1, "Продолжение таблицы 1", [head2] + part2 + [total]]
    checks = _checks(make_docx(tmp_path / "s.docx", blocks))
    sums = [c for c in checks if c[0] == "sum"]
    assert sorted(sums) == [("sum", "765", "765", "ok"), ("sum", "945", "945", "ok")]


def test_organizations_as_columns_whose_form_labels_lost_their_merge(tmp_path):
    """Text (or a PDF without rules) keeps a form's label on its first row only, or wraps it
    over two rows («Работодатель –» / «ученик»»): both rows are that form's."""
    orgs = ["МБОУ «ЦО г. Билибино»", "МБОУ «ЦО с. Анюйск»", "МБОУ «ООШ с. Островное»"]
    rows = [["Форма наставничества", "Показатель"] + orgs + ["Итого"],
            ["«Ученик – ученик»", "наставников", "11", "4", "2", "17"],
            ["", "наставляемых", "19", "8", "6", "33"],
            ["«Работодатель –", "наставников", "3", "–", "1", "4"],
            ["ученик»", "наставляемых", "3", "–", "7", "10"]]
    doc = parse_text("\n".join(["Сведения о наставничестве по формам", ""] + ["\t".join(r) for r in rows]))
    facts = {(f.org_name, f.indicator, f.form): f.value for f in extract(doc).facts}
    assert facts[("МБОУ «ЦО с. Анюйск»", "mentees", "ученик-ученик")] == 8
    assert facts[("МБОУ «ООШ с. Островное»", "mentees", "работодатель-ученик")] == 7
    assert facts[("МБОУ «ЦО г. Билибино»", "mentors", "работодатель-ученик")] == 3


def test_a_list_of_the_organizations_with_the_highest_value(tmp_path):
    """«наибольшее количество форм (четыре) – в …» is checked against the organizations whose
    value is the highest; naming one that is not is a mismatch."""
    rows = [["№", "ОО", "Количество реализуемых форм наставничества", "Число наставляемых, чел."]]
    for i, (n, k) in enumerate([(4, 30), (3, 39), (4, 22), (2, 57)], 1):
        rows.append([str(i), SCHOOLS[i - 1], str(n), str(k)])
    ok = ["Справка", rows, "Наибольшее количество форм (четыре) – в МБОУ СОШ № 1 и МБОУ «Гимназия № 3»."]
    bad = ["Справка", rows, "Наибольшее количество форм (четыре) – в МБОУ СОШ № 1 и МБОУ СОШ № 2."]
    got_ok = [c for c in _checks(make_docx(tmp_path / "ok.docx", ok)) if c[0] == "membership"]
    got_bad = [c for c in _checks(make_docx(tmp_path / "bad.docx", bad)) if c[0] == "membership"]
    assert [c[3] for c in got_ok] == ["ok"] and [c[3] for c in got_bad] == ["mismatch"]
