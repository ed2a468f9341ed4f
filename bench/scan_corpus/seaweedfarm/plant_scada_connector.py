"""Reads drier and mill telemetry from the processing plant's historian.

The historian is a PostgreSQL database maintained by the plant controls
contractor; the connector pulls batch temperature curves for QA reports.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

import psycopg2

log = logging.getLogger("plant.scada")


@dataclass
class HistorianConfig:
    host: str
    dbname: str
    user: str
    password: str
    port: int = 5432

    @classmethod
    def from_env(cls) -> "HistorianConfig":
        return cls(
            host=os.environ["HISTORIAN_HOST"],
            dbname=os.environ.get("HISTORIAN_DB", "plant_history"),
            user=os.environ["HISTORIAN_USER"],
            password=os.environ["HISTORIAN_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return f"host={self.host} port={self.port} dbname={self.dbname} user={self.user} password={self.password}"


class HistorianConnector:
    def __init__(self, config: HistorianConfig) -> None:
        self._config = config
        self._conn = None

    def connect(self):
        if self._conn is None:
            log.info("opening historian connection: %s", self._config.dsn)
            self._conn = psycopg2.connect(self._config.dsn, connect_timeout=10)
        return self._conn

    def drier_curve(self, batch_no: str) -> list[dict[str, Any]]:
        with self.connect().cursor() as cur:
            cur.execute(
                "SELECT ts, zone, temp_c, humidity_pct FROM drier_samples WHERE batch_no = %s ORDER BY ts",
                (batch_no,),
            )
            cols = [c.name for c in cur.description]
            return [dict(zip(cols, row)) for row in cur.fetchall()]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
