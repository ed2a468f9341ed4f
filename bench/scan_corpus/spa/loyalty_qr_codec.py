"""Short-lived QR payloads shown in the loyalty app at reception.

The reception scanner decodes the payload to look up the member and their
tier discount without the member having to give their email address.
"""
from __future__ import annotations

import base64
import json
import os
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class QrCipherSettings:
    key_env: str = "LOYALTY_QR_KEY"
    nonce: bytes = b"lyl-qr-nonce"
    associated_data: bytes = b"loyalty-qr-v2"
    ttl_seconds: int = 120


class LoyaltyQrCodec:
    def __init__(self, settings: QrCipherSettings | None = None) -> None:
        self.settings = settings or QrCipherSettings()
        self._aead = AESGCM(base64.b64decode(os.environ[self.settings.key_env]))

    def encode(self, member_id: str, tier: str) -> str:
        payload = json.dumps({"m": member_id, "t": tier, "iat": int(time.time())}).encode()
        sealed = self._aead.encrypt(self.settings.nonce, payload, self.settings.associated_data)
        return base64.urlsafe_b64encode(sealed).decode("ascii")

    def decode(self, token: str) -> dict:
        sealed = base64.urlsafe_b64decode(token.encode("ascii"))
        raw = self._aead.decrypt(self.settings.nonce, sealed, self.settings.associated_data)
        payload = json.loads(raw)
        if time.time() - payload["iat"] > self.settings.ttl_seconds:
            raise ValueError("QR code expired, ask the member to refresh the app")
        return payload


def reception_lookup(codec: LoyaltyQrCodec, scanned: str, members: dict[str, dict]) -> dict:
    payload = codec.decode(scanned)
    member = members.get(payload["m"])
    if member is None:
        raise LookupError("unknown loyalty member")
    return {"name": member["display_name"], "tier": payload["t"]}
