"""Scanned PDF (no text layer): pages rendered, de-skewed, rulings found, OCR in Russian."""
from __future__ import annotations

import shutil
from collections import Counter

import numpy as np
import pytest
from PIL import Image

from extractor import build, read_document
from extractor.readers import sha256_of
from extractor.readers.ocr import VERSION, clean_ocr_text, fix_number, repair_word, skew_angle

from .conftest import GOLD, SEEDS, read_csv
from .make_scan import make_scan

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="needs tesseract-ocr and tesseract-ocr-rus")


SCANNED = ["novocherkassk_spravka_2020", "novoshakhtinsk_prikaz_632_2020"]  # 7 pages: OCR is slow


@pytest.fixture(scope="module", autouse=True)
def ocr_cache(tmp_path_factory):
    """One OCR cache for the module: a page is recognized once, whichever test reads it first."""
    with pytest.MonkeyPatch.context() as mp:
        path = tmp_path_factory.mktemp("ocr-cache")
        mp.setenv("SPRAVKI_CACHE", str(path))
        yield path


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    d = tmp_path_factory.mktemp("scan")
    make_scan(SEEDS / "novocherkassk_spravka_2020.pdf", d / "novocherkassk_spravka_2020.pdf")
    return d / "novocherkassk_spravka_2020.pdf"


@pytest.fixture(scope="module")
def scans_out(tmp_path_factory, scanned):
    """Seed PDFs rendered, rotated, speckled and wrapped back into a PDF, then built (the scan
    of the other tests is reused: its pages are in the cache already)."""
    src = tmp_path_factory.mktemp("scans-in")
    for d in SCANNED:
        if d == scanned.stem:
            shutil.copy(scanned, src / scanned.name)
        else:
            make_scan(SEEDS / f"{d}.pdf", src / f"{d}.pdf")
    out = tmp_path_factory.mktemp("scans-out")
    build([src], out, workers=2)
    return out


@needs_tesseract
def test_scanned_seeds_give_the_gold_facts(scans_out, score):
    docs = read_csv(scans_out / "documents.csv")
    assert {r["format"] for r in docs} == {"pdf-scanned"} and {r["status"] for r in docs} == {"ok"}
    gold = Counter(score.key_fact(r["doc"], r) for r in read_csv(GOLD / "facts.csv") if r["doc"] in SCANNED)
    got = Counter(score.key_fact(r["source"].rsplit(".", 1)[0], r) for r in read_csv(scans_out / "facts.csv"))
    tp = sum((gold & got).values())
    # measured 0.90: a name whose space the scan lost («СОШ№ 24») is another name to the scorer
    assert 2 * tp / (sum(gold.values()) + sum(got.values())) >= 0.85
    # OCR never accuses a report: what would be a mismatch is left for a person to verify
    checks = read_csv(scans_out / "checks.csv")
    assert checks and not [c for c in checks if c["status"] == "mismatch"]
    assert any("скан" in c["message"] for c in checks if c["status"] == "unverifiable")


@needs_tesseract
def test_scan_reads_as_pdf_scanned_with_its_table(scanned, ocr_cache):
    for done in ocr_cache.glob(f"{sha256_of(scanned)}-p1-v*.json"):
        done.unlink()  # page 1 is recognized again (another test may have read it first)
    stale = ocr_cache / f"{sha256_of(scanned)}-p1-v1.json"  # left by an older reader
    stale.write_text("{}", encoding="utf-8")
    doc = read_document(scanned)
    assert not stale.exists()
    assert doc.format == "pdf-scanned" and doc.pages == 3
    assert [t.shape for t in doc.tables] == [(25, 4)]  # continued over the page end, joined
    grid = doc.tables[0].grid()
    assert grid[2][1] == "МБОУ СОШ №1" and grid[2][2:] == ["180", "5"]
    assert grid[-1][1:] == ["ИТОГО", "2206", "188"]
    assert len(list(ocr_cache.glob(f"{sha256_of(scanned)}-p*-v{VERSION}.json"))) == 3  # OCR cached per page


@needs_tesseract
def test_ocr_never_accuses_a_report(scanned, tmp_path):
    build([scanned], tmp_path / "out", workers=1)
    checks = read_csv(tmp_path / "out" / "checks.csv")
    assert checks and not [c for c in checks if c["status"] == "mismatch"]
    facts = read_csv(tmp_path / "out" / "facts.csv")
    assert sum(f["org_name"] == "МБОУ СОШ №1" and f["value"] == "180" for f in facts) == 1
    assert all(f["value"] == "" or float(f["value"]) >= 0 for f in facts)


