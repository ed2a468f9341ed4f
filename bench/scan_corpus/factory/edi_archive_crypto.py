"""At-rest encryption for archived EDI interchanges (X12 850/856/810)."""
import os
from pathlib import Path

from cryptography.fernet import Fernet, MultiFernet


def _fernet() -> MultiFernet:
    keys = [k for k in os.environ["EDI_ARCHIVE_KEYS"].split(",") if k]
    return MultiFernet([Fernet(k) for k in keys])


def archive_interchange(path: Path, archive_dir: Path) -> Path:
    data = path.read_bytes()
    target = archive_dir / (path.name + ".fernet")
    target.write_bytes(_fernet().encrypt(data))
    return target


def restore_interchange(path: Path) -> bytes:
    return _fernet().decrypt(path.read_bytes())


def rotate_archive(archive_dir: Path) -> int:
    f = _fernet()
    n = 0
    for item in archive_dir.glob("*.fernet"):
        item.write_bytes(f.rotate(item.read_bytes()))
        n += 1
    return n
