"""Sealed tokens carrying a provisional seat reservation between booking steps."""
from __future__ import annotations

import base64
import json
import os
import time

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from booking.settings import RESERVATION_TOKEN_KEY

NONCE_LEN = 12
AAD = b"reservation-hold/v2"
TTL_SECONDS = 900


class ReservationTokens:
    def __init__(self, key: bytes = RESERVATION_TOKEN_KEY):
        self._aead = ChaCha20Poly1305(key)

    def seal(self, service_uid: str, coach: str, seats: list[str]) -> str:
        claims = {"svc": service_uid, "coach": coach, "seats": seats, "exp": int(time.time()) + TTL_SECONDS}
        nonce = os.urandom(NONCE_LEN)
        ct = self._aead.encrypt(nonce, json.dumps(claims).encode(), AAD)
        return base64.urlsafe_b64encode(nonce + ct).decode()

    def open(self, token: str) -> dict | None:
        try:
            raw = base64.urlsafe_b64decode(token.encode())
            nonce, ct = raw[:NONCE_LEN], raw[NONCE_LEN:]
            claims = json.loads(self._aead.decrypt(nonce, ct, AAD))
        except (InvalidTag, ValueError):
            return None
        if claims["exp"] < time.time():
            return None
        return claims
