"""Records content fingerprints of every manuscript PDF received at intake."""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class LedgerEntry:
    order_ref: str
    filename: str
    size_bytes: int
    sha256: str
    received_at: str


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    h = hashlib.new(algorithm)
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


class ChecksumLedger:
    """Lets prepress detect re-uploads and confirm the printed file matches the approved one."""

    def __init__(self, db_path: Path) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS manuscript_ledger ("
            " order_ref TEXT, filename TEXT, size_bytes INTEGER,"
            " sha256 TEXT, received_at TEXT)"
        )

    def record(self, order_ref: str, pdf: Path) -> LedgerEntry:
        entry = LedgerEntry(
            order_ref=order_ref,
            filename=pdf.name,
            size_bytes=pdf.stat().st_size,
            sha256=file_digest(pdf),
            received_at=datetime.now(timezone.utc).isoformat(),
        )
        self.conn.execute(
            "INSERT INTO manuscript_ledger VALUES (?, ?, ?, ?, ?)",
            (entry.order_ref, entry.filename, entry.size_bytes, entry.sha256, entry.received_at),
        )
        self.conn.commit()
        return entry

    def duplicates_of(self, pdf: Path) -> list[str]:
        rows = self.conn.execute(
            "SELECT order_ref FROM manuscript_ledger WHERE sha256 = ?", (file_digest(pdf),)
        ).fetchall()
        return [r[0] for r in rows]

    def matches_approved(self, order_ref: str, pdf: Path) -> bool:
        row = self.conn.execute(
            "SELECT sha256 FROM manuscript_ledger WHERE order_ref = ? ORDER BY received_at DESC",
            (order_ref,),
        ).fetchone()
        return row is not None and row[0] == file_digest(pdf)
