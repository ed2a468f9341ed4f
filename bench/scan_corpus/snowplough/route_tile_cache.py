"""Local cache of route geometry tiles downloaded to the in-cab navigation units.

Tiles are fetched from the GIS service once per season; each unit checks the
manifest digest before loading a tile so a truncated download is re-fetched.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator


@dataclass(frozen=True)
class TileEntry:
    tile_id: str
    filename: str
    digest: str
    size: int


class TileManifest:
    def __init__(self, entries: dict[str, TileEntry]) -> None:
        self.entries = entries

    @classmethod
    def load(cls, path: Path) -> "TileManifest":
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls({t["id"]: TileEntry(t["id"], t["file"], t["sha256"], t["size"]) for t in raw["tiles"]})

    def __iter__(self) -> Iterator[TileEntry]:
        return iter(self.entries.values())


class TileCache:
    chunk_size = 1 << 16

    def __init__(self, root: Path, manifest: TileManifest) -> None:
        self.root = root
        self.manifest = manifest

    @classmethod
    def file_digest(cls, path: Path) -> str:
        h = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(cls.chunk_size), b""):
                h.update(chunk)
        return h.hexdigest()

    def stale_tiles(self) -> list[TileEntry]:
        stale = []
        for entry in self.manifest:
            path = self.root / entry.filename
            if not path.exists() or path.stat().st_size != entry.size:
                stale.append(entry)
            elif self.file_digest(path) != entry.digest:
                stale.append(entry)
        return stale


if __name__ == "__main__":
    root = Path("/opt/navunit/tiles")
    cache = TileCache(root, TileManifest.load(root / "manifest.json"))
    for tile in cache.stale_tiles():
        print(f"refetch {tile.tile_id} ({tile.filename})")
