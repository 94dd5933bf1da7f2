"""The analyst's way in: spravki.build / spravki.load with real dtypes, history.csv, and the
CLI's version and history commands."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pandas as pd
import pytest
from typer.testing import CliRunner

import spravki
from extractor.cli import app

from .conftest import ROOT, SEEDS, read_csv

runner = CliRunner()


@pytest.fixture(scope="module")
def built(seeds_out):
    """The seeds built once for the session (spravki.build is extractor.builder.build; a script calling
    spravki.build is tested below)."""
    return seeds_out


def test_load_gives_typed_frames_equal_to_the_csv_files(built):
    ds = spravki.load(built)
    assert list(ds) == ["documents", "facts", "indicators", "checks", "organizations", "history"]
    f = ds.facts
    assert f["value"].dtype == "float64"
    assert str(f["as_of"].dtype).startswith("datetime64")
    assert str(ds.documents["doc_date"].dtype).startswith("datetime64")
    for col in ("table", "row", "col", "page"):
        assert str(f[col].dtype) == "Int64", col
    for col in ("indicator", "form", "unit"):
        assert isinstance(f[col].dtype, pd.CategoricalDtype), col
    assert isinstance(ds.checks["status"].dtype, pd.CategoricalDtype)
    assert isinstance(ds.organizations["aliases"].iloc[0], list)
    for name, frame in ds.items():
        rows = read_csv(built / f"{name}.csv")
        assert len(frame) == len(rows), name
    csv_facts = read_csv(built / "facts.csv")
    for i in (0, len(csv_facts) // 2, len(csv_facts) - 1):
        row = csv_facts[i]
        assert f["source"].iloc[i] == row["source"]
        assert (pd.isna(f["value"].iloc[i]) and row["value"] == "") or f["value"].iloc[i] == float(row["value"])
        assert f["as_of"].iloc[i].date().isoformat() == row["as_of"]
        assert int(f["row"].iloc[i]) == int(row["row"])
    novo = ds.documents[ds.documents["source"] == "novoshakhtinsk_prikaz_632_2020.txt"].iloc[0]
    assert novo["doc_date"] == pd.Timestamp("2020-08-28") and novo["doc_number"] == "632"


def test_history_has_a_column_per_reporting_date(built):
    docs = read_csv(built / "documents.csv")
    dates = sorted({d["as_of"] or d["doc_date"] for d in docs})
    assert dates == ["2020-08-28", "2020-12-18", "2020-12-31", "2021-06-01"]
    with open(built / "history.csv", encoding="utf-8-sig") as fh:
        header = fh.readline().strip().split(",")
    assert header == ["municipality", "org_id", "canonical_name", "indicator", "form", *dates]
    hist = spravki.load(built).history
    row = hist[(hist["org_id"] == "novocherkassk/school-1") & (hist["indicator"] == "students_involved")]
    assert len(row) == 1 and row["2020-12-31"].iloc[0] == 180.0 and pd.isna(row["2020-12-18"].iloc[0])
    # one row per organization, indicator and form, though three renditions state it
    assert not hist.duplicated(["municipality", "org_id", "indicator", "form"]).any()


def test_csv_files_start_with_a_bom(built):
    for name in ("documents", "facts", "indicators", "checks", "organizations", "history"):
        assert (built / f"{name}.csv").read_bytes()[:3] == b"\xef\xbb\xbf", name


def test_build_from_a_script_without_main_guard(tmp_path):
    script = tmp_path / "analysis.py"
    script.write_text(textwrap.dedent(f"""
        import spravki
        spravki.build([{str(SEEDS / 'novocherkassk_spravka_2020.txt')!r},
                       {str(SEEDS / 'dzerzhinsk_spravka_2020.txt')!r}], {str(tmp_path / 'out')!r}, workers=2)
        print("facts", len(spravki.load({str(tmp_path / 'out')!r}).facts))
    """))
    res = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=ROOT,
                         env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SPRAVKI_START_METHOD": "spawn"})
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.split() == ["facts", str(44 + 391)]


def test_load_of_a_folder_without_dataset_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="spravki.build"):
        spravki.load(tmp_path)


def test_version_and_history_commands(built):
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.output.startswith("spravki ")
    assert spravki.__version__ in res.output
    res = runner.invoke(app, ["history", "новочеркасск", "-o", str(built), "-i", "students_involved"])
    assert res.exit_code == 0, res.output
    assert "город Новочеркасск" in res.output and "2020-12-31" in res.output and "180" in res.output
    assert runner.invoke(app, ["history", "Тмутаракань", "-o", str(built)]).exit_code == 1


def test_no_unix_only_calls_on_the_reading_path():
    """Most archivists work on Windows: no SIGALRM, fork, fcntl or resource in the package."""
    import re

    banned = re.compile(r"signal\.(SIGALRM|setitimer|alarm|SIGKILL)|os\.fork\(|import (fcntl|resource|pwd|grp)\b"
                        r"|os\.(getuid|geteuid|killpg|setsid)\(")
    hits = []
    for folder in ("extractor", "normalizers", "spravki"):
        for path in (ROOT / folder).rglob("*.py"):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                code = line.split("#", 1)[0]
                if banned.search(code) and not code.lstrip().startswith(('"', "'")):
                    hits.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert hits == []


def test_parquet_files_have_the_typed_columns(built):
    pytest.importorskip("pyarrow")
    facts = pd.read_parquet(built / "facts.parquet")
    assert str(facts["as_of"].dtype).startswith("datetime64") and facts["value"].dtype == "float64"
    assert len(facts) == len(read_csv(built / "facts.csv"))
