"""Claims in running text, read over tokens: each row is a sentence as clerks write it and
what must (or must not) be read from it. Wordings are our own, not the seeds'."""
from __future__ import annotations

import pytest

from extractor.textclaims import (
    compositions,
    form_shares,
    join_thousands,
    org_counts,
    org_list,
    shares,
    text_totals,
)

COUNTS = [
    ("Сведения представили 16 ОО.", [(16, {})]),
    ("Мониторинг охватил 10 школ района.", [(10, {"types": ("school", "lyceum", "gymnasium")})]),
    ("Форму «учитель – учитель» реализуют 8 ОО.", [(8, {"form": "учитель-учитель"})]),
    ("Вариант «равный – равному» реализуется в 8 ОО, вариант «успевающий – неуспевающий» – в 6 ОО.",
     [(8, {"variant": "равный - равному"}), (6, {"variant": "успевающий - неуспевающий"})]),
    ("Молодые специалисты работают в 20 из 24 общеобразовательных учреждений.",
     # the part is of the whole's type too: 20 of the 24 general-education ones
     [(20, {"indicator": "young_teachers", "types": ("school", "lyceum", "gymnasium")}),
      (24, {"types": ("school", "lyceum", "gymnasium")})]),
    ("Из них 3 организации дополнительного образования.", [(3, {"types": ("additional-education",)})]),
    # claims nothing the tables show
    ("В 2023 году в 6 ОО планируется запуск варианта «работодатель – ученик».", []),
    ("Анкетирование, проведённое в 9 ОО, показало рост мотивации.", []),
    # organizations counted by how many forms they implement
    ("Все пять форм наставничества реализуются в 3 ОО.", [(3, {"n_forms": ("all", 5)})]),
    ("Все 15 ОО города участвовали, при этом в 2 ОО (ООШ №3, ООШ №6) реализуется только одна форма.",
     [(15, {}), (2, {"n_forms": ("==", 1)})]),
    ("Две и более формы наставничества реализуют 12 ОО района.", [(12, {"n_forms": (">=", 2)})]),
    ("В среднем каждая ОО реализует 3,5 формы; все формы — в 4 ОО.", [(4, {"n_forms": ("all", 0)})]),
    ("К 2024 году две и более формы должны реализовываться не менее чем в 10 ОО района.", []),
    # organizations on one side of a share
    ("Доля обучающихся в роли наставника ниже 10% в 3 ОО: Приреченская СОШ и Перхляйская ООШ.",
     [(3, {"threshold": (-1e9, 10 - 1e-6)})]),
    ("Участвовали все 15 ОО города (2 – гимназия и лицей, 11 средних и 2 основные школы).", [(15, {})]),
    ("Приказ от 12.08.2021 № 270-од, тел. 8 (8412) 60-15-32.", []),
]


@pytest.mark.parametrize("sentence,want", COUNTS, ids=[c[0][:40] for c in COUNTS])
def test_counts_of_organizations_with_their_scope(sentence, want):
    got = [(c.stated, c.extra["scope"]) for c in org_counts(join_thousands(sentence))]
    assert got == want


SHARES = [
    ("Всего вовлечено 1 809 обучающихся, что составляет 19% от общей численности обучающихся (9 563 чел.).",
     (19, 1809, 9563)),
    ("В роли наставляемых 115 обучающихся 10–19 лет (14,2% от 812).", (14.2, 115, 812)),
    ("Охват составил 15% (120 человек из 800).", (15, 120, 800)),
    ("Всего 38 молодых педагогов, из них 33 (87%) имеют наставника.", (87, 33, 38)),
    ("Наставники закреплены за 33 из 38 молодых педагогов (89%).", (89, 33, 38)),
    ("В целом в роли наставляемого 1 046 обучающихся, что составляет 20,1% от общей численности обучающихся "
     "10–19 лет (5 204 чел.).", (20.1, 1046, 5204)),
]


