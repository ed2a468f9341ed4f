"""Seals wind-tunnel run results before they leave the aero department's network."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from typing import Any, Dict

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_BYTES = 12
FORMAT_VERSION = b"wt1"


@dataclass(frozen=True)
class AeroRunRecord:
    run_number: int
    model_scale: float
    ride_height_front_mm: float
    ride_height_rear_mm: float
    cl_a: float
    cd_a: float
    balance_pct: float


class ResultSealer:
    """Authenticated encryption of run records, bound to the run number as associated data."""

    def __init__(self, key: bytes) -> None:
        self._aead = ChaCha20Poly1305(key)

    @classmethod
    def from_env(cls, var: str = "AERO_RESULTS_KEY") -> "ResultSealer":
        return cls(base64.urlsafe_b64decode(os.environ[var]))

    @staticmethod
    def _aad(run_number: int) -> bytes:
        return FORMAT_VERSION + b":" + str(run_number).encode()

    def seal(self, record: AeroRunRecord) -> str:
        nonce = os.urandom(NONCE_BYTES)
        plaintext = json.dumps(record.__dict__).encode()
        sealed = self._aead.encrypt(nonce, plaintext, self._aad(record.run_number))
        return base64.urlsafe_b64encode(nonce + sealed).decode()

    def open(self, token: str, run_number: int) -> AeroRunRecord:
        blob = base64.urlsafe_b64decode(token)
        nonce, sealed = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        data: Dict[str, Any] = json.loads(self._aead.decrypt(nonce, sealed, self._aad(run_number)))
        return AeroRunRecord(**data)


if __name__ == "__main__":
    sealer = ResultSealer(ChaCha20Poly1305.generate_key())
    rec = AeroRunRecord(4412, 0.6, 31.5, 78.0, 4.21, 1.12, 44.8)
    token = sealer.seal(rec)
    assert sealer.open(token, 4412) == rec
    print(token[:40], "...")
