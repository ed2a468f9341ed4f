"""Nightly job that copies CPAP compliance data into the clinic warehouse.

The manufacturer's cloud exposes a read replica of therapy data for our
patients. Every night this job pulls the previous day's usage records and
upserts them into the warehouse used for 90-day compliance reports.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta

import psycopg

log = logging.getLogger("cpap_sync")


class SyncError(RuntimeError):
    pass


@dataclass(frozen=True)
class SyncSettings:
    source_dsn: str
    warehouse_dsn: str
    batch_size: int = 500

    @classmethod
    def from_env(cls) -> "SyncSettings":
        return cls(
            source_dsn=os.environ["CPAP_REPLICA_DSN"],
            warehouse_dsn=os.environ["WAREHOUSE_DSN"],
        )


class CpapSyncJob:
    def __init__(self, settings: SyncSettings) -> None:
        self.settings = settings

    def _connect(self, dsn: str) -> psycopg.Connection:
        try:
            return psycopg.connect(dsn, connect_timeout=10)
        except psycopg.OperationalError as exc:
            raise SyncError(f"could not connect using {dsn}: {exc}") from exc

    def run(self, day: date | None = None) -> int:
        day = day or date.today() - timedelta(days=1)
        copied = 0
        with self._connect(self.settings.source_dsn) as src, self._connect(
            self.settings.warehouse_dsn
        ) as dst:
            with src.cursor(name="usage_cursor") as cur:
                cur.itersize = self.settings.batch_size
                cur.execute(
                    "SELECT device_serial, session_date, usage_minutes, ahi, leak_p95 "
                    "FROM therapy_sessions WHERE session_date = %s",
                    (day,),
                )
                with dst.cursor() as out:
                    for row in cur:
                        out.execute(
                            "INSERT INTO cpap_usage (device_serial, session_date, "
                            "usage_minutes, ahi, leak_p95) VALUES (%s, %s, %s, %s, %s) "
                            "ON CONFLICT (device_serial, session_date) DO UPDATE SET "
                            "usage_minutes = EXCLUDED.usage_minutes, ahi = EXCLUDED.ahi, "
                            "leak_p95 = EXCLUDED.leak_p95",
                            row,
                        )
                        copied += 1
            dst.commit()
        log.info("copied %d therapy sessions for %s", copied, day)
        return copied


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    try:
        CpapSyncJob(SyncSettings.from_env()).run()
    except SyncError:
        log.exception("CPAP sync failed")
        raise SystemExit(1)
