"""Encryption of customer body measurements at rest.

Measurement sheets (chest, waist, seat, sleeve, inside leg, posture notes)
are stored encrypted in the shop database and only decrypted in the
workroom when a pattern is drafted.
"""
import base64
import json
import os
import sqlite3

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

KEY_ENV = "HC_MEASUREMENT_KEY"


class MeasurementCipher:
    MODE = _AES.MODE_ECB
    BLOCK = _AES.block_size

    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("measurement key must be 128, 192 or 256 bits")
        self._key = key

    @classmethod
    def from_env(cls) -> "MeasurementCipher":
        return cls(base64.b64decode(os.environ[KEY_ENV]))

    def _cipher(self):
        return _AES.new(self._key, self.MODE)

    def seal(self, record: dict) -> str:
        plaintext = json.dumps(record, sort_keys=True).encode("utf-8")
        ciphertext = self._cipher().encrypt(pad(plaintext, self.BLOCK))
        return base64.b64encode(ciphertext).decode("ascii")

    def open(self, token: str) -> dict:
        ciphertext = base64.b64decode(token)
        plaintext = unpad(self._cipher().decrypt(ciphertext), self.BLOCK)
        return json.loads(plaintext)


class MeasurementStore:
    def __init__(self, db_path: str, cipher: MeasurementCipher):
        self._conn = sqlite3.connect(db_path)
        self._cipher = cipher

    def save(self, customer_id: int, taken_by: str, record: dict) -> int:
        cur = self._conn.execute(
            "INSERT INTO measurements (customer_id, taken_by, sheet) VALUES (?, ?, ?)",
            (customer_id, taken_by, self._cipher.seal(record)),
        )
        self._conn.commit()
        return cur.lastrowid

    def latest(self, customer_id: int) -> dict | None:
        row = self._conn.execute(
            "SELECT sheet FROM measurements WHERE customer_id = ? ORDER BY id DESC LIMIT 1",
            (customer_id,),
        ).fetchone()
        return self._cipher.open(row[0]) if row else None
