"""Encrypted playback tokens handed to the CDN edge for private-feed audio."""
import base64
import json
import os
import time

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

AAD = b"podhost-media-token-v2"
NONCE_LEN = 12


class PlaybackTokenCodec:
    def __init__(self, key: bytes | None = None, ttl: int = 6 * 3600):
        self._aead = AESGCM(key or base64.b64decode(os.environ["MEDIA_TOKEN_KEY"]))
        self._ttl = ttl

    def encode(self, episode_id: str, subscriber_id: int) -> str:
        claims = {"e": episode_id, "s": subscriber_id, "x": int(time.time()) + self._ttl}
        nonce = os.urandom(NONCE_LEN)
        sealed = self._aead.encrypt(nonce, json.dumps(claims, separators=(",", ":")).encode(), AAD)
        return base64.urlsafe_b64encode(nonce + sealed).rstrip(b"=").decode()

    def decode(self, token: str) -> dict:
        blob = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        nonce, sealed = blob[:NONCE_LEN], blob[NONCE_LEN:]
        claims = json.loads(self._aead.decrypt(nonce, sealed, AAD))
        if claims["x"] < time.time():
            raise ValueError("playback token expired")
        return claims
