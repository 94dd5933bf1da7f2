"""dataset.xlsx: one sheet per table, header frozen, filters on, widths set, numbers as
numbers, mismatches highlighted. Written in openpyxl's write-only mode (rows streamed)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from . import export
from .export import publish
from .store import Store

SHEETS = [
    ("documents", export.DOCUMENT_COLUMNS, {"pages", "tables"}),
    ("organizations", export.ORG_COLUMNS, {"number"}),
    ("facts", export.FACT_COLUMNS, {"value", "table", "row", "col", "page"}),
    ("checks", export.CHECK_COLUMNS, {"page"}),
    ("columns", export.COLUMN_COLUMNS, {"table", "col"}),
]
WIDTHS = {"source": 34, "message": 80, "title": 50, "org_name": 40, "canonical_name": 30, "aliases": 50,
          "error": 40, "subject": 40, "sha256": 18, "raw": 20, "indicator": 28, "municipality": 30}
MISMATCH = PatternFill("solid", start_color="FFF4C7C3", end_color="FFF4C7C3")
BOLD = Font(bold=True)


def _number(v):
    if v == "" or v is None:
        return None
    if isinstance(v, (int, float)):
        return v
    try:
        f = float(str(v).replace(",", "."))
    except ValueError:
        return v
    return int(f) if f.is_integer() else f


def write_workbook(store: Store, path: Path) -> None:
    wb = Workbook(write_only=True)
    for name, columns, numeric in SHEETS:
        ws = wb.create_sheet(name)
        ws.freeze_panes = "A2"
        for i, col in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = WIDTHS.get(col, 14)
        header = []
        for col in columns:
            cell = WriteOnlyCell(ws, value=col)
            cell.font = BOLD
            header.append(cell)
        ws.append(header)
        n = 0
        rows = store.rows(name, columns) if name != "columns" else store.not_understood()
        for row in rows:
            n += 1
            cells = []
            bad = name == "checks" and row.get("status") == "mismatch"
            for col in columns:
                v = row[col]
                v = _number(v) if col in numeric else (v if v != "" else None)
                cell = WriteOnlyCell(ws, value=v)
                if isinstance(v, str):
                    cell.data_type = "s"  # text stays text: «=HYPERLINK(…)» is never a live formula
                if bad:
                    cell.fill = MISMATCH
                cells.append(cell)
            ws.append(cells)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{n + 1}"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        publish(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
