"""Nightly export of the next day's session bookings for coaches and the front desk."""
from __future__ import annotations

import csv
import io
import os
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text

EXPORT_DIR = Path(os.environ.get("BOOKING_EXPORT_DIR", "/srv/rampworks/exports/bookings"))
DIR_MODE = 0o750
FILE_MODE = 0o640

QUERY = text(
    "SELECT s.starts_at, s.discipline, s.coach, m.full_name, m.emergency_phone, b.waiver_ok "
    "FROM bookings b JOIN sessions s ON s.id = b.session_id JOIN members m ON m.id = b.member_id "
    "WHERE s.session_date = :day ORDER BY s.starts_at, m.full_name"
)


def _rows(database_url: str, day: date) -> list[tuple]:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(QUERY, {"day": day})]


def _to_csv(rows: list[tuple]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["starts_at", "discipline", "coach", "rider", "emergency_phone", "waiver_ok"])
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def write_export(database_url: str, day: date | None = None) -> Path:
    day = day or date.today() + timedelta(days=1)
    EXPORT_DIR.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    target = EXPORT_DIR / f"bookings-{day.isoformat()}.csv"
    tmp = target.with_suffix(".csv.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as fh:
        fh.write(_to_csv(_rows(database_url, day)))
    os.replace(tmp, target)
    return target


if __name__ == "__main__":
    print(write_export(os.environ["BOOKINGS_DATABASE_URL"]))
