# Two commands: `make run` and `make test`. Both set up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint lock system-deps bench fuzz unseen layouts probes clean

$(STAMP): pyproject.toml requirements.lock
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c requirements.lock -e '.[dev]'
	touch $(STAMP)

# The lock file: the versions a fresh install resolves today, for reproducible `make` installs.
lock:
	rm -rf .venv-lock && $(PY) -m venv .venv-lock && .venv-lock/bin/pip install -q --upgrade pip
	.venv-lock/bin/pip install -q '.[dev]'
	{ echo "# Exact versions for the application install (make setup: pip install -c requirements.lock -e '.[dev]')."; \
	  echo "# Regenerate after changing pyproject.toml: make lock"; \
	  .venv-lock/bin/pip freeze --all | grep -v -E "^(pip|spravki)=="; } > requirements.lock
	rm -rf .venv-lock

setup: $(STAMP) system-deps

# LibreOffice (DOC/RTF/ODT, and Calc for ODS), Tesseract with Russian data (scans), poppler and Liberation fonts
# (PDF renditions with the metrics Word documents expect), chromium (the browser test of report.html):
# installed when missing and when we may (root with apt-get); otherwise those files fail with a clear message.
system-deps:
	@if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  missing=""; \
	  command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer-nogui"; \
	  ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1 || missing="$$missing libreoffice-calc-nogui"; \
	  command -v tesseract >/dev/null 2>&1 || missing="$$missing tesseract-ocr tesseract-ocr-rus"; \
	  command -v pdftoppm >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	  ls /usr/share/fonts/truetype/liberation* >/dev/null 2>&1 || missing="$$missing fonts-liberation"; \
	  command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	  if [ -n "$$missing" ]; then \
	    echo "installing:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null) \
	      || echo "warning: could not install$$missing; those formats will fail with a message"; \
	  fi; \
	fi

run: setup
	$(BIN)/spravki build corpora/ -o outputs/

test: setup
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check extractor normalizers spravki tests

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py --sizes 100,120,1000,5000

# Fifteen corpora of unseen reports by independent authors (generated, with gold), built and scored.
unseen: setup
	$(BIN)/python benchmarks/unseen/run.py

# The DOCX reports printed to PDF ruled, without borders (untagged and tagged) and turned by
# /Rotate, each built and scored against the same gold (needs LibreOffice; slow).
layouts: setup
	$(BIN)/python benchmarks/pdf_layouts.py

# The largest inputs an archive may hold (a 280 MB document.xml, a 1,000-page PDF, a scroll scanned
# in one page …), each built with one worker: status, reason and peak memory (slow; not in `make test`).
probes: setup
	$(BIN)/python benchmarks/probes.py

# 10,000 mutated DOCX/PDF/TXT inputs through the readers (atheris, libFuzzer-style); not in `make test`.
fuzz: $(STAMP)
	$(BIN)/pip install -q atheris==3.0.0
	PYTHONPATH=. $(BIN)/python tests/fuzz/fuzz_readers.py -runs=10000 -rss_limit_mb=8192 -artifact_prefix=/tmp/spravki-fuzz- \
	  2>/tmp/spravki-fuzz.log; status=$$?; grep -E "^(#[0-9]+ +DONE|Done|SUMMARY)" /tmp/spravki-fuzz.log | tail -3; exit $$status

clean:
	rm -rf $(VENV) outputs/*.csv outputs/*.sqlite outputs/*.xlsx outputs/*.html
