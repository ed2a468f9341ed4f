"""Nightly job that folds till uploads into the central takings ledger.

Runs under systemd on the head-office box; the settings come from the unit's
environment file.
"""
from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("till_sync")


@dataclass(frozen=True)
class SyncSettings:
    database_url: str
    batch_size: int = 500
    lock_id: int = 42017

    @classmethod
    def from_env(cls) -> "SyncSettings":
        return cls(
            database_url=os.environ["TAKINGS_DATABASE_URL"],
            batch_size=int(os.environ.get("TILL_SYNC_BATCH", "500")),
        )


class TillSyncWorker:
    def __init__(self, settings: SyncSettings) -> None:
        self.settings = settings
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            log.info("connecting to takings database %s", self.settings.database_url)
            self._engine = create_engine(self.settings.database_url, pool_pre_ping=True)
        return self._engine

    def run_once(self) -> int:
        moved = 0
        with self.engine.begin() as conn:
            got_lock = conn.execute(
                text("SELECT pg_try_advisory_xact_lock(:id)"), {"id": self.settings.lock_id}
            ).scalar()
            if not got_lock:
                log.warning("another till sync is running; skipping")
                return 0
            while True:
                rows = conn.execute(
                    text(
                        "WITH batch AS ("
                        "  DELETE FROM till_sales WHERE id IN ("
                        "    SELECT id FROM till_sales ORDER BY id LIMIT :n FOR UPDATE SKIP LOCKED"
                        "  ) RETURNING shop_code, business_date, department, amount"
                        ") INSERT INTO takings_ledger (shop_code, business_date, department, amount) "
                        "SELECT shop_code, business_date, department, sum(amount) FROM batch "
                        "GROUP BY shop_code, business_date, department"
                    ),
                    {"n": self.settings.batch_size},
                ).rowcount
                if not rows:
                    break
                moved += rows
        return moved


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    worker = TillSyncWorker(SyncSettings.from_env())
    started = time.monotonic()
    moved = worker.run_once()
    log.info("till sync moved %d ledger rows in %.1fs", moved, time.monotonic() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
