"""Imports kiln log bundles copied off the controllers' SD cards.

Older controllers can only export a .tar.gz of their firing logs. Staff
upload the archive and the CSV logs are extracted into the firing archive.
"""
import tarfile
from pathlib import Path

from tilemaker.settings import FIRING_ARCHIVE_DIR


class BundleError(ValueError):
    pass


def _csv_members(tar: tarfile.TarFile, dest: Path):
    for member in tar.getmembers():
        if not member.isfile():
            continue
        if not member.name.lower().endswith(".csv"):
            continue
        target = (dest / member.name).resolve()
        if not target.is_relative_to(dest):
            raise BundleError(f"entry escapes archive folder: {member.name}")
        yield member


def kiln_folder(kiln_number: int) -> Path:
    dest = (Path(FIRING_ARCHIVE_DIR) / f"kiln-{kiln_number:02d}").resolve()
    dest.mkdir(parents=True, exist_ok=True)
    return dest


def import_bundle(kiln_number: int, archive_path: str) -> int:
    dest = kiln_folder(kiln_number)
    with tarfile.open(archive_path, "r:gz") as tar:
        members = list(_csv_members(tar, dest))
        tar.extractall(dest, members=members, filter="data")
    return len(members)


def imported_logs(kiln_number: int) -> list:
    return sorted(str(p.relative_to(kiln_folder(kiln_number))) for p in kiln_folder(kiln_number).rglob("*.csv"))
