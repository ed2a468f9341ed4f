"""Syncs breathing-air compressor telemetry into the maintenance database.

The compressor controller exposes running hours, final-stage pressure,
filter cartridge hours and CO/moisture readings; a cron job copies them
into Postgres so the service schedule and air-quality log stay current.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import psycopg
import requests

log = logging.getLogger("compressor_sync")


@dataclass(frozen=True)
class TelemetryStoreSettings:
    host: str
    port: int
    dbname: str
    user: str
    password: str

    @classmethod
    def from_env(cls) -> "TelemetryStoreSettings":
        return cls(
            host=os.environ.get("TELEMETRY_DB_HOST", "db.internal"),
            port=int(os.environ.get("TELEMETRY_DB_PORT", "5432")),
            dbname=os.environ.get("TELEMETRY_DB_NAME", "maintenance"),
            user=os.environ.get("TELEMETRY_DB_USER", "compressor_sync"),
            password=os.environ["TELEMETRY_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{self.user}:{self.password}"
            f"@{self.host}:{self.port}/{self.dbname}"
        )


class CompressorTelemetrySync:
    def __init__(self, controller_url: str, store: TelemetryStoreSettings) -> None:
        self._controller_url = controller_url.rstrip("/")
        self._store = store

    def fetch(self) -> dict:
        resp = requests.get(f"{self._controller_url}/api/status", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def _connect(self) -> psycopg.Connection:
        log.info("connecting to telemetry store %s", self._store.dsn)
        return psycopg.connect(self._store.dsn, connect_timeout=10)

    def run_once(self) -> None:
        status = self.fetch()
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO compressor_readings (compressor_id, running_hours, "
                "final_pressure_bar, filter_hours, co_ppm, moisture_mg_m3, read_at) "
                "VALUES (%s, %s, %s, %s, %s, %s, now())",
                (
                    status["id"],
                    status["running_hours"],
                    status["final_pressure_bar"],
                    status["filter_hours"],
                    status["co_ppm"],
                    status["moisture_mg_m3"],
                ),
            )
        if status["filter_hours"] > status.get("filter_limit_hours", 50):
            log.warning("compressor %s filter cartridge due for change", status["id"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    CompressorTelemetrySync(
        os.environ.get("COMPRESSOR_CONTROLLER_URL", "http://compressor.local"),
        TelemetryStoreSettings.from_env(),
    ).run_once()
