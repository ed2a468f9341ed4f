"""Nightly job that exports approved rota shifts to the payroll bureau's CSV drop."""
from __future__ import annotations

import csv
import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import psycopg

log = logging.getLogger("rota.payroll_export")


@dataclass(frozen=True)
class ExportSettings:
    db_host: str
    db_name: str
    db_user: str
    db_password: str
    export_dir: Path

    @classmethod
    def from_env(cls) -> "ExportSettings":
        return cls(
            db_host=os.environ["ROTA_DB_HOST"],
            db_name=os.environ.get("ROTA_DB_NAME", "rota"),
            db_user=os.environ["ROTA_DB_USER"],
            db_password=os.environ["ROTA_DB_PASSWORD"],
            export_dir=Path(os.environ["PAYROLL_EXPORT_DIR"]),
        )

    @property
    def dsn(self) -> str:
        return f"postgresql://{self.db_user}:{self.db_password}@{self.db_host}/{self.db_name}"


SHIFT_QUERY = """
    SELECT s.employee_no, s.full_name, sh.shift_date, sh.start_time, sh.end_time,
           sh.break_minutes, sh.hourly_rate_pence, e.event_name
    FROM shifts sh
    JOIN staff s ON s.id = sh.staff_id
    JOIN event_bookings e ON e.id = sh.booking_id
    WHERE sh.approved AND sh.shift_date BETWEEN %s AND %s
    ORDER BY s.employee_no, sh.shift_date
"""


class PayrollExportJob:
    def __init__(self, settings: ExportSettings) -> None:
        self.settings = settings

    def fetch(self, start: date, end: date) -> list[tuple]:
        log.info("connecting to rota database %s", self.settings.dsn)
        with psycopg.connect(self.settings.dsn, connect_timeout=15) as conn:
            return conn.execute(SHIFT_QUERY, (start, end)).fetchall()

    def write(self, rows: list[tuple], period_end: date) -> Path:
        self.settings.export_dir.mkdir(parents=True, exist_ok=True)
        target = self.settings.export_dir / f"shifts-{period_end:%Y%m%d}.csv"
        with target.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["employee_no", "name", "date", "start", "end",
                             "break_min", "rate_pence", "event"])
            writer.writerows(rows)
        return target

    def run(self, today: date | None = None) -> Path:
        today = today or date.today()
        end = today - timedelta(days=1)
        start = end - timedelta(days=6)
        rows = self.fetch(start, end)
        path = self.write(rows, end)
        log.info("exported %d shifts for %s..%s to %s", len(rows), start, end, path)
        return path


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    PayrollExportJob(ExportSettings.from_env()).run()
