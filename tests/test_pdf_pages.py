"""PDF pages that are not upright, and text layers in the wrong encoding: read as their
upright, well-encoded twins."""
from __future__ import annotations

import re
import shutil
import subprocess

import docx
import pytest

from extractor.pipeline import extract
from extractor.readers import read_document

from .conftest import SEEDS


def _facts(path):
    return sorted((f.org_name, f.indicator, f.form, f.value) for f in extract(read_document(path)).facts)


@pytest.mark.parametrize("name", ["novocherkassk_spravka_2020", "dzerzhinsk_spravka_2020"])
@pytest.mark.parametrize("turn", [90, 180, 270])
def test_pages_turned_by_rotate_read_upright(tmp_path, name, turn):
    src = (SEEDS / f"{name}.pdf").read_bytes()
    turned = re.sub(rb"/Type\s*/Page(?!s)", b"/Type/Page/Rotate %d" % turn, src)
    assert turned != src
    (tmp_path / "turned.pdf").write_bytes(turned)
    assert _facts(tmp_path / "turned.pdf") == _facts(SEEDS / f"{name}.pdf")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_cyrillic_in_a_western_font_encoding_is_repaired(tmp_path):
    d = docx.Document(SEEDS / "novocherkassk_spravka_2020.docx")
    for t in d.element.body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"):
        if t.text:
            t.text = t.text.encode("cp1251", errors="replace").decode("cp1252", errors="replace")
    d.save(tmp_path / "mangled.docx")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(tmp_path / "mangled.docx")], capture_output=True, timeout=180, check=False)
    pdf = tmp_path / "mangled.pdf"
    if not pdf.exists():
        pytest.skip("LibreOffice could not convert")
    assert "Ñ" in "".join(p.text for p in read_document(tmp_path / "mangled.docx").paragraphs)
    doc = read_document(pdf)
    assert doc.paragraphs[0].text.startswith("Аналитическая справка")
    assert _facts(pdf) == _facts(SEEDS / "novocherkassk_spravka_2020.pdf")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_table_printed_without_rules_reads_as_its_ruled_twin(tmp_path):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document(SEEDS / "novocherkassk_spravka_2020.docx")
    for tbl in d.element.body.iter(qn("w:tbl")):
        for b in list(tbl.iter(qn("w:tblBorders"))) + list(tbl.iter(qn("w:tcBorders"))):
            b.getparent().remove(b)
        pr = tbl.find(qn("w:tblPr"))
        style = pr.find(qn("w:tblStyle"))
        if style is not None:
            pr.remove(style)
        borders = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), "nil")
            borders.append(e)
        pr.append(borders)
    d.save(tmp_path / "noborders.docx")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(tmp_path / "noborders.docx")], capture_output=True, timeout=180, check=False)
    pdf = tmp_path / "noborders.pdf"
    if not pdf.exists():
        pytest.skip("LibreOffice could not convert")
    import pdfplumber

    with pdfplumber.open(pdf) as p:
        assert not p.pages[0].lines and not p.pages[0].rects  # really no rules
    assert _facts(pdf) == _facts(SEEDS / "novocherkassk_spravka_2020.pdf")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_tagged_pdf_without_rules_reads_its_tables_from_the_structure_tree(tmp_path):
    """Word and LibreOffice export tagged PDFs: the table a template printed without borders is
    declared in the structure tree (Table / TR / TD), whatever the alignment of its text."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document(SEEDS / "novoshakhtinsk_prikaz_632_2020.docx")
    for tbl in d.element.body.iter(qn("w:tbl")):
        for b in list(tbl.iter(qn("w:tblBorders"))) + list(tbl.iter(qn("w:tcBorders"))):
            b.getparent().remove(b)
        borders = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), "nil")
            borders.append(e)
        tbl.find(qn("w:tblPr")).append(borders)
    d.save(tmp_path / "tagged.docx")
    subprocess.run(["soffice", "--headless", "--convert-to",
                    'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}',
                    "--outdir", str(tmp_path), str(tmp_path / "tagged.docx")], capture_output=True, timeout=180, check=False)
    pdf = tmp_path / "tagged.pdf"
    if not pdf.exists():
        pytest.skip("LibreOffice could not convert")
    import pdfplumber

    with pdfplumber.open(pdf) as p:
        assert p.doc.catalog.get("StructTreeRoot") is not None
        assert not any(pg.lines or pg.rects for pg in p.pages)  # really no rules
    facts = _facts(pdf)
    assert len(facts) >= 19 and facts == _facts(SEEDS / "novoshakhtinsk_prikaz_632_2020.pdf")


def test_prose_and_numbered_lists_are_no_tables():
    from extractor.readers.pdf import Word, unruled_tables

    def line(y, *parts):
        out, x = [], 50.0
        for text, gap in parts:
            x += gap
            for w in text.split():
                out.append(Word(w, x, x + 6 * len(w), y, y + 11))
                x += 6 * len(w) + 3
        return out

    numbered = [w for k in range(6) for w in line(100 + 14 * k, (f"{k + 1}.", 0),
                                                    ("Руководителям образовательных организаций обеспечить", 20))]
    prose = [w for k in range(6) for w in line(100 + 14 * k, ("Наставничество организовано во всех школах района и", 0))]
    assert unruled_tables(numbered, []) == [] and unruled_tables(prose, []) == []
    table = [w for k in range(5) for w in line(100 + 14 * k, (f"{k + 1}", 0), (f"МБОУ СОШ № {k + 3}", 30),
                                                 (str(10 + k), 60), (str(20 + k), 40))]
    assert len(unruled_tables(table, [])) == 1


def test_an_unruled_heading_over_left_aligned_numbers_and_a_name_wrapped_above_its_numbers():
    """A parent heading centred over two columns whose numbers stand at their left edge touches
    the numbers of one column only: it still spans both, and the sub-headings below it split
    there. A row's name wrapped above and below its numbers (text centred on the row's height)
    is that row's, and no column edge cuts it."""
    from extractor.readers.pdf import Word, _page_blocks, unruled_tables
    from extractor.settings import DEFAULT

    def at(y, x, text):
        out = []
        for w in text.split():
            out.append(Word(w, x, x + 6 * len(w), y, y + 11))
            x += 6 * len(w) + 3
        return out

    words = at(100, 290, "количество вовлечённых в различные формы")
    words += at(109, 68, "№") + at(109, 137, "наименование") + at(113, 304, "наставничества, в т.ч.:")
    words += at(123, 65, "п/п") + at(123, 94, "организации")
    words += at(132, 281, "обучающихся (человек)") + at(132, 444, "педагогов (человек)")
    words += at(150, 93, "МБОУ СОШ № 3 имени Г.А.") + at(157, 59, "1") + at(157, 264, "91") + at(157, 432, "26")
    words += at(164, 93, "Платова")
    for k, (n, a, b) in enumerate([(5, 80, 4), (6, 130, 2), (8, 40, 4)]):
        y = 185 + 18 * k
        words += at(y, 59, str(k + 2)) + at(y, 93, f"МБОУ СОШ № {n}") + at(y, 264, str(a)) + at(y, 432, str(b))
    grids = unruled_tables(words, [])
    assert len(grids) == 1
    (table, _), = [b for b in _page_blocks(words, [], 800, 1, DEFAULT, unruled=grids) if isinstance(b, tuple)]
    rows = [[c.text for c in row] for row in table.rows]
    assert rows[1][2:] == ["обучающихся (человек)", "педагогов (человек)"]
    assert "наставничества, в т.ч.:" in rows[0][2] and "обучающихся" not in rows[0][2]
    assert rows[2] == ["1", "МБОУ СОШ № 3 имени Г.А. Платова", "91", "26"]
    assert rows[-1] == ["4", "МБОУ СОШ № 8", "40", "4"]


