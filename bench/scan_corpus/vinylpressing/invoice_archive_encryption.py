"""Encrypts invoice PDFs before they go to long-term archive storage."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
MAGIC = b"VPIA1"


@dataclass(frozen=True)
class ArchiveKey:
    key_id: str
    key: bytes

    @classmethod
    def from_env(cls) -> "ArchiveKey":
        return cls(
            key_id=os.environ["INVOICE_ARCHIVE_KEY_ID"],
            key=base64.b64decode(os.environ["INVOICE_ARCHIVE_KEY"]),
        )


class InvoiceArchiver:
    def __init__(self, key: ArchiveKey, archive_root: Path) -> None:
        self._key = key
        self._aead = AESGCM(key.key)
        self._root = archive_root

    def _aad(self, invoice_no: int) -> bytes:
        return f"{self._key.key_id}:invoice:{invoice_no}".encode("ascii")

    def seal(self, invoice_no: int, pdf: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        ciphertext = self._aead.encrypt(nonce, pdf, self._aad(invoice_no))
        return MAGIC + nonce + ciphertext

    def unseal(self, invoice_no: int, blob: bytes) -> bytes:
        if not blob.startswith(MAGIC):
            raise ValueError("not an archived invoice")
        body = blob[len(MAGIC):]
        nonce, ciphertext = body[:NONCE_BYTES], body[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ciphertext, self._aad(invoice_no))

    def _path(self, invoice_no: int) -> Path:
        return self._root / f"{invoice_no // 1000:04d}" / f"INV-{invoice_no:08d}.pdf.enc"

    def archive(self, invoice_no: int, pdf: bytes) -> Path:
        path = self._path(invoice_no)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.seal(invoice_no, pdf))
        return path

    def restore(self, invoice_no: int) -> bytes:
        return self.unseal(invoice_no, self._path(invoice_no).read_bytes())
