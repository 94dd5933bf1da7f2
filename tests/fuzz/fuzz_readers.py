"""Atheris target: mutated DOCX (zip entries and XML), PDF (bytes) and TXT fed to the readers.
Every input must end as a Document or a ReadError with a reason; anything else is a crash.

    .venv/bin/python tests/fuzz/fuzz_readers.py -runs=10000     (make fuzz)
"""
from __future__ import annotations

import io
import sys
import tempfile
import zipfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["extractor", "normalizers"]):
    from dataclasses import replace

    from extractor import ReadError, read_document
    from extractor.pipeline import extract
    from extractor.settings import DEFAULT

# A PDF that lost its text would go to OCR: seconds per input and a growing heap in one
# long process. OCR has its own tests (tests/test_scans.py); here the readers are fuzzed.
SETTINGS = replace(DEFAULT, ocr=False)

SEEDS = Path(__file__).resolve().parents[2] / "corpora" / "seeds"
BASES = {ext: (SEEDS / f"novocherkassk_spravka_2020.{ext}").read_bytes() for ext in ("docx", "pdf", "txt")}
TMP = Path(tempfile.mkdtemp(prefix="spravki-fuzz-"))


def mutate_docx(fdp: atheris.FuzzedDataProvider) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(BASES["docx"]))
    out_buf = io.BytesIO()
    target = fdp.ConsumeIntInRange(0, len(src.infolist()) - 1)
    with zipfile.ZipFile(out_buf, "w") as out:
        for k, item in enumerate(src.infolist()):
            data = src.read(item.filename)
            if k == target or item.filename == "word/document.xml" and fdp.ConsumeBool():
                pos = fdp.ConsumeIntInRange(0, max(0, len(data) - 1))
                junk = fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 64))
                cut = fdp.ConsumeIntInRange(0, 64)
                data = data[:pos] + junk + data[pos + cut:]
            if not fdp.ConsumeProbability() < 0.02:  # sometimes an entry goes missing
                out.writestr(item.filename, data)
    return out_buf.getvalue()


def mutate_bytes(base: bytes, fdp: atheris.FuzzedDataProvider) -> bytes:
    data = bytearray(base)
    for _ in range(fdp.ConsumeIntInRange(1, 8)):
        pos = fdp.ConsumeIntInRange(0, len(data) - 1)
        data[pos: pos + fdp.ConsumeIntInRange(0, 32)] = fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 32))
    if fdp.ConsumeBool():
        data = data[: fdp.ConsumeIntInRange(0, len(data))]
    return bytes(data)


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    kind = fdp.ConsumeIntInRange(0, 2)
    if kind == 0:
        payload, ext = mutate_docx(fdp), "docx"
    else:
        ext = "pdf" if kind == 1 else "txt"
        payload = mutate_bytes(BASES[ext], fdp)
    path = TMP / f"input.{ext}"
    path.write_bytes(payload)
    try:
        doc = read_document(path, settings=SETTINGS)
    except ReadError as e:
        assert str(e), "a failure must carry a reason"
        return
    extract(doc)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
