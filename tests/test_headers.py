"""Column headings read by meaning. The cases come from the vocabulary files themselves:
every example heading in normalizers/vocab/indicators.toml must read as its indicator, and
every variant in forms.toml must belong to a canonical form."""
from __future__ import annotations

import pytest

from extractor.headers import features_of, read_header
from extractor.model import grid_to_table as table_of
from extractor.tables import analyze
from normalizers.vocab import forms, indicators, variant_form

EXAMPLES = [(code, ex) for code, d in indicators().items() for ex in d.examples]


def test_every_indicator_has_eight_examples():
    short = {code: len(d.examples) for code, d in indicators().items() if len(d.examples) < 8}
    assert short == {}


@pytest.mark.parametrize("code,heading", EXAMPLES, ids=[f"{c}:{h[:30]}" for c, h in EXAMPLES])
def test_example_heading_reads_as_its_indicator(code, heading):
    # " / " separates a parent cell from its leaf in the examples
    r = read_header(" ".join(heading.split(" / ")))
    assert r.understood and r.indicator.code == code, r.features.describe()


@pytest.mark.parametrize("variant,form", sorted(forms().variants.items()))
def test_variants_belong_to_canonical_forms(variant, form):
    assert form in forms().canonical
    assert variant_form(f"«{variant.capitalize()}» (микро-проект)") == form


def test_the_head_is_the_first_noun_outside_a_prepositional_phrase():
    f = features_of("Количество вовлечённых в различные формы наставничества, чел. педагогов")
    assert (f.measure, f.head) == ("count", "teachers")
    f = features_of("Количество предприятий, предоставивших наставников")
    assert f.head == "enterprises"


def test_unknown_heading_is_reported_not_guessed():
    r = read_header("Количество проведённых мероприятий")
    assert not r.understood and r.indicator.code == "kolichestvo_provedennykh_meropriyatiy"


def test_mentors_from_enterprises_imply_the_employer_form():
    r = read_header("Количество наставников от предприятий")
    assert (r.indicator.code, r.form) == ("mentors", "работодатель-ученик")


def test_section_supplies_the_noun_a_heading_leaves_out():
    r = read_header("Вовлечено в наставничество", "Таблица 1. Охват обучающихся программами наставничества")
    assert r.indicator.code == "students_involved"
    r = read_header("Доля, %", "Таблица 1. Охват обучающихся программами наставничества")
    assert r.indicator.code == "mentee_share_pct"


def _codes(rows, section=""):
    layout = analyze(table_of(rows), section)
    return [(c.role, c.indicator.code if c.indicator else "", c.form or "") for c in layout.columns]


def test_two_row_heading_parent_measure_leaf_noun():
    rows = [["№", "ОО", "Количество вовлечённых в формы наставничества, чел.", ""],
            ["", "", "педагогов", "обучающихся"],
            ["1", "МБОУ СОШ № 3", "12", "140"],
            ["2", "МАОУ Гимназия № 1", "9", "201"]]
    assert _codes(rows)[2:] == [("indicator", "teachers_involved", ""), ("indicator", "students_involved", "")]


def test_denominator_column_is_not_a_row_total():
    rows = [["№", "ОО", "Всего обучающихся в ОО", "Вовлечено обучающихся", "Доля, %"],
            ["1", "МБОУ СОШ № 3", "900", "140", "15,6"],
            ["2", "МАОУ Гимназия № 1", "700", "201", "28,7"]]
    assert _codes(rows)[2:] == [("indicator", "students_total", ""), ("indicator", "students_involved", ""),
                                ("indicator", "mentee_share_pct", "")]


def test_a_total_that_adds_up_is_a_row_total():
    rows = [["№", "ОО", "Ученик – ученик", "Учитель – учитель", "Всего пар"],
            ["1", "СОШ № 1", "25", "6", "31"],
            ["2", "СОШ № 2", "12", "4", "16"],
            ["3", "СОШ № 3", "5", "6", "12"]]
    cols = _codes(rows, "Таблица 2. Количество наставнических пар по формам наставничества")
    assert cols[2:] == [("indicator", "pairs", "ученик-ученик"), ("indicator", "pairs", "учитель-учитель"),
                        ("total", "pairs", "")]


def test_two_columns_of_one_indicator_the_larger_is_the_denominator():
    rows = [["№", "ОО", "Количество обучающихся", "Количество обучающихся, вовлечённых в наставничество"],
            ["1", "СОШ № 1", "812", "120"],
            ["2", "СОШ № 2", "640", "98"]]
    assert _codes(rows)[2:] == [("indicator", "students_total", ""), ("indicator", "students_involved", "")]


def test_share_over_100_is_no_share():
    rows = [["№", "ОО", "Доля обучающихся, %"], ["1", "СОШ № 1", "812"], ["2", "СОШ № 2", "40"]]
    assert _codes(rows)[2] == ("indicator", "mentee_share_value", "")


def test_headers_csv_wins_and_unknown_columns_are_listed(tmp_path):
    """A column nobody's vocabulary knows is listed (sheet, SQLite, report); one line of
    headers.csv — cp1251, semicolons — makes it an indicator on the next build."""
    from openpyxl import load_workbook

    from extractor import build
    from tests.conftest import read_csv
    from tests.fixtures import make_txt

    src = tmp_path / "in"
    src.mkdir()
    make_txt(src / "r.txt", ["Справка о наставничестве в городе Кунгуре (на 01.06.2023)",
                             [["№", "Наименование ОО", "Кол-во наставляемых", "Мероприятий проведено"],
                              ["1", "МБОУ СОШ № 1", "12", "4"], ["2", "МБОУ СОШ № 2", "9", "3"]]])
    out = tmp_path / "out"
    build([src], out, workers=1)
    codes = {r["indicator"] for r in read_csv(out / "facts.csv")}
    assert codes == {"mentees", "meropriyatiy_provedeno"}
    sheet = load_workbook(out / "dataset.xlsx")["columns"]
    assert [c.value for c in sheet[2]][3] == "Мероприятий проведено"
    assert "Непонятые столбцы" in (out / "report.html").read_text(encoding="utf-8")
    (src / "headers.csv").write_bytes("header;indicator;unit\nМероприятий проведено;events;count\n".encode("cp1251"))
    build([src], out, workers=1)  # headers.csv changed: the file is read again without --force
    codes = {r["indicator"] for r in read_csv(out / "facts.csv")}
    assert codes == {"mentees", "events"}
