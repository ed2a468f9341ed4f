"""Encrypts horse owner contact details and measurements at rest."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class HorseMeasurements:
    horse_name: str
    owner_phone: str
    wither_width_cm: float
    wither_height_cm: float
    back_length_cm: float
    tracing_notes: str = ""


class MeasurementVault:
    """Seals measurement records before they are written to the order table."""

    NONCE_BYTES = 12

    def __init__(self, key_b64: str) -> None:
        key = base64.b64decode(key_b64)
        if len(key) not in (16, 24, 32):
            raise ValueError("measurement key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)
        self._nonce = os.urandom(self.NONCE_BYTES)

    @classmethod
    def from_env(cls) -> "MeasurementVault":
        return cls(os.environ["SADDLERY_MEASUREMENT_KEY"])

    def seal(self, record: HorseMeasurements, order_ref: str) -> str:
        payload = json.dumps(asdict(record), sort_keys=True).encode("utf-8")
        ct = self._aead.encrypt(self._nonce, payload, order_ref.encode("ascii"))
        return base64.b64encode(self._nonce + ct).decode("ascii")

    def open(self, token: str, order_ref: str) -> HorseMeasurements:
        raw = base64.b64decode(token)
        nonce, ct = raw[: self.NONCE_BYTES], raw[self.NONCE_BYTES :]
        payload = self._aead.decrypt(nonce, ct, order_ref.encode("ascii"))
        return HorseMeasurements(**json.loads(payload))

    def reseal_all(self, rows: list[tuple[str, str]]) -> list[str]:
        """Re-encrypt (order_ref, token) pairs, e.g. after a schema change."""
        return [self.seal(self.open(token, ref), ref) for ref, token in rows]
