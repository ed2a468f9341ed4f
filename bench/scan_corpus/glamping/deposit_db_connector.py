"""Database access for the damage deposit service.

Deposits are pre-authorised at booking time and either released or
partly captured after the housekeeping inspection.
"""
from __future__ import annotations

import logging
import os
import time
from decimal import Decimal

import psycopg
from psycopg.rows import dict_row

log = logging.getLogger(__name__)


class DepositDatabaseError(RuntimeError):
    pass


class DepositDB:
    def __init__(self, dsn: str | None = None, attempts: int = 5) -> None:
        self.dsn = dsn or os.environ["DEPOSIT_DATABASE_URL"]
        self.attempts = attempts
        self._conn: psycopg.Connection | None = None

    def connect(self) -> psycopg.Connection:
        last_exc: Exception | None = None
        for attempt in range(1, self.attempts + 1):
            try:
                self._conn = psycopg.connect(self.dsn, row_factory=dict_row, connect_timeout=5)
                return self._conn
            except psycopg.OperationalError as exc:
                last_exc = exc
                log.warning("deposit db not ready (attempt %d/%d)", attempt, self.attempts)
                time.sleep(min(2 ** attempt, 20))
        raise DepositDatabaseError(f"could not connect to {self.dsn}: {last_exc}")

    @property
    def conn(self) -> psycopg.Connection:
        return self._conn or self.connect()

    def open_deposits(self, unit_code: str) -> list[dict]:
        return self.conn.execute(
            "SELECT id, booking_ref, amount, status FROM deposits"
            " WHERE unit_code = %s AND status = 'authorised'",
            (unit_code,),
        ).fetchall()

    def record_capture(self, deposit_id: int, amount: Decimal, reason: str) -> None:
        with self.conn.transaction():
            self.conn.execute(
                "UPDATE deposits SET status = 'captured', captured_amount = %s,"
                " capture_reason = %s WHERE id = %s",
                (amount, reason, deposit_id),
            )

    def record_release(self, deposit_id: int) -> None:
        with self.conn.transaction():
            self.conn.execute(
                "UPDATE deposits SET status = 'released' WHERE id = %s", (deposit_id,)
            )
