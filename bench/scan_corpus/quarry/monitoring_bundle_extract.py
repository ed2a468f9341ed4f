"""Extracts dust deposition gauge and PM10 monitor bundles sent by the environmental consultant."""
from __future__ import annotations

import tarfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BundlePolicy:
    max_members: int = 5000
    max_total_bytes: int = 500 * 1024 * 1024
    extraction_filter: str = "data"


class BundleTooLarge(Exception):
    pass


class MonitoringBundle:
    def __init__(self, archive: Path, policy: BundlePolicy = BundlePolicy()) -> None:
        self.archive = archive
        self.policy = policy

    def _check_size(self, tar: tarfile.TarFile) -> list[tarfile.TarInfo]:
        members = tar.getmembers()
        if len(members) > self.policy.max_members:
            raise BundleTooLarge(f"{len(members)} members")
        if sum(m.size for m in members if m.isfile()) > self.policy.max_total_bytes:
            raise BundleTooLarge("uncompressed size over limit")
        return members

    def extract_to(self, dest: Path) -> list[str]:
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(self.archive, mode="r:*") as tar:
            members = self._check_size(tar)
            tar.extractall(path=dest, members=members, filter=self.policy.extraction_filter)
        return sorted(m.name for m in members if m.isfile())


def pm10_files(extracted: list[str]) -> list[str]:
    return [name for name in extracted if "/pm10/" in f"/{name}" and name.endswith(".csv")]


def ingest(archive: Path, workspace: Path) -> dict[str, int]:
    names = MonitoringBundle(archive).extract_to(workspace / archive.stem)
    return {"files": len(names), "pm10": len(pm10_files(names))}
