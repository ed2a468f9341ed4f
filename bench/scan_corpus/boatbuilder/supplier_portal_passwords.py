"""Supplier portal password storage using PBKDF2-HMAC-SHA256."""
from __future__ import annotations

import hmac
import secrets
from hashlib import pbkdf2_hmac as _kdf

import psycopg

ITERATIONS = 600_000
SALT_BYTES = 16
SCHEME = "pbkdf2_sha256"


def encode_hash(password: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt or secrets.token_bytes(SALT_BYTES)
    dk = _kdf("sha256", password.encode("utf-8"), salt, iterations)
    return f"{SCHEME}${iterations}${salt.hex()}${dk.hex()}"


def check_hash(password: str, encoded: str) -> bool:
    scheme, iterations, salt_hex, dk_hex = encoded.split("$")
    if scheme != SCHEME:
        return False
    candidate = encode_hash(password, bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(candidate.split("$")[-1], dk_hex)


class SupplierPasswords:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def store(self, supplier_code: str, password: str) -> None:
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE supplier_logins SET pw_hash = %s WHERE supplier_code = %s",
                (encode_hash(password), supplier_code),
            )

    def verify(self, supplier_code: str, password: str) -> bool:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT pw_hash FROM supplier_logins "
                "WHERE supplier_code = %s AND NOT disabled",
                (supplier_code,),
            ).fetchone()
        if row is None:
            return False
        ok = check_hash(password, row[0])
        if ok and int(row[0].split("$")[1]) < ITERATIONS:
            self.store(supplier_code, password)
        return ok
