"""Builds checksum manifests for stockpile survey deliverables before they are archived."""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List

CHUNK = 1 << 20


@dataclass
class ManifestEntry:
    relative_path: str
    size_bytes: int
    digest: str


class SurveyManifest:
    """Hashes every file under a survey folder so the archive copy can be checked later."""

    def __init__(self, survey_dir: Path, algorithm: str = "sha256") -> None:
        self.survey_dir = survey_dir
        self.algorithm = algorithm

    def _files(self) -> Iterator[Path]:
        for path in sorted(self.survey_dir.rglob("*")):
            if path.is_file() and path.name != "MANIFEST.csv":
                yield path

    def _digest(self, path: Path) -> str:
        h = hashlib.new(self.algorithm)
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(CHUNK), b""):
                h.update(block)
        return h.hexdigest()

    def build(self) -> List[ManifestEntry]:
        return [
            ManifestEntry(str(p.relative_to(self.survey_dir)), p.stat().st_size, self._digest(p))
            for p in self._files()
        ]

    def write(self) -> Path:
        out = self.survey_dir / "MANIFEST.csv"
        with out.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["path", "bytes", self.algorithm])
            for entry in self.build():
                writer.writerow([entry.relative_path, entry.size_bytes, entry.digest])
        return out

    def verify(self) -> List[str]:
        out = self.survey_dir / "MANIFEST.csv"
        with out.open(newline="") as fh:
            rows = list(csv.DictReader(fh))
        return [r["path"] for r in rows
                if self._digest(self.survey_dir / r["path"]) != r[self.algorithm]]


if __name__ == "__main__":
    print(SurveyManifest(Path("/data/surveys/northwich_dome/2024-11-04")).write())
