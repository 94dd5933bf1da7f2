"""DOCX via python-docx's XML: body order, gridSpan / vMerge, nested tables."""
from __future__ import annotations

import zipfile

import docx
from docx.oxml.ns import qn

from ..model import Cell, Document, Paragraph, ReadError, Table, split_union_grid
from ..settings import DEFAULT

W_P, W_TBL, W_SDT, W_TR, W_TC = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:tr"), qn("w:tc")
W_SDTCONTENT = qn("w:sdtContent")
TEXT_TAGS = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
             qn("w:noBreakHyphen"): "-", qn("w:sym"): ""}
W_TXBX = qn("w:txbxContent")
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# text that is not there any more (tracked deletions and moves away), and text that stands
# elsewhere (a text box anchored in the paragraph; a drawing's fallback copy of it)
SKIP = {qn("w:del"), qn("w:moveFrom"), W_TXBX, MC_FALLBACK}
# elements that only wrap what they hold: a content control, custom XML, a tracked insertion
WRAPPERS = {W_SDT, W_SDTCONTENT, qn("w:customXml"), qn("w:smartTag"), qn("w:ins"), qn("w:moveTo")}


def paragraph_text(p) -> str:
    """Text of a w:p as it reads now: no tracked deletions or moves away, no text boxes
    (read in their own place)."""
    out: list[str] = []
    _collect(p, out)
    return "".join(out)


def _collect(el, out: list[str]) -> None:
    for child in el:
        tag = child.tag
        if tag in SKIP:
            continue
        if tag in TEXT_TAGS:
            out.append(child.text or "" if TEXT_TAGS[tag] is None else TEXT_TAGS[tag])
        else:
            _collect(child, out)


def children(el, tag):
    """Direct children with this tag, looking through content controls and other wrappers
    (a cell inside a content control is still the row's cell); deleted rows and cells skipped."""
    for child in el:
        if child.tag == tag:
            if tag == W_TR and child.find(f"{qn('w:trPr')}/{qn('w:del')}") is not None:
                continue
            if tag == W_TC and child.find(f"{qn('w:tcPr')}/{qn('w:cellDel')}") is not None:
                continue
            yield child
        elif child.tag in WRAPPERS:
            yield from children(child, tag)


def text_boxes(p) -> list:
    """Text boxes anchored in a paragraph (their content: paragraphs and tables), once each."""
    out = []

    def walk(el):
        for child in el:
            if child.tag == MC_FALLBACK:
                continue
            if child.tag == W_TXBX:
                out.append(child)
            else:
                walk(child)

    walk(p)
    return out


def check_zip(path, max_unzipped: int, max_xml: int = int(DEFAULT.max_xml_mb * 2**20)) -> None:
    try:
        with zipfile.ZipFile(path) as z:
            total = sum(i.file_size for i in z.infolist())
            if total > max_unzipped:
                raise ReadError(f"архив DOCX распаковывается в {total // 2**20} МБ — похоже на "
                                "zip-бомбу, файл не открыт")
            big = max((i for i in z.infolist() if i.filename.endswith(".xml")), key=lambda i: i.file_size, default=None)
            if big is not None and big.file_size > max_xml:
                raise ReadError(f"текст документа ({big.filename}) занимает {big.file_size // 2**20} МБ XML, больше "
                                f"предела {max_xml // 2**20} МБ: его разбор потребовал бы больше памяти, чем отведено "
                                "на документ; файл не открыт")
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
    counter = [0]
    headers, footers = _header_footer_parts(d)
    for part in headers:
        _walk(part, blocks, counter)
    _walk(d.element.body, blocks, counter)
    for part in footers:
        _walk(part, blocks, counter)
    return Document(source=source, format="docx", blocks=blocks)


def _header_footer_parts(d) -> tuple[list, list]:
    """The page headers and footers that hold a data table (a report's table is sometimes put
    there), each once: the same header repeats on every section. Plain running headers (a
    school's name, a page number, a logo beside a title) are left out: they are not the text."""
    seen, heads, foots = set(), [], []
    for section in d.sections:
        for attr, bucket in (("header", heads), ("first_page_header", heads), ("footer", foots),
                             ("first_page_footer", foots)):
            try:
                part = getattr(section, attr)
                if part.is_linked_to_previous:
                    continue
                el = part._element
            except Exception:  # a broken header part is not worth failing the document
                continue
            if id(el) in seen or not any(len(list(children(t, W_TR))) >= 3 for t in el.iter(W_TBL)):
                continue  # a one-row layout table (a logo beside a title) is not a report's table
            seen.add(id(el))
            bucket.append(el)
    return heads, foots


def _is_frame(tbl) -> bool:
    rows = list(children(tbl, W_TR))
    if len(rows) != 1:
        return False
    cells = list(children(rows[0], W_TC))
    if len(cells) != 1:
        return False
    paras = [p for p in children(cells[0], W_P) if paragraph_text(p).strip()]
    return cells[0].find(W_TBL) is not None or len(paras) > 1


def _walk(container, blocks: list, counter: list[int], parent: Table | None = None) -> None:
    for el in container.iterchildren():
        if el.tag == W_P:
            counter[0] += 1
            text = " ".join(paragraph_text(el).split()) if parent is None else ""
            if text:
                blocks.append(Paragraph(text=text, line=counter[0]))
            for box in text_boxes(el):  # a table drawn in a text box is read where it is anchored
                _walk(box, blocks, counter, parent)
        elif el.tag == W_TBL:
            if _is_frame(el):
                # a single cell framing a block of text or another table is layout: its
                # content is read in its place
                tc = next(children(next(children(el, W_TR)), W_TC))
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
            for tr in children(el, W_TR):
                for tc in children(tr, W_TC):
                    if tc.find(".//" + W_TBL) is not None:
                        _walk(tc, blocks, counter, parent=table)
        elif el.tag in WRAPPERS:
            _walk(el, blocks, counter, parent)


def _int_attr(el, path: str, default: int = 0) -> int:
    found = el.find(path)
    if found is None:
        return default
    try:
        return int(found.get(qn("w:val")))
    except (TypeError, ValueError):
        return default


def _cell_text(tc) -> str:
    parts = [" ".join(paragraph_text(p).split()) for p in children(tc, W_P)]
    return "\n".join(p for p in parts if p).strip()


def _table(tbl) -> Table:
    grid_cols = len(tbl.findall(qn("w:tblGrid") + "/" + qn("w:gridCol")))
    raw_rows = []
    width = grid_cols
    for tr in children(tbl, W_TR):
        before = _int_attr(tr, f"{qn('w:trPr')}/{qn('w:gridBefore')}")
        after = _int_attr(tr, f"{qn('w:trPr')}/{qn('w:gridAfter')}")
        cells = []
        col = before
        for tc in children(tr, W_TC):
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
