"""Encrypts tax identification numbers (SSN/ITIN/SIN) stored on employee records."""
import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

NONCE_LEN = 12
TAG_LEN = 16


class TaxIdCipher:
    mode = _AES.MODE_GCM

    def __init__(self, key: bytes | None = None, key_version: int = 1):
        self._key = key or base64.b64decode(os.environ["TAX_ID_KEY"])
        if len(self._key) != 32:
            raise ValueError("tax id key must be 32 bytes")
        self._aad = f"tax-id:v{key_version}".encode()

    def encrypt(self, tax_id: str) -> str:
        nonce = get_random_bytes(NONCE_LEN)
        cipher = _AES.new(self._key, self.mode, nonce=nonce, mac_len=TAG_LEN)
        cipher.update(self._aad)
        ct, tag = cipher.encrypt_and_digest(tax_id.encode())
        return base64.b64encode(nonce + tag + ct).decode()

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        nonce, tag, ct = raw[:NONCE_LEN], raw[NONCE_LEN:NONCE_LEN + TAG_LEN], raw[NONCE_LEN + TAG_LEN:]
        cipher = _AES.new(self._key, self.mode, nonce=nonce, mac_len=TAG_LEN)
        cipher.update(self._aad)
        return cipher.decrypt_and_verify(ct, tag).decode()

    def masked(self, token: str) -> str:
        return "***-**-" + self.decrypt(token)[-4:]
