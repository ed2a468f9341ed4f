"""Year-end export of tuning logs for insurers and diocesan advisers.

Each year the firm supplies a CSV of every visit to each instrument it looks
after: dates, tuner, temperature, faults and remedial work. The export is
written to the shared reports folder for the office manager to send on.
"""
import csv
import os
from datetime import date
from pathlib import Path

import psycopg

REPORTS_DIR = Path(os.environ.get("OFFICE_REPORTS_DIR", "/srv/organworks/reports"))
EXPORT_MODE = 0o640
COLUMNS = ("visit_date", "church", "instrument", "tuner", "nave_temp_c", "faults", "work_done")


def fetch_visits(dsn: str, year: int) -> list[tuple]:
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT v.visit_date, c.name, i.name, t.name, v.nave_temp_c, v.fault_count, v.work_done "
            "FROM tuning_visits v "
            "JOIN churches c ON c.id = v.church_id "
            "JOIN instruments i ON i.id = v.instrument_id "
            "JOIN tuners t ON t.id = v.tuner_id "
            "WHERE v.visit_date BETWEEN %s AND %s ORDER BY c.name, v.visit_date",
            (date(year, 1, 1), date(year, 12, 31)),
        )
        return cur.fetchall()


def write_export(rows: list[tuple], year: int) -> Path:
    REPORTS_DIR.mkdir(parents=True, exist_ok=True)
    target = REPORTS_DIR / f"tuning-log-{year}.csv"
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow(row)
    os.chmod(target, EXPORT_MODE)
    return target


def export_year(dsn: str, year: int | None = None) -> Path:
    year = year or date.today().year - 1
    return write_export(fetch_visits(dsn, year), year)


if __name__ == "__main__":
    print(export_year(os.environ["ORGANWORKS_DSN"]))
