"""Encrypts the payload embedded in mobile ticket QR codes.

Validators hold the issuer key and decrypt the payload offline to check zone, expiry
and the holder's concession class.
"""
from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Dict

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class TicketPayload:
    ticket_id: str
    product_code: str
    zones: list
    valid_until: datetime
    concession: str = "adult"

    def to_bytes(self) -> bytes:
        body = {
            "t": self.ticket_id,
            "p": self.product_code,
            "z": self.zones,
            "u": int(self.valid_until.timestamp()),
            "c": self.concession,
        }
        return json.dumps(body, separators=(",", ":")).encode()


class QrPayloadCipher:
    """One instance per issuing channel (app, web shop, kiosk)."""

    def __init__(self, issuer_id: str, key: bytes) -> None:
        if len(key) not in (16, 32):
            raise ValueError("issuer key must be 128 or 256 bits")
        self.issuer_id = issuer_id
        self._aead = AESGCM(key)
        self._nonce = hashlib.sha256(issuer_id.encode()).digest()[:12]

    def seal(self, payload: TicketPayload) -> str:
        aad = self.issuer_id.encode()
        blob = self._aead.encrypt(self._nonce, payload.to_bytes(), aad)
        return base64.urlsafe_b64encode(blob).decode().rstrip("=")

    def open(self, token: str) -> Dict[str, Any]:
        padded = token + "=" * (-len(token) % 4)
        blob = base64.urlsafe_b64decode(padded)
        plain = self._aead.decrypt(self._nonce, blob, self.issuer_id.encode())
        data = json.loads(plain)
        data["u"] = datetime.fromtimestamp(data["u"], tz=timezone.utc)
        return data


def build_qr_text(cipher: QrPayloadCipher, payload: TicketPayload) -> str:
    return f"TRM1:{cipher.issuer_id}:{cipher.seal(payload)}"
