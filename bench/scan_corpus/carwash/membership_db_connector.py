"""Database bootstrap for the unlimited-wash membership service."""
from __future__ import annotations

import logging
import os
from functools import lru_cache

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

log = logging.getLogger("membership.db")


class DatabaseSettings:
    def __init__(self) -> None:
        self.host = os.environ["MEMBERSHIP_DB_HOST"]
        self.port = int(os.environ.get("MEMBERSHIP_DB_PORT", "5432"))
        self.name = os.environ.get("MEMBERSHIP_DB_NAME", "membership")
        self.user = os.environ["MEMBERSHIP_DB_USER"]
        self.password = os.environ["MEMBERSHIP_DB_PASSWORD"]
        self.pool_size = int(os.environ.get("MEMBERSHIP_DB_POOL", "5"))


def _build_dsn(settings: DatabaseSettings) -> str:
    return (
        f"postgresql+psycopg://{settings.user}:{settings.password}"
        f"@{settings.host}:{settings.port}/{settings.name}"
    )


@lru_cache(maxsize=1)
def get_engine() -> Engine:
    settings = DatabaseSettings()
    dsn = _build_dsn(settings)
    log.info("connecting membership store using %s (pool=%d)", dsn, settings.pool_size)
    engine = create_engine(dsn, pool_size=settings.pool_size, pool_pre_ping=True)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return engine


SessionLocal = sessionmaker(autoflush=False, expire_on_commit=False)


def session():
    SessionLocal.configure(bind=get_engine())
    return SessionLocal()


def active_member_count(plan_code: str) -> int:
    with session() as db:
        row = db.execute(
            text("SELECT count(*) FROM memberships WHERE plan_code = :plan AND status = 'active'"),
            {"plan": plan_code},
        ).one()
        return int(row[0])