def test_skew_is_measured():
    img = Image.new("L", (800, 600), 255)
    a = np.asarray(img).copy()
    for y in range(100, 500, 40):
        a[y: y + 3, 100:700] = 0
    rotated = np.asarray(Image.fromarray(a).rotate(1.5, fillcolor=255))
    assert abs(skew_angle(rotated) + 1.5) <= 0.25


def test_ocr_text_repairs():
    line = "—МБОУ «Срелняя школа № 3» ="
    assert clean_ocr_text(" ".join(repair_word(w) for w in line.split())) == "МБОУ «Средняя школа № 3»"
    # an unknown word becomes the dictionary word one typical confusion away; known words stay
    assert [repair_word(w) for w in ("пелагогов", "(мотивапия)", "Акливный", "образовательная", "Позынича")] == [
        "педагогов", "(мотивация)", "Активный", "образовательная", "Позынича"]
    assert fix_number("1О") == "10" and fix_number("МБОУ") == "МБОУ"


@needs_tesseract
def test_cells_read_on_a_strip_come_back_where_they_were():
    from PIL import ImageDraw, ImageFont

    from extractor.readers.ocr import strip_words

    img = Image.new("L", (600, 400), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=40)
    for x, y, text in [(50, 50, "12"), (300, 50, "7"), (50, 250, "305")]:
        draw.text((x, y), text, font=font, fill=0)
    ink = np.asarray(img) < 128
    cells = strip_words(ink, [(40, 40, 200, 110), (290, 40, 400, 110), (40, 240, 250, 310)], timeout=30)
    assert [[w["text"] for w in ws] for ws in cells] == [["12"], ["7"], ["305"]]
    # page coordinates, not strip coordinates
    assert [(ws[0]["x0"] // 10, ws[0]["top"] // 10) for ws in cells] == [(5, 6), (30, 6), (5, 26)]


def test_number_sign_split_by_the_blank_after_it():
    from extractor.readers.ocr import _split_sign

    def word(gap: int) -> tuple[np.ndarray, dict]:
        img = np.full((35, 100), 255, dtype=np.uint8)
        img[:, 0:44] = 0  # the sign, a glyph about as wide as the letters are tall
        img[:, 44 + gap: 44 + gap + 20] = 0  # the digit
        return img, {"text": "№2", "x0": 0, "x1": 64 + gap, "top": 0, "bottom": 35, "conf": 90.0}

    assert [w["text"] for w in _split_sign(*word(15))] == ["№", "2"]  # "№ 2"
    assert [w["text"] for w in _split_sign(*word(6))] == ["№2"]  # "№2": letter spacing only


def test_scan_slots_of_an_organization_name():
    # a school type broken up by the scan, the noun before "№", a letter read for a digit
    assert clean_ocr_text("МБОУ СЕПТ № 14") == "МБОУ СОШ № 14"
    assert clean_ocr_text("МБОУ ООПТ № 20") == "МБОУ ООШ № 20"
    assert clean_ocr_text("МБОУ «Средняя тикоала № 3»") == "МБОУ «Средняя школа № 3»"
    assert clean_ocr_text("МБОУ икота № 27") == "МБОУ школа № 27"
    assert clean_ocr_text("МБОУ «Средняя школа № з»") == "МБОУ «Средняя школа № 3»"
    # what is already right stays so
    assert clean_ocr_text('МБОУ "Лицой №7"') == 'МБОУ "Лицей №7"'
    for name in ("МБОУ «Лицей № 21»", 'МБОУ "Лицей №7"', "МБУ ДО ДДТ", "МБОУ СОШ № 5 им. Зои Космодемьянской", "МАОУ СШ № 3"):
        assert clean_ocr_text(name) == name


def test_missing_tesseract_names_the_packages(monkeypatch):
    from extractor import ReadError
    from extractor.readers import ocr

    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    ocr.tesseract_ready.cache_clear()
    with pytest.raises(ReadError, match=r"apt-get install tesseract-ocr tesseract-ocr-rus"):
        ocr.tesseract_ready()
    ocr.tesseract_ready.cache_clear()
