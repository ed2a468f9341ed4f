"""Encrypted storage of explosives licence scans and storage-magazine certificates."""
from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from datetime import date

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class VaultSettings:
    bucket: str
    prefix: str
    data_key_b64: str

    @classmethod
    def from_env(cls) -> "VaultSettings":
        return cls(
            bucket=os.environ["LICENCE_VAULT_BUCKET"],
            prefix=os.environ.get("LICENCE_VAULT_PREFIX", "licences/"),
            data_key_b64=os.environ["LICENCE_VAULT_DATA_KEY"],
        )


class LicenceDocumentVault:
    def __init__(self, settings: VaultSettings, s3_client=None) -> None:
        self._settings = settings
        self._key = base64.b64decode(settings.data_key_b64)
        if len(self._key) != 32:
            raise ValueError("licence vault data key must be 256 bits")
        self._s3 = s3_client or boto3.client("s3")

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def _encrypt(self, plaintext: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(plaintext) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(padded) + enc.finalize()

    def _decrypt(self, blob: bytes) -> bytes:
        dec = self._cipher().decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()

    def _object_key(self, licence_number: str, expires: date) -> str:
        safe = hashlib.sha256(licence_number.encode()).hexdigest()[:24]
        return f"{self._settings.prefix}{expires:%Y}/{safe}.bin"

    def store(self, licence_number: str, expires: date, scan: bytes) -> str:
        key = self._object_key(licence_number, expires)
        self._s3.put_object(
            Bucket=self._settings.bucket,
            Key=key,
            Body=self._encrypt(scan),
            ContentType="application/octet-stream",
            Metadata={"expires": expires.isoformat()},
        )
        return key

    def fetch(self, object_key: str) -> bytes:
        resp = self._s3.get_object(Bucket=self._settings.bucket, Key=object_key)
        return self._decrypt(resp["Body"].read())