@pytest.mark.parametrize("sentence,want", SHARES, ids=[s[0][:40] for s in SHARES])
def test_shares_find_numerator_and_base(sentence, want):
    (c,) = shares(join_thousands(sentence))
    assert (c.stated, c.extra["n"], c.extra["base"]) == want


def test_a_base_named_in_words_is_recomputed_from_the_tables():
    (c,) = shares("Наставниками выступают 49 обучающихся, что составляет 8% от общего числа обучающихся.")
    assert c.extra["n"] == 49 and c.extra["base_ref"] == "students_total"


@pytest.mark.parametrize("sentence", [
    "По итогам анкетирования 84% наставляемых удовлетворены работой в паре.",
    "Целевой показатель (100% молодых специалистов в роли наставляемого) пока не достигнут.",
])
def test_percentages_that_claim_nothing(sentence):
    assert shares(sentence) == []


@pytest.mark.parametrize("sentence,whole,parts", [
    ("Вовлечено 201 человек (130 наставляемых и 71 наставник).", 201, [130, 71]),
    ("Сформировано 77 пар (51 + 26).", 77, [51, 26]),
    ("Охват составил 1390 = 1029 + 361 человек.", 1390, [1029, 361]),
    ("Всего 3 695 человек: 3 441 обучающийся и 254 педагога.", 3695, [3441, 254]),
    ("899 обучающихся (13% от 6793), из них: 694 – наставляемых и 205 – наставников.", 899, [694, 205]),
])
def test_compositions(sentence, whole, parts):
    (c,) = compositions(join_thousands(sentence))
    assert (c.stated, c.extra["parts"]) == (whole, parts)


def test_a_bracket_that_is_no_list_of_parts():
    assert compositions("Состав: 113 обучающихся (форма «ученик – ученик»), 41 педагог и 20 специалистов.") == []


@pytest.mark.parametrize("text,want", [
    ("СОШ № 3, 7 и 12, а также", ["СОШ № 3", "7", "12"]),
    ("МБОУ лицей № 4, МАОУ «Гимназия № 14», МБОУ СОШ № 16 с. Александровка.",
     ["МБОУ лицей № 4", "МАОУ «Гимназия № 14»", "МБОУ СОШ № 16 с. Александровка"]),
    ("МБОУ «СОШ № 2»; МБОУ «ООШ № 17»; МАОУ «СОШ № 44».", ["МБОУ «СОШ № 2»", "МБОУ «ООШ № 17»", "МАОУ «СОШ № 44»"]),
    ("МБОУ СОШ № 7 (151 чел., 11,9%) и далее", ["МБОУ СОШ № 7"]),
    ("во всех 11 школах города", []),
    ("в 24 общеобразовательных школах, 2 учреждениях", []),
])
def test_lists_of_organizations(text, want):
    assert org_list(text) == want


@pytest.mark.parametrize("sentence,want", [
    ("Всего по району охвачено 728 обучающихся и 91 педагогических работников.",
     [(728, "students_involved"), (91, "teachers_involved")]),
    ("Общее количество наставнических пар – 179.", [(179, "pairs")]),
    ("Молодые специалисты работают в 7 из 10 ОО района, всего 31 чел.", [(31, "young_teachers")]),
    ("В МБОУ СОШ № 5 всего 120 наставляемых.", []),  # one organization: no total
    ("Всего в наставничество вовлечено 3 340 человек.", []),  # pupils and teachers together
])
def test_totals_stated_in_text(sentence, want):
    assert [(c.stated, c.extra["indicator"]) for c in text_totals(join_thousands(sentence))] == want


