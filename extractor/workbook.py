"""dataset.xlsx: one sheet per table for people who live in Excel — Russian column headings
(the codes of the CSV files in the «Легенда» sheet), dates as dates, numbers as numbers, lists
as readable text, header frozen, filters on, mismatches highlighted. Written in openpyxl's
write-only mode (rows streamed), so an archive's workbook does not sit in memory."""
from __future__ import annotations

import datetime as dt
import json
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

# (sheet = table code, columns, numeric columns); history's columns come from the store
SHEETS = [
    ("documents", export.DOCUMENT_COLUMNS, {"pages", "tables"}),
    ("organizations", export.ORG_COLUMNS, {"number"}),
    ("facts", export.FACT_COLUMNS, {"value", "table", "row", "col", "page", "corrected"}),
    ("indicators", export.INDICATOR_COLUMNS, {"value"}),
    ("history", None, set()),
    ("checks", export.CHECK_COLUMNS, {"page"}),
    ("columns", export.COLUMN_COLUMNS, {"table", "col"}),
]
DATES = {"as_of", "doc_date"}
# Russian headings of the columns, and what each holds (the legend sheet)
NAMES = {
    "source": ("Файл", "путь файла относительно папки входа"),
    "sha256": ("SHA-256", "контрольная сумма файла"),
    "report_id": ("Отчёт", "общий для копий одного отчёта (DOCX, PDF, TXT)"),
    "format": ("Формат", "docx, pdf, txt, doc, rtf, odt, pdf-scanned …"),
    "kind": ("Вид документа", "справка, приказ, положение …"),
    "title": ("Заголовок", "название документа"),
    "region": ("Субъект РФ", "регион"),
    "municipality": ("Муниципалитет", "муниципальное образование"),
    "organization": ("Организация (id)", "для отчёта одной организации — её org_id"),
    "issuer": ("Кем издан", "орган или организация, издавшие документ"),
    "as_of": ("Отчётная дата", "«по состоянию на»"),
    "doc_date": ("Дата документа", "дата приказа, подписания"),
    "doc_number": ("Номер документа", "номер приказа"),
    "pages": ("Страниц", ""),
    "tables": ("Таблиц", ""),
    "status": ("Статус", "ok — прочитан; failed — не прочитан; missing — файла больше нет; "
                         "для проверок: ok, mismatch (расхождение), unverifiable (не пересчитать)"),
    "error": ("Причина", "почему файл не прочитан"),
    "org_id": ("Организация (id)", "один id для всех написаний одной организации"),
    "canonical_name": ("Организация", "название"),
    "org_type": ("Тип организации", "school, lyceum, gymnasium, additional-education, kindergarten, college, other"),
    "number": ("Номер", "номер школы"),
    "aliases": ("Написания", "все встреченные написания, через «; »"),
    "org_name": ("Организация в таблице", "как напечатано"),
    "indicator": ("Показатель", "код показателя (словарь в SPEC)"),
    "form": ("Форма наставничества", ""),
    "variant": ("Вариант", "ролевая модель формы"),
    "value": ("Значение", "число"),
    "unit": ("Единица", "persons — человек, percent — %, count — штук"),
    "raw": ("Как напечатано", "текст ячейки"),
    "corrected": ("Исправлено", "1 — значение из corrections.csv"),
    "table": ("Таблица", "номер таблицы в документе"),
    "row": ("Строка", "номер строки таблицы, считая заголовок"),
    "col": ("Столбец", "номер столбца"),
    "page": ("Страница", "для PDF и сканов"),
    "sources": ("Файлы", "копии отчёта, из которых прочитано значение"),
    "check_id": ("Id проверки", "для reviews.csv"),
    "check": ("Проверка", "sum, count, share, mean, composition, membership, consistency …"),
    "subject": ("Что проверено", ""),
    "stated": ("Заявлено", "число в тексте или строке ИТОГО"),
    "computed": ("Пересчитано", "число по таблице"),
    "review": ("Решение", "confirmed — расхождение подтверждено; dismissed — не ошибка"),
    "message": ("Сообщение", ""),
    "location": ("Где", "таблица и строка или строка текста"),
    "evidence": ("По каким ячейкам", ""),
    "header": ("Заголовок столбца", "весь путь заголовка"),
    "features": ("Признаки", "что распознано в заголовке"),
    "note": ("Почему не понят", ""),
}
SHEET_TITLES = {"documents": "документы", "organizations": "организации", "facts": "факты из таблиц",
                "indicators": "показатели по отчётам (копии отчёта — одна строка)",
                "history": "история: организации × отчётные даты", "checks": "проверки",
                "columns": "непонятые столбцы"}
