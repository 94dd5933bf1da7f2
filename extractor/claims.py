"""Claims: numbers a report states, from its tables and its text."""
from __future__ import annotations


def extract_claims(doc, reads):
    return []
