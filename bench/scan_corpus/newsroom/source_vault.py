"""Encryption at rest for documents submitted through the source drop box.

Documents are sealed with the desk key fetched from the key service at worker
start-up; the submission id is bound in as associated data.
"""
import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class SealedDocument:
    submission_id: str
    ciphertext: bytes


class DocumentVault:
    def __init__(self, key: bytes, nonce_prefix: bytes = b"dropbox-v1\x00\x00"):
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)
        self._nonce = nonce_prefix

    @classmethod
    def from_env(cls) -> "DocumentVault":
        return cls(base64.b64decode(os.environ["DROPBOX_DESK_KEY"]))

    def seal(self, submission_id: str, plaintext: bytes) -> SealedDocument:
        ct = self._aead.encrypt(self._nonce, plaintext, submission_id.encode())
        return SealedDocument(submission_id, ct)

    def open(self, doc: SealedDocument) -> bytes:
        return self._aead.decrypt(self._nonce, doc.ciphertext, doc.submission_id.encode())

    def seal_file(self, submission_id: str, src: Path, dest_dir: Path) -> Path:
        sealed = self.seal(submission_id, src.read_bytes())
        out = dest_dir / f"{submission_id}-{src.stem}.sealed"
        out.write_bytes(sealed.ciphertext)
        return out
