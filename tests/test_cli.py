"""The command line: exit codes, outputs, show and check."""
from __future__ import annotations

import shutil

from typer.testing import CliRunner

from extractor.cli import app

from .conftest import SEEDS, read_csv

runner = CliRunner()


def test_build_exit_codes_and_outputs(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    shutil.copy(SEEDS / "novocherkassk_spravka_2020.docx", inp)
    out = tmp_path / "out"
    res = runner.invoke(app, ["build", str(inp), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert {p.name for p in out.iterdir()} >= {"documents.csv", "facts.csv", "checks.csv", "organizations.csv"}
    assert len(read_csv(out / "facts.csv")) == 44
    (inp / "bad.pdf").write_bytes(b"%PDF-1.4 garbage")
    res = runner.invoke(app, ["build", str(inp), "-o", str(out), "--quiet"])
    assert res.exit_code == 1
    # --quiet silences the progress and the summary, never a failure
    assert res.output.strip().splitlines() == ["не прочитан bad.pdf: PDF повреждён: файл обрезан или испорчен "
                                               "(PDFSyntaxError)"]
    assert runner.invoke(app, ["build", str(tmp_path / "missing")]).exit_code == 2


def test_check_prints_mismatches(tmp_path):
    res = runner.invoke(app, ["check", str(SEEDS / "dzerzhinsk_spravka_2020.txt")])
    assert res.exit_code == 1
    assert "+23;+40" in res.output and "Расхождения" in res.output
    res = runner.invoke(app, ["check", str(SEEDS / "novocherkassk_spravka_2020.txt")])
    assert res.exit_code == 0 and "Расхождений не найдено" in res.output


def test_show_prints_model_facts_checks():
    res = runner.invoke(app, ["show", str(SEEDS / "novocherkassk_spravka_2020.txt")])
    assert res.exit_code == 0
    assert "таблица 1 (25×4)" in res.output and "факты (44)" in res.output
    assert "ИТОГО" in res.output
