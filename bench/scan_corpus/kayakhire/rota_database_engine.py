"""Engine and session factory for the guide rota database."""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session, sessionmaker

PASSWORD_ENV = "ROTA_DB_PASSWORD"


def rota_url() -> URL:
    return URL.create(
        "postgresql+psycopg",
        username=os.environ.get("ROTA_DB_USER", "rota_app"),
        password=os.environ[PASSWORD_ENV],
        host=os.environ["ROTA_DB_HOST"],
        port=int(os.environ.get("ROTA_DB_PORT", "5432")),
        database=os.environ.get("ROTA_DB_NAME", "guide_rota"),
        query={"sslmode": "verify-full", "sslrootcert": os.environ.get("ROTA_DB_CA", "/etc/ssl/rota-ca.pem")},
    )


def build_engine(url: URL | None = None) -> Engine:
    engine = create_engine(url or rota_url(), pool_size=5, max_overflow=5, pool_pre_ping=True)

    @event.listens_for(engine, "connect")
    def _set_timezone(dbapi_conn, _record) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'Europe/London'")

    return engine


SessionFactory = sessionmaker(expire_on_commit=False)


@contextmanager
def rota_session(engine: Engine) -> Iterator[Session]:
    session = SessionFactory(bind=engine)
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


def healthcheck(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(text("SELECT 1")).scalar() == 1
