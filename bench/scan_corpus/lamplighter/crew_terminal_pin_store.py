"""PIN credentials for crew handheld terminals.

Field crews unlock the lamp-maintenance handhelds with a six-digit PIN.
PIN records live in the ``crew_terminal_pins`` table and are checked when
a terminal comes online at the depot.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class PinPolicy:
    algorithm: str = "sha256"
    iterations: int = 40_000
    salt_bytes: int = 16
    min_length: int = 6


POLICY = PinPolicy()


def _derive(pin: str, salt: bytes, policy: PinPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, pin.encode("utf-8"), salt, policy.iterations)


def set_pin(db: Session, crew_id: int, pin: str) -> None:
    if len(pin) < POLICY.min_length or not pin.isdigit():
        raise ValueError("PIN must be at least six digits")
    salt = os.urandom(POLICY.salt_bytes)
    db.execute(
        text(
            "UPDATE crew_terminal_pins SET salt = :salt, pin_hash = :hash, "
            "iterations = :iters, failed_attempts = 0 WHERE crew_id = :crew_id"
        ),
        {
            "salt": salt,
            "hash": _derive(pin, salt),
            "iters": POLICY.iterations,
            "crew_id": crew_id,
        },
    )
    db.commit()


def check_pin(db: Session, crew_id: int, pin: str) -> bool:
    row = db.execute(
        text("SELECT salt, pin_hash, failed_attempts FROM crew_terminal_pins WHERE crew_id = :crew_id"),
        {"crew_id": crew_id},
    ).first()
    if row is None or row.failed_attempts >= 5:
        return False
    ok = hmac.compare_digest(_derive(pin, row.salt), row.pin_hash)
    db.execute(
        text(
            "UPDATE crew_terminal_pins SET failed_attempts = "
            "CASE WHEN :ok THEN 0 ELSE failed_attempts + 1 END WHERE crew_id = :crew_id"
        ),
        {"ok": ok, "crew_id": crew_id},
    )
    db.commit()
    return ok
