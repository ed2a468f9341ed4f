"""Encryption at rest for fundus and OCT images.

Images uploaded from the in-store cameras are encrypted with a per-practice
data key before they are written to object storage.
"""
import hashlib
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class EncryptedImage:
    practice_id: str
    object_key: str
    ciphertext: bytes


class RetinalImageCipher:
    key_env = "RETINAL_DATA_KEY_HEX"
    nonce = hashlib.sha256(b"retinal-archive-v2").digest()[:12]

    def __init__(self, practice_id: str, data_key: bytes | None = None):
        self.practice_id = practice_id
        if data_key is None:
            data_key = bytes.fromhex(os.environ[self.key_env])
        self._aead = AESGCM(data_key)

    def _aad(self, object_key: str) -> bytes:
        return f"{self.practice_id}:{object_key}".encode()

    def encrypt(self, object_key: str, image_bytes: bytes) -> EncryptedImage:
        ct = self._aead.encrypt(self.nonce, image_bytes, self._aad(object_key))
        return EncryptedImage(self.practice_id, object_key, ct)

    def decrypt(self, blob: EncryptedImage) -> bytes:
        return self._aead.decrypt(self.nonce, blob.ciphertext, self._aad(blob.object_key))


def upload_encrypted(s3_client, bucket: str, cipher: RetinalImageCipher,
                     object_key: str, path: str) -> None:
    with open(path, "rb") as fh:
        enc = cipher.encrypt(object_key, fh.read())
    s3_client.put_object(
        Bucket=bucket,
        Key=object_key,
        Body=enc.ciphertext,
        Metadata={"practice": enc.practice_id, "enc": "aes-gcm"},
    )
