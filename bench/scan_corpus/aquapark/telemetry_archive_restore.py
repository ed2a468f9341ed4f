"""Restore of archived telemetry tarballs for incident investigations.

When a health inspector asks about a past water quality incident, analysts
restore the relevant day's archive from cold storage into a scratch area.
"""
from __future__ import annotations

import tarfile
from dataclasses import dataclass
from pathlib import Path

import boto3


@dataclass(frozen=True)
class RestoreTarget:
    bucket: str
    scratch_root: Path = Path("/srv/analysis/restores")

    def workspace(self, incident_id: str) -> Path:
        path = self.scratch_root / incident_id
        path.mkdir(parents=True, exist_ok=True)
        return path


class ArchiveRestorer:
    def __init__(self, target: RestoreTarget, s3=None) -> None:
        self.target = target
        self.s3 = s3 or boto3.client("s3")

    def _download(self, key: str, dest: Path) -> Path:
        local = dest / Path(key).name
        self.s3.download_file(self.target.bucket, key, str(local))
        return local

    @staticmethod
    def _members(tar: tarfile.TarFile, dest: Path) -> list[tarfile.TarInfo]:
        root = dest.resolve()
        kept = []
        for member in tar.getmembers():
            if not (member.isfile() or member.isdir()):
                continue
            if not (root / member.name).resolve().is_relative_to(root):
                raise ValueError(f"archive member escapes workspace: {member.name}")
            kept.append(member)
        return kept

    def restore(self, incident_id: str, key: str) -> Path:
        dest = self.target.workspace(incident_id)
        archive = self._download(key, dest)
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(dest, members=self._members(tar, dest), filter="data")
        archive.unlink()
        return dest
