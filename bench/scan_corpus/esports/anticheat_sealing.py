"""Seals anti-cheat evidence files before they are written to cold storage.

Each file gets a fresh 96-bit nonce; the match id and player id are bound
as associated data so a sealed blob cannot be moved to another case.
"""
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12


@dataclass(frozen=True)
class EvidenceRef:
    match_id: int
    player_id: int

    def aad(self) -> bytes:
        return f"evidence:{self.match_id}:{self.player_id}".encode()


class EvidenceSealer:
    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "EVIDENCE_KEY_HEX") -> "EvidenceSealer":
        return cls(bytes.fromhex(os.environ[var]))

    def seal(self, ref: EvidenceRef, data: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        return nonce + self._aead.encrypt(nonce, data, ref.aad())

    def unseal(self, ref: EvidenceRef, blob: bytes) -> bytes:
        nonce, ct = blob[:NONCE_LEN], blob[NONCE_LEN:]
        return self._aead.decrypt(nonce, ct, ref.aad())
