"""The archivist's own files (aliases.csv, headers.csv, …): read on every build, in UTF-8
(with or without BOM) or cp1251, comma or semicolon separated, each row with its line number
so that a bad line can be reported where it stands."""
from __future__ import annotations

import csv
import io
from pathlib import Path


class UserFileError(ValueError):
    """A user file that cannot be read at all (missing, not text)."""


def read_user_csv(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) for every data row; column names folded to lower case."""
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        raise UserFileError(f"файл {path} не открывается: {e.strerror}") from None
    for enc in ("utf-8-sig", "cp1251"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1251 decodes every byte but a few
        raise UserFileError(f"файл {path}: неизвестная кодировка (нужна UTF-8 или cp1251)")
    first = text.splitlines()[0] if text else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = list(reader)
    if not rows:
        return []
    names = [h.strip().lower() for h in rows[0]]
    missing = [r for r in required if r not in names]
    if missing:
        raise UserFileError(f"файл {path}: нет столбцов {', '.join(missing)} (первая строка: {', '.join(names)})")
    out = []
    for i, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        out.append((i, {n: (row[k].strip() if k < len(row) else "") for k, n in enumerate(names)}))
    return out


def find_user_file(inputs: list[Path], name: str) -> Path | None:
    """`name` at the top of an input folder (e.g. corpora/headers.csv)."""
    for inp in inputs:
        cand = Path(inp) / name
        if Path(inp).is_dir() and cand.is_file():
            return cand
    return None


def load_headers(path: Path) -> tuple[tuple[tuple[str, str, str], ...], list[str]]:
    """headers.csv → ((folded heading, indicator, unit), …) and the problems found, each
    with its line number. A unit must be one of SPEC's."""
    from normalizers.text import fold
    from normalizers.vocab import units

    known_units = {"persons", "percent", "count"}
    entries, problems = [], []
    for line, row in read_user_csv(path, ("header", "indicator")):
        header, code = fold(row.get("header", "")).strip(" :.,"), row.get("indicator", "").strip()
        unit = row.get("unit", "").strip() or units().get(code, "")
        if not header or not code:
            problems.append(f"{path.name}, строка {line}: нужны и заголовок, и показатель")
            continue
        if unit not in known_units:
            problems.append(f"{path.name}, строка {line}: единица «{unit}» не из persons, percent, count")
            continue
        entries.append((header, code, unit))
    return tuple(entries), problems


# corrections.csv: (line, sha256, table, row, col, value, comment) — one cell's right value
Correction = tuple[int, str, int, int, int, str, str]


def load_corrections(path: Path) -> tuple[tuple[Correction, ...], list[str]]:
    """corrections.csv → its entries and the problems found (a line without a valid cell)."""
    entries, problems = [], []
    for line, row in read_user_csv(path, ("sha256", "table", "row", "col", "value")):
        sha = row.get("sha256", "").strip().lower()
        try:
            table, r, c = (int(row.get(k, "")) for k in ("table", "row", "col"))
        except ValueError:
            problems.append(f"{path.name}, строка {line}: table, row и col должны быть числами")
            continue
        if len(sha) != 64 or any(ch not in "0123456789abcdef" for ch in sha) or min(table, r, c) < 1:
            problems.append(f"{path.name}, строка {line}: нужен sha256 файла (64 знака) и номера от 1")
            continue
        entries.append((line, sha, table, r, c, row.get("value", ""), row.get("comment", "")))
    return tuple(entries), problems


def load_reviews(path: Path) -> tuple[dict[str, tuple[int, str, str]], list[str]]:
    """reviews.csv → check_id → (line, verdict, comment); a verdict is confirmed or dismissed
    (Russian spellings «подтверждено» / «не ошибка» are understood too)."""
    verdicts = {"confirmed": "confirmed", "подтверждено": "confirmed", "подтверждена": "confirmed",
                "ошибка": "confirmed", "dismissed": "dismissed", "не ошибка": "dismissed",
                "отклонено": "dismissed", "отклонена": "dismissed"}
    out, problems = {}, []
    for line, row in read_user_csv(path, ("check_id", "verdict")):
        cid, verdict = row.get("check_id", "").strip(), verdicts.get(row.get("verdict", "").strip().lower())
        if not cid or verdict is None:
            problems.append(f"{path.name}, строка {line}: нужны check_id и verdict (confirmed или dismissed)")
            continue
        out[cid] = (line, verdict, row.get("comment", ""))
    return out, problems
