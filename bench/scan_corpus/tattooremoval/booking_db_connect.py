"""Database connection setup for the online booking service.

Reads connection settings from the environment and builds a SQLAlchemy
engine shared by the booking, deposit and reminder jobs.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote_plus

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("booking.db")


@dataclass(frozen=True)
class BookingDatabaseSettings:
    host: str
    port: int
    name: str
    user: str
    password: str
    sslmode: str = "require"
    pool_size: int = 5

    @classmethod
    def from_env(cls) -> "BookingDatabaseSettings":
        return cls(
            host=os.environ["BOOKING_DB_HOST"],
            port=int(os.environ.get("BOOKING_DB_PORT", "5432")),
            name=os.environ.get("BOOKING_DB_NAME", "bookings"),
            user=os.environ["BOOKING_DB_USER"],
            password=os.environ["BOOKING_DB_PASSWORD"],
        )

    @property
    def dsn(self) -> str:
        return (
            f"postgresql+psycopg://{quote_plus(self.user)}:{quote_plus(self.password)}"
            f"@{self.host}:{self.port}/{self.name}?sslmode={self.sslmode}"
        )


@lru_cache(maxsize=1)
def booking_engine() -> Engine:
    settings = BookingDatabaseSettings.from_env()
    log.info("connecting to booking database %s", settings.dsn)
    engine = create_engine(
        settings.dsn,
        pool_size=settings.pool_size,
        pool_pre_ping=True,
        pool_recycle=1800,
    )
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return engine


def dispose_engine() -> None:
    if booking_engine.cache_info().currsize:
        booking_engine().dispose()
        booking_engine.cache_clear()
