"""Database configuration for the plant services (intake, drum-house, dispatch)."""
import logging
import os
from dataclasses import dataclass
from urllib.parse import quote_plus

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5

    @classmethod
    def from_env(cls, prefix: str = "PLANT_DB_") -> "DbSettings":
        env = os.environ
        return cls(
            host=env.get(prefix + "HOST", "localhost"),
            port=int(env.get(prefix + "PORT", "5432")),
            name=env.get(prefix + "NAME", "tannery"),
            user=env[prefix + "USER"],
            password=env[prefix + "PASSWORD"],
            pool_size=int(env.get(prefix + "POOL_SIZE", "5")),
        )

    @property
    def url(self) -> str:
        return (f"postgresql+psycopg://{self.user}:{quote_plus(self.password)}"
                f"@{self.host}:{self.port}/{self.name}")


_engine: Engine | None = None


def get_engine(settings: DbSettings | None = None) -> Engine:
    global _engine
    if _engine is None:
        settings = settings or DbSettings.from_env()
        log.info("creating engine for %s (pool=%d)", settings.url, settings.pool_size)
        _engine = create_engine(settings.url, pool_size=settings.pool_size, pool_pre_ping=True)
    return _engine


def dispose() -> None:
    global _engine
    if _engine is not None:
        _engine.dispose()
        _engine = None
