"""Nightly job that copies validated station readings into the archive database."""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import create_engine, text

log = logging.getLogger("glacierlab.sync")


@dataclass(frozen=True)
class SyncSettings:
    source_url: str = field(default_factory=lambda: os.environ["STAGING_DATABASE_URL"])
    archive_url: str = field(default_factory=lambda: os.environ["ARCHIVE_DATABASE_URL"])
    batch_size: int = 5000


class ArchiveSync:
    def __init__(self, settings: SyncSettings) -> None:
        self.settings = settings
        self.source = create_engine(settings.source_url, pool_pre_ping=True)
        log.info("connecting to archive database at %s", settings.archive_url)
        self.archive = create_engine(settings.archive_url, pool_pre_ping=True)

    def copy_day(self, day: date) -> int:
        copied = 0
        select_stmt = text(
            "SELECT station_id, observed_at, variable, value, qc_flag FROM readings "
            "WHERE observed_at >= :start AND observed_at < :end AND qc_flag = 'valid' "
            "ORDER BY observed_at"
        )
        insert_stmt = text(
            "INSERT INTO archive_readings (station_id, observed_at, variable, value, qc_flag) "
            "VALUES (:station_id, :observed_at, :variable, :value, :qc_flag) "
            "ON CONFLICT DO NOTHING"
        )
        with self.source.connect() as src, self.archive.begin() as dst:
            result = src.execution_options(stream_results=True).execute(
                select_stmt, {"start": day, "end": day + timedelta(days=1)}
            )
            while batch := result.mappings().fetchmany(self.settings.batch_size):
                dst.execute(insert_stmt, [dict(row) for row in batch])
                copied += len(batch)
        return copied


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    day = date.fromisoformat(argv[1]) if len(argv) > 1 else date.today() - timedelta(days=1)
    sync = ArchiveSync(SyncSettings())
    count = sync.copy_day(day)
    log.info("archived %d readings for %s", count, day.isoformat())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
