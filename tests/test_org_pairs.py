"""A table of spelling pairs (tests/data/org_pairs.csv): same organization or not, drawn from
how schools of several regions are written. One matcher decides them all."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from normalizers.organizations import parse_org, same_org

PAIRS = list(csv.DictReader(open(Path(__file__).parent / "data" / "org_pairs.csv", encoding="utf-8")))


def test_the_table_is_large_and_balanced():
    assert len(PAIRS) >= 100
    assert 30 <= sum(p["same"] == "0" for p in PAIRS) <= 70


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{p['a'][:25]}|{p['b'][:25]}" for p in PAIRS])
def test_pair(pair):
    a, b = parse_org(pair["a"]), parse_org(pair["b"])
    assert same_org(a, b) == (pair["same"] == "1"), pair["why"]
    assert same_org(b, a) == (pair["same"] == "1"), "symmetric"
