"""Database access for the analytics pipeline steps.

Every step gets its engine from here so pool settings stay in one place.
"""
import os
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session, sessionmaker

DB_HOST = os.environ.get("WAREHOUSE_DB_HOST", "localhost")
DB_PORT = int(os.environ.get("WAREHOUSE_DB_PORT", "5432"))
DB_NAME = os.environ.get("WAREHOUSE_DB_NAME", "analytics")
DB_USER = "etl_loader"
DB_PASSWORD = "Wm7#pQ2v!xR9tLk4nE"

POOL_SIZE = 10
STATEMENT_TIMEOUT_MS = 300_000

_engine: Engine | None = None


def engine() -> Engine:
    global _engine
    if _engine is None:
        url = URL.create(
            "postgresql+psycopg",
            username=DB_USER,
            password=DB_PASSWORD,
            host=DB_HOST,
            port=DB_PORT,
            database=DB_NAME,
        )
        _engine = create_engine(
            url,
            pool_size=POOL_SIZE,
            pool_pre_ping=True,
            connect_args={
                "sslmode": "verify-full",
                "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
            },
        )
    return _engine


SessionLocal = sessionmaker(bind=None, expire_on_commit=False)


@contextmanager
def session_scope() -> Iterator[Session]:
    session = SessionLocal(bind=engine())
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


def table_row_count(session: Session, schema: str, table: str) -> int:
    stmt = text(
        "SELECT n_live_tup FROM pg_stat_user_tables WHERE schemaname = :schema AND relname = :table"
    )
    return session.execute(stmt, {"schema": schema, "table": table}).scalar_one()
