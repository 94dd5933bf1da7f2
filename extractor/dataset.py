"""The dataset as a whole, after every document is stored: which files are one report,
the consolidated indicators (one row per report, not per rendition), renditions that
disagree, the archivist's reviews, and the history per municipality. pandas does the
grouping and the pivot; the results go back into outputs.sqlite, where every export reads.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable

import pandas as pd

from .export import HISTORY_KEYS, INDICATOR_COLUMNS
from .identity import group_reports

# Which rendition's reading stands for the report: the structured formats first, a scan last
# (its numbers come from OCR).
FORMAT_RANK = {"docx": 0, "odt": 1, "doc": 2, "rtf": 3, "xlsx": 4, "ods": 5, "txt": 6, "pdf": 7, "pdf-scanned": 9}
KEY = ["org_id", "indicator", "form", "variant", "k"]


def assign_reports(db: sqlite3.Connection) -> None:
    """report_id of every document read; a file that failed or is gone belongs to no report."""
    docs = []
    for source, sha, fp, muni, as_of, number, kind in db.execute(
            "SELECT source, sha256, fingerprint, municipality, as_of, doc_number, kind FROM documents "
            "WHERE status = 'ok'"):
        docs.append({"source": source, "sha256": sha or "", "fingerprint": json.loads(fp) if fp else None,
                     "municipality": muni or "", "as_of": as_of or "", "doc_number": number or "",
                     "kind": kind or ""})
    ids = group_reports(docs)
    with db:
        db.execute("UPDATE documents SET report_id = NULL WHERE status != 'ok'")
        db.executemany("UPDATE documents SET report_id = ? WHERE source = ?", [(r, s) for s, r in ids.items()])


def live_facts(db: sqlite3.Connection) -> pd.DataFrame:
    """Facts of the documents read (not failed, not missing), with their report and format."""
    return pd.read_sql_query(
        'SELECT f.rowid AS fid, f.source, d.report_id, d.format, f.municipality, f.as_of, f.org_id, f.indicator, '
        'f.form, f.variant, f.value, f.unit, f."table", f."row", f.col, IFNULL(f.corrected, 0) AS corrected '
        'FROM facts f '
        "JOIN documents d ON d.source = f.source WHERE d.status = 'ok' ORDER BY f.source, f.rowid", db)


def indicators(facts: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """One row per (report, organization, indicator, form, variant); the value of the report's
    best rendition, and the sources that read the same value. Renditions that read another
    value give a `consistency` check each (one per rendition, listing the cells)."""
    if facts.empty:
        return pd.DataFrame(columns=INDICATOR_COLUMNS), []
    f = facts.copy()
    for col in ("form", "variant", "org_id"):
        f[col] = f[col].fillna("")
    # the k-th time a key appears in one file (a report may state one value in two tables)
    f["k"] = f.groupby(["source", "org_id", "indicator", "form", "variant"]).cumcount()
    f["rank"] = f["format"].map(FORMAT_RANK).fillna(8)
    f = f.sort_values(["report_id", "rank", "source", "fid"], kind="stable")
    best_source = f.groupby("report_id")["source"].first()
    f["best"] = f["source"] == f["report_id"].map(best_source)
    # an archivist's correction of any rendition is the report's value
    chosen = (f.sort_values(["corrected", "best", "rank"], ascending=[False, False, True], kind="stable")
              .groupby(["report_id", *KEY], sort=False).first().reset_index())
    merged = f.merge(chosen[["report_id", *KEY, "value", "source", "corrected"]], on=["report_id", *KEY],
                     suffixes=("", "_chosen"))
    same = (merged["value"] == merged["value_chosen"]) | (merged["value"].isna() & merged["value_chosen"].isna())
    sources = (merged[same].groupby(["report_id", *KEY])["source"]
               .agg(lambda s: "; ".join(sorted(set(s)))).rename("sources"))
    out = chosen.join(sources, on=["report_id", *KEY])
    same |= merged["corrected_chosen"].astype(bool)  # the other copies print what was corrected
    out = out.sort_values(["report_id", "fid"], kind="stable")[INDICATOR_COLUMNS].reset_index(drop=True)
    checks = []
    for (report, source), bad in merged[~same].groupby(["report_id", "source"], sort=True):
        other = bad["source_chosen"].iloc[0]
        total = int((merged["source"] == source).sum())
        cells = bad.head(3).apply(lambda r: f"{r['org_id']}: {r['indicator']} {_num(r['value'])} "
                                            f"вместо {_num(r['value_chosen'])}", axis=1)
        scanned = bad["format"].iloc[0] == "pdf-scanned"
        msg = (f"Копии одного отчёта расходятся: в «{source}» {len(bad)} из {total} значений не совпадают "
               f"с «{other}» ({'; '.join(cells)}{'…' if len(bad) > 3 else ''}) — одна из копий прочитана "
               f"или напечатана иначе, сверьте с оригиналом")
        evidence = "; ".join(f"table {t}, row {r}, col {c}" for t, r, c in
                             bad[["table", "row", "col"]].head(20).itertuples(index=False))
        first = bad.iloc[0]
        cid = hashlib.sha256(f"consistency|{report}|{source}|{other}".encode()).hexdigest()[:12]
        checks.append({"check_id": cid, "source": source, "check": "consistency", "indicator": "",
                       "subject": report, "stated": _num(first["value_chosen"]), "computed": _num(first["value"]),
                       "status": "unverifiable" if scanned else "mismatch", "message": msg,
                       "location": f"table {first['table']}, row {first['row']}", "evidence": evidence,
                       "quote": "", "page": None, "derived": 1})
    return out, checks


def _num(v) -> str:
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return "—"
    return f"{v:g}" if isinstance(v, float) else str(v)


def history(ind: pd.DataFrame, orgs: pd.DataFrame, dates: Iterable[str] = ()) -> pd.DataFrame:
    """Organizations × reporting dates, per indicator and form: one row per (municipality,
    org_id, indicator, form), one column per as_of (ISO) holding the value. Values of a named
    variant of a form are per variant, not the form's: they stay in indicators.csv.
    `dates`: every reporting date of the dataset; each gets its column, even one whose report
    holds no table per organization, so the history shows that a report of that date exists."""
    base = ind[(ind["variant"].fillna("") == "") & (ind["as_of"].fillna("") != "")]
    dates = sorted(set(dates) | set(base["as_of"]))
    if base.empty:
        return pd.DataFrame(columns=HISTORY_KEYS + dates)
    base = base.merge(orgs[["org_id", "canonical_name"]], on="org_id", how="left")
    base["canonical_name"] = base["canonical_name"].fillna("")
    wide = base.pivot_table(index=HISTORY_KEYS, columns="as_of", values="value", aggfunc="last", dropna=False,
                            observed=True)
    wide = wide.dropna(how="all").reset_index()
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reindex(columns=HISTORY_KEYS + dates)
    return wide.sort_values(HISTORY_KEYS, kind="stable").reset_index(drop=True)


def apply_reviews(db: sqlite3.Connection, reviews: dict[str, tuple[int, str, str]], file_name: str = "reviews.csv"
                  ) -> list[str]:
    """The archivist's verdicts on checks; a line naming no check is reported, not applied."""
    known = {row[0] for row in db.execute("SELECT check_id FROM checks")}
    problems = []
    with db:
        db.execute("UPDATE checks SET review = NULL, review_comment = NULL")
        for cid, (line, verdict, comment) in sorted(reviews.items(), key=lambda x: x[1][0]):
            if cid not in known:
                problems.append(f"{file_name}, строка {line}: проверки {cid} нет в наборе — строка устарела "
                                f"или с опечаткой")
                continue
            db.execute("UPDATE checks SET review = ?, review_comment = ? WHERE check_id = ?", (verdict, comment, cid))
    return problems


def refresh(db: sqlite3.Connection, reviews: dict[str, tuple[int, str, str]] | None = None,
            reviews_name: str = "reviews.csv") -> list[str]:
    """Everything that depends on more than one document, recomputed from the stored rows."""
    assign_reports(db)
    ind, consistency = indicators(live_facts(db))
    orgs = pd.read_sql_query("SELECT org_id, canonical_name FROM organizations", db)
    dates = [r[0] for r in db.execute("SELECT DISTINCT IFNULL(NULLIF(as_of, ''), doc_date) FROM documents "
                                      "WHERE status = 'ok'") if r[0]]
    hist = history(ind, orgs, dates)
    with db:
        db.execute("DELETE FROM checks WHERE derived = 1")  # checks across renditions, not of one file
        for c in consistency:
            cols = list(c)
            db.execute(f"INSERT INTO checks ({', '.join(chr(34) + k + chr(34) for k in cols)}) "
                       f"VALUES ({', '.join('?' * len(cols))})", [c[k] for k in cols])
        ind.to_sql("indicators", db, if_exists="replace", index=False)
        hist.to_sql("history", db, if_exists="replace", index=False)
    return apply_reviews(db, reviews or {}, reviews_name)
