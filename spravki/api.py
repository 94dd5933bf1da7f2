"""`build` and `load`: the analyst's way in, over extractor/ (reading) and its outputs."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from extractor.builder import BuildReport
from extractor.frames import TABLES, read_frame
from extractor.settings import DEFAULT


@dataclass
class Dataset:
    """The tables of a built dataset, one DataFrame each (see SPEC for the columns).

    `history` has one row per (municipality, org_id, indicator, form) and one float column per
    reporting date (ISO text as the column name)."""

    documents: pd.DataFrame
    facts: pd.DataFrame
    indicators: pd.DataFrame
    checks: pd.DataFrame
    organizations: pd.DataFrame
    history: pd.DataFrame

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in TABLES:
            raise KeyError(name)
        return getattr(self, name)

    def __iter__(self) -> Iterator[str]:
        return iter(TABLES)

    def items(self) -> Iterable[tuple[str, pd.DataFrame]]:
        return ((name, getattr(self, name)) for name in TABLES)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}: {len(getattr(self, name))}" for name in TABLES)
        return f"Dataset({sizes})"


def load(out: str | Path = "outputs") -> Dataset:
    """The dataset built into `out` as pandas DataFrames with real dtypes.

    documents, facts, indicators, checks, organizations, history — the same rows and values as
    the CSV files of the same names. Dates (`as_of`, `doc_date`) are datetime64, `value` is
    float64 (NaN where the cell says there is nothing to count), table/row/col/page/pages are
    nullable Int64, codes (indicator, form, unit, status, kind, format, …) are categories,
    `organizations.aliases` holds Python lists, text columns are pandas strings.

    >>> ds = spravki.load("outputs")            # doctest: +SKIP
    >>> ds.facts[ds.facts.indicator == "mentors"].groupby("municipality", observed=True)["value"].sum()
    """
    out = Path(out)
    if not (out / "documents.csv").is_file():
        raise FileNotFoundError(f"в {out} нет собранного набора данных (documents.csv): сначала spravki.build")
    frames = {}
    for table in TABLES:
        path = out / f"{table}.csv"
        if not path.is_file():
            frames[table] = pd.DataFrame()
            continue
        frames[table] = read_frame(path, table)
    return Dataset(**frames)


def build(paths: str | Path | Iterable[str | Path], out: str | Path = "outputs", *, workers: int | None = None,
          force: bool = False, prune: bool = False, aliases: str | Path | None = None,
          headers: str | Path | None = None, corrections: str | Path | None = None,
          reviews: str | Path | None = None, timeout: float | None = None, ocr: bool = True) -> BuildReport:
    """Read every supported file under `paths` (files or folders, recursively) and write the
    dataset to `out` — the same as `spravki build PATHS -o OUT` with the same options.

    Files unchanged since the last build into `out` are not read again (`force=True` reads
    everything). `aliases`, `headers`, `corrections`, `reviews`: the archivist's CSV files
    (by default the files of those names at the top of an input folder). `prune=True` forgets
    documents whose files are gone. `workers`: processes (default: all cores).

    Returns a BuildReport: `.failed` lists (source, reason) of files that could not be read,
    `.problems` the lines of user files that changed nothing. Load the result with `load(out)`.
    Safe to call from a script or a notebook without an ``if __name__ == "__main__"`` guard.
    """
    from extractor.builder import build as run_build

    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    for p in paths:
        if not p.exists():
            raise FileNotFoundError(f"нет такого файла или папки: {p}")
    settings = DEFAULT if timeout is None else replace(DEFAULT, timeout_s=timeout)
    settings = replace(settings, ocr=ocr)
    return run_build(paths, out, workers=workers, settings=settings, aliases=aliases, force=force,
                     headers=headers, corrections=corrections, reviews=reviews, prune=prune)


__all__ = ["build", "load", "Dataset", "TABLES"]
