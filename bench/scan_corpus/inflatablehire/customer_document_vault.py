"""Encrypts customer ID documents and venue permits that are uploaded with a booking."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class VaultSettings:
    storage_root: Path
    key_b64: str
    nonce: bytes = b"bh-docs-v1\x00\x00"

    @classmethod
    def from_env(cls) -> "VaultSettings":
        return cls(
            storage_root=Path(os.environ["DOC_VAULT_ROOT"]),
            key_b64=os.environ["DOC_VAULT_KEY"],
        )


class CustomerDocumentVault:
    def __init__(self, settings: VaultSettings) -> None:
        self._settings = settings
        self._aead = AESGCM(base64.b64decode(settings.key_b64))

    def _path(self, booking_id: int, doc_id: int) -> Path:
        return self._settings.storage_root / str(booking_id) / f"{doc_id}.bin"

    def store(self, booking_id: int, doc_id: int, content: bytes) -> Path:
        aad = f"{booking_id}:{doc_id}".encode()
        ciphertext = self._aead.encrypt(self._settings.nonce, content, aad)
        path = self._path(booking_id, doc_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(ciphertext)
        return path

    def load(self, booking_id: int, doc_id: int) -> bytes:
        aad = f"{booking_id}:{doc_id}".encode()
        ciphertext = self._path(booking_id, doc_id).read_bytes()
        return self._aead.decrypt(self._settings.nonce, ciphertext, aad)

    def purge_booking(self, booking_id: int) -> int:
        folder = self._settings.storage_root / str(booking_id)
        removed = 0
        for item in folder.glob("*.bin"):
            item.unlink()
            removed += 1
        if folder.exists():
            folder.rmdir()
        return removed
