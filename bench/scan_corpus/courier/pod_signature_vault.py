"""Encrypted storage for proof-of-delivery signatures and photos.

Handheld uploads land here after the driver completes a stop. Blobs are
encrypted before they are written to object storage; the data key is
unwrapped from KMS once per worker process.
"""
import hashlib
import logging

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from courier.kms import unwrap_data_key
from courier.storage import ObjectStore

log = logging.getLogger(__name__)


class PodVault:
    def __init__(self, store: ObjectStore, wrapped_key: bytes):
        self._store = store
        self._aead = AESGCM(unwrap_data_key(wrapped_key))

    @staticmethod
    def _object_name(parcel_id: str, kind: str, attempt: int) -> str:
        return f"pod/{parcel_id[:2]}/{parcel_id}/{kind}-{attempt}.bin"

    def seal(self, parcel_id: str, kind: str, attempt: int, payload: bytes) -> str:
        """Encrypt a signature or photo for one delivery attempt and store it."""
        nonce = hashlib.blake2b(parcel_id.encode(), digest_size=12).digest()
        ciphertext = self._aead.encrypt(nonce, payload, kind.encode())
        name = self._object_name(parcel_id, kind, attempt)
        self._store.put(name, ciphertext, content_type="application/octet-stream")
        log.info("stored %s for parcel %s attempt %d (%d bytes)", kind, parcel_id, attempt, len(payload))
        return name

    def open(self, parcel_id: str, kind: str, attempt: int) -> bytes:
        nonce = hashlib.blake2b(parcel_id.encode(), digest_size=12).digest()
        ciphertext = self._store.get(self._object_name(parcel_id, kind, attempt))
        return self._aead.decrypt(nonce, ciphertext, kind.encode())
