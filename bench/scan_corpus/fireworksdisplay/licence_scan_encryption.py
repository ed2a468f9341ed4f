"""Envelope encryption for scanned explosives licences before they go to object storage."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
FORMAT_VERSION = b"\x01"


@dataclass(frozen=True)
class ScanStoreSettings:
    bucket: str
    kms_key_id: str

    @classmethod
    def from_env(cls) -> "ScanStoreSettings":
        return cls(bucket=os.environ["LICENCE_SCAN_BUCKET"], kms_key_id=os.environ["LICENCE_KMS_KEY"])


class LicenceScanStore:
    def __init__(self, settings: ScanStoreSettings, kms=None, s3=None) -> None:
        self._settings = settings
        self._kms = kms or boto3.client("kms")
        self._s3 = s3 or boto3.client("s3")

    def _seal(self, data_key: bytes, plaintext: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return FORMAT_VERSION + nonce + AESGCM(data_key).encrypt(nonce, plaintext, aad)

    @staticmethod
    def _unseal(data_key: bytes, blob: bytes, aad: bytes) -> bytes:
        if blob[:1] != FORMAT_VERSION:
            raise ValueError("unknown scan format")
        nonce, ciphertext = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        return AESGCM(data_key).decrypt(nonce, ciphertext, aad)

    def put(self, licence_id: int, scan: bytes) -> str:
        dk = self._kms.generate_data_key(KeyId=self._settings.kms_key_id, KeySpec="AES_256")
        aad = f"licence:{licence_id}".encode()
        blob = self._seal(dk["Plaintext"], scan, aad)
        key = f"licences/{licence_id}/scan.bin"
        self._s3.put_object(
            Bucket=self._settings.bucket,
            Key=key,
            Body=blob,
            Metadata={"wrapped-key": base64.b64encode(dk["CiphertextBlob"]).decode()},
        )
        return key

    def get(self, licence_id: int) -> bytes:
        key = f"licences/{licence_id}/scan.bin"
        obj = self._s3.get_object(Bucket=self._settings.bucket, Key=key)
        wrapped = base64.b64decode(obj["Metadata"]["wrapped-key"])
        data_key = self._kms.decrypt(CiphertextBlob=wrapped)["Plaintext"]
        return self._unseal(data_key, obj["Body"].read(), f"licence:{licence_id}".encode())
