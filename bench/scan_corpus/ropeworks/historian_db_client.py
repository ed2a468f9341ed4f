"""Client for the telemetry historian (TimescaleDB) used by line dashboards."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime

import psycopg

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HistorianConfig:
    host: str
    port: int
    database: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "HistorianConfig":
        return cls(
            host=os.environ["HISTORIAN_HOST"],
            port=int(os.environ.get("HISTORIAN_PORT", "5432")),
            database=os.environ.get("HISTORIAN_DB", "telemetry"),
            user=os.environ["HISTORIAN_USER"],
            password=os.environ["HISTORIAN_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{self.user}:{self.password}"
            f"@{self.host}:{self.port}/{self.database}?sslmode=verify-full"
        )


class HistorianClient:
    def __init__(self, config: HistorianConfig) -> None:
        self.config = config
        self._conn: psycopg.Connection | None = None

    def connect(self) -> psycopg.Connection:
        if self._conn is None or self._conn.closed:
            log.info("connecting to telemetry historian at %s", self.config.dsn)
            self._conn = psycopg.connect(self.config.dsn, connect_timeout=10)
        return self._conn

    def line_speed(self, machine_id: str, start: datetime, end: datetime) -> list[tuple]:
        conn = self.connect()
        return conn.execute(
            "SELECT time_bucket('1 minute', ts) AS minute, avg(line_speed_m_min) "
            "FROM machine_counters WHERE machine_id = %s AND ts BETWEEN %s AND %s "
            "GROUP BY minute ORDER BY minute",
            (machine_id, start, end),
        ).fetchall()

    def latest_tension(self, machine_id: str) -> float | None:
        row = self.connect().execute(
            "SELECT strand_tension_n FROM machine_counters "
            "WHERE machine_id = %s ORDER BY ts DESC LIMIT 1",
            (machine_id,),
        ).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
