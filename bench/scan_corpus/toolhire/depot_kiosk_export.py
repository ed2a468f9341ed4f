"""Nightly export of next-day collections for each depot's kiosk and counter PCs.

The CSV lists booking reference, customer name, mobile number and the asset
to be collected; the depot PCs pick it up from a shared spool directory.
"""
from __future__ import annotations

import csv
import os
import stat
from datetime import date, timedelta
from pathlib import Path
from typing import Iterable, Mapping

SPOOL_ROOT = Path(os.environ.get("TH_KIOSK_SPOOL", "/srv/spool/kiosk"))
EXPORT_MODE = (
    stat.S_IRUSR | stat.S_IWUSR
    | stat.S_IRGRP | stat.S_IWGRP
    | stat.S_IROTH | stat.S_IWOTH
)
COLUMNS = ["booking_ref", "customer_name", "mobile", "asset_no", "description", "slot"]


def _export_path(depot_code: str, day: date) -> Path:
    folder = SPOOL_ROOT / depot_code
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"collections-{day:%Y%m%d}.csv"


def _write_rows(path: Path, rows: Iterable[Mapping[str, str]]) -> int:
    count = 0
    tmp = path.with_suffix(".csv.part")
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            count += 1
    os.chmod(tmp, EXPORT_MODE)
    tmp.replace(path)
    return count


def export_depot(conn, depot_code: str, day: date | None = None) -> Path:
    day = day or date.today() + timedelta(days=1)
    cur = conn.cursor()
    cur.execute(
        """
        SELECT b.ref AS booking_ref, c.full_name AS customer_name, c.mobile,
               e.asset_no, e.description, b.collection_slot AS slot
          FROM bookings b
          JOIN customers c ON c.id = b.customer_id
          JOIN equipment e ON e.id = b.equipment_id
         WHERE b.depot_code = %s AND b.hire_start::date = %s AND b.status = 'confirmed'
         ORDER BY b.collection_slot
        """,
        (depot_code, day),
    )
    names = [col[0] for col in cur.description]
    path = _export_path(depot_code, day)
    _write_rows(path, (dict(zip(names, r)) for r in cur.fetchall()))
    return path


def export_all(conn, depot_codes: Iterable[str]) -> list[Path]:
    return [export_depot(conn, code) for code in depot_codes]
