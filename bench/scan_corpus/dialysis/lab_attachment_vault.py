"""Encrypted storage for scanned lab report attachments.

Some partner labs still send paper reports that are scanned at the
clinic. The scans are encrypted before being written to object storage
under a data key unwrapped from the clinic's KMS key.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class VaultSettings:
    bucket: str
    kms_key_id: str
    nonce_bytes: int = 12
    prefix: str = "lab-scans/"


class AttachmentVault:
    def __init__(self, settings: VaultSettings, s3=None, kms=None) -> None:
        self._settings = settings
        self._s3 = s3 or boto3.client("s3")
        self._kms = kms or boto3.client("kms")

    def _data_key(self) -> tuple[bytes, bytes]:
        resp = self._kms.generate_data_key(KeyId=self._settings.kms_key_id, KeySpec="AES_256")
        return resp["Plaintext"], resp["CiphertextBlob"]

    def store(self, mrn: str, report_id: str, scan: bytes) -> str:
        plaintext_key, wrapped_key = self._data_key()
        nonce = os.urandom(self._settings.nonce_bytes)
        aad = f"{mrn}:{report_id}".encode()
        sealed = AESGCM(plaintext_key).encrypt(nonce, scan, aad)
        key = f"{self._settings.prefix}{mrn}/{report_id}.bin"
        self._s3.put_object(
            Bucket=self._settings.bucket,
            Key=key,
            Body=nonce + sealed,
            Metadata={"wrapped-key": wrapped_key.hex(), "aad": aad.decode()},
            ServerSideEncryption="aws:kms",
        )
        return key

    def fetch(self, mrn: str, report_id: str) -> bytes:
        key = f"{self._settings.prefix}{mrn}/{report_id}.bin"
        obj = self._s3.get_object(Bucket=self._settings.bucket, Key=key)
        blob = obj["Body"].read()
        wrapped = bytes.fromhex(obj["Metadata"]["wrapped-key"])
        plaintext_key = self._kms.decrypt(CiphertextBlob=wrapped)["Plaintext"]
        n = self._settings.nonce_bytes
        return AESGCM(plaintext_key).decrypt(blob[:n], blob[n:], f"{mrn}:{report_id}".encode())
