"""The dataset's CSV files as typed pandas DataFrames: dates as datetime64, values as floats,
locations as nullable integers, codes as categories. Used by `spravki.load` and by the build
for Parquet files (when pyarrow is installed)."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

# Column types of the CSV files (SPEC's output contract). Everything not named is text.
DATES = {"as_of", "doc_date"}
FLOATS = {"value"}
INTEGERS = {"pages", "tables", "table", "row", "col", "page", "number"}
BOOLEANS = {"corrected"}
CATEGORIES = {"format", "kind", "status", "indicator", "form", "variant", "unit", "check", "org_type", "review",
              "municipality", "region"}
JSON_LISTS = {"aliases"}
TABLES = ("documents", "facts", "indicators", "checks", "organizations", "history")


def typed(df: pd.DataFrame, table: str) -> pd.DataFrame:
    for col in df.columns:
        s = df[col]
        if table == "history" and col not in ("municipality", "org_id", "canonical_name", "indicator", "form"):
            df[col] = pd.to_numeric(s.replace("", None), errors="coerce").astype("float64")
        elif col in DATES:
            df[col] = pd.to_datetime(s.replace("", None), format="%Y-%m-%d", errors="coerce")
        elif col in FLOATS:
            df[col] = pd.to_numeric(s.replace("", None), errors="coerce").astype("float64")
        elif col in INTEGERS:
            df[col] = pd.to_numeric(s.replace("", None), errors="coerce").astype("Int64")
        elif col in BOOLEANS:
            df[col] = s.map({"1": True, "0": False, "": pd.NA}).astype("boolean")
        elif col in CATEGORIES or (table == "history" and col in ("municipality", "indicator", "form")):
            df[col] = s.astype("category")
        elif col in JSON_LISTS:
            df[col] = s.map(lambda v: json.loads(v) if v else [])
        else:
            df[col] = s.astype("string")
    return df


def read_frame(path: Path, table: str) -> pd.DataFrame:
    """One CSV file of the dataset, typed."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return typed(df, table)


def write_parquet(out: Path) -> list[Path]:
    """Parquet files beside the CSV files, when pyarrow is installed; nothing otherwise."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return []
    written = []
    for table in TABLES:
        src = out / f"{table}.csv"
        if src.is_file():
            df = read_frame(src, table)
            if "aliases" in df.columns:
                df["aliases"] = df["aliases"].map(lambda v: json.dumps(v, ensure_ascii=False))
            tmp = out / f".{table}.parquet.tmp"
            df.to_parquet(tmp, index=False)
            tmp.replace(out / f"{table}.parquet")
            written.append(out / f"{table}.parquet")
    return written
