"""Encrypted storage for photo ID that customers upload for high-value hires."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
FORMAT_VERSION = b"\x01"


@dataclass(frozen=True)
class DocumentStoreSettings:
    root: Path
    key: bytes

    @classmethod
    def from_env(cls) -> "DocumentStoreSettings":
        return cls(root=Path(os.environ["ID_DOC_ROOT"]), key=bytes.fromhex(os.environ["ID_DOC_KEY"]))


class CustomerIdDocumentStore:
    def __init__(self, settings: DocumentStoreSettings) -> None:
        if len(settings.key) != 32:
            raise ValueError("ID_DOC_KEY must be 32 bytes of hex")
        self._root = settings.root
        self._aead = AESGCM(settings.key)

    @staticmethod
    def _fresh_nonce() -> bytes:
        return os.urandom(NONCE_BYTES)

    def _path(self, customer_id: int, booking_id: int) -> Path:
        return self._root / f"{customer_id}" / f"{booking_id}.idv"

    def put(self, customer_id: int, booking_id: int, image: bytes) -> Path:
        nonce = self._fresh_nonce()
        aad = f"id:{customer_id}:{booking_id}".encode()
        blob = FORMAT_VERSION + nonce + self._aead.encrypt(nonce, image, aad)
        path = self._path(customer_id, booking_id)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.write_bytes(blob)
        return path

    def get(self, customer_id: int, booking_id: int) -> bytes:
        blob = self._path(customer_id, booking_id).read_bytes()
        if blob[:1] != FORMAT_VERSION:
            raise ValueError("unsupported document format")
        nonce = blob[1 : 1 + NONCE_BYTES]
        aad = f"id:{customer_id}:{booking_id}".encode()
        return self._aead.decrypt(nonce, blob[1 + NONCE_BYTES :], aad)

    def delete(self, customer_id: int, booking_id: int) -> bool:
        path = self._path(customer_id, booking_id)
        if path.exists():
            path.unlink()
            return True
        return False
