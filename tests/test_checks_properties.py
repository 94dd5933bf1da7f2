"""Checks of the checks: reports built here whose every claim agrees raise no mismatch, and
the same reports with exactly one planted error raise exactly that one, across layouts
(one- and two-row headings, a per-row «Всего» column, a denominator) and formats."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import extract, read_document

from .fixtures import make_docx, make_txt

NAMES = ["МБОУ СОШ № 1", "МАОУ «Гимназия № 2»", "МБОУ Кагальницкая СОШ", "МОУ «Лицей № 5»", "МБОУ ООШ № 7",
         "МБОУ СОШ № 12 им. А.С. Пушкина", "МАОУ СОШ с. Инзер", "МКОУ «Песчанская ООШ»"]


@st.composite
def reports(draw):
    n = draw(st.integers(3, 7))
    rows = []
    for name in NAMES[:n]:
        students = draw(st.integers(5, 300))
        teachers = draw(st.integers(1, 40))
        total = students + draw(st.integers(50, 900))
        rows.append((name, students, teachers, total))
    layout = draw(st.sampled_from(["one-row", "two-row", "row-total"]))
    fmt = draw(st.sampled_from(["docx", "txt"]))
    error = draw(st.sampled_from([None, "itogo", "count", "share", "text-total", "row-total"]))
    if error == "row-total" and layout != "row-total":
        error = "itogo"
    return rows, layout, fmt, error


def _blocks(rows, layout, error):
    s = sum(r[1] for r in rows)
    t = sum(r[2] for r in rows)
    base = sum(r[3] for r in rows)
    share = round(s / base * 100)
    if layout == "two-row":
        head = [["№", "Наименование ОО", "Численность обучающихся", "Вовлечено в наставничество, чел.", ""],
                ["", "", "", "обучающихся", "педагогов"]]
        merges = [((0, 3), (0, 4))]
    else:
        head = [["№", "Наименование ОО", "Всего обучающихся в ОО", "Вовлечено обучающихся, чел.",
                 "Вовлечено педагогов, чел."] + (["Всего"] if layout == "row-total" else [])]
        merges = []
    body = []
    for i, (name, st_, te, tot) in enumerate(rows, start=1):
        row = [str(i), name, str(tot), str(st_), str(te)]
        if layout == "row-total":
            extra = 1 if error == "row-total" and i == 2 else 0
            row.append(str(st_ + te + extra))
        body.append(row)
    itogo = ["", "ИТОГО", str(base), str(s + (5 if error == "itogo" else 0)), str(t)]
    if layout == "row-total":  # the column's own total adds up what it prints (the error is one cell)
        itogo.append(str(sum(int(r[5]) for r in body)))
    width = len(head[0])
    table = [r + [""] * (width - len(r)) for r in head + body + [itogo]]
    count = len(rows) + (1 if error == "count" else 0)
    stated_share = share + (3 if error == "share" else 0)
    stated_total = t + (2 if error == "text-total" else 0)
    return [
        "Аналитическая справка",
        "о вовлечении обучающихся в наставничество в образовательных организациях Кандалакшского района "
        "(по состоянию на 01.06.2023)",
        "1. Охват наставничеством",
        (table, merges) if merges else table,
        f"Сведения представили {count} образовательных организаций района.",
        f"Вовлечено {s} обучающихся ({stated_share}% от {base}).",
        f"Всего по району вовлечено {stated_total} педагогических работников.",
        "Приказ управления образования от 12.08.2022 № 270-од; телефон 8 (81533) 9-35-12.",
    ]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(reports())
def test_agreeing_claims_raise_nothing_and_one_error_raises_one(tmp_path_factory, report):
    rows, layout, fmt, error = report
    path = tmp_path_factory.mktemp("r") / f"report.{fmt}"
    (make_docx if fmt == "docx" else make_txt)(path, _blocks(rows, layout, error))
    result = extract(read_document(path))
    mismatches = [c for c in result.checks if c.status == "mismatch"]
    kinds = {"itogo": "sum", "count": "count", "share": "share", "text-total": "sum", "row-total": "sum"}
    if error is None:
        assert mismatches == [], [c.message for c in mismatches]
        assert {c.check for c in result.checks if c.status == "ok"} >= {"sum", "count", "share"}
    else:
        assert [c.check for c in mismatches] == [kinds[error]], [c.message for c in mismatches]
    assert not [c for c in result.checks if c.status == "unverifiable"]
