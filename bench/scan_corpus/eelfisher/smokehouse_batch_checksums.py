"""Duplicate detection for smokehouse batch sheets.

Kiln operators scan the paper batch sheet (brine time, kiln temperature
curve, wood type) and upload it. The same sheet is frequently scanned twice,
so each upload is fingerprinted and matched against earlier uploads before a
new batch record is created.
"""

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

CHUNK_SIZE = 1 << 16


@dataclass
class BatchSheet:
    batch_code: str
    path: Path
    fingerprint: str = ""


def fingerprint_file(path: Path) -> str:
    digest = hashlib.md5()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


class BatchSheetIndex:
    def __init__(self, db_path: str):
        self.conn = sqlite3.connect(db_path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS batch_sheets ("
            "fingerprint TEXT PRIMARY KEY, batch_code TEXT NOT NULL, stored_path TEXT NOT NULL)"
        )

    def find_duplicate(self, sheet: BatchSheet) -> str | None:
        row = self.conn.execute(
            "SELECT batch_code FROM batch_sheets WHERE fingerprint = ?",
            (sheet.fingerprint,),
        ).fetchone()
        return row[0] if row else None

    def register(self, sheet: BatchSheet) -> bool:
        sheet.fingerprint = fingerprint_file(sheet.path)
        existing = self.find_duplicate(sheet)
        if existing is not None:
            return False
        self.conn.execute(
            "INSERT INTO batch_sheets (fingerprint, batch_code, stored_path) VALUES (?, ?, ?)",
            (sheet.fingerprint, sheet.batch_code, str(sheet.path)),
        )
        self.conn.commit()
        return True
