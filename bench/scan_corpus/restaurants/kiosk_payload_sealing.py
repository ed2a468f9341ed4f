"""Encrypts self-order kiosk baskets before they are queued for the kitchen."""
from __future__ import annotations

import base64
import json
import os

from Crypto.Cipher import AES as _AES

TAG_LEN = 16
NONCE_LEN = 16  # pycryptodome's default GCM nonce length


class KioskPayloadSealer:
    header = b"kiosk-basket-v2"

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._key = key

    @classmethod
    def from_env(cls) -> "KioskPayloadSealer":
        return cls(base64.b64decode(os.environ["KIOSK_BASKET_KEY"]))

    def seal(self, basket: dict) -> str:
        cipher = _AES.new(self._key, _AES.MODE_GCM)
        cipher.update(self.header)
        ciphertext, tag = cipher.encrypt_and_digest(json.dumps(basket).encode())
        return base64.urlsafe_b64encode(cipher.nonce + tag + ciphertext).decode()

    def unseal(self, token: str) -> dict:
        raw = base64.urlsafe_b64decode(token)
        nonce = raw[:NONCE_LEN]
        tag = raw[NONCE_LEN:NONCE_LEN + TAG_LEN]
        ciphertext = raw[NONCE_LEN + TAG_LEN:]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce)
        cipher.update(self.header)
        return json.loads(cipher.decrypt_and_verify(ciphertext, tag))
