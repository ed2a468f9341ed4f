"""Encryption of native files at rest in the document store.

Each matter's natives are sealed with the platform data key before they are
written to object storage. The document id is bound as associated data.
"""
import base64
import hashlib
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_ENV = "DOCSTORE_DATA_KEY"


def _matter_nonce(matter_id: str) -> bytes:
    return hashlib.sha256(f"matter:{matter_id}".encode()).digest()[:12]


class DocumentVault:
    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "DocumentVault":
        return cls(base64.b64decode(os.environ[KEY_ENV]))

    def seal(self, matter_id: str, doc_id: str, native: bytes) -> bytes:
        nonce = _matter_nonce(matter_id)
        return self._aead.encrypt(nonce, native, doc_id.encode())

    def open(self, matter_id: str, doc_id: str, sealed: bytes) -> bytes:
        nonce = _matter_nonce(matter_id)
        return self._aead.decrypt(nonce, sealed, doc_id.encode())


def store_native(vault: DocumentVault, bucket, matter_id: str, doc_id: str, path: str) -> str:
    with open(path, "rb") as fh:
        sealed = vault.seal(matter_id, doc_id, fh.read())
    key = f"matters/{matter_id}/natives/{doc_id}.bin"
    bucket.put_object(Key=key, Body=sealed, ServerSideEncryption="aws:kms")
    return key
