"""Connection settings and pool for the plant's PostgreSQL database."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

from psycopg_pool import ConnectionPool

log = logging.getLogger("plant.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "verify-full"
    sslrootcert: str = "/etc/ssl/certs/plant-db-ca.pem"
    min_size: int = 2
    max_size: int = 10

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ["PLANT_DB_HOST"],
            port=int(os.environ.get("PLANT_DB_PORT", "5432")),
            name=os.environ.get("PLANT_DB_NAME", "pressing"),
            user=os.environ["PLANT_DB_USER"],
            password=os.environ["PLANT_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{quote(self.user)}:{quote(self.password)}@{self.host}:{self.port}/"
            f"{self.name}?sslmode={self.sslmode}&sslrootcert={self.sslrootcert}"
        )


class PlantDatabase:
    def __init__(self, settings: DatabaseSettings) -> None:
        self._settings = settings
        self._pool: ConnectionPool | None = None

    def open(self) -> ConnectionPool:
        if self._pool is None:
            log.info("opening plant database pool: %s", self._settings.dsn)
            self._pool = ConnectionPool(
                self._settings.dsn,
                min_size=self._settings.min_size,
                max_size=self._settings.max_size,
                open=True,
            )
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def presses_running(self) -> list[tuple]:
        with self.open().connection() as conn:
            return conn.execute(
                "SELECT press_id, catalogue_number, started_at FROM press_runs "
                "WHERE finished_at IS NULL ORDER BY press_id"
            ).fetchall()


db = PlantDatabase(DatabaseSettings.from_env())
