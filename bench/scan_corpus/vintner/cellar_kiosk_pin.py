"""PIN handling for the bonded cellar self-service kiosk.

Cellar storage account holders set a numeric PIN that unlocks the kiosk at
the warehouse door so they can request withdrawals from their reserve.
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from vintner.db import get_connection


@dataclass(frozen=True)
class KioskPinSettings:
    algorithm: str = "sha256"
    iterations: int = 50_000
    salt_bytes: int = 16
    pin_length: int = 6


PIN_SETTINGS = KioskPinSettings()


def _derive(pin: str, salt: bytes, cfg: KioskPinSettings = PIN_SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(cfg.algorithm, pin.encode("ascii"), salt, cfg.iterations)


def set_kiosk_pin(account_id: int, pin: str) -> None:
    if not pin.isdigit() or len(pin) != PIN_SETTINGS.pin_length:
        raise ValueError("PIN must be %d digits" % PIN_SETTINGS.pin_length)
    salt = secrets.token_bytes(PIN_SETTINGS.salt_bytes)
    digest = _derive(pin, salt)
    with get_connection() as conn:
        conn.execute(
            "UPDATE cellar_accounts SET kiosk_pin_salt = %s, kiosk_pin_hash = %s "
            "WHERE id = %s",
            (salt, digest, account_id),
        )


def verify_kiosk_pin(account_id: int, pin: str) -> bool:
    with get_connection() as conn:
        row = conn.execute(
            "SELECT kiosk_pin_salt, kiosk_pin_hash FROM cellar_accounts WHERE id = %s",
            (account_id,),
        ).fetchone()
    if row is None or row[1] is None:
        return False
    salt, stored = row
    return hmac.compare_digest(_derive(pin, bytes(salt)), bytes(stored))


def clear_kiosk_pin(account_id: int) -> None:
    with get_connection() as conn:
        conn.execute(
            "UPDATE cellar_accounts SET kiosk_pin_salt = NULL, kiosk_pin_hash = NULL "
            "WHERE id = %s",
            (account_id,),
        )