def test_justified_prose_a_titled_caption_and_a_total_over_two_columns_stay_out_of_the_grid():
    """A justified line of text ending in a number is no row, «Таблица 1. Вовлечённость …» ends
    the text above and heads nothing, and «Итого по ОО» written over the number and the name
    columns does not join them."""
    from extractor.readers.pdf import Word, _page_blocks, unruled_tables
    from extractor.settings import DEFAULT

    def at(y, x, text, gap=3.0):
        out = []
        for w in text.split():
            out.append(Word(w, x, x + 6 * len(w), y, y + 11))
            x += 6 * len(w) + gap
        return out

    words = at(100, 71, "Управлением образования проведён сбор сведений. Сведения представили 16", gap=15)
    words += at(118, 266, "Таблица 1. Вовлечённость в программы наставничества")
    words += at(140, 80, "№") + at(140, 126, "Организация") + at(140, 300, "Всего") + at(140, 380, "Вовлечено")
    for k, (a, b) in enumerate([(951, 239), (954, 201), (495, 96), (896, 192)]):
        y = 160 + 16 * k
        words += at(y, 79, str(k + 1)) + at(y, 105, f"МБОУ СОШ № {k + 1}") + at(y, 307, str(a)) + at(y, 380, str(b))
    words += at(224, 79, "Итого по ОО") + at(224, 307, "3296") + at(224, 380, "728")
    grids = unruled_tables(words, [])
    (table, _), = [b for b in _page_blocks(words, [], 800, 1, DEFAULT, unruled=grids) if isinstance(b, tuple)]
    rows = [[c.text for c in row] for row in table.rows]
    assert rows[0] == ["№", "Организация", "Всего", "Вовлечено"]
    assert rows[1] == ["1", "МБОУ СОШ № 1", "951", "239"]
    assert rows[-1][0].startswith("Итого") and rows[-1][2:] == ["3296", "728"] and len(rows) == 6


