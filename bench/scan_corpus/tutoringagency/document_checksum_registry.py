"""Records checksums of uploaded safeguarding documents so duplicates and tampering are spotted."""
from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timezone
from hashlib import sha256 as _sha256
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK_SIZE = 1024 * 1024


def file_checksum(path: Path) -> str:
    digest = _sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


class DocumentChecksumRegistry:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS document_checksums ("
            " tutor_id INTEGER NOT NULL, stored_name TEXT NOT NULL,"
            " sha256 TEXT NOT NULL, recorded_at TEXT NOT NULL,"
            " PRIMARY KEY (tutor_id, stored_name))"
        )

    def register(self, tutor_id: int, path: Path) -> str:
        checksum = file_checksum(path)
        duplicate = self._conn.execute(
            "SELECT tutor_id, stored_name FROM document_checksums WHERE sha256 = ?",
            (checksum,),
        ).fetchone()
        if duplicate:
            log.warning("document %s for tutor %s duplicates %s/%s",
                        path.name, tutor_id, duplicate[0], duplicate[1])
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO document_checksums VALUES (?, ?, ?, ?)",
                (tutor_id, path.name, checksum, datetime.now(timezone.utc).isoformat()),
            )
        return checksum

    def verify_folder(self, tutor_id: int, folder: Path) -> list[str]:
        """Return the names of files whose content no longer matches the recorded checksum."""
        changed = []
        for stored_name, expected in self._conn.execute(
            "SELECT stored_name, sha256 FROM document_checksums WHERE tutor_id = ?", (tutor_id,)
        ):
            path = folder / stored_name
            if not path.is_file() or file_checksum(path) != expected:
                changed.append(stored_name)
        return changed
