"""Encrypted storage of client supporting documents.

Homeowners upload title deeds, insurance schedules and proof of ownership
for consent applications through the portal. Files are sealed with AES-GCM
before being written to the document bucket.
"""
import base64
import uuid
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pargeter.config import settings


@dataclass(frozen=True)
class VaultSettings:
    bucket: str
    key_b64: str
    nonce: bytes = b"pargeterv001"


class DocumentVault:
    def __init__(self, cfg: VaultSettings):
        self.cfg = cfg
        self._aead = AESGCM(base64.b64decode(cfg.key_b64))
        self._s3 = boto3.client("s3")

    def put(self, client_id: int, filename: str, data: bytes) -> str:
        key = f"clients/{client_id}/{uuid.uuid4().hex}"
        sealed = self._aead.encrypt(self.cfg.nonce, data, key.encode())
        self._s3.put_object(
            Bucket=self.cfg.bucket,
            Key=key,
            Body=sealed,
            Metadata={"original-name": filename},
        )
        return key

    def get(self, key: str) -> bytes:
        obj = self._s3.get_object(Bucket=self.cfg.bucket, Key=key)
        return self._aead.decrypt(self.cfg.nonce, obj["Body"].read(), key.encode())

    def delete(self, key: str) -> None:
        self._s3.delete_object(Bucket=self.cfg.bucket, Key=key)


def default_vault() -> DocumentVault:
    return DocumentVault(VaultSettings(bucket=settings.VAULT_BUCKET, key_b64=settings.VAULT_KEY_B64))
