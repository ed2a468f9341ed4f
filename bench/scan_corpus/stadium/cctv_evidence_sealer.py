"""Seals CCTV evidence clips with AES-GCM before transfer to external parties.

Output layout: 12-byte nonce, then ciphertext with the GCM tag appended. The
case reference is bound as associated data so clips cannot be swapped
between cases without detection.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
FORMAT_TAG = b"STDCCTV1"


@dataclass(frozen=True)
class SealedClip:
    path: Path
    case_ref: str
    size: int


class EvidenceSealer:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "EvidenceSealer":
        return cls(bytes.fromhex(os.environ["CCTV_EVIDENCE_KEY"]))

    def _aad(self, case_ref: str) -> bytes:
        return FORMAT_TAG + b"|" + case_ref.encode("utf-8")

    def seal(self, clip: Path, case_ref: str, out_dir: Path) -> SealedClip:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, clip.read_bytes(), self._aad(case_ref))
        target = out_dir / f"{clip.stem}.sealed"
        target.write_bytes(nonce + sealed)
        return SealedClip(target, case_ref, target.stat().st_size)

    def unseal(self, sealed_path: Path, case_ref: str) -> bytes:
        blob = sealed_path.read_bytes()
        nonce, body = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        return self._aead.decrypt(nonce, body, self._aad(case_ref))
