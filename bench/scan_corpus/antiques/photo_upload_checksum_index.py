"""Detects duplicate lot photographs so the same image is not stored under two lots."""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator


@dataclass(frozen=True)
class ChecksumPolicy:
    algorithm: str = "sha256"
    chunk_size: int = 1024 * 1024


def iter_chunks(stream: BinaryIO, size: int) -> Iterator[bytes]:
    while True:
        chunk = stream.read(size)
        if not chunk:
            return
        yield chunk


def content_digest(stream: BinaryIO, policy: ChecksumPolicy = ChecksumPolicy()) -> str:
    digest = hashlib.new(policy.algorithm)
    for chunk in iter_chunks(stream, policy.chunk_size):
        digest.update(chunk)
    return digest.hexdigest()


class PhotoChecksumIndex:
    def __init__(self, db_path: Path) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS photo_digests ("
            " digest TEXT PRIMARY KEY, lot_number TEXT NOT NULL, stored_path TEXT NOT NULL)"
        )

    def existing_lot(self, digest: str) -> str | None:
        row = self.conn.execute(
            "SELECT lot_number FROM photo_digests WHERE digest = ?", (digest,)
        ).fetchone()
        return row[0] if row else None

    def register(self, stream: BinaryIO, lot_number: str, stored_path: Path) -> tuple[str, bool]:
        digest = content_digest(stream)
        owner = self.existing_lot(digest)
        if owner is not None:
            return owner, False
        with self.conn:
            self.conn.execute(
                "INSERT INTO photo_digests (digest, lot_number, stored_path) VALUES (?, ?, ?)",
                (digest, lot_number, str(stored_path)),
            )
        return lot_number, True
