"""At-rest encryption for closed-record scans written to the dark archive bucket.

Each object gets a fresh 96-bit nonce, stored in front of the ciphertext. The
object key is bound as associated data.
"""

import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_KEY_ENV = "DARK_ARCHIVE_KEY_HEX"
_NONCE_LEN = 12


def _load_key() -> bytes:
    key = bytes.fromhex(os.environ[_KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{_KEY_ENV} must be a 256-bit key")
    return key


class SealedRecordStore:
    def __init__(self, bucket, key: bytes | None = None) -> None:
        self._bucket = bucket
        self._aead = AESGCM(key or _load_key())

    def seal(self, object_key: str, data: bytes) -> bytes:
        nonce = os.urandom(_NONCE_LEN)
        return nonce + self._aead.encrypt(nonce, data, object_key.encode())

    def unseal(self, object_key: str, blob: bytes) -> bytes:
        nonce, body = blob[:_NONCE_LEN], blob[_NONCE_LEN:]
        return self._aead.decrypt(nonce, body, object_key.encode())

    def upload(self, object_key: str, data: bytes) -> None:
        self._bucket.put_object(Key=object_key, Body=self.seal(object_key, data))

    def download(self, object_key: str) -> bytes:
        blob = self._bucket.Object(object_key).get()["Body"].read()
        return self.unseal(object_key, blob)
