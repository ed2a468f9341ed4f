"""Opaque unsubscribe tokens embedded in the cooperative newsletter footer."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class TokenError(Exception):
    pass


class UnsubscribeTokenCodec:
    """Encrypts (email, list) pairs so the link does not leak subscriber addresses."""

    _IV = bytes.fromhex("6c6163652d636f6f702d6e6577736c74")

    def __init__(self, enc_key: bytes, mac_key: bytes) -> None:
        if len(enc_key) != 32 or len(mac_key) < 32:
            raise ValueError("keys too short")
        self._enc_key = enc_key
        self._mac_key = mac_key

    @classmethod
    def from_env(cls) -> "UnsubscribeTokenCodec":
        return cls(
            base64.b64decode(os.environ["NEWSLETTER_TOKEN_ENC_KEY"]),
            base64.b64decode(os.environ["NEWSLETTER_TOKEN_MAC_KEY"]),
        )

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._enc_key), modes.CBC(self._IV))

    def encode(self, email: str, list_id: str) -> str:
        body = json.dumps({"e": email.lower(), "l": list_id}, separators=(",", ":")).encode()
        padder = padding.PKCS7(128).padder()
        padded = padder.update(body) + padder.finalize()
        encryptor = self._cipher().encryptor()
        ciphertext = encryptor.update(padded) + encryptor.finalize()
        tag = hmac.new(self._mac_key, ciphertext, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(ciphertext + tag).decode("ascii").rstrip("=")

    def decode(self, token: str) -> tuple[str, str]:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        if len(raw) < 48:
            raise TokenError("token too short")
        ciphertext, tag = raw[:-32], raw[-32:]
        expected = hmac.new(self._mac_key, ciphertext, hashlib.sha256).digest()
        if not hmac.compare_digest(tag, expected):
            raise TokenError("bad token")
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(ciphertext) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        body = json.loads(unpadder.update(padded) + unpadder.finalize())
        return body["e"], body["l"]


def unsubscribe_url(base_url: str, codec: UnsubscribeTokenCodec, email: str, list_id: str) -> str:
    return f"{base_url.rstrip('/')}/newsletter/unsubscribe/{codec.encode(email, list_id)}"
