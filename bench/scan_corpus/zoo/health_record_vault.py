"""Encrypt sensitive animal health fields (diagnoses, controlled-drug doses)."""

import base64
import os

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

VERSION = b"\x01"
NONCE_LEN = 12
TAG_LEN = 16


class HealthVault:
    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["HEALTH_VAULT_KEY"])
        if len(self._key) != 32:
            raise ValueError("HEALTH_VAULT_KEY must decode to 32 bytes")

    def seal(self, plaintext: str, animal_id: str) -> str:
        nonce = get_random_bytes(NONCE_LEN)
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
        cipher.update(animal_id.encode())
        ct, tag = cipher.encrypt_and_digest(plaintext.encode("utf-8"))
        return base64.b64encode(VERSION + nonce + tag + ct).decode("ascii")

    def open(self, token: str, animal_id: str) -> str:
        raw = base64.b64decode(token)
        if raw[:1] != VERSION:
            raise ValueError("unknown vault format")
        nonce = raw[1:1 + NONCE_LEN]
        tag = raw[1 + NONCE_LEN:1 + NONCE_LEN + TAG_LEN]
        ct = raw[1 + NONCE_LEN + TAG_LEN:]
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_LEN)
        cipher.update(animal_id.encode())
        return cipher.decrypt_and_verify(ct, tag).decode("utf-8")
