"""The command line: exit codes, outputs, show and check."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app

from .conftest import SEEDS, committed_documents, read_csv

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


def test_sigterm_stops_the_build_and_its_workers_and_keeps_what_was_read(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    inp = tmp_path / "in"
    inp.mkdir()
    for k in range(3):  # enough work that the signal comes mid-build
        for f in SEEDS.glob("*.pdf"):
            shutil.copy(f, inp / f"{k}_{f.name}")
    out = tmp_path / "out"
    exe = Path(sys.executable).parent / "spravki"
    proc = subprocess.Popen([str(exe), "build", str(inp), "-o", str(out), "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None and committed_documents(out / "outputs.sqlite") < 1:
        time.sleep(0.1)  # some documents are in, many are not
    proc.send_signal(signal.SIGTERM)
    try:
        _, stderr = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        raise AssertionError("build did not stop on SIGTERM") from None
    if proc.returncode == 0:
        pytest.skip("the build finished before the signal")
    assert proc.returncode == 3, stderr[-500:]
    assert "Прервано" in stderr and "Traceback" not in stderr
    for _ in range(50):  # a terminated worker and the resource tracker take a moment to go
        left = subprocess.run(["pgrep", "-g", str(proc.pid)], capture_output=True, text=True).stdout.split()
        if not left:
            break
        time.sleep(0.2)
    assert left == [], "workers still running after SIGTERM"
    res = runner.invoke(app, ["build", str(inp), "-o", str(out), "--quiet"])  # resumes
    assert res.exit_code == 0, res.output
    assert len(read_csv(out / "documents.csv")) == 3 * len(list(SEEDS.glob("*.pdf")))


def test_usage_errors_are_one_russian_line_and_exit_2(tmp_path):
    import subprocess
    import sys

    exe = str(Path(sys.executable).parent / "spravki")
    for args in (["build"], ["frobnicate"], ["build", str(SEEDS), "--frob"], ["build", str(SEEDS), "-w", "abc"],
                 ["build", str(SEEDS), "--workers", "-2"], ["show", str(SEEDS)], ["show", str(tmp_path / "no.docx")],
                 ["check", str(tmp_path / "nothing")], ["history", "X", "-o", str(tmp_path)]):
        res = subprocess.run([exe, *args], capture_output=True, text=True, timeout=120)
        assert res.returncode == 2, (args, res.stderr)
        lines = [ln for ln in (res.stdout + res.stderr).splitlines() if ln.strip()]
        assert len(lines) == 1 and "Traceback" not in lines[0], (args, lines)
        assert any("а" <= ch <= "я" for ch in lines[0].lower()), (args, lines)  # Russian
    res = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and res.stdout.startswith("spravki ")
