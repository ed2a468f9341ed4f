"""Encrypts prescription payloads before they reach the reporting replica.

Output format: base64(nonce || tag || ciphertext). The record id is bound in
as associated data so a payload can't be moved to another patient's row.
"""
import base64
import json
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes


class RxFieldCipher:
    KEY_ENV = "RX_FIELD_KEY"
    NONCE_LEN = 12
    TAG_LEN = 16

    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ[self.KEY_ENV])
        if len(self._key) != 32:
            raise ValueError("RX_FIELD_KEY must decode to 32 bytes")

    def seal(self, record_id: str, rx: dict) -> str:
        nonce = get_random_bytes(self.NONCE_LEN)
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce, mac_len=self.TAG_LEN)
        cipher.update(record_id.encode())
        ct, tag = cipher.encrypt_and_digest(json.dumps(rx, sort_keys=True).encode())
        return base64.b64encode(nonce + tag + ct).decode("ascii")

    def open(self, record_id: str, token: str) -> dict:
        raw = base64.b64decode(token)
        nonce = raw[: self.NONCE_LEN]
        tag = raw[self.NONCE_LEN : self.NONCE_LEN + self.TAG_LEN]
        ct = raw[self.NONCE_LEN + self.TAG_LEN :]
        cipher = _AES.new(self._key, _AES.MODE_GCM, nonce=nonce, mac_len=self.TAG_LEN)
        cipher.update(record_id.encode())
        return json.loads(cipher.decrypt_and_verify(ct, tag))
