"""Format detection from content (magic bytes), the extension only breaking ties.

An archive is full of misnamed files: a PDF saved as .docx must still read as PDF.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

SUPPORTED_EXT = {".docx", ".pdf", ".txt", ".doc", ".rtf", ".odt", ".xlsx", ".ods", ".xlsm"}

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97 (.doc) compound file


def detect_format(path: Path, head: bytes | None = None) -> str:
    """One of docx, pdf, txt, doc, rtf, odt, xlsx, ods, or 'unknown'."""
    if head is None:
        with open(path, "rb") as f:
            head = f.read(2048)
    ext = path.suffix.lower()
    if head.lstrip(b"\x00\t\r\n ")[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
                if "word/document.xml" in names:
                    return "docx"
                if "xl/workbook.xml" in names:
                    return "xlsx"
                mimetype = z.read("mimetype") if "mimetype" in names else b""
                if b"opendocument.spreadsheet" in mimetype:
                    return "ods"
                if b"opendocument.text" in mimetype:
                    return "odt"
                if "content.xml" in names:
                    return "ods" if ext == ".ods" else "odt"
        except (zipfile.BadZipFile, OSError, KeyError):
            pass
        return {".docx": "docx", ".odt": "odt", ".xlsx": "xlsx", ".xlsm": "xlsx", ".ods": "ods"}.get(ext, "unknown")
    if head.startswith(OLE_MAGIC):
        return "doc"
    if head.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if ext in (".xlsx", ".xlsm", ".ods"):
        return "xlsx" if ext == ".xlsm" else ext[1:]
    if ext == ".doc" and not head.lstrip(b"\xef\xbb\xbf\x00\t\r\n ").startswith(b"<") and looks_like_text(head):
        return "txt"  # a plain text saved under .doc (Word opens it; so do we)
    if ext in (".docx", ".odt", ".doc", ".pdf"):
        # Named as an office file but its bytes say otherwise: the reader reports it as corrupt.
        return ext[1:]
    return "txt"


def looks_like_text(head: bytes) -> bool:
    """Bytes that decode to text (UTF-8 or cp1251) with almost no control characters."""
    if not head or b"\x00" in head[:4096]:
        return False
    for enc in ("utf-8", "cp1251"):
        try:
            text = head[:4096].decode(enc, errors="strict" if enc == "utf-8" else "replace")
        except UnicodeDecodeError:
            continue
        bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\r\n\f") or ch == "\ufffd")
        return bad <= len(text) * 0.01
    return False
