"""Seal SCADA point snapshots before they leave the OT network.

Each snapshot is encrypted with ChaCha20-Poly1305; the random nonce is stored
in front of the ciphertext and the snapshot header is bound as associated data.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

FORMAT_TAG = b"scada-snapshot-v2"
NONCE_LEN = 12


@dataclass
class SnapshotHeader:
    site: str
    taken_at: str
    point_count: int


class SnapshotSealer:
    def __init__(self, key: bytes):
        self._aead = ChaCha20Poly1305(key)

    def _aad(self, header: SnapshotHeader) -> bytes:
        return FORMAT_TAG + b"|" + json.dumps(asdict(header), sort_keys=True).encode()

    def seal(self, header: SnapshotHeader, points: dict[str, float]) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        body = json.dumps(points, separators=(",", ":")).encode()
        return nonce + self._aead.encrypt(nonce, body, self._aad(header))

    def open(self, header: SnapshotHeader, blob: bytes) -> dict[str, float]:
        nonce, ciphertext = blob[:NONCE_LEN], blob[NONCE_LEN:]
        return json.loads(self._aead.decrypt(nonce, ciphertext, self._aad(header)))
