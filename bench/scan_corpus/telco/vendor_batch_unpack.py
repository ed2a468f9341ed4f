"""Unpacks SIM vendor output batches (ICCID/IMSI listings) delivered as tar archives."""
from __future__ import annotations

import csv
import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

ALLOWED_SUFFIXES = {".out", ".csv", ".sig"}
MAX_MEMBER_BYTES = 50 * 1024 * 1024


@dataclass
class SimRecord:
    iccid: str
    imsi: str
    batch: str


class VendorBatchUnpacker:
    def __init__(self, staging_root: Path) -> None:
        self._staging_root = staging_root

    def _members(self, tar: tarfile.TarFile) -> list[tarfile.TarInfo]:
        members = []
        for member in tar.getmembers():
            if not member.isfile():
                continue
            if Path(member.name).suffix not in ALLOWED_SUFFIXES or member.size > MAX_MEMBER_BYTES:
                raise ValueError(f"unexpected member {member.name!r}")
            members.append(member)
        return members

    def unpack(self, batch: str, archive_path: Path) -> list[SimRecord]:
        workdir = Path(tempfile.mkdtemp(prefix="simbatch-", dir=self._staging_root))
        try:
            with tarfile.open(archive_path, "r:*") as tar:
                tar.extractall(workdir, members=self._members(tar), filter="data")
            records = []
            for listing in sorted(workdir.rglob("*.csv")):
                with listing.open(newline="") as fh:
                    for row in csv.DictReader(fh):
                        records.append(SimRecord(row["ICCID"], row["IMSI"], batch))
            return records
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
