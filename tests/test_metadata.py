"""Metadata beyond documents.csv: referenced documents, persons with roles, targets."""
from __future__ import annotations

import pytest

from extractor import build, read_document
from extractor.metadata import extract_metadata

from .conftest import SEEDS, read_csv
from .fixtures import make_txt


def md(name):
    return extract_metadata(read_document(SEEDS / name))


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_novoshakhtinsk_order(fmt):
    m = md(f"novoshakhtinsk_prikaz_632_2020.{fmt}")
    assert (m.kind, m.doc_date, m.doc_number) == ("приказ", "2020-08-28", "632")
    assert m.title == "ПРИКАЗ О внедрении целевой модели наставничества"
    assert [(r.doc_type, r.date, r.number) for r in m.references][:1] == [("распоряжение", "2019-12-25", "Р-145")]
    assert [(t.value, t.deadline) for t in m.targets] == [
        (10.0, "2020-12-31"), (30.0, "2021-12-31"), (45.0, "2022-12-31"), (60.0, "2023-12-31"), (70.0, "2024-12-31")]
    people = {p.name: p.role for p in m.persons}
    assert people["Т.П. Бахтинова"] == "Начальник Управления образования Администрации г. Новошахтинска"
    assert people["Шленчак Л.И."] == "заместителя начальника Управления образования"
    assert people["Мамаеву Е.В."] == "заместителя директора МБУ ЦБУ ХО МС"


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_novocherkassk_reference_and_signatory(fmt):
    m = md(f"novocherkassk_spravka_2020.{fmt}")
    ref = m.references[0]
    assert (ref.doc_type, ref.date, ref.number) == ("приказ", "2020-10-06", "520")
    assert ref.title.startswith("Об утверждении плана мероприятий (дорожной карты)")
    assert [(p.name, p.role) for p in m.persons] == [
        ("Салтыкова Е.Л.", "Начальник Управления образования Администрации города Новочеркаска")]
    assert m.municipality.name == "город Новочеркасск"  # not the typo «Новочеркаска» in the text


def test_egorlyk_roadmap_with_two_dates():
    m = md("egorlyk_sosh1_spravka_2020.docx")
    roadmap = [(r.date, r.number) for r in m.references if r.number == "182/1"]
    assert roadmap == [("2020-08-20", "182/1"), ("2020-10-20", "182/1")]
    assert m.organization_name.startswith("Муниципальное бюджетное общеобразовательное учреждение Егорлыкская")


def test_salsk_references_and_persons():
    m = md("salsk_spravka_2021.docx")
    assert [(r.doc_type, r.date, r.number) for r in m.references] == [("приказ", "2020-09-28", "522")]
    assert m.persons[0].name == "Соболевой З.В." and "специалист" in m.persons[0].role
    assert (m.as_of, m.municipality.name) == ("2021-06-01", "Сальский район")


def test_dzerzhinsk_period_end_is_as_of():
    m = md("dzerzhinsk_spravka_2020.pdf")
    assert (m.kind, m.as_of, m.municipality.name) == ("справка", "2020-12-18", "городской округ город Дзержинск")


def test_aliases_file_overrides_matching(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "r.txt").write_text("Справка (на 01.06.2022)\n\nгород Шахты\n\n№\tОО\tКол-во наставников\n"
                               "1\tМБОУ СОШ № 3\t4\n2\tШкола «Надежда»\t5\n", encoding="utf-8")
    (inp / "aliases.csv").write_text("municipality,alias,org_id\nгород Шахты,Школа «Надежда»,shakhty/school-3\n",
                                     encoding="utf-8")
    build([inp], tmp_path / "out", workers=1)
    facts = read_csv(tmp_path / "out" / "facts.csv")
    assert {f["org_id"] for f in facts} == {"shakhty/school-3"}
    # a mistyped id is reported with its line and changes nothing (no orphan organization)
    (inp / "aliases.csv").write_text("municipality,alias,org_id\nгород Шахты,Школа «Надежда»,shakhty/school-3\n"
                                     "город Шахты,МБОУ СОШ № 3,shakhty/shcool-3\n", encoding="utf-8")
    report = build([inp], tmp_path / "out", workers=1, force=True)
    assert any("строка 3" in p and "shakhty/shcool-3" in p for p in report.problems)
    assert {o["org_id"] for o in read_csv(tmp_path / "out" / "organizations.csv")} == {"shakhty/school-3"}


