"""Duplicate detection for lab result CSV imports.

Reference labs occasionally resend the same results file with a new
name. Each incoming file is fingerprinted by content so that a repeat
delivery is skipped instead of creating duplicate observations.
"""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FingerprintSettings:
    algorithm: str = "sha256"
    chunk_bytes: int = 1 << 20


def file_fingerprint(path: Path, settings: FingerprintSettings = FingerprintSettings()) -> str:
    digest = hashlib.new(settings.algorithm)
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(settings.chunk_bytes), b""):
            digest.update(chunk)
    return digest.hexdigest()


class ImportLedger:
    """Remembers fingerprints of result files that were already imported."""

    def __init__(self, db_path: Path) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS imported_files ("
            " fingerprint TEXT PRIMARY KEY, file_name TEXT, lab_code TEXT,"
            " imported_at TEXT DEFAULT CURRENT_TIMESTAMP)"
        )

    def seen(self, fingerprint: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM imported_files WHERE fingerprint = ?", (fingerprint,)
        ).fetchone()
        return row is not None

    def record(self, fingerprint: str, file_name: str, lab_code: str) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT OR IGNORE INTO imported_files (fingerprint, file_name, lab_code) VALUES (?, ?, ?)",
                (fingerprint, file_name, lab_code),
            )


def filter_new_files(paths: list[Path], ledger: ImportLedger, lab_code: str) -> list[Path]:
    fresh: list[Path] = []
    for path in paths:
        fp = file_fingerprint(path)
        if ledger.seen(fp):
            continue
        ledger.record(fp, path.name, lab_code)
        fresh.append(path)
    return fresh
