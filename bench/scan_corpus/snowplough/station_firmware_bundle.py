"""Extracts signed firmware tarballs for road weather station controllers."""
from __future__ import annotations

import tarfile
from dataclasses import dataclass
from pathlib import Path


class BundleError(Exception):
    pass


@dataclass
class FirmwareTarball:
    path: Path
    max_members: int = 500
    max_total_bytes: int = 256 * 1024 * 1024

    def _vetted_members(self, tar: tarfile.TarFile, dest: Path) -> list[tarfile.TarInfo]:
        vetted: list[tarfile.TarInfo] = []
        total = 0
        for member in tar.getmembers():
            if not (member.isfile() or member.isdir()):
                raise BundleError(f"unexpected member type: {member.name}")
            target = (dest / member.name).resolve()
            if not target.is_relative_to(dest):
                raise BundleError(f"member escapes bundle root: {member.name}")
            total += member.size
            vetted.append(member)
        if len(vetted) > self.max_members or total > self.max_total_bytes:
            raise BundleError("bundle exceeds size limits")
        return vetted

    def extract(self, dest_root: Path, version: str) -> Path:
        if not version.replace(".", "").replace("-", "").isalnum():
            raise BundleError(f"unexpected version label: {version!r}")
        dest = (dest_root / version).resolve()
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(self.path, "r:gz") as tar:
            members = self._vetted_members(tar, dest)
            tar.extractall(dest, members=members, filter="data")
        return dest


def install_bundle(tarball: Path, firmware_root: Path, version: str) -> list[str]:
    dest = FirmwareTarball(tarball).extract(firmware_root, version)
    return sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())
