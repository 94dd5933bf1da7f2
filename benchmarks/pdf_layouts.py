"""PDF layouts of the same reports: each DOCX of the seeds and of the unseen corpora printed to
PDF as it is (ruled), with every table border removed (untagged, as most exports are), removed
and tagged, and ruled but stored as pages turned by /Rotate. Each variant is built and its facts
scored against the DOCX's gold, so a layout the reader cannot follow shows as a lower F1.

    .venv/bin/python benchmarks/pdf_layouts.py [--corpora seeds,dev,...] [--work /tmp/pdf-layouts]

Needs LibreOffice (soffice). Slow (a conversion per document and variant): not in `make test`.
"""
from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
UNSEEN = ROOT / "benchmarks" / "unseen" / "out"
VARIANTS = ("ruled", "borderless", "borderless-tagged", "rotated")
TAGGED = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def corpus_dirs(name: str) -> tuple[Path, Path]:
    if name in ("seeds", "practice"):
        return SHARED / "corpora" / name, SHARED / "gold" / name
    return UNSEEN / name, UNSEEN / "gold" / name


def strip_borders(src: Path, dst: Path) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document(src)
    for tbl in d.element.body.iter(qn("w:tbl")):
        for b in list(tbl.iter(qn("w:tblBorders"))) + list(tbl.iter(qn("w:tcBorders"))):
            b.getparent().remove(b)
        pr = tbl.find(qn("w:tblPr"))
        style = pr.find(qn("w:tblStyle"))
        if style is not None:
            pr.remove(style)
        borders = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), "nil")
            borders.append(e)
        pr.append(borders)
    d.save(dst)


def to_pdf(docx_path: Path, out_dir: Path, tagged: bool = False) -> Path | None:
    target = TAGGED if tagged else "pdf"
    subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", str(out_dir), str(docx_path)],
                   capture_output=True, timeout=300, check=False)
    pdf = out_dir / (docx_path.stem + ".pdf")
    return pdf if pdf.exists() else None


def rotate(pdf: Path, turn: int = 90) -> None:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    for page in doc:
        page.set_rotation(turn)
    tmp = pdf.with_suffix(".rot.pdf")
    doc.save(str(tmp))
    doc.close()
    tmp.replace(pdf)


def render(corpora: list[str], work: Path) -> dict[str, list[str]]:
    """Every variant of every DOCX under work/<variant>/<corpus>/; returns the stems per corpus."""
    stems: dict[str, list[str]] = {}
    for name in corpora:
        src_dir, gold_dir = corpus_dirs(name)
        gold_docs = {r["doc"] for r in csv.DictReader(open(gold_dir / "facts.csv", encoding="utf-8-sig"))}
        docs = sorted(p for p in src_dir.glob("*.docx") if p.stem in gold_docs)
        stems[name] = [p.stem for p in docs]
        tmp = work / "_docx" / name
        tmp.mkdir(parents=True, exist_ok=True)
        for p in docs:
            for variant in VARIANTS:
                out = work / variant / name
                out.mkdir(parents=True, exist_ok=True)
                if (out / f"{p.stem}.pdf").exists():
                    continue
                src = p
                if variant.startswith("borderless"):
                    src = tmp / p.name
                    strip_borders(p, src)
                pdf = to_pdf(src, out, tagged=variant.endswith("tagged"))
                if pdf and variant == "rotated":
                    rotate(pdf)
    return stems


def filtered_gold(gold_dir: Path, stems: list[str], dst: Path) -> Path:
    """The corpus's gold restricted to the documents rendered (the others are not missed)."""
    dst.mkdir(parents=True, exist_ok=True)
    for f in gold_dir.glob("*.csv"):
        with open(f, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
            fields = list(rows[0].keys()) if rows else []
        with open(dst / f.name, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=fields)
            w.writeheader()
            w.writerows(r for r in rows if r.get("doc", r.get("file", "")) in stems or "doc" not in r)
    return dst


def score(gold: Path, out: Path) -> dict[str, str]:
    res = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(gold), str(out)],
                         capture_output=True, text=True, check=False).stdout
    vals = {}
    for line in res.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            vals[k.strip()] = v.strip()
    return vals


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", default="seeds,dev,holdout,holdout2,holdout3,holdout4,holdout5,holdout6,"
                                        "holdout7,holdout8,holdout9,holdout10,holdout11")
    ap.add_argument("--work", default="/tmp/pdf-layouts")
    args = ap.parse_args()
    if shutil.which("soffice") is None:
        sys.exit("LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui")
    work = Path(args.work)
    corpora = [c for c in args.corpora.split(",") if corpus_dirs(c)[0].is_dir()]
    stems = render(corpora, work)
    spravki = ROOT / ".venv" / "bin" / "spravki"
    print(f"{'corpus':<11} {'docs':>4} " + " ".join(f"{v:>18}" for v in VARIANTS))
    for name in corpora:
        if not stems[name]:
            continue
        gold = filtered_gold(corpus_dirs(name)[1], stems[name], work / "_gold" / name)
        row = []
        for variant in VARIANTS:
            out = work / "_out" / variant / name
            subprocess.run([str(spravki), "build", str(work / variant / name), "-o", str(out), "--quiet", "--force"],
                           capture_output=True, check=False)
            row.append(score(gold, out).get("facts_f1", "?"))
        print(f"{name:<11} {len(stems[name]):>4} " + " ".join(f"{v:>18}" for v in row))


if __name__ == "__main__":
    main()
