"""At-rest encryption for loyalty card numbers.

The POS looks members up by the number on their plastic card; we store only
the encrypted form plus a keyed lookup hash maintained elsewhere.
"""
from __future__ import annotations

import base64
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

CIPHER_SETTINGS = {
    "key_env": "LOYALTY_CARD_KEY",
    "mode": _AES.MODE_GCM,
    "nonce_bytes": 12,
    "tag_bytes": 16,
}


def _load_key() -> bytes:
    key = base64.b64decode(os.environ[CIPHER_SETTINGS["key_env"]])
    if len(key) != 32:
        raise ValueError("LOYALTY_CARD_KEY must decode to 32 bytes")
    return key


class CardNumberCipher:
    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or _load_key()

    def seal(self, card_number: str, member_id: int) -> str:
        nonce = get_random_bytes(CIPHER_SETTINGS["nonce_bytes"])
        cipher = _AES.new(self._key, CIPHER_SETTINGS["mode"], nonce=nonce)
        cipher.update(str(member_id).encode("ascii"))
        ciphertext, tag = cipher.encrypt_and_digest(card_number.encode("ascii"))
        return base64.b64encode(nonce + tag + ciphertext).decode("ascii")

    def open(self, sealed: str, member_id: int) -> str:
        raw = base64.b64decode(sealed)
        n, t = CIPHER_SETTINGS["nonce_bytes"], CIPHER_SETTINGS["tag_bytes"]
        nonce, tag, ciphertext = raw[:n], raw[n:n + t], raw[n + t:]
        cipher = _AES.new(self._key, CIPHER_SETTINGS["mode"], nonce=nonce)
        cipher.update(str(member_id).encode("ascii"))
        return cipher.decrypt_and_verify(ciphertext, tag).decode("ascii")
