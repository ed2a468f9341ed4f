"""Encryption of the lot genealogy export for the assembly/test partner.

Wire format: ``version(1) | nonce(12) | AES-GCM ciphertext+tag``.
The partner id is bound in as associated data.
"""
from __future__ import annotations

import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fabexport.kms import fetch_data_key

FORMAT_VERSION = b"\x02"
NONCE_LEN = 12


class GenealogyCipher:
    def __init__(self, partner_id: str, key: bytes) -> None:
        self.partner_id = partner_id
        self._aead = AESGCM(key)

    @classmethod
    def for_partner(cls, partner_id: str) -> "GenealogyCipher":
        return cls(partner_id, fetch_data_key(f"osat/{partner_id}"))

    def encrypt(self, document: dict) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        body = json.dumps(document, sort_keys=True).encode()
        return FORMAT_VERSION + nonce + self._aead.encrypt(nonce, body, self.partner_id.encode())

    def decrypt(self, blob: bytes) -> dict:
        if blob[:1] != FORMAT_VERSION:
            raise ValueError("unsupported export format")
        nonce, ct = blob[1:1 + NONCE_LEN], blob[1 + NONCE_LEN:]
        return json.loads(self._aead.decrypt(nonce, ct, self.partner_id.encode()))
