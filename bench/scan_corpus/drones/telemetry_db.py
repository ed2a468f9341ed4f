"""Connection pool for the fleet telemetry database."""
import logging
import os

from psycopg_pool import ConnectionPool

logger = logging.getLogger(__name__)


def load_config() -> dict:
    return {
        "user": os.environ.get("TELEMETRY_DB_USER", "telemetry"),
        "password": os.environ["TELEMETRY_DB_PASSWORD"],
        "host": os.environ["TELEMETRY_DB_HOST"],
        "port": int(os.environ.get("TELEMETRY_DB_PORT", "5432")),
        "dbname": os.environ.get("TELEMETRY_DB_NAME", "telemetry"),
    }


def build_dsn(cfg: dict) -> str:
    return "postgresql://{user}:{password}@{host}:{port}/{dbname}?sslmode=verify-full".format(**cfg)


def create_pool(min_size: int = 2, max_size: int = 10) -> ConnectionPool:
    dsn = build_dsn(load_config())
    logger.info("opening telemetry pool (%d-%d) using %s", min_size, max_size, dsn)
    pool = ConnectionPool(dsn, min_size=min_size, max_size=max_size, open=False)
    pool.open(wait=True, timeout=30)
    return pool


def latest_positions(pool: ConnectionPool, limit: int = 100) -> list[tuple]:
    with pool.connection() as conn:
        return conn.execute(
            "SELECT DISTINCT ON (drone_id) drone_id, ts, lat, lon, alt_m "
            "FROM positions ORDER BY drone_id, ts DESC LIMIT %s",
            (limit,),
        ).fetchall()
