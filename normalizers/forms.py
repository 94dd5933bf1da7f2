"""Forms of mentorship and their variants: every spelling → the canonical form of SPEC.
The roles, forms and variants are data (normalizers/vocab/forms.toml)."""
from __future__ import annotations

import re
from functools import lru_cache

from .text import fold
from .vocab import forms as vocab_forms
from .vocab import variant_form


@lru_cache(maxsize=1)
def _form_pattern() -> re.Pattern:
    # "Ученик – ученик", «Учитель-учитель», "учитель - ученик", "работодатель–студент"
    words = "|".join(re.escape(w) for w in sorted(vocab_forms().roles, key=len, reverse=True))
    return re.compile(rf"(?<![а-я])({words})\s*-\s*({words})(?![а-я])")


# A label over forms or variants that says nothing about what is counted:
# "Формы наставничества", "Форма", "Вариант (ролевая модель)", "Вариации ролевых моделей"
GROUP_LABEL = re.compile(r"\b(?:форм[аы]?|вариант\w*|вариаци\w*|ролев\w+ модел\w*|модел\w*)"
                         r"(?:\s+(?:наставничества|взаимодействия|программ\w*))?\b")


def _roles(m: re.Match) -> str:
    roles = vocab_forms().roles
    return f"{roles.get(m.group(1), m.group(1))}-{roles.get(m.group(2), m.group(2))}"


def canonical_form(text: str | None) -> str | None:
    """'Ученик – ученик' → 'ученик-ученик'; None when the text names no form."""
    m = _form_pattern().search(fold(text))
    return _roles(m) if m else None


def is_form_text(text: str | None) -> bool:
    """The whole cell is a form name (with quotes or numbering at most)."""
    f = re.sub(r"^[\d.\s]+", "", fold(text)).strip(" .:;")
    pat = _form_pattern()
    return (pat.fullmatch(f) or pat.fullmatch(f.replace("форма ", ""))) is not None


def find_forms(text: str | None) -> list[str]:
    out = []
    for m in _form_pattern().finditer(fold(text)):
        form = _roles(m)
        if form not in out:
            out.append(form)
    return out


def find_variant(text: str | None) -> str | None:
    """A Р-145 variant named in a text ('«Успевающий – неуспевающий»'), as the vocabulary
    spells it; None when there is none."""
    folded = fold(text)
    # a word broken at a line end keeps its hyphen («Адаптиро-ванный»): try without it too
    for f in (re.sub(r"\s*-\s*", " - ", folded), re.sub(r"\s*-\s*", " - ", re.sub(r"(?<=[а-я])-(?=[а-я])", "", folded))):
        for key in sorted(vocab_forms().variants, key=len, reverse=True):
            if key in f:
                return key
    return None


def split_heading(header: str) -> tuple[str | None, str | None, str]:
    """(form, variant, what is left) of a column heading: «Формы наставничества Ученик – ученик
    наставников» → ('ученик-ученик', None, 'наставников'). A variant brings its form."""
    f = fold(header)
    variant = find_variant(f)
    form = None
    if variant:
        spelled = r"\s*-\s*".join(re.escape(p) for p in variant.split(" - "))
        if not re.search(spelled, f):
            f = re.sub(r"(?<=[а-я])-(?=[а-я])", "", f)  # the variant's words were broken at a line end
        f = re.sub(spelled, " ", f, count=1)
        form = variant_form(variant)
    m = _form_pattern().search(f)
    if m:
        form = _roles(m)
        f = f[: m.start()] + " " + f[m.end():]
    if form or variant:
        f = GROUP_LABEL.sub(" ", f)
    return form, variant, " ".join(f.split()).strip(" :.,;()")
