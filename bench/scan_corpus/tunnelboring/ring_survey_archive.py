"""Unpack as-built ring survey archives delivered by the survey subcontractor.

Archives are .tar.gz bundles holding ovality scans and ring position CSVs
for a range of ring numbers.
"""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class ArchiveLimits:
    max_members: int = 20_000
    max_member_bytes: int = 512 * 1024 * 1024
    allowed_suffixes: tuple[str, ...] = (".csv", ".las", ".e57", ".txt", ".pdf")


class SurveyArchiveUnpacker:
    def __init__(self, dest_root: Path, limits: ArchiveLimits | None = None) -> None:
        self.dest_root = dest_root
        self.limits = limits or ArchiveLimits()

    def _member_filter(self, member: tarfile.TarInfo, dest: str) -> tarfile.TarInfo | None:
        member = tarfile.data_filter(member, dest)
        if member.isfile() and member.size > self.limits.max_member_bytes:
            raise tarfile.FilterError(member.name)
        if member.isfile() and not member.name.lower().endswith(self.limits.allowed_suffixes):
            log.info("skipping %s", member.name)
            return None
        return member

    def unpack(self, archive: Path, ring_range: str) -> Path:
        dest = self.dest_root / ring_range
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive, mode="r:gz") as tf:
            if len(tf.getmembers()) > self.limits.max_members:
                raise ValueError("archive has too many members")
            tf.extractall(dest, filter=self._member_filter)
        return dest
