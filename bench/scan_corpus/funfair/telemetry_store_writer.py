"""Background job that flushes buffered generator readings into TimescaleDB."""

from __future__ import annotations

import logging
import os
import queue
import threading
from dataclasses import dataclass
from urllib.parse import quote

import psycopg

log = logging.getLogger("funfair.telemetry")


@dataclass(frozen=True)
class StoreSettings:
    host: str
    port: int
    dbname: str
    user: str
    password: str
    batch_size: int = 500

    @classmethod
    def from_env(cls) -> "StoreSettings":
        return cls(
            host=os.environ.get("TSDB_HOST", "localhost"),
            port=int(os.environ.get("TSDB_PORT", "5432")),
            dbname=os.environ.get("TSDB_NAME", "telemetry"),
            user=os.environ["TSDB_USER"],
            password=os.environ["TSDB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.dbname}"
        )


class ReadingWriter(threading.Thread):
    def __init__(self, settings: StoreSettings, inbox: "queue.Queue[tuple]") -> None:
        super().__init__(name="reading-writer", daemon=True)
        self.settings = settings
        self.inbox = inbox
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def _drain(self) -> list[tuple]:
        batch = []
        while len(batch) < self.settings.batch_size:
            try:
                batch.append(self.inbox.get(timeout=1.0))
            except queue.Empty:
                break
        return batch

    def run(self) -> None:
        log.info("opening telemetry store %s", self.settings.dsn)
        with psycopg.connect(self.settings.dsn, autocommit=False) as conn:
            while not self._stop.is_set():
                batch = self._drain()
                if not batch:
                    continue
                with conn.cursor() as cur:
                    cur.executemany(
                        "INSERT INTO generator_readings "
                        "(generator_id, recorded_at, load_kw, fuel_pct, coolant_c) "
                        "VALUES (%s, %s, %s, %s, %s)",
                        batch,
                    )
                conn.commit()
                log.debug("flushed %d readings", len(batch))
