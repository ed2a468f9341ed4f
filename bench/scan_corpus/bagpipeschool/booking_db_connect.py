"""Engine and session factory for the lesson booking database."""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)


def booking_db_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ["BOOKING_DB_USER"],
        password=os.environ["BOOKING_DB_PASSWORD"],
        host=os.environ["BOOKING_DB_HOST"],
        port=int(os.environ.get("BOOKING_DB_PORT", "5432")),
        database=os.environ.get("BOOKING_DB_NAME", "bookings"),
        query={"sslmode": "require"},
    )


def make_engine(url: URL | None = None, echo: bool = False) -> Engine:
    url = url or booking_db_url()
    engine = create_engine(url, pool_pre_ping=True, pool_size=5, echo=echo)
    log.info("booking database engine created for %s",
             url.render_as_string(hide_password=True))

    @event.listens_for(engine, "connect")
    def _set_timezone(dbapi_conn, _record):
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'Europe/London'")

    return engine


_engine: Engine | None = None
_SessionFactory: sessionmaker | None = None


def init(echo: bool = False) -> None:
    global _engine, _SessionFactory
    _engine = make_engine(echo=echo)
    _SessionFactory = sessionmaker(bind=_engine, expire_on_commit=False)


@contextmanager
def session_scope() -> Iterator[Session]:
    if _SessionFactory is None:
        raise RuntimeError("booking_db_connect.init() must be called first")
    session = _SessionFactory()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        log.exception("booking transaction rolled back")
        raise
    finally:
        session.close()
