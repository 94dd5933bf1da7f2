"""The pipeline: read → tables → facts, claims, metadata → checks, per document in a
worker; organizations resolved and everything written by one writer."""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from normalizers.municipalities import Municipality
from normalizers.organizations import Registry

from .checks import Check, run_checks
from .claims import extract_claims
from .facts import Fact, column_readings, extract_tables
from .identity import fingerprint
from .metadata import Metadata, detect_kind, detect_organization, extract_metadata
from .model import Document, ReadError, ToolMissing
from .readers import SUPPORTED_EXT, read_document, sha256_of
from .relines import relined
from .settings import DEFAULT, Settings
from .timer import document_limit


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
    columns: list[dict] = field(default_factory=list)  # how each value column's heading was read
    fingerprint: dict | None = None  # content sketches that tell renditions of one report (identity.py)
    notes: list[str] = field(default_factory=list)  # lines of user files that did not apply to this file
    retry: bool = False  # failed for a reason a later build may not meet (a tool missing, a worker crash)


def extract(doc: Document, settings: Settings = DEFAULT) -> DocResult:
    """Everything spravki reads from one document (no organization ids yet)."""
    head = relined(doc)  # the title block as lines, also where a web page flattened it
    kind_title = detect_kind(head)  # once: it decides plans (приказ) and is the metadata's kind
    doc_org = detect_organization(head)
    reads = extract_tables(doc, doc_is_plan=kind_title[0] == "приказ", user_headers=settings.headers,
                           doc_org=doc_org, title=kind_title[1])
    facts = [f for r in reads for f in r.facts]
    names = {f.org_name for r in reads if r.about_orgs for f in r.facts}
    md = extract_metadata(head, table_org=next(iter(names)) if len(names) == 1 else "", kind_title=kind_title,
                          org_name=doc_org)
    claims = extract_claims(doc, reads, md.references,
                            plan_doc=kind_title[0] in ("приказ", "распоряжение", "постановление"))
    checks = run_checks(doc, reads, claims, md)
    if doc.format == "pdf-scanned":
        # Numbers read by OCR are not evidence enough to accuse a report of an error.
        for c in checks:
            if c.status == "mismatch":
                c.status = "unverifiable"
                c.message += " (скан: числа распознаны OCR — сверьте с оригиналом)"
    return DocResult(source=doc.source, path=doc.path, sha256=doc.sha256, format=doc.format,
                     pages=doc.pages, tables=len(doc.tables), metadata=md, facts=facts, checks=checks,
                     columns=column_readings(reads), fingerprint=fingerprint(doc))


def apply_corrections(doc: Document, corrections) -> tuple[dict[tuple[int, int, int], str], list[str]]:
    """The archivist's right values written into the cells before anything reads them, so
    facts and checks both use them. Returns (table, row, col) → the text as printed, and the
    lines that name no cell of this document."""
    tables = doc.tables
    original: dict[tuple[int, int, int], str] = {}
    stale: list[str] = []
    for line, _sha, t, r, c, value, _comment in corrections:
        if t <= len(tables) and r <= tables[t - 1].n_rows and c <= len(tables[t - 1].rows[r - 1]):
            cell = tables[t - 1].rows[r - 1][c - 1]
            if cell.owner is not None:
                cell = tables[t - 1].rows[cell.owner[0]][cell.owner[1]]
            original.setdefault((t, r, c), cell.text)
            cell.text = value
        else:
            stale.append(f"corrections.csv, строка {line}: в файле {doc.source} нет ячейки "
                         f"table {t}, row {r}, col {c}")
    return original, stale


def process_file(path: str, source: str, settings: Settings = DEFAULT, sha: str | None = None) -> DocResult:
    """Read and extract one file within the time limit; a file that cannot be read, or that
    takes too long, comes back as failed with its reason."""
    timed_out = DocResult(source=source, path=path, sha256=sha or "", status="failed",
                          error=f"превышено время обработки ({settings.timeout_s:g} с)")
    clocks = []
    try:
        with document_limit(settings.timeout_s) as clock:
            clocks.append(clock)
            result = _process_file(path, source, settings, sha)
    except KeyboardInterrupt:
        if clocks and clocks[0] is not None and clocks[0].fired:
            return timed_out
        raise  # a real Ctrl-C
    if clocks[0] is not None and clocks[0].fired:
        try:  # the interrupt may still be on its way: take it here, not in the caller
            time.sleep(0.05)
        except KeyboardInterrupt:
            pass
        return timed_out  # remembered: a library that swallowed the interrupt cannot hide it
    return result


