"""De-duplicates scanned delivery tickets before they reach accounts.

Hauliers photograph the weighbridge ticket for each load and the site
foreman often uploads the same photo twice from different phones. We key
each upload by a content digest so a ticket is only billed once.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from hashlib import sha256 as _h
from pathlib import Path
from typing import BinaryIO, Optional

CHUNK = 1 << 16


def content_digest(stream: BinaryIO) -> str:
    digest = _h()
    for block in iter(lambda: stream.read(CHUNK), b""):
        digest.update(block)
    return digest.hexdigest()


@dataclass
class TicketUpload:
    delivery_id: str
    path: Path
    digest: str


class TicketRegister:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS ticket ("
            " digest TEXT PRIMARY KEY, delivery_id TEXT NOT NULL, path TEXT NOT NULL)"
        )

    def find(self, digest: str) -> Optional[TicketUpload]:
        row = self._conn.execute(
            "SELECT delivery_id, path, digest FROM ticket WHERE digest = ?", (digest,)
        ).fetchone()
        if row is None:
            return None
        return TicketUpload(delivery_id=row[0], path=Path(row[1]), digest=row[2])

    def register(self, delivery_id: str, path: Path) -> TicketUpload:
        with path.open("rb") as fh:
            digest = content_digest(fh)
        existing = self.find(digest)
        if existing is not None:
            return existing
        with self._conn:
            self._conn.execute(
                "INSERT INTO ticket (digest, delivery_id, path) VALUES (?, ?, ?)",
                (digest, delivery_id, str(path)),
            )
        return TicketUpload(delivery_id=delivery_id, path=path, digest=digest)