def test_full_name_without_initials_found_by_ner():
    from extractor.metadata import find_persons
    from extractor.readers.txt import parse_text

    doc = parse_text("Справка\n\nНачальник отдела образования\n\nИванова Анна Петровна\n")
    assert [(p.name, p.role) for p in find_persons(doc)] == [("Иванова Анна Петровна", "Начальник отдела образования")]


def test_kind_from_compound_title():
    from extractor.metadata import detect_kind
    from extractor.readers.txt import parse_text

    kind, title = detect_kind(parse_text("Информационно-аналитическая справка\n\nо реализации программ\n"))
    assert (kind, title) == ("справка", "Информационно-аналитическая справка о реализации программ")


def test_a_district_document_signed_in_its_seat_town_is_the_districts(tmp_path):
    """«АДМИНИСТРАЦИЯ КУЗНЕЦКОГО РАЙОНА … г. Кузнецк»: the order is the district's, not the town's."""
    from extractor.metadata import detect_municipality

    path = make_txt(tmp_path / "p.txt", ["АДМИНИСТРАЦИЯ КУЗНЕЦКОГО РАЙОНА ПЕНЗЕНСКОЙ ОБЛАСТИ", "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ",
                                         "ПРИКАЗ", "14.09.2022 № 312", "г. Кузнецк",
                                         "О вовлечении обучающихся в программы наставничества"])
    assert detect_municipality(read_document(path)).name == "Кузнецкий район"


def test_a_flattened_web_page_is_read_by_lines():
    """A web page's text with the title block in one line: stamps, the kind's heading and the first
    clause are told apart, and the approving order gives the date and number."""
    from extractor.pipeline import extract
    from extractor.readers.txt import parse_text

    text = ("УТВЕРЖДЕНО приказом от «31»__08_2021_г. № 127-а____ Директор БМАОУ СОШ №23 Н.А.Якорнова ПОЛОЖЕНИЕ "
            "О наставничестве в БМАОУ СОШ № 23 1. Общие положения 1.1. Настоящее Положение о наставничестве "
            "(далее - Положение) разработано во исполнение постановления Министерства просвещения РФ от "
            "24.12.2019 № Р-145 «Об утверждении методологии (целевой модели) наставничества обучающихся».")
    md = extract(parse_text(text, "p.txt")).metadata
    assert (md.kind, md.doc_date, md.doc_number) == ("положение", "2021-08-31", "127-а")
    assert "Министерств" not in md.issuer


def test_a_page_title_over_the_document_is_not_its_kind():
    from extractor.metadata import detect_kind
    from extractor.readers.txt import parse_text

    doc = parse_text("Протокол педагогического совета\n\nМуниципальное бюджетное общеобразовательное учреждение\n"
                     "Погадаевская основная общеобразовательная школа\n\nПРИКАЗ\n\n31.03.2022 № 14-а\n\n"
                     "О внедрении целевой модели наставничества\n")
    assert detect_kind(doc)[0] == "приказ"


def test_an_abbreviated_order_in_a_stamp():
    from extractor.acts import own_act
    from extractor.readers.txt import parse_text

    doc = parse_text("УТВЕРЖДЕНО\n\nДиректор ГБОУ СО «ЕШИ № 6»\n\nПр. № 259-од от 17.06.2025\n\nПоложение\n\n"
                     "о наставничестве\n\n1. Общие положения\n")
    assert own_act(doc, "положение") == ("2025-06-17", "259-од")
