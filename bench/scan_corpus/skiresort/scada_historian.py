"""Export snowmaking telemetry from the SCADA historian database.

Nightly job that copies yesterday's pump and gun readings into the data
warehouse for the energy report.
"""
import csv
import os
import sys
from datetime import date, timedelta

import pymssql

PASSWORD_ENV = "HISTORIAN_PASSWORD"
USER_ENV = "HISTORIAN_USER"


def _connect():
    password = os.environ.get(PASSWORD_ENV)
    if not password:
        raise SystemExit(f"{PASSWORD_ENV} is not set")
    return pymssql.connect(
        server=os.environ["HISTORIAN_HOST"],
        user=os.environ.get(USER_ENV, "snow_reader"),
        password=password,
        database=os.environ.get("HISTORIAN_DB", "Snowmaking"),
        login_timeout=15,
    )


def export_day(day: date, out) -> int:
    writer = csv.writer(out)
    writer.writerow(["ts", "tag", "value"])
    rows = 0
    with _connect() as conn:
        cur = conn.cursor()
        cur.execute(
            "SELECT ts, tag, value FROM readings WHERE ts >= %s AND ts < %s ORDER BY ts",
            (day, day + timedelta(days=1)),
        )
        for ts, tag, value in cur:
            writer.writerow([ts.isoformat(), tag, value])
            rows += 1
    return rows


if __name__ == "__main__":
    count = export_day(date.today() - timedelta(days=1), sys.stdout)
    print(f"exported {count} readings", file=sys.stderr)
