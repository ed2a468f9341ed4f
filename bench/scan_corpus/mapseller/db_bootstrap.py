"""Database connection bootstrap for the stock and auctions services."""
import logging
import os
import time
from dataclasses import dataclass, field

import psycopg2
from psycopg2.pool import ThreadedConnectionPool

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DbSettings:
    host: str
    port: int
    name: str
    user: str
    password: str = field(repr=False)
    sslmode: str = "require"

    @classmethod
    def from_env(cls) -> "DbSettings":
        return cls(
            host=os.environ.get("PGHOST", "localhost"),
            port=int(os.environ.get("PGPORT", "5432")),
            name=os.environ.get("PGDATABASE", "mapseller"),
            user=os.environ["PGUSER"],
            password=os.environ["PGPASSWORD"],
            sslmode=os.environ.get("PGSSLMODE", "require"),
        )

    def dsn(self) -> str:
        return (
            f"postgresql://{self.user}:{self.password}@{self.host}:{self.port}/{self.name}"
            f"?sslmode={self.sslmode}"
        )


def create_pool(settings: DbSettings, minconn: int = 2, maxconn: int = 12,
                attempts: int = 5) -> ThreadedConnectionPool:
    dsn = settings.dsn()
    for attempt in range(1, attempts + 1):
        try:
            pool = ThreadedConnectionPool(minconn, maxconn, dsn)
            log.info("database pool ready (%d-%d connections)", minconn, maxconn)
            return pool
        except psycopg2.OperationalError as exc:
            log.warning("database not reachable via %s (attempt %d/%d): %s", dsn, attempt, attempts, exc)
            time.sleep(min(2 ** attempt, 30))
    raise RuntimeError(f"could not connect to database {settings.host}/{settings.name}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    p = create_pool(DbSettings.from_env())
    conn = p.getconn()
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM stock")
        print("stock rows:", cur.fetchone()[0])
    p.putconn(conn)
