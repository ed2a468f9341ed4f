"""Storage and verification of crane operator console PINs.

Ship-to-shore cranes in the quay area use a short numeric PIN to unlock
the operator console. PINs are enrolled by the shift supervisor and kept
against the operator's badge number.
"""
import hashlib
import hmac
import os
from dataclasses import dataclass

from terminal_ops.db import get_connection


@dataclass(frozen=True)
class PinHashSettings:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


PIN_SETTINGS = PinHashSettings()


def _derive(pin: str, salt: bytes, cfg: PinHashSettings = PIN_SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(cfg.algorithm, pin.encode("utf-8"), salt, cfg.iterations)


def enrol_pin(badge_no: str, pin: str) -> None:
    if not pin.isdigit() or len(pin) < 4:
        raise ValueError("PIN must be at least four digits")
    salt = os.urandom(PIN_SETTINGS.salt_bytes)
    digest = _derive(pin, salt)
    with get_connection() as conn:
        conn.execute(
            "UPDATE crane_operators SET pin_salt = %s, pin_hash = %s WHERE badge_no = %s",
            (salt, digest, badge_no),
        )


def verify_pin(badge_no: str, pin: str) -> bool:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT pin_salt, pin_hash FROM crane_operators WHERE badge_no = %s",
            (badge_no,),
        ).fetchone()
    if row is None:
        return False
    salt, stored = row
    return hmac.compare_digest(_derive(pin, bytes(salt)), bytes(stored))


def reset_pin(badge_no: str, supervisor_badge: str, new_pin: str) -> None:
    with get_connection() as conn:
        conn.execute(
            "INSERT INTO pin_audit (badge_no, changed_by) VALUES (%s, %s)",
            (badge_no, supervisor_badge),
        )
    enrol_pin(badge_no, new_pin)
