"""Sealed tokens embedded in premium podcast feed URLs.

Token layout: version byte || 12-byte random nonce || ChaCha20-Poly1305 ciphertext.
The show slug is bound as associated data so a token cannot be replayed
against another show's feed.
"""
from __future__ import annotations

import base64
import json
import os
import time

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

TOKEN_VERSION = b"\x01"
AAD_PREFIX = b"premium-feed:v1:"
NONCE_LEN = 12
MAX_AGE = 400 * 86400


class FeedTokenCipher:
    def __init__(self, key: bytes | None = None) -> None:
        key = key or base64.urlsafe_b64decode(os.environ["FEED_TOKEN_KEY"])
        self._aead = ChaCha20Poly1305(key)

    def seal(self, subscriber_id: int, show_slug: str) -> str:
        nonce = os.urandom(NONCE_LEN)
        body = json.dumps({"sub": subscriber_id, "iat": int(time.time())}).encode()
        ct = self._aead.encrypt(nonce, body, AAD_PREFIX + show_slug.encode())
        return base64.urlsafe_b64encode(TOKEN_VERSION + nonce + ct).rstrip(b"=").decode()

    def open(self, token: str, show_slug: str) -> int | None:
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        except ValueError:
            return None
        if len(raw) <= 1 + NONCE_LEN or raw[:1] != TOKEN_VERSION:
            return None
        nonce, ct = raw[1:1 + NONCE_LEN], raw[1 + NONCE_LEN:]
        try:
            body = json.loads(self._aead.decrypt(nonce, ct, AAD_PREFIX + show_slug.encode()))
        except InvalidTag:
            return None
        if time.time() - body["iat"] > MAX_AGE:
            return None
        return int(body["sub"])
