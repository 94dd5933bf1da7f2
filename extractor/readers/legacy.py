"""DOC, RTF, ODT: converted to DOCX by LibreOffice headless, then read by the DOCX reader.

The reported format stays the original's. Without LibreOffice the file fails with a
message naming the package to install; nothing else is affected.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..model import Document, ReadError, ToolMissing
from ..settings import Settings


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(path: Path, target: str, suffix: str, timeout: float, what: str = "DOC/RTF/ODT") -> Path:
    """One file converted by LibreOffice headless into a new temporary folder."""
    exe = soffice()
    if exe is None:
        raise ToolMissing(f"для файлов {what} нужен LibreOffice: установите пакет "
                        "libreoffice-writer-nogui (apt-get install libreoffice-writer-nogui"
                        + (" libreoffice-calc-nogui)" if what == "ODS" else ")"))
    out = Path(tempfile.mkdtemp(prefix="spravki-lo-"))
    profile = out / "profile"
    cmd = [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
           "--convert-to", target, "--outdir", str(out), str(path)]
    try:
        subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as e:
        raise ReadError("LibreOffice не успел преобразовать файл (превышено время)") from e
    result = out / (path.stem + suffix)
    if not result.exists():
        if what == "ODS":
            raise ReadError("LibreOffice не смог преобразовать таблицу ODS: она повреждена, или не установлен "
                            "пакет libreoffice-calc-nogui")
        raise ReadError("LibreOffice не смог преобразовать файл: он повреждён или не поддерживается")
    return result


def convert_to_docx(path: Path, timeout: float) -> Path:
    return convert(path, "docx:MS Word 2007 XML", ".docx", timeout)


def cache_dir() -> Path:
    """Conversions and OCR are cached by the file's sha256, so a second build redoes none."""
    base = os.environ.get("SPRAVKI_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "spravki")
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


def read_legacy(path: Path, source: str, fmt: str, settings: Settings, sha256: str) -> Document:
    from .docx import read_docx

    if fmt == "doc":
        from .detect import OLE_MAGIC

        with open(path, "rb") as f:
            head = f.read(2048)
        if not head.startswith(OLE_MAGIC) and not head.lstrip(b"\xef\xbb\xbf\x00\t\r\n ").startswith(b"<"):
            # LibreOffice would import any bytes as text: neither a Word file nor HTML/XML saved as .doc
            raise ReadError("файл повреждён: это не документ Word (нет его сигнатуры) и не текст")
    cached = cache_dir() / f"{sha256}.docx"
    if not cached.exists():
        converted = convert_to_docx(path, timeout=min(settings.timeout_s, 90))
        try:
            tmp = cached.with_suffix(f".{os.getpid()}.tmp")
            shutil.move(str(converted), tmp)
            os.replace(tmp, cached)
        finally:
            shutil.rmtree(converted.parent, ignore_errors=True)
    doc = read_docx(cached, source, int(settings.max_unzipped_mb * 2**20))
    doc.format = fmt
    return doc
