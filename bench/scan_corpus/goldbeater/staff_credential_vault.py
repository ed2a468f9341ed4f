"""Back-office staff credentials for the precious-metal stock ledger.

The ledger is a separate service from the trade portal; staff who can book
bullion in and out authenticate against this table.
"""
import base64
import hashlib
import hmac
import os
import sqlite3

from goldbeater.settings import LEDGER_AUTH_DB

SCRYPT_PARAMS = {"n": 2**17, "r": 8, "p": 1, "dklen": 64}
SCRYPT_MAXMEM = 256 * 1024 * 1024


def _kdf(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, maxmem=SCRYPT_MAXMEM, **SCRYPT_PARAMS)


def make_record(password: str) -> str:
    salt = os.urandom(16)
    key = _kdf(password, salt)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(key).decode()


def check_record(record: str, password: str) -> bool:
    scheme, salt_b64, key_b64 = record.split("$")
    if scheme != "scrypt":
        return False
    candidate = _kdf(password, base64.b64decode(salt_b64))
    return hmac.compare_digest(candidate, base64.b64decode(key_b64))


def set_staff_password(username: str, password: str) -> None:
    with sqlite3.connect(LEDGER_AUTH_DB) as conn:
        conn.execute(
            "UPDATE ledger_staff SET credential = ? WHERE username = ?",
            (make_record(password), username),
        )


def login(username: str, password: str) -> bool:
    with sqlite3.connect(LEDGER_AUTH_DB) as conn:
        row = conn.execute(
            "SELECT credential FROM ledger_staff WHERE username = ? AND active = 1", (username,)
        ).fetchone()
    return bool(row) and check_record(row[0], password)
