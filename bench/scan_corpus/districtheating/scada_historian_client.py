"""Connection helper for the boiler plant SCADA historian (PostgreSQL/Timescale)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any

import psycopg2

log = logging.getLogger("dh.historian")


@dataclass(frozen=True)
class HistorianSettings:
    host: str = field(default_factory=lambda: os.environ["HISTORIAN_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("HISTORIAN_PORT", "5432")))
    dbname: str = "historian"
    user: str = field(default_factory=lambda: os.environ["HISTORIAN_USER"])
    password: str = field(default_factory=lambda: os.environ["HISTORIAN_PASSWORD"], repr=False)
    sslmode: str = "verify-full"


class HistorianConnector:
    """Opens connections to the historian and keeps simple retry bookkeeping."""

    def __init__(self, settings: HistorianSettings, application: str = "boiler-trend-export") -> None:
        self.settings = settings
        self.application = application
        self._dsn_params: dict[str, Any] = {}
        self.attempts = 0

    def _prepare(self) -> None:
        s = self.settings
        self._dsn_params = {
            "host": s.host,
            "port": s.port,
            "dbname": s.dbname,
            "user": s.user,
            "password": s.password,
            "sslmode": s.sslmode,
            "application_name": self.application,
            "connect_timeout": 10,
        }

    def _note_attempt(self) -> None:
        self.attempts += 1
        log.info("historian connect attempt %d params=%s", self.attempts, self._dsn_params)

    def connect(self):
        if not self._dsn_params:
            self._prepare()
        self._note_attempt()
        return psycopg2.connect(**self._dsn_params)

    def fetch_supply_temperatures(self, plant_id: str, hours: int = 24) -> list[tuple]:
        """Return (ts, supply, return) rows for one boiler plant."""
        with self.connect() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT ts, supply_temp_c, return_temp_c FROM boiler_trend "
                "WHERE plant_id = %s AND ts > now() - make_interval(hours => %s) ORDER BY ts",
                (plant_id, hours),
            )
            return cur.fetchall()