WIDTHS = {"source": 34, "message": 80, "title": 50, "org_name": 40, "canonical_name": 30, "aliases": 50,
          "error": 40, "subject": 40, "sha256": 18, "raw": 20, "indicator": 28, "municipality": 30, "sources": 40}
MISMATCH = PatternFill("solid", start_color="FFF4C7C3", end_color="FFF4C7C3")
BOLD = Font(bold=True)
DATE_FORMAT = "DD.MM.YYYY"
FORMULA_START = ("=", "+", "-", "@", "{")  # what openpyxl would take for a formula


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


def _date(v):
    try:
        return dt.date.fromisoformat(str(v)) if v else None
    except ValueError:
        return v or None


def _list(v):
    try:
        items = json.loads(v) if v else []
    except ValueError:
        return v
    return "; ".join(str(i) for i in items) if isinstance(items, list) else v


def _rows(store: Store, name: str, columns: list[str]):
    if name == "columns":
        return store.not_understood()
    if name in ("facts", "checks"):
        return store.live(name)
    return store.rows(name, columns)


def write_workbook(store: Store, path: Path) -> None:
    wb = Workbook(write_only=True)
    for name, columns, numeric in SHEETS:
        if columns is None:  # history: the keys, then one column per reporting date
            columns = store.columns_of(name) or export.HISTORY_KEYS
            numeric = set(columns) - set(export.HISTORY_KEYS)
        ws = wb.create_sheet(name)
        ws.freeze_panes = "A2"
        for i, col in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = WIDTHS.get(col, 14)
        header = []
        for col in columns:
            title = NAMES.get(col, (None,))[0]
            if title is None:  # a reporting date of the history sheet
                value = _date(col)
                cell = WriteOnlyCell(ws, value=value)
                if isinstance(value, dt.date):
                    cell.number_format = DATE_FORMAT
            else:
                cell = WriteOnlyCell(ws, value=title)
            cell.font = BOLD
            header.append(cell)
        ws.append(header)
        n = 0
        for row in _rows(store, name, columns):
            n += 1
            cells = []
            bad = name == "checks" and row.get("status") == "mismatch"
            for col in columns:
                v = row[col]
                if col in numeric:
                    v = _number(v)
                elif col in DATES:
                    v = _date(v)
                elif col == "aliases":
                    v = _list(v) or None
                else:
                    v = v if v != "" else None
                formula_like = isinstance(v, str) and v.startswith(FORMULA_START)
                if not (bad or formula_like or isinstance(v, dt.date)):
                    cells.append(v)  # a plain value: no cell object, the archive's sheets stay quick
                    continue
                cell = WriteOnlyCell(ws, value=v)
                if isinstance(v, str):
                    cell.data_type = "s"  # text stays text: «=HYPERLINK(…)» is never a live formula
                elif isinstance(v, dt.date):
                    cell.number_format = DATE_FORMAT
                if bad:
                    cell.fill = MISMATCH
                cells.append(cell)
            ws.append(cells)
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{n + 1}"
    _legend(wb)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        publish(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _legend(wb: Workbook) -> None:
    """Each sheet's columns: the Russian heading, the code of the CSV file, what it holds."""
    ws = wb.create_sheet("Легенда")
    for i, w in enumerate((16, 28, 18, 80), start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.append([WriteOnlyCell(ws, value=t) for t in ("Лист", "Столбец", "Код (CSV)", "Что в нём")])
    for name, columns, _ in SHEETS:
        ws.append([f"{name} — {SHEET_TITLES[name]}"])
        if columns is None:
            columns = export.HISTORY_KEYS
        for col in columns:
            title, what = NAMES.get(col, (col, ""))
            ws.append(["", title, col, what])
    ws.append(["history", "даты", "YYYY-MM-DD", "по столбцу на каждую отчётную дату: значение показателя"])
