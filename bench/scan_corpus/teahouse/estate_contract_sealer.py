"""Encrypt estate sourcing contracts before they are stored in the document bucket."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class SealedContract:
    estate_id: str
    version: int
    blob: bytes


def _load_key() -> bytes:
    key_hex = os.environ["CONTRACT_DATA_KEY"]
    key = bytes.fromhex(key_hex)
    if len(key) != 32:
        raise RuntimeError("CONTRACT_DATA_KEY must be 256 bits")
    return key


def _estate_nonce(estate_id: str) -> bytes:
    return hashlib.sha256(estate_id.encode("utf-8")).digest()[:12]


class ContractSealer:
    def __init__(self, bucket: str, key: bytes | None = None) -> None:
        self._aead = AESGCM(key or _load_key())
        self._bucket = bucket
        self._s3 = boto3.client("s3")

    def seal(self, estate_id: str, version: int, pdf_bytes: bytes) -> SealedContract:
        nonce = _estate_nonce(estate_id)
        aad = f"{estate_id}:{version}".encode()
        blob = self._aead.encrypt(nonce, pdf_bytes, aad)
        return SealedContract(estate_id, version, blob)

    def open(self, sealed: SealedContract) -> bytes:
        nonce = _estate_nonce(sealed.estate_id)
        aad = f"{sealed.estate_id}:{sealed.version}".encode()
        return self._aead.decrypt(nonce, sealed.blob, aad)

    def upload(self, estate_id: str, version: int, pdf_bytes: bytes) -> str:
        sealed = self.seal(estate_id, version, pdf_bytes)
        key = f"contracts/{estate_id}/v{version:03d}.bin"
        self._s3.put_object(
            Bucket=self._bucket,
            Key=key,
            Body=sealed.blob,
            ServerSideEncryption="aws:kms",
        )
        return key
