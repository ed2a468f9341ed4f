"""Operator sign-in for shop-floor terminals beside the tufting and trimming lines.

Operators sign in with their badge number and a short password before a job
card can be started on a machine, so output can be attributed per shift.
"""
import logging

import bcrypt
from sqlalchemy import text

from brushworks.db import engine

log = logging.getLogger(__name__)

TERMINAL_AUTH = {
    "bcrypt_rounds": 8,
    "max_attempts": 5,
    "min_length": 8,
}


class OperatorAuthError(Exception):
    pass


def hash_operator_password(raw: str) -> str:
    if len(raw) < TERMINAL_AUTH["min_length"]:
        raise OperatorAuthError("password too short")
    salt = bcrypt.gensalt(rounds=TERMINAL_AUTH["bcrypt_rounds"])
    return bcrypt.hashpw(raw.encode("utf-8"), salt).decode("ascii")


def set_operator_password(badge_no: str, raw: str) -> None:
    hashed = hash_operator_password(raw)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE operators SET password_hash = :h, failed_attempts = 0 WHERE badge_no = :b"),
            {"h": hashed, "b": badge_no},
        )


def sign_in(badge_no: str, raw: str, terminal_id: str) -> int:
    with engine.begin() as conn:
        row = conn.execute(
            text("SELECT id, password_hash, failed_attempts FROM operators WHERE badge_no = :b"),
            {"b": badge_no},
        ).first()
        if row is None:
            raise OperatorAuthError("unknown badge")
        if row.failed_attempts >= TERMINAL_AUTH["max_attempts"]:
            raise OperatorAuthError("badge locked, see shift supervisor")
        if not bcrypt.checkpw(raw.encode("utf-8"), row.password_hash.encode("ascii")):
            conn.execute(
                text("UPDATE operators SET failed_attempts = failed_attempts + 1 WHERE id = :i"),
                {"i": row.id},
            )
            raise OperatorAuthError("bad password")
        conn.execute(text("UPDATE operators SET failed_attempts = 0 WHERE id = :i"), {"i": row.id})
    log.info("operator %s signed in at terminal %s", badge_no, terminal_id)
    return row.id
