"""PDF pages that are not upright, and text layers in the wrong encoding: read as their
upright, well-encoded twins."""
from __future__ import annotations

import re
import shutil
import subprocess

import docx
import pytest

from extractor.pipeline import extract
from extractor.readers import read_document

from .conftest import SEEDS


def _facts(path):
    return sorted((f.org_name, f.indicator, f.form, f.value) for f in extract(read_document(path)).facts)


@pytest.mark.parametrize("name", ["novocherkassk_spravka_2020", "dzerzhinsk_spravka_2020"])
@pytest.mark.parametrize("turn", [90, 180, 270])
def test_pages_turned_by_rotate_read_upright(tmp_path, name, turn):
    src = (SEEDS / f"{name}.pdf").read_bytes()
    turned = re.sub(rb"/Type\s*/Page(?!s)", b"/Type/Page/Rotate %d" % turn, src)
    assert turned != src
    (tmp_path / "turned.pdf").write_bytes(turned)
    assert _facts(tmp_path / "turned.pdf") == _facts(SEEDS / f"{name}.pdf")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_cyrillic_in_a_western_font_encoding_is_repaired(tmp_path):
    d = docx.Document(SEEDS / "novocherkassk_spravka_2020.docx")
    for t in d.element.body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"):
        if t.text:
            t.text = t.text.encode("cp1251", errors="replace").decode("cp1252", errors="replace")
    d.save(tmp_path / "mangled.docx")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(tmp_path / "mangled.docx")], capture_output=True, timeout=180, check=False)
    pdf = tmp_path / "mangled.pdf"
    if not pdf.exists():
        pytest.skip("LibreOffice could not convert")
    assert "Ñ" in "".join(p.text for p in read_document(tmp_path / "mangled.docx").paragraphs)
    doc = read_document(pdf)
    assert doc.paragraphs[0].text.startswith("Аналитическая справка")
    assert _facts(pdf) == _facts(SEEDS / "novocherkassk_spravka_2020.pdf")
