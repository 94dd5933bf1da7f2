"""The domain as data: one loader for the vocabulary files beside this module.

`lexicon.toml` says what heading words mean, `indicators.toml` which features make each
indicator of SPEC, `forms.toml` the forms of mentorship and their variants. Every stage reads
them from here; nothing else in the code spells these words. Phrases are lemmatized with the
same function that lemmatizes a heading, so a phrase matches in any case and number.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from normalizers.morph import analyzer
from normalizers.text import fold

HERE = Path(__file__).parent
# a word, a word with hyphens («кол-во», «обучающихся-наставников»), a number or a per cent sign
TOKEN = re.compile(r"[а-яa-z]+(?:[-.][а-яa-z]+)*|\d+|%")


@dataclass(frozen=True)
class Token:
    text: str
    lemma: str
    pos: str  # pymorphy2 part of speech ('' when unknown)
    joined: bool = False  # written hyphen-joined to the token before it («педагогов-наставников»)
    lemmas: frozenset[str] = frozenset()  # every lemma the word may have («пары»: пара, пар)


@dataclass(frozen=True)
class Phrase:
    lemmas: tuple[frozenset[str], ...]  # per word, the lemmas it may have
    kind: str  # measure | entity | qualifier | role | unit
    value: str

    def matches(self, tokens: list[Token], i: int) -> bool:
        n = len(self.lemmas)
        return i + n <= len(tokens) and all(tokens[i + k].lemmas & self.lemmas[k] for k in range(n))


@dataclass
class Lexicon:
    abbreviations: dict[str, str]
    phrases: dict[str, list[Phrase]]  # any first-word lemma → phrases starting with it, longest first
    govern: frozenset[str]
    surface: list[str] = field(default_factory=list)  # every form of every one-word entry (typos)
    surface_lemma: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class IndicatorDef:
    code: str
    unit: str
    label: str
    rules: tuple[dict, ...]
    examples: tuple[str, ...]
    per_form: bool = False
    share_of: tuple[str, ...] = ()  # a share: (numerator, denominator) indicators
    max_value: float = 100.0  # a percent above this is no reading of this indicator


@dataclass(frozen=True)
class FormsVocab:
    canonical: tuple[str, ...]
    roles: dict[str, str]
    variants: dict[str, str]


def _load(name: str) -> dict:
    with open(HERE / name, "rb") as f:
        return tomllib.load(f)


@lru_cache(maxsize=50000)
def _parse(word: str) -> tuple[str, str, bool, frozenset[str]]:
    """(lemma, part of speech, known, every lemma) of one word; numbers and signs stay."""
    if not word[0].isalpha():
        return word, "", True, frozenset([word])
    m = analyzer()
    parses = m.parse(word)
    p = parses[0]
    every = frozenset(x.normal_form.replace("ё", "е") for x in parses)
    return p.normal_form.replace("ё", "е"), str(p.tag.POS or ""), m.word_is_known(word), every


def _raw_tokens(text: str, abbreviations: dict[str, str]) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    for m in TOKEN.finditer(fold(text).replace("ё", "е")):
        w = m.group(0)
        key = w.rstrip(".")
        if key not in abbreviations and key[:1].isalpha() and _parse(key)[0] in abbreviations:
            key = _parse(key)[0]  # an inflected abbreviation: «педработников»
        if key in abbreviations:
            out += [(x, False) for x in abbreviations[key].split()]
            continue
        parts = re.split(r"[-.]", w)
        if len(parts) == 2 and not _parse(w)[2] and _parse(parts[0] + parts[1])[2] \
                and not (_parse(parts[0])[2] and _parse(parts[1])[2]):
            out.append((parts[0] + parts[1], False))  # a word broken at a line end: «настав-ников»
            continue
        if len(parts) > 1 and not _parse(w)[2]:
            for i, part in enumerate(parts):
                if part in abbreviations:
                    out += [(x, i > 0) for x in abbreviations[part].split()]
                elif part:
                    out.append((part, i > 0))
        else:
            out.append((w, False))
    return out


def tokenize(text: str) -> list[Token]:
    """Folded words of a text with their lemmas; abbreviations expanded, typos of the
    vocabulary's words mended («настаников» → «наставник»)."""
    lex = lexicon()
    toks = []
    raw = _raw_tokens(text, lex.abbreviations)
    merged: list[tuple[str, bool]] = []
    for w, joined in raw:
        # a word broken at a line end and hyphenated («настав-ников»): both halves may be
        # words of their own, so the whole is taken when it is a word of the vocabulary
        if joined and merged and _parse(merged[-1][0] + w)[2] and _parse(merged[-1][0] + w)[0] in lex.phrases:
            merged[-1] = (merged[-1][0] + w, merged[-1][1])
            continue
        if joined and merged and not _parse(w)[2] and len(merged[-1][0] + w) >= 6 \
                and _mend(merged[-1][0] + w) is not None:  # «нас-тавниковот»: broken and glued
            merged[-1] = (merged[-1][0] + w, merged[-1][1])
            continue
        # a word cut by a narrow cell without a hyphen («Численн ость», «обучаю щихся»): the
        # halves are no words, the whole is one
        if not joined and merged and w[0].isalpha() and merged[-1][0][-1:].isalpha():
            prev = merged[-1][0]
            whole = prev + w
            if _parse(whole)[2] and not (_parse(prev)[2] and _parse(w)[2]):
                merged[-1] = (whole, merged[-1][1])
                continue
        merged.append((w, joined))
    for w, joined in merged:
        lemma, pos, known, every = _parse(w)
        if not known and len(w) >= 6:
            mended = _mend(w)
            if mended:
                lemma, every = mended, frozenset([mended])
        toks.append(Token(w, lemma, pos, joined, every))
    return toks


