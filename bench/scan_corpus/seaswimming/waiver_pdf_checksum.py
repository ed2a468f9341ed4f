"""Integrity fingerprints for signed waiver PDFs.

When a waiver is signed we record the SHA-256 of the rendered PDF so the
welfare officer can later show the stored copy has not been altered, and so
duplicate uploads of the same scan are detected.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class WaiverFingerprint:
    path: Path
    sha256: str
    size_bytes: int


def fingerprint(path: Path) -> WaiverFingerprint:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
            size += len(block)
    return WaiverFingerprint(path=path, sha256=digest.hexdigest(), size_bytes=size)


class WaiverArchiveIndex:
    """Maps content fingerprints to waiver files within one season folder."""

    def __init__(self, season_dir: Path) -> None:
        self.season_dir = season_dir
        self._by_hash: dict[str, Path] = {}

    def build(self) -> int:
        self._by_hash.clear()
        for pdf in sorted(self.season_dir.glob("*.pdf")):
            self._by_hash.setdefault(fingerprint(pdf).sha256, pdf)
        return len(self._by_hash)

    def duplicate_of(self, candidate: Path) -> Path | None:
        return self._by_hash.get(fingerprint(candidate).sha256)

    def verify(self, path: Path, recorded_sha256: str) -> bool:
        return fingerprint(path).sha256 == recorded_sha256.lower()
