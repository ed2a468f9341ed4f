"""Builds a SHA-256 manifest for the daily heat meter export delivered to billing."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, asdict
from datetime import date
from pathlib import Path
from typing import Iterator


@dataclass
class ManifestEntry:
    name: str
    size: int
    sha256: str


class ExportManifest:
    chunk_size = 1 << 20
    manifest_name = "MANIFEST.json"

    def __init__(self, export_dir: Path, export_date: date) -> None:
        self.export_dir = export_dir
        self.export_date = export_date

    def _files(self) -> Iterator[Path]:
        for p in sorted(self.export_dir.glob("*.csv")):
            if p.name != self.manifest_name:
                yield p

    @classmethod
    def digest(cls, path: Path) -> str:
        h = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(cls.chunk_size), b""):
                h.update(chunk)
        return h.hexdigest()

    def entries(self) -> list[ManifestEntry]:
        return [ManifestEntry(p.name, p.stat().st_size, self.digest(p)) for p in self._files()]

    def write(self) -> Path:
        target = self.export_dir / self.manifest_name
        body = {
            "export_date": self.export_date.isoformat(),
            "files": [asdict(e) for e in self.entries()],
        }
        target.write_text(json.dumps(body, indent=2))
        return target

    def verify(self) -> list[str]:
        """Return names of files whose content no longer matches the manifest."""
        recorded = json.loads((self.export_dir / self.manifest_name).read_text())
        mismatched = []
        for item in recorded["files"]:
            path = self.export_dir / item["name"]
            if not path.exists() or self.digest(path) != item["sha256"]:
                mismatched.append(item["name"])
        return mismatched
