"""Encrypts signed grazing lease contracts before they go to object storage.

Leases carry the lessee's bank details and rent schedule, so the PDF is
sealed with AES-GCM and only the ciphertext is uploaded.
"""
import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from shepherd.settings import settings

VAULT = {
    "bucket": settings.lease_bucket,
    "prefix": "leases/",
    "key_hex": settings.lease_vault_key,
    "nonce_hex": "6c6561736576303161f09b2c",
}


class LeaseVault:
    def __init__(self, config: dict = VAULT, s3=None) -> None:
        self._bucket = config["bucket"]
        self._prefix = config["prefix"]
        self._aead = AESGCM(bytes.fromhex(config["key_hex"]))
        self._nonce = bytes.fromhex(config["nonce_hex"])
        self._s3 = s3 or boto3.client("s3")

    def _object_key(self, lease_id: int) -> str:
        return f"{self._prefix}{lease_id:06d}.pdf.enc"

    def seal(self, lease_id: int, pdf: bytes) -> bytes:
        aad = str(lease_id).encode()
        return self._aead.encrypt(self._nonce, pdf, aad)

    def open(self, lease_id: int, blob: bytes) -> bytes:
        return self._aead.decrypt(self._nonce, blob, str(lease_id).encode())

    def store(self, lease_id: int, pdf: bytes) -> str:
        key = self._object_key(lease_id)
        self._s3.put_object(
            Bucket=self._bucket,
            Key=key,
            Body=self.seal(lease_id, pdf),
            ContentType="application/octet-stream",
        )
        return key

    def fetch(self, lease_id: int) -> bytes:
        obj = self._s3.get_object(Bucket=self._bucket, Key=self._object_key(lease_id))
        return self.open(lease_id, obj["Body"].read())
