"""Unpacks the monthly tyre catalogue archive from the main distributor.

The distributor publishes a tar.gz with product sheets (CSV), EU tyre
label images and PDF data sheets. The archive is unpacked into a dated
folder and the CSVs are handed to the catalogue loader.
"""
from __future__ import annotations

import os
import tarfile
from datetime import date
from pathlib import Path

CATALOGUE_ROOT = Path(os.environ.get("CATALOGUE_ROOT", "/srv/catalogue")).resolve()
MAX_MEMBER_BYTES = 50 * 1024 * 1024


class ArchiveRejected(Exception):
    pass


def _checked_members(archive: tarfile.TarFile, dest: Path):
    for member in archive.getmembers():
        if not (member.isfile() or member.isdir()):
            raise ArchiveRejected(f"unsupported member type: {member.name}")
        if member.size > MAX_MEMBER_BYTES:
            raise ArchiveRejected(f"member too large: {member.name}")
        target = (dest / member.name).resolve()
        if not target.is_relative_to(dest):
            raise ArchiveRejected(f"member outside destination: {member.name}")
        member.mode = 0o644 if member.isfile() else 0o755
        yield member


def unpack_catalogue(archive_path: Path, month: date) -> Path:
    dest = (CATALOGUE_ROOT / month.strftime("%Y-%m")).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:gz") as archive:
        archive.extractall(dest, members=list(_checked_members(archive, dest)))
    return dest


def product_sheets(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.csv"))


def label_images(folder: Path) -> dict[str, Path]:
    return {p.stem: p for p in folder.rglob("*.png")}
