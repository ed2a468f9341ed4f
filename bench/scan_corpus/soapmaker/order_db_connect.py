"""Connection settings and pool for the wholesale orders database."""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from typing import Optional

import psycopg
from psycopg_pool import ConnectionPool

log = logging.getLogger("orders_db")


@dataclass(frozen=True)
class OrdersDbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "verify-full"

    @classmethod
    def from_env(cls) -> "OrdersDbSettings":
        return cls(
            host=os.environ["ORDERS_DB_HOST"],
            port=int(os.environ.get("ORDERS_DB_PORT", "5432")),
            name=os.environ.get("ORDERS_DB_NAME", "orders"),
            user=os.environ["ORDERS_DB_USER"],
            password=os.environ["ORDERS_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/"
            f"{self.name}?sslmode={self.sslmode}"
        )


class OrdersDatabase:
    def __init__(self, settings: OrdersDbSettings) -> None:
        self.settings = settings
        self._pool: Optional[ConnectionPool] = None

    def _probe(self, attempts: int = 5) -> None:
        last_exc: Optional[Exception] = None
        for attempt in range(1, attempts + 1):
            try:
                with psycopg.connect(self.settings.dsn, connect_timeout=5) as conn:
                    conn.execute("SELECT 1")
                return
            except psycopg.OperationalError as exc:
                last_exc = exc
                log.warning("orders db not ready (attempt %d/%d)", attempt, attempts)
                time.sleep(min(2 ** attempt, 15))
        raise ConnectionError(
            f"cannot reach orders database at {self.settings.dsn}"
        ) from last_exc

    def open(self) -> ConnectionPool:
        if self._pool is None:
            self._probe()
            self._pool = ConnectionPool(self.settings.dsn, min_size=2, max_size=10, open=True)
            log.info("orders db pool open on %s:%s", self.settings.host, self.settings.port)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None
