"""Writes and checks a checksum manifest for each batch of SCADA
historian CSV exports before they are handed to the regulator's data
portal, so that truncated or altered files are caught on both ends."""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class ManifestEntry:
    name: str
    bytes: int
    sha256: str


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    h = hashlib.new(algorithm)
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            h.update(block)
    return h.hexdigest()


class ExportManifest:
    filename = "MANIFEST.json"

    def __init__(self, batch_dir: Path) -> None:
        self.batch_dir = batch_dir

    def entries(self) -> list[ManifestEntry]:
        return [
            ManifestEntry(p.name, p.stat().st_size, file_digest(p))
            for p in sorted(self.batch_dir.glob("*.csv"))
        ]

    def write(self, plant_code: str) -> Path:
        doc = {
            "plant": plant_code,
            "generated_at": datetime.now(timezone.utc).isoformat(),
            "files": [asdict(e) for e in self.entries()],
        }
        target = self.batch_dir / self.filename
        target.write_text(json.dumps(doc, indent=2))
        return target

    def mismatches(self) -> list[str]:
        doc = json.loads((self.batch_dir / self.filename).read_text())
        problems = []
        for item in doc["files"]:
            path = self.batch_dir / item["name"]
            if not path.is_file():
                problems.append(f"missing {item['name']}")
            elif file_digest(path) != item["sha256"]:
                problems.append(f"checksum mismatch {item['name']}")
        return problems
