"""Connection helper for the café till's reporting database (PostgreSQL)."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import psycopg

log = logging.getLogger(__name__)


class TillDatabaseError(RuntimeError):
    pass


@dataclass(frozen=True)
class TillDbSettings:
    host: str
    port: int
    dbname: str
    user: str
    password: str
    sslmode: str = "require"

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/"
            f"{self.dbname}?sslmode={self.sslmode}"
        )


def connect(settings: TillDbSettings, attempts: int = 3, backoff_s: float = 2.0) -> psycopg.Connection:
    last_exc: Exception | None = None
    for attempt in range(1, attempts + 1):
        try:
            return psycopg.connect(settings.dsn, connect_timeout=10)
        except psycopg.OperationalError as exc:
            last_exc = exc
            log.warning("Till DB connection attempt %d/%d failed", attempt, attempts)
            time.sleep(backoff_s * attempt)
    raise TillDatabaseError(f"could not connect to {settings.dsn}") from last_exc


def takings_for_day(settings: TillDbSettings, day) -> dict[str, int]:
    with connect(settings) as conn:
        rows = conn.execute(
            "SELECT payment_method, SUM(total_pence) FROM sales "
            "WHERE sold_at::date = %s AND voided = false GROUP BY payment_method",
            (day,),
        ).fetchall()
    return {method: int(total) for method, total in rows}
