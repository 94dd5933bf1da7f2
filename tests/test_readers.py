"""Readers: every seed reads to the same tables from TXT, DOCX and PDF."""
from __future__ import annotations

import pytest

from extractor import read_document
from extractor.readers.txt import decode, parse_text

from .conftest import DOCS, SEEDS

SHAPES = {
    "dzerzhinsk_spravka_2020": [(76, 5), (5, 3), (42, 3), (42, 3), (42, 3), (43, 3), (20, 4), (43, 3)],
    "egorlyk_sosh1_spravka_2020": [(3, 4), (3, 3), (5, 2), (9, 2), (3, 3), (3, 2), (9, 2), (4, 2), (2, 2)],
    "novocherkassk_spravka_2020": [(25, 4)],
    "novoshakhtinsk_prikaz_632_2020": [(9, 4), (11, 6)],
    "salsk_spravka_2021": [],
}
# Tables that list organizations: these must be cell-for-cell equal across formats.
ORG_TABLES = {
    "dzerzhinsk_spravka_2020": [1, 2, 3, 4, 5, 6, 7, 8],
    "egorlyk_sosh1_spravka_2020": [1, 8, 9],
    "novocherkassk_spravka_2020": [1],
    "novoshakhtinsk_prikaz_632_2020": [2],
    "salsk_spravka_2021": [],
}


def norm(s: str) -> str:
    return " ".join(s.split())


@pytest.mark.parametrize("name", DOCS)
@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_table_shapes(name, fmt):
    doc = read_document(SEEDS / f"{name}.{fmt}")
    assert [t.shape for t in doc.tables] == SHAPES[name]
    assert doc.format == fmt
    assert len(doc.sha256) == 64


@pytest.mark.parametrize("name", DOCS)
def test_same_grids_in_every_format(name):
    docs = {fmt: read_document(SEEDS / f"{name}.{fmt}") for fmt in ("txt", "docx", "pdf")}
    for index in ORG_TABLES[name]:
        grids = {fmt: [[norm(x) for x in row] for row in d.tables[index - 1].grid()] for fmt, d in docs.items()}
        assert grids["txt"] == grids["docx"], f"table {index}"
        assert grids["pdf"] == grids["docx"], f"table {index}"


def test_dzerzhinsk_forms_table_rows():
    doc = read_document(SEEDS / "dzerzhinsk_spravka_2020.pdf")
    forms = doc.tables[0]
    assert forms.n_rows - 1 == 75  # data rows under one header row
    assert forms.value(3, 1) == "МБОУ СШ № 2"  # vertically merged name cell resolved
    assert forms.text(3, 1) == "" and forms.is_covered(3, 1)
    # the list split by the page end is mended into one cell
    assert forms is not doc.tables[1]
    assert doc.tables[1].value(3, 2).endswith("СЮТ,ЭБЦ")


def test_novoshakhtinsk_side_by_side_list_is_one_table():
    for fmt in ("txt", "docx", "pdf"):
        t = read_document(SEEDS / f"novoshakhtinsk_prikaz_632_2020.{fmt}").tables[1]
        assert t.shape == (11, 6)
        assert norm(t.value(1, 4)) == "МБОУ СОШ № 25"
        assert norm(t.value(10, 1)) == "МБОУ СОШ № 24" and t.value(10, 4) == ""


def test_docx_merged_header_spans():
    t = read_document(SEEDS / "novocherkassk_spravka_2020.docx").tables[0]
    assert t.rows[0][2].colspan == 2 and t.rows[0][3].owner == (0, 2)
    assert t.rows[0][0].rowspan == 2 and t.rows[1][0].owner == (0, 0)
    assert t.value(1, 3) == "педагогов (человек)"


def test_pdf_paragraphs_carry_pages():
    doc = read_document(SEEDS / "salsk_spravka_2021.pdf")
    assert doc.pages == 2 or doc.pages == 3
    assert all(p.page for p in doc.paragraphs)
    assert any("899 обучающихся (13% от общего количества 6793" in p.text for p in doc.paragraphs)


TXT_SAMPLE = "Справка\n\n№\tНаименование\tКол-во\n1\tМБОУ СОШ № 1\t12\n2\tМБОУ СОШ № 2\t1 206\n\nКонец\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "utf-16", "utf-16-le", "utf-16-be"])
def test_txt_encodings(encoding):
    text = decode(TXT_SAMPLE.encode(encoding))
    doc = parse_text(text)
    assert doc.paragraphs[0].text == "Справка"
    assert doc.tables[0].grid()[2] == ["2", "МБОУ СОШ № 2", "1 206"]


def test_txt_layout_b_wraps_and_bold_markers():
    text = ("**Заголовок**\n\n\t№\nп/п\n\tОУ\n\tЧисло\n\n\t1\n\tМБОУ СОШ\n№ 3\n\t5\n\n\t2\n\tМБОУ СОШ № 4\n\t6\n\n\n\n"
            "Текст после\n")
    doc = parse_text(text)
    assert doc.paragraphs[0].text == "Заголовок"
    assert doc.tables[0].grid() == [["№\nп/п", "ОУ", "Число"], ["1", "МБОУ СОШ\n№ 3", "5"], ["2", "МБОУ СОШ № 4", "6"]]
    assert doc.paragraphs[-1].text == "Текст после"


def test_txt_page_break_inside_tab_table_keeps_one_table():
    text = "Т\n\n№\tОО\tN\n1\tСОШ № 1\t3\n\n2\tСОШ № 2\t4\n\n№ п/п\tФорма\tСписок\n1\tУченик-ученик\t№№1,2\n"
    doc = parse_text(text)
    assert [t.shape for t in doc.tables] == [(3, 3), (2, 3)]


def test_pipe_and_box_tables_in_text():
    """Markdown tables and text-mode boxes read as the same grid as tab-separated ones."""
    from extractor.readers.txt import parse_text

    markdown = ("Таблица 1\n| № | Наименование ОУ | Вовлечено обучающихся |\n|---|---|---|\n"
                "| 1 | МБОУ школа № 1 | 165 |\n| 2 | МБОУ школа № 2 | 202 |\n|  | Всего | 367 |\n\nТекст после.")
    box = ("┌───┬────────────────┬───────┐\n│ № │ Наименование ОУ │ Вовлечено обучающихся │\n"
           "├───┼────────────────┼───────┤\n│ 1 │ МБОУ школа № 1 │ 165 │\n│ 2 │ МБОУ школа № 2 │ 202 │\n"
           "└───┴────────────────┴───────┘")
    plus = "+---+------+-----+\n| № | ОУ | Вовлечено обучающихся |\n+---+------+-----+\n| 1 | МБОУ школа № 1 | 165 |\n"
    for text, rows in ((markdown, 4), (box, 3), (plus, 2)):
        doc = parse_text(text)
        assert len(doc.tables) == 1, text
        t = doc.tables[0]
        assert (t.n_rows, t.n_cols) == (rows, 3)
        assert t.text(1, 1) == "МБОУ школа № 1" and t.text(1, 2) == "165"
    assert [p.text for p in parse_text(markdown).paragraphs] == ["Таблица 1", "Текст после."]
    # a line with pipes in prose is no table
    assert parse_text("Формы | виды наставничества описаны ниже.").tables == []
