"""De-duplicates dive computer downloads before they enter the logbook.

Divers often download the same computer twice (once on the boat tablet,
once at home); the raw download is fingerprinted so an identical file is
recognised and not imported a second time.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from hashlib import sha256 as _h
from pathlib import Path

CHUNK = 1 << 16


@dataclass
class UploadRecord:
    diver_id: int
    computer_serial: str
    fingerprint: str
    path: Path


def fingerprint_file(path: Path) -> str:
    digest = _h()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


class UploadIndex:
    def __init__(self, db_path: str) -> None:
        self._db = sqlite3.connect(db_path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS computer_uploads ("
            " diver_id INTEGER NOT NULL,"
            " computer_serial TEXT NOT NULL,"
            " fingerprint TEXT NOT NULL,"
            " path TEXT NOT NULL,"
            " UNIQUE (diver_id, fingerprint))"
        )

    def seen(self, diver_id: int, fingerprint: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM computer_uploads WHERE diver_id = ? AND fingerprint = ?",
            (diver_id, fingerprint),
        ).fetchone()
        return row is not None

    def register(self, diver_id: int, computer_serial: str, path: Path) -> UploadRecord | None:
        fp = fingerprint_file(path)
        if self.seen(diver_id, fp):
            return None
        with self._db:
            self._db.execute(
                "INSERT INTO computer_uploads (diver_id, computer_serial, fingerprint, path) "
                "VALUES (?, ?, ?, ?)",
                (diver_id, computer_serial, fp, str(path)),
            )
        return UploadRecord(diver_id, computer_serial, fp, path)
