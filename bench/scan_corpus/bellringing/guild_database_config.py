"""SQLAlchemy engine configuration for the guild records service."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("guild.db")


@dataclass(frozen=True)
class DatabaseConfig:
    host: str
    database: str
    username: str
    password: str = field(repr=False)
    port: int = 5432
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "DatabaseConfig":
        return cls(
            host=os.environ["GUILD_DB_HOST"],
            database=os.environ.get("GUILD_DB_NAME", "guild"),
            username=os.environ["GUILD_DB_USER"],
            password=os.environ["GUILD_DB_PASSWORD"],
            port=int(os.environ.get("GUILD_DB_PORT", "5432")),
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
            query={"sslmode": "require"},
        )


class Database:
    def __init__(self, config: DatabaseConfig) -> None:
        self.config = config

    @cached_property
    def engine(self) -> Engine:
        url = self.config.url
        log.info("Connecting to guild records at %s", url.render_as_string(hide_password=True))
        return create_engine(url, pool_size=self.config.pool_size, pool_pre_ping=True)

    def ping(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception as exc:
            log.error("Guild records database unreachable: %s", type(exc).__name__)
            return False

    def dispose(self) -> None:
        if "engine" in self.__dict__:
            self.engine.dispose()
