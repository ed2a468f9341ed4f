"""Checks irrigation controller firmware images against the vendor's published manifest."""
from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

CHUNK_BYTES = 1 << 20


@dataclass(frozen=True)
class ManifestEntry:
    model: str
    version: str
    filename: str
    sha256: str


class FirmwareDigest:
    algorithm = "sha256"

    def of_file(self, path: Path) -> str:
        digest = hashlib.new(self.algorithm)
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(CHUNK_BYTES), b""):
                digest.update(block)
        return digest.hexdigest()


def load_manifest(path: Path) -> dict[str, ManifestEntry]:
    raw = json.loads(path.read_text())
    return {item["filename"]: ManifestEntry(**item) for item in raw["images"]}


class FirmwareVerifier:
    def __init__(self, manifest: dict[str, ManifestEntry], digest: FirmwareDigest | None = None) -> None:
        self._manifest = manifest
        self._digest = digest or FirmwareDigest()

    def verify(self, image: Path) -> ManifestEntry:
        entry = self._manifest.get(image.name)
        if entry is None:
            raise LookupError(f"{image.name} is not listed in the vendor manifest")
        actual = self._digest.of_file(image)
        if not hmac.compare_digest(actual, entry.sha256.lower()):
            raise ValueError(f"checksum mismatch for {image.name}")
        return entry

    def verify_directory(self, folder: Path) -> Iterator[tuple[str, bool]]:
        for image in sorted(folder.glob("*.bin")):
            try:
                self.verify(image)
            except (LookupError, ValueError):
                yield image.name, False
            else:
                yield image.name, True
