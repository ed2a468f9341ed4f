"""Database settings and connection pool for the bowyer back office."""
import logging
import os
from dataclasses import dataclass
from urllib.parse import quote_plus

from psycopg2 import pool

log = logging.getLogger("backoffice.db")


@dataclass(frozen=True)
class DatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"
    min_conn: int = 1
    max_conn: int = 10

    @classmethod
    def from_env(cls) -> "DatabaseSettings":
        return cls(
            host=os.environ.get("PGHOST", "db.workshop.internal"),
            port=int(os.environ.get("PGPORT", "5432")),
            name=os.environ.get("PGDATABASE", "bowyer"),
            user=os.environ["PGUSER"],
            password=os.environ["PGPASSWORD"],
            sslmode=os.environ.get("PGSSLMODE", "require"),
        )

    def dsn(self) -> str:
        return (
            f"postgresql://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


_pool: pool.ThreadedConnectionPool | None = None


def init_pool(settings: DatabaseSettings | None = None) -> pool.ThreadedConnectionPool:
    global _pool
    settings = settings or DatabaseSettings.from_env()
    dsn = settings.dsn()
    log.info("opening connection pool to %s (%d-%d connections)", dsn, settings.min_conn, settings.max_conn)
    _pool = pool.ThreadedConnectionPool(settings.min_conn, settings.max_conn, dsn)
    return _pool


def get_conn():
    if _pool is None:
        init_pool()
    return _pool.getconn()


def put_conn(conn) -> None:
    if _pool is not None:
        _pool.putconn(conn)
