"""Installs signage and attract-loop content packs onto the lobby kiosks."""
from __future__ import annotations

import hashlib
import logging
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)


class ContentPackError(Exception):
    pass


class ContentPackInstaller:
    max_members = 2000
    max_total_bytes = 512 * 1024 * 1024

    def __init__(self, install_root: Path) -> None:
        self.install_root = install_root.resolve()

    @staticmethod
    def sha256_of(path: Path) -> str:
        h = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(65536), b""):
                h.update(chunk)
        return h.hexdigest()

    def _vet(self, tar: tarfile.TarFile, dest: Path) -> list[tarfile.TarInfo]:
        members = tar.getmembers()
        if len(members) > self.max_members:
            raise ContentPackError("too many files in pack")
        total = 0
        for m in members:
            if not (m.isfile() or m.isdir()):
                raise ContentPackError(f"{m.name}: links and devices are not allowed")
            target = (dest / m.name).resolve()
            if not target.is_relative_to(dest):
                raise ContentPackError(f"{m.name}: outside pack directory")
            total += m.size
        if total > self.max_total_bytes:
            raise ContentPackError("pack too large")
        return members

    def install(self, pack: Path, pack_name: str, expected_sha256: str) -> Path:
        if self.sha256_of(pack) != expected_sha256.lower():
            raise ContentPackError("checksum mismatch")
        dest = (self.install_root / pack_name).resolve()
        if not dest.is_relative_to(self.install_root):
            raise ContentPackError("pack name outside install root")
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(pack, "r:gz") as tar:
            members = self._vet(tar, dest)
            tar.extractall(dest, members=members, filter="data")
        log.info("installed content pack %s (%d files)", pack_name, len(members))
        return dest
