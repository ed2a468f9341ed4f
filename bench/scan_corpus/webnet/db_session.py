"""Database engine and session factory for the inventory service."""
import logging
import os

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import sessionmaker

logger = logging.getLogger(__name__)


def build_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["DB_USER"],
        password=os.environ["DB_PASSWORD"],
        host=os.environ["DB_HOST"],
        port=int(os.environ.get("DB_PORT", "5432")),
        database=os.environ.get("DB_NAME", "inventory"),
    )


def make_engine() -> Engine:
    url = build_url()
    logger.info("connecting to %s", url.render_as_string(hide_password=True))
    engine = create_engine(url, pool_size=10, max_overflow=5, pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _set_timezone(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")

    return engine


engine = make_engine()
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)
