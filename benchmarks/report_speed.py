"""report.html on a large archive: 1,000 documents (12 checks each, 30 municipalities) written
from a synthetic store, then opened and filtered in Chromium. Prints the seconds each step took.

usage: python benchmarks/report_speed.py [N_DOCS]
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor.dataset import refresh  # noqa: E402
from extractor.report import write_report  # noqa: E402
from extractor.store import Store  # noqa: E402


def synthetic(out: Path, n_docs: int) -> Store:
    rng = random.Random(7)
    store = Store(out / "outputs.sqlite")
    munis = [f"город Тестовск-{i}" for i in range(30)]
    with store.db:
        for d in range(n_docs):
            src = f"архив/{d:04d}_spravka.docx"
            muni = munis[d % len(munis)]
            store.db.execute("INSERT INTO documents (source, sha256, format, kind, title, municipality, as_of, status) "
                             "VALUES (?, ?, 'docx', 'справка', 'Аналитическая справка', ?, ?, 'ok')",
                             (src, f"{d:064x}", muni, f"202{d % 4}-12-31"))
            for k in range(12):
                status = "mismatch" if k < 2 else "ok"
                store.db.execute(
                    "INSERT INTO checks (source, \"check\", indicator, subject, stated, computed, status, message, "
                    "location, quote, check_id, evidence) VALUES (?, ?, 'mentors', '', ?, ?, ?, ?, ?, ?, ?, ?)",
                    (src, rng.choice(["sum", "share", "count", "mean"]), "120", "121" if status == "mismatch" else "120",
                     status, f"Строка «ИТОГО» (120) {'не ' if status == 'mismatch' else ''}совпадает с суммой",
                     f"table 1, row {k + 3}", "В 22 организациях 120 наставников", f"{d:06d}{k:06d}",
                     f"table 1, rows 2–{k + 2}, col 3"))
            for o in range(8):
                store.db.execute("INSERT INTO facts (source, municipality, as_of, org_id, org_name, indicator, form, "
                                 "variant, value, unit, raw, \"table\", \"row\", col) VALUES (?, ?, ?, ?, ?, 'mentors', "
                                 "'', '', ?, 'persons', '5', 1, ?, 3)",
                                 (src, muni, f"202{d % 4}-12-31", f"t{d % 30}/school-{o}", f"МБОУ СОШ № {o}",
                                  rng.randint(1, 40), o + 2))
    refresh(store.db)
    return store


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        t0 = time.perf_counter()
        store = synthetic(out, n)
        t1 = time.perf_counter()
        write_report(store, out / "report.html")
        t2 = time.perf_counter()
        store.close()
        size = (out / "report.html").stat().st_size / 2**20
        print(f"documents {n}: store {t1 - t0:.1f} s, report written {t2 - t1:.2f} s, {size:.1f} MB")
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            t3 = time.perf_counter()
            page.goto((out / "report.html").as_uri(), wait_until="load")
            t4 = time.perf_counter()
            page.select_option("#f-status", "mismatch")
            page.locator("#f-count").inner_text()
            t5 = time.perf_counter()
            page.select_option("#f-muni", "город Тестовск-3")
            page.locator("#f-count").inner_text()
            t6 = time.perf_counter()
            browser.close()
        print(f"chromium: open {t4 - t3:.2f} s, filter by status {t5 - t4:.2f} s, by municipality {t6 - t5:.2f} s")


if __name__ == "__main__":
    main()
