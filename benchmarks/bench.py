"""Benchmark: `spravki build` on corpora of N documents against the parsing floor.

For each size, a corpus is made from corpora/ (copies made distinct, mixed DOCX/PDF/TXT);
then, in the same run: the parsing floor (one process that only opens the files with the
same libraries: python-docx every paragraph and cell, pdfplumber extract_tables and
extract_text on every page, TXT decoded) and `spravki build` with 1 worker and with all
cores. Reported: documents per second, wall and CPU time, peak RSS.

    python benchmarks/bench.py --sizes 100,120,1000,5000 [--modes floor,1_worker,all_cores] [--json FILE]
"""
from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(p for p in (ROOT / "corpora").rglob("*") if p.suffix.lower() in (".docx", ".pdf", ".txt"))


def distinct_copy(src: Path, dst: Path, k: int) -> None:
    """A copy whose bytes (and so sha256) differ and which reads the same."""
    data = src.read_bytes()
    if src.suffix == ".pdf":
        data += f"\n%copy {k}\n".encode()
    elif src.suffix == ".txt":
        data += f"\n\nКопия {k}\n".encode()
    else:
        buf = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                zout.writestr(item, zin.read(item.filename))
            zout.comment = f"copy {k}".encode()
        data = buf.getvalue()
    dst.write_bytes(data)


def make_corpus(n: int, where: Path) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        src = SOURCES[k % len(SOURCES)]
        sub = where / f"d{k // 500:03d}"
        sub.mkdir(exist_ok=True)
        distinct_copy(src, sub / f"{k:05d}_{src.name}", k)
    return where


FLOOR = r"""
import sys, pathlib, docx, pdfplumber
from charset_normalizer import from_bytes
for p in sorted(pathlib.Path(sys.argv[1]).rglob("*")):
    if p.suffix == ".docx":
        d = docx.Document(str(p))
        for para in d.paragraphs: para.text
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells: cell.text
    elif p.suffix == ".pdf":
        with pdfplumber.open(str(p)) as pdf:
            for page in pdf.pages:
                page.extract_tables(); page.extract_text()
    elif p.suffix == ".txt":
        data = p.read_bytes()
        try: data.decode("utf-8")
        except UnicodeDecodeError: str(from_bytes(data).best())
"""


def tree_rss_kb(root: int) -> int:
    """Resident memory of a process and all its descendants (workers run at the same time)."""
    parent, rss = {}, {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            parent[int(d)] = int(fields[1])
            rss[int(d)] = int(fields[21]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(c for c, p in parent.items() if p == pid)
    return total


def measure(cmd: list[str]) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    # each measured command runs under its own shell child so its peak RSS is its own
    wrapped = [sys.executable, "-c", "import resource,subprocess,sys,json;"
               "r=subprocess.run(sys.argv[1:]).returncode;"
               "u=resource.getrusage(resource.RUSAGE_CHILDREN);"
               "print(json.dumps({'rc':r,'rss':u.ru_maxrss,'cpu':u.ru_utime+u.ru_stime}),file=sys.stderr)", *cmd]
    proc = subprocess.Popen(wrapped, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.5):
            peak[0] = max(peak[0], tree_rss_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - t0
    info = json.loads(err.strip().splitlines()[-1])
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "peak_rss_mb": round(info["rss"] / 1024, 1),
            "peak_tree_rss_mb": round(peak[0] / 1024, 1), "rc": info["rc"]}


MODES = ("floor", "1_worker", "all_cores")


def bench(n: int, tmp: Path, modes: tuple[str, ...] = MODES) -> dict:
    corpus = make_corpus(n, tmp / f"corpus-{n}")
    py = sys.executable
    spravki = [py, "-m", "extractor.cli", "build", str(corpus), "--quiet"]
    row = {"documents": n}
    if "floor" in modes:
        row["floor"] = measure([py, "-c", FLOOR, str(corpus)])
        row["floor"]["docs_per_s"] = round(n / row["floor"]["wall_s"], 1)
    for label, workers in (("build_1_worker", 1), ("build_all_cores", os.cpu_count() or 1)):
        if label.removeprefix("build_") not in modes:
            continue
        out = tmp / f"out-{n}-{workers}"
        shutil.rmtree(out, ignore_errors=True)
        row[label] = measure(spravki + ["-o", str(out), "--workers", str(workers)])
        row[label]["docs_per_s"] = round(n / row[label]["wall_s"], 1)
    if "floor" in row and "build_all_cores" in row:
        row["ratio_default_to_floor"] = round(row["build_all_cores"]["wall_s"] / row["floor"]["wall_s"], 2)
    shutil.rmtree(corpus, ignore_errors=True)
    return row


def table(rows: list[dict]) -> str:
    head = ("| documents | floor s | build 1 worker s | build all cores s | docs/s (all cores) | "
            "CPU s (all cores) | peak RSS MB, one process | peak RSS MB, all processes | build / floor |")
    lines = [head, "|" + "---|" * 9]
    for r in rows:
        blank = {"wall_s": "–", "cpu_s": "–", "docs_per_s": "–", "peak_rss_mb": 0, "peak_tree_rss_mb": 0}
        a, one, f = (r.get(k, blank) for k in ("build_all_cores", "build_1_worker", "floor"))
        lines.append(f"| {r['documents']} | {f['wall_s']} | {one['wall_s']} | {a['wall_s']} | {a['docs_per_s']} | "
                     f"{a['cpu_s']} | {max(a['peak_rss_mb'], one['peak_rss_mb'])} | "
                     f"{max(a.get('peak_tree_rss_mb', 0), one.get('peak_tree_rss_mb', 0))} | {r.get('ratio_default_to_floor', '–')} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,1000,5000")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results.json"))
    ap.add_argument("--modes", default=",".join(MODES), help="what to measure: floor, 1_worker, all_cores")
    args = ap.parse_args()
    os.environ.setdefault("SPRAVKI_CACHE", tempfile.mkdtemp(prefix="spravki-bench-cache-"))
    rows = []
    with tempfile.TemporaryDirectory(prefix="spravki-bench-") as tmp:
        for n in (int(x) for x in args.sizes.split(",")):
            rows.append(bench(n, Path(tmp), tuple(args.modes.split(","))))
            print(table(rows[-1:]), flush=True)
            # saved after every size, so a long run that is stopped keeps what it measured
            Path(args.json).write_text(json.dumps({"cores": os.cpu_count(), "rows": rows}, indent=1),
                                       encoding="utf-8")
    print(table(rows))


if __name__ == "__main__":
    main()
