"""Random bytes and odd-but-valid DOCX/TXT never raise out of a reader: each input ends
as a Document or a ReadError with a reason."""
from __future__ import annotations

import io
import zipfile
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import ReadError, read_document
from extractor.readers.txt import parse_text
from extractor.settings import DEFAULT

from .conftest import SEEDS
from .fixtures import make_docx

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


NO_OCR = replace(DEFAULT, ocr=False)  # a mutated PDF that lost its text would go to OCR: slow here


def _read(path):
    try:
        doc = read_document(path, settings=NO_OCR)
    except ReadError as e:
        assert str(e)
        return None
    assert doc.format in ("txt", "docx", "pdf", "pdf-scanned", "doc", "rtf", "odt")
    return doc


@SETTINGS
@given(st.binary(min_size=0, max_size=3000), st.sampled_from([".txt", ".docx", ".pdf"]))
def test_random_bytes(tmp_path, data, ext):
    p = tmp_path / f"x{ext}"
    p.write_bytes(data)
    _read(p)


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("аб№ 1\t\n*%-«».,")) , max_size=400))
def test_odd_txt(text):
    doc = parse_text(text)
    for t in doc.tables:
        assert all(len(r) == t.n_cols for r in t.rows)


@SETTINGS
@given(st.lists(st.lists(st.text(alphabet="абв 12%№-", max_size=8), min_size=1, max_size=5), min_size=1, max_size=6),
       st.booleans())
def test_odd_docx_tables(tmp_path, rows, merge):
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    merges = [((0, 0), (len(rows) - 1, 0))] if merge and len(rows) > 1 else []
    doc = _read(make_docx(tmp_path / "odd.docx", ["Справка", (rows, merges)]))
    assert doc is not None and doc.tables[0].shape == (len(rows), width)
    from extractor import extract

    extract(doc)


@SETTINGS
@given(st.integers(0, 10_000), st.binary(min_size=1, max_size=20))
def test_mutated_docx_xml(tmp_path, pos, junk):
    src = zipfile.ZipFile(SEEDS / "novocherkassk_spravka_2020.docx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                i = pos % len(data)
                data = data[:i] + junk + data[i + len(junk):]
            out.writestr(item, data)
    p = tmp_path / "m.docx"
    p.write_bytes(buf.getvalue())
    _read(p)


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 60_000), st.binary(min_size=0, max_size=24)), min_size=1, max_size=6),
       st.integers(1, 100))
def test_mutated_pdf_bytes(tmp_path, edits, keep):
    data = bytearray((SEEDS / "novocherkassk_spravka_2020.pdf").read_bytes())
    for pos, junk in edits:
        pos %= len(data)
        data[pos: pos + len(junk)] = junk
    data = data[: max(1, len(data) * keep // 100)]
    p = tmp_path / "m.pdf"
    p.write_bytes(bytes(data))
    doc = _read(p)
    if doc is not None:
        from extractor import extract

        extract(doc)


@SETTINGS
@given(st.binary(max_size=200), st.integers(0, 8000), st.sampled_from(["utf-8", "cp1251", "utf-16"]))
def test_mutated_txt(tmp_path, junk, pos, encoding):
    # the head of the report, where junk lands (its heading, stamps and first tables): the rest
    # would only be read unchanged sixty times over
    text = (SEEDS / "dzerzhinsk_spravka_2020.txt").read_text(encoding="utf-8")[:12000]
    data = bytearray(text.encode(encoding, errors="replace"))
    pos %= len(data)
    data[pos: pos + len(junk)] = junk
    p = tmp_path / "m.txt"
    p.write_bytes(bytes(data))
    doc = _read(p)
    if doc is not None:
        from extractor import extract

        extract(doc)
