"""Check-in PINs for members using the front-desk kiosk.

Members with an open-studio pass tap in with a PIN; the kiosk checks it
against the stored derived key before unlocking their shelf cubby.
"""
import hashlib
import hmac
import os

import psycopg

from potter.config import settings

SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 256 * 1024 * 1024
KEY_LEN = 32


def derive_pin_key(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
        maxmem=SCRYPT_MAXMEM, dklen=KEY_LEN,
    )


def store_pin(member_id: int, pin: str) -> None:
    if not pin.isdigit() or len(pin) < 6:
        raise ValueError("PIN must be at least six digits")
    salt = os.urandom(16)
    digest = derive_pin_key(pin, salt)
    with psycopg.connect(settings.DATABASE_URL) as conn:
        conn.execute(
            "UPDATE members SET pin_salt = %s, pin_key = %s WHERE id = %s",
            (salt, digest, member_id),
        )


def verify_pin(member_id: int, pin: str) -> bool:
    with psycopg.connect(settings.DATABASE_URL) as conn:
        row = conn.execute(
            "SELECT pin_salt, pin_key FROM members WHERE id = %s AND active",
            (member_id,),
        ).fetchone()
    if row is None:
        return False
    salt, stored = row
    return hmac.compare_digest(derive_pin_key(pin, bytes(salt)), bytes(stored))
