"""Word structures that must not change what a report says: content controls around cells,
tables in text boxes and page headers, tracked changes, two paragraphs in one cell. Each test
builds a copy of a seed DOCX that differs from it by one such structure, and reads the same
facts as the original."""
from __future__ import annotations

import copy

import docx
import pytest
from docx.oxml.ns import qn

from extractor.pipeline import extract
from extractor.readers import read_document

from .conftest import SEEDS

SEED = SEEDS / "novocherkassk_spravka_2020.docx"


def _facts(path):
    return sorted((f.org_name, f.indicator, f.value) for f in extract(read_document(path)).facts)


@pytest.fixture(scope="module")
def original():
    return _facts(SEED)


def _el(tag, *children, **attrs):
    el = docx.oxml.OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(k), v)
    for c in children:
        el.append(c)
    return el


def test_content_controls_around_cells_rows_and_paragraphs(tmp_path, original):
    d = docx.Document(SEED)
    tbl = d.tables[0]._tbl
    rows = tbl.findall(qn("w:tr"))
    for tr in rows[2:6]:  # a cell in a content control
        tc = tr.findall(qn("w:tc"))[2]
        sdt = _el("w:sdt", _el("w:sdtPr"), _el("w:sdtContent"))
        tr.replace(tc, sdt)
        sdt.find(qn("w:sdtContent")).append(tc)
    tr = rows[8]  # a whole row in one
    sdt = _el("w:sdt", _el("w:sdtPr"), _el("w:sdtContent"))
    tbl.replace(tr, sdt)
    sdt.find(qn("w:sdtContent")).append(tr)
    p = rows[10].findall(qn("w:tc"))[3].find(qn("w:p"))  # a cell's paragraph in one
    sdt = _el("w:sdt", _el("w:sdtPr"), _el("w:sdtContent"))
    p.getparent().replace(p, sdt)
    sdt.find(qn("w:sdtContent")).append(p)
    d.save(tmp_path / "sdt.docx")
    assert _facts(tmp_path / "sdt.docx") == original


def test_table_in_a_text_box(tmp_path, original):
    d = docx.Document(SEED)
    tbl = d.tables[0]._tbl
    anchor = tbl.getprevious()
    from lxml import etree

    vml = "urn:schemas-microsoft-com:vml"
    box = _el("w:txbxContent", tbl, _el("w:p"))
    textbox = etree.SubElement(etree.Element(f"{{{vml}}}shape"), f"{{{vml}}}textbox")
    textbox.append(box)
    run = _el("w:r", _el("w:pict", textbox.getparent()))
    anchor.append(run)
    d.save(tmp_path / "textbox.docx")
    assert _facts(tmp_path / "textbox.docx") == original


def test_tracked_changes_read_as_the_text_now_reads(tmp_path, original):
    d = docx.Document(SEED)
    cell = d.tables[0].rows[2].cells[2]
    p = cell.paragraphs[0]._p
    runs = p.findall(qn("w:r"))
    text = "".join(r.findtext(qn("w:t")) or "" for r in runs)
    for r in runs:
        p.remove(r)
    old = _el("w:r", _el("w:delText"))
    old.find(qn("w:delText")).text = "999"
    moved = _el("w:r", _el("w:t"))
    moved.find(qn("w:t")).text = "777"
    new = _el("w:r", _el("w:t"))
    new.find(qn("w:t")).text = text
    p.append(_el("w:del", old, **{"w:id": "1", "w:author": "a"}))
    p.append(_el("w:moveFrom", moved, **{"w:id": "2", "w:author": "a"}))
    p.append(_el("w:ins", new, **{"w:id": "3", "w:author": "a"}))
    deleted_row = copy.deepcopy(d.tables[0].rows[3]._tr)  # a row deleted with tracking on
    trpr = deleted_row.find(qn("w:trPr"))
    if trpr is None:
        trpr = _el("w:trPr")
        deleted_row.insert(0, trpr)
    trpr.append(_el("w:del", **{"w:id": "4", "w:author": "a"}))
    d.tables[0].rows[3]._tr.addnext(deleted_row)
    d.save(tmp_path / "tracked.docx")
    assert _facts(tmp_path / "tracked.docx") == original


def test_table_in_the_page_header(tmp_path, original):
    d = docx.Document(SEED)
    tbl = d.tables[0]._tbl
    header = d.sections[0].header
    header.is_linked_to_previous = False
    header._element.append(tbl)
    header._element.append(_el("w:p"))
    d.save(tmp_path / "header.docx")
    assert _facts(tmp_path / "header.docx") == original


def test_two_numbers_in_two_paragraphs_of_a_cell_are_not_one(tmp_path):
    d = docx.Document(SEED)
    cell = d.tables[0].rows[2].cells[2]
    cell.add_paragraph("120")
    d.save(tmp_path / "twopara.docx")
    facts = extract(read_document(tmp_path / "twopara.docx")).facts
    row = [f for f in facts if f.row == 3 and f.col == 3]
    assert all(f.value != 180120 for f in facts)
    assert row == [] or row[0].value in (None, 180)
