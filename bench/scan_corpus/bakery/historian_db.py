"""Connection helper for the oven historian (TimescaleDB)."""
import logging
import os

from psycopg_pool import ConnectionPool

log = logging.getLogger(__name__)


def historian_settings() -> dict:
    return {
        "host": os.environ.get("HISTORIAN_HOST", "historian.plant.internal"),
        "port": int(os.environ.get("HISTORIAN_PORT", "5432")),
        "dbname": os.environ.get("HISTORIAN_DB", "oven_trends"),
        "user": os.environ.get("HISTORIAN_USER", "trend_reader"),
        "password": os.environ["HISTORIAN_PASSWORD"],
    }


def build_conninfo(cfg: dict) -> str:
    return (
        f"postgresql://{cfg['user']}:{cfg['password']}@{cfg['host']}:{cfg['port']}/{cfg['dbname']}"
        "?sslmode=verify-full&application_name=oven-planner"
    )


def open_pool(min_size: int = 1, max_size: int = 8) -> ConnectionPool:
    conninfo = build_conninfo(historian_settings())
    log.info("opening historian pool conninfo=%s size=%d..%d", conninfo, min_size, max_size)
    return ConnectionPool(conninfo, min_size=min_size, max_size=max_size, open=True)


def zone_profile(pool: ConnectionPool, line: int, hours: int = 8) -> list[tuple]:
    with pool.connection() as conn:
        return conn.execute(
            """
            SELECT time_bucket('5 minutes', ts) AS bucket, zone, avg(temp_c)
            FROM oven_zone_temps
            WHERE line = %s AND ts > now() - make_interval(hours => %s)
            GROUP BY bucket, zone
            ORDER BY bucket, zone
            """,
            (line, hours),
        ).fetchall()
