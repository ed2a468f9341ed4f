"""Restores a studio's media backup (music tracks, handouts) from a tar.gz snapshot."""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, List

log = logging.getLogger("studio.restore")


@dataclass
class RestoreResult:
    restored: List[str] = field(default_factory=list)
    rejected: List[str] = field(default_factory=list)


class SnapshotRestorer:
    allowed_types = (tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.DIRTYPE)

    def __init__(self, destination: Path) -> None:
        self.destination = destination.resolve()
        self.result = RestoreResult()

    def _within_destination(self, member: tarfile.TarInfo) -> bool:
        target = (self.destination / member.name).resolve()
        return target.is_relative_to(self.destination)

    def _vetted(self, archive: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
        for member in archive.getmembers():
            if member.type not in self.allowed_types or not self._within_destination(member):
                self.result.rejected.append(member.name)
                continue
            member.mode &= 0o755
            self.result.restored.append(member.name)
            yield member

    def restore(self, snapshot: Path) -> RestoreResult:
        self.destination.mkdir(parents=True, exist_ok=True)
        with tarfile.open(snapshot, "r:gz") as archive:
            archive.extractall(self.destination, members=self._vetted(archive))
        if self.result.rejected:
            log.warning("skipped %d entries from %s", len(self.result.rejected), snapshot.name)
        return self.result


def restore_studio(snapshot_path: str, studio_root: str) -> dict:
    result = SnapshotRestorer(Path(studio_root)).restore(Path(snapshot_path))
    return {"restored": len(result.restored), "rejected": result.rejected}
