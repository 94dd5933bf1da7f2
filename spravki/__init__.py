"""spravki — Russian reports on the school mentorship programme into one checked dataset.

Two calls for scripts and notebooks::

    import spravki
    spravki.build(["corpora/"], "outputs/")      # read, recompute, write the dataset
    ds = spravki.load("outputs/")                # the dataset as typed pandas DataFrames
    ds.facts.groupby("indicator")["value"].sum()
    ds.history                                   # organizations × reporting dates

`build` takes the same options as `spravki build` on the command line and is safe to call
without an ``if __name__ == "__main__":`` guard. `load` reads the CSV files of a built dataset
with real dtypes: dates as datetime64, values as floats, locations as nullable integers, codes
as categories, `aliases` as lists.
"""
from __future__ import annotations

from .api import Dataset, build, load

__all__ = ["build", "load", "Dataset", "__version__"]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("spravki")
    except PackageNotFoundError:  # pragma: no cover - a source tree that was not installed
        return "0+unknown"


__version__ = _version()
