"""Builds a checksum manifest of rental gear photos and inspection sheets for the insurer."""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List


@dataclass
class ManifestRow:
    item_code: str
    relative_path: str
    size_bytes: int
    digest: str


class ChecksumPolicy:
    algorithm = "sha256"
    chunk_size = 1 << 16


def file_digest(path: Path, policy: type[ChecksumPolicy] = ChecksumPolicy) -> str:
    h = hashlib.new(policy.algorithm)
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(policy.chunk_size), b""):
            h.update(chunk)
    return h.hexdigest()


class InventoryManifest:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _files(self) -> Iterator[Path]:
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and path.suffix.lower() in {".jpg", ".png", ".pdf"}:
                yield path

    def rows(self) -> List[ManifestRow]:
        out = []
        for path in self._files():
            item_code = path.relative_to(self.root).parts[0]
            out.append(
                ManifestRow(
                    item_code=item_code,
                    relative_path=str(path.relative_to(self.root)),
                    size_bytes=path.stat().st_size,
                    digest=file_digest(path),
                )
            )
        return out

    def write_csv(self, target: Path) -> int:
        rows = self.rows()
        with target.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["item_code", "path", "size", "sha256"])
            for r in rows:
                writer.writerow([r.item_code, r.relative_path, r.size_bytes, r.digest])
        return len(rows)
