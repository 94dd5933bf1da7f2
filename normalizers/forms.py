"""Forms of mentorship: every spelling → the canonical form of SPEC."""
from __future__ import annotations

import re

from .text import fold

ROLES = {
    "ученик": "ученик", "учащийся": "ученик", "обучающийся": "ученик", "школьник": "ученик",
    "учитель": "учитель", "педагог": "учитель",
    "студент": "студент",
    "работодатель": "работодатель", "предприятие": "работодатель",
}
ROLE_STEMS = ("ученик", "учащ", "обучающ", "школьник", "учител", "педагог", "студент",
              "работодател", "предприят")
# "Ученик – ученик", «Учитель-учитель», "учитель - ученик", "работодатель–студент"
FORM = re.compile(r"(?<![а-я])(ученик|учитель|студент|работодатель|педагог)\s*-\s*"
                  r"(ученик|учитель|студент|работодатель|педагог)(?![а-я])")
CANONICAL = ("ученик-ученик", "учитель-учитель", "студент-ученик", "работодатель-ученик",
             "работодатель-студент", "учитель-ученик")


def canonical_form(text: str | None) -> str | None:
    """'Ученик – ученик' → 'ученик-ученик'; None when the text names no form."""
    f = fold(text)
    m = FORM.search(f)
    if not m:
        return None
    a, b = ROLES.get(m.group(1), m.group(1)), ROLES.get(m.group(2), m.group(2))
    return f"{a}-{b}"


def is_form_text(text: str | None) -> bool:
    """The whole cell is a form name (with quotes or numbering at most)."""
    f = re.sub(r"^[\d.\s]+", "", fold(text)).strip(" .:;")
    m = FORM.fullmatch(f) or FORM.fullmatch(f.replace("форма ", ""))
    return m is not None


def find_forms(text: str | None) -> list[str]:
    out = []
    for m in FORM.finditer(fold(text)):
        form = f"{ROLES.get(m.group(1), m.group(1))}-{ROLES.get(m.group(2), m.group(2))}"
        if form not in out:
            out.append(form)
    return out
