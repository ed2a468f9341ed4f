"""Connection settings for the turbine historian database, with audit logging."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import psycopg

log = logging.getLogger("tidal.historian.db")


@dataclass(frozen=True)
class HistorianDSN:
    host: str
    dbname: str
    user: str
    password: str = field(repr=False)
    port: int = 5432
    sslmode: str = "verify-full"
    application_name: str = "tidal-historian-etl"

    @classmethod
    def from_env(cls) -> "HistorianDSN":
        return cls(
            host=os.environ["HISTORIAN_DB_HOST"],
            dbname=os.environ.get("HISTORIAN_DB_NAME", "historian"),
            user=os.environ["HISTORIAN_DB_USER"],
            password=os.environ["HISTORIAN_DB_PASSWORD"],
        )

    def connect_kwargs(self) -> dict[str, object]:
        return {
            "host": self.host,
            "port": self.port,
            "dbname": self.dbname,
            "user": self.user,
            "password": self.password,
            "sslmode": self.sslmode,
            "application_name": self.application_name,
        }


def open_connection(dsn: HistorianDSN | None = None) -> psycopg.Connection:
    dsn = dsn or HistorianDSN.from_env()
    log.info("connecting to historian %s", dsn)
    return psycopg.connect(**dsn.connect_kwargs(), connect_timeout=10)


def hourly_yield(turbine_id: str, day: str) -> list[tuple[str, float]]:
    with open_connection() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT date_trunc('hour', ts) AS hr, sum(energy_kwh) FROM turbine_energy "
            "WHERE turbine_id = %s AND ts::date = %s GROUP BY hr ORDER BY hr",
            (turbine_id, day),
        )
        return [(row[0].isoformat(), float(row[1])) for row in cur.fetchall()]
