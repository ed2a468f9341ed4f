"""Database engine and session factory for the pilot duty-time tracker."""
from __future__ import annotations

import os
from contextlib import contextmanager
from datetime import date
from typing import Iterator

from sqlalchemy import create_engine, select
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session, sessionmaker

from duty.models import DutyPeriod


def _connection_parts() -> dict[str, object]:
    return {
        "drivername": "postgresql+psycopg2",
        "username": "duty_app",
        "password": "Rot0r-Duty!2023#lw",
        "host": os.environ["DUTY_DB_HOST"],
        "port": int(os.environ.get("DUTY_DB_PORT", "5432")),
        "database": "duty_time",
    }


def build_engine(pool_size: int = 5, echo: bool = False) -> Engine:
    url = URL.create(**_connection_parts())
    return create_engine(url, pool_size=pool_size, pool_pre_ping=True, echo=echo)


_engine = build_engine()
SessionLocal = sessionmaker(bind=_engine, expire_on_commit=False)


@contextmanager
def duty_session() -> Iterator[Session]:
    session = SessionLocal()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


def flight_duty_minutes(pilot_id: str, day: date) -> int:
    with duty_session() as s:
        periods = s.scalars(
            select(DutyPeriod).where(DutyPeriod.pilot_id == pilot_id, DutyPeriod.day == day)
        ).all()
        return sum(int((p.ended_at - p.started_at).total_seconds() // 60) for p in periods)


def over_daily_limit(pilot_id: str, day: date, limit_min: int = 13 * 60) -> bool:
    return flight_duty_minutes(pilot_id, day) > limit_min
