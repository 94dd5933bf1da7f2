"""The indicator vocabulary of SPEC and how column headers name it.

Each rule is a list of stems that must all occur in the folded header text (parent
headers included) and stems that must not; the first rule that fits decides. Shares are
told apart by role ('наставляем…' / 'наставник…'); the section title above a table wins
over the header when the two disagree (a header copied from the table before it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from normalizers.text import fold, slug

UNITS = {
    "students_involved": "persons", "teachers_involved": "persons", "mentees": "persons",
    "mentors": "persons", "pairs": "count", "forms_count": "count", "mentee_share_pct": "percent",
    "mentor_share_pct": "percent", "young_teachers": "persons", "young_teacher_mentees": "persons",
    "young_teacher_mentee_share_pct": "percent", "partner_enterprises": "count",
    "planned_participants": "persons", "program_participants": "persons", "students_total": "persons",
}

SHARE = re.compile(r"\bдол[яиеюь]\w*|%|процент")
# "Кол-во", "Количество", "Число", "Численность" … "чел."
COUNT = re.compile(r"\bкол-?\s?во\b|количеств|\bчисл[оа]\b|численност|\bчел\b|человек")
YOUNG = re.compile(r"молод\w* специалист|молод\w* педагог|молод\w* учител|стаж\w* (?:работы )?(?:от )?0")
MENTEE = re.compile(r"наставляем")
MENTOR = re.compile(r"наставник|наставниц")
PAIRS = re.compile(r"\bпар\b|\bпары\b|пар наставн|наставническ\w* пар|\bгрупп")
# "Количество реализуемых форм", "Число форм наставничества", "Формы наставничества (кол-во)"
FORMS_COUNT = re.compile(r"(?:кол-?\s?во|количеств\w*|числ[оа])\s+(?:\w+\s+){0,2}форм|форм\w*[^,]{0,30}\((?:кол|ед|шт)")
ENTERPRISE = re.compile(r"предприят|организаций-партн|партн[её]р|работодател")
STUDENTS = re.compile(r"обучающ|учащ|\bдетей\b|\bдети\b|школьник|\bучеников\b|молодеж")
TEACHERS = re.compile(r"педагог|учител")
INVOLVED = re.compile(r"вовлеч|охвач|участву|включ|в роли|наставнич|задейств")
PARTICIPANTS = re.compile(r"участник")
PLAN = re.compile(r"\bплан|планир|внедряющ|приказ")
TOTAL_STUDENTS = re.compile(r"всего обучающ|общ\w* (?:количеств|числ)\w* обучающ|численност\w* обучающ|контингент")
AGE_BAND = re.compile(r"\d+\s*-\s*\d+\s*лет|в возрасте")  # "обучающихся 10-19 лет": the age group, a base


@dataclass(frozen=True)
class Indicator:
    code: str
    unit: str


def role_of(text: str) -> str | None:
    """'mentee' / 'mentor' named by a text (section title or header)."""
    f = fold(text)
    has_mentee, has_mentor = bool(MENTEE.search(f)), bool(MENTOR.search(f))
    if has_mentee and not has_mentor:
        return "mentee"
    if has_mentor and not has_mentee:
        return "mentor"
    if has_mentee and has_mentor:  # the last one named is what the share is of
        return "mentee" if f.rfind("наставляем") > f.rfind("наставник") else "mentor"
    return None


def classify(header: str, section: str = "", values_percent: bool = False, doc_is_plan: bool = False) -> Indicator:
    """The indicator a column header names; a new snake_case code when none fits."""
    h = fold(header)
    s = fold(section)
    share = bool(SHARE.search(h)) or values_percent and not COUNT.search(h)
    if share:
        ctx = h if (YOUNG.search(h) or MENTEE.search(h) or MENTOR.search(h)) else f"{s} {h}"
        if YOUNG.search(ctx) or YOUNG.search(s) and not (STUDENTS.search(h)):
            return Indicator("young_teacher_mentee_share_pct", "percent")
        role = role_of(s) or role_of(ctx)
        if role == "mentor":
            return Indicator("mentor_share_pct", "percent")
        if role == "mentee" or STUDENTS.search(ctx):
            return Indicator("mentee_share_pct", "percent")
        return Indicator(_new_code(header, "share_pct"), "percent")
    if YOUNG.search(h):
        if MENTEE.search(h) or INVOLVED.search(h) and "в роли" in h:
            return Indicator("young_teacher_mentees", "persons")
        return Indicator("young_teachers", "persons")
    if PAIRS.search(h) and not STUDENTS.search(h):
        return Indicator("pairs", "count")
    if FORMS_COUNT.search(h):
        return Indicator("forms_count", "count")
    if ENTERPRISE.search(h):
        return Indicator("partner_enterprises", "count")
    if MENTEE.search(h):
        return Indicator("mentees", "persons")
    if MENTOR.search(h):
        return Indicator("mentors", "persons")
    if PARTICIPANTS.search(h):
        plan = doc_is_plan or PLAN.search(h) or PLAN.search(s)
        return Indicator("planned_participants" if plan else "program_participants", "persons")
    if TOTAL_STUDENTS.search(h) or STUDENTS.search(h) and not INVOLVED.search(h) and COUNT.search(h) \
            and ("всего" in h or AGE_BAND.search(h)):
        return Indicator("students_total", "persons")
    if STUDENTS.search(h):
        return Indicator("students_involved", "persons")
    if TEACHERS.search(h):
        return Indicator("teachers_involved", "persons")
    return Indicator(_new_code(header, "value"), "count")


def _new_code(header: str, fallback: str) -> str:
    words = [w for w in re.findall(r"[а-яa-z]+", fold(header)) if len(w) > 2][:4]
    code = slug(" ".join(words)).replace("-", "_")
    return code or fallback
