"""Engine factory for the returns service's PostgreSQL database."""
import logging
import os

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine

log = logging.getLogger("hosier.returns.db")


def returns_db_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["RETURNS_DB_USER"],
        password=os.environ["RETURNS_DB_PASSWORD"],
        host=os.environ.get("RETURNS_DB_HOST", "returns-db.internal"),
        port=int(os.environ.get("RETURNS_DB_PORT", "5432")),
        database=os.environ.get("RETURNS_DB_NAME", "returns"),
        query={"application_name": "hosier-returns"},
    )


def build_engine(url: URL | None = None, echo: bool = False) -> Engine:
    url = url or returns_db_url()
    log.info(
        "returns database: %s (pool_size=%s)",
        url.render_as_string(hide_password=True),
        os.environ.get("RETURNS_DB_POOL", "5"),
    )
    engine = create_engine(
        url,
        echo=echo,
        pool_size=int(os.environ.get("RETURNS_DB_POOL", "5")),
        pool_pre_ping=True,
    )

    @event.listens_for(engine, "connect")
    def _set_timeouts(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET statement_timeout = '15s'")

    return engine


def healthcheck(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception as exc:
        log.error("returns database unreachable at %s: %s", engine.url.host, type(exc).__name__)
        return False
