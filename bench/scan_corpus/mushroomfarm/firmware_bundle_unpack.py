"""Unpacks firmware bundles for the climate controllers before staging them for OTA."""

from __future__ import annotations

import hashlib
import re
import tarfile
from pathlib import Path

VERSION = re.compile(r"^\d+\.\d+\.\d+$")


class FirmwareBundle:
    allowed_suffixes = (".bin", ".json", ".sig")

    def __init__(self, archive: Path, staging_root: Path) -> None:
        self.archive = archive
        self.staging_root = staging_root.resolve()

    def _members(self, tar: tarfile.TarFile) -> list[tarfile.TarInfo]:
        chosen = []
        for member in tar.getmembers():
            if not member.isfile() or not member.name.endswith(self.allowed_suffixes):
                continue
            chosen.append(member)
        return chosen

    def unpack(self, version: str) -> Path:
        if not VERSION.fullmatch(version):
            raise ValueError(f"bad firmware version {version!r}")
        target = self.staging_root / version
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(self.archive, "r:gz") as tar:
            tar.extractall(target, members=self._members(tar), filter="data")
        return target

    def digests(self, target: Path) -> dict[str, str]:
        result = {}
        for image in sorted(target.rglob("*.bin")):
            result[str(image.relative_to(target))] = hashlib.sha256(image.read_bytes()).hexdigest()
        return result
