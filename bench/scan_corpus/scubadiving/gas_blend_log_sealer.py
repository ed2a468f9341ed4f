"""Seals entries of the gas blending log so they cannot be altered later.

Each blending record (cylinder, target mix, analysed mix, blender, time) is
encrypted and authenticated with AES-GCM; the cylinder serial is bound as
associated data so a sealed record cannot be moved to another cylinder.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass
class BlendRecord:
    cylinder_serial: str
    target_o2: float
    target_he: float
    analysed_o2: float
    analysed_he: float
    blender: str
    blended_at: str


class BlendLogSealer:
    def __init__(self, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "BlendLogSealer":
        return cls(base64.b64decode(os.environ["BLEND_LOG_KEY"]))

    def seal(self, record: BlendRecord) -> str:
        nonce = os.urandom(NONCE_BYTES)
        payload = json.dumps(asdict(record), sort_keys=True).encode("utf-8")
        ct = self._aead.encrypt(nonce, payload, record.cylinder_serial.encode("ascii"))
        return base64.urlsafe_b64encode(nonce + ct).decode("ascii")

    def open(self, cylinder_serial: str, sealed: str) -> BlendRecord:
        raw = base64.urlsafe_b64decode(sealed)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        payload = self._aead.decrypt(nonce, ct, cylinder_serial.encode("ascii"))
        return BlendRecord(**json.loads(payload))


def append_to_log(conn, sealer: BlendLogSealer, record: BlendRecord) -> None:
    with conn:
        conn.execute(
            "INSERT INTO blend_log (cylinder_serial, blended_at, sealed) VALUES (?, ?, ?)",
            (record.cylinder_serial, record.blended_at, sealer.seal(record)),
        )
