"""DOCX via python-docx's XML: body order, gridSpan / vMerge, nested tables."""
from __future__ import annotations

import zipfile

import docx
from docx.oxml.ns import qn

from ..model import Cell, Document, Paragraph, ReadError, Table, split_union_grid

W_P, W_TBL, W_SDT, W_TR, W_TC = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:tr"), qn("w:tc")
W_SDTCONTENT = qn("w:sdtContent")
TEXT_TAGS = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
             qn("w:noBreakHyphen"): "-", qn("w:sym"): ""}


def paragraph_text(p) -> str:
    """Text of a w:p, skipping anything inside a nested table or deleted run."""
    out = []
    for el in p.iter():
        tag = el.tag
        if tag in TEXT_TAGS:
            out.append(el.text or "" if TEXT_TAGS[tag] is None else TEXT_TAGS[tag])
    return "".join(out)


def check_zip(path, max_unzipped: int) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            total = sum(i.file_size for i in z.infolist())
            if total > max_unzipped:
                raise ReadError(f"архив DOCX распаковывается в {total // 2**20} МБ — похоже на "
                                "zip-бомбу, файл не открыт")
            if "word/document.xml" not in z.namelist():
                raise ReadError("файл повреждён: в архиве нет word/document.xml")
    except zipfile.BadZipFile as e:
        raise ReadError("файл повреждён: это не архив DOCX (zip)") from e


def read_docx(path, source: str, max_unzipped: int) -> Document:
    check_zip(path, max_unzipped)
    try:
        d = docx.Document(str(path))
    except Exception as e:  # python-docx raises many kinds on a broken package
        raise ReadError(f"файл DOCX повреждён: {type(e).__name__}: {e}"[:300]) from e
    blocks: list[Paragraph | Table] = []
    _walk(d.element.body, blocks, [0])
    return Document(source=source, format="docx", blocks=blocks)


def _is_frame(tbl) -> bool:
    rows = tbl.findall(W_TR)
    if len(rows) != 1:
        return False
    cells = rows[0].findall(W_TC)
    if len(cells) != 1:
        return False
    paras = [p for p in cells[0].iterchildren(W_P) if paragraph_text(p).strip()]
    return cells[0].find(W_TBL) is not None or len(paras) > 1


def _walk(container, blocks: list, counter: list[int], parent: Table | None = None) -> None:
    for el in container.iterchildren():
        if el.tag == W_P:
            counter[0] += 1
            text = " ".join(paragraph_text(el).split()) if parent is None else ""
            if text:
                blocks.append(Paragraph(text=text, line=counter[0]))
        elif el.tag == W_TBL:
            if _is_frame(el):
                # a single cell framing a block of text or another table is layout: its
                # content is read in its place
                tc = el.find(f"{W_TR}/{W_TC}")
                _walk(tc, blocks, counter, parent)
                continue
            parts = split_union_grid(_table(el))
            for table in parts:
                table.line = counter[0]
                if parent is not None:
                    table.nested_in = parent.index
                blocks.append(table)
                table.index = sum(isinstance(b, Table) for b in blocks)
            table = parts[0]
            # nested tables follow the table that holds them (depth-first)
            for tr in el.iterchildren(W_TR):
                for tc in tr.iterchildren(W_TC):
                    if tc.find(".//" + W_TBL) is not None:
                        _walk(tc, blocks, counter, parent=table)
        elif el.tag == W_SDT:
            content = el.find(W_SDTCONTENT)
            if content is not None:
                _walk(content, blocks, counter, parent)


def _int_attr(el, path: str, default: int = 0) -> int:
    found = el.find(path)
    if found is None:
        return default
    try:
        return int(found.get(qn("w:val")))
    except (TypeError, ValueError):
        return default


def _cell_text(tc) -> str:
    parts = [" ".join(paragraph_text(p).split()) for p in tc.iterchildren(W_P)]
    return "\n".join(p for p in parts if p).strip()


def _table(tbl) -> Table:
    grid_cols = len(tbl.findall(qn("w:tblGrid") + "/" + qn("w:gridCol")))
    raw_rows = []
    width = grid_cols
    for tr in tbl.iterchildren(W_TR):
        before = _int_attr(tr, f"{qn('w:trPr')}/{qn('w:gridBefore')}")
        after = _int_attr(tr, f"{qn('w:trPr')}/{qn('w:gridAfter')}")
        cells = []
        col = before
        for tc in tr.iterchildren(W_TC):
            span = max(1, _int_attr(tc, f"{qn('w:tcPr')}/{qn('w:gridSpan')}", 1))
            vm = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
            vmerge = None if vm is None else (vm.get(qn("w:val")) or "continue")
            cells.append((col, span, vmerge, _cell_text(tc)))
            col += span
        width = max(width, col + after)
        raw_rows.append(cells)
    rows = [[Cell() for _ in range(width)] for _ in raw_rows]
    for r, cells in enumerate(raw_rows):
        for col, span, vmerge, text in cells:
            if col >= width:
                continue
            owner = (r, col)
            if vmerge == "continue" and r > 0:
                above = rows[r - 1][col]
                owner = above.owner or (r - 1, col)
                rows[owner[0]][owner[1]].rowspan = r - owner[0] + 1
                rows[r][col] = Cell(owner=owner)
            else:
                rows[r][col] = Cell(text=text, colspan=span)
            for k in range(1, span):
                if col + k < width:
                    rows[r][col + k] = Cell(owner=owner)
    return Table(rows=rows)
