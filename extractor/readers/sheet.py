"""XLSX and ODS: monitoring data often comes as a spreadsheet. Each sheet becomes its name as
a paragraph, the title lines above its table as paragraphs, and the table as a grid with its
merged cells — the same model a DOCX table gives, so the same code reads it.

ODS is converted to XLSX by LibreOffice (as DOC/RTF/ODT are to DOCX). Cell values are written
as a person sees them: 12, 12,5, 45% for a percent-formatted 0.45, dates as ДД.ММ.ГГГГ.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import zipfile
from pathlib import Path

from ..model import Cell, Document, Paragraph, ReadError, Table
from ..settings import Settings

MAX_CELLS = 2_000_000  # a sheet beyond this is not a report table: refused, not read for minutes


def _text(cell) -> str:
    v = cell.value
    if v is None:
        return ""
    if isinstance(v, bool):
        return "да" if v else "нет"
    if isinstance(v, (dt.datetime, dt.date)):
        return v.strftime("%d.%m.%Y")
    if isinstance(v, (int, float)):
        fmt = str(getattr(cell, "number_format", "") or "")
        if "%" in fmt:
            v = v * 100
            suffix = "%"
        else:
            suffix = ""
        if isinstance(v, float) and abs(v - round(v)) < 1e-9:
            v = int(round(v))
        text = f"{v:.4f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(v)
        return text.replace(".", ",") + suffix
    return " ".join(str(v).split())


def _sheet_blocks(ws, blocks: list, line: list[int]) -> None:
    rows = ws.max_row or 0
    cols = ws.max_column or 0
    if rows * cols > MAX_CELLS:
        raise ReadError(f"лист «{ws.title}» слишком велик ({rows}×{cols} ячеек)")
    grid = [[_text(c) for c in row] for row in ws.iter_rows(min_row=1, max_row=rows, max_col=cols)]
    merges = {}
    for rng in ws.merged_cells.ranges:
        merges[(rng.min_row - 1, rng.min_col - 1)] = (rng.max_row - rng.min_row + 1, rng.max_col - rng.min_col + 1)
    # trim empty rows and columns at the edges
    filled = [r for r, row in enumerate(grid) if any(row)]
    if not filled:
        return
    used_cols = [c for c in range(cols) if any(grid[r][c] for r in filled)]
    c0, c1 = used_cols[0], used_cols[-1] + 1
    line[0] += 1
    blocks.append(Paragraph(text=f"Лист «{ws.title}»", line=line[0]))
    # blocks of rows between blank rows; in each, rows with one filled cell at its top
    # (a title, a caption) or bottom (a note, a signature) are text, the rest is a table
    r, n = filled[0], filled[-1] + 1
    while r < n:
        while r < n and not any(grid[r][c0:c1]):
            r += 1
        end = r
        while end < n and any(grid[end][c0:c1]):
            end += 1
        top, bottom = r, end
        while top < bottom and _single(grid[top][c0:c1]):
            top += 1
        while bottom > top and _single(grid[bottom - 1][c0:c1]):
            bottom -= 1
        for rr in range(r, top):
            line[0] += 1
            blocks.append(Paragraph(text=_joined(grid[rr][c0:c1]), line=line[0]))
        if bottom - top >= 2:
            blocks.append(_table(grid, merges, top, bottom, c0, c1, line[0]))
        else:
            for rr in range(top, bottom):
                line[0] += 1
                blocks.append(Paragraph(text=_joined(grid[rr][c0:c1]), line=line[0]))
        for rr in range(bottom, end):
            line[0] += 1
            blocks.append(Paragraph(text=_joined(grid[rr][c0:c1]), line=line[0]))
        r = end


def _single(row: list[str]) -> bool:
    return sum(1 for t in row if t) <= 1


def _joined(row: list[str]) -> str:
    return " ".join(t for t in row if t)


def _table(grid, merges, r0: int, r1: int, c0: int, c1: int, line: int) -> Table:
    rows = [[Cell(grid[r][c]) for c in range(c0, c1)] for r in range(r0, r1)]
    for (mr, mc), (h, w) in merges.items():
        if not (r0 <= mr < r1 and c0 <= mc < c1):
            continue
        h, w = min(h, r1 - mr), min(w, c1 - mc)
        owner = rows[mr - r0][mc - c0]
        owner.rowspan, owner.colspan = h, w
        for dr in range(h):
            for dc in range(w):
                if (dr, dc) != (0, 0):
                    rows[mr - r0 + dr][mc - c0 + dc] = Cell(owner=(mr - r0, mc - c0))
    return Table(rows=rows, line=line)


def read_xlsx(path: Path, source: str, max_unzipped: int, fmt: str = "xlsx") -> Document:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as z:
            if sum(i.file_size for i in z.infolist()) > max_unzipped:
                raise ReadError("таблица распаковывается в слишком большой объём — похоже на zip-бомбу")
    except zipfile.BadZipFile as e:
        raise ReadError("файл повреждён: это не книга XLSX (zip)") from e
    try:
        wb = load_workbook(str(path), data_only=True)  # values, not formulas; merges need the full mode
    except Exception as e:
        raise ReadError(f"книга XLSX повреждена: {type(e).__name__}: {e}"[:300]) from e
    blocks: list = []
    line = [0]
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        _sheet_blocks(ws, blocks, line)
    wb.close()
    if not any(isinstance(b, Table) for b in blocks) and not blocks:
        raise ReadError("в книге нет заполненных листов")
    return Document(source=source, format=fmt, blocks=blocks)


def read_ods(path: Path, source: str, settings: Settings, sha256: str) -> Document:
    """ODS → XLSX by LibreOffice (cached by sha256), then the XLSX reader."""
    from .legacy import cache_dir, convert

    cached = cache_dir() / f"{sha256}.xlsx"
    if not cached.exists():
        converted = convert(path, "xlsx:Calc MS Excel 2007 XML", ".xlsx", timeout=min(settings.timeout_s, 90),
                            what="ODS")
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        shutil.move(str(converted), tmp)
        os.replace(tmp, cached)
        shutil.rmtree(converted.parent, ignore_errors=True)
    return read_xlsx(cached, source, int(settings.max_unzipped_mb * 2**20), fmt="ods")
