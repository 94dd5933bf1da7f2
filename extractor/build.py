"""`build`: the library call behind `spravki build`."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from normalizers.organizations import Registry

from . import export
from .pipeline import DocResult, assign_organizations, collect_inputs, run
from .settings import DEFAULT, Settings


@dataclass
class BuildReport:
    out: Path
    results: list[DocResult]
    registry: Registry

    @property
    def failed(self) -> list[DocResult]:
        return [r for r in self.results if r.status != "ok"]

    @property
    def mismatches(self) -> int:
        return sum(c.status == "mismatch" for r in self.results for c in r.checks)


def load_aliases(path: Path, registry: Registry) -> int:
    """An archivist's fixes: CSV with columns municipality, alias, org_id. Each alias is
    given that id on this build, whatever the matching rules say."""
    import csv

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
          on_done: Callable[[DocResult], None] | None = None, aliases: str | Path | None = None) -> BuildReport:
    inputs = [Path(i) for i in inputs]
    files = collect_inputs(inputs)
    if on_start:
        on_start(len(files))
    results = run(files, workers=workers, settings=settings, on_done=on_done)
    registry = Registry()
    aliases = Path(aliases) if aliases else find_aliases(inputs)
    if aliases:
        load_aliases(aliases, registry)
    for r in results:
        if r.status == "ok":
            assign_organizations(r, registry)
    out = Path(out)
    export.write_csv(out / "documents.csv", export.DOCUMENT_COLUMNS, (export.document_row(r) for r in results))
    export.write_csv(out / "facts.csv", export.FACT_COLUMNS, (row for r in results for row in export.fact_rows(r)))
    export.write_csv(out / "checks.csv", export.CHECK_COLUMNS,
                     (row for r in results for row in export.check_rows(r)))
    orgs = sorted(registry.all(), key=lambda o: o.org_id)
    export.write_csv(out / "organizations.csv", export.ORG_COLUMNS, (export.org_row(o) for o in orgs))
    return BuildReport(out=out, results=results, registry=registry)
