"""Ordering PINs for restaurant buyers.

Chefs place smoked-eel and hot-smoked trout orders from the kitchen tablet
by entering a short PIN instead of their full portal password. Each buyer
account stores its own PIN digest alongside a per-account salt.
"""

import hashlib
import hmac
import secrets
from datetime import datetime, timezone

import psycopg

PIN_LENGTH = 6


class PinError(ValueError):
    pass


def _digest_pin(pin: str, salt: str) -> str:
    material = f"{salt}:{pin}".encode("utf-8")
    return hashlib.sha256(material).hexdigest()


def _validate(pin: str) -> str:
    pin = pin.strip()
    if len(pin) != PIN_LENGTH or not pin.isdigit():
        raise PinError(f"PIN must be {PIN_LENGTH} digits")
    return pin


class BuyerPinStore:
    def __init__(self, conninfo: str):
        self._conninfo = conninfo

    def set_pin(self, buyer_id: int, pin: str) -> None:
        pin = _validate(pin)
        salt = secrets.token_hex(8)
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE restaurant_buyers SET pin_salt = %s, pin_digest = %s, pin_set_at = %s "
                "WHERE id = %s",
                (salt, _digest_pin(pin, salt), datetime.now(timezone.utc), buyer_id),
            )

    def verify_pin(self, buyer_id: int, pin: str) -> bool:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT pin_salt, pin_digest FROM restaurant_buyers WHERE id = %s AND active",
                (buyer_id,),
            ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return hmac.compare_digest(_digest_pin(pin.strip(), salt), stored)
