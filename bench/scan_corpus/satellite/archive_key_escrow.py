"""Escrow of per-product data keys under the archive master key.

Each archived product is encrypted with its own data key; the data key is
stored wrapped with AES-GCM under a master key held in the KMS.
"""
import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_VERSION = 3
AAD_PREFIX = b"archive-dek:v3:"


class KeyEscrow:
    def __init__(self, master_key: bytes):
        self._aead = AESGCM(master_key)

    def wrap(self, product_id: str, data_key: bytes) -> str:
        nonce = os.urandom(NONCE_BYTES)
        aad = AAD_PREFIX + product_id.encode()
        blob = self._aead.encrypt(nonce, data_key, aad)
        return json.dumps(
            {
                "v": KEY_VERSION,
                "n": base64.b64encode(nonce).decode(),
                "c": base64.b64encode(blob).decode(),
            }
        )

    def unwrap(self, product_id: str, wrapped: str) -> bytes:
        doc = json.loads(wrapped)
        if doc["v"] != KEY_VERSION:
            raise ValueError(f"unsupported key version {doc['v']}")
        nonce = base64.b64decode(doc["n"])
        aad = AAD_PREFIX + product_id.encode()
        return self._aead.decrypt(nonce, base64.b64decode(doc["c"]), aad)


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)
