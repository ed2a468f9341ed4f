"""Verifies the signed QR codes on garage badges scanned at the paddock turnstile."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from dataclasses import dataclass
from typing import Optional

CLOCK_SKEW_S = 30


@dataclass(frozen=True)
class BadgeClaim:
    badge_id: str
    zone: str
    expires: int


class BadgeVerifier:
    def __init__(self, key: bytes) -> None:
        self._key = key

    @classmethod
    def from_env(cls) -> "BadgeVerifier":
        return cls(base64.b64decode(os.environ["BADGE_SIGNING_KEY"]))

    def _mac(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()

    def issue(self, claim: BadgeClaim) -> str:
        payload = f"{claim.badge_id}|{claim.zone}|{claim.expires}".encode()
        sig = self._mac(payload)
        return base64.urlsafe_b64encode(payload).decode() + "." + base64.urlsafe_b64encode(sig).decode()

    def verify(self, qr_text: str, zone: str, now: Optional[float] = None) -> Optional[BadgeClaim]:
        try:
            payload_b64, sig_b64 = qr_text.split(".", 1)
            payload = base64.urlsafe_b64decode(payload_b64)
            presented = base64.urlsafe_b64decode(sig_b64)
        except ValueError:
            return None
        if not hmac.compare_digest(self._mac(payload), presented):
            return None
        badge_id, badge_zone, expires = payload.decode().split("|")
        claim = BadgeClaim(badge_id, badge_zone, int(expires))
        current = now if now is not None else time.time()
        if claim.expires + CLOCK_SKEW_S < current:
            return None
        if claim.zone not in (zone, "all-areas"):
            return None
        return claim


if __name__ == "__main__":
    verifier = BadgeVerifier(os.urandom(32))
    code = verifier.issue(BadgeClaim("B-0031", "garage", int(time.time()) + 3600))
    print(verifier.verify(code, "garage"))
