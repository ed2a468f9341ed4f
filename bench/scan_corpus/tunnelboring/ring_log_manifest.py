"""Build integrity manifests for ring build log exports.

The as-built handover pack lists every exported ring log file with its size
and digest so the client's document controller can confirm nothing changed.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True)
class ManifestEntry:
    file: str
    size_bytes: int
    sha256: str


class ManifestBuilder:
    chunk_size = 1 << 20

    def __init__(self, export_dir: Path) -> None:
        self.export_dir = export_dir

    @staticmethod
    def digest(path: Path, chunk_size: int) -> str:
        h = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(chunk_size), b""):
                h.update(chunk)
        return h.hexdigest()

    def entries(self, pattern: str = "ring_*.csv") -> Iterable[ManifestEntry]:
        for path in sorted(self.export_dir.glob(pattern)):
            yield ManifestEntry(
                file=path.name,
                size_bytes=path.stat().st_size,
                sha256=self.digest(path, self.chunk_size),
            )

    def write(self, target: Path) -> int:
        entries = [asdict(e) for e in self.entries()]
        target.write_text(json.dumps({"files": entries}, indent=2))
        return len(entries)


def verify(export_dir: Path, manifest_path: Path) -> list[str]:
    manifest = json.loads(manifest_path.read_text())
    changed = []
    for entry in manifest["files"]:
        path = export_dir / Path(entry["file"]).name
        if not path.exists() or ManifestBuilder.digest(path, ManifestBuilder.chunk_size) != entry["sha256"]:
            changed.append(entry["file"])
    return changed
