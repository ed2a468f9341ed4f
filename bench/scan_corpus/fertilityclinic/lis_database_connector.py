"""Pooled access to the laboratory information system database.

The andrology and endocrine analysers write into the LIS Postgres database.
Connection details come from the environment; the log line written on
connect names the server and database but leaves the password out.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from psycopg.conninfo import make_conninfo
from psycopg_pool import ConnectionPool

log = logging.getLogger("lis.db")


@dataclass(frozen=True)
class LisDbConfig:
    host: str
    dbname: str
    user: str
    password: str = field(repr=False)
    port: int = 5432
    sslmode: str = "verify-full"

    @classmethod
    def from_env(cls) -> "LisDbConfig":
        return cls(
            host=os.environ["LIS_DB_HOST"],
            dbname=os.environ.get("LIS_DB_NAME", "lis"),
            user=os.environ["LIS_DB_USER"],
            password=os.environ["LIS_DB_PASSWORD"],
            port=int(os.environ.get("LIS_DB_PORT", "5432")),
        )

    def conninfo(self) -> str:
        return make_conninfo(host=self.host, port=self.port, dbname=self.dbname,
                             user=self.user, password=self.password, sslmode=self.sslmode)

    def describe(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.dbname} (sslmode={self.sslmode})"


class LisDatabase:
    def __init__(self, config: LisDbConfig, max_size: int = 8) -> None:
        self.config = config
        self._max = max_size
        self._pool: ConnectionPool | None = None

    def pool(self) -> ConnectionPool:
        if self._pool is None:
            log.info("connecting to LIS database %s", self.config.describe())
            self._pool = ConnectionPool(conninfo=self.config.conninfo(), min_size=1,
                                        max_size=self._max, open=True)
            self._pool.wait(timeout=30)
        return self._pool

    def hormone_results(self, accession: str) -> list[dict]:
        with self.pool().connection() as conn:
            rows = conn.execute(
                "SELECT analyte, value, unit, validated_at FROM endocrine_results "
                "WHERE accession = %s ORDER BY analyte",
                (accession,),
            ).fetchall()
        return [dict(zip(("analyte", "value", "unit", "validated_at"), r)) for r in rows]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None