def _process_file(path: str, source: str, settings: Settings, sha: str | None) -> DocResult:
    p = Path(path)
    try:
        sha = sha or sha256_of(p)
    except OSError as e:
        return DocResult(source=source, path=path, sha256="", status="failed",
                         error=f"файл не открывается: {e.strerror or e}")
    try:
        doc = read_document(p, source=source, settings=settings, sha256=sha)
    except ReadError as e:
        from .readers.detect import detect_format

        try:
            fmt = detect_format(p)
        except OSError:
            fmt = p.suffix.lstrip(".").lower()
        return DocResult(source=source, path=path, sha256=sha, format=fmt, status="failed", error=str(e),
                         retry=isinstance(e, ToolMissing))
    original, stale = apply_corrections(doc, [c for c in settings.corrections if c[1] == sha])
    try:
        result = extract(doc, settings)
        for f in result.facts:
            if (f.table, f.row, f.col) in original:
                f.raw, f.corrected = original[(f.table, f.row, f.col)], True
        result.notes = stale
        return result
    except RecursionError:
        return DocResult(source=source, path=path, sha256=sha, format=doc.format, status="failed",
                         error="ошибка разбора: слишком глубокая вложенность")
    except Exception as e:  # noqa: BLE001 — a fault of ours in one document must not stop the archive
        import traceback

        where = traceback.extract_tb(e.__traceback__)[-1]
        return DocResult(source=source, path=path, sha256=sha, format=doc.format, status="failed",
                         error=f"внутренняя ошибка разбора ({type(e).__name__} в {Path(where.filename).name}:"
                               f"{where.lineno}); сообщите разработчикам")


