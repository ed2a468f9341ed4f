"""Database engine for the melt historian reporting service.

Reports on furnace utilisation and energy per tonne read from the melt
historian Postgres replica. The engine URL is assembled from the
deployment environment.
"""
import logging
import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError

log = logging.getLogger("melt.reports")


def historian_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["MELT_DB_USER"],
        password=os.environ["MELT_DB_PASSWORD"],
        host=os.environ.get("MELT_DB_HOST", "localhost"),
        port=int(os.environ.get("MELT_DB_PORT", "5432")),
        database=os.environ.get("MELT_DB_NAME", "melt_historian"),
    )


def make_engine() -> Engine:
    url = historian_url()
    log.info("connecting to melt historian at %s", url.render_as_string(hide_password=True))
    engine = create_engine(url, pool_pre_ping=True, pool_size=5)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError:
        log.exception("melt historian not reachable at %s", url.render_as_string(hide_password=True))
        raise
    return engine


def energy_per_tonne(engine: Engine, furnace_id: str, month: str) -> float | None:
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT sum(energy_kwh) / nullif(sum(tapped_kg) / 1000.0, 0) "
                "FROM heats WHERE furnace_id = :f AND to_char(tapped_at, 'YYYY-MM') = :m"
            ),
            {"f": furnace_id, "m": month},
        ).fetchone()
    return float(row[0]) if row and row[0] is not None else None
