"""`build`: the library call behind `spravki build` — read what is new or changed into
outputs.sqlite, then export the CSV files, the workbook and the report from it."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from normalizers.organizations import Registry

from . import export
from .dataset import refresh
from .pipeline import DocResult, assign_organizations, collect_inputs, run_iter
from .readers import sha256_of
from .readers.archive import exists as input_exists
from .settings import DEFAULT, Settings
from .store import Store
from .userfiles import find_user_file, load_corrections, load_headers, load_reviews, read_user_csv


@dataclass
class BuildReport:
    out: Path
    results: list[DocResult]  # documents read in this build
    registry: Registry
    skipped: int = 0  # unchanged documents not read again
    new_facts: int = 0  # facts of the documents read in this build
    failed_sources: list[tuple[str, str]] = field(default_factory=list)  # (source, error) of every input
    mismatches: int = 0
    problems: list[str] = field(default_factory=list)  # lines of the user files that changed nothing
    missing: list[str] = field(default_factory=list)  # stored documents whose files are gone

    @property
    def failed(self) -> list[tuple[str, str]]:
        return self.failed_sources


def load_aliases(path: Path, registry: Registry, problems: list[str] | None = None) -> int:
    """An archivist's fixes: CSV with columns municipality, alias, org_id. Each alias is
    given that id on this build, whatever the matching rules say."""
    n = 0
    known = set(registry.ids)  # organizations of earlier builds into this dataset
    for line, row in read_user_csv(path, ("alias", "org_id")):
        if row.get("alias") and row.get("org_id"):
            if known and row["org_id"] not in known:  # a typo would make an organization of its own
                if problems is not None:
                    problems.append(f"{Path(path).name}, строка {line}: org_id {row['org_id']} нет в наборе — "
                                    "строка не применена (проверьте написание; список — organizations.csv)")
                continue
            registry.add_override(row.get("municipality", ""), row["alias"], row["org_id"])
            n += 1
        elif problems is not None:
            problems.append(f"{Path(path).name}, строка {line}: нужны и alias, и org_id")
    return n


def find_aliases(inputs: list[Path]) -> Path | None:
    """`aliases.csv` at the top of an input folder (e.g. corpora/aliases.csv)."""
    return find_user_file(inputs, "aliases.csv")


def reading_fingerprint(settings: Settings) -> str:
    import hashlib
    from importlib.metadata import PackageNotFoundError, version

    try:
        v = version("spravki")
    except PackageNotFoundError:  # pragma: no cover - run from a source tree
        v = "dev"
    return hashlib.sha256(repr((v, settings.headers)).encode()).hexdigest()[:16]


def build(inputs: Iterable[str | Path], out: str | Path = "outputs", workers: int | None = None,
          settings: Settings = DEFAULT, on_start: Callable[[int], None] | None = None,
          on_done: Callable[[DocResult | None], None] | None = None, aliases: str | Path | None = None,
          force: bool = False, headers: str | Path | None = None, corrections: str | Path | None = None,
          reviews: str | Path | None = None, prune: bool = False) -> BuildReport:
    """Read what is new or changed under `inputs` into `out`, then export the dataset.

    `aliases`, `headers`, `corrections`, `reviews`: the archivist's files (default: the files
    of those names at the top of an input folder), read on every build. `prune`: forget the
    documents whose files are gone (otherwise they stay listed as `missing`)."""
    inputs = [Path(i) for i in inputs]
    files = collect_inputs(inputs)
    out = Path(out)
    problems: list[str] = []
    headers = Path(headers) if headers else find_user_file(inputs, "headers.csv")
    if headers:
        entries, found = load_headers(headers)
        problems += found
        settings = replace(settings, headers=entries)
    corrections = Path(corrections) if corrections else find_user_file(inputs, "corrections.csv")
    if corrections:
        entries, found = load_corrections(corrections)
        problems += found
        settings = replace(settings, corrections=entries)
    reviews = Path(reviews) if reviews else find_user_file(inputs, "reviews.csv")
    verdicts: dict = {}
    if reviews:
        verdicts, found = load_reviews(reviews)
        problems += found
    store = Store(out / "outputs.sqlite")
    try:
        registry = store.registry()
        aliases = Path(aliases) if aliases else find_aliases(inputs)
        if aliases:
            load_aliases(aliases, registry, problems)
        # what decides a reading besides the file itself: the project's version and the
        # archivist's headers.csv; when either changed, every file is read again
        reading = reading_fingerprint(settings)
        if store.meta("reading") != reading:
            force = True
        known = store.known()
        todo, skipped, extra, shas = [], 0, {}, set()
        for path, source in files:
            try:
                sha = sha256_of(path)
            except OSError:
                sha = None
            shas.add(sha)
            key = corrections_key(settings, sha)
            extra[source] = {"file": os.fsencode(Path(path).resolve()).hex(), "corrections": key}
            stored = known.get(source)
            if (not force and sha is not None and stored and stored[0] == sha and stored[3] == key
                    and stored[1] != "missing" and not _retry(stored)):
                skipped += 1
                continue
            todo.append((path, source, sha))
        problems += [f"{corrections.name}, строка {c[0]}: файла с sha256 {c[1][:12]}… нет среди входных"
                     for c in settings.corrections if c[1] not in shas and c[1] not in
                     {v[0] for v in known.values()}] if corrections else []
        if on_start:
            on_start(len(files))
        if on_done:
            for _ in range(skipped):
                on_done(None)
        results, new_facts = [], 0
        for result in run_iter(todo, workers=workers, settings=settings):
            if result.status == "ok":
                assign_organizations(result, registry)
            store.save(result, registry, extra.get(result.source))
            problems += result.notes
            # keep only what the caller needs: the facts and checks are in the database, and
            # holding them here would grow memory with the size of the archive
            results.append(DocResult(source=result.source, path=result.path, sha256=result.sha256,
                                     format=result.format, status=result.status, error=result.error,
                                     tables=result.tables))
            new_facts += len(result.facts)
            if on_done:
                on_done(result)
        report = BuildReport(out=out, results=results, registry=registry, skipped=skipped, new_facts=new_facts,
                             problems=problems)
        report.missing = mark_missing(store, {s for _, s in files}, prune)
        problems += refresh(store.db, verdicts, reviews.name if reviews else "reviews.csv")
        sources = {s for _, s in files}
        for row in store.rows("documents", ["source", "status", "error"]):
            if row["source"] in sources and row["status"] == "failed":
                report.failed_sources.append((row["source"], row["error"]))
        report.mismatches = store.db.execute(
            "SELECT COUNT(*) FROM checks c JOIN documents d ON d.source = c.source "
            "WHERE c.status = 'mismatch' AND d.status = 'ok' AND IFNULL(c.review, '') != 'dismissed'").fetchone()[0]
        store.set_meta("reading", reading)
        export_all(store, out)
    finally:
        store.close()
    return report


def corrections_key(settings: Settings, sha: str | None) -> str:
    """What the archivist's corrections of one file are: when it changes, the file is read again."""
    import hashlib

    mine = sorted(c[1:6] for c in settings.corrections if c[1] == sha)
    return hashlib.sha256(repr(mine).encode()).hexdigest()[:16] if mine else ""


