"""Imports the yearly membership export archive handed over by the old club software."""
from __future__ import annotations

import csv
import tarfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class ImportedMember:
    number: str
    name: str
    email: str
    tier: str


class MemberArchiveImporter:
    allowed_suffixes = (".csv", ".txt")
    max_member_bytes = 20 * 1024 * 1024

    def __init__(self, staging_root: Path) -> None:
        self.staging_root = staging_root.resolve()

    def _accept(self, member: tarfile.TarInfo, dest: Path) -> bool:
        if not member.isfile() or member.size > self.max_member_bytes:
            return False
        if not member.name.endswith(self.allowed_suffixes):
            return False
        target = (dest / member.name).resolve()
        return target.is_relative_to(dest)

    def extract(self, archive_path: Path, batch: str) -> Path:
        dest = (self.staging_root / batch).resolve()
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive_path, "r:*") as tar:
            members = [m for m in tar.getmembers() if self._accept(m, dest)]
            tar.extractall(dest, members=members, filter="data")
        return dest

    @staticmethod
    def read_members(folder: Path) -> list[ImportedMember]:
        members: list[ImportedMember] = []
        for csv_path in sorted(folder.rglob("members*.csv")):
            with csv_path.open(newline="", encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    members.append(
                        ImportedMember(
                            number=row["member_no"].strip(),
                            name=row["name"].strip(),
                            email=row["email"].strip().lower(),
                            tier=row.get("tier", "standard").strip(),
                        )
                    )
        return members
