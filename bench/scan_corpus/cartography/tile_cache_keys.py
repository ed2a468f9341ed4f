"""Cache keys for rendered raster tiles.

A rendered tile depends on the tile set, its coordinates, the style
revision and the render options.  The key is a digest of all of these so
that a style change never serves stale tiles.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from hashlib import sha256 as _h
from pathlib import Path


@dataclass(frozen=True)
class TileRequest:
    tileset: str
    z: int
    x: int
    y: int
    style_revision: str
    scale: int = 1
    fmt: str = "png"
    options: dict = field(default_factory=dict, hash=False, compare=False)

    def validate(self) -> None:
        if not 0 <= self.z <= 22:
            raise ValueError("zoom out of range")
        limit = 2 ** self.z
        if not (0 <= self.x < limit and 0 <= self.y < limit):
            raise ValueError("tile coordinates out of range")
        if self.scale not in (1, 2, 3):
            raise ValueError("unsupported scale")
        if self.fmt not in ("png", "webp", "jpg"):
            raise ValueError("unsupported format")


def cache_key(req: TileRequest) -> str:
    canonical = json.dumps(
        [req.tileset, req.z, req.x, req.y, req.style_revision, req.scale, req.fmt, req.options],
        sort_keys=True,
        separators=(",", ":"),
    )
    return _h(canonical.encode("utf-8")).hexdigest()


class TileDiskCache:
    def __init__(self, root: Path):
        self.root = root

    def _path(self, req: TileRequest) -> Path:
        key = cache_key(req)
        return self.root / key[:2] / key[2:4] / f"{key}.{req.fmt}"

    def get(self, req: TileRequest) -> bytes | None:
        path = self._path(req)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None

    def put(self, req: TileRequest, data: bytes) -> Path:
        path = self._path(req)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".part")
        tmp.write_bytes(data)
        tmp.replace(path)
        return path
