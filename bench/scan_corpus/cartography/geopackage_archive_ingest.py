"""Ingest of zipped GeoPackage deliveries from survey contractors.

Contractors deliver a zip with one or more .gpkg files plus metadata.
Every member path is checked to stay inside the staging directory before
anything is written.
"""
from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

ACCEPTED_SUFFIXES = {".gpkg", ".xml", ".txt", ".pdf"}
MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 8 * 1024 ** 3


class ArchiveRejected(Exception):
    pass


def _safe_target(staging: Path, member_name: str) -> Path:
    target = (staging / member_name).resolve()
    if not target.is_relative_to(staging):
        raise ArchiveRejected(f"member escapes staging directory: {member_name!r}")
    return target


def ingest_archive(archive_path: Path, staging_root: Path, delivery_id: int) -> list[Path]:
    staging = (staging_root / f"delivery_{delivery_id}").resolve()
    staging.mkdir(parents=True, exist_ok=True)
    geopackages: list[Path] = []
    with zipfile.ZipFile(archive_path) as archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise ArchiveRejected("too many files in delivery")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise ArchiveRejected("delivery expands beyond the size limit")
        for member in members:
            if Path(member.filename).suffix.lower() not in ACCEPTED_SUFFIXES:
                log.info("ignoring %s in delivery %s", member.filename, delivery_id)
                continue
            target = _safe_target(staging, member.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as src, target.open("wb") as out:
                shutil.copyfileobj(src, out)
            if target.suffix.lower() == ".gpkg":
                geopackages.append(target)
    if not geopackages:
        raise ArchiveRejected("delivery contains no GeoPackage")
    log.info("staged %d GeoPackages for delivery %s", len(geopackages), delivery_id)
    return geopackages
