"""Restore archived health questionnaires from the records retention store.

Questionnaires older than the active retention window are exported to tar
archives per site and year; this restores one archive for an audit request.
"""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger("spa.records.restore")

ALLOWED_SUFFIXES = (".json", ".pdf")


@dataclass
class RestoreRequest:
    site: str
    year: int
    archive: Path
    destination: Path


def _members(archive: tarfile.TarFile, destination: Path):
    root = destination.resolve()
    for member in archive.getmembers():
        if not member.isfile():
            logger.warning("skipping non-file member %s", member.name)
            continue
        target = (root / member.name).resolve()
        if not target.is_relative_to(root):
            logger.warning("skipping member outside destination %s", member.name)
            continue
        if not member.name.endswith(ALLOWED_SUFFIXES):
            continue
        yield member


def restore(request: RestoreRequest) -> int:
    request.destination.mkdir(parents=True, exist_ok=True)
    restored = 0
    with tarfile.open(request.archive, "r:gz") as archive:
        for member in _members(archive, request.destination):
            archive.extract(member, path=request.destination, filter="data")
            restored += 1
    logger.info(
        "restored %d questionnaires for %s/%d into %s",
        restored,
        request.site,
        request.year,
        request.destination,
    )
    return restored
