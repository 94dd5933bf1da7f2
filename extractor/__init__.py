"""spravki: Russian mentorship-programme reports into one checked dataset.

Library calls the CLI wraps: `read_document(path)`, `extract(document)`, `build(inputs, out)`.
"""
from .build import build
from .model import Document, ReadError
from .pipeline import extract
from .readers import read_document

__all__ = ["build", "extract", "read_document", "Document", "ReadError"]
