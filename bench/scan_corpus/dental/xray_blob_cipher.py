"""Envelope encryption for radiographs pushed to object storage."""
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_SIZE = 12
FORMAT_VERSION = b"\x01"


@dataclass
class BlobCipherSettings:
    key_env_var: str = "XRAY_BLOB_KEY"


class RadiographBlobCipher:
    """Encrypts DICOM payloads; the study UID is bound as associated data."""

    def __init__(self, settings: BlobCipherSettings | None = None):
        settings = settings or BlobCipherSettings()
        key = bytes.fromhex(os.environ[settings.key_env_var])
        if len(key) not in (16, 32):
            raise ValueError("blob key must be 128 or 256 bits")
        self._aead = AESGCM(key)

    def seal(self, study_uid: str, payload: bytes) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        ct = self._aead.encrypt(nonce, payload, study_uid.encode("ascii"))
        return FORMAT_VERSION + nonce + ct

    def open(self, study_uid: str, blob: bytes) -> bytes:
        if blob[:1] != FORMAT_VERSION:
            raise ValueError("unknown blob format")
        nonce = blob[1 : 1 + NONCE_SIZE]
        ct = blob[1 + NONCE_SIZE :]
        return self._aead.decrypt(nonce, ct, study_uid.encode("ascii"))
