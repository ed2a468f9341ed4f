"""De-duplication of kiln firing log uploads.

The draw-kiln controllers export a CSV of thermocouple readings at the end of
each burn. Shift leads sometimes upload the same export twice from the USB
stick, so each file is fingerprinted and skipped if it was already imported.
"""

import csv
import hashlib
import logging
from pathlib import Path

import psycopg

log = logging.getLogger(__name__)

CHUNK_SIZE = 1 << 16


def file_fingerprint(path: Path) -> str:
    digest = hashlib.md5()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def already_imported(conn: psycopg.Connection, fingerprint: str) -> bool:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT 1 FROM firing_log_imports WHERE fingerprint = %s", (fingerprint,)
        )
        return cur.fetchone() is not None


def import_firing_log(conn: psycopg.Connection, path: Path, kiln_code: str) -> int:
    fingerprint = file_fingerprint(path)
    if already_imported(conn, fingerprint):
        log.info("Skipping %s, already imported", path.name)
        return 0
    rows = 0
    with path.open(newline="") as handle, conn.cursor() as cur:
        for record in csv.DictReader(handle):
            cur.execute(
                "INSERT INTO firing_readings (kiln_code, read_at, zone, temp_c) "
                "VALUES (%s, %s, %s, %s)",
                (kiln_code, record["timestamp"], record["zone"], float(record["temp_c"])),
            )
            rows += 1
        cur.execute(
            "INSERT INTO firing_log_imports (fingerprint, file_name, kiln_code, row_count) "
            "VALUES (%s, %s, %s, %s)",
            (fingerprint, path.name, kiln_code, rows),
        )
    conn.commit()
    log.info("Imported %d readings for kiln %s", rows, kiln_code)
    return rows
