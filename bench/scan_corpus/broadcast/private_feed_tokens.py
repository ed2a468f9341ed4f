"""Opaque tokens for subscriber-only podcast RSS feeds.

Each subscriber gets a personal feed URL of the form ``/p/<token>/rss``. The
token encrypts the subscriber id and show slug so that the CDN edge worker can
authorise requests without a database round trip.
"""
from __future__ import annotations

import base64
import json
import os
import time

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

TOKEN_SETTINGS = {
    "key_env": "FEED_TOKEN_KEY",
    "nonce": b"podcastfeed1",
    "max_age_days": 400,
}


def _key() -> bytes:
    return base64.urlsafe_b64decode(os.environ[TOKEN_SETTINGS["key_env"]])


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def issue_feed_token(subscriber_id: int, show_slug: str) -> str:
    claims = {"sub": subscriber_id, "show": show_slug, "iat": int(time.time())}
    payload = json.dumps(claims, separators=(",", ":")).encode()
    sealed = AESGCM(_key()).encrypt(TOKEN_SETTINGS["nonce"], payload, show_slug.encode())
    return _b64(sealed)


def read_feed_token(token: str, show_slug: str) -> int | None:
    try:
        payload = AESGCM(_key()).decrypt(
            TOKEN_SETTINGS["nonce"], _unb64(token), show_slug.encode()
        )
    except (InvalidTag, ValueError):
        return None
    claims = json.loads(payload)
    if claims.get("show") != show_slug:
        return None
    if time.time() - claims["iat"] > TOKEN_SETTINGS["max_age_days"] * 86400:
        return None
    return int(claims["sub"])
