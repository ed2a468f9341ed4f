"""Connection management for the laboratory information system database.

The andrology and endocrine analysers write results into the LIS Postgres
database; clinic services read from it through this pooled connection
manager.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

from psycopg_pool import ConnectionPool

log = logging.getLogger("lis.db")


@dataclass(frozen=True)
class LisDatabaseSettings:
    host: str
    port: int
    dbname: str
    user: str
    password: str
    sslmode: str = "verify-full"

    @classmethod
    def from_env(cls) -> "LisDatabaseSettings":
        return cls(
            host=os.environ["LIS_DB_HOST"],
            port=int(os.environ.get("LIS_DB_PORT", "5432")),
            dbname=os.environ.get("LIS_DB_NAME", "lis"),
            user=os.environ["LIS_DB_USER"],
            password=os.environ["LIS_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql://{quote(self.user)}:{quote(self.password)}@{self.host}:{self.port}/"
            f"{self.dbname}?sslmode={self.sslmode}"
        )


class LisConnectionManager:
    def __init__(self, settings: LisDatabaseSettings, min_size: int = 1, max_size: int = 8) -> None:
        self.settings = settings
        self._min = min_size
        self._max = max_size
        self._pool: ConnectionPool | None = None

    def open(self) -> ConnectionPool:
        if self._pool is None:
            log.info("connecting to LIS database %s", self.settings.dsn)
            self._pool = ConnectionPool(
                conninfo=self.settings.dsn,
                min_size=self._min,
                max_size=self._max,
                kwargs={"application_name": "clinic-lis-reader"},
            )
            self._pool.wait(timeout=30)
        return self._pool

    def latest_semen_analysis(self, specimen_id: str) -> dict | None:
        with self.open().connection() as conn:
            row = conn.execute(
                "SELECT specimen_id, concentration_m_per_ml, progressive_motility_pct, "
                "morphology_normal_pct, analysed_at FROM semen_analyses "
                "WHERE specimen_id = %s ORDER BY analysed_at DESC LIMIT 1",
                (specimen_id,),
            ).fetchone()
        if row is None:
            return None
        keys = ("specimen_id", "concentration", "motility", "morphology", "analysed_at")
        return dict(zip(keys, row))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None
