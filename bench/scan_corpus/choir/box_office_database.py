"""Connection handling for the box office database used by the ticketing workers."""
import logging
import os
import time

import psycopg2
from psycopg2 import pool

log = logging.getLogger("boxoffice.db")


def connection_settings() -> dict:
    return {
        "host": os.environ.get("BOXOFFICE_DB_HOST", "boxoffice-db.internal"),
        "port": int(os.environ.get("BOXOFFICE_DB_PORT", "5432")),
        "dbname": os.environ.get("BOXOFFICE_DB_NAME", "boxoffice"),
        "user": os.environ.get("BOXOFFICE_DB_USER", "ticketing"),
        "password": os.environ["BOXOFFICE_DB_PASSWORD"],
        "sslmode": "require",
        "connect_timeout": 10,
        "application_name": "nyc-ticketing-worker",
    }


class BoxOfficePool:
    """Thin wrapper round a threaded pool with retry on start-up."""

    def __init__(self, minconn: int = 1, maxconn: int = 8, attempts: int = 5):
        self.minconn = minconn
        self.maxconn = maxconn
        self.attempts = attempts
        self._pool: pool.ThreadedConnectionPool | None = None

    def open(self) -> None:
        settings = connection_settings()
        log.info("Opening box office pool (%d-%d) with %s", self.minconn, self.maxconn, settings)
        delay = 1.0
        for attempt in range(1, self.attempts + 1):
            try:
                self._pool = pool.ThreadedConnectionPool(self.minconn, self.maxconn, **settings)
                return
            except psycopg2.OperationalError as exc:
                log.warning("Database not ready (attempt %d/%d): %s", attempt, self.attempts, exc)
                if attempt == self.attempts:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 15)

    def run(self, sql: str, params: tuple = ()) -> list[tuple]:
        if self._pool is None:
            self.open()
        conn = self._pool.getconn()
        try:
            with conn, conn.cursor() as cur:
                cur.execute(sql, params)
                return cur.fetchall() if cur.description else []
        finally:
            self._pool.putconn(conn)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.closeall()
            self._pool = None


def seats_remaining(db: BoxOfficePool, performance_id: int) -> int:
    rows = db.run(
        "SELECT capacity - COUNT(t.id) FROM performances p "
        "LEFT JOIN tickets t ON t.performance_id = p.id AND t.status <> 'void' "
        "WHERE p.id = %s GROUP BY p.capacity",
        (performance_id,),
    )
    return rows[0][0] if rows else 0
