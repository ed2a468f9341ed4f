"""Enrollment and checking of skipper quick-login PINs for wheelhouse tablets."""
import hashlib
import hmac
import os
from dataclasses import dataclass

from bargeman.db import get_connection


@dataclass(frozen=True)
class PinHashPolicy:
    algorithm: str = "sha256"
    iterations: int = 50_000
    salt_bytes: int = 16


POLICY = PinHashPolicy()


def _derive(pin: str, salt: bytes, policy: PinHashPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, pin.encode("utf-8"), salt, policy.iterations)


def enroll_pin(skipper_id: int, pin: str) -> None:
    if not pin.isdigit() or len(pin) < 6:
        raise ValueError("PIN must be at least six digits")
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(pin, salt)
    with get_connection() as conn:
        conn.execute(
            "UPDATE skippers SET pin_salt = %s, pin_hash = %s WHERE id = %s",
            (salt, digest, skipper_id),
        )


def check_pin(skipper_id: int, pin: str) -> bool:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT pin_salt, pin_hash FROM skippers WHERE id = %s",
            (skipper_id,),
        ).fetchone()
    if row is None:
        return False
    salt, stored = row
    return hmac.compare_digest(_derive(pin, bytes(salt)), bytes(stored))
