"""spravki: Russian mentorship-programme reports into one checked dataset.

Library calls the CLI wraps: `read_document(path)`, `extract(document)`, `build(inputs, out)`.
They are imported on first use, so `spravki --help` and a usage error answer at once instead of
loading pandas and the language models first.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__all__ = ["build", "extract", "read_document", "Document", "ReadError"]
_WHERE = {"build": ".builder", "extract": ".pipeline", "read_document": ".readers",
          "Document": ".model", "ReadError": ".model"}

if TYPE_CHECKING:  # pragma: no cover
    from .builder import build
    from .model import Document, ReadError
    from .pipeline import extract
    from .readers import read_document


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(import_module(_WHERE[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
