"""Header wordings → indicators, including wordings the seeds do not use."""
from __future__ import annotations

import pytest

from extractor.headers import classify
from normalizers.organizations import abbreviate_legal, parse_org, same_org
from normalizers.text import fold
from normalizers.vocab import claim_wording, org_parts

CASES = [
    ("Количество обучающихся, вовлеченных в программы наставничества", "students_involved"),
    ("количество вовлеченных в различные формы, в т.ч.: обучающихся (человек)", "students_involved"),
    ("количество вовлеченных в различные формы, в т.ч.: педагогов (человек)", "teachers_involved"),
    ("Количество педагогов-наставников", "mentors"),
    ("Численность наставников, чел.", "mentors"),
    ("Кол-во наставляемых, чел.", "mentees"),
    ("Число наставнических пар (групп)", "pairs"),
    ("Количество реализуемых форм наставничества", "forms_count"),
    ("Доля обучающихся в возрасте от 10 до 19 лет в роли наставляемого, %", "mentee_share_pct"),
    ("Доля детей, вошедших в программу наставничества в роли наставника", "mentor_share_pct"),
    ("Доля учителей-молодых специалистов, вошедших в программу в роли наставляемого", "young_teacher_mentee_share_pct"),
    ("Кол-во молодых специалистов", "young_teachers"),
    ("Кол-во молодых специалистов в роли наставляемого", "young_teacher_mentees"),
    ("Количество предприятий-партнёров", "partner_enterprises"),
    ("Численность обучающихся", "students_total"),
    ("Количество обучающихся 10-19 лет", "students_total"),
    ("Количество участников программы", "program_participants"),
    ("Закреплено наставников, чел.", "mentors"),  # impersonal: the number of mentors, not of their mentees
    ("Количество педагогов, за которыми закреплены наставники", "mentees"),
    ("Количество мероприятий", "kolichestvo_meropriyatiy"),
]


@pytest.mark.parametrize("header,code", CASES)
def test_header_to_indicator(header, code):
    assert classify(header).code == code


def test_section_title_decides_an_ambiguous_share():
    # Dzerzhinsk 2.2: the header repeats «наставляемого», the section title says «наставника»
    header = "Доля детей, вошедших в программу наставничества в роли наставляемого"
    section = "2.2. Доля детей и молодежи в возрасте от 15 до 19 лет, вошедших в программы наставничества в роли наставника."
    assert classify(header, section).code == "mentor_share_pct"
    assert classify("Доля, %", "Доля обучающихся в роли наставляемого").code == "mentee_share_pct"


def test_plan_in_an_order():
    assert classify("Ко-во обучающихся, участников программы", doc_is_plan=True).code == "planned_participants"


# organizations.toml: every example and abbreviation is a test of the parser that reads it
ORG_PARTS = org_parts()


@pytest.mark.parametrize("spelled,abbr", ORG_PARTS["legal"]["examples"])
def test_legal_form_spelled_out_is_its_abbreviation(spelled, abbr):
    assert fold(abbreviate_legal(spelled)).replace(" ", "") == abbr
    assert parse_org(f"{spelled} «Средняя общеобразовательная школа № 3»").legal_form == abbr.replace(" ", "")


@pytest.mark.parametrize("abbr,expansion", ORG_PARTS["additional"]["abbreviations"])
def test_additional_education_abbreviation_meets_its_expansion(abbr, expansion):
    short, full = parse_org(f"МБУ ДО {abbr.upper()}"), parse_org(f"Муниципальное бюджетное учреждение "
                                                                  f"дополнительного образования «{expansion}»")
    assert short.org_type == full.org_type == "additional-education"
    assert same_org(short, full) and same_org(full, short)
    assert parse_org(abbr.upper()).org_type == "additional-education"  # a bare abbreviation says its type


@pytest.mark.parametrize("stem,number", ORG_PARTS["numbers"]["ordinals"].items())
def test_ordinal_word_is_a_school_number(stem, number):
    word = {"трет": "третья"}.get(stem, stem + "ая")
    assert parse_org(f"Ивановская {word} школа").number == number


# claims.toml [wording_examples]: each sentence states a total the text claims recomputes
@pytest.mark.parametrize("sentence,number", claim_wording()["examples"]["totals"])
def test_sentence_states_a_total(sentence, number):
    from extractor.textclaims import join_thousands, text_totals

    assert number in [c.stated for c in text_totals(join_thousands(sentence))]


@pytest.mark.parametrize("opening", claim_wording()["anaphora_variant"] + claim_wording()["anaphora_form"])
def test_anaphora_opening_points_back(opening):
    from extractor.textclaims import ANAPHORA

    m = ANAPHORA.match(opening.capitalize() + " реализуется в четырёх ОО")
    assert m and (m.group("variant") if opening in claim_wording()["anaphora_variant"] else m.group("form"))
