"""outputs.sqlite: the embedded store the dataset grows in.

One transaction per document (its rows replaced whole), so a build interrupted at any
moment leaves the database consistent; a document already stored with the same sha256 is
not read again. The CSV files and the workbook are exported from here, so they always
agree with the database.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from normalizers.organizations import Organization, Registry, parse_org

from . import export
from .pipeline import DocResult

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
  source TEXT PRIMARY KEY, sha256 TEXT, format TEXT, kind TEXT, title TEXT, municipality TEXT,
  organization TEXT, as_of TEXT, doc_date TEXT, doc_number TEXT, pages INTEGER, tables INTEGER,
  status TEXT, error TEXT, report_id TEXT, region TEXT, issuer TEXT, file TEXT, fingerprint TEXT,
  corrections TEXT, retry INTEGER);
CREATE INDEX IF NOT EXISTS documents_sha ON documents(sha256);
CREATE INDEX IF NOT EXISTS documents_muni ON documents(municipality);
CREATE TABLE IF NOT EXISTS organizations (
  org_id TEXT PRIMARY KEY, municipality TEXT, canonical_name TEXT, org_type TEXT, number INTEGER,
  aliases TEXT, score REAL);
CREATE INDEX IF NOT EXISTS organizations_muni ON organizations(municipality);
CREATE TABLE IF NOT EXISTS facts (
  source TEXT REFERENCES documents(source) ON DELETE CASCADE, municipality TEXT, as_of TEXT,
  org_id TEXT, org_name TEXT, indicator TEXT, form TEXT, variant TEXT, value REAL, unit TEXT, raw TEXT,
  "table" INTEGER, "row" INTEGER, col INTEGER, confidence REAL, page INTEGER, corrected INTEGER);
CREATE INDEX IF NOT EXISTS facts_source ON facts(source);
CREATE INDEX IF NOT EXISTS facts_org ON facts(org_id);
CREATE INDEX IF NOT EXISTS facts_muni ON facts(municipality);
CREATE INDEX IF NOT EXISTS facts_indicator ON facts(indicator);
CREATE TABLE IF NOT EXISTS checks (
  source TEXT REFERENCES documents(source) ON DELETE CASCADE, "check" TEXT, indicator TEXT, subject TEXT,
  stated TEXT, computed TEXT, status TEXT, message TEXT, location TEXT, quote TEXT, check_id TEXT,
  evidence TEXT, page INTEGER, review TEXT, review_comment TEXT, derived INTEGER);
CREATE INDEX IF NOT EXISTS checks_source ON checks(source);
CREATE INDEX IF NOT EXISTS checks_status ON checks(status);
CREATE TABLE IF NOT EXISTS doc_references (
  source TEXT REFERENCES documents(source) ON DELETE CASCADE, doc_type TEXT, date TEXT, number TEXT,
  title TEXT, line INTEGER, quote TEXT);
CREATE TABLE IF NOT EXISTS persons (
  source TEXT REFERENCES documents(source) ON DELETE CASCADE, name TEXT, role TEXT, line INTEGER);
CREATE TABLE IF NOT EXISTS columns (
  source TEXT REFERENCES documents(source) ON DELETE CASCADE, "table" INTEGER, col INTEGER, header TEXT,
  indicator TEXT, form TEXT, unit TEXT, understood INTEGER, role TEXT, features TEXT, note TEXT);
CREATE INDEX IF NOT EXISTS columns_source ON columns(source);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS targets (
  source TEXT REFERENCES documents(source) ON DELETE CASCADE, value REAL, unit TEXT, deadline TEXT,
  text TEXT, location TEXT);
"""

TABLES = ["documents", "organizations", "facts", "checks", "doc_references", "persons", "targets", "columns"]