def test_a_mean_of_counts_per_organization(tmp_path):
    """«в среднем 12,5 пары на одну школу» after the form it is about: the mean of that form's
    pairs over the schools, not of every pair."""
    from extractor import extract, read_document
    from tests.fixtures import make_txt

    path = make_txt(tmp_path / "r.txt", [
        "Справка о наставничестве в городе Заречном (на 01.06.2023)",
        "Таблица 1. Количество наставнических пар по формам.",
        [["№", "ОО", "Ученик – ученик", "Учитель – учитель"],
         ["1", "МБОУ СОШ № 1", "10", "4"], ["2", "МБОУ СОШ № 2", "15", "2"]],
        "Больше всего пар приходится на форму «ученик – ученик» – 25 (в среднем 12,5 пары на одну школу).",
        "В среднем на одну школу приходится 13 пар наставничества.",
    ])
    means = {c.stated: c.status for c in extract(read_document(path)).checks if c.check == "mean"}
    assert means == {"12.5": "ok", "13": "mismatch"}  # all forms: (14 + 17) / 2 = 15.5


@pytest.mark.parametrize("sent,whole,parts", [
    ("Из 2549 обучающихся на долю средних школ приходится 1991 чел., на гимназию и лицей – 445 чел., на "
     "основные школы – 113 чел.", 2549, [1991, 445, 113]),
    ("Из 300 наставляемых 182 чел. участвуют в форме «ученик – ученик», 53 – «учитель – учитель», 30 – "
     "«студент – ученик», 35 – «работодатель – ученик».", 300, [182, 53, 30, 35]),
])
def test_a_whole_named_first_and_its_parts(sent, whole, parts):
    from extractor.textclaims import compositions

    found = compositions(sent)
    assert [(c.stated, c.extra["parts"]) for c in found] == [(whole, parts)]


def test_a_whole_and_one_part_is_no_composition():
    from extractor.textclaims import compositions

    assert compositions("Из 57 молодых педагогов наставники закреплены за 38 (67%).") == []


def test_a_part_after_a_colon_shares_the_scope_of_its_whole():
    got = [(c.stated, c.extra["scope"]) for c in org_counts(
        "Формы с участием работодателей реализуются в 8 образовательных организациях: в 7 из 10 "
        "общеобразовательных организаций и в колледже.")]
    assert got[1] == (7, {"indicator": "partner_enterprises", "types": ("school", "lyceum", "gymnasium")})


def test_an_elided_noun_repeats_the_count_before_it():
    got = [(c.stated, c.extra["scope"].get("form")) for c in org_counts(
        "Форма «ученик – ученик» реализуется во всех 16 ОО, «учитель – учитель» – в 12, «студент – ученик» – в 4 "
        "(во взаимодействии с колледжем), «работодатель – ученик» – в 3 ОО.")]
    assert got == [(16, "ученик-ученик"), (12, "учитель-учитель"), (4, "студент-ученик"), (3, "работодатель-ученик")]


@pytest.mark.parametrize("sentence,whole,parts", [
    ("Наставниками выступили 26 специалистов: 15 – в форме «работодатель – ученик» (проекты, экскурсии) и 11 – "
     "в форме «работодатель – студент» (практика).", 26, [15, 11]),
    ("Состав наставников: 113 обучающихся (форма «ученик – ученик»), 41 педагогов и 20 представителей предприятий, "
     "организаций и колледжей, итого 177 чел.", 177, [113, 41, 20]),
])
def test_enumerations_after_a_colon_are_compositions(sentence, whole, parts):
    (c,) = compositions(sentence)
    assert (c.stated, c.extra["parts"]) == (whole, parts)


@pytest.mark.parametrize("sentence,form,indicator,stated", [
    ("Наиболее массовая форма «ученик – ученик»: на эту форму приходится 73,1% всех наставляемых.",
     "ученик-ученик", "mentees", 73.1),
    ("Наибольшая доля приходится на форму «ученик – ученик» – 200 пар (70,9%).", "ученик-ученик", "pairs", 70.9),
])
def test_a_forms_share_of_everyone(sentence, form, indicator, stated):
    (c,) = form_shares(sentence)
    assert (c.extra["form_share"], c.extra["indicator"], c.stated) == (form, indicator, stated)
