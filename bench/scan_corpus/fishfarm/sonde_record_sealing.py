"""Authenticated encryption for sonde records relayed through the barge.

Records hop from the pen sonde to the barge gateway and then over the
satellite link; each record is sealed with AES-GCM under the site key.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from typing import Tuple

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

RECORD_AAD = b"fishfarm.sonde-record.v2"
NONCE_BYTES = 12


@dataclass
class SondeRecord:
    site: str
    pen: str
    ts: int
    oxygen_pct: float
    temp_c: float
    turbidity_ntu: float


class RecordSealer:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, record: SondeRecord) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        body = json.dumps(asdict(record), separators=(",", ":")).encode()
        return nonce + self._aead.encrypt(nonce, body, RECORD_AAD)

    def unseal(self, blob: bytes) -> SondeRecord:
        nonce, ciphertext = _split(blob)
        body = self._aead.decrypt(nonce, ciphertext, RECORD_AAD)
        return SondeRecord(**json.loads(body))


def _split(blob: bytes) -> Tuple[bytes, bytes]:
    if len(blob) <= NONCE_BYTES + 16:
        raise ValueError("sealed record too short")
    return blob[:NONCE_BYTES], blob[NONCE_BYTES:]


def sealer_for_site() -> RecordSealer:
    return RecordSealer(bytes.fromhex(os.environ["SONDE_SITE_KEY"]))
