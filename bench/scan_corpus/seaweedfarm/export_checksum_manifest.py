"""Builds the checksum manifest shipped with each traceability export.

Buyers' auditors recompute the digests of the files in an export folder
and compare them with the manifest to confirm nothing changed in transit.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator


@dataclass
class ManifestEntry:
    name: str
    size: int
    sha256: str


class DigestPolicy:
    algorithm = "sha256"
    chunk = 1 << 20

    @classmethod
    def new(cls):
        return hashlib.new(cls.algorithm)


def _chunks(path: Path, size: int) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while block := handle.read(size):
            yield block


class ExportManifestBuilder:
    manifest_name = "MANIFEST.json"

    def __init__(self, export_dir: Path, policy: type[DigestPolicy] = DigestPolicy) -> None:
        self._dir = export_dir
        self._policy = policy

    def _digest(self, path: Path) -> str:
        h = self._policy.new()
        for block in _chunks(path, self._policy.chunk):
            h.update(block)
        return h.hexdigest()

    def entries(self) -> list[ManifestEntry]:
        files = sorted(p for p in self._dir.iterdir() if p.is_file() and p.name != self.manifest_name)
        return [ManifestEntry(p.name, p.stat().st_size, self._digest(p)) for p in files]

    def write(self, export_id: str) -> Path:
        doc = {
            "export_id": export_id,
            "generated_at": datetime.now(timezone.utc).isoformat(),
            "algorithm": self._policy.algorithm,
            "files": [asdict(e) for e in self.entries()],
        }
        target = self._dir / self.manifest_name
        target.write_text(json.dumps(doc, indent=2))
        return target

    def mismatches(self) -> list[str]:
        recorded = json.loads((self._dir / self.manifest_name).read_text())
        current = {e.name: e.sha256 for e in self.entries()}
        return [f["name"] for f in recorded["files"] if current.get(f["name"]) != f["sha256"]]
