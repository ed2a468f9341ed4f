"""Connection pool for the science archive's metadata database."""
import logging
import os

from psycopg2.pool import ThreadedConnectionPool

log = logging.getLogger("archive.db")

_pool: ThreadedConnectionPool | None = None


def _dsn() -> str:
    parts = {
        "host": os.environ.get("ARCHIVE_DB_HOST", "localhost"),
        "port": os.environ.get("ARCHIVE_DB_PORT", "5432"),
        "dbname": os.environ.get("ARCHIVE_DB_NAME", "archive"),
        "user": os.environ.get("ARCHIVE_DB_USER", "archive_ro"),
        "password": os.environ["ARCHIVE_DB_PASSWORD"],
        "sslmode": "verify-full",
    }
    return " ".join(f"{key}={value}" for key, value in parts.items())


def get_pool(minconn: int = 1, maxconn: int = 10) -> ThreadedConnectionPool:
    global _pool
    if _pool is None:
        dsn = _dsn()
        log.info("opening archive DB pool (%d-%d) with dsn %s", minconn, maxconn, dsn)
        _pool = ThreadedConnectionPool(minconn, maxconn, dsn)
    return _pool


def fetch_one(query: str, params: tuple = ()):
    pool = get_pool()
    conn = pool.getconn()
    try:
        with conn.cursor() as cur:
            cur.execute(query, params)
            return cur.fetchone()
    finally:
        pool.putconn(conn)


def close_pool() -> None:
    global _pool
    if _pool is not None:
        _pool.closeall()
        _pool = None
        log.info("archive DB pool closed")
