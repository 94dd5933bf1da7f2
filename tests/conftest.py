"""Shared fixtures: the seeds, their gold answers, and one build of the seeds per session."""
from __future__ import annotations

import csv
import importlib.util
import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpora" / "seeds"
GOLD = Path(__file__).resolve().parent / "gold" / "seeds"
DATA = Path(__file__).resolve().parent / "data"
DOCS = ["dzerzhinsk_spravka_2020", "egorlyk_sosh1_spravka_2020", "novocherkassk_spravka_2020",
        "novoshakhtinsk_prikaz_632_2020", "salsk_spravka_2021"]
FORMATS = ["txt", "docx", "pdf"]


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory) -> Path:
    from extractor import build

    out = tmp_path_factory.mktemp("seeds-out")
    build([SEEDS], out, workers=2)
    return out


@pytest.fixture(scope="session")
def score():
    """The project's scorer (../shared/tools/score.py), or a copy of its rules if absent."""
    path = ROOT.parent / "shared" / "tools" / "score.py"
    if not path.exists():
        pytest.skip("score.py not available beside the project")
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def committed_documents(db_path: Path) -> int:
    """Documents a running build has committed so far (0 while it has not begun): a test stops
    a build mid-way by this, not by a fixed sleep that a slow machine outruns."""
    if not db_path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.5) as db:
            return db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0
