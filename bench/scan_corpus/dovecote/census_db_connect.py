"""Connection setup for the bird census database.

Used by the census import jobs and the dashboard. Credentials come from
the deployment environment.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("census.db")


@dataclass(frozen=True)
class DbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "DbSettings":
        return cls(
            host=os.environ.get("CENSUS_DB_HOST", "localhost"),
            port=int(os.environ.get("CENSUS_DB_PORT", "5432")),
            name=os.environ.get("CENSUS_DB_NAME", "census"),
            user=os.environ["CENSUS_DB_USER"],
            password=os.environ["CENSUS_DB_PASSWORD"],
            pool_size=int(os.environ.get("CENSUS_DB_POOL", "5")),
        )

    def url(self) -> str:
        return (
            f"postgresql+psycopg2://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.name}"
        )


_engine: Engine | None = None


def get_engine(settings: DbSettings | None = None) -> Engine:
    global _engine
    if _engine is None:
        settings = settings or DbSettings.from_env()
        url = settings.url()
        log.info("Connecting to census database at %s", url)
        _engine = create_engine(url, pool_size=settings.pool_size, pool_pre_ping=True)
    return _engine


def healthcheck() -> bool:
    try:
        with get_engine().connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:
        log.exception("Census database health check failed")
        return False
