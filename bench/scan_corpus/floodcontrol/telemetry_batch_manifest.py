"""Writes checksum manifests for telemetry batch files before they go to the archive."""

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path


@dataclass
class BatchEntry:
    name: str
    size: int
    sha256: str
    station_code: str


class BatchManifest:
    algorithm = "sha256"
    block_size = 256 * 1024

    def __init__(self, batch_dir: Path) -> None:
        self.batch_dir = batch_dir
        self.entries: list[BatchEntry] = []

    @classmethod
    def digest(cls, path: Path) -> str:
        h = hashlib.new(cls.algorithm)
        with path.open("rb") as fh:
            while block := fh.read(cls.block_size):
                h.update(block)
        return h.hexdigest()

    @staticmethod
    def station_of(path: Path) -> str:
        return path.name.split("_", 1)[0].upper()

    def scan(self, pattern: str = "*.csv.gz") -> "BatchManifest":
        for path in sorted(self.batch_dir.glob(pattern)):
            self.entries.append(BatchEntry(path.name, path.stat().st_size, self.digest(path), self.station_of(path)))
        return self

    def write(self) -> Path:
        out = self.batch_dir / "MANIFEST.json"
        document = {
            "generated_at": datetime.now(timezone.utc).isoformat(),
            "algorithm": self.algorithm,
            "files": [asdict(e) for e in self.entries],
        }
        out.write_text(json.dumps(document, indent=2))
        return out
