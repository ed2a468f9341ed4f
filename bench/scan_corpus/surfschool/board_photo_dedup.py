"""Detect duplicate condition photos taken when rental boards are checked back in."""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

CHUNK = 1024 * 1024


@dataclass
class PhotoRecord:
    board_sku: str
    rental_id: int
    path: Path
    digest: str


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


class PhotoIndex:
    def __init__(self, db_path: Path) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS board_photos ("
            " digest TEXT PRIMARY KEY, board_sku TEXT, rental_id INTEGER, path TEXT)"
        )

    def existing(self, digest: str) -> Optional[PhotoRecord]:
        row = self.conn.execute(
            "SELECT board_sku, rental_id, path, digest FROM board_photos WHERE digest = ?",
            (digest,),
        ).fetchone()
        return PhotoRecord(row[0], row[1], Path(row[2]), row[3]) if row else None

    def add(self, rec: PhotoRecord) -> bool:
        if self.existing(rec.digest):
            return False
        self.conn.execute(
            "INSERT INTO board_photos VALUES (?, ?, ?, ?)",
            (rec.digest, rec.board_sku, rec.rental_id, str(rec.path)),
        )
        self.conn.commit()
        return True


def scan_checkin_folder(folder: Path) -> Iterator[PhotoRecord]:
    for p in sorted(folder.glob("*/*.jpg")):
        sku, _, rental = p.stem.partition("_")
        yield PhotoRecord(sku, int(rental or 0), p, file_digest(p))


def import_folder(folder: Path, db: Path) -> int:
    index = PhotoIndex(db)
    return sum(1 for rec in scan_checkin_folder(folder) if index.add(rec))
