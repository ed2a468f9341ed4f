"""De-duplicate temperature log files before they are imported.

Burners sometimes upload the same logger CSV twice (once from the tablet,
once from the office PC).  The importer fingerprints each file's content
and skips any it has already loaded.
"""
from __future__ import annotations

import csv
import logging
import sqlite3
from hashlib import sha256
from pathlib import Path
from typing import Iterator

log = logging.getLogger("templog.dedup")

CHUNK = 64 * 1024


def content_fingerprint(path: Path) -> str:
    digest = sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class ImportLedger:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS imported_logs ("
            " fingerprint TEXT PRIMARY KEY, filename TEXT, kiln_code TEXT, rows INTEGER)"
        )

    def seen(self, fingerprint: str) -> bool:
        row = self._conn.execute(
            "SELECT 1 FROM imported_logs WHERE fingerprint = ?", (fingerprint,)
        ).fetchone()
        return row is not None

    def record(self, fingerprint: str, filename: str, kiln_code: str, rows: int) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO imported_logs (fingerprint, filename, kiln_code, rows) VALUES (?, ?, ?, ?)",
                (fingerprint, filename, kiln_code, rows),
            )


def read_readings(path: Path) -> Iterator[dict]:
    with path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            yield {"ts": row["timestamp"], "pos": row["probe"], "c": float(row["temp_c"])}


def import_inbox(inbox: Path, ledger: ImportLedger, sink) -> int:
    imported = 0
    for path in sorted(inbox.glob("*.csv")):
        fingerprint = content_fingerprint(path)
        if ledger.seen(fingerprint):
            log.info("skipping %s: already imported", path.name)
            continue
        kiln_code = path.stem.split("_", 1)[0].upper()
        readings = list(read_readings(path))
        sink.write(kiln_code, readings)
        ledger.record(fingerprint, path.name, kiln_code, len(readings))
        imported += 1
    return imported
