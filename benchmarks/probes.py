"""Hostile inputs, built and measured: the memory a worker needs for the largest inputs an
archive may hold, and what the build says of each. `make probes` (not part of `make test`).

Each probe is one file in a folder of its own, built with `spravki build` (one worker, so the
worker's peak is the process's own); the table gives the status and error the build wrote and
the peak resident memory of the largest process. The bar (issue «Faults and hostile inputs»):
every build finishes with the file listed, under 1 GiB per worker.

usage: python benchmarks/probes.py [--only docx,pdf,scan] [--out /tmp/spravki-probes]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEEDS = ROOT / "corpora" / "seeds"
sys.path.insert(0, str(HERE))
from bench import measure  # noqa: E402  (one way of measuring for every benchmark)

SPRAVKI = str(Path(sys.executable).parent / "spravki")


def huge_docx(dst: Path, target_mb: int = 280) -> None:
    """A seed DOCX whose body (its tables and paragraphs) is repeated until document.xml holds
    about `target_mb` MB: a large but well-formed Word file, under the 300 MB unpacking limit."""
    src = SEEDS / "salsk_spravka_2021.docx"
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    m = re.search(r"<w:body>(.*)(<w:sectPr.*?</w:sectPr>)\s*</w:body>", xml, re.S)
    body, sect = m.group(1), m.group(2)
    copies = max(1, target_mb * 1024 * 1024 // len(body.encode("utf-8")))
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            if name != "word/document.xml":
                out.writestr(name, data)
        with out.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(xml[: m.start(1)].encode("utf-8"))
            chunk = body.encode("utf-8")
            for _ in range(copies):
                f.write(chunk)
            f.write((sect + "</w:body></w:document>").encode("utf-8"))


def long_pdf(dst: Path, pages: int = 1000) -> None:
    """A seed PDF's pages repeated to `pages` pages (pypdfium2, a dev dependency)."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(next(SEEDS.glob("*.pdf"))))
    out = pdfium.PdfDocument.new()
    n = len(src)
    while len(out) < pages:
        out.import_pages(src, list(range(min(n, pages - len(out)))))
    out.save(str(dst))


def long_scan(dst: Path, height_px: int = 60000) -> None:
    """One page, an image only, 2480 px wide and `height_px` tall (a scroll scanned in one pass)."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (2480, height_px), 255)
    draw = ImageDraw.Draw(img)
    for y in range(200, height_px, 120):
        draw.text((200, y), f"Строка {y // 120}: МБОУ СОШ № {y % 97}  {y % 31}  {y % 17}", fill=0)
    img.save(dst, "PDF", resolution=300.0)


PROBES = {"docx": ("huge.docx", huge_docx),  # 280 MB of XML: refused
          "docx55": ("large.docx", lambda dst: huge_docx(dst, 55)),  # just under the limit: read
          "pdf": ("long.pdf", long_pdf), "scan": ("scroll.pdf", long_scan),  # 149 Mpx at 300 dpi: refused
          "scan37": ("tall.pdf", lambda dst: long_scan(dst, 15000)),  # 37 Mpx: refused
          "scanA3": ("a3.pdf", lambda dst: long_scan(dst, 7000))}  # 17 Mpx, an A3 sheet: read


def run(names: list[str], out: Path) -> list[dict]:
    rows = []
    for key in names:
        name, make = PROBES[key]
        folder = out / key
        shutil.rmtree(folder, ignore_errors=True)
        (folder / "in").mkdir(parents=True)
        make(folder / "in" / name)
        size = (folder / "in" / name).stat().st_size
        got = measure([SPRAVKI, "build", str(folder / "in"), "-o", str(folder / "out"), "--workers", "1", "--quiet"])
        docs = list(csv.DictReader(open(folder / "out" / "documents.csv", encoding="utf-8-sig")))
        d = docs[0] if docs else {}
        rows.append({"probe": key, "file": name, "size_mb": round(size / 2**20, 1), "status": d.get("status", "—"),
                     "error": d.get("error", ""), "pages": d.get("pages", ""), "tables": d.get("tables", ""), **got})
        print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default=",".join(PROBES))
    ap.add_argument("--out", default="/tmp/spravki-probes")
    args = ap.parse_args()
    rows = run(args.only.split(","), Path(args.out))
    print("| probe | file MB | status | error | pages | peak RSS MB, one process | wall s |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['probe']} | {r['size_mb']} | {r['status']} | {r['error'][:60]} | {r['pages']} | "
              f"{r['peak_rss_mb']} | {r['wall_s']} |")


if __name__ == "__main__":
    main()
