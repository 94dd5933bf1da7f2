"""Targets in running text: a share said to meet, miss or stand beside a target value.

«…составляет 24,2%. Целевой показатель (не менее 10%) достигнут», «17,7%, что не ниже целевого
значения 10%», «25,3% при целевом значении не менее 10%», «целевой показатель (100% молодых
специалистов …) пока не достигнут». The words are data (normalizers/vocab/claims.toml), read
by lemma; the numbers are found by their place: the target's value after its noun, the actual
share before it in the paragraph. A target stated with no verdict and no share beside it is a
plan, not a claim, and raises nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from normalizers.vocab import _parse, claim_words

NUM = r"\d+(?:[.,]\d+)?"
WORD = re.compile(r"[А-Яа-яЁё]+")
# the target's own value: «(не менее 10%)», «– не менее 70%», «10%», «(100% молодых …)»
BOUND = re.compile(r"(?P<cmp>не\s+(?:менее|ниже|меньше|более|выше)\s+)?(?P<v>" + NUM + r")\s*%")
PERCENT = re.compile(r"(?<![\d.,])(?P<v>" + NUM + r")\s*%")
BOUND_BEFORE = re.compile(r"(?:не\s+(?:менее|ниже|меньше|более|выше)|до|от)\s*$", re.IGNORECASE)
# «не ниже 10% (целевой показатель …»: a comparison said of the share, the target named after it
SAID_BEFORE = re.compile(r"(?P<cmp>не\s+(?:ниже|менее|меньше)|выше|более|свыше)\s+" + NUM + r"\s*%\s*[(,–—-]\s*$",
                         re.IGNORECASE)
# «(в 2021 году – 16,9%)», «в прошлом году – 12%», «ранее 8%»: the share at another time
OTHER_PERIOD = re.compile(r"\(\s*(?:в|на)\s+(?:\d{4}|прошл\w+|предыдущ\w+)[^()%]*$|\b(?:в\s+прошлом|ранее|было)\b[^()%.;]*$",
                          re.IGNORECASE)
# «…достигнут в 8 ОО», «достигнут в 8 из них»: a count of organizations, read elsewhere
COUNT_AFTER = re.compile(r"\s*(?:[а-яё]+\s+){0,2}в\s+\d+\s+(?:из|ОО|ОУ|организац|школ|учрежд)", re.IGNORECASE)


@dataclass
class Target:
    bound: float  # the target value, per cent
    op: str  # ">=" (не менее), ">" (превышает), "<=" (не более)
    verdict: bool | None  # met, missed, or None: only set beside the share («при целевом значении»)
    quote: str
    start: int  # offset of the target's noun in the paragraph
    actual: float | None  # the share the text compares, per cent
    actual_at: int | None  # its offset in the paragraph
    phrase: str  # the target's words (what it is a target of)


WHOLE_AREA = re.compile(r"по\s+(?:городу|району|округу|муниципалитету|муниципальному\s+образованию)|в\s+целом|"
                        r"муниципальн\w+\s+(?:показател|значени)", re.IGNORECASE)
# «… в МБОУ «Элистинский лицей»: 25,1%»: a share said of one organization
ONE_ORG_BEFORE = re.compile(r"\b(?:в|у)\s+(?:М[БАК]?[ОУ]{1,2}|ГБОУ|ГАОУ|МОУ|СОШ|ООШ|[Лл]ице|[Гг]имнази|[Шш]кол\w*\s+№)"
                            r"[^.;%]{0,70}[:–—-]?\s*$")

def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), _parse(m.group(0).lower().replace("ё", "е"))[0]) for m in WORD.finditer(text)]


def _match(words, i: int, phrases) -> int:
    """Length in words of the longest phrase matching at word i (0: none)."""
    best = 0
    for ph in phrases:
        if len(ph) > best and i + len(ph) <= len(words) and all(words[i + k][2] == ph[k] for k in range(len(ph))):
            best = len(ph)
    return best


def targets(text: str, sentences: list[tuple[int, str]]) -> list[Target]:
    v = claim_words()["target"]
    out: list[Target] = []
    bounds_at: list[tuple[int, int]] = []  # spans of target values: never an actual share
    found = []
    for offset, sent in sentences:
        words = _words(sent)
        i = 0
        while i < len(words):
            n = _match(words, i, v["nouns"])
            if not n:
                i += 1
                continue
            ns, ne = words[i][0], words[i + n - 1][1]
            i += n
            said = SAID_BEFORE.search(sent[max(0, ns - 40): ns])
            if said:  # «доля … не ниже 10% (целевой показатель 2020 года)»: the share is said to stand so
                m = BOUND.search(sent, max(0, ns - 40) + said.start())
                verdict, above = said.group("cmp").lower().startswith("не"), False
            else:
                m = BOUND.search(sent, ne, min(len(sent), ne + 140))
                if not m or ";" in sent[ne: m.start()] or re.search(r"\.\s", sent[ne: m.start()]):
                    continue
                verdict, above = _verdict(sent, words, ns, m.end(), v)
                if verdict is None and not _beside(words, ns, v):
                    continue
            if re.search(r"\bна\s*$", sent[max(0, m.start() - 6): m.start()]):
                continue  # «план выполнен на 100,3%»: how far, not a bound (a share of the plan)
            if any(f[0] == offset and f[4].start() == m.start() for f in found):
                continue  # «плановое значение регионального показателя»: one target, two nouns
            bound = float(m.group("v").replace(",", "."))
            cmp = (m.group("cmp") or "").lower()
            op = "<=" if ("более" in cmp or "выше" in cmp) else ">="
            phrase = sent[: m.start()][-150:] if said else sent[ns: m.end() + 80]
            found.append((offset, sent, ns, phrase, m, bound, op, verdict, above))
            bounds_at.append((offset + m.start(), offset + m.end()))
    for offset, sent, ns, phrase, m, bound, op, verdict, above in found:
        at = offset + ns
        actual, actual_at = None, None
        # a target of the whole municipality is not met by one school's share said before it
        whole = WHOLE_AREA.search(sent[max(0, ns - 40): m.end() + 40])
        for p in PERCENT.finditer(text, 0, at):
            if whole and ONE_ORG_BEFORE.search(text[max(0, p.start() - 90): p.start()]):
                continue
            if any(a <= p.start() < b for a, b in bounds_at) or BOUND_BEFORE.search(text[max(0, p.start() - 12): p.start()]):
                continue
            if OTHER_PERIOD.search(text[max(0, p.start() - 40): p.start()]):
                continue  # «(в 2021 году – 16,9%)»: the same share another year
            actual, actual_at = float(p.group("v").replace(",", ".")), p.start()
        if actual is not None and re.search(r"\n", text[actual_at: at]):
            actual = actual_at = None  # another paragraph
        q0 = min(ns, m.start())
        out.append(Target(bound, ">" if above else op, verdict, sent[q0: max(m.end(), ns) + 60].split(";")[0].strip(), at,
                          actual, actual_at, phrase))
    return out


def _verdict(sent: str, words, ns: int, end: int, v) -> tuple[bool | None, bool]:
    """(met?, strictly above?) from the verb nearest the target in its sentence, or from a
    comparison right before the target's noun («не ниже целевого значения»)."""
    before = sent[max(0, ns - 20): ns].lower()
    if re.search(r"не\s+(?:ниже|меньше)\s*$", before) or re.search(r"\b(?:выше|больше|свыше)\s*$", before):
        return True, False
    if re.search(r"\b(?:ниже|меньше)\s*$", before):
        return False, False
    best = None
    for k, (s, e, lemma) in enumerate(words):
        if not any(ph == (lemma,) for ph in v["met"]):
            continue
        if COUNT_AFTER.match(sent, e):
            return None, False
        negated = k > 0 and words[k - 1][2] == "не"
        dist = abs(s - ns) if s < ns else abs(s - end)
        if best is None or dist < best[0]:
            best = (dist, not negated, any(ph == (lemma,) for ph in v["above"]) and not negated)
    return (best[1], best[2]) if best else (None, False)


def _beside(words, ns: int, v) -> bool:
    k = next((j for j, w in enumerate(words) if w[0] == ns), 0)
    return k > 0 and any(words[k - 1][2] == ph[0] for ph in v["beside"])
