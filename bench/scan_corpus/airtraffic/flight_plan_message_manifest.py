"""Integrity manifest for ADEXP flight plan message batches sent to the network manager."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Dict, Iterable, List


@dataclass
class ManifestEntry:
    name: str
    size: int
    digest: str


class BatchManifest:
    algorithm = "sha256"
    chunk_size = 1 << 16

    def __init__(self, batch_dir: Path) -> None:
        self.batch_dir = batch_dir

    def _digest_file(self, path: Path) -> str:
        h = hashlib.new(self.algorithm)
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(self.chunk_size), b""):
                h.update(chunk)
        return h.hexdigest()

    def entries(self, pattern: str = "*.adexp") -> List[ManifestEntry]:
        return [
            ManifestEntry(p.name, p.stat().st_size, self._digest_file(p))
            for p in sorted(self.batch_dir.glob(pattern))
        ]

    def write(self, target: Path | None = None) -> Path:
        target = target or self.batch_dir / "MANIFEST.json"
        doc = {"algorithm": self.algorithm, "files": [asdict(e) for e in self.entries()]}
        target.write_text(json.dumps(doc, indent=2))
        return target

    def verify(self, manifest: Path) -> Dict[str, bool]:
        doc = json.loads(manifest.read_text())
        results = {}
        for item in doc["files"]:
            path = self.batch_dir / Path(item["name"]).name
            results[item["name"]] = path.is_file() and self._digest_file(path) == item["digest"]
        return results


def changed_files(batch_dir: Path, manifest: Path) -> Iterable[str]:
    for name, ok in BatchManifest(batch_dir).verify(manifest).items():
        if not ok:
            yield name
