"""Restores an archived season of competition scorecards from the off-site backup tarball."""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

log = logging.getLogger(__name__)


@dataclass
class RestorePlan:
    archive: Path
    destination: Path
    max_total_bytes: int = 5 * 1024**3


class ArchiveMemberError(ValueError):
    pass


class ScorecardArchiveRestorer:
    def __init__(self, plan: RestorePlan) -> None:
        self._plan = plan
        self._dest = plan.destination.resolve()

    def _checked_members(self, tar: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
        total = 0
        for member in tar.getmembers():
            if not (member.isfile() or member.isdir()):
                raise ArchiveMemberError(f"refusing special member {member.name}")
            target = (self._dest / member.name).resolve()
            if not target.is_relative_to(self._dest):
                raise ArchiveMemberError(f"member escapes destination: {member.name}")
            total += member.size
            if total > self._plan.max_total_bytes:
                raise ArchiveMemberError("archive larger than the restore allowance")
            member.mode &= 0o755
            yield member

    def restore(self) -> int:
        self._dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(self._plan.archive, "r:*") as tar:
            members = list(self._checked_members(tar))
            tar.extractall(self._dest, members=members)
        log.info("Restored %d scorecard files into %s", len(members), self._dest)
        return len(members)


def restore_season(backup_dir: Path, season: int, target_root: Path) -> int:
    plan = RestorePlan(archive=backup_dir / f"scorecards-{season}.tar.gz", destination=target_root / str(season))
    return ScorecardArchiveRestorer(plan).restore()
