"""Checks on a report with an error planted in every kind of claim, and on the same
report without errors (no false alarm)."""
from __future__ import annotations

import pytest

from extractor import build, extract, read_document
from extractor.checks import agrees

from .conftest import read_csv
from .fixtures import PLANTED, make_docx, make_txt


@pytest.fixture(params=["docx", "txt"])
def planted(request, tmp_path):
    make = make_docx if request.param == "docx" else make_txt
    return extract(read_document(make(tmp_path / f"planted.{request.param}", PLANTED)))


def _by(result, kind):
    return [(c.stated, c.computed, c.status) for c in result.checks if c.check == kind]


def test_planted_totals(planted):
    assert sorted(_by(planted, "sum")) == sorted([
        ("45", "45", "ok"), ("35", "34", "mismatch"), ("57", "56", "mismatch"),
        ("125", "120", "mismatch"), ("15", "15", "ok"), ("137", "137", "ok"),
        ("120", "120", "ok")])  # the text's «Всего вовлечено 120 обучающихся» against the column


def test_planted_text_claims(planted):
    assert _by(planted, "count") == [("4", "3", "mismatch")]
    assert _by(planted, "share") == [("10", "8", "mismatch")]
    assert _by(planted, "composition") == [("120", "110", "mismatch")]
    assert _by(planted, "mean") == [("11", "9", "mismatch")]
    assert ("7", "-", "mismatch") in _by(planted, "reference")
    member = [c for c in planted.checks if c.check == "membership"]
    # «от 5% до 10% - №№ 1, 7» misses Кагальницкая (6%); «от 11% до 15% - Головатовская СОШ» holds
    assert [c.status for c in member] == ["mismatch", "ok"]
    assert "МБОУ Кагальницкая СОШ" in member[0].message and "Головатовская СОШ" in member[1].stated


def test_planted_messages_are_russian_sentences(planted):
    share = next(c for c in planted.checks if c.check == "share")
    assert share.message == ("Доля 10% не совпадает с пересчитанной: 120 / 1500 = 8% («Всего вовлечено 120 "
                             "обучающихся (10% от общего количества 1500 обучающихся), из них: 70 - наставляемых и "
                             "40 - наставников»)")
    # DOCX counts paragraphs; TXT counts file lines (the fixture has table rows and blank lines before it)
    assert share.location == ("line 4" if planted.format == "docx" else "line 13")


def test_village_schools_get_village_ids(tmp_path):
    src = make_docx(tmp_path / "planted.docx", PLANTED)
    report = build([src], tmp_path / "out", workers=1)
    ids = sorted(o.org_id for o in report.registry.all())
    assert ids == ["azov/golovatovskaya", "azov/kagalnitskaya", "azov/school-1"]
    docs = read_csv(tmp_path / "out" / "documents.csv")
    assert docs[0]["municipality"] == "Азовский район" and docs[0]["as_of"] == "2021-12-31"


def test_corrected_report_has_no_mismatch(tmp_path):
    fixed = [b for b in PLANTED]
    fixed[2] = "В 3 общеобразовательных организациях организованы мероприятия по вовлечению обучающихся."
    fixed[3] = [["№ п/п", "Наименование ОО", "обучающихся (человек)", "педагогов (человек)", "Всего"],
                ["1", "МБОУ Головатовская СОШ", "40", "5", "45"],
                ["2", "МБОУ Кагальницкая СОШ", "30", "4", "34"],
                ["3", "МБОУ Азовская СОШ № 1", "50", "6", "56"],
                ["", "ИТОГО", "120", "15", "135"]]
    fixed[4] = ("Всего вовлечено 120 обучающихся (8% от общего количества 1500 обучающихся), из них: "
                "80 - наставляемых и 40 - наставников.")
    fixed[7] = "Средний показатель по району – 9%. Показатель от 5% до 10% - №№ 1 и Кагальницкая СОШ."
    result = extract(read_document(make_docx(tmp_path / "fixed.docx", fixed)))
    assert [c for c in result.checks if c.status == "mismatch"] == []
    assert len([c for c in result.checks if c.status == "ok"]) >= 10


@pytest.mark.parametrize("stated,computed,decimals,ok", [
    (13, 13.23, 0, True), (13, 13.5, 0, True), (13, 13.51, 0, False), (8.3, 8.33, 1, True), (8.3, 8.36, 1, False)])
def test_rounding_rule(stated, computed, decimals, ok):
    assert agrees(stated, computed, decimals) is ok


def test_single_mention_outside_tables_is_no_alarm(tmp_path):
    blocks = list(PLANTED[:4]) + [
        "Методическое сопровождение осуществляет МБОУ лицей №9 г. Азова.",
        "Руководителям МБОУ СОШ №№ 1, 7 активизировать работу."]
    result = extract(read_document(make_docx(tmp_path / "m.docx", blocks)))
    refs = {c.stated: (c.status, c.message) for c in result.checks if c.check == "reference"}
    # a lone mention claims nothing and raises no row; an enumeration is checked
    assert not [s for s in refs if "9" in s]
    assert refs["7"] == ("mismatch", "№7 из «Руководителям МБОУ СОШ №№ 1, 7» нет ни в одной таблице документа")
