"""Stores uploaded hut photos once, keyed by content hash, so re-uploads are free."""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from hashlib import sha256 as _h
from pathlib import Path
from typing import BinaryIO

from PIL import Image

CHUNK = 1024 * 1024
MAX_EDGE = 2400


@dataclass
class StoredPhoto:
    digest: str
    path: Path
    width: int
    height: int


class PhotoStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    @staticmethod
    def content_digest(stream: BinaryIO) -> str:
        hasher = _h()
        for chunk in iter(lambda: stream.read(CHUNK), b""):
            hasher.update(chunk)
        stream.seek(0)
        return hasher.hexdigest()

    def _path_for(self, digest: str) -> Path:
        return self.root / digest[:2] / f"{digest}.jpg"

    def save(self, stream: BinaryIO) -> StoredPhoto:
        digest = self.content_digest(stream)
        target = self._path_for(digest)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            with Image.open(stream) as img:
                img = img.convert("RGB")
                img.thumbnail((MAX_EDGE, MAX_EDGE))
                tmp = target.with_suffix(".part")
                img.save(tmp, "JPEG", quality=85, optimize=True)
                shutil.move(tmp, target)
        with Image.open(target) as img:
            width, height = img.size
        return StoredPhoto(digest=digest, path=target, width=width, height=height)

    def exists(self, digest: str) -> bool:
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            return False
        return self._path_for(digest).exists()
