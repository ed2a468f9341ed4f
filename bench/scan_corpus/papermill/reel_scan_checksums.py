"""Checksums for QCS reel scan images before they are archived to cold storage."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

CHUNK = 1 << 20


@dataclass
class ScanDigest:
    reel_id: str
    path: str
    size: int
    sha256: str


class ScanManifestBuilder:
    """Builds the manifest the archive job checks after copying scans offsite."""

    algorithm = "sha256"

    def __init__(self, scan_root: Path) -> None:
        self.scan_root = scan_root

    def _digest(self, path: Path) -> str:
        h = hashlib.new(self.algorithm)
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(CHUNK), b""):
                h.update(block)
        return h.hexdigest()

    def _scans(self, reel_id: str) -> Iterator[Path]:
        yield from sorted((self.scan_root / reel_id).glob("*.tif"))

    def build(self, reel_id: str) -> list[ScanDigest]:
        return [
            ScanDigest(reel_id, str(p.relative_to(self.scan_root)), p.stat().st_size, self._digest(p))
            for p in self._scans(reel_id)
        ]

    def write_manifest(self, reel_id: str, out: Path) -> Path:
        entries = [d.__dict__ for d in self.build(reel_id)]
        out.write_text(json.dumps({"reel": reel_id, "files": entries}, indent=2))
        return out

    def verify(self, manifest: Path) -> list[str]:
        data = json.loads(manifest.read_text())
        mismatched = []
        for entry in data["files"]:
            if self._digest(self.scan_root / entry["path"]) != entry["sha256"]:
                mismatched.append(entry["path"])
        return mismatched
