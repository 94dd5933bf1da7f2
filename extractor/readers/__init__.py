"""Readers: one per format, all producing the same Document. A new format is one new reader."""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..model import Document, ReadError
from ..settings import DEFAULT, Settings
from .detect import SUPPORTED_EXT, detect_format


def sha256_of(path: Path) -> str:
    path = Path(path)
    if not path.exists():
        from .archive import sha256_of_member  # a file inside a ZIP archive

        return sha256_of_member(path)
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_document(path: str | Path, source: str | None = None, settings: Settings = DEFAULT,
                  sha256: str | None = None) -> Document:
    """Read one file into the document model; raise ReadError with a Russian reason."""
    from .archive import materialize

    path = Path(path)
    source = source or path.name
    with materialize(path, int(settings.max_file_mb * 2**20)) as real:
        doc = _read(real, source, settings, sha256 or sha256_of(path))
    doc.path = str(path)
    return doc


def _read(path: Path, source: str, settings: Settings, sha256: str) -> Document:
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ReadError(f"файл не открывается: {e.strerror}") from e
    if size == 0:
        raise ReadError("пустой файл (0 байт)")
    max_bytes = int(settings.max_file_mb * 2**20)
    if size > max_bytes:
        raise ReadError(f"файл слишком большой: {size / 2**20:.0f} МБ, предел "
                        f"{settings.max_file_mb:.0f} МБ")
    fmt = detect_format(path)
    try:
        doc = _dispatch(fmt, path, source, settings, max_bytes, sha256)
    except ReadError:
        raise
    except MemoryError as e:
        raise ReadError("не хватило памяти при чтении файла") from e
    except RecursionError as e:
        raise ReadError("слишком глубокая вложенность структуры файла") from e
    except Exception as e:  # a parser's own failure on a broken file: reported, not raised
        raise ReadError(f"файл повреждён или не читается ({fmt}): {type(e).__name__}: {e}"[:300]) from e
    doc.sha256 = sha256
    doc.path = str(path)
    return doc


def _dispatch(fmt: str, path: Path, source: str, settings: Settings, max_bytes: int, sha256: str) -> Document:
    if fmt == "pdf":
        from .pdf import read_pdf
        return read_pdf(path, source, settings, sha256)
    if fmt == "docx":
        from .docx import read_docx
        return read_docx(path, source, int(settings.max_unzipped_mb * 2**20))
    if fmt == "txt":
        from .txt import read_txt
        return read_txt(path, source, max_bytes)
    if fmt == "xlsx":
        from .sheet import read_xlsx
        return read_xlsx(path, source, int(settings.max_unzipped_mb * 2**20))
    if fmt == "ods":
        from .sheet import read_ods
        return read_ods(path, source, settings, sha256)
    if fmt in ("doc", "rtf", "odt"):
        from .legacy import read_legacy
        return read_legacy(path, source, fmt, settings, sha256)
    raise ReadError("неизвестный формат файла")


__all__ = ["read_document", "detect_format", "SUPPORTED_EXT", "ReadError", "sha256_of"]
