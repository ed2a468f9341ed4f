"""Restores archived commission folders (photos, drawings, invoices) from tar backups."""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import List

log = logging.getLogger("forge.archive.restore")


@dataclass(frozen=True)
class RestoreRequest:
    archive: Path
    job_ref: str
    destination: Path


class JobArchiveRestorer:
    ALLOWED_SUFFIXES = (".jpg", ".jpeg", ".png", ".pdf", ".dxf", ".csv", ".json")

    def __init__(self, max_member_bytes: int = 500 * 1024 * 1024) -> None:
        self.max_member_bytes = max_member_bytes

    def _wanted(self, members: List[tarfile.TarInfo], job_ref: str) -> List[tarfile.TarInfo]:
        prefix = f"{job_ref}/"
        return [
            m
            for m in members
            if m.isfile()
            and m.name.startswith(prefix)
            and m.name.lower().endswith(self.ALLOWED_SUFFIXES)
            and m.size <= self.max_member_bytes
        ]

    def restore(self, req: RestoreRequest) -> int:
        req.destination.mkdir(parents=True, exist_ok=True)
        with tarfile.open(req.archive, mode="r:*") as tar:
            members = self._wanted(tar.getmembers(), req.job_ref)
            tar.extractall(path=req.destination, members=members, filter="data")
        log.info("restored %d files for %s from %s", len(members), req.job_ref, req.archive.name)
        return len(members)


def restore_latest(backup_dir: str, job_ref: str, workspace: str) -> int:
    archives = sorted(Path(backup_dir).glob("jobs-*.tar.gz"))
    if not archives:
        raise FileNotFoundError("no job archives found")
    request = RestoreRequest(archive=archives[-1], job_ref=job_ref, destination=Path(workspace))
    return JobArchiveRestorer().restore(request)
