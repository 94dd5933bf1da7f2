"""One morphological analyzer per process (pymorphy2, the one natasha uses), built lazily."""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def analyzer():
    import inspect

    if not hasattr(inspect, "getargspec"):
        # pymorphy2 0.9.1 (pinned by natasha) calls inspect.getargspec, removed in Python
        # 3.11; natasha installs the same shim when imported. Only the first four fields
        # are used.
        def getargspec(func):
            spec = inspect.getfullargspec(func)
            return spec.args, spec.varargs, spec.varkw, spec.defaults

        inspect.getargspec = getargspec
    import warnings

    # pymorphy2 finds its dictionaries through pkg_resources, which warns on every import
    warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning)
    import pymorphy2

    return pymorphy2.MorphAnalyzer()


@lru_cache(maxsize=20000)
def adjective_lemma(word: str) -> str:
    """'Егорлыкской' → 'егорлыкский'; a word that is no adjective comes back folded."""
    w = word.lower().replace("ё", "е")
    for p in analyzer().parse(w):
        if "ADJF" in p.tag:
            return p.normal_form
    # a surname reading hides the adjective («Каменского» района): the -ский/-цкий ending rebuilt
    m = re.match(r"^(.+[сц]к)(?:ого|ому|им|ом|ой|ая|ую|ое|ий)$", w)
    return m.group(1) + "ий" if m else w


@lru_cache(maxsize=20000)
def noun_lemma(word: str) -> str:
    """'Новочеркасска' → 'новочеркасск', preferring a place name (Geox) parse."""
    w = word.lower().replace("ё", "е")
    parses = analyzer().parse(w)
    for p in parses:
        if "Geox" in p.tag and "NOUN" in p.tag:
            return p.normal_form
    for p in parses:
        if "NOUN" in p.tag:
            return p.normal_form
    return w


@lru_cache(maxsize=20000)
def inflect_adj(lemma: str, gender: str = "masc") -> str:
    """'сальский' → 'сальский' (masc nom) or 'головатовская' (femn nom)."""
    for p in analyzer().parse(lemma):
        if "ADJF" in p.tag:
            f = p.inflect({gender, "nomn", "sing"})
            if f:
                return f.word
    return lemma
