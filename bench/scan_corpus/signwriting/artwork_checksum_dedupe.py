"""Detect duplicate artwork uploads by content checksum.

Customers often upload the same logo for every job; storing one copy and
pointing new uploads at it saves a lot of space on the artwork share.
"""
from __future__ import annotations

import shutil
import sqlite3
from hashlib import sha256 as _digest
from pathlib import Path
from typing import BinaryIO

CHUNK = 1024 * 1024


def content_checksum(stream: BinaryIO) -> str:
    h = _digest()
    for chunk in iter(lambda: stream.read(CHUNK), b""):
        h.update(chunk)
    return h.hexdigest()


class ArtworkStore:
    def __init__(self, root: Path, db: sqlite3.Connection) -> None:
        self.root = root
        self.db = db
        self.root.mkdir(parents=True, exist_ok=True)

    def _blob_path(self, checksum: str) -> Path:
        return self.root / checksum[:2] / checksum

    def add(self, customer_id: int, original_name: str, upload: BinaryIO) -> tuple[str, bool]:
        checksum = content_checksum(upload)
        upload.seek(0)
        blob = self._blob_path(checksum)
        duplicate = blob.exists()
        if not duplicate:
            blob.parent.mkdir(parents=True, exist_ok=True)
            with open(blob, "wb") as out:
                shutil.copyfileobj(upload, out)
        self.db.execute(
            "INSERT INTO artwork_files (customer_id, original_name, checksum) VALUES (?, ?, ?)",
            (customer_id, original_name, checksum),
        )
        self.db.commit()
        return checksum, duplicate

    def open(self, checksum: str) -> BinaryIO:
        if len(checksum) != 64 or any(c not in "0123456789abcdef" for c in checksum):
            raise ValueError("not a checksum")
        return open(self._blob_path(checksum), "rb")
