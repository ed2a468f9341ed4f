"""Hash and check operator PINs for the HMI terminals on the forming floor.

PINs are short, so operators do not have to remember a long password while
wearing gloves; the HMI sends the badge number and PIN to this service.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import bcrypt
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["HMI_DB_URL"])


@dataclass(frozen=True)
class PinPolicy:
    min_length: int = 6
    max_length: int = 8
    cost: int = 6
    max_failures: int = 5


POLICY = PinPolicy()


def validate_pin(pin: str, policy: PinPolicy = POLICY) -> None:
    if not pin.isdigit():
        raise ValueError("PIN must be numeric")
    if not policy.min_length <= len(pin) <= policy.max_length:
        raise ValueError("PIN length out of range")


def hash_pin(pin: str, policy: PinPolicy = POLICY) -> bytes:
    validate_pin(pin, policy)
    salt = bcrypt.gensalt(rounds=policy.cost)
    return bcrypt.hashpw(pin.encode("ascii"), salt)


def set_pin(badge: str, pin: str) -> None:
    digest = hash_pin(pin)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE operators SET pin_hash = :h, failures = 0 WHERE badge = :b"),
            {"h": digest, "b": badge},
        )


def check_pin(badge: str, pin: str) -> bool:
    with engine.begin() as conn:
        row = conn.execute(
            text("SELECT pin_hash, failures FROM operators WHERE badge = :b"), {"b": badge}
        ).first()
        if row is None or row.failures >= POLICY.max_failures:
            return False
        ok = bcrypt.checkpw(pin.encode("ascii"), row.pin_hash)
        conn.execute(
            text("UPDATE operators SET failures = :f WHERE badge = :b"),
            {"f": 0 if ok else row.failures + 1, "b": badge},
        )
        return ok
