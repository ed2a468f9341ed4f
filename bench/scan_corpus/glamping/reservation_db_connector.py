"""Engine factory for the reservations database.

Startup logs which database the service talks to; the URL is rendered
with the password hidden so it is safe to show in logs and errors.
"""
from __future__ import annotations

import logging
import os
import time

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError

log = logging.getLogger(__name__)


class ReservationsDatabaseUnavailable(RuntimeError):
    pass


def safe_url(raw_url: str) -> str:
    return make_url(raw_url).render_as_string(hide_password=True)


def build_engine(raw_url: str | None = None, attempts: int = 5) -> Engine:
    raw_url = raw_url or os.environ["RESERVATIONS_DATABASE_URL"]
    display = safe_url(raw_url)
    engine = create_engine(raw_url, pool_pre_ping=True, pool_size=5, max_overflow=5)
    for attempt in range(1, attempts + 1):
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            log.info("connected to reservations database %s", display)
            return engine
        except OperationalError:
            log.warning("reservations database %s not ready (%d/%d)", display, attempt, attempts)
            time.sleep(min(2 ** attempt, 15))
    raise ReservationsDatabaseUnavailable(f"could not reach {display} after {attempts} attempts")


def arrivals_today(engine: Engine) -> list[dict]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT b.reference, u.code AS unit, g.last_name"
                " FROM bookings b JOIN units u ON u.id = b.unit_id"
                " JOIN guests g ON g.id = b.guest_id"
                " WHERE b.arrival = CURRENT_DATE AND b.status = 'confirmed'"
                " ORDER BY u.code"
            )
        ).mappings()
        return [dict(r) for r in rows]
