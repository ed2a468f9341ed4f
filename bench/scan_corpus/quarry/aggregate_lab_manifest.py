"""Builds an integrity manifest for aggregate grading and lab test result files."""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ManifestSettings:
    digest_name: str = "sha256"
    block_size: int = 1 << 20
    patterns: tuple[str, ...] = ("*.csv", "*.pdf", "*.xlsx")


@dataclass
class ManifestEntry:
    relative_path: str
    size_bytes: int
    digest: str


def file_digest(path: Path, settings: ManifestSettings) -> str:
    h = hashlib.new(settings.digest_name)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(settings.block_size), b""):
            h.update(block)
    return h.hexdigest()


class LabResultManifest:
    def __init__(self, results_root: Path, settings: ManifestSettings | None = None) -> None:
        self.root = results_root
        self.settings = settings or ManifestSettings()

    def entries(self) -> list[ManifestEntry]:
        found: list[ManifestEntry] = []
        for pattern in self.settings.patterns:
            for path in sorted(self.root.rglob(pattern)):
                found.append(
                    ManifestEntry(
                        relative_path=path.relative_to(self.root).as_posix(),
                        size_bytes=path.stat().st_size,
                        digest=file_digest(path, self.settings),
                    )
                )
        return found

    def write(self, out_file: Path) -> int:
        rows = self.entries()
        with out_file.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["path", "bytes", self.settings.digest_name])
            for row in rows:
                writer.writerow([row.relative_path, row.size_bytes, row.digest])
        return len(rows)

    def changed_since(self, previous: dict[str, str]) -> list[str]:
        return [e.relative_path for e in self.entries() if previous.get(e.relative_path) != e.digest]
