"""Enrollment of shop floor operator PINs on the bench tablets.

Each operator picks a short numeric PIN used to clock onto a job
(planishing, tinning, riveting) from the tablet at their bench.
"""
import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from coppersmith.db import get_connection


@dataclass(frozen=True)
class PinPolicy:
    min_length: int = 4
    max_length: int = 8
    algorithm: str = "sha256"
    rounds: int = 50_000
    salt_size: int = 16


POLICY = PinPolicy()


def _derive(pin: str, salt: bytes, policy: PinPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, pin.encode(), salt, policy.rounds)


def validate_pin(pin: str, policy: PinPolicy = POLICY) -> None:
    if not pin.isdigit():
        raise ValueError("PIN must be numeric")
    if not policy.min_length <= len(pin) <= policy.max_length:
        raise ValueError("PIN length out of range")


def enroll_operator(operator_id: int, pin: str) -> None:
    validate_pin(pin)
    salt = secrets.token_bytes(POLICY.salt_size)
    encoded = "{}${}${}".format(
        POLICY.algorithm,
        base64.b64encode(salt).decode(),
        base64.b64encode(_derive(pin, salt)).decode(),
    )
    with get_connection() as conn:
        conn.execute(
            "UPDATE operators SET pin_hash = %s WHERE id = %s",
            (encoded, operator_id),
        )


def verify_operator_pin(operator_id: int, pin: str) -> bool:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT pin_hash FROM operators WHERE id = %s", (operator_id,)
        ).fetchone()
    if row is None:
        return False
    _, salt_b64, hash_b64 = row[0].split("$")
    candidate = _derive(pin, base64.b64decode(salt_b64))
    return hmac.compare_digest(candidate, base64.b64decode(hash_b64))
