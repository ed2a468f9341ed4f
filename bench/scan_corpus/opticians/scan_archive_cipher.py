"""Encryption for OCT scan archives moved to cold storage.

Scans older than 18 months are moved from hot object storage to the archive
bucket. Each object is sealed with ChaCha20-Poly1305 under the archive key.
"""
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


@dataclass(frozen=True)
class SealedScan:
    object_key: str
    payload: bytes


class ScanArchiveCipher:
    KEY_ENV = "OCT_ARCHIVE_KEY_HEX"
    NONCE_BYTES = 12

    def __init__(self, key: bytes | None = None):
        if key is None:
            key = bytes.fromhex(os.environ[self.KEY_ENV])
        self._aead = ChaCha20Poly1305(key)

    def seal(self, object_key: str, data: bytes) -> SealedScan:
        nonce = os.urandom(self.NONCE_BYTES)
        ct = self._aead.encrypt(nonce, data, object_key.encode())
        return SealedScan(object_key, nonce + ct)

    def unseal(self, sealed: SealedScan) -> bytes:
        nonce, ct = sealed.payload[: self.NONCE_BYTES], sealed.payload[self.NONCE_BYTES :]
        return self._aead.decrypt(nonce, ct, sealed.object_key.encode())


def archive_object(s3, hot_bucket: str, cold_bucket: str, key: str,
                   cipher: ScanArchiveCipher) -> None:
    body = s3.get_object(Bucket=hot_bucket, Key=key)["Body"].read()
    sealed = cipher.seal(key, body)
    s3.put_object(Bucket=cold_bucket, Key=key, Body=sealed.payload,
                  StorageClass="GLACIER_IR", Metadata={"enc": "chacha20poly1305"})
    s3.delete_object(Bucket=hot_bucket, Key=key)
