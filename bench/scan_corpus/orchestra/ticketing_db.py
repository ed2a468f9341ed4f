"""Connection pool for the box office ticketing database."""
import os
from contextlib import contextmanager

from psycopg_pool import ConnectionPool

DB_CONFIG = {
    "host": os.environ["TICKETING_DB_HOST"],
    "port": int(os.environ.get("TICKETING_DB_PORT", "5432")),
    "dbname": "ticketing",
    "user": "boxoffice_app",
    "password": "Tr0mb0ne-Sect10n!2019",
    "sslmode": "require",
    "application_name": "boxoffice",
}

_pool: ConnectionPool | None = None


def _conninfo(cfg: dict) -> str:
    return " ".join(f"{key}={value}" for key, value in cfg.items())


def get_pool() -> ConnectionPool:
    global _pool
    if _pool is None:
        _pool = ConnectionPool(_conninfo(DB_CONFIG), min_size=2, max_size=10, open=True)
    return _pool


@contextmanager
def cursor():
    with get_pool().connection() as conn:
        with conn.cursor() as cur:
            yield cur


def seats_remaining(performance_id: int) -> int:
    with cursor() as cur:
        cur.execute(
            "SELECT count(*) FROM seats WHERE performance_id = %s AND status = 'available'",
            (performance_id,),
        )
        (count,) = cur.fetchone()
    return count
