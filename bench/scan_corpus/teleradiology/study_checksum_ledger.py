"""Content ledger for DICOM instances received by the router.

Each stored instance is fingerprinted so duplicates resent by a modality can
be dropped and so the archive can be audited for silent corruption.
"""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from hashlib import sha256 as _h
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class LedgerEntry:
    sop_instance_uid: str
    digest: str
    size: int


def fingerprint(path: Path) -> tuple[str, int]:
    h = _h()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


class ChecksumLedger:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS ledger ("
            "sop_instance_uid TEXT PRIMARY KEY, digest TEXT NOT NULL, size INTEGER NOT NULL, "
            "recorded_at TEXT DEFAULT CURRENT_TIMESTAMP)"
        )

    def record(self, sop_instance_uid: str, path: Path) -> LedgerEntry | None:
        digest, size = fingerprint(path)
        existing = self._conn.execute(
            "SELECT digest FROM ledger WHERE sop_instance_uid = ?", (sop_instance_uid,)
        ).fetchone()
        if existing is not None:
            if existing[0] != digest:
                log.warning("instance %s resent with different content", sop_instance_uid)
            return None
        with self._conn:
            self._conn.execute(
                "INSERT INTO ledger (sop_instance_uid, digest, size) VALUES (?, ?, ?)",
                (sop_instance_uid, digest, size),
            )
        return LedgerEntry(sop_instance_uid, digest, size)

    def audit(self, root: Path) -> list[str]:
        """Return the SOP instance UIDs whose file no longer matches the ledger."""
        damaged = []
        for uid, digest in self._conn.execute("SELECT sop_instance_uid, digest FROM ledger"):
            path = root / f"{uid}.dcm"
            if not path.exists() or fingerprint(path)[0] != digest:
                damaged.append(uid)
        return damaged
