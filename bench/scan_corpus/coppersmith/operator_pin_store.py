"""PIN storage for the riveting and tinning station tablets.

Shift leads reset operator PINs from the office; the tablets only ever
see the verification result.
"""
import hashlib
import hmac
import os
from typing import NamedTuple

import psycopg

from coppersmith.settings import DATABASE_DSN


class KdfConfig(NamedTuple):
    digest: str
    iterations: int
    salt_len: int


OPERATOR_PIN_KDF = KdfConfig(digest="sha256", iterations=600_000, salt_len=16)


class OperatorPinStore:
    def __init__(self, dsn: str = DATABASE_DSN, kdf: KdfConfig = OPERATOR_PIN_KDF):
        self.dsn = dsn
        self.kdf = kdf

    def _hash(self, pin: str, salt: bytes) -> bytes:
        return hashlib.pbkdf2_hmac(self.kdf.digest, pin.encode(), salt, self.kdf.iterations)

    def reset_pin(self, operator_id: int, new_pin: str) -> None:
        salt = os.urandom(self.kdf.salt_len)
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "UPDATE station_operators SET pin_salt = %s, pin_hash = %s WHERE id = %s",
                (salt, self._hash(new_pin, salt), operator_id),
            )

    def verify(self, operator_id: int, pin: str) -> bool:
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute(
                "SELECT pin_salt, pin_hash FROM station_operators WHERE id = %s",
                (operator_id,),
            ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return hmac.compare_digest(self._hash(pin, bytes(salt)), bytes(stored))
