"""Supervisor override codes for releasing held job cards on the bristle lines.

When a machine job card is held for a quality reason, a shift supervisor can
release it at the terminal by entering their personal override code.
"""
from datetime import datetime, timezone

from passlib.context import CryptContext
from sqlalchemy import text

from brushworks.db import engine
from brushworks.jobs import JobCardState, set_job_card_state

override_context = CryptContext(
    schemes=["bcrypt"],
    deprecated="auto",
    bcrypt__rounds=12,
)

MIN_CODE_LENGTH = 8


def store_override_code(supervisor_id: int, code: str) -> None:
    if len(code) < MIN_CODE_LENGTH:
        raise ValueError(f"override code must be at least {MIN_CODE_LENGTH} characters")
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE supervisors SET override_hash = :h WHERE id = :i"),
            {"h": override_context.hash(code), "i": supervisor_id},
        )


def release_held_card(job_card_id: int, supervisor_id: int, code: str) -> bool:
    with engine.begin() as conn:
        stored = conn.execute(
            text("SELECT override_hash FROM supervisors WHERE id = :i AND active"),
            {"i": supervisor_id},
        ).scalar_one_or_none()
        if stored is None:
            return False
        valid, new_hash = override_context.verify_and_update(code, stored)
        if not valid:
            return False
        if new_hash:
            conn.execute(
                text("UPDATE supervisors SET override_hash = :h WHERE id = :i"),
                {"h": new_hash, "i": supervisor_id},
            )
        conn.execute(
            text("INSERT INTO job_card_releases (job_card_id, supervisor_id, released_at) VALUES (:j, :s, :t)"),
            {"j": job_card_id, "s": supervisor_id, "t": datetime.now(timezone.utc)},
        )
    set_job_card_state(job_card_id, JobCardState.RELEASED)
    return True
