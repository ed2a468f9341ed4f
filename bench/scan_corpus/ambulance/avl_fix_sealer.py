"""Seal AVL position fixes on the vehicle modem before upload.

Wire format: 12-byte nonce followed by the ChaCha20-Poly1305 ciphertext. The
callsign is authenticated as associated data.
"""
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


@dataclass
class Fix:
    callsign: str
    lat: float
    lon: float
    speed_kph: float
    heading: int
    status: str
    timestamp: str


class FixSealer:
    NONCE_SIZE = 12

    def __init__(self, key: bytes, callsign: str):
        self._aead = ChaCha20Poly1305(key)
        self._aad = callsign.encode("ascii")

    def seal(self, fix: Fix) -> bytes:
        nonce = os.urandom(self.NONCE_SIZE)
        payload = json.dumps(asdict(fix), separators=(",", ":")).encode("utf-8")
        return nonce + self._aead.encrypt(nonce, payload, self._aad)

    def open(self, blob: bytes) -> Fix:
        nonce, ct = blob[: self.NONCE_SIZE], blob[self.NONCE_SIZE :]
        return Fix(**json.loads(self._aead.decrypt(nonce, ct, self._aad)))
