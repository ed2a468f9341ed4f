"""PIN management for patron accounts.

Patrons sign in at the self-check kiosks and in the OPAC with their
library card barcode plus a 4-8 digit PIN.
"""
import hashlib
import hmac
import os
import re

from sqlalchemy import text

PIN_PATTERN = re.compile(r"^\d{4,8}$")


class PinPolicyError(ValueError):
    """Raised when a new PIN does not satisfy the branch policy."""


def _digest(pin: str, salt: bytes) -> str:
    return hashlib.sha256(salt + pin.encode("utf-8")).hexdigest()


def set_pin(conn, patron_id: int, pin: str) -> None:
    if not PIN_PATTERN.match(pin):
        raise PinPolicyError("PIN must be 4 to 8 digits")
    salt = os.urandom(16)
    conn.execute(
        text("UPDATE patrons SET pin_salt = :salt, pin_hash = :hash WHERE id = :id"),
        {"salt": salt.hex(), "hash": _digest(pin, salt), "id": patron_id},
    )


def check_pin(conn, barcode: str, pin: str) -> bool:
    row = conn.execute(
        text("SELECT pin_salt, pin_hash FROM patrons WHERE barcode = :barcode"),
        {"barcode": barcode},
    ).first()
    if row is None:
        return False
    expected = _digest(pin, bytes.fromhex(row.pin_salt))
    return hmac.compare_digest(expected, row.pin_hash)
