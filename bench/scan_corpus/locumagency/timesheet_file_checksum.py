"""De-duplication of scanned timesheet uploads.

Ward managers sometimes sign the same paper timesheet twice or a clinician
uploads the same photo from two devices.  Each upload is fingerprinted with
SHA-256 and a repeated fingerprint for the same booking is rejected before
the payroll team has to look at it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CHUNK_SIZE = 1024 * 1024


@dataclass
class UploadResult:
    booking_id: int
    checksum: str
    duplicate: bool


def file_checksum(stream: BinaryIO) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: stream.read(CHUNK_SIZE), b""):
        digest.update(chunk)
    stream.seek(0)
    return digest.hexdigest()


class TimesheetUploadIndex:
    def __init__(self, db_path: Path) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            """
            CREATE TABLE IF NOT EXISTS timesheet_uploads (
                booking_id INTEGER NOT NULL,
                checksum TEXT NOT NULL,
                stored_name TEXT NOT NULL,
                uploaded_at TEXT DEFAULT CURRENT_TIMESTAMP,
                UNIQUE (booking_id, checksum)
            )
            """
        )

    def register(self, booking_id: int, stream: BinaryIO, stored_name: str) -> UploadResult:
        checksum = file_checksum(stream)
        seen = self._conn.execute(
            "SELECT 1 FROM timesheet_uploads WHERE booking_id = ? AND checksum = ?",
            (booking_id, checksum),
        ).fetchone()
        if seen:
            return UploadResult(booking_id, checksum, duplicate=True)
        with self._conn:
            self._conn.execute(
                "INSERT INTO timesheet_uploads (booking_id, checksum, stored_name) VALUES (?, ?, ?)",
                (booking_id, checksum, stored_name),
            )
        return UploadResult(booking_id, checksum, duplicate=False)

    def checksums_for(self, booking_id: int) -> list[str]:
        rows = self._conn.execute(
            "SELECT checksum FROM timesheet_uploads WHERE booking_id = ? ORDER BY uploaded_at",
            (booking_id,),
        ).fetchall()
        return [r[0] for r in rows]

    def close(self) -> None:
        self._conn.close()
