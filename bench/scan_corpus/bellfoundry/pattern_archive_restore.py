"""Restores archived mould-pattern sets (tar.gz) from cold storage for re-casting historic bells."""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

log = logging.getLogger("foundry.pattern_restore")


class MemberRejected(Exception):
    pass


@dataclass
class RestoreReport:
    archive: str
    restored: List[str] = field(default_factory=list)


class MemberScreen:
    max_member_bytes = 512 * 1024 * 1024

    def __init__(self, destination: Path) -> None:
        self.destination = destination.resolve()

    def check(self, member: tarfile.TarInfo) -> tarfile.TarInfo:
        if not (member.isfile() or member.isdir()):
            raise MemberRejected(f"{member.name}: links and devices are not restored")
        if member.size > self.max_member_bytes:
            raise MemberRejected(f"{member.name}: larger than allowed")
        target = (self.destination / member.name).resolve()
        if not target.is_relative_to(self.destination):
            raise MemberRejected(f"{member.name}: outside restore directory")
        member.mode &= 0o755
        return member


class PatternArchiveRestorer:
    def __init__(self, restore_root: Path) -> None:
        self.restore_root = restore_root

    def restore(self, archive_path: Path, pattern_set: str) -> RestoreReport:
        destination = self.restore_root / pattern_set
        destination.mkdir(parents=True, exist_ok=True)
        screen = MemberScreen(destination)
        report = RestoreReport(archive=archive_path.name)
        with tarfile.open(archive_path, mode="r:gz") as tar:
            members = [screen.check(m) for m in tar.getmembers()]
            tar.extractall(destination, members=members, filter="data")
            report.restored = [m.name for m in members if m.isfile()]
        log.info("restored %d pattern files into %s", len(report.restored), destination)
        return report


if __name__ == "__main__":
    import sys

    result = PatternArchiveRestorer(Path("/srv/workshop/restored")).restore(Path(sys.argv[1]), sys.argv[2])
    print("\n".join(result.restored))
