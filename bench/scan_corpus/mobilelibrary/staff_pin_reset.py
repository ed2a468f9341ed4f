"""Tablet unlock PINs for van staff.

Each staff member has a short PIN to unlock a tablet that is already enrolled
to their van.  PINs are stored as PBKDF2-SHA256 digests in the fleet database.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

import psycopg


@dataclass(frozen=True)
class PinPolicy:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16
    min_length: int = 6


POLICY = PinPolicy()


def _derive(pin: str, salt: bytes, iterations: int, policy: PinPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, pin.encode("utf-8"), salt, iterations)


def encode_pin(pin: str, policy: PinPolicy = POLICY) -> str:
    if not pin.isdigit() or len(pin) < policy.min_length:
        raise ValueError(f"PIN must be at least {policy.min_length} digits")
    salt = secrets.token_bytes(policy.salt_bytes)
    digest = _derive(pin, salt, policy.iterations, policy)
    return "$".join(
        ["pbkdf2_sha256", str(policy.iterations),
         base64.b64encode(salt).decode(), base64.b64encode(digest).decode()]
    )


def pin_matches(encoded: str, pin: str) -> bool:
    try:
        scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    candidate = _derive(pin, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class StaffPinRepository:
    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def reset_pin(self, staff_id: int, new_pin: str) -> None:
        with self.conn.cursor() as cur:
            cur.execute(
                "UPDATE staff_members SET tablet_pin = %s, pin_reset_at = now() "
                "WHERE id = %s",
                (encode_pin(new_pin), staff_id),
            )
            if cur.rowcount != 1:
                raise LookupError(f"no staff member {staff_id}")
        self.conn.commit()

    def unlock(self, staff_id: int, pin: str) -> bool:
        with self.conn.cursor() as cur:
            cur.execute("SELECT tablet_pin FROM staff_members WHERE id = %s AND active",
                        (staff_id,))
            row = cur.fetchone()
        return bool(row and row[0]) and pin_matches(row[0], pin)
