"""Encrypted tokens for spa credits included in suite bookings."""

import base64
import json
import os

from Crypto.Cipher import AES as _AES

_CIPHER_OPTS = {"mode": _AES.MODE_GCM}
_NONCE_LEN = 12
_TAG_LEN = 16


class SpaCreditTokens:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("spa credit key must be 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "SpaCreditTokens":
        return cls(base64.b64decode(os.environ["SPA_CREDIT_KEY_B64"]))

    def issue(self, booking_ref: str, cabin: str, amount_minor: int) -> str:
        nonce = os.urandom(_NONCE_LEN)
        cipher = _AES.new(self._key, nonce=nonce, mac_len=_TAG_LEN, **_CIPHER_OPTS)
        body = json.dumps({"b": booking_ref, "c": cabin, "a": amount_minor}).encode()
        ciphertext, tag = cipher.encrypt_and_digest(body)
        return base64.urlsafe_b64encode(nonce + tag + ciphertext).decode()

    def redeem(self, token: str) -> dict:
        raw = base64.urlsafe_b64decode(token.encode())
        nonce, tag, ciphertext = raw[:_NONCE_LEN], raw[_NONCE_LEN:_NONCE_LEN + _TAG_LEN], raw[_NONCE_LEN + _TAG_LEN:]
        cipher = _AES.new(self._key, nonce=nonce, mac_len=_TAG_LEN, **_CIPHER_OPTS)
        return json.loads(cipher.decrypt_and_verify(ciphertext, tag))
