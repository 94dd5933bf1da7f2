"""DOC, RTF and ODT made by LibreOffice from the seed DOCX files read as well as the DOCX."""
from __future__ import annotations

import shutil
import subprocess
from collections import Counter

import pytest

from extractor import build, read_document
from extractor.readers.legacy import soffice

from .conftest import DATA, DOCS, GOLD, SEEDS, read_csv

pytestmark = pytest.mark.skipif(soffice() is None, reason="needs LibreOffice (libreoffice-writer-nogui)")
FILTERS = {"doc": "doc:MS Word 97", "rtf": "rtf:Rich Text Format", "odt": "odt"}


@pytest.fixture(scope="module")
def legacy_out(tmp_path_factory):
    src = tmp_path_factory.mktemp("legacy-in")
    profile = tmp_path_factory.mktemp("lo-profile")
    docx = [str(SEEDS / f"{d}.docx") for d in DOCS]
    for filt in FILTERS.values():
        subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", filt,
                        "--outdir", str(src), *docx], check=True, capture_output=True, timeout=300)
    out = tmp_path_factory.mktemp("legacy-out")
    build([src], out, workers=2)
    return out


def _f1(score, rows, fmt):
    gold = Counter(score.key_fact(r["doc"], r) for r in read_csv(GOLD / "facts.csv"))
    got = Counter(score.key_fact(r["source"].rsplit(".", 1)[0], r) for r in rows if r["source"].endswith(fmt))
    tp = sum((gold & got).values())
    return 2 * tp / (sum(gold.values()) + sum(got.values()))


@pytest.mark.parametrize("fmt", ["doc", "rtf", "odt"])
def test_legacy_facts_equal_docx_gold(legacy_out, score, fmt):
    rows = read_csv(legacy_out / "facts.csv")
    assert _f1(score, rows, fmt) >= 0.95
    docs = [r for r in read_csv(legacy_out / "documents.csv") if r["source"].endswith(fmt)]
    assert len(docs) == 5 and {r["format"] for r in docs} == {fmt} and {r["status"] for r in docs} == {"ok"}


def test_peer_legacy_files():
    doc = read_document(DATA / "peers" / "docling" / "doc" / "legacy_sample.doc")
    assert doc.format == "doc" and [t.shape for t in doc.tables] == [(4, 3)]
    odt = read_document(DATA / "peers" / "docling" / "odf" / "sources" / "text_document_03.odt")
    assert odt.format == "odt" and len(odt.tables) == 9


def test_missing_libreoffice_names_the_package(tmp_path, monkeypatch):
    from extractor import ReadError
    from extractor.readers import legacy

    monkeypatch.setattr(legacy, "soffice", lambda: None)
    monkeypatch.setenv("SPRAVKI_CACHE", str(tmp_path / "cache"))
    p = tmp_path / "x.rtf"
    p.write_text("{\\rtf1 hello}")
    with pytest.raises(ReadError, match="libreoffice-writer-nogui"):
        read_document(p)


def test_conversion_is_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("SPRAVKI_CACHE", str(tmp_path / "cache"))
    src = tmp_path / "a.doc"
    shutil.copy(DATA / "peers" / "docling" / "doc" / "legacy_sample.doc", src)
    read_document(src)
    assert len(list((tmp_path / "cache").glob("*.docx"))) == 1
    from extractor.readers import legacy

    monkeypatch.setattr(legacy, "convert_to_docx", lambda *a, **k: (_ for _ in ()).throw(AssertionError("again")))
    assert read_document(src).tables[0].shape == (4, 3)
