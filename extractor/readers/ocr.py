"""Scanned pages: render, de-skew, find the ruling lines of tables, OCR with Tesseract (rus).

Stages, each a plain function over an image array: render → deskew → binarize → line masks
→ cell boxes → words (Tesseract TSV, with confidence). The boxes and words then go through
the same grid and paragraph stages as a PDF with a text layer (pdf.py), so a scan ends in
the same document model. Results are cached by the file's sha256 and page number.
"""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from normalizers.numbers import is_number, parse_number

from ..model import ReadError, ToolMissing

DPI = 300
VERSION = 5  # part of the cache key: a change in how pages are read invalidates old results
TESS_INSTALL = "установите пакеты tesseract-ocr и tesseract-ocr-rus (apt-get install tesseract-ocr tesseract-ocr-rus)"
# OCR slips in number cells: letters that look like digits
DIGIT_FIX = str.maketrans({"О": "0", "о": "0", "O": "0", "o": "0", "З": "3", "з": "3", "б": "6", "l": "1", "I": "1",
                           "|": "1", "S": "5", "В": "8", "Б": "6"})


@lru_cache(maxsize=1)
def tesseract_ready() -> None:
    """Raises ReadError naming the packages when Tesseract or its Russian data is missing;
    a success is remembered for the process (every scanned page asks)."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise ToolMissing("в PDF нет текстового слоя (скан): для распознавания " + TESS_INSTALL)
    langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    if "rus" not in langs.split():
        raise ToolMissing("для распознавания скана нужны русские данные Tesseract: " + TESS_INSTALL)


def render(page) -> np.ndarray:
    """Grey image of a pdfplumber page at DPI."""
    img = page.to_image(resolution=DPI).original.convert("L")
    return np.asarray(img)


def skew_angle(grey: np.ndarray) -> float:
    """The rotation (degrees) that makes text lines and rulings most horizontal: the angle
    whose row profile of dark pixels is sharpest."""
    small = Image.fromarray(grey).reduce(4)
    dark = Image.fromarray(((np.asarray(small) < 160) * 255).astype(np.uint8))
    best, best_score = 0.0, -1.0
    for angle in np.arange(-3.0, 3.01, 0.25):
        rotated = np.asarray(dark.rotate(float(angle), resample=Image.Resampling.NEAREST, fillcolor=0))
        profile = rotated.sum(axis=1).astype(np.float64)
        score = float(np.square(np.diff(profile)).sum())
        if score > best_score:
            best, best_score = float(angle), score
    return best


def deskew(grey: np.ndarray) -> np.ndarray:
    angle = skew_angle(grey)
    if abs(angle) < 0.1:
        return grey
    img = Image.fromarray(grey).rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=False)
    return np.asarray(img)


def binarize(grey: np.ndarray) -> np.ndarray:
    """Dark pixels (True) by Otsu's threshold."""
    hist = np.bincount(grey.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    cum = np.cumsum(hist)
    cum_mean = np.cumsum(hist * np.arange(256))
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (cum_mean[-1] * cum / total - cum_mean) ** 2 / (cum * (total - cum))
    t = int(np.nanargmax(between))
    return grey <= t


def _close(mask: np.ndarray, axis: int, k: int = 2) -> np.ndarray:
    """Bridge gaps of up to 2k pixels along the axis: noise breaks thin ruling lines."""
    out = mask.copy()
    for d in range(1, k + 1):
        if axis == 1:
            out[:, d:] |= mask[:, :-d]
            out[:, :-d] |= mask[:, d:]
        else:
            out[d:, :] |= mask[:-d, :]
            out[:-d, :] |= mask[d:, :]
    return out


def _runs(mask: np.ndarray, length: int, axis: int) -> np.ndarray:
    """Pixels that lie in a run of at least `length` dark pixels along the axis."""
    mask = _close(mask, axis)
    m = mask if axis == 1 else mask.T
    c = np.cumsum(np.pad(m.astype(np.int32), ((0, 0), (1, 0))), axis=1)
    win = c[:, length:] - c[:, :-length]
    full = win == length
    # mark every pixel covered by a full window
    idx = np.zeros((m.shape[0], m.shape[1] + 1), dtype=np.int32)
    idx[:, : full.shape[1]] += full
    idx[:, length: length + full.shape[1]] -= full
    out = np.cumsum(idx, axis=1)[:, : m.shape[1]] > 0
    return out if axis == 1 else out.T


def _segments(mask: np.ndarray, axis: int, min_len: int) -> list[tuple[float, float, float]]:
    """Ruling lines as (position, start, end): horizontal lines (axis=1) by y, vertical by x."""
    m = mask if axis == 1 else mask.T
    rows = np.where(m.sum(axis=1) >= min_len)[0]
    segs = []
    if rows.size == 0:
        return segs
    groups = np.split(rows, np.where(np.diff(rows) > 2)[0] + 1)
    for g in groups:
        # a thick band is text or a picture, not a ruling line; a long line left a little
        # slanted by de-skewing spans a wide band but stays thin at every point along it
        thickness = m[g[0]: g[-1] + 1].sum(axis=0)
        if g[-1] - g[0] > 10 and (g[-1] - g[0] > 40 or np.median(thickness[thickness > 0]) > 8):
            continue
        band = m[g[0]: g[-1] + 1].any(axis=0)
        cols = np.where(band)[0]
        parts = np.split(cols, np.where(np.diff(cols) > 8)[0] + 1)
        for p in parts:
            if p.size and p[-1] - p[0] >= min_len:
                segs.append((float(g.mean()), float(p[0]), float(p[-1])))
    return segs


def line_masks(dark: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pixels of horizontal and vertical rulings: long runs of dark pixels, longer than any
    letter (a 12 pt letter is about 50 px tall at 300 dpi)."""
    return (_runs(dark, max(80, dark.shape[1] // 30), axis=1),
            _runs(dark, max(60, dark.shape[0] // 60), axis=0))


def cell_boxes(dark: np.ndarray) -> list[tuple[float, float, float, float]]:
    """Cells (x0, top, x1, bottom) from ruling lines; a missing line between two cells
    merges them, as a merged cell in the original."""
    h_mask, v_mask = line_masks(dark)
    hs = _segments(h_mask, 1, max(80, dark.shape[1] // 20))
    vs = _segments(v_mask, 0, max(60, dark.shape[0] // 60))
    if len(hs) < 2 or len(vs) < 2:
        return []
    ys = sorted({round(y) for y, _, _ in hs})
    xs = sorted({round(x) for x, _, _ in vs})
    ys = _merge_close(ys)
    xs = _merge_close(xs)
    tol = 6

    def has_v(x, y0, y1):
        return any(abs(vx - x) <= tol and s <= y0 + tol and e >= y1 - tol for vx, s, e in vs)

    def has_h(y, x0, x1):
        return any(abs(hy - y) <= tol and s <= x0 + tol and e >= x1 - tol for hy, s, e in hs)

    boxes = []
    taken = set()
    for i in range(len(ys) - 1):
        for j in range(len(xs) - 1):
            if (i, j) in taken or not has_v(xs[j], ys[i], ys[i + 1]) or not has_h(ys[i], xs[j], xs[j + 1]):
                continue
            j2 = j + 1
            while j2 < len(xs) - 1 and not has_v(xs[j2], ys[i], ys[i + 1]):
                j2 += 1
            if not has_v(xs[j2], ys[i], ys[i + 1]):
                continue
            i2 = i + 1
            while i2 < len(ys) - 1 and not has_h(ys[i2], xs[j], xs[j2]):
                i2 += 1
            if not has_h(ys[i2], xs[j], xs[j2]):
                continue
            for a in range(i, i2):
                for b in range(j, j2):
                    taken.add((a, b))
            boxes.append((float(xs[j]), float(ys[i]), float(xs[j2]), float(ys[i2])))
    return boxes


def _merge_close(values: list[int], gap: int = 8) -> list[int]:
    out: list[int] = []
    for v in values:
        if out and v - out[-1] <= gap:
            continue
        out.append(v)
    return out


def _tesseract(img: np.ndarray, timeout: float, whitelist: str | None = None) -> list[dict]:
    """Tesseract (rus) over an image: words with boxes (pixels) and confidence 0-100.
    Russian only, so that "МБОУ" is not read as the Latin "MBOY"; one uniform block
    (psm 6), since words keep their boxes anyway."""
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="PNG")
    cmd = ["tesseract", "stdin", "stdout", "-l", "rus", "--psm", "6"]
    if whitelist:
        cmd += ["-c", f"tessedit_char_whitelist={whitelist}"]
    try:
        proc = subprocess.run(cmd + ["tsv"], input=buf.getvalue(), capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        raise ReadError("распознавание скана не уложилось во время") from e
    words = []
    reader = csv.DictReader(io.StringIO(proc.stdout.decode("utf-8", errors="replace")), delimiter="\t",
                            quoting=csv.QUOTE_NONE)
    for row in reader:
        text = (row.get("text") or "").strip()
        if not text:
            continue
        x, y, w, h = (int(row[k]) for k in ("left", "top", "width", "height"))
        words.append({"text": text, "x0": x, "x1": x + w, "top": y, "bottom": y + h,
                      "conf": float(row.get("conf") or 0)})
    return words


INK = 150  # grey level below which a de-speckled pixel is ink
STRIP_GAP = 40  # pixels of white between two cells on a strip: tesseract keeps them apart as lines


def ink_crop(ink: np.ndarray, box: tuple) -> tuple[int, int, int, int] | None:
    """The ink inside a cell (x0, top, x1, bottom in pixels), a few pixels in from its rulings;
    None for an empty cell."""
    x0, t, x1, b = (int(round(v)) for v in box)
    inner = ink[t + 4: b - 3, x0 + 4: x1 - 3]
    ys, xs = np.nonzero(inner)
    if ys.size < 10:
        return None
    return (x0 + 4 + max(0, int(xs.min()) - 2), t + 4 + max(0, int(ys.min()) - 2),
            x0 + 4 + int(xs.max()) + 3, t + 4 + int(ys.max()) + 3)


def strip_words(ink: np.ndarray, crops: list[tuple[int, int, int, int]], timeout: float,
                whitelist: str | None = None) -> list[list[dict]]:
    """OCR of many cells in one Tesseract call: each cell's ink is cut out and stacked on a
    white strip, so that no neighbouring cell, ruling or noise leaks into it and a lone "11"
    is read as a line of its own, not as part of the row. Words come back in page pixels."""
    if not crops:
        return []
    height = sum(b - t + STRIP_GAP for _, t, _, b in crops) + STRIP_GAP
    width = max(x1 - x0 for x0, _, x1, _ in crops) + 2 * STRIP_GAP
    strip = np.full((height, width), 255, dtype=np.uint8)
    spans, y = [], STRIP_GAP
    for x0, t, x1, b in crops:
        strip[y: y + b - t, STRIP_GAP: STRIP_GAP + x1 - x0] = np.where(ink[t:b, x0:x1], 0, 255)
        spans.append(y)
        y += b - t + STRIP_GAP
    out: list[list[dict]] = [[] for _ in crops]
    for w in (piece for word in _tesseract(strip, timeout, whitelist) for piece in _split_sign(strip, word)):
        cy = (w["top"] + w["bottom"]) / 2
        i = int(np.searchsorted(spans, cy + STRIP_GAP / 2)) - 1
        if i < 0:
            continue
        x0, t = crops[i][0], crops[i][1]
        dx, dy = x0 - STRIP_GAP, t - spans[i]
        out[i].append({**w, "x0": w["x0"] + dx, "x1": w["x1"] + dx, "top": w["top"] + dy,
                       "bottom": w["bottom"] + dy})
    return out


def _split_sign(img: np.ndarray, w: dict) -> list[dict]:
    """"№ 2" and "№2" both come back from Tesseract as one word; the blank columns after the
    sign tell them apart (a space is about a third of the letter height, letter spacing less)."""
    if not re.fullmatch(r"№\d\S*", w["text"]):
        return [w]
    cols = (img[w["top"]: w["bottom"], w["x0"]: w["x1"]] < 128).any(axis=0)
    ink = np.flatnonzero(cols)
    if ink.size == 0:
        return [w]
    blank, best, best_at = 0, 0, 0
    for x in range(int(ink[0]), int(ink[-1])):
        blank = 0 if cols[x] else blank + 1
        if blank > best:
            best, best_at = blank, x
    # the widest blank run must end about a letter height in: the gap after the sign (a wide
    # glyph), not one between the digits of "100"
    height = w["bottom"] - w["top"]
    if best < 0.3 * height or not 0.6 * height <= best_at - ink[0] <= 2.2 * height:
        return [w]
    cut = w["x0"] + best_at
    return [{**w, "text": "№", "x1": cut - best + 1}, {**w, "text": w["text"][1:], "x0": cut + 1}]


def _is_number(text: str) -> bool:
    return is_number(fix_number(text))


def _word_instead(text: str) -> bool:
    """What a number column may hold instead of a number: "нет", "н/д", "х" or "да"."""
    return parse_number(text) is not None or text.strip(" .:").lower() == "да"


def cell_words(ink: np.ndarray, boxes: list[tuple], timeout: float) -> list[dict]:
    """Words of all cells of a page. A column whose cells mostly read as numbers has its
    other short cells read again with digits only ("ти" was "11")."""
    found = [(box, ink_crop(ink, box)) for box in boxes]
    found = [(box, c) for box, c in found if c is not None]
    per_cell = strip_words(ink, [c for _, c in found], timeout)
    texts = [" ".join(w["text"] for w in ws) for ws in per_cell]
    columns: dict[tuple, list[int]] = {}
    for i, (box, _) in enumerate(found):
        columns.setdefault((round(box[0]), round(box[2])), []).append(i)
    again = []
    for members in columns.values():
        numeric = {i for i in members if _is_number(texts[i])}
        if len(numeric) < 2 or len(numeric) < 0.5 * len(members):
            continue
        first = min(found[i][0][1] for i in numeric)  # the header ("№ п/п") sits above the numbers
        again += [i for i in members if i not in numeric and len(texts[i]) <= 6 and found[i][0][1] > first
                  and "№" not in texts[i] and not _word_instead(texts[i])]
    if again:
        redo = strip_words(ink, [found[i][1] for i in again], timeout, whitelist="0123456789.,%")
        for i, ws in zip(again, redo, strict=True):
            if ws:
                per_cell[i] = ws
    return [w for ws in per_cell for w in ws]


def scan_page(page, cache: Path | None, timeout: float) -> dict:
    """Cells and words of one scanned page, in PDF points; cached as JSON."""
    if cache is not None and cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    grey = deskew(render(page))
    # Thin rulings come out grey after scanning: find them with a lenient threshold.
    dark = grey < 210
    boxes = cell_boxes(dark)
    # blank out the rulings so that Tesseract reads text, not lines
    clean = grey.copy()
    h_mask, v_mask = line_masks(dark)
    clean[h_mask | v_mask] = 255
    # a median filter takes the speckle of a scan away
    clean = np.asarray(Image.fromarray(clean).filter(ImageFilter.MedianFilter(3))).copy()
    words = cell_words(clean < INK, boxes, timeout) if boxes else []
    for x0, t, x1, b in boxes:  # the page pass reads only the text around the tables
        clean[int(t): int(b) + 1, int(x0): int(x1) + 1] = 255
    if (clean < INK).sum() > 500:
        words += _tesseract(clean, timeout)
    k = 72.0 / DPI
    result = {"cells": [[v * k for v in b] for b in boxes],
              "words": [{**w, **{key: w[key] * k for key in ("x0", "x1", "top", "bottom")}} for w in words]}
    if cache is not None:
        tmp = cache.with_suffix(".tmp")
        tmp.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        tmp.replace(cache)
        # what an older reader version wrote for this page will not be read again
        for old in cache.parent.glob(cache.name.rsplit("-v", 1)[0] + "-v*.json"):
            if old != cache:
                old.unlink(missing_ok=True)
    return result


# Letters Tesseract confuses in a noisy Russian scan, as (read, meant): "пелагогов" was
# "педагогов", "мотивапия" "мотивация", "учаихся" "учащихся".
CONFUSIONS = [("л", "д"), ("п", "ц"), ("л", "т"), ("с", "е"), ("е", "с"), ("и", "й"), ("й", "и"), ("ш", "щ"),
              ("т", "г"), ("г", "т"), ("н", "и"), ("и", "н"), ("ии", "щ"), ("ии", "ш"), ("тт", "ш"), ("ит", "ш"),
              ("ни", "щ"), ("ки", "щ"), ("ы", "ь"), ("ь", "ы"), ("о", "с"), ("в", "з"), ("з", "в"), ("ц", "п"),
              ("д", "л"), ("п", "р"), ("н", "д"), ("и", "п"), ("г", "е"), ("н", "я"), ("пт", "ш"), ("пг", "ш"),
              ("тик", "шк"), ("тк", "шк")]
# Abbreviations and words of the field that a dictionary does not know or OCR garbles
# beyond one confusion ("ПТкола"): a word this close to one (rapidfuzz ratio, length ±1) is read as it.
LEXICON = ["МБОУ", "МАОУ", "МКОУ", "МБУ", "МБДОУ", "ДО", "СОШ", "ООШ", "СШ", "ИТОГО", "школа", "Школа", "Гимназия",
           "Лицей", "Ученик-ученик", "Учитель-учитель", "Студент-ученик", "Работодатель-ученик"]
EDGE = "«»\"'()[].,:;!?"
DEBRIS = " —–-_=|~'‘’`.,:;!"


def _known(word: str) -> bool:
    from normalizers.morph import analyzer

    return analyzer().word_is_known(word.replace("ё", "е"))


def _confusion_fix(low: str) -> str | None:
    """The dictionary word one or two confusions away from an unknown word, fewest first."""
    frontier = [low]
    for _ in range(2):
        nxt = []
        for w in frontier:
            for read, meant in CONFUSIONS:
                start = w.find(read)
                while start != -1:
                    cand = w[:start] + meant + w[start + len(read):]
                    if _known(cand):
                        return cand
                    nxt.append(cand)
                    start = w.find(read, start + 1)
        frontier = nxt[:400]
    return None


# Lemmas of the words report tables are headed with; their forms are what a garbled header
# word that no single confusion explains ("молелых специалислов") is matched against.
FIELD_LEMMAS = ["количество", "число", "доля", "процент", "человек", "всего", "итого", "средний", "показатель",
                "молодой", "специалист", "педагог", "педагогический", "работник", "учитель", "ученик",
                "обучающийся", "учащийся", "студент", "работодатель", "наставник", "наставляемый",
                "наставничество", "сопровождение", "вовлечённый", "вовлечь", "различный", "форма", "роль",
                "реализуемый", "реализовать", "программа", "участник", "предприятие", "партнёр", "организация",
                "образовательный", "общеобразовательный", "наименование", "название", "пара", "охват",
                "мероприятие", "план", "плановый", "фактический", "школа", "гимназия", "лицей", "учреждение",
                # and the titles a document's kind is told by
                "аналитический", "информационный", "справка", "приказ", "отчёт", "мониторинг", "итог",
                "положение", "распоряжение", "протокол"]


@lru_cache(maxsize=1)
def field_forms() -> list[str]:
    from normalizers.morph import analyzer

    forms = set()
    for lemma in FIELD_LEMMAS:
        for p in analyzer().parse(lemma)[:2]:
            forms.update(f.word.replace("ё", "е") for f in p.lexeme)
    return sorted(forms)


def _field_fix(low: str) -> str | None:
    from rapidfuzz import fuzz, process

    if len(low) < 5:
        return None
    forms = [f for f in field_forms() if f[0] == low[0] and abs(len(f) - len(low)) <= 2]
    hit = process.extractOne(low, forms, scorer=fuzz.ratio, score_cutoff=70)
    return hit[0] if hit else None


def _repair_run(run: str) -> str:
    if _known(run.lower()):
        return run
    fixed = _confusion_fix(run.lower()) or _field_fix(run.lower())
    if not fixed:
        return run
    if run.isupper():
        return fixed.upper()
    return fixed[0].upper() + fixed[1:] if run[0].isupper() else fixed


@lru_cache(maxsize=50000)
def repair_word(word: str) -> str:
    """An OCR word mended: a word the dictionary (pymorphy2) knows is kept; an unknown one is
    replaced by the known word one or two typical confusions away ("П.К.Калелина" →
    "П.К.Каледина"), or, failing that, by a close field word ("Срелняя" → "Средняя")."""
    core = word.strip(EDGE)
    if len(core) < 3 or any(ch.isdigit() for ch in core) or core in LEXICON:
        return word
    mended = re.sub(r"[А-Яа-яЁё]{4,}", lambda m: _repair_run(m.group()), word)
    if mended != word:
        return mended
    from rapidfuzz import fuzz, process

    hit = process.extractOne(core, LEXICON, scorer=fuzz.ratio, score_cutoff=78)
    if hit and abs(len(hit[0]) - len(core)) <= 1:
        return word.replace(core, hit[0])
    return word


# After a legal form and before a number, a short capitalised word is a school type: "СЕПТ", "СОРТ",
# "СОЛТ" and "ООПТ" are "СОШ" and "ООШ" with the Ш broken up by the scan.
_SHA = "(?:Ш|Щ|ПИТ|ПТ|ЛТ|ИТ|НТ|РТ|П\\]|П1|Н|П|Ц)"
_VOWEL_O = "[ОOЕС0Э]"
SCHOOL_TYPES = [("СОШ", re.compile(f"[СC]{_VOWEL_O}{_SHA}")), ("ООШ", re.compile(f"[ОO0]{_VOWEL_O}{_SHA}")),
                ("НОШ", re.compile(f"[НH]{_VOWEL_O}{_SHA}")), ("СШ", re.compile(f"[СC]{_SHA}"))]
_TYPE_SLOT = re.compile(r"\b((?:[МГЧ][БАК]?Д?ОУ|МБУ|МАУ|МКУ)\s+)([А-ЯA-Z\]1]{2,5})(?=\s*№|\s*\d)")
# After "№" a letter that looks like a digit is the digit: "№ з" is "№ 3".
_NUMBER_SLOT = re.compile(r"(№\s*)([0-9ОоOoЗзбБlI|]{1,4})(?![А-Яа-яA-Za-z])")


# Before "№", after a legal form and an adjective, the noun is "школа", "гимназия" or "лицей":
# "пткола", "тикоала", "икота" there are the scan's "школа".
_NOUN_SLOT = re.compile(r"(\b(?:[МГЧ][БАК]?Д?ОУ|МБУ|МАУ|МКУ)\s+[«\"“„]?(?:[А-Яа-я]+(?:ая|яя)\s+)?)"
                        r"([^\s№«»\"“”„\d]{4,8})(?=\s*№)")
INSTITUTION_NOUNS = ["школа", "гимназия", "лицей"]


def _institution_noun(m: re.Match) -> str:
    from rapidfuzz import fuzz, process

    word = m.group(2)
    hit = process.extractOne(word.lower(), INSTITUTION_NOUNS, scorer=fuzz.ratio, score_cutoff=50)
    if not hit or word.lower() == hit[0]:
        return m.group(0)
    # capitalised right after an opening quote ("«Школа № 5»"), as the first word of a name
    noun = hit[0].capitalize() if m.group(1)[-1] in "«\"“„" else hit[0]
    return m.group(1) + noun


def _school_type(m: re.Match) -> str:
    word = m.group(2)
    for name, pat in SCHOOL_TYPES:
        if word == name:
            break
        if pat.fullmatch(word):
            word = name
            break
    return m.group(1) + word


def clean_ocr_text(text: str) -> str:
    """Ruling debris at the edges of a cell ('—МБОУ … =') off; a quote left open closed; a
    school type broken by the scan mended."""
    out = _NOUN_SLOT.sub(_institution_noun, _TYPE_SLOT.sub(_school_type, text.strip(DEBRIS)))
    out = _NUMBER_SLOT.sub(lambda m: m.group(1) + m.group(2).translate(DIGIT_FIX), out)
    if out.count("«") > out.count("»"):
        out += "»"
    return out.replace("Ne ", "№ ").replace("N° ", "№ ")


def fix_number(text: str) -> str:
    """'1О' → '10' where a cell is meant to hold a number."""
    fixed = text.translate(DIGIT_FIX)
    digits = sum(ch.isdigit() for ch in fixed)
    return fixed if digits and digits >= 0.6 * len(fixed.replace(" ", "").replace("%", "")) else text
