"""Tokens embedded in podcast-alert emails for the one-click preference page."""
import base64
import json
import os
import time

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12
TOKEN_TTL_SECONDS = 60 * 60 * 24 * 30
_AAD = b"podcast-alert-prefs:v2"


def _aead() -> AESGCM:
    key = base64.b64decode(os.environ["PODCAST_PREFS_KEY"])
    return AESGCM(key)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


def issue(subscriber_id: int, show_slug: str) -> str:
    payload = json.dumps({"sid": subscriber_id, "show": show_slug, "iat": int(time.time())}).encode()
    nonce = os.urandom(NONCE_SIZE)
    return _b64(nonce + _aead().encrypt(nonce, payload, _AAD))


def parse(token: str) -> dict:
    raw = _unb64(token)
    nonce, ciphertext = raw[:NONCE_SIZE], raw[NONCE_SIZE:]
    claims = json.loads(_aead().decrypt(nonce, ciphertext, _AAD))
    if time.time() - claims["iat"] > TOKEN_TTL_SECONDS:
        raise ValueError("token expired")
    return claims
