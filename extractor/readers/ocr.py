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
import shutil
import subprocess
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from ..model import ReadError

DPI = 300
TESS_INSTALL = "установите пакеты tesseract-ocr и tesseract-ocr-rus (apt-get install tesseract-ocr tesseract-ocr-rus)"
# OCR slips in number cells: letters that look like digits
DIGIT_FIX = str.maketrans({"О": "0", "о": "0", "O": "0", "o": "0", "З": "3", "б": "6", "l": "1", "I": "1",
                           "|": "1", "S": "5", "В": "8", "Б": "6"})


def tesseract_ready() -> None:
    exe = shutil.which("tesseract")
    if exe is None:
        raise ReadError("в PDF нет текстового слоя (скан): для распознавания " + TESS_INSTALL)
    langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    if "rus" not in langs.split():
        raise ReadError("для распознавания скана нужны русские данные Tesseract: " + TESS_INSTALL)


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
        if g[-1] - g[0] > 10:  # a thick band is text or a picture, not a ruling line
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


def ocr_words(grey: np.ndarray, timeout: float) -> list[dict]:
    """Tesseract (rus) over the page: words with boxes (pixels) and confidence 0-100."""
    buf = io.BytesIO()
    # a median filter takes the speckle of a scan away; Russian only, so that "МБОУ" is not
    # read as the Latin "MBOY"; one uniform block, since words keep their boxes anyway
    Image.fromarray(grey).filter(ImageFilter.MedianFilter(3)).save(buf, format="PNG")
    try:
        proc = subprocess.run(["tesseract", "stdin", "stdout", "-l", "rus", "--psm", "6", "tsv"],
                              input=buf.getvalue(), capture_output=True, timeout=timeout)
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
    words = ocr_words(clean, timeout)
    k = 72.0 / DPI
    result = {"cells": [[v * k for v in b] for b in boxes],
              "words": [{**w, **{key: w[key] * k for key in ("x0", "x1", "top", "bottom")}} for w in words]}
    if cache is not None:
        tmp = cache.with_suffix(".tmp")
        tmp.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        tmp.replace(cache)
    return result


# Words of the field that OCR often garbles ("Срелняя", "ПТкола"): a word this close to one
# of them (rapidfuzz ratio, same length ±1) is read as it.
LEXICON = ["МБОУ", "МАОУ", "МКОУ", "МБУ", "ДО", "СОШ", "ООШ", "СШ", "школа", "Школа", "средняя", "Средняя",
           "основная", "Основная", "Гимназия", "гимназия", "Лицей", "лицей", "углубленным", "изучением",
           "французского", "языка", "отдельных", "предметов", "Ученик-ученик", "Учитель-учитель",
           "Студент-ученик", "Работодатель-ученик", "Нет", "молодых", "специалистов", "человек", "ИТОГО",
           "Итого:", "Средний", "показатель:", "Общее", "количество:", "образовательная", "организация"]
DEBRIS = " —–-_=|~'‘’`.,:;!"


def clean_ocr_text(text: str) -> str:
    """Ruling debris at the edges of a cell ('—МБОУ … =') off; garbled field words mended."""
    from rapidfuzz import fuzz, process

    words = []
    for w in text.split():
        if w in LEXICON or any(ch.isdigit() for ch in w) or len(w) < 3:
            words.append(w)
            continue
        core = w.strip("«»\"()")
        hit = process.extractOne(core, LEXICON, scorer=fuzz.ratio, score_cutoff=78)
        if hit and abs(len(hit[0]) - len(core)) <= 1:
            w = w.replace(core, hit[0])
        words.append(w)
    out = " ".join(words).strip(DEBRIS)
    if out.count("«") > out.count("»"):
        out += "»"
    return out.replace("Ne ", "№ ").replace("N° ", "№ ").replace("№", "№")


def fix_number(text: str) -> str:
    """'1О' → '10' where a cell is meant to hold a number."""
    fixed = text.translate(DIGIT_FIX)
    digits = sum(ch.isdigit() for ch in fixed)
    return fixed if digits and digits >= 0.6 * len(fixed.replace(" ", "").replace("%", "")) else text
