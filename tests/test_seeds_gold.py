"""The seeds against their hand-checked answers (tests/gold/seeds), in every format."""
from __future__ import annotations

from collections import Counter

import pytest

from .conftest import DOCS, FORMATS, GOLD, read_csv


def _stem(source: str) -> str:
    return source.rsplit("/", 1)[-1].rsplit(".", 1)[0]


@pytest.mark.parametrize("fmt", FORMATS)
def test_facts_equal_gold_in_each_format(seeds_out, score, fmt):
    gold = Counter(score.key_fact(r["doc"], r) for r in read_csv(GOLD / "facts.csv"))
    got = Counter(score.key_fact(_stem(r["source"]), r) for r in read_csv(seeds_out / "facts.csv")
                  if r["source"].endswith("." + fmt))
    assert got - gold == Counter(), "facts not in gold"
    assert gold - got == Counter(), "gold facts missing"
    assert sum(got.values()) == 462


def test_facts_carry_provenance(seeds_out):
    rows = read_csv(seeds_out / "facts.csv")
    row = next(r for r in rows if r["source"] == "dzerzhinsk_spravka_2020.docx"
               and r["org_name"] == "МБОУ «Средняя школа № 1»" and r["indicator"] == "young_teacher_mentee_share_pct")
    assert (row["value"], row["raw"], row["table"], row["row"], row["col"]) == ("", "Нет молодых специалистов", "6", "2", "3")
    assert row["municipality"] == "городской округ город Дзержинск" and row["as_of"] == "2020-12-18"
    row = next(r for r in rows if r["source"] == "dzerzhinsk_spravka_2020.txt" and r["org_name"] == "МБОУ СШ № 2"
               and r["indicator"] == "mentees" and r["form"] == "работодатель-ученик")
    assert (row["value"], row["table"], row["row"], row["col"], row["unit"]) == ("3", "1", "4", "4", "persons")
    variant = [r for r in rows if r["source"] == "egorlyk_sosh1_spravka_2020.pdf" and r["variant"]]
    assert [(r["form"], r["variant"], r["value"]) for r in variant][:2] == [
        ("ученик-ученик", "успевающий - неуспевающий", "20"), ("ученик-ученик", "лидер - пассивный", "20")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_gold_check_reproduced(seeds_out, score, fmt):
    gold = read_csv(GOLD / "checks.csv")
    rows = [r for r in read_csv(seeds_out / "checks.csv") if r["source"].endswith("." + fmt)]

    def found(g):
        for r in rows:
            if _stem(r["source"]) == g["doc"] and r["check"] == g["check"] and r["status"] == g["status"]:
                sv, gv = score.num(r["stated"]), score.num(g["stated"])
                if gv is None or (sv is not None and abs(sv - gv) < 0.051):
                    return True
        return False

    missing = [f"{g['doc']}:{g['check']}:{g['subject']}" for g in gold if not found(g)]
    assert missing == []


def test_no_false_alarms(seeds_out, score):
    result = {}
    import contextlib
    import io
    import sys

    buf = io.StringIO()
    argv = sys.argv
    sys.argv = ["score.py", str(GOLD), str(seeds_out), "--json"]
    try:
        with contextlib.redirect_stdout(buf):
            score.main()
    finally:
        sys.argv = argv
    import json

    result = json.loads(buf.getvalue())
    assert result["false_alarms"] == 0, result["false_alarm_examples"]
    assert result["mismatch_recall"] == 1.0
    assert result["org_pairs_precision"] == 1.0 and result["org_pairs_recall"] == 1.0
    assert result["metadata_accuracy"] == 1.0, result["metadata_wrong"]


def test_mismatch_messages_name_the_numbers(seeds_out):
    rows = [r for r in read_csv(seeds_out / "checks.csv") if r["source"] == "dzerzhinsk_spravka_2020.docx"
            and r["status"] == "mismatch"]
    by_kind = Counter(r["check"] for r in rows)
    assert by_kind == Counter({"mean": 3, "cross_table": 2, "membership": 1, "reference": 1})
    uu = next(r for r in rows if r["check"] == "membership")
    assert uu["computed"] == "'+23;+40"  # a text starting with «+» is escaped in CSV (SPEC, OWASP)
    assert "нет ОО №23, ОО №40" in uu["message"] and uu["location"] == "table 2, row 4"
    ref = next(r for r in rows if r["check"] == "reference")
    assert ref["stated"] == "15" and ref["message"].startswith("№15 из")
    mean60 = next(r for r in rows if r["check"] == "mean" and r["stated"] == "60")
    assert mean60["computed"] == "62.05" and mean60["location"] == "table 6, row 43"


def test_documents_metadata(seeds_out):
    docs = {r["source"]: r for r in read_csv(seeds_out / "documents.csv")}
    assert len(docs) == 15 and all(r["status"] == "ok" for r in docs.values())
    p = docs["novoshakhtinsk_prikaz_632_2020.pdf"]
    assert (p["kind"], p["doc_date"], p["doc_number"], p["as_of"]) == ("приказ", "2020-08-28", "632", "")
    e = docs["egorlyk_sosh1_spravka_2020.txt"]
    assert (e["municipality"], e["organization"], e["as_of"]) == ("Егорлыкский район", "egorlyk/school-1", "2020-12-31")
    assert docs["dzerzhinsk_spravka_2020.docx"]["tables"] == "8"
    assert docs["salsk_spravka_2021.docx"]["title"].startswith("Аналитическая справка по итогам проведения мониторинга")


def test_organizations_one_id_per_school(seeds_out):
    orgs = read_csv(seeds_out / "organizations.csv")
    ids = {o["org_id"] for o in orgs}
    assert "dzerzhinsk/school-22" in ids and "egorlyk/school-1" in ids and "novocherkassk/lyceum-7" in ids
    s22 = next(o for o in orgs if o["org_id"] == "dzerzhinsk/school-22")
    assert "МБОУ СШ № 22 с углубленным изучением французского языка" in s22["aliases"]
    assert len([o for o in orgs if o["municipality"] == "городской округ город Дзержинск"]) == 41
    assert len(ids) == len(orgs) == 41 + 22 + 19 + 1


def test_docs_present():
    assert len(DOCS) == 5
