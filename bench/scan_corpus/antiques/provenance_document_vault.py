"""Encrypts scanned provenance documents before they are stored in the archive bucket."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class VaultCipherSettings:
    key_env = "PROVENANCE_VAULT_KEY"
    block_mode = modes.ECB
    bucket = os.environ.get("PROVENANCE_BUCKET", "provenance-archive")


@dataclass
class ArchiveLayout:
    prefix: str = "provenance/"
    settings: type = field(default=VaultCipherSettings)

    def object_key(self, lot_number: str, document_id: str) -> str:
        return f"{self.prefix}{lot_number}/{document_id}.enc"


class ProvenanceVault:
    """Stores bills of sale, export licences and expert letters for each lot."""

    def __init__(self, layout: ArchiveLayout | None = None) -> None:
        self.layout = layout or ArchiveLayout()
        self._key = bytes.fromhex(os.environ[self.layout.settings.key_env])
        self._s3 = boto3.client("s3")

    def _cipher(self) -> Cipher:
        mode_factory = self.layout.settings.block_mode
        return Cipher(algorithms.AES(self._key), mode_factory())

    def seal(self, data: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def unseal(self, blob: bytes) -> bytes:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()

    def store(self, lot_number: str, document_id: str, data: bytes) -> str:
        key = self.layout.object_key(lot_number, document_id)
        self._s3.put_object(
            Bucket=self.layout.settings.bucket,
            Key=key,
            Body=self.seal(data),
            ContentType="application/octet-stream",
        )
        return key

    def fetch(self, lot_number: str, document_id: str) -> bytes:
        key = self.layout.object_key(lot_number, document_id)
        obj = self._s3.get_object(Bucket=self.layout.settings.bucket, Key=key)
        return self.unseal(obj["Body"].read())
