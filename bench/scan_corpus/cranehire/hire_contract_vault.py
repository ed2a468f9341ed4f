"""Encrypted storage for signed hire contracts.

Signed CPA contracts and contract-lift agreements contain client bank and
insurance details, so they are encrypted before being written to S3.
"""
import base64
import os
from dataclasses import dataclass, field

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass(frozen=True)
class VaultSettings:
    bucket: str = field(default_factory=lambda: os.environ["CONTRACT_BUCKET"])
    key_b64: str = field(default_factory=lambda: os.environ["CONTRACT_VAULT_KEY"], repr=False)
    prefix: str = "contracts/"


class ContractVault:
    def __init__(self, settings: VaultSettings = None) -> None:
        self._settings = settings or VaultSettings()
        key = base64.b64decode(self._settings.key_b64)
        if len(key) != 32:
            raise ValueError("contract vault key must be 256 bits")
        self._aead = AESGCM(key)
        self._s3 = boto3.client("s3")

    @staticmethod
    def _aad(contract_id: str) -> bytes:
        return f"contract:{contract_id}".encode()

    def encrypt(self, contract_id: str, pdf: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, pdf, self._aad(contract_id))

    def decrypt(self, contract_id: str, blob: bytes) -> bytes:
        nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ciphertext, self._aad(contract_id))

    def put(self, contract_id: str, pdf: bytes) -> str:
        key = f"{self._settings.prefix}{contract_id}.pdf.enc"
        self._s3.put_object(
            Bucket=self._settings.bucket,
            Key=key,
            Body=self.encrypt(contract_id, pdf),
            ContentType="application/octet-stream",
        )
        return key

    def get(self, contract_id: str) -> bytes:
        key = f"{self._settings.prefix}{contract_id}.pdf.enc"
        obj = self._s3.get_object(Bucket=self._settings.bucket, Key=key)
        return self.decrypt(contract_id, obj["Body"].read())
