"""Detect duplicate grid uploads.

Setters sometimes upload the same ``.puz`` twice, or a partner re-sends a
grid we already hold. Each upload is fingerprinted and looked up in the
checksum index before it is queued for editing.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from hashlib import sha256 as _h
from pathlib import Path

CHUNK = 1 << 16


@dataclass(frozen=True)
class GridFingerprint:
    digest: str
    size: int


def fingerprint_file(path: Path) -> GridFingerprint:
    hasher = _h()
    size = 0
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            hasher.update(chunk)
            size += len(chunk)
    return GridFingerprint(digest=hasher.hexdigest(), size=size)


class ChecksumIndex:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS grid_checksums ("
            " digest TEXT PRIMARY KEY, size INTEGER NOT NULL, puzzle_id INTEGER NOT NULL)"
        )

    def find(self, fp: GridFingerprint) -> int | None:
        row = self._conn.execute(
            "SELECT puzzle_id FROM grid_checksums WHERE digest = ? AND size = ?",
            (fp.digest, fp.size),
        ).fetchone()
        return row[0] if row else None

    def register(self, fp: GridFingerprint, puzzle_id: int) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT OR IGNORE INTO grid_checksums (digest, size, puzzle_id) VALUES (?, ?, ?)",
                (fp.digest, fp.size, puzzle_id),
            )


def check_upload(index: ChecksumIndex, path: Path) -> tuple[GridFingerprint, int | None]:
    fp = fingerprint_file(path)
    return fp, index.find(fp)
