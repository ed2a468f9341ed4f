"""Encrypted storage for identity documents collected during right-to-rent checks.

Passport and visa scans are kept for the length of the tenancy plus one
year. Each file is sealed with ChaCha20-Poly1305 before it reaches disk.
"""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_SIZE = 12
HEADER = b"RTR1"


class DocumentVault:
    def __init__(self, root: Path, key: bytes | None = None):
        self.root = root
        self._aead = ChaCha20Poly1305(key or bytes.fromhex(os.environ["RTR_VAULT_KEY"]))

    def _path(self, applicant_id: int, doc_id: int) -> Path:
        return self.root / str(int(applicant_id)) / f"{int(doc_id)}.bin"

    def seal(self, applicant_id: int, doc_id: int, content: bytes) -> Path:
        nonce = secrets.token_bytes(NONCE_SIZE)
        aad = f"{applicant_id}:{doc_id}".encode()
        blob = HEADER + nonce + self._aead.encrypt(nonce, content, aad)
        path = self._path(applicant_id, doc_id)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        path.write_bytes(blob)
        return path

    def open(self, applicant_id: int, doc_id: int) -> bytes:
        blob = self._path(applicant_id, doc_id).read_bytes()
        if not blob.startswith(HEADER):
            raise ValueError("unrecognised vault file")
        nonce = blob[len(HEADER):len(HEADER) + NONCE_SIZE]
        ct = blob[len(HEADER) + NONCE_SIZE:]
        aad = f"{applicant_id}:{doc_id}".encode()
        return self._aead.decrypt(nonce, ct, aad)

    def purge(self, applicant_id: int) -> int:
        folder = self.root / str(int(applicant_id))
        removed = 0
        for path in folder.glob("*.bin"):
            path.unlink()
            removed += 1
        return removed
