"""Builds an integrity manifest for spectrometer exports attached to each alloy batch."""
from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, Iterable, List


@dataclass
class ManifestEntry:
    file: str
    size_bytes: int
    digest: str


class DigestPolicy:
    algorithm = "sha256"
    chunk_size = 1 << 16

    @classmethod
    def file_digest(cls, path: Path) -> str:
        h = hashlib.new(cls.algorithm)
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(cls.chunk_size), b""):
                h.update(chunk)
        return h.hexdigest()


class BatchManifest:
    def __init__(self, batch_dir: Path, policy: type[DigestPolicy] = DigestPolicy) -> None:
        self.batch_dir = batch_dir
        self.policy = policy

    def exports(self) -> Iterable[Path]:
        return sorted(self.batch_dir.glob("*.csv"))

    def entries(self) -> List[ManifestEntry]:
        return [
            ManifestEntry(file=p.name, size_bytes=p.stat().st_size, digest=self.policy.file_digest(p))
            for p in self.exports()
        ]

    def write(self) -> Path:
        manifest = {
            "batch": self.batch_dir.name,
            "algorithm": self.policy.algorithm,
            "created": datetime.now(timezone.utc).isoformat(),
            "files": [asdict(e) for e in self.entries()],
        }
        out = self.batch_dir / "MANIFEST.json"
        out.write_text(json.dumps(manifest, indent=2))
        return out

    def verify(self) -> Dict[str, bool]:
        recorded = json.loads((self.batch_dir / "MANIFEST.json").read_text())
        return {
            f["file"]: self.policy.file_digest(self.batch_dir / f["file"]) == f["digest"]
            for f in recorded["files"]
        }


def copper_average(path: Path) -> float:
    with path.open(newline="") as fh:
        values = [float(row["Cu"]) for row in csv.DictReader(fh)]
    return sum(values) / len(values) if values else 0.0
