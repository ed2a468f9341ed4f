"""Database settings for the job-ticket service, built from the environment."""
import logging
import os
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

log = logging.getLogger("upholstery.config")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5
    sslmode: str = "require"

    @classmethod
    def from_env(cls, prefix: str = "JOBS_DB_") -> "DatabaseSettings":
        env = os.environ
        return cls(
            host=env.get(prefix + "HOST", "localhost"),
            port=int(env.get(prefix + "PORT", "5432")),
            name=env.get(prefix + "NAME", "upholstery_jobs"),
            user=env[prefix + "USER"],
            password=env[prefix + "PASSWORD"],
            pool_size=int(env.get(prefix + "POOL_SIZE", "5")),
        )

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg2://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


def make_engine(settings: DatabaseSettings | None = None) -> Engine:
    settings = settings or DatabaseSettings.from_env()
    log.info("Connecting to job database %s (pool=%d)", settings.url, settings.pool_size)
    return create_engine(
        settings.url,
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        future=True,
    )
