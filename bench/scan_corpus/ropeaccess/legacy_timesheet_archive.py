"""Archive closed timesheet weeks for the legacy contracts system.

The contracts system that invoices framework clients still ingests a sealed
archive per week; this job bundles approved timesheets and seals them with the
archive key shared with that system.
"""
from __future__ import annotations

import gzip
import json
import os
from datetime import date
from pathlib import Path

import psycopg
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

ARCHIVE_DIR = Path(os.environ.get("TIMESHEET_ARCHIVE_DIR", "/srv/archive/timesheets"))


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ["LEGACY_ARCHIVE_KEY"])
    return DES3.adjust_key_parity(key)


def fetch_week(conn: psycopg.Connection, week_start: date) -> list[dict]:
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        cur.execute(
            "SELECT t.employee_number, s.site_code, s.work_date, s.hours_on_rope, "
            "s.hours_ground, s.approved_by FROM timesheet_entries s "
            "JOIN technicians t ON t.id = s.technician_id "
            "WHERE s.week_start = %s AND s.status = 'approved' ORDER BY s.work_date",
            (week_start,),
        )
        return [
            {**row, "work_date": row["work_date"].isoformat(),
             "hours_on_rope": str(row["hours_on_rope"]),
             "hours_ground": str(row["hours_ground"])}
            for row in cur.fetchall()
        ]


def seal(payload: bytes, key: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES3.new(key, DES3.MODE_CBC, iv=iv)
    return iv + cipher.encrypt(pad(payload, DES3.block_size))


def archive_week(dsn: str, week_start: date) -> Path:
    with psycopg.connect(dsn) as conn:
        entries = fetch_week(conn, week_start)
    body = gzip.compress(json.dumps({"week": week_start.isoformat(), "entries": entries}).encode())
    ARCHIVE_DIR.mkdir(parents=True, exist_ok=True)
    target = ARCHIVE_DIR / f"timesheets_{week_start:%Y%m%d}.bin"
    target.write_bytes(seal(body, _load_key()))
    return target


if __name__ == "__main__":
    import sys

    print(archive_week(os.environ["TIMESHEETS_DSN"], date.fromisoformat(sys.argv[1])))
