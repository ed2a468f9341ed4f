"""Encrypt cached SMETS device payloads at rest in the ingestion buffer."""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_ENV = "INGEST_BUFFER_KEY"


class PayloadCipher:
    def __init__(self, key: bytes | None = None) -> None:
        key = key or base64.b64decode(os.environ[KEY_ENV])
        if len(key) not in (16, 24, 32):
            raise ValueError(f"{KEY_ENV} must decode to a 128/192/256-bit key")
        self._aesgcm = AESGCM(key)

    def seal(self, device_guid: str, payload: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aesgcm.encrypt(nonce, payload, device_guid.encode())

    def open(self, device_guid: str, blob: bytes) -> bytes:
        nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        return self._aesgcm.decrypt(nonce, ciphertext, device_guid.encode())


def seal_batch(cipher: PayloadCipher, batch: dict[str, bytes]) -> dict[str, str]:
    return {guid: base64.b64encode(cipher.seal(guid, data)).decode() for guid, data in batch.items()}
