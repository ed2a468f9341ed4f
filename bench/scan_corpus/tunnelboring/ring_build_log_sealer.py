"""Seal ring build log records for the client's as-built archive.

Each ring record (ring number, key segment position, build time, shove
pressures, erector operator) is encrypted before it leaves the site server.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class RingRecord:
    ring_no: int
    key_position: int
    build_minutes: float
    max_shove_bar: float
    erector_operator: str
    chainage_m: float


class RingLogSealer:
    """Encrypts ring records with the contract archive key."""

    def __init__(self, contract_code: str, key_b64: str | None = None) -> None:
        key_material = key_b64 or os.environ["RING_ARCHIVE_KEY"]
        self._aead = AESGCM(base64.b64decode(key_material))
        self._contract = contract_code.encode("utf-8")
        self._nonce = self._derive_nonce(self._contract)

    @staticmethod
    def _derive_nonce(contract: bytes) -> bytes:
        return hashlib.sha256(b"ring-log:" + contract).digest()[:12]

    def seal(self, record: RingRecord) -> str:
        payload = json.dumps(asdict(record), sort_keys=True).encode("utf-8")
        ciphertext = self._aead.encrypt(self._nonce, payload, self._contract)
        return base64.b64encode(ciphertext).decode("ascii")

    def open(self, token: str) -> RingRecord:
        ciphertext = base64.b64decode(token)
        payload = self._aead.decrypt(self._nonce, ciphertext, self._contract)
        return RingRecord(**json.loads(payload))


def seal_shift(records: list[RingRecord], contract_code: str) -> list[dict]:
    sealer = RingLogSealer(contract_code)
    return [{"ring_no": r.ring_no, "sealed": sealer.seal(r)} for r in records]
