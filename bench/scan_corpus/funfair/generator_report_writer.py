"""Nightly job that writes a per-generator PDF-ready CSV of the day's load and fuel use."""

from __future__ import annotations

import csv
import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("funfair.generator_reports")


@dataclass(frozen=True)
class ReportSettings:
    report_root: Path
    database_url: str

    @classmethod
    def from_env(cls) -> "ReportSettings":
        return cls(
            report_root=Path(os.environ.get("GENERATOR_REPORT_ROOT", "/srv/funfair/reports")),
            database_url=os.environ["TELEMETRY_DATABASE_URL"],
        )


class DailyGeneratorReport:
    def __init__(self, engine: Engine, settings: ReportSettings) -> None:
        self.engine = engine
        self.settings = settings

    def generator_ids(self) -> list[int]:
        with self.engine.connect() as conn:
            return list(conn.execute(text("SELECT id FROM generators WHERE active")).scalars())

    def report_path(self, generator_id: int, day: date) -> Path:
        folder = self.settings.report_root / day.isoformat()
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"generator-{int(generator_id):05d}.csv"

    def write(self, generator_id: int, day: date) -> Path:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT date_trunc('hour', recorded_at) AS hour, "
                    "avg(load_kw) AS load_kw, min(fuel_pct) AS fuel_pct "
                    "FROM generator_readings WHERE generator_id = :gid "
                    "AND recorded_at >= :start AND recorded_at < :end "
                    "GROUP BY 1 ORDER BY 1"
                ),
                {"gid": generator_id, "start": day, "end": day + timedelta(days=1)},
            ).all()
        path = self.report_path(generator_id, day)
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["hour", "avg_load_kw", "min_fuel_pct"])
            for row in rows:
                writer.writerow([row.hour.isoformat(), f"{row.load_kw:.1f}", f"{row.fuel_pct:.1f}"])
        return path


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    settings = ReportSettings.from_env()
    report = DailyGeneratorReport(create_engine(settings.database_url), settings)
    yesterday = date.today() - timedelta(days=1)
    for generator_id in report.generator_ids():
        path = report.write(generator_id, yesterday)
        log.info("wrote %s", path)


if __name__ == "__main__":
    main()
