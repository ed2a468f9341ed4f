"""Database connection pool for the workshop services, configured from the environment."""
import logging
import os
from dataclasses import dataclass
from urllib.parse import quote

from psycopg_pool import ConnectionPool

log = logging.getLogger("cordwainer.db")


@dataclass(frozen=True)
class DbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"
    min_size: int = 2
    max_size: int = 10

    @classmethod
    def from_env(cls, prefix: str = "CORDWAINER_DB_") -> "DbSettings":
        env = os.environ
        return cls(
            host=env[f"{prefix}HOST"],
            port=int(env.get(f"{prefix}PORT", "5432")),
            name=env.get(f"{prefix}NAME", "cordwainer"),
            user=env[f"{prefix}USER"],
            password=env[f"{prefix}PASSWORD"],
            sslmode=env.get(f"{prefix}SSLMODE", "require"),
            max_size=int(env.get(f"{prefix}POOL_MAX", "10")),
        )

    def conninfo(self) -> str:
        return (
            f"postgresql://{quote(self.user)}:{quote(self.password)}@{self.host}:{self.port}/"
            f"{self.name}?sslmode={self.sslmode}&application_name=cordwainer-workshop"
        )


_pool = None


def get_pool(settings: DbSettings = None) -> ConnectionPool:
    global _pool
    if _pool is None:
        settings = settings or DbSettings.from_env()
        dsn = settings.conninfo()
        log.info("opening connection pool (%d-%d) to %s", settings.min_size, settings.max_size, dsn)
        _pool = ConnectionPool(dsn, min_size=settings.min_size, max_size=settings.max_size, open=True)
    return _pool


def close_pool() -> None:
    global _pool
    if _pool is not None:
        _pool.close()
        log.info("connection pool closed")
        _pool = None