def display_name(part: str) -> str:
    """A file name as people read it. A name copied from an old Windows share is not UTF-8
    (Python keeps its bytes as surrogates): it is decoded as cp1251 or cp866, whichever gives
    more Cyrillic letters; bytes neither explains are shown as \\xNN."""
    try:
        part.encode("utf-8")
        return part
    except UnicodeEncodeError:
        pass
    raw = os.fsencode(part)
    best, best_score = raw.decode("utf-8", "backslashreplace"), -1
    for enc in ("cp1251", "cp866", "koi8_r"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        score = sum("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in text)
        if score > best_score:
            best, best_score = text, score
    return best


def _source_of(rel_parts: tuple[str, ...]) -> str:
    return "/".join(display_name(p) for p in rel_parts)


def collect_inputs(inputs: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """(path, source) for every supported file under the inputs, sorted; source is the path
    relative to the input argument, with forward slashes (a file given directly: its name).
    Two files that would get the same source (`a/report.txt` and `b/report.txt` given as
    inputs `a` and `b`) are told apart by their input folder's name in front."""
    from .readers.archive import is_zip, members

    found: dict[str, tuple[Path, tuple[str, ...], Path]] = {}  # resolved path → (path, relative parts, input)

    def add(p: Path, parts: tuple[str, ...], base: Path) -> None:
        if is_zip(p):  # each supported file inside is an input: archive.zip/inner/path
            for name in members(p, SUPPORTED_EXT):
                inner = tuple(name.split("/"))
                found.setdefault(str(p.resolve().joinpath(*inner)), (p.joinpath(*inner), parts + inner, base))
        else:
            found.setdefault(str(p.resolve()), (p, parts, base))

    for inp in inputs:
        base = Path(inp)
        if base.is_file():
            add(base, (base.name,), base.parent)
        elif base.is_dir():
            for p in sorted(base.rglob("*")):
                if p.is_file() and (p.suffix.lower() in SUPPORTED_EXT or p.suffix.lower() == ".zip") \
                        and not p.name.startswith("~$"):
                    add(p, p.relative_to(base).parts, base)
        else:
            raise FileNotFoundError(str(inp))
    by_source: dict[str, list[tuple[Path, tuple[str, ...], Path]]] = {}
    for item in found.values():
        by_source.setdefault(_source_of(item[1]), []).append(item)
    out: list[tuple[Path, str]] = []
    for source, items in by_source.items():
        if len(items) == 1:
            out.append((items[0][0], source))
            continue
        for path, parts, base in items:
            # the input folder's name, then as many of its parents as it takes to differ
            prefix = base.resolve().parts
            for k in range(1, len(prefix) + 1):
                cand = _source_of(prefix[-k:] + parts)
                if sum(_source_of(b.resolve().parts[-k:] + q) == cand for _, q, b in items) == 1:
                    break
            out.append((path, cand))
    return sorted(out, key=lambda x: x[1])


WORKER_BUDGET_MB = 1024  # what one worker may need on the largest documents we accept


def default_workers() -> int:
    """All cores, but no more workers than the available memory holds at WORKER_BUDGET_MB each
    (an office PC with 8 cores and 4 GB free gets 3, not 8). Where the memory cannot be read
    (not Linux), the cores decide."""
    cores = os.cpu_count() or 1
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            info = dict(line.split(":", 1) for line in f if ":" in line)
        free_mb = int(info["MemAvailable"].split()[0]) // 1024
    except (OSError, KeyError, ValueError):
        return cores
    return max(1, min(cores, (free_mb - 512) // WORKER_BUDGET_MB))


def run_iter(files: list[tuple[Path, str]] | list[tuple[Path, str, str]], workers: int | None = None,
             settings: Settings = DEFAULT, func: Callable[..., DocResult] | None = None) -> Iterator[DocResult]:
    """Process files in parallel processes; results come back in input order, one at a
    time, so the writer never holds the whole corpus. `func` replaces process_file (tests)."""
    process_file = func or globals()["process_file"]
    workers = workers or default_workers()
    if workers <= 1 or len(files) <= 1:
        for item in files:
            yield process_file(str(item[0]), item[1], settings, *item[2:])
        return
    with _unguarded_main():
        yield from _run_pool(files, workers, settings, process_file)


def _run_pool(files, workers: int, settings: Settings, process_file) -> Iterator[DocResult]:
    n = min(workers, len(files))
    window = workers * 4  # bounded look-ahead keeps memory flat on large archives
    pool = _pool(n)
    futures: dict[int, object] = {}
    next_submit = 0
    try:
        for i in range(len(files)):
            while next_submit < len(files) and next_submit <= i + window:
                item = files[next_submit]
                futures[next_submit] = pool.submit(process_file, str(item[0]), item[1], settings, *item[2:])
                next_submit += 1
            while True:
                try:
                    result = futures.pop(i).result()
                    break
                except BrokenProcessPool:
                    # A worker died (a native crash, the OOM killer) and took the pool with it.
                    # This document is tried once more alone, so that only the one that
                    # kills its process fails; the rest go to a new pool.
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = _pool(n)
                    result = _alone(process_file, files[i], settings)
                    for j in list(futures):
                        futures[j] = pool.submit(process_file, str(files[j][0]), files[j][1], settings,
                                                 *files[j][2:])
                    break
                except Exception as e:  # anything else from a worker fails its document only
                    item = files[i]
                    result = DocResult(source=item[1], path=str(item[0]), sha256="", status="failed",
                                       error=f"ошибка обработки ({type(e).__name__})", retry=True)
                    break
            yield result
    except (KeyboardInterrupt, GeneratorExit):
        # interrupted (Ctrl-C, SIGTERM) or abandoned: the documents in flight are not waited
        # for — their workers are stopped, what was stored stays stored
        for proc in list(getattr(pool, "_processes", {}).values()):
            proc.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# Workers are replaced after this many documents, so that memory a parser leaves behind
# (fragmented heaps after large page images) cannot pile up over a long archive.
TASKS_PER_WORKER = 200


def _context():
    """Workers are spawned on every system (a worker replaced after TASKS_PER_WORKER
    documents cannot be forked), so the same code runs on Linux, macOS and Windows;
    `_unguarded_main` keeps spawned workers from running the caller's script again."""
    import multiprocessing as mp

    return mp.get_context(os.environ.get("SPRAVKI_START_METHOD") or "spawn")


@contextmanager
def _unguarded_main():
    """While spawned workers start, the caller's main module is hidden from them, so that a
    script without an `if __name__ == "__main__"` guard is not run again in every worker
    (the workers need only extractor's own modules)."""
    main = sys.modules.get("__main__")
    if main is None or _context().get_start_method() == "fork":
        yield
        return
    saved = {k: main.__dict__[k] for k in ("__file__", "__spec__") if k in main.__dict__}
    main.__dict__.pop("__file__", None)
    main.__spec__ = None
    try:
        yield
    finally:
        main.__dict__.update(saved)


def _pool(n: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=n, max_tasks_per_child=TASKS_PER_WORKER, mp_context=_context(),
                               initializer=_watch_parent, initargs=(os.getpid(),))


def _watch_parent(parent: int) -> None:
    """A worker whose build was killed (SIGKILL, a crash) is left without a parent: it ends itself
    instead of idling on (a thread looks every two seconds)."""
    import threading
    import time

    def watch() -> None:
        while True:
            time.sleep(2)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _alone(func, item, settings: Settings) -> DocResult:
    with ProcessPoolExecutor(max_workers=1, mp_context=_context()) as solo:
        try:
            return solo.submit(func, str(item[0]), item[1], settings, *item[2:]).result()
        except BrokenProcessPool:
            return DocResult(source=item[1], path=str(item[0]), sha256=item[2] if len(item) > 2 else "",
                             status="failed", retry=True,
                             error="обработчик файла аварийно завершился (сбой библиотеки или нехватка памяти)")


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
    # names in one table (all its parts, when it is split over Word tables or pages) are different
    # organizations: none may take an id another took there
    ids: dict[int, dict[str, str]] = {}
    taken: dict[int, set[str]] = {}
    for f in result.facts:
        whole = f.part_of or f.table
        in_table = ids.setdefault(whole, {})
        if f.org_name not in in_table:
            used = taken.setdefault(whole, set())
            in_table[f.org_name] = registry.resolve(f.org_name, muni.name, muni.slug,
                                                    exclude=frozenset(used)).org_id
            used.add(in_table[f.org_name])
        f.org_id = in_table[f.org_name]
    if md and md.organization_name:
        result.organization_id = registry.resolve(md.organization_name, muni.name, muni.slug).org_id
