"""Writing the dataset: rows for each output table, written atomically (temp file + rename)
so an interrupted build never leaves a half-written file."""
from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from normalizers.numbers import fmt
from normalizers.organizations import Organization

from .pipeline import DocResult

DOCUMENT_COLUMNS = ["source", "sha256", "report_id", "format", "kind", "title", "region", "municipality",
                    "organization", "issuer", "as_of", "doc_date", "doc_number", "pages", "tables", "status", "error"]
ORG_COLUMNS = ["org_id", "municipality", "canonical_name", "org_type", "number", "aliases"]
FACT_COLUMNS = ["source", "report_id", "municipality", "as_of", "org_id", "org_name", "indicator", "form",
                "variant", "value", "unit", "raw", "corrected", "table", "row", "col", "page"]
INDICATOR_COLUMNS = ["report_id", "municipality", "as_of", "org_id", "indicator", "form", "variant", "value", "unit",
                     "sources"]
HISTORY_KEYS = ["municipality", "org_id", "canonical_name", "indicator", "form"]
# columns of tables whose heading was not understood (a sheet, a section of the report)
COLUMN_COLUMNS = ["source", "table", "col", "header", "indicator", "unit", "features", "note"]
CHECK_COLUMNS = ["check_id", "source", "check", "indicator", "subject", "stated", "computed", "status", "review",
                 "message", "location", "evidence", "page"]


def document_row(r: DocResult) -> dict:
    md = r.metadata
    return {
        "source": r.source, "sha256": r.sha256, "format": r.format,
        "kind": md.kind if md else "", "title": md.title if md else "",
        "region": md.region if md else "", "issuer": md.issuer if md else "",
        "municipality": md.municipality.name if md and md.municipality else "",
        "organization": r.organization_id, "as_of": md.as_of if md else "",
        "doc_date": md.doc_date if md else "", "doc_number": md.doc_number if md else "",
        "pages": "" if r.pages is None else r.pages, "tables": r.tables if r.status == "ok" else "",
        "status": r.status, "error": r.error,
    }


def fact_rows(r: DocResult) -> Iterable[dict]:
    md = r.metadata
    muni = md.municipality.name if md and md.municipality else ""
    as_of = (md.as_of or md.doc_date) if md else ""
    for f in r.facts:
        yield {"source": r.source, "municipality": muni, "as_of": as_of, "org_id": f.org_id,
               "org_name": f.org_name, "indicator": f.indicator, "form": f.form, "variant": f.variant,
               "value": fmt(f.value), "unit": f.unit, "raw": f.raw, "corrected": int(f.corrected),
               "table": f.table, "row": f.row,
               "col": f.col, "page": "" if f.page is None else f.page}


def fmt_fact(row: dict) -> dict:
    """A fact row read back from the database: numbers as SPEC writes them."""
    v = row["value"]
    return {**row, "value": fmt(v) if v not in ("", None) else ""}


def check_rows(r: DocResult) -> Iterable[dict]:
    for c in r.checks:
        yield {"check_id": c.check_id, "source": r.source, "check": c.check, "indicator": c.indicator,
               "subject": c.subject, "stated": c.stated, "computed": c.computed, "status": c.status,
               "message": c.message, "location": c.location, "evidence": c.evidence,
               "page": "" if c.page is None else c.page}


def org_row(o: Organization) -> dict:
    return {"org_id": o.org_id, "municipality": o.municipality, "canonical_name": o.canonical_name,
            "org_type": o.org_type, "number": "" if o.number is None else o.number,
            "aliases": json.dumps(o.aliases, ensure_ascii=False)}


# A text cell a spreadsheet would run as a formula (OWASP «CSV injection»): =, +, -, @, tab, CR
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_text(v):
    """Text that begins like a formula gets a leading apostrophe; numbers stay numbers."""
    if isinstance(v, str) and v.startswith(FORMULA_START):
        try:
            float(v.replace(",", "."))
            return v  # «-5» is a number
        except ValueError:
            return "'" + v
    return v


def publish(tmp: str | Path, path: Path) -> None:
    """Move a finished temporary file into place, with the permissions a new file gets."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, path)


def write_csv(path: Path, columns: list[str], rows: Iterable[dict]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    n = 0
    try:
        # UTF-8 with a BOM, so that Excel opens it in Russian right
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
            w.writeheader()
            for row in rows:
                w.writerow({k: safe_text(v) for k, v in row.items()})
                n += 1
        publish(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return n
