"""Outputs: SQLite store, CSV and XLSX that agree with it, incremental builds, report.html."""
from __future__ import annotations

import shutil
import sqlite3

import pytest
from openpyxl import load_workbook

from extractor import build

from .conftest import SEEDS, read_csv

TABLES = ["documents", "organizations", "facts", "checks", "indicators", "history"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    inp = tmp_path_factory.mktemp("in")
    for name in ("dzerzhinsk_spravka_2020.docx", "novocherkassk_spravka_2020.txt", "salsk_spravka_2021.pdf"):
        shutil.copy(SEEDS / name, inp)
    out = tmp_path_factory.mktemp("out")
    report = build([inp], out, workers=2)
    return inp, out, report


def _db_counts(out):
    with sqlite3.connect(out / "outputs.sqlite") as db:
        return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_row_counts_agree_between_csv_sqlite_xlsx(built):
    _, out, _ = built
    db = _db_counts(out)
    wb = load_workbook(out / "dataset.xlsx", read_only=True)
    for t in TABLES:
        csv_rows = len(read_csv(out / f"{t}.csv"))
        xlsx_rows = sum(1 for _ in wb[t].iter_rows(min_row=2, values_only=True))
        assert csv_rows == db[t] == xlsx_rows, t
    assert db["documents"] == 3 and db["facts"] == 391 + 44


def test_workbook_numbers_and_highlights(built):
    _, out, _ = built
    wb = load_workbook(out / "dataset.xlsx")
    facts = wb["facts"]
    assert facts.freeze_panes == "A2" and facts.auto_filter.ref.startswith("A1:Q")  # 17 columns, page last
    header = [c.value for c in facts[1]]
    assert header[:4] == ["Файл", "Отчёт", "Муниципалитет", "Отчётная дата"]  # Russian headings
    values = [row[header.index("Значение")] for row in facts.iter_rows(min_row=2, values_only=True)]
    assert values and all(v is None or isinstance(v, (int, float)) for v in values)
    dates = [row[header.index("Отчётная дата")] for row in facts.iter_rows(min_row=2, values_only=True)]
    assert {d.date().isoformat() for d in dates} == {"2020-12-18", "2020-12-31"}  # dates, not text
    legend = {(r[1], r[2]) for r in wb["Легенда"].iter_rows(min_row=2, values_only=True) if r[2]}
    assert ("Отчётная дата", "as_of") in legend and ("Значение", "value") in legend
    checks = wb["checks"]
    head = [c.value for c in checks[1]]
    for row in checks.iter_rows(min_row=2):
        status = row[head.index("Статус")].value
        fill = row[0].fill.start_color.rgb
        assert (fill == "FFF4C7C3") == (status == "mismatch")


def test_second_build_changes_nothing(built, tmp_path):
    inp, out, _ = built
    before = {t: (out / f"{t}.csv").read_bytes() for t in TABLES}
    report = build([inp], out, workers=1)
    assert report.results == [] and report.skipped == 3
    assert {t: (out / f"{t}.csv").read_bytes() for t in TABLES} == before


def test_adding_a_file_adds_exactly_its_rows(built, tmp_path):
    inp, out, _ = built
    work_in, work_out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(inp, work_in)
    shutil.copytree(out, work_out)
    before = _db_counts(work_out)
    shutil.copy(SEEDS / "egorlyk_sosh1_spravka_2020.docx", work_in)
    report = build([work_in], work_out, workers=1)
    assert [r.source for r in report.results] == ["egorlyk_sosh1_spravka_2020.docx"]
    after = _db_counts(work_out)
    assert after["documents"] == before["documents"] + 1
    assert after["facts"] == before["facts"] + 8
    assert after["organizations"] == before["organizations"] + 1
    ids = {r["org_id"] for r in read_csv(work_out / "organizations.csv")}
    assert {r["org_id"] for r in read_csv(out / "organizations.csv")} <= ids  # ids stay stable


def test_changed_file_replaces_its_rows(built, tmp_path):
    inp, out, _ = built
    work_in, work_out = tmp_path / "in", tmp_path / "out"
    shutil.copytree(inp, work_in)
    shutil.copytree(out, work_out)
    f = work_in / "novocherkassk_spravka_2020.txt"
    f.write_text(f.read_text(encoding="utf-8").replace("\tИТОГО\t2206\t188", "\tИТОГО\t2207\t188"), encoding="utf-8")
    build([work_in], work_out, workers=1)
    checks = [r for r in read_csv(work_out / "checks.csv") if r["source"] == "novocherkassk_spravka_2020.txt"]
    sums = sorted((r["stated"], r["status"]) for r in checks if r["check"] == "sum")
    assert sums == [("188", "ok"), ("2207", "mismatch")]
    assert _db_counts(work_out)["facts"] == _db_counts(out)["facts"]


def test_force_rereads(built, tmp_path):
    inp, out, _ = built
    work_out = tmp_path / "out"
    shutil.copytree(out, work_out)
    report = build([inp], work_out, workers=1, force=True)
    assert len(report.results) == 3
    assert _db_counts(work_out) == _db_counts(out)


def test_report_is_self_contained_and_shows_every_mismatch(built):
    _, out, _ = built
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<svg" in html
    import re

    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//|url\(\s*['\"]?(?:https?:)?//|@import|<link", html)
    import html as h

    text = h.unescape(html)
    for r in read_csv(out / "checks.csv"):
        if r["status"] == "mismatch":
            assert r["message"] in text


def test_check_ids_are_stable_and_evidence_named(tmp_path):
    """A rebuild (--force) gives every check the same id; sums name the cells they added."""
    src = SEEDS / "novocherkassk_spravka_2020.txt"
    build([src], tmp_path / "a", workers=1)
    first = read_csv(tmp_path / "a" / "checks.csv")
    build([src], tmp_path / "a", workers=1, force=True)
    again = read_csv(tmp_path / "a" / "checks.csv")
    assert [r["check_id"] for r in first] == [r["check_id"] for r in again]
    assert len({r["check_id"] for r in first}) == len(first)
    itogo = next(r for r in first if r["check"] == "sum" and r["stated"] == "2206")
    assert itogo["evidence"].startswith("table 1, rows ") and itogo["evidence"].endswith("col 3")


def test_csv_has_bom_and_no_live_formula(tmp_path):
    from extractor.export import safe_text, write_csv

    write_csv(tmp_path / "x.csv", ["a", "b"], [{"a": "=HYPERLINK(\"http://x\")", "b": "-5"},
                                             {"a": "@cmd", "b": "-"}])
    raw = (tmp_path / "x.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = read_csv(tmp_path / "x.csv")
    assert rows == [{"a": "'=HYPERLINK(\"http://x\")", "b": "-5"}, {"a": "'@cmd", "b": "'-"}]
    assert safe_text(12) == 12


def test_old_store_gains_new_columns(tmp_path):
    """A store written before facts.page and checks.check_id existed is extended, not broken."""
    from extractor.store import Store

    db = sqlite3.connect(tmp_path / "outputs.sqlite")
    db.execute("CREATE TABLE checks (source TEXT, \"check\" TEXT, status TEXT)")
    db.commit()
    db.close()
    store = Store(tmp_path / "outputs.sqlite")
    cols = {r[1] for r in store.db.execute("PRAGMA table_info(checks)")}
    store.close()
    assert {"check_id", "evidence", "page", "quote"} <= cols
