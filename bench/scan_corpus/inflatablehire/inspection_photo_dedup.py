"""Stores photos taken during pre-hire safety inspections, skipping duplicate uploads."""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from hashlib import sha256 as _digest
from pathlib import Path

import sqlite3

CHUNK = 1 << 16


@dataclass
class StoredPhoto:
    inspection_id: int
    checksum: str
    path: Path
    duplicate: bool


def file_checksum(path: Path) -> str:
    h = _digest()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


class InspectionPhotoStore:
    def __init__(self, root: Path, db_path: str) -> None:
        self.root = root
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS inspection_photos ("
            " checksum TEXT PRIMARY KEY, inspection_id INTEGER, stored_at TEXT, path TEXT)"
        )

    def add(self, inspection_id: int, upload: Path) -> StoredPhoto:
        checksum = file_checksum(upload)
        row = self.conn.execute(
            "SELECT path FROM inspection_photos WHERE checksum = ?", (checksum,)
        ).fetchone()
        if row is not None:
            return StoredPhoto(inspection_id, checksum, Path(row[0]), duplicate=True)
        dest = self.root / checksum[:2] / f"{checksum}{upload.suffix.lower()}"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(upload, dest)
        self.conn.execute(
            "INSERT INTO inspection_photos VALUES (?, ?, ?, ?)",
            (checksum, inspection_id, datetime.now(timezone.utc).isoformat(), str(dest)),
        )
        self.conn.commit()
        return StoredPhoto(inspection_id, checksum, dest, duplicate=False)

    def photos_for(self, inspection_id: int) -> list[Path]:
        rows = self.conn.execute(
            "SELECT path FROM inspection_photos WHERE inspection_id = ? ORDER BY stored_at",
            (inspection_id,),
        ).fetchall()
        return [Path(r[0]) for r in rows]
