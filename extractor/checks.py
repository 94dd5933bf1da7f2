"""Checks: each claim recomputed from the document's own tables."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Check:
    check: str
    indicator: str
    subject: str
    stated: str
    computed: str
    status: str
    message: str
    location: str


def run_checks(doc, reads, claims, md):
    return []
