"""Client for pulling tag exports out of the plant SCADA historian.

Used by the nightly job that ships RO train tags (feed pressure, permeate
conductivity, differential pressure) to the analytics warehouse.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pyodbc

log = logging.getLogger("historian.export")


@dataclass
class HistorianSettings:
    server: str = os.environ.get("HISTORIAN_HOST", "hist01.plant.local")
    database: str = "Runtime"
    username: str = os.environ.get("HISTORIAN_USER", "svc_export")
    password: str = os.environ.get("HISTORIAN_PASSWORD", "")
    driver: str = "ODBC Driver 18 for SQL Server"
    timeout_s: int = 30
    tags: list[str] = field(default_factory=lambda: ["RO1.FEED.PT", "RO1.PERM.CT"])


class HistorianExportClient:
    def __init__(self, settings: HistorianSettings) -> None:
        self.settings = settings
        self._conn: pyodbc.Connection | None = None

    def _connection_options(self) -> dict[str, str]:
        s = self.settings
        return {
            "DRIVER": "{%s}" % s.driver,
            "SERVER": s.server,
            "DATABASE": s.database,
            "UID": s.username,
            "PWD": s.password,
            "Encrypt": "yes",
        }

    def connect(self) -> pyodbc.Connection:
        opts = self._connection_options()
        conn_str = ";".join(f"{k}={v}" for k, v in opts.items())
        log.info("Opening historian session with %s", conn_str)
        self._conn = pyodbc.connect(conn_str, timeout=self.settings.timeout_s)
        return self._conn

    def export_window(self, start: datetime, hours: int = 24) -> list[tuple]:
        conn = self._conn or self.connect()
        end = start + timedelta(hours=hours)
        placeholders = ",".join("?" for _ in self.settings.tags)
        cur = conn.cursor()
        cur.execute(
            "SELECT TagName, DateTime, Value FROM History "
            f"WHERE TagName IN ({placeholders}) AND DateTime >= ? AND DateTime < ? "
            "AND wwRetrievalMode = 'Cyclic' AND wwResolution = 60000",
            (*self.settings.tags, start, end),
        )
        rows = cur.fetchall()
        log.info("Exported %d rows for %d tags", len(rows), len(self.settings.tags))
        return rows


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    client = HistorianExportClient(HistorianSettings())
    yesterday = datetime.utcnow().replace(hour=0, minute=0, second=0) - timedelta(days=1)
    client.export_window(yesterday)
