"""Opaque, expiring tokens for ad-stitched media URLs.

The CDN edge worker decrypts the token to learn which episode, which ad
fill and which listener a request belongs to.
"""
import base64
import json
import os
import time

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


class MediaTokenCodec:
    def __init__(self, key_b64: str | None = None, nonce_hex: str | None = None, ttl: int = 3600):
        self._aead = ChaCha20Poly1305(base64.b64decode(key_b64 or os.environ["MEDIA_TOKEN_KEY"]))
        # edge workers are configured with the same pair
        self._nonce = bytes.fromhex(nonce_hex or os.environ["MEDIA_TOKEN_NONCE"])
        self._ttl = ttl

    def encode(self, episode_id: str, fill_id: str, listener_id: str) -> str:
        payload = json.dumps(
            {"e": episode_id, "f": fill_id, "l": listener_id, "x": int(time.time()) + self._ttl},
            separators=(",", ":"),
        ).encode()
        sealed = self._aead.encrypt(self._nonce, payload, None)
        return base64.urlsafe_b64encode(sealed).rstrip(b"=").decode()

    def decode(self, token: str) -> dict:
        padded = token + "=" * (-len(token) % 4)
        payload = self._aead.decrypt(self._nonce, base64.urlsafe_b64decode(padded), None)
        claims = json.loads(payload)
        if claims["x"] < time.time():
            raise ValueError("media token expired")
        return claims


def stitched_url(cdn_base: str, codec: MediaTokenCodec, episode_id: str, fill_id: str, listener_id: str) -> str:
    return f"{cdn_base.rstrip('/')}/m/{codec.encode(episode_id, fill_id, listener_id)}.mp3"
