"""Every threshold in one place, each with the reason it has the value it has."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # Files above this size are refused before parsing: a report is rarely over a few MB,
    # and a 200 MB "report" is almost always a mistake that would hold a worker for minutes.
    max_file_mb: float = 100.0
    # A DOCX whose XML parts would unpack beyond this is treated as a zip bomb.
    max_unzipped_mb: float = 300.0
    # One XML part of a DOCX (word/document.xml) beyond this is refused: python-docx holds the
    # whole tree, about nine times the XML (a 280 MB document.xml took 2.4 GB and over two
    # minutes); a real report's XML is under 5 MB, its pictures are apart. 60 MB keeps a worker
    # under 1 GiB (benchmarks/probes.py).
    max_xml_mb: float = 60.0
    # A page to be read by OCR is rendered at 300 dpi, and the reader holds several copies of it:
    # beyond this many megapixels (A3 is 17.4) the page is refused, so a worker stays under 1 GiB
    # (a page of 37 Mpx took 1.6 GB; a scroll 2480 × 60,000 px would need several GB).
    max_ocr_megapixels: float = 20.0
    # Per-document time limit (seconds); the build goes on without the document.
    timeout_s: float = 120.0
    # OCR of pages without a text layer (Tesseract); off, such a page is left out and a PDF
    # with no text at all fails with a reason.
    ocr: bool = True
    # Organization names whose fuzzy similarity (rapidfuzz, 0-100) to a known name of the same
    # type and number is at least this are merged; below review_score they are listed for review.
    org_match_score: float = 88.0
    org_review_score: float = 95.0
    # PDF: vertical gap (in line heights) above which two text lines start new paragraphs.
    pdf_paragraph_gap: float = 0.9
    # PDF: a line ending this far (share of text width) before the right margin ends a paragraph.
    pdf_short_line: float = 0.12

    # headers.csv of the archivist: (folded heading, indicator, unit); wins over the reading.
    headers: tuple[tuple[str, str, str], ...] = ()
    # corrections.csv of the archivist: (line, sha256, table, row, col, value, comment); the
    # cell is read as `value` before anything else reads the document.
    corrections: tuple[tuple[int, str, int, int, int, str, str], ...] = ()


DEFAULT = Settings()
