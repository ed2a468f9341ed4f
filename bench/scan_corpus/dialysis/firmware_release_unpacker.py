"""Unpacks signed firmware release tarballs for the machine fleet.

The machine vendor publishes releases as .tar.gz archives. Once the
detached signature has been checked by the release pipeline, the
archive is unpacked into the release cache for the rollout tool.
"""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("fleet.firmware")


@dataclass(frozen=True)
class ReleaseCache:
    root: Path = Path("/var/cache/fleet/releases")
    max_members: int = 500
    max_total_bytes: int = 512 * 1024 * 1024

    def slot(self, model: str, version: str) -> Path:
        path = self.root / model / version
        path.mkdir(parents=True, exist_ok=True)
        return path


class ReleaseUnpacker:
    extraction_filter = "data"

    def __init__(self, cache: ReleaseCache | None = None) -> None:
        self._cache = cache or ReleaseCache()

    def _check_budget(self, members: list[tarfile.TarInfo]) -> None:
        if len(members) > self._cache.max_members:
            raise ValueError("release archive has too many members")
        if sum(m.size for m in members) > self._cache.max_total_bytes:
            raise ValueError("release archive expands beyond the cache budget")

    def unpack(self, archive: Path, model: str, version: str) -> list[str]:
        dest = self._cache.slot(model, version)
        with tarfile.open(archive, mode="r:gz") as tar:
            members = tar.getmembers()
            self._check_budget(members)
            tar.extractall(path=dest, members=members, filter=self.extraction_filter)
        names = [m.name for m in members if m.isfile()]
        log.info("unpacked %s %s: %d files", model, version, len(names))
        return names

    def image_path(self, model: str, version: str) -> Path:
        images = sorted(self._cache.slot(model, version).rglob("*.img"))
        if len(images) != 1:
            raise FileNotFoundError(f"expected one image for {model} {version}")
        return images[0]
