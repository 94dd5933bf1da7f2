"""Bad input never crashes a run: each file is failed with a clear Russian reason."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from extractor import ReadError, build, read_document

from .conftest import DATA, SEEDS, read_csv

BAD = DATA / "peers" / "pdfplumber" / "bad"


def _reason(path: Path) -> str:
    with pytest.raises(ReadError) as e:
        read_document(path)
    return str(e.value)


def test_empty_file(tmp_path):
    p = tmp_path / "empty.docx"
    p.write_bytes(b"")
    assert _reason(p) == "пустой файл (0 байт)"
    assert _reason(BAD / "empty.pdf") == "пустой файл (0 байт)"


def test_whitespace_txt(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_text("  \n\n ")
    assert _reason(p) == "пустой файл: в нём нет текста"


def test_truncated_docx(tmp_path):
    data = (SEEDS / "salsk_spravka_2021.docx").read_bytes()
    p = tmp_path / "cut.docx"
    p.write_bytes(data[: len(data) // 2])
    assert "повреждён" in _reason(p)


def test_docx_without_document_part(tmp_path):
    p = tmp_path / "odd.docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "x")
    p.write_bytes(buf.getvalue())
    assert _reason(p) == "файл повреждён: это не архив DOCX (zip)" or "word/document.xml" in _reason(p)


def test_corrupt_pdf(tmp_path):
    data = (SEEDS / "salsk_spravka_2021.pdf").read_bytes()
    p = tmp_path / "cut.pdf"
    p.write_bytes(data[:2000])
    assert _reason(p).startswith("PDF повреждён")


def test_encrypted_pdf():
    assert _reason(BAD / "password-example.pdf").startswith("PDF зашифрован (защищён паролем)")


def test_malformed_pdf_is_read_or_failed():
    try:
        doc = read_document(BAD / "malformed-from-issue-932.pdf")
        assert doc.format == "pdf"
    except ReadError as e:
        assert str(e)


def test_binary_junk_named_txt(tmp_path):
    p = tmp_path / "junk.txt"
    p.write_bytes(bytes(range(256)) * 40)
    assert _reason(p).startswith("файл не текстовый")


def test_pdf_named_docx_is_read_as_pdf(tmp_path):
    p = tmp_path / "report.docx"
    p.write_bytes((SEEDS / "novocherkassk_spravka_2020.pdf").read_bytes())
    doc = read_document(p)
    assert doc.format == "pdf" and doc.tables[0].shape == (25, 4)


def test_huge_file_refused_without_reading(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(200 * 2**20)  # sparse: 200 MB on paper, nothing on disk
    assert _reason(p) == "файл слишком большой: 200 МБ, предел 100 МБ"


def test_build_goes_on_and_lists_failures(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "good.txt").write_bytes((SEEDS / "novocherkassk_spravka_2020.txt").read_bytes())
    (inp / "empty.pdf").write_bytes(b"")
    (inp / "junk.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out"
    report = build([inp], out, workers=1)
    assert [r.status for r in report.results] == ["failed", "ok", "failed"]
    docs = {r["source"]: r for r in read_csv(out / "documents.csv")}
    assert docs["empty.pdf"]["error"] == "пустой файл (0 байт)"
    assert docs["junk.txt"]["status"] == "failed" and docs["junk.txt"]["error"]
    assert docs["good.txt"]["status"] == "ok"
    assert len(read_csv(out / "facts.csv")) == 44
    assert not list(out.glob(".*"))  # no temporary files left behind
