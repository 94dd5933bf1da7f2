"""ZIP archives in an input folder: each supported file inside is an input of its own, its
`source` being `archive.zip/inner/path`. The member is unpacked to a temporary file only while
it is read, within the same size limits as any file (a zip bomb is refused, not unpacked).

Inside the pipeline such a file has a virtual path — the archive's path followed by the
member's name — which `materialize` turns into a real file for the readers.
"""
from __future__ import annotations

import hashlib
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..model import ReadError

MAX_MEMBERS = 10_000
MAX_RATIO = 200  # a member that unpacks to 200× its packed size is a bomb, not a report


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its author wrote it: archives made on Russian Windows store
    names in cp866 without saying so (zip reads them as cp437)."""
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            name = name.encode("cp437").decode("cp866")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return name


def is_zip(path: Path) -> bool:
    return path.suffix.lower() == ".zip" and path.is_file()


def members(path: Path, supported: set[str]) -> list[str]:
    """Names of the supported files inside the archive (folders and nested archives skipped)."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()[:MAX_MEMBERS]
    except (zipfile.BadZipFile, OSError):
        return []
    out = []
    for info in infos:
        name = member_name(info)
        if info.is_dir() or Path(name).name.startswith(("~$", ".")) or "__MACOSX" in name:
            continue
        if Path(name).suffix.lower() in supported:
            out.append(name)
    return sorted(out)


def split_virtual(path: Path) -> tuple[Path, str] | None:
    """(archive, member) of a virtual path; None for a real file."""
    if path.exists():
        return None
    for parent in path.parents:
        if parent.suffix.lower() == ".zip" and parent.is_file():
            return parent, path.relative_to(parent).as_posix()
    return None


def _info(archive: zipfile.ZipFile, member: str) -> zipfile.ZipInfo:
    for info in archive.infolist():
        if member_name(info) == member:
            return info
    raise ReadError(f"в архиве нет файла {member}")


@contextmanager
def materialize(path: Path, max_bytes: int) -> Iterator[Path]:
    """A real file with the content of `path` (itself when it is one)."""
    virtual = split_virtual(path)
    if virtual is None:
        yield path
        return
    archive, member = virtual
    tmpdir = Path(tempfile.mkdtemp(prefix="spravki-zip-"))
    try:
        try:
            with zipfile.ZipFile(archive) as z:
                info = _info(z, member)
                if info.flag_bits & 0x1:
                    raise ReadError("файл в архиве зашифрован (защищён паролем)")
                if info.file_size > max_bytes:
                    raise ReadError(f"файл в архиве слишком большой: {info.file_size / 2**20:.0f} МБ")
                if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
                    raise ReadError("файл в архиве сжат в сотни раз — похоже на zip-бомбу, не распакован")
                target = tmpdir / ("member" + Path(member).suffix.lower())
                with z.open(info) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst, 1 << 20)
        except zipfile.BadZipFile as e:
            raise ReadError("архив ZIP повреждён") from e
        except (NotImplementedError, RuntimeError) as e:  # an unsupported compression, a password
            raise ReadError(f"файл в архиве не распаковывается: {e}"[:200]) from e
        yield target
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def sha256_of_member(path: Path) -> str:
    virtual = split_virtual(path)
    if virtual is None:
        raise FileNotFoundError(str(path))
    archive, member = virtual
    h = hashlib.sha256()
    try:
        with zipfile.ZipFile(archive) as z, z.open(_info(z, member)) as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except (zipfile.BadZipFile, ReadError, RuntimeError, NotImplementedError) as e:
        raise OSError(f"архив не читается: {e}") from e
    return h.hexdigest()


def exists(path: Path) -> bool:
    """A real file, or a member of an archive that is still there."""
    if path.exists():
        return True
    virtual = split_virtual(path)
    if virtual is None:
        return False
    archive, member = virtual
    try:
        with zipfile.ZipFile(archive) as z:
            _info(z, member)
        return True
    except (zipfile.BadZipFile, ReadError, OSError):
        return False


__all__ = ["materialize", "members", "is_zip", "sha256_of_member", "exists", "split_virtual"]
