"""SQLAlchemy engine and session factory for the tour-planning service."""

from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session, sessionmaker

logger = logging.getLogger(__name__)


def database_url() -> URL:
    return URL.create(
        drivername="postgresql+psycopg",
        username=os.environ["TOUR_DB_USER"],
        password=os.environ["TOUR_DB_PASSWORD"],
        host=os.environ.get("TOUR_DB_HOST", "localhost"),
        port=int(os.environ.get("TOUR_DB_PORT", "5432")),
        database=os.environ.get("TOUR_DB_NAME", "touring"),
        query={"sslmode": "require"},
    )


def build_engine(url: URL | None = None) -> Engine:
    url = url or database_url()
    engine = create_engine(url, pool_size=5, max_overflow=5, pool_pre_ping=True)
    logger.info("tour database engine created for %s", url.render_as_string(hide_password=True))

    @event.listens_for(engine, "connect")
    def _set_timezone(dbapi_conn, _record) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")

    return engine


_engine: Engine | None = None
_factory: sessionmaker | None = None


@contextmanager
def session_scope() -> Iterator[Session]:
    global _engine, _factory
    if _factory is None:
        _engine = build_engine()
        _factory = sessionmaker(bind=_engine, expire_on_commit=False)
    session = _factory()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()
