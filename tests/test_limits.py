"""Never crash, never hang: time limit, zip bombs, huge tables, deep nesting, dying workers,
and a build killed with SIGKILL."""
from __future__ import annotations

import io
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from extractor import ReadError, extract, read_document
from extractor.pipeline import process_file, run_iter
from extractor.settings import DEFAULT

from .conftest import ROOT, SEEDS, committed_documents


def _big_txt(path: Path, rows: int) -> Path:
    lines = ["Справка (на 31.12.2021) город Шахты", "", "№\tОО\tКол-во наставников"]
    lines += [f"{i}\tМБОУ СОШ № {i}\t{i % 50}" for i in range(1, rows + 1)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_table_of_ten_thousand_rows(tmp_path):
    doc = read_document(_big_txt(tmp_path / "big.txt", 10_000))
    assert doc.tables[0].shape == (10_001, 3)
    t0 = time.perf_counter()
    result = extract(doc)
    assert len(result.facts) == 10_000 and result.facts[-1].value == 0.0
    assert time.perf_counter() - t0 < 60  # generous: guards against quadratic work, not a benchmark


def test_time_limit_fails_the_document(tmp_path):
    path = _big_txt(tmp_path / "slow.txt", 10_000)
    r = process_file(str(path), "slow.txt", replace(DEFAULT, timeout_s=0.05))
    assert (r.status, r.error) == ("failed", "превышено время обработки (0.05 с)")


def test_zip_bomb_refused(tmp_path):
    src = zipfile.ZipFile(SEEDS / "salsk_spravka_2021.docx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"</w:body>", b"<!--" + b" " * 5_000_000 + b"--></w:body>")
            out.writestr(item.filename, data)
    p = tmp_path / "bomb.docx"
    p.write_bytes(buf.getvalue())
    assert p.stat().st_size < 200_000
    with pytest.raises(ReadError, match="zip-бомбу"):
        read_document(p, settings=replace(DEFAULT, max_unzipped_mb=2))


def test_deeply_nested_tables(tmp_path):
    import docx

    d = docx.Document()
    t = d.add_table(rows=1, cols=1)
    for _ in range(40):
        t.cell(0, 0).add_paragraph("уровень")
        t = t.cell(0, 0).add_table(rows=2, cols=2)
    d.save(str(tmp_path / "deep.docx"))
    doc = read_document(tmp_path / "deep.docx")
    # the outer 1x1 frame is read as content; the 40 nested 2x2 tables follow one another
    assert [t.shape for t in doc.tables] == [(2, 2)] * 40
    assert [t.nested_in for t in doc.tables] == [None] + list(range(1, 40))


def crash_on_salsk(path, source, settings, sha=None):
    """Stands in for a native library that kills its process on one file."""
    if "salsk" in source:
        os._exit(11)
    return process_file(path, source, settings, sha)


def test_worker_death_fails_only_its_document():
    files = [(SEEDS / n, n) for n in ("novocherkassk_spravka_2020.txt", "salsk_spravka_2021.txt",
                                        "egorlyk_sosh1_spravka_2020.txt")]
    results = list(run_iter(files, workers=2, func=crash_on_salsk))
    assert [r.status for r in results] == ["ok", "failed", "ok"]
    assert results[1].error.startswith("обработчик файла аварийно завершился")
    assert len(results[0].facts) == 44 and len(results[2].facts) == 8


def _dump(db_path: Path) -> dict:
    with sqlite3.connect(db_path) as db:
        out = {}
        for t in ("documents", "organizations", "facts", "checks"):
            out[t] = sorted(tuple(str(v) for v in row) for row in db.execute(f"SELECT * FROM {t}"))
        return out


def test_sigkill_then_rebuild_equals_clean_build(tmp_path):
    """Killed once some documents are committed (not at a fixed time: on a slow machine that
    may be before the first), the next build finishes the rest and equals a clean build."""
    inp = tmp_path / "in"
    for k in range(2):  # copies made distinct by folder
        for f in list(SEEDS.glob("*.txt")) + list(SEEDS.glob("*.docx")):
            (inp / f"batch{k}").mkdir(parents=True, exist_ok=True)
            shutil.copy(f, inp / f"batch{k}" / f.name)
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    cmd = [sys.executable, "-m", "extractor.cli", "build", str(inp), "--quiet", "--workers", "2", "-o"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(cmd + [str(clean)], check=False, env=env, cwd=ROOT, timeout=600)
    proc = subprocess.Popen(cmd + [str(killed)], env=env, cwd=ROOT)
    deadline = time.time() + 300
    while time.time() < deadline and proc.poll() is None and committed_documents(killed / "outputs.sqlite") < 2:
        time.sleep(0.1)
    time.sleep(random.Random(5).uniform(0.0, 1.0))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    subprocess.run(cmd + [str(killed)], check=False, env=env, cwd=ROOT, timeout=600)
    assert _dump(killed / "outputs.sqlite") == _dump(clean / "outputs.sqlite")
    assert (killed / "facts.csv").read_bytes() == (clean / "facts.csv").read_bytes()


def test_fault_in_extraction_fails_only_that_document(monkeypatch):
    """A bug of ours met in one document fails that document with a reason, not the build."""
    import extractor.pipeline as pipeline

    def broken(doc, settings=DEFAULT):
        raise AttributeError("'NoneType' object has no attribute 'group'")

    monkeypatch.setattr(pipeline, "extract", broken)
    r = process_file(str(SEEDS / "salsk_spravka_2021.txt"), "salsk_spravka_2021.txt")
    assert r.status == "failed"
    assert r.error.startswith("внутренняя ошибка разбора (AttributeError в test_limits.py:")
