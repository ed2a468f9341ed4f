"""Detects re-submitted scans so the same stamp is not catalogued twice."""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

CHUNK = 1 << 20


@dataclass(frozen=True)
class ScanFingerprint:
    lot_number: str
    path: Path
    digest: str
    size: int


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    h = hashlib.new(algorithm)
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


class FingerprintIndex:
    def __init__(self, db_path: Path) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS scan_fingerprints ("
            " digest TEXT PRIMARY KEY, lot_number TEXT NOT NULL, path TEXT NOT NULL, size INTEGER)"
        )

    def fingerprint(self, lot_number: str, path: Path) -> ScanFingerprint:
        return ScanFingerprint(lot_number, path, file_digest(path), path.stat().st_size)

    def existing_lot(self, fp: ScanFingerprint) -> Optional[str]:
        row = self.conn.execute(
            "SELECT lot_number FROM scan_fingerprints WHERE digest = ?", (fp.digest,)
        ).fetchone()
        return row[0] if row else None

    def register(self, lot_number: str, path: Path) -> Optional[str]:
        fp = self.fingerprint(lot_number, path)
        clash = self.existing_lot(fp)
        if clash and clash != lot_number:
            return clash
        with self.conn:
            self.conn.execute(
                "INSERT OR IGNORE INTO scan_fingerprints VALUES (?, ?, ?, ?)",
                (fp.digest, fp.lot_number, str(fp.path), fp.size),
            )
        return None
