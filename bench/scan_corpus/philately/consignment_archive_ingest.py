"""Unpacks tar archives of scans and descriptions sent in by consignors."""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("consignments.ingest")

ACCEPTED_SUFFIXES = (".jpg", ".jpeg", ".tif", ".png", ".txt", ".csv")


@dataclass
class IngestReport:
    consignment_id: int
    extracted: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def wanted(member: tarfile.TarInfo) -> bool:
    return member.isfile() and member.name.lower().endswith(ACCEPTED_SUFFIXES)


class ConsignmentIngest:
    def __init__(self, staging_root: Path, max_members: int = 5000) -> None:
        self.staging_root = staging_root
        self.max_members = max_members

    def destination(self, consignment_id: int) -> Path:
        dest = self.staging_root / f"consignment-{consignment_id}"
        dest.mkdir(parents=True, exist_ok=True)
        return dest

    def ingest(self, consignment_id: int, archive_path: Path) -> IngestReport:
        report = IngestReport(consignment_id)
        dest = self.destination(consignment_id)
        with tarfile.open(archive_path, mode="r:*") as tar:
            members = tar.getmembers()
            if len(members) > self.max_members:
                raise ValueError(f"archive holds {len(members)} entries, limit is {self.max_members}")
            for member in members:
                if not wanted(member):
                    report.skipped.append(member.name)
                    continue
                tar.extract(member, path=dest)
                report.extracted.append(member.name)
        log.info(
            "consignment %s: %d files extracted, %d skipped",
            consignment_id, len(report.extracted), len(report.skipped),
        )
        return report
