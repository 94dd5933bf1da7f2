"""The pipeline: read → tables → facts, claims, metadata → checks, per document in a
worker; organizations resolved and everything written by one writer."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from normalizers.municipalities import Municipality
from normalizers.organizations import Registry

from .checks import Check, run_checks
from .claims import extract_claims
from .facts import Fact, extract_tables
from .metadata import Metadata, extract_metadata
from .model import Document, ReadError
from .readers import SUPPORTED_EXT, read_document, sha256_of
from .settings import DEFAULT, Settings


@dataclass
class DocResult:
    source: str
    path: str
    sha256: str
    format: str = ""
    status: str = "ok"
    error: str = ""
    pages: int | None = None
    tables: int = 0
    metadata: Metadata | None = None
    facts: list[Fact] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    # org names the checks name, so the writer can resolve them with the facts' names
    organization_id: str = ""


def extract(doc: Document) -> DocResult:
    """Everything spravki reads from one document (no organization ids yet)."""
    head_kind = _is_plan(doc)
    reads = extract_tables(doc, doc_is_plan=head_kind)
    facts = [f for r in reads for f in r.facts]
    names = {f.org_name for r in reads if r.about_orgs for f in r.facts}
    md = extract_metadata(doc, table_org=next(iter(names)) if len(names) == 1 else "")
    claims = extract_claims(doc, reads)
    checks = run_checks(doc, reads, claims, md)
    if doc.format == "pdf-scanned":
        # Numbers read by OCR are not evidence enough to accuse a report of an error.
        for c in checks:
            if c.status == "mismatch":
                c.status = "unverifiable"
                c.message += " (скан: числа распознаны OCR — сверьте с оригиналом)"
    return DocResult(source=doc.source, path=doc.path, sha256=doc.sha256, format=doc.format,
                     pages=doc.pages, tables=len(doc.tables), metadata=md, facts=facts, checks=checks)


def _is_plan(doc: Document) -> bool:
    from .metadata import detect_kind

    return detect_kind(doc)[0] == "приказ"


def process_file(path: str, source: str, settings: Settings = DEFAULT, sha: str | None = None) -> DocResult:
    """Read and extract one file; a file that cannot be read comes back as failed."""
    p = Path(path)
    try:
        sha = sha or sha256_of(p)
    except OSError as e:
        return DocResult(source=source, path=path, sha256="", status="failed",
                         error=f"файл не открывается: {e.strerror}")
    try:
        doc = read_document(p, source=source, settings=settings, sha256=sha)
    except ReadError as e:
        from .readers.detect import detect_format

        try:
            fmt = detect_format(p)
        except OSError:
            fmt = p.suffix.lstrip(".").lower()
        return DocResult(source=source, path=path, sha256=sha, format=fmt, status="failed", error=str(e))
    try:
        return extract(doc)
    except RecursionError:
        return DocResult(source=source, path=path, sha256=sha, format=doc.format, status="failed",
                         error="ошибка разбора: слишком глубокая вложенность")


def collect_inputs(inputs: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """(path, source) for every supported file under the inputs, sorted; source is the path
    relative to the input argument, with forward slashes (a file given directly: its name)."""
    out: dict[str, tuple[Path, str]] = {}
    for inp in inputs:
        base = Path(inp)
        if base.is_file():
            out[str(base.resolve())] = (base, base.name)
        elif base.is_dir():
            for p in sorted(base.rglob("*")):
                if p.is_file() and p.suffix.lower() in SUPPORTED_EXT and not p.name.startswith("~$"):
                    out[str(p.resolve())] = (p, p.relative_to(base).as_posix())
        else:
            raise FileNotFoundError(str(inp))
    return sorted(out.values(), key=lambda x: x[1])


def run_iter(files: list[tuple[Path, str]] | list[tuple[Path, str, str]], workers: int | None = None,
             settings: Settings = DEFAULT) -> Iterator[DocResult]:
    """Process files in parallel processes; results come back in input order, one at a
    time, so the writer never holds the whole corpus."""
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or len(files) <= 1:
        for item in files:
            yield process_file(str(item[0]), item[1], settings, *item[2:])
        return
    with ProcessPoolExecutor(max_workers=min(workers, len(files))) as pool:
        window = workers * 4  # bounded look-ahead keeps memory flat on large archives
        futures = {}
        for i, item in enumerate(files):
            futures[i] = pool.submit(process_file, str(item[0]), item[1], settings, *item[2:])
            if i >= window:
                yield _result(futures.pop(i - window), files[i - window])
        for i in sorted(futures):
            yield _result(futures[i], files[i])


def _result(fut, item) -> DocResult:
    try:
        return fut.result()
    except Exception as e:  # a worker that died: its document fails, the build goes on
        return DocResult(source=item[1], path=str(item[0]), sha256="", status="failed",
                         error=f"обработчик файла аварийно завершился ({type(e).__name__})")


def run(files: list[tuple[Path, str]], workers: int | None = None, settings: Settings = DEFAULT,
        on_done: Callable[[DocResult], None] | None = None) -> list[DocResult]:
    results = []
    for r in run_iter(files, workers, settings):
        results.append(r)
        if on_done:
            on_done(r)
    return results


def assign_organizations(result: DocResult, registry: Registry) -> None:
    """Give every fact and check its org_id, in the document's municipality."""
    md = result.metadata
    muni = md.municipality if md and md.municipality else Municipality("", "unknown", "other")
    for f in result.facts:
        f.org_id = registry.resolve(f.org_name, muni.name, muni.slug).org_id
    if md and md.organization_name:
        result.organization_id = registry.resolve(md.organization_name, muni.name, muni.slug).org_id
