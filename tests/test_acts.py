"""The document's own kind, date, number, region and issuer — not those of the acts it cites.
Kind examples come from kinds.toml; the rest are headings written the ways people write them."""
from __future__ import annotations

import pytest

from extractor.acts import kind_of_line, kinds
from extractor.metadata import extract_metadata
from extractor.model import Document, Paragraph
from normalizers.municipalities import normalize_municipality
from normalizers.regions import find_regions, region_of_municipality


def _doc(text: str) -> Document:
    lines = [t for t in text.strip().splitlines()]
    return Document(source="t.txt", format="txt", blocks=[Paragraph(t.strip(), i + 1) for i, t in enumerate(lines)])


@pytest.mark.parametrize("kind,example", [(k.name, e) for k in kinds() for e in k.examples])
def test_kind_examples_of_the_vocabulary(kind, example):
    assert kind_of_line(example).name == kind


@pytest.mark.parametrize("line,kind", [
    ("БОЙОРОК ПРИКАЗ", "приказ"),  # a heading in two languages
    ("П Р И К А З", "приказ"),
    ("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ КУРГАНСКОГО РАЙОНА Информационная справка о ходе внедрения", "справка"),
    ("Мониторинг проводился в соответствии с планом работы управления на текущий учебный год, утверждённым "
     "в начале года", None),  # a sentence of the body, not a heading
])
def test_kind_in_glued_and_bilingual_headings(line, kind):
    found = kind_of_line(line)
    assert (found.name if found else None) == kind


@pytest.mark.parametrize("text,kind,date,number", [
    ("""ПРИКАЗ
        31. 03. 22 г. № 14-а
        О внедрении целевой модели наставничества
        На основании распоряжения Минпросвещения России от 25.12.2019 № Р-145 приказываю:""",
     "приказ", "2022-03-31", "14-а"),
    ("""МКУ «Отдел образования»
        ПРИКАЗ
        «12» сентября 2022 г.
        № 594
        О реализации целевой модели наставничества""", "приказ", "2022-09-12", "594"),
    ("""ПРИКАЗ
        От_09.02.2023 г ____     №_2_____
        О наставничестве""", "приказ", "2023-02-09", "2"),
    ("""Выписка из протокола № 3 заседания педагогического совета от 24.03.2022 г.""", "протокол", "2022-03-24", "3"),
    ("""ПРИНЯТО
        на педагогическом совете
        протокол № 1 от 26.08.2021 г.
        УТВЕРЖДЕНО
        приказом директора
        от 27.08.2021 № 01-09/106-1
        ПОЛОЖЕНИЕ
        о наставничестве
        1. Общие положения
        1.1. Положение разработано в соответствии с распоряжением от 25.12.2019 № Р-145""",
     "положение", "2021-08-27", "01-09/106-1"),
    ("""Приложение 1
        к приказу N 181/1 от 13.09.2021г.
        Дорожная карта реализации целевой модели наставничества""", "дорожная карта", "2021-09-13", "181/1"),
    ("""Согласовано
        Председатель методического совета
        «23» августа 2021 г.
        протокол № 1
        Утверждаю
        «23 » августа 2021 г.
        приказ в„– 60
        Программа наставничества на 2021-2022 учебный год""", "программа", "2021-08-23", "60"),
    ("""УТВЕРЖДАЮ
        Заведующий МБДОУ № 7
        Приказ К/76 -од
        от «30» марта 2022г.
        Положение о наставничестве""", "положение", "2022-03-30", "К/76-од"),
    ("""Приложение
        к приказу МБДОУ «Детство»
        от 30.12.2022. № 621- од
        Положение о наставничестве""", "положение", "2022-12-30", "621-од"),
    ("""Аналитическая справка
        по итогам мониторинга (на 31.05.2022)
        Приказ управления образования от 01.09.2021 № 155 определил порядок.""", "справка", "", ""),
])
def test_own_date_and_number(text, kind, date, number):
    md = extract_metadata(_doc(text))
    assert (md.kind, md.doc_date, md.doc_number) == (kind, date, number)


def test_a_cited_act_is_a_reference_not_the_documents_own():
    md = extract_metadata(_doc("""Положение о наставничестве
        1. Общие положения
        1.1. Разработано в соответствии с распоряжением Минпросвещения России от 25.12.2019 № Р-145."""))
    assert (md.kind, md.doc_date, md.doc_number) == ("положение", "", "")
    assert [(r.date, r.number) for r in md.references] == [("2019-12-25", "Р-145")]


@pytest.mark.parametrize("text,issuer", [
    ("""УПРАВЛЕНИЕ ОБРАЗОВАНИЯ
        АДМИНИСТРАЦИИ ГОРОДА КАМЕНСК-ШАХТИНСКОГО
        ПРИКАЗ
        01.09.2021 № 412""", "Управление образования администрации города Каменск-Шахтинского"),
    ("""Управление образования Администрации Белокалитвинского района
        муниципальное бюджетное общеобразовательное учреждение
        «Средняя общеобразовательная школа № 4»
        (МБОУ СОШ № 4)
        ПОЛОЖЕНИЕ о наставничестве""",
     "муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 4» (МБОУ СОШ № 4)"),
    ("""Утверждено
        приказом министерства образования
        Тамбовской области
        от 16.11.2022 N 3.12-55
        Положение о системе наставничества""", "Министерство образования Тамбовской области"),
    ("""Приложение
        к постановлению Администрации города Шахты
        от 25.05.2023 № 496
        Положение о поощрении наставников""", "Администрация города Шахты"),
])
def test_issuer_as_printed_in_the_nominative(text, issuer):
    assert extract_metadata(_doc(text)).issuer == issuer


@pytest.mark.parametrize("text,region", [
    ("министерства общего и профессионального образования Ростовской области", "Ростовская область"),
    ("Министерство образования Республики Мордовия", "Республика Мордовия"),
    ("Департамент образования ХМАО – Югры", "Ханты-Мансийский автономный округ — Югра"),
    ("Комитет образования администрации Боровичского района", None),  # «комитет» is not Коми
    ("внутри образовательной организации", None),  # «ри» inside a word is no abbreviation
    ("Кабардино-Балкарской Республики", "Кабардино-Балкарская Республика"),
])
def test_regions_named_in_text(text, region):
    found = find_regions(text)
    assert (found[0] if found else None) == region


@pytest.mark.parametrize("municipality,region", [
    ("Сальский район", "Ростовская область"), ("Азовский район", "Ростовская область"),
    ("городской округ Сухой Лог", "Свердловская область"), ("Боровичский муниципальный район", "Новгородская область"),
    ("Ленинский район", ""),  # many regions have one: no guess
])
def test_region_of_a_municipality(municipality, region):
    assert region_of_municipality(municipality) == region


@pytest.mark.parametrize("text,name", [
    ("городского округа Сухой Лог", "городской округ Сухой Лог"), ("г. Нижнего Тагила", "город Нижний Тагил"),
    ("Родионово-Несветайского района", "Родионово-Несветайский район"), ("г. Ленинск-Кузнецкого", "город Ленинск-Кузнецкий"),
    ("г. Ханты-Мансийска", "город Ханты-Мансийск"), ("УГЛЕГОРСКОГО ГОРОДСКОГО ОКРУГА".title(), None),
    ("г. Заречного", "город Заречный"), ("города Шахты Ростовской области", "город Шахты"),
])
def test_place_names(text, name):
    m = normalize_municipality(text)
    if name is None:
        assert m is None or "Округ" not in m.name
    else:
        assert m.name == name
