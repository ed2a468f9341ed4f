"""Encrypt prepaid electricity top-up tokens sent to smart hookup bollards.

Each pitch bollard has a meter id; the guest buys kWh in the shop and the till sends an
encrypted top-up token to the bollard gateway, which decrypts it with the shared key.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class TopUp:
    meter_id: str
    pitch: str
    kwh: float
    purchase_ref: str


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["HOOKUP_TOKEN_KEY"])
    if len(key) not in (16, 24, 32):
        raise ValueError("HOOKUP_TOKEN_KEY must decode to 16, 24 or 32 bytes")
    return key


def _meter_nonce(meter_id: str) -> bytes:
    return hashlib.sha256(meter_id.encode("utf-8")).digest()[:12]


class TopUpTokenCipher:
    def __init__(self, key: bytes | None = None) -> None:
        self._aead = AESGCM(key or _load_key())

    def seal(self, topup: TopUp) -> str:
        payload = json.dumps(asdict(topup), separators=(",", ":")).encode()
        nonce = _meter_nonce(topup.meter_id)
        sealed = self._aead.encrypt(nonce, payload, topup.meter_id.encode())
        return base64.urlsafe_b64encode(sealed).decode("ascii")

    def open(self, meter_id: str, token: str) -> TopUp:
        sealed = base64.urlsafe_b64decode(token.encode("ascii"))
        payload = self._aead.decrypt(_meter_nonce(meter_id), sealed, meter_id.encode())
        return TopUp(**json.loads(payload))


def build_gateway_message(cipher: TopUpTokenCipher, topup: TopUp) -> dict[str, str]:
    return {"meter": topup.meter_id, "token": cipher.seal(topup), "v": "2"}
