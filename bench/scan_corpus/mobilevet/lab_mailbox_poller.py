"""Polls the pathology lab's results outbox (a read replica they host for us)."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

import psycopg
from psycopg.rows import dict_row

from .lab_import import store_result_batch

log = logging.getLogger("mobilevet.lab_mailbox")


@dataclass
class MailboxSettings:
    host: str
    port: int
    dbname: str
    user: str
    password: str = field(repr=False)
    lab_code: str = "PATH"
    interval_s: int = 300

    @classmethod
    def from_env(cls) -> "MailboxSettings":
        return cls(
            host=os.environ["PATHLAB_DB_HOST"],
            port=int(os.environ.get("PATHLAB_DB_PORT", "5432")),
            dbname=os.environ["PATHLAB_DB_NAME"],
            user=os.environ["PATHLAB_DB_USER"],
            password=os.environ["PATHLAB_DB_PASSWORD"],
        )


class LabMailboxPoller:
    def __init__(self, settings: MailboxSettings) -> None:
        self.settings = settings
        self._cursor = 0

    def _connect(self) -> psycopg.Connection:
        s = self.settings
        return psycopg.connect(host=s.host, port=s.port, dbname=s.dbname, user=s.user,
                               password=s.password, sslmode="verify-full",
                               row_factory=dict_row)

    def poll_once(self) -> int:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT seq, accession, test_code, patient_ref, result, units, reported_at "
                "FROM results_outbox WHERE seq > %s ORDER BY seq LIMIT 500",
                (self._cursor,),
            ).fetchall()
        if rows:
            store_result_batch(self.settings.lab_code, rows)
            self._cursor = rows[-1]["seq"]
        return len(rows)

    def run_forever(self) -> None:
        log.info("starting lab mailbox poller with %s", self.settings)
        while True:
            try:
                n = self.poll_once()
                if n:
                    log.info("imported %d results (cursor now %d)", n, self._cursor)
            except psycopg.OperationalError as exc:
                log.warning("lab mailbox unavailable: %s", exc)
            time.sleep(self.settings.interval_s)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    LabMailboxPoller(MailboxSettings.from_env()).run_forever()
