"""Indexes uploaded customer artwork by content so repeat club orders reuse existing files.

Clubs re-order the same crest every season and usually re-upload the same
PDF; matching on content saves the proof desk from redrawing it.
"""
import hashlib
import shutil
import sqlite3
from pathlib import Path

INDEX_DB = Path("/var/lib/enameller/artwork_index.db")
STORE = Path("/srv/enameller/artwork-store")
READ_BLOCK = 1 << 16


def content_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(READ_BLOCK), b""):
            h.update(block)
    return h.hexdigest()


class ArtworkIndex:
    def __init__(self, db_path: Path = INDEX_DB, store: Path = STORE):
        self.conn = sqlite3.connect(db_path)
        self.store = store
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS artwork ("
            " digest TEXT PRIMARY KEY, stored_as TEXT NOT NULL, first_order TEXT NOT NULL)"
        )

    def find(self, digest: str) -> str | None:
        row = self.conn.execute(
            "SELECT stored_as FROM artwork WHERE digest = ?", (digest,)
        ).fetchone()
        return row[0] if row else None

    def ingest(self, upload: Path, order_ref: str) -> tuple[str, bool]:
        """Return (stored path, reused) for an uploaded artwork file."""
        digest = content_digest(upload)
        existing = self.find(digest)
        if existing:
            upload.unlink()
            return existing, True
        target = self.store / digest[:2] / f"{digest}{upload.suffix.lower()}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(upload), target)
        with self.conn:
            self.conn.execute(
                "INSERT INTO artwork (digest, stored_as, first_order) VALUES (?, ?, ?)",
                (digest, str(target), order_ref),
            )
        return str(target), False
