"""Builds a checksum manifest for the design file library.

The manifest lets the studio spot duplicate cartoons and detect files that
were altered or corrupted when copied between the office NAS and the
cutting-room workstation.
"""
from __future__ import annotations

import csv
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable


@dataclass(frozen=True)
class ManifestEntry:
    relative_path: str
    size: int
    digest: str


class LibraryHasher:
    algorithm = "sha256"
    block_size = 1 << 20
    patterns = ("*.svg", "*.pdf", "*.dxf", "*.ai", "*.tif")

    def __init__(self, root: Path) -> None:
        self.root = root

    def _digest(self, path: Path) -> str:
        h = hashlib.new(self.algorithm)
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(self.block_size), b""):
                h.update(block)
        return h.hexdigest()

    def files(self) -> Iterable[Path]:
        for pattern in self.patterns:
            yield from self.root.rglob(pattern)

    def entries(self) -> list[ManifestEntry]:
        return [
            ManifestEntry(str(p.relative_to(self.root)), p.stat().st_size, self._digest(p))
            for p in sorted(self.files())
        ]


def duplicates(entries: list[ManifestEntry]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        groups[entry.digest].append(entry.relative_path)
    return {d: paths for d, paths in groups.items() if len(paths) > 1}


def write_manifest(entries: list[ManifestEntry], out: Path) -> None:
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["path", "bytes", "sha256"])
        for e in entries:
            writer.writerow([e.relative_path, e.size, e.digest])


if __name__ == "__main__":
    library = Path("/srv/studio/design-library")
    found = LibraryHasher(library).entries()
    write_manifest(found, library / "MANIFEST.csv")
    for digest, paths in duplicates(found).items():
        print(digest[:12], ", ".join(paths))
