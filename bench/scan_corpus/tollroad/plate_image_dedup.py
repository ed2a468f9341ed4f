"""Drops duplicate plate images re-sent by gantry controllers after a link flap."""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 16


@dataclass(frozen=True)
class ImageFingerprint:
    sha256: str
    size: int

    @classmethod
    def of(cls, path: Path) -> "ImageFingerprint":
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(CHUNK), b""):
                digest.update(block)
        return cls(digest.hexdigest(), path.stat().st_size)


class DedupIndex:
    def __init__(self, db_path: Path) -> None:
        self.db = sqlite3.connect(db_path)
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS seen (transaction_id TEXT PRIMARY KEY, sha256 TEXT, size INTEGER)"
        )

    def previous(self, transaction_id: str) -> ImageFingerprint | None:
        row = self.db.execute(
            "SELECT sha256, size FROM seen WHERE transaction_id = ?", (transaction_id,)
        ).fetchone()
        return ImageFingerprint(*row) if row else None

    def remember(self, transaction_id: str, fp: ImageFingerprint) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO seen VALUES (?, ?, ?)", (transaction_id, fp.sha256, fp.size)
        )
        self.db.commit()


def is_resend(index: DedupIndex, transaction_id: str, image: Path) -> bool:
    current = ImageFingerprint.of(image)
    earlier = index.previous(transaction_id)
    if earlier is not None and earlier.sha256 == current.sha256:
        return True
    index.remember(transaction_id, current)
    return False


def sweep(index: DedupIndex, inbox: Path) -> int:
    removed = 0
    for image in sorted(inbox.glob("*.jpg")):
        if is_resend(index, image.stem.split("_")[0], image):
            image.unlink()
            removed += 1
    return removed
