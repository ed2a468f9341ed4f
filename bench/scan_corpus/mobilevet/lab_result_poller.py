"""Polls the regional lab's results mailbox database for new entries.

Some smaller labs publish results to a shared PostgreSQL reporting database
instead of pushing them to us; this worker polls it every few minutes.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row

from .lab_import import store_result_batch

log = logging.getLogger("mobilevet.lab_poller")


@dataclass
class LabDatabaseSettings:
    host: str
    port: int
    dbname: str
    user: str
    password: str
    lab_code: str
    interval_s: int = 300

    @classmethod
    def from_env(cls) -> "LabDatabaseSettings":
        return cls(
            host=os.environ["LAB_DB_HOST"],
            port=int(os.environ.get("LAB_DB_PORT", "5432")),
            dbname=os.environ["LAB_DB_NAME"],
            user=os.environ["LAB_DB_USER"],
            password=os.environ["LAB_DB_PASSWORD"],
            lab_code=os.environ["LAB_CODE"],
        )


class LabResultPoller:
    def __init__(self, settings: LabDatabaseSettings) -> None:
        self.settings = settings
        self._last_seen = 0

    def _connect(self) -> psycopg.Connection:
        s = self.settings
        return psycopg.connect(host=s.host, port=s.port, dbname=s.dbname, user=s.user,
                               password=s.password, sslmode="verify-full",
                               row_factory=dict_row)

    def poll_once(self) -> int:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT seq, accession, test_code, patient_ref, result, units, reported_at "
                "FROM results_outbox WHERE customer = %s AND seq > %s ORDER BY seq",
                ("MOBILEVET", self._last_seen),
            ).fetchall()
        if rows:
            store_result_batch(self.settings.lab_code, rows)
            self._last_seen = rows[-1]["seq"]
        return len(rows)

    def run_forever(self) -> None:
        log.info("starting lab poller with %s", self.settings)
        while True:
            try:
                count = self.poll_once()
                if count:
                    log.info("imported %d results from %s", count, self.settings.lab_code)
            except psycopg.OperationalError as exc:
                log.warning("lab database unavailable: %s", exc)
            time.sleep(self.settings.interval_s)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    LabResultPoller(LabDatabaseSettings.from_env()).run_forever()
