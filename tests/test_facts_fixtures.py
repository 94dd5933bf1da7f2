"""Facts from layouts and wordings the seeds do not have."""
from __future__ import annotations

import pytest

from extractor import extract, read_document

from .fixtures import WIDE, make_docx, make_txt


@pytest.fixture(params=["docx", "txt"])
def wide(request, tmp_path):
    make = make_docx if request.param == "docx" else make_txt
    return extract(read_document(make(tmp_path / f"wide.{request.param}", WIDE)))


def _facts(result, table):
    return sorted((f.org_name, f.indicator, f.form, f.value, f.unit) for f in result.facts if f.table == table)


def test_wide_table_a_column_per_form(wide):
    assert _facts(wide, 1) == sorted([
        ("МБОУ СОШ № 5", "pairs", "ученик-ученик", 12.0, "count"),
        ("МБОУ СОШ № 5", "pairs", "учитель-учитель", 3.0, "count"),
        ("МБОУ СОШ № 5", "pairs", "работодатель-ученик", 0.0, "count"),
        ("МБОУ «Гимназия № 1»", "pairs", "ученик-ученик", 1206.0, "count"),
        ("МБОУ «Гимназия № 1»", "pairs", "учитель-учитель", 4.0, "count"),
        ("МБОУ «Гимназия № 1»", "pairs", "работодатель-ученик", 2.0, "count"),
        ("МБОУ СОШ № 15 им. А.С. Пушкина", "pairs", "ученик-ученик", 7.0, "count"),
        ("МБОУ СОШ № 15 им. А.С. Пушкина", "pairs", "учитель-учитель", 0.0, "count"),
        ("МБОУ СОШ № 15 им. А.С. Пушкина", "pairs", "работодатель-ученик", 1.0, "count"),
    ])


def test_share_named_by_section_decimal_commas(wide):
    assert _facts(wide, 2) == sorted([
        ("СОШ № 5 г. Шахты", "mentor_share_pct", "", 12.5, "percent"),
        ("Гимназия № 1", "mentor_share_pct", "", 8.0, "percent"),
        ("МБОУ СОШ №15", "mentor_share_pct", "", 4.5, "percent"),
    ])


def test_other_wordings_and_unknown_column(wide):
    got = _facts(wide, 3)
    assert ("МБОУ СОШ № 5", "mentors", "", 10.0, "persons") in got
    assert ("МБОУ СОШ № 5", "mentees", "", 25.0, "persons") in got
    assert ("МБОУ Гимназия №1", "mentees", "", None, "persons") in got  # "Нет": nothing to count
    unknown = [f for f in wide.facts if f.table == 3 and f.col == 5]
    assert {f.indicator for f in unknown} == {"kolichestvo_meropriyatiy"} and len(unknown) == 3


def test_totals_are_claims_not_facts(wide):
    assert not [f for f in wide.facts if "итого" in f.org_name.lower() or "средн" in f.org_name.lower()]
    sums = [c for c in wide.checks if c.check == "sum"]
    # ИТОГО row: three form columns and the total column; per-row totals: three rows
    assert sorted((c.stated, c.status) for c in sums) == sorted(
        [("1225", "ok"), ("7", "ok"), ("3", "ok"), ("1236", "ok"), ("15", "ok"), ("1212", "ok"), ("9", "mismatch")])
    row9 = next(c for c in sums if c.stated == "9")
    assert row9.computed == "8" and row9.location == "table 1, row 5"
    mean = next(c for c in wide.checks if c.check == "mean")
    assert (mean.stated, mean.computed, mean.status) == ("8.3", "8.33", "ok")


def test_metadata_of_fixture(wide):
    md = wide.metadata
    assert (md.kind, md.municipality.name, md.as_of) == ("справка", "город Шахты", "2022-06-01")
    assert any(p.name == "Иванова А.П." and p.role.startswith("Начальник") for p in md.persons)


def test_count_claim_ok(wide):
    count = [c for c in wide.checks if c.check == "count"]
    assert [(c.stated, c.computed, c.status) for c in count] == [("3", "3", "ok")]


def test_table_split_into_two_word_tables(tmp_path):
    blocks = ["Справка (на 01.06.2022) город Шахты",
              [["№", "Наименование ОО", "Кол-во наставников"], ["1", "МБОУ СОШ № 1", "4"], ["2", "МБОУ СОШ № 2", "5"]],
              [["3", "МБОУ СОШ № 3", "6"], ["", "Итого", "15"]]]
    result = extract(read_document(make_docx(tmp_path / "split.docx", blocks)))
    assert sorted((f.org_name, f.indicator, f.value, f.table) for f in result.facts) == [
        ("МБОУ СОШ № 1", "mentors", 4.0, 1), ("МБОУ СОШ № 2", "mentors", 5.0, 1), ("МБОУ СОШ № 3", "mentors", 6.0, 2)]
