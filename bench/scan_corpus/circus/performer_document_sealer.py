"""Seals performer identity documents (passports, work permits).

Visa agents need scans for border paperwork; the scans are stored sealed
with AES-GCM and the performer id bound in as associated data.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass(frozen=True)
class SealedDocument:
    performer_id: str
    kind: str
    blob: str

    def raw(self) -> bytes:
        return base64.b64decode(self.blob)


class DocumentSealer:
    def __init__(self, key: bytes | None = None) -> None:
        key = key or base64.b64decode(os.environ["PERFORMER_DOC_KEY"])
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @staticmethod
    def _aad(performer_id: str, kind: str) -> bytes:
        return f"{performer_id}:{kind}".encode("utf-8")

    def seal(self, performer_id: str, kind: str, scan: bytes) -> SealedDocument:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, scan, self._aad(performer_id, kind))
        return SealedDocument(performer_id, kind, base64.b64encode(nonce + ct).decode("ascii"))

    def unseal(self, doc: SealedDocument) -> bytes:
        raw = doc.raw()
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, self._aad(doc.performer_id, doc.kind))
