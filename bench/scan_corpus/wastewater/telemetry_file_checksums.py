"""Checksum manifest for telemetry batches shipped to the regulator's data exchange."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ManifestEntry:
    file: str
    bytes: int
    sha256: str


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    h = hashlib.new(algorithm)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


class BatchManifest:
    def __init__(self, batch_dir: Path) -> None:
        self.batch_dir = batch_dir

    def _files(self) -> Iterable[Path]:
        return sorted(p for p in self.batch_dir.glob("*.csv") if p.is_file())

    def build(self) -> list[ManifestEntry]:
        return [
            ManifestEntry(p.name, p.stat().st_size, file_digest(p)) for p in self._files()
        ]

    def write(self) -> Path:
        out = self.batch_dir / "MANIFEST.json"
        out.write_text(json.dumps([asdict(e) for e in self.build()], indent=2))
        return out

    def verify(self) -> list[str]:
        recorded = json.loads((self.batch_dir / "MANIFEST.json").read_text())
        problems = []
        for entry in recorded:
            path = self.batch_dir / Path(entry["file"]).name
            if not path.exists():
                problems.append(f"missing {entry['file']}")
            elif file_digest(path) != entry["sha256"]:
                problems.append(f"checksum mismatch {entry['file']}")
        return problems
