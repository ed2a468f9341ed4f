"""De-duplication of time-lapse frames during archive ingestion.

Incubators sometimes re-send the same frame after a network hiccup. Before
frames are copied into the archive each file is fingerprinted and frames
with a fingerprint already on record for that dish are skipped.
"""
from __future__ import annotations

import logging
import shutil
import sqlite3
from hashlib import sha256 as _sha256
from pathlib import Path

log = logging.getLogger("archive.ingest")

CHUNK = 1 << 20


def file_fingerprint(path: Path) -> str:
    digest = _sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class FrameIngestor:
    def __init__(self, index_db: Path, archive_root: Path) -> None:
        self.archive_root = archive_root
        self._db = sqlite3.connect(index_db)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS frames ("
            "dish_id TEXT NOT NULL, fingerprint TEXT NOT NULL, stored_as TEXT NOT NULL, "
            "PRIMARY KEY (dish_id, fingerprint))"
        )

    def _seen(self, dish_id: str, fingerprint: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM frames WHERE dish_id = ? AND fingerprint = ?", (dish_id, fingerprint)
        ).fetchone()
        return row is not None

    def ingest(self, dish_id: str, incoming: Path) -> int:
        target_dir = self.archive_root / dish_id
        target_dir.mkdir(parents=True, exist_ok=True)
        copied = 0
        for frame in sorted(incoming.glob("*.jpg")):
            fingerprint = file_fingerprint(frame)
            if self._seen(dish_id, fingerprint):
                log.debug("skipping duplicate frame %s for dish %s", frame.name, dish_id)
                continue
            stored_as = f"{fingerprint[:16]}.jpg"
            shutil.copy2(frame, target_dir / stored_as)
            with self._db:
                self._db.execute(
                    "INSERT INTO frames (dish_id, fingerprint, stored_as) VALUES (?, ?, ?)",
                    (dish_id, fingerprint, stored_as),
                )
            copied += 1
        log.info("dish %s: %d new frames archived", dish_id, copied)
        return copied
