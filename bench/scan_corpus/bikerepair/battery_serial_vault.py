"""Encrypted storage of battery pack serials and owner details for recall tracking."""
from __future__ import annotations

import base64
import os
import sqlite3
from typing import Any, Dict

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CIPHER_PROFILE: Dict[str, Any] = {
    "algorithm": algorithms.AES,
    "mode": modes.ECB,
    "block_bits": 128,
}


class FieldCipher:
    def __init__(self, key: bytes, profile: Dict[str, Any] = CIPHER_PROFILE) -> None:
        self._key = key
        self._profile = profile

    def _cipher(self) -> Cipher:
        return Cipher(self._profile["algorithm"](self._key), self._profile["mode"]())

    def seal(self, value: str) -> str:
        padder = padding.PKCS7(self._profile["block_bits"]).padder()
        data = padder.update(value.encode()) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode()

    def open(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(self._profile["block_bits"]).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode()


class BatteryRegister:
    def __init__(self, db_path: str) -> None:
        self.conn = sqlite3.connect(db_path)
        self.cipher = FieldCipher(base64.b64decode(os.environ["BATTERY_VAULT_KEY"]))
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS battery_packs ("
            "id INTEGER PRIMARY KEY, model TEXT, serial_enc TEXT, owner_enc TEXT)"
        )

    def register(self, model: str, serial: str, owner_email: str) -> int:
        cur = self.conn.execute(
            "INSERT INTO battery_packs (model, serial_enc, owner_enc) VALUES (?, ?, ?)",
            (model, self.cipher.seal(serial), self.cipher.seal(owner_email)),
        )
        self.conn.commit()
        return cur.lastrowid

    def owners_for_model(self, model: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT owner_enc FROM battery_packs WHERE model = ?", (model,)
        ).fetchall()
        return [self.cipher.open(r[0]) for r in rows]