@lru_cache(maxsize=5000)
def _mend(word: str) -> str | None:
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    lex = lexicon()
    hit = process.extractOne(word, lex.surface, scorer=Levenshtein.distance, score_cutoff=2)
    return lex.surface_lemma[hit[0]] if hit else None


def tokenize_plain(text: str) -> list[Token]:
    """Tokens of a vocabulary phrase: abbreviations expanded, no typo mending."""
    out = []
    for w, j in _raw_tokens(text, _abbreviations()):
        lemma, pos, _known, every = _parse(w)
        out.append(Token(w, lemma, pos, j, every))
    return out


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    return _load("lexicon.toml")["abbreviations"]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = _load("lexicon.toml")
    abbreviations = _abbreviations()
    phrases: dict[str, list[Phrase]] = {}
    surface: dict[str, str] = {}
    for kind in ("measure", "entity", "qualifier", "role", "unit"):
        for value, items in data[kind].items():
            for item in items:
                toks = tokenize_plain(item)
                if not toks:
                    continue
                ph = Phrase(tuple(t.lemmas for t in toks), kind, value)
                for first in toks[0].lemmas:
                    phrases.setdefault(first, []).append(ph)
                if len(toks) == 1 and toks[0].lemma.isalpha() and len(toks[0].lemma) >= 5:
                    for p in analyzer().parse(item.lower())[:1]:
                        for f in p.lexeme:
                            surface[f.word.replace("ё", "е")] = toks[0].lemma
    for v in phrases.values():
        v.sort(key=lambda p: -len(p.lemmas))
    govern = frozenset(_parse(w)[0] for w in data["govern"]["prepositions"])
    return Lexicon(abbreviations, phrases, govern, list(surface), surface)


@lru_cache(maxsize=1)
def indicators() -> dict[str, IndicatorDef]:
    out = {}
    for code, d in _load("indicators.toml").items():
        out[code] = IndicatorDef(code, d["unit"], d.get("label", code), tuple(d.get("rules", ())),
                                 tuple(d.get("examples", ())), bool(d.get("per_form", False)),
                                 tuple(d.get("share_of", ())), float(d.get("max_value", 100.0)))
    return out


def units() -> dict[str, str]:
    return {code: d.unit for code, d in indicators().items()}


@lru_cache(maxsize=1)
def forms() -> FormsVocab:
    d = _load("forms.toml")
    variants = {_variant_key(k): v for k, v in d["variants"].items()}
    return FormsVocab(tuple(d["canonical"]), dict(d["roles"]), variants)


def _variant_key(text: str) -> str:
    f = re.sub(r"\([^)]*\)", "", fold(text))
    return re.sub(r"\s*-\s*", " - ", f).strip(" .:;")


def variant_form(variant: str) -> str | None:
    """The form a Р-145 variant belongs to, or None when the vocabulary does not know it."""
    return forms().variants.get(_variant_key(variant))


@lru_cache(maxsize=1)
def regions() -> list[dict]:
    """Subjects of the Russian Federation (regions.toml): name, kind, stem, genitive, capital,
    aliases, ambiguous abbreviations, the education authority's usual names."""
    return list(_load("regions.toml")["region"])


@lru_cache(maxsize=1)
def cities() -> list[dict]:
    """Towns and district centres with their region (cities.toml): name, region, ambiguous."""
    return list(_load("cities.toml")["city"])


@lru_cache(maxsize=1)
def claim_words() -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    """Words of text claims (claims.toml), each phrase as a tuple of lemmas, by section and key."""
    out: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {}
    for section, keys in _load("claims.toml").items():
        if section.startswith("wording"):
            continue  # stems and examples, read as written (claim_wording)
        out[section] = {k: tuple(tuple(_parse(w)[0] for w in phrase.split()) for phrase in v)
                        for k, v in keys.items()}
    return out


@lru_cache(maxsize=1)
def generic_districts() -> tuple[str, ...]:
    """Stems of district names many regions share (cities.toml, [generic])."""
    return tuple(_load("cities.toml").get("generic", {}).get("districts", ()))


@lru_cache(maxsize=1)
def org_parts() -> dict:
    """The parts of organization names (organizations.toml): legal-form words and their letters,
    locality markers, place-tail words, ordinals, additional-education abbreviations, school kinds."""
    return _load("organizations.toml")


@lru_cache(maxsize=1)
def quantity_participles() -> re.Pattern:
    """A neuter short participle before a genitive plural (lexicon.toml, [quantity]): «Закреплено
    наставников» counts mentors, so the participle is dropped before the heading is read."""
    words = _load("lexicon.toml")["quantity"]["participles"]
    return re.compile(rf"\b(?:{'|'.join(words)})\s+(?=[а-яё]+(?:ов|ей|ев)\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def claim_wording() -> dict:
    """Stems and phrases of claims.toml's [wording] (matched as written) and its examples."""
    data = _load("claims.toml")
    return {**data.get("wording", {}), "examples": data.get("wording_examples", {})}


@lru_cache(maxsize=1)
def partner_forms() -> dict[str, str]:
    """forms.toml [partners]: an employer form → the indicator of its partner enterprises."""
    return dict(_load("forms.toml").get("partners", {}))
