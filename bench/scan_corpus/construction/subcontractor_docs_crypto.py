"""Field-level encryption for sensitive subcontractor documents.

Insurance certificates and bank details are encrypted before being written
to object storage. Blob format: 1-byte version || 12-byte nonce || ciphertext.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

BLOB_VERSION = b"\x01"
NONCE_BYTES = 12


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["SUBCON_DOCS_KEY"])
    if len(key) != 32:
        raise RuntimeError("SUBCON_DOCS_KEY must decode to 32 bytes")
    return key


class DocumentCipher:
    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or _load_key())

    def encrypt(self, plaintext: bytes, subcontractor_id: int) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        aad = f"subcontractor:{subcontractor_id}".encode()
        return BLOB_VERSION + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def decrypt(self, blob: bytes, subcontractor_id: int) -> bytes:
        if blob[:1] != BLOB_VERSION:
            raise ValueError("unknown blob version")
        nonce = blob[1:1 + NONCE_BYTES]
        aad = f"subcontractor:{subcontractor_id}".encode()
        return self._aead.decrypt(nonce, blob[1 + NONCE_BYTES:], aad)
