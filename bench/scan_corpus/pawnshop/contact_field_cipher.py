"""Field-level encryption for customer phone numbers and addresses.

Lookups by phone number use a keyed blind index (HMAC) stored next to the
ciphertext, so encryption itself can stay randomised.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

from Crypto.Cipher import AES as _AES
from Crypto.Random import get_random_bytes

NONCE_BYTES = 12
TAG_BYTES = 16


class ContactCipher:
    def __init__(self, enc_key: bytes | None = None, index_key: bytes | None = None):
        self._enc_key = enc_key or base64.b64decode(os.environ["CONTACT_ENC_KEY"])
        self._index_key = index_key or base64.b64decode(os.environ["CONTACT_INDEX_KEY"])

    def encrypt(self, value: str) -> str:
        nonce = get_random_bytes(NONCE_BYTES)
        cipher = _AES.new(self._enc_key, _AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
        ct, tag = cipher.encrypt_and_digest(value.encode("utf-8"))
        return base64.b64encode(nonce + tag + ct).decode("ascii")

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        nonce, tag, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:NONCE_BYTES + TAG_BYTES], raw[NONCE_BYTES + TAG_BYTES:]
        cipher = _AES.new(self._enc_key, _AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
        return cipher.decrypt_and_verify(ct, tag).decode("utf-8")

    def phone_index(self, phone: str) -> str:
        digits = "".join(ch for ch in phone if ch.isdigit())[-10:]
        return hmac.new(self._index_key, digits.encode("ascii"), hashlib.sha256).hexdigest()
