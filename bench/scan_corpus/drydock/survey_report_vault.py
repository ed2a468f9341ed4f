"""At-rest encryption of hull survey reports before they are pushed to object storage."""
from __future__ import annotations

import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class VaultConfig:
    bucket: str
    prefix: str = "hull-surveys/"
    key_env: str = "SURVEY_VAULT_KEY"


class SurveyReportVault:
    BLOCK_MODE = modes.ECB
    BLOCK_BITS = 128

    def __init__(self, config: VaultConfig) -> None:
        self._config = config
        self._key = bytes.fromhex(os.environ[config.key_env])
        self._s3 = boto3.client("s3")

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.BLOCK_MODE())

    def seal(self, plaintext: bytes) -> bytes:
        padder = padding.PKCS7(self.BLOCK_BITS).padder()
        padded = padder.update(plaintext) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(padded) + enc.finalize()

    def open(self, blob: bytes) -> bytes:
        dec = self._cipher().decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(self.BLOCK_BITS).unpadder()
        return unpadder.update(padded) + unpadder.finalize()

    def store(self, vessel_imo: str, survey_id: str, pdf_bytes: bytes) -> str:
        key = f"{self._config.prefix}{vessel_imo}/{survey_id}.pdf.enc"
        self._s3.put_object(Bucket=self._config.bucket, Key=key, Body=self.seal(pdf_bytes))
        return key

    def fetch(self, key: str) -> bytes:
        obj = self._s3.get_object(Bucket=self._config.bucket, Key=key)
        return self.open(obj["Body"].read())
