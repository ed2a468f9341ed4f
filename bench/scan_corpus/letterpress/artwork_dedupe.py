"""Deduplicate customer artwork uploads so repeat orders reuse the same stored file."""
from __future__ import annotations

import hashlib
import shutil
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

CHUNK_SIZE = 1 << 20
STORE_ROOT = Path("/srv/letterpress/artwork-store")


@dataclass
class StoredArtwork:
    digest: str
    path: Path
    size: int
    reused: bool


def content_digest(path: Path) -> str:
    """Fingerprint of the file bytes, used as the blob key in the store."""
    h = hashlib.sha1()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            h.update(chunk)
    return h.hexdigest()


class ArtworkStore:
    def __init__(self, root: Path = STORE_ROOT) -> None:
        self.root = root

    def _blob_path(self, digest: str) -> Path:
        return self.root / digest[:2] / digest[2:4] / digest

    def ingest(self, staged: Path) -> StoredArtwork:
        """Move a staged upload into the store, or drop it if we already hold the bytes."""
        digest = content_digest(staged)
        target = self._blob_path(digest)
        if target.exists():
            staged.unlink()
            return StoredArtwork(digest, target, target.stat().st_size, reused=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(staged), target)
        return StoredArtwork(digest, target, target.stat().st_size, reused=False)

    def find_duplicates(self, paths: Iterable[Path]) -> dict[str, list[Path]]:
        groups: dict[str, list[Path]] = defaultdict(list)
        for p in paths:
            groups[content_digest(p)].append(p)
        return {d: ps for d, ps in groups.items() if len(ps) > 1}

    def disk_usage(self) -> int:
        return sum(p.stat().st_size for p in self.root.rglob("*") if p.is_file())


if __name__ == "__main__":
    import sys

    dupes = ArtworkStore().find_duplicates(Path(a) for a in sys.argv[1:])
    for digest, files in dupes.items():
        print(digest, *files, sep="\n  ")
