"""Engine factory for the dispatch and lab databases."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("limekiln.db")


@dataclass(frozen=True)
class DbSettings:
    host: str
    database: str
    username: str
    password: str = field(repr=False)
    port: int = 5432

    @classmethod
    def from_env(cls, prefix: str) -> "DbSettings":
        return cls(
            host=os.environ[f"{prefix}_HOST"],
            database=os.environ[f"{prefix}_NAME"],
            username=os.environ[f"{prefix}_USER"],
            password=os.environ[f"{prefix}_PASSWORD"],
            port=int(os.environ.get(f"{prefix}_PORT", "5432")),
        )

    @property
    def url(self) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.username,
            password=self.password,
            host=self.host,
            port=self.port,
            database=self.database,
        )


def make_engine(settings: DbSettings, echo: bool = False) -> Engine:
    url = settings.url
    log.info("connecting to %s", url.render_as_string(hide_password=True))
    engine = create_engine(url, pool_pre_ping=True, echo=echo)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return engine


def engines() -> dict[str, Engine]:
    return {
        "dispatch": make_engine(DbSettings.from_env("DISPATCH_DB")),
        "lab": make_engine(DbSettings.from_env("LAB_DB")),
    }
