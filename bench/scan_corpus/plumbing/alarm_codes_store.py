"""Encrypted storage of customer alarm codes needed for unattended boiler services."""

import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["ALARM_CODES_KEY"])
    if len(key) != 32:
        raise RuntimeError("ALARM_CODES_KEY must decode to 32 bytes")
    return key


class AlarmCodeStore:
    mode = _AES.MODE_GCM
    nonce_len = 12

    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()

    def seal(self, code: str, property_id: int) -> str:
        nonce = get_random_bytes(self.nonce_len)
        cipher = _AES.new(self._key, self.mode, nonce=nonce)
        cipher.update(str(property_id).encode("ascii"))
        ciphertext, tag = cipher.encrypt_and_digest(code.encode("utf-8"))
        return base64.b64encode(nonce + tag + ciphertext).decode("ascii")

    def open(self, token: str, property_id: int) -> str:
        raw = base64.b64decode(token)
        nonce, tag, ciphertext = raw[: self.nonce_len], raw[self.nonce_len : self.nonce_len + 16], raw[self.nonce_len + 16 :]
        cipher = _AES.new(self._key, self.mode, nonce=nonce)
        cipher.update(str(property_id).encode("ascii"))
        return cipher.decrypt_and_verify(ciphertext, tag).decode("utf-8")