class Store:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(str(path))
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.executescript(SCHEMA)
        self._migrate()

    def _migrate(self) -> None:
        """A store written by an older version gets the columns added since (empty)."""
        import re as _re

        for table, body in _re.findall(r"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\);", SCHEMA, _re.S):
            have = {row[1] for row in self.db.execute(f"PRAGMA table_info({table})")}
            for col in _re.split(r",\s*(?![^()]*\))", body):
                m = _re.match(r'\s*"?(\w+)"?\s+(\w+)', col)
                if m and m.group(1) not in have and m.group(1).upper() not in ("PRIMARY", "FOREIGN"):
                    self.db.execute(f'ALTER TABLE {table} ADD COLUMN "{m.group(1)}" {m.group(2)}')
        self.db.commit()

    def close(self) -> None:
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.db:
            self.db.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                            (key, value))

    def known(self) -> dict[str, tuple[str, str, int, str]]:
        """source → (sha256, status, retry, corrections key) of every stored document."""
        return {row[0]: (row[1] or "", row[2] or "", row[3] or 0, row[4] or "") for row in self.db.execute(
            "SELECT source, sha256, status, retry, corrections FROM documents")}

    def registry(self) -> Registry:
        """The organizations stored by earlier builds: their ids stay as they are."""
        reg = Registry()
        for org_id, muni, name, org_type, number, aliases, score in self.db.execute(
                "SELECT org_id, municipality, canonical_name, org_type, number, aliases, score FROM organizations"):
            alias_list = json.loads(aliases or "[]")
            parsed = max((parse_org(a) for a in alias_list or [name]), key=lambda p: (p.number is not None,
                                                                                        bool(p.proper)))
            reg.load(Organization(org_id=org_id, municipality=muni, canonical_name=name, org_type=org_type,
                                  number=number, parsed=parsed, aliases=alias_list, score=score or 100.0))
        return reg

    def save(self, result: DocResult, registry: Registry, extra: dict | None = None) -> None:
        """Replace the document's rows in one transaction. `extra`: document columns the
        build knows and the reading does not (where the file is, its corrections' key)."""
        with self.db:
            self.db.execute("DELETE FROM documents WHERE source = ?", (result.source,))
            row = export.document_row(result)
            row["fingerprint"] = json.dumps(result.fingerprint) if result.fingerprint else ""
            row["retry"] = int(result.retry)
            self._insert("documents", {**row, **(extra or {})})
            for f, fact in zip(export.fact_rows(result), result.facts, strict=True):
                self._insert("facts", {**f, "value": None if f["value"] == "" else float(f["value"]),
                                       "confidence": fact.confidence, "page": fact.page})
            for c, check in zip(export.check_rows(result), result.checks, strict=True):
                self._insert("checks", {**c, "quote": getattr(check, "quote", ""), "page": check.page})
            for c in result.columns:
                self._insert("columns", {"source": result.source, **c})
            md = result.metadata
            if md:
                for r in md.references:
                    self._insert("doc_references", {"source": result.source, "doc_type": r.doc_type, "date": r.date,
                                                    "number": r.number, "title": r.title, "line": r.line,
                                                    "quote": r.quote})
                for p in md.persons:
                    self._insert("persons", {"source": result.source, "name": p.name, "role": p.role, "line": p.line})
                for t in md.targets:
                    self._insert("targets", {"source": result.source, "value": t.value, "unit": t.unit,
                                             "deadline": t.deadline, "text": t.text, "location": t.location})
            ids = {f.org_id for f in result.facts} | ({result.organization_id} if result.organization_id else set())
            for org in registry.all():
                if org.org_id in ids:
                    self.save_org(org)

    def save_org(self, org: Organization) -> None:
        self.db.execute(
            "INSERT INTO organizations VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(org_id) DO UPDATE SET "
            "aliases = excluded.aliases, score = excluded.score, canonical_name = excluded.canonical_name",
            (org.org_id, org.municipality, org.canonical_name, org.org_type, org.number,
             json.dumps(org.aliases, ensure_ascii=False), org.score))

    def _insert(self, table: str, row: dict) -> None:
        cols = list(row)
        quoted = ", ".join(f'"{c}"' for c in cols)
        self.db.execute(f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' * len(cols))})",
                        [row[c] for c in cols])

    def rows(self, table: str, columns: list[str]) -> Iterator[dict]:
        order = {"documents": "source", "organizations": "org_id", "facts": "source, rowid",
                 "checks": "source, rowid"}.get(table, "rowid")
        quoted = ", ".join(f'"{c}"' for c in columns)
        cur = self.db.execute(f"SELECT {quoted} FROM {table} ORDER BY {order}")
        for values in cur:
            yield {c: ("" if v is None else v) for c, v in zip(columns, values, strict=True)}

    def live(self, table: str) -> Iterator[dict]:
        """Rows of facts or checks of the documents read and still present, with the
        document's report_id, in export order."""
        columns = {"facts": export.FACT_COLUMNS, "checks": export.CHECK_COLUMNS}[table]
        quoted = ", ".join("d.report_id" if c == "report_id" else f't."{c}"' for c in columns)
        cur = self.db.execute(f"SELECT {quoted} FROM {table} t JOIN documents d ON d.source = t.source "
                              f"WHERE d.status = 'ok' ORDER BY t.source, t.rowid")
        for values in cur:
            yield {c: ("" if v is None else v) for c, v in zip(columns, values, strict=True)}

    def columns_of(self, table: str) -> list[str]:
        return [row[1] for row in self.db.execute(f'PRAGMA table_info("{table}")')]

    def not_understood(self) -> Iterator[dict]:
        """Value columns whose heading fits no indicator: one line of headers.csv each fixes them."""
        from .export import COLUMN_COLUMNS

        quoted = ", ".join(f'"{c}"' for c in COLUMN_COLUMNS)
        cur = self.db.execute(f"SELECT {quoted} FROM columns WHERE understood = 0 ORDER BY source, rowid")
        for values in cur:
            yield {c: ("" if v is None else v) for c, v in zip(COLUMN_COLUMNS, values, strict=True)}

    def count(self, table: str) -> int:
        return self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
