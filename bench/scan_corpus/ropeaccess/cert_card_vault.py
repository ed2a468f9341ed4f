"""Encrypted storage of technician certification card numbers.

IRATA and SPRAT card numbers, plus GWO and first-aid certificate references,
are personal data under the client framework agreements, so they are kept
encrypted at rest in the ``technician_certs`` table.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from datetime import date

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass
class Certification:
    technician_id: int
    scheme: str
    level: int
    card_number: str
    expires_on: date


class CardNumberCipher:
    _MODE = AES.MODE_ECB
    _BLOCK = AES.block_size

    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 16, 24 or 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls, var: str = "CERT_VAULT_KEY") -> "CardNumberCipher":
        return cls(base64.b64decode(os.environ[var]))

    def _cipher(self):
        return AES.new(self._key, self._MODE)

    def encrypt(self, value: str) -> str:
        data = pad(value.encode("utf-8"), self._BLOCK)
        return base64.b64encode(self._cipher().encrypt(data)).decode("ascii")

    def decrypt(self, token: str) -> str:
        data = self._cipher().decrypt(base64.b64decode(token))
        return unpad(data, self._BLOCK).decode("utf-8")


class CertificationRepository:
    def __init__(self, conn, cipher: CardNumberCipher) -> None:
        self._conn = conn
        self._cipher = cipher

    def save(self, cert: Certification) -> None:
        with self._conn.cursor() as cur:
            cur.execute(
                "INSERT INTO technician_certs "
                "(technician_id, scheme, level, card_number_enc, expires_on) "
                "VALUES (%s, %s, %s, %s, %s)",
                (
                    cert.technician_id,
                    cert.scheme,
                    cert.level,
                    self._cipher.encrypt(cert.card_number),
                    cert.expires_on,
                ),
            )
        self._conn.commit()

    def for_technician(self, technician_id: int) -> list[Certification]:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT technician_id, scheme, level, card_number_enc, expires_on "
                "FROM technician_certs WHERE technician_id = %s ORDER BY expires_on",
                (technician_id,),
            )
            rows = cur.fetchall()
        return [
            Certification(r[0], r[1], r[2], self._cipher.decrypt(r[3]), r[4]) for r in rows
        ]
