"""Load database settings for the dye-house services from the environment."""
import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

logger = logging.getLogger("config.db")


@dataclass(frozen=True)
class DbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    pool_size: int = 5
    sslmode: str = "require"

    @classmethod
    def from_env(cls, prefix: str = "DYEHOUSE_DB_") -> "DbSettings":
        env = os.environ
        return cls(
            host=env[f"{prefix}HOST"],
            port=int(env.get(f"{prefix}PORT", "5432")),
            name=env.get(f"{prefix}NAME", "dyehouse"),
            user=env[f"{prefix}USER"],
            password=env[f"{prefix}PASSWORD"],
            pool_size=int(env.get(f"{prefix}POOL", "5")),
        )

    @property
    def url(self) -> str:
        return (
            f"postgresql+psycopg2://{quote(self.user)}:{quote(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


_engine = None


def get_engine(settings: DbSettings = None) -> Engine:
    global _engine
    if _engine is None:
        settings = settings or DbSettings.from_env()
        logger.info("creating engine for %s (pool=%d)", settings.url, settings.pool_size)
        _engine = create_engine(settings.url, pool_size=settings.pool_size, pool_pre_ping=True)
    return _engine


def dispose() -> None:
    global _engine
    if _engine is not None:
        _engine.dispose()
        _engine = None
