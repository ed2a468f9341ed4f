"""Nightly job: rotate key-safe codes for huts with a changeover tomorrow."""
from __future__ import annotations

import logging
import random
import string
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger("shepherdhut.keysafe")

CODE_LENGTH = 4

CHANGEOVERS_SQL = text(
    """
    SELECT b.id AS booking_id, b.hut_id, h.name AS hut_name
    FROM bookings b JOIN huts h ON h.id = b.hut_id
    WHERE b.arrival_date = :arrival AND b.status = 'confirmed'
    """
)

UPDATE_CODE_SQL = text(
    "UPDATE key_safes SET code = :code, valid_from = :valid_from WHERE hut_id = :hut_id"
)


@dataclass
class Changeover:
    booking_id: int
    hut_id: int
    hut_name: str


def new_key_safe_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choice(string.digits) for _ in range(length))


def upcoming_changeovers(engine: Engine, arrival: date) -> list[Changeover]:
    with engine.connect() as conn:
        rows = conn.execute(CHANGEOVERS_SQL, {"arrival": arrival}).mappings().all()
    return [Changeover(r["booking_id"], r["hut_id"], r["hut_name"]) for r in rows]


def rotate_codes(engine: Engine, today: date | None = None) -> int:
    arrival = (today or date.today()) + timedelta(days=1)
    changeovers = upcoming_changeovers(engine, arrival)
    with engine.begin() as conn:
        for change in changeovers:
            code = new_key_safe_code()
            conn.execute(
                UPDATE_CODE_SQL,
                {"code": code, "valid_from": arrival, "hut_id": change.hut_id},
            )
            conn.execute(
                text("UPDATE bookings SET key_code_issued = true WHERE id = :id"),
                {"id": change.booking_id},
            )
            log.info("rotated key-safe code for hut %s (booking %s)", change.hut_name, change.booking_id)
    return len(changeovers)


if __name__ == "__main__":
    import os

    logging.basicConfig(level=logging.INFO)
    count = rotate_codes(create_engine(os.environ["DATABASE_URL"]))
    log.info("rotation complete: %d huts", count)
