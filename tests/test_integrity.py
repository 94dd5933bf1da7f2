"""An archive that keeps what it was given: file and report identity, files gone or renamed,
the archivist's corrections and reviews — each tried as an archivist would, build after build."""
from __future__ import annotations

import hashlib
import os
import shutil

import pytest
from typer.testing import CliRunner

from extractor import build
from extractor.cli import app

from .conftest import ROOT, SEEDS, read_csv

NOVO = "novocherkassk_spravka_2020"
runner = CliRunner()


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def archive(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    for ext in ("docx", "pdf", "txt"):
        shutil.copy(SEEDS / f"{NOVO}.{ext}", inp)
    shutil.copy(SEEDS / "dzerzhinsk_spravka_2020.txt", inp)
    return inp, tmp_path / "out"


def test_same_relative_path_under_two_inputs_is_kept_twice(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(SEEDS / f"{NOVO}.txt", tmp_path / folder / "report.txt")
    out = tmp_path / "out"
    build([tmp_path / "a", tmp_path / "b"], out, workers=1)
    docs = read_csv(out / "documents.csv")
    assert sorted(d["source"] for d in docs) == ["a/report.txt", "b/report.txt"]
    facts = read_csv(out / "facts.csv")
    assert {f["source"] for f in facts} == {"a/report.txt", "b/report.txt"}
    assert len(facts) == 88
    # byte-identical copies are one report: counted once in the consolidated table
    assert len({d["report_id"] for d in docs}) == 1
    assert len(read_csv(out / "indicators.csv")) == 44


def test_file_name_in_a_windows_encoding_is_read_and_shown_decoded(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    name = os.fsdecode("Справка Новочеркасск.txt".encode("cp1251"))
    shutil.copy(SEEDS / f"{NOVO}.txt", inp / name)
    out = tmp_path / "out"
    report = build([inp], out, workers=1)
    assert not report.failed
    docs = read_csv(out / "documents.csv")
    assert [d["source"] for d in docs] == ["Справка Новочеркасск.txt"]
    assert docs[0]["status"] == "ok"
    assert len(read_csv(out / "facts.csv")) == 44


def test_renditions_share_a_report_id_and_count_once(archive):
    inp, out = archive
    build([inp], out, workers=2)
    docs = {d["source"]: d for d in read_csv(out / "documents.csv")}
    ids = {docs[f"{NOVO}.{ext}"]["report_id"] for ext in ("docx", "pdf", "txt")}
    assert len(ids) == 1
    assert docs["dzerzhinsk_spravka_2020.txt"]["report_id"] not in ids
    ind = [r for r in read_csv(out / "indicators.csv") if r["report_id"] in ids]
    assert len(ind) == 44  # 22 schools × 2 indicators, once — not three times
    assert all(r["sources"] == f"{NOVO}.docx; {NOVO}.pdf; {NOVO}.txt" for r in ind)
    assert not [c for c in read_csv(out / "checks.csv") if c["check"] == "consistency" and c["subject"] in ids]


def test_renditions_that_disagree_raise_a_consistency_check(archive):
    inp, out = archive
    txt = inp / f"{NOVO}.txt"
    text = txt.read_text(encoding="utf-8")
    changed = text.replace("180", "181", 1)  # school № 1's pupils, the first «180» of the report
    assert changed != text
    txt.write_text(changed, encoding="utf-8")
    build([inp], out, workers=2)
    checks = [c for c in read_csv(out / "checks.csv") if c["check"] == "consistency" and c["source"] == txt.name]
    assert len(checks) == 1
    assert checks[0]["status"] == "mismatch" and "181" in checks[0]["message"] and "180" in checks[0]["message"]
    row = next(r for r in read_csv(out / "indicators.csv")
               if r["org_id"] == "novocherkassk/school-1" and r["indicator"] == "students_involved")
    assert row["value"] == "180" and txt.name not in row["sources"]  # the DOCX reading stands


def test_removed_and_renamed_files_are_missing_then_pruned(archive):
    inp, out = archive
    build([inp], out, workers=2)
    (inp / f"{NOVO}.pdf").unlink()
    (inp / f"{NOVO}.txt").rename(inp / "renamed.txt")
    build([inp], out, workers=1)
    status = {d["source"]: d["status"] for d in read_csv(out / "documents.csv")}
    assert status == {f"{NOVO}.docx": "ok", f"{NOVO}.pdf": "missing", f"{NOVO}.txt": "missing",
                      "renamed.txt": "ok", "dzerzhinsk_spravka_2020.txt": "ok"}
    sources = {f["source"] for f in read_csv(out / "facts.csv")}
    assert f"{NOVO}.pdf" not in sources and f"{NOVO}.txt" not in sources and "renamed.txt" in sources
    res = runner.invoke(app, ["build", str(inp), "-o", str(out), "--prune"])
    assert res.exit_code == 0, res.output
    assert "забыт" in res.output
    assert {d["source"] for d in read_csv(out / "documents.csv")} == {f"{NOVO}.docx", "renamed.txt",
                                                                      "dzerzhinsk_spravka_2020.txt"}


def test_a_failure_from_a_missing_tool_is_retried(tmp_path, monkeypatch):
    """A DOC read without LibreOffice fails; once the tool is there, the next build reads it
    (and a file that failed for good, a broken PDF, is not tried again)."""
    import extractor.readers.legacy as legacy
    from extractor.readers.legacy import soffice

    if soffice() is None:
        pytest.skip("LibreOffice is not installed")
    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(ROOT / "tests" / "data" / "peers" / "docling" / "doc" / "legacy_sample.doc", inp / "old.doc")
    (inp / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    out = tmp_path / "out"
    monkeypatch.setenv("SPRAVKI_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(legacy, "soffice", lambda: None)
    build([inp], out, workers=1)
    docs = {d["source"]: d for d in read_csv(out / "documents.csv")}
    assert docs["old.doc"]["status"] == "failed" and "LibreOffice" in docs["old.doc"]["error"]
    monkeypatch.undo()
    monkeypatch.setenv("SPRAVKI_CACHE", str(tmp_path / "cache"))
    report = build([inp], out, workers=1)
    assert [r.source for r in report.results] == ["old.doc"]
    assert {d["source"]: d["status"] for d in read_csv(out / "documents.csv")}["old.doc"] == "ok"


def test_corrections_change_the_value_and_the_checks_and_survive_force(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    src = inp / "dzerzhinsk_spravka_2020.txt"
    shutil.copy(SEEDS / src.name, src)
    out = tmp_path / "out"
    build([inp], out, workers=1)
    import re

    total = next(c for c in read_csv(out / "checks.csv") if c["check"] == "sum" and c["status"] == "ok"
                 and re.match(r"table \d+, rows [\d–-]+, col \d+$", c["evidence"]))
    t, col = re.match(r"table (\d+), rows [\d–-]+, col (\d+)", total["evidence"]).groups()
    fact = next(f for f in read_csv(out / "facts.csv") if (f["table"], f["col"]) == (t, col)
                and f["value"] not in ("", "0"))
    sha = _sha(src)
    (inp / "corrections.csv").write_text(
        "sha256;table;row;col;value;comment\n"
        f"{sha};{fact['table']};{fact['row']};{fact['col']};777;опечатка в отчёте\n"
        f"{sha};99;1;1;5;нет такой таблицы\n"
        f"{'0' * 64};1;1;1;5;чужой файл\n", encoding="cp1251")
    for force in (False, True):
        report = build([inp], out, workers=1, force=force)
        assert any("строка 3" in p and "table 99" in p for p in report.problems)
        assert any("строка 4" in p and "нет среди входных" in p for p in report.problems)
        row = next(f for f in read_csv(out / "facts.csv")
                   if (f["table"], f["row"], f["col"]) == (fact["table"], fact["row"], fact["col"]))
        assert (row["value"], row["raw"], row["corrected"]) == ("777", fact["raw"], "1")
    # a total over that column now disagrees with the corrected value
    after = {c["check_id"]: c for c in read_csv(out / "checks.csv")}
    assert after[total["check_id"]]["status"] == "mismatch"
    (inp / "corrections.csv").unlink()
    build([inp], out, workers=1)
    row = next(f for f in read_csv(out / "facts.csv")
               if (f["table"], f["row"], f["col"]) == (fact["table"], fact["row"], fact["col"]))
    assert (row["value"], row["corrected"]) == (fact["value"], "0")


def test_reviews_mark_checks_and_check_exits_zero_when_all_dismissed(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(SEEDS / "dzerzhinsk_spravka_2020.txt", inp)
    out = tmp_path / "out"
    build([inp], out, workers=1)
    mismatches = [c for c in read_csv(out / "checks.csv") if c["status"] == "mismatch"]
    assert mismatches
    lines = ["check_id,verdict,comment"] + [f"{c['check_id']},dismissed,сверено с бумажным оригиналом"
                                           for c in mismatches[1:]]
    lines += [f"{mismatches[0]['check_id']},подтверждено,", "deadbeef0000,dismissed,"]
    (inp / "reviews.csv").write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    report = build([inp], out, workers=1, force=True)
    assert any("deadbeef0000" in p for p in report.problems)
    reviews = {c["check_id"]: c["review"] for c in read_csv(out / "checks.csv")}
    assert reviews[mismatches[0]["check_id"]] == "confirmed"
    assert all(reviews[c["check_id"]] == "dismissed" for c in mismatches[1:])
    assert runner.invoke(app, ["check", str(inp)]).exit_code == 1  # one confirmed mismatch remains
    lines[len(mismatches)] = f"{mismatches[0]['check_id']},dismissed,"
    (inp / "reviews.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["check", str(inp)])
    assert res.exit_code == 0, res.output