def _retry(stored: tuple[str, str, int, str]) -> bool:
    """A failure that a later build may not repeat: a tool installed since, a worker that crashed."""
    return stored[1] == "failed" and bool(stored[2])


def mark_missing(store: Store, sources: set[str], prune: bool) -> list[str]:
    """Documents stored by earlier builds whose file is gone (removed, renamed): `missing`, left
    out of the dataset; with `prune`, forgotten. A file still on disk that this build was not
    given stays as it was: an archive is built folder by folder."""
    gone = []
    for source, file in store.db.execute("SELECT source, file FROM documents WHERE source IS NOT NULL").fetchall():
        if source in sources:
            continue
        if file:
            try:
                exists = input_exists(Path(os.fsdecode(bytes.fromhex(file))))
            except ValueError:
                exists = True
        else:
            exists = True  # stored by a version that did not keep the path: nothing to tell
        if not exists:
            gone.append(source)
    with store.db:
        for source in gone:
            if prune:
                store.db.execute("DELETE FROM documents WHERE source = ?", (source,))
            else:
                store.db.execute("UPDATE documents SET status = 'missing', error = ? WHERE source = ?",
                                 ("файла больше нет среди входных (удалён или переименован)", source))
    return gone


def export_all(store: Store, out: Path) -> None:
    """Every file of the dataset from the database, so they always agree with it. Facts and
    checks of documents whose files are gone are left out."""
    export.write_csv(out / "documents.csv", export.DOCUMENT_COLUMNS, store.rows("documents", export.DOCUMENT_COLUMNS))
    export.write_csv(out / "facts.csv", export.FACT_COLUMNS, (export.fmt_fact(r) for r in store.live("facts")))
    export.write_csv(out / "indicators.csv", export.INDICATOR_COLUMNS,
                     (export.fmt_fact(r) for r in store.rows("indicators", export.INDICATOR_COLUMNS)))
    hist_cols = store.columns_of("history")
    export.write_csv(out / "history.csv", hist_cols,
                     ({k: export.fmt(v) if k not in export.HISTORY_KEYS and v != "" else v for k, v in r.items()}
                      for r in store.rows("history", hist_cols)))
    export.write_csv(out / "checks.csv", export.CHECK_COLUMNS, store.live("checks"))
    export.write_csv(out / "organizations.csv", export.ORG_COLUMNS, store.rows("organizations", export.ORG_COLUMNS))
    from .workbook import write_workbook

    write_workbook(store, out / "dataset.xlsx")
    from .report import write_report

    write_report(store, out / "report.html")
    from .frames import write_parquet

    write_parquet(out)
