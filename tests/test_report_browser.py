"""report.html in a real browser (Debian's chromium, driven by Playwright; no download)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extractor import build

from .conftest import SEEDS, read_csv

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is installed by make setup (apt-get install chromium)")
def test_every_mismatch_is_shown_and_nothing_loads_from_network(tmp_path):
    from playwright.sync_api import sync_playwright

    out = tmp_path / "out"
    build([SEEDS], out, workers=2)
    mismatches = [r for r in read_csv(out / "checks.csv") if r["status"] == "mismatch"]
    requests = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page()
        page.on("request", lambda r: requests.append(r.url))
        page.goto((out / "report.html").as_uri())
        rows = page.locator("tr.mismatch")
        assert rows.count() == len(mismatches) == 24
        assert page.locator("details.doc[open]").count() == 0  # each document collapsed to its summary
        page.check("#f-open")
        shown = [t.strip() for t in page.locator("tr.mismatch td.message").all_inner_texts()]
        for m in mismatches:
            assert any(s.startswith(m["message"]) for s in shown), m["message"]
        assert page.locator("#summary .card.mismatch b").inner_text() == "24"
        assert page.locator("svg").count() >= 3
        # filters work offline: only mismatches, then one municipality
        page.select_option("#f-status", "mismatch")
        assert page.locator("tr.check-row:not(.hidden)").count() == 24
        page.select_option("#f-muni", "город Новошахтинск")
        assert page.locator("details.doc:not(.hidden)").count() == 0  # its приказ states nothing wrong
        page.select_option("#f-status", "")
        visible = page.locator("details.doc:not(.hidden)")
        assert visible.count() == 3 and all("novoshakhtinsk" in t for t in visible.locator("summary b").all_inner_texts())
        # a link to one check opens its document there
        first = mismatches[0]["check_id"]
        page.goto((out / "report.html").as_uri() + f"#check-{first}")
        assert page.locator(f"#check-{first}").is_visible()
        # a phone: nothing wider than the screen but the tables' own scroll boxes
        phone = browser.new_page(viewport={"width": 360, "height": 800})
        phone.goto((out / "report.html").as_uri())
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360
        page.screenshot(path=str(tmp_path / "report.png"), full_page=False)
        browser.close()
    assert [u for u in requests if not u.startswith("file://") and not u.startswith("data:")] == []
