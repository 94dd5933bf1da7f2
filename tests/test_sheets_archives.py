"""Spreadsheets (XLSX, ODS) and ZIP archives in an input folder: read like any report."""
from __future__ import annotations

import shutil
import subprocess
import zipfile

import pytest
from openpyxl import Workbook

from extractor import build
from extractor.pipeline import extract
from extractor.readers import read_document
from extractor.readers.archive import member_name

from .conftest import SEEDS, read_csv


def _as_workbook(src, dst) -> None:
    """A seed's DOCX as a person would lay it out in a spreadsheet: each paragraph in a cell of
    its own row, each table below a blank row with its merged header and numbers as numbers."""
    from extractor.model import Table

    doc = read_document(src)
    wb = Workbook()
    ws = wb.active
    ws.title = "Мониторинг"
    r = 1
    for block in doc.blocks:
        if not isinstance(block, Table):
            ws.cell(r, 1, block.text)
            r += 1
            continue
        t = block
        r += 1
        for row in range(t.n_rows):
            for c in range(t.n_cols):
                cell = t.rows[row][c]
                if cell.owner is not None:
                    continue
                text = t.text(row, c)
                ws.cell(r + row, c + 1, int(text) if text.isdigit() else text)
                if cell.rowspan > 1 or cell.colspan > 1:
                    ws.merge_cells(start_row=r + row, start_column=c + 1, end_row=r + row + cell.rowspan - 1,
                                   end_column=c + cell.colspan)
        r += t.n_rows + 1
    wb.save(dst)


def _facts(result):
    return sorted((f.org_name, f.indicator, f.form, f.variant, f.value) for f in result.facts)


@pytest.mark.parametrize("name", ["novocherkassk_spravka_2020", "dzerzhinsk_spravka_2020"])
def test_xlsx_reads_as_its_docx(tmp_path, name):
    xlsx = tmp_path / f"{name}.xlsx"
    _as_workbook(SEEDS / f"{name}.docx", xlsx)
    doc = read_document(xlsx)
    original = read_document(SEEDS / f"{name}.docx")
    assert doc.format == "xlsx" and len(doc.tables) == len(original.tables)
    assert doc.paragraphs[0].text == "Лист «Мониторинг»"
    assert _facts(extract(doc)) == _facts(extract(original))


def test_percent_and_date_cells_read_as_printed(tmp_path):
    import datetime as dt

    wb = Workbook()
    ws = wb.active
    ws.append(["Мониторинг на дату", dt.date(2022, 5, 20)])
    ws.append([])
    ws.append(["Наименование ОО", "Доля обучающихся, вовлечённых в наставничество"])
    ws.append(["МБОУ СОШ № 4", 0.125])
    ws.append(["МБОУ СОШ № 9", 0.3])
    for row in (4, 5):
        ws.cell(row, 2).number_format = "0.0%"
    ws.cell(1, 2).number_format = "DD.MM.YYYY"
    wb.save(tmp_path / "m.xlsx")
    doc = read_document(tmp_path / "m.xlsx")
    assert doc.paragraphs[1].text == "Мониторинг на дату 20.05.2022"
    assert [doc.tables[0].text(r, 1) for r in (1, 2)] == ["12,5%", "30%"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_ods_reads_as_its_xlsx(tmp_path):
    xlsx = tmp_path / "novo.xlsx"
    _as_workbook(SEEDS / "novocherkassk_spravka_2020.docx", xlsx)
    subprocess.run(["soffice", "--headless", "--convert-to", "ods", "--outdir", str(tmp_path), str(xlsx)],
                   capture_output=True, timeout=120, check=False)
    ods = tmp_path / "novo.ods"
    if not ods.exists():
        pytest.skip("LibreOffice Calc is not installed")
    doc = read_document(ods)
    assert doc.format == "ods"
    assert _facts(extract(doc)) == _facts(extract(read_document(xlsx)))


def test_zip_members_are_inputs(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    with zipfile.ZipFile(inp / "архив.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.write(SEEDS / "novocherkassk_spravka_2020.docx", "2020/novocherkassk.docx")
        z.write(SEEDS / "dzerzhinsk_spravka_2020.txt", "dz.txt")
        z.writestr("broken.pdf", b"%PDF-1.4 broken")
        z.writestr("notes/readme.md", "не отчёт")
        z.writestr("bomb.txt", b"0" * (5 * 2**20))  # 5 MB of zeros: a ratio no report has
    out = tmp_path / "out"
    report = build([inp], out, workers=1)
    docs = {d["source"]: d for d in read_csv(out / "documents.csv")}
    assert set(docs) == {"архив.zip/2020/novocherkassk.docx", "архив.zip/dz.txt", "архив.zip/broken.pdf",
                         "архив.zip/bomb.txt"}
    assert docs["архив.zip/2020/novocherkassk.docx"]["format"] == "docx"
    assert docs["архив.zip/broken.pdf"]["status"] == "failed"
    assert "zip-бомб" in docs["архив.zip/bomb.txt"]["error"]
    assert len(report.failed) == 2
    facts = read_csv(out / "facts.csv")
    assert sum(f["source"] == "архив.zip/2020/novocherkassk.docx" for f in facts) == 44
    # a second build reads nothing again, and nothing is missing while the archive is there
    again = build([inp], out, workers=1)
    assert again.skipped == 4 and not again.results and not again.missing


def test_member_names_from_russian_windows_are_decoded():
    info = zipfile.ZipInfo("x")
    info.filename = "Справка 2021.docx".encode("cp866").decode("cp437")
    info.flag_bits = 0
    assert member_name(info) == "Справка 2021.docx"
    info.flag_bits = 0x800  # the archiver said UTF-8: the name is taken as it is
    info.filename = "Справка.docx"
    assert member_name(info) == "Справка.docx"
