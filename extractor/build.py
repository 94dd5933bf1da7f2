"""`build`: the library call behind `spravki build` — read what is new or changed into
outputs.sqlite, then export the CSV files, the workbook and the report from it."""
from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from normalizers.organizations import Registry

from . import export
from .pipeline import DocResult, assign_organizations, collect_inputs, run_iter
from .readers import sha256_of
from .settings import DEFAULT, Settings
from .store import Store


@dataclass
class BuildReport:
    out: Path
    results: list[DocResult]  # documents read in this build
    registry: Registry
    skipped: int = 0  # unchanged documents not read again
    new_facts: int = 0  # facts of the documents read in this build
    failed_sources: list[tuple[str, str]] = field(default_factory=list)  # (source, error) of every input
    mismatches: int = 0

    @property
    def failed(self) -> list[tuple[str, str]]:
        return self.failed_sources


def load_aliases(path: Path, registry: Registry) -> int:
    """An archivist's fixes: CSV with columns municipality, alias, org_id. Each alias is
    given that id on this build, whatever the matching rules say."""
    n = 0
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            if row.get("alias") and row.get("org_id"):
                registry.add_override((row.get("municipality") or "").strip(), row["alias"], row["org_id"].strip())
                n += 1
    return n


def find_aliases(inputs: list[Path]) -> Path | None:
    """`aliases.csv` at the top of an input folder (e.g. corpora/aliases.csv)."""
    for inp in inputs:
        cand = Path(inp) / "aliases.csv"
        if Path(inp).is_dir() and cand.is_file():
            return cand
    return None


def build(inputs: Iterable[str | Path], out: str | Path = "outputs", workers: int | None = None,
          settings: Settings = DEFAULT, on_start: Callable[[int], None] | None = None,
          on_done: Callable[[DocResult | None], None] | None = None, aliases: str | Path | None = None,
          force: bool = False) -> BuildReport:
    inputs = [Path(i) for i in inputs]
    files = collect_inputs(inputs)
    out = Path(out)
    store = Store(out / "outputs.sqlite")
    try:
        registry = store.registry()
        aliases = Path(aliases) if aliases else find_aliases(inputs)
        if aliases:
            load_aliases(aliases, registry)
        known = store.known()
        todo, skipped = [], 0
        for path, source in files:
            try:
                sha = sha256_of(path)
            except OSError:
                sha = None
            if not force and sha is not None and known.get(source) == sha:
                skipped += 1
                continue
            todo.append((path, source, sha))
        if on_start:
            on_start(len(files))
        if on_done:
            for _ in range(skipped):
                on_done(None)
        results, new_facts = [], 0
        for result in run_iter(todo, workers=workers, settings=settings):
            if result.status == "ok":
                assign_organizations(result, registry)
            store.save(result, registry)
            # keep only what the caller needs: the facts and checks are in the database, and
            # holding them here would grow memory with the size of the archive
            results.append(DocResult(source=result.source, path=result.path, sha256=result.sha256,
                                     format=result.format, status=result.status, error=result.error,
                                     tables=result.tables))
            new_facts += len(result.facts)
            if on_done:
                on_done(result)
        report = BuildReport(out=out, results=results, registry=registry, skipped=skipped, new_facts=new_facts)
        sources = {s for _, s in files}
        for row in store.rows("documents", ["source", "status", "error"]):
            if row["source"] in sources and row["status"] != "ok":
                report.failed_sources.append((row["source"], row["error"]))
        report.mismatches = store.db.execute(
            "SELECT COUNT(*) FROM checks WHERE status = 'mismatch'").fetchone()[0]
        export_all(store, out)
    finally:
        store.close()
    return report


def export_all(store: Store, out: Path) -> None:
    """Every file of the dataset from the database, so they always agree with it."""
    export.write_csv(out / "documents.csv", export.DOCUMENT_COLUMNS, store.rows("documents", export.DOCUMENT_COLUMNS))
    export.write_csv(out / "facts.csv", export.FACT_COLUMNS,
                     (export.fmt_fact(r) for r in store.rows("facts", export.FACT_COLUMNS)))
    export.write_csv(out / "checks.csv", export.CHECK_COLUMNS, store.rows("checks", export.CHECK_COLUMNS))
    export.write_csv(out / "organizations.csv", export.ORG_COLUMNS, store.rows("organizations", export.ORG_COLUMNS))
    from .workbook import write_workbook

    write_workbook(store, out / "dataset.xlsx")
    from .report import write_report

    write_report(store, out / "report.html")
