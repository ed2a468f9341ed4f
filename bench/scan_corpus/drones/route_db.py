"""SQLAlchemy engine for the route-planning database."""
import logging
import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine

logger = logging.getLogger(__name__)


def database_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ.get("ROUTES_DB_USER", "routes"),
        password=os.environ["ROUTES_DB_PASSWORD"],
        host=os.environ["ROUTES_DB_HOST"],
        port=int(os.environ.get("ROUTES_DB_PORT", "5432")),
        database=os.environ.get("ROUTES_DB_NAME", "routes"),
        query={"sslmode": "verify-full"},
    )


def make_engine(pool_size: int = 5) -> Engine:
    url = database_url()
    logger.info("connecting to %s (pool_size=%d)", url.render_as_string(hide_password=True), pool_size)
    return create_engine(url, pool_size=pool_size, pool_pre_ping=True)


def corridor_ids_near(engine: Engine, lat: float, lon: float, radius_m: float) -> list[int]:
    stmt = text(
        "SELECT id FROM corridors "
        "WHERE ST_DWithin(geom::geography, ST_MakePoint(:lon, :lat)::geography, :radius)"
    )
    with engine.connect() as conn:
        return [row.id for row in conn.execute(stmt, {"lat": lat, "lon": lon, "radius": radius_m})]