def test_group_rows_of_an_unruled_table_are_rows_of_their_own():
    """«Гимназии, лицеи» written from the table's left edge above the first school, and
    «Средние общеобразовательные школы» a little apart between two rows: one cell over the row
    each, the heading and the names left as they are, the table not cut in two."""
    from extractor.readers.pdf import Word, _page_blocks, unruled_tables
    from extractor.settings import DEFAULT

    def at(y, x, text):
        out = []
        for w in text.split():
            out.append(Word(w, x, x + 6 * len(w), y, y + 10))
            x += 6 * len(w) + 3
        return out

    words = at(395, 57, "№") + at(395, 85, "Наименование ОО") + at(395, 241, "Обучающихся") + at(395, 330, "Вовлечено")
    words += at(417, 57, "Гимназии, лицеи")
    y = 440
    for k, (name, a, b) in enumerate([("МБОУ гимназия № 1", 889, 142), ("МБОУ лицей № 17", 1193, 303)]):
        words += at(y, 57, f"{k + 1}.") + at(y, 85, name) + at(y, 241, str(a)) + at(y, 330, str(b))
        y += 23.6
    y += 2.3
    words += at(y, 57, "Средние общеобразовательные школы")
    y += 22.4
    for k, (name, a, b) in enumerate([("МБОУ СОШ № 2", 707, 125), ("МБОУ СОШ № 4", 571, 94)]):
        words += at(y, 57, f"{k + 3}.") + at(y, 85, name) + at(y, 241, str(a)) + at(y, 330, str(b))
        y += 23.6
    grids = unruled_tables(words, [])
    assert len(grids) == 1
    (table, _), = [b for b in _page_blocks(words, [], 800, 1, DEFAULT, unruled=grids) if isinstance(b, tuple)]
    rows = [[c.text for c in row] for row in table.rows]
    assert rows[0] == ["№", "Наименование ОО", "Обучающихся", "Вовлечено"]
    assert rows[1] == ["Гимназии, лицеи", "", "", ""] and rows[4] == ["Средние общеобразовательные школы", "", "", ""]
    assert rows[2] == ["1.", "МБОУ гимназия № 1", "889", "142"] and rows[-1] == ["4.", "МБОУ СОШ № 4", "571", "94"]
