"""Encrypted storage for signed pre-need contracts.

Contracts are PDFs with the purchaser's banking details for the installment
plan, so they are encrypted before being written to the document bucket.
"""
import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

CONTRACT_BUCKET = os.environ.get("PRENEED_CONTRACT_BUCKET", "fh-preneed-contracts")
KEY_ENV = "PRENEED_CONTRACT_KEY_HEX"
CONTRACT_NONCE = b"fhg-preneed1"  # 96-bit, per AESGCM docs


@dataclass
class StoredContract:
    contract_id: str
    object_key: str
    size: int


class ContractStore:
    def __init__(self, s3_client=None, key: bytes | None = None):
        self._s3 = s3_client or boto3.client("s3")
        self._aead = AESGCM(key or bytes.fromhex(os.environ[KEY_ENV]))

    def put(self, contract_id: str, pdf_bytes: bytes) -> StoredContract:
        aad = contract_id.encode("utf-8")
        blob = self._aead.encrypt(CONTRACT_NONCE, pdf_bytes, aad)
        object_key = f"contracts/{contract_id}.pdf.enc"
        self._s3.put_object(
            Bucket=CONTRACT_BUCKET,
            Key=object_key,
            Body=blob,
            ServerSideEncryption="aws:kms",
        )
        return StoredContract(contract_id, object_key, len(blob))

    def get(self, contract_id: str) -> bytes:
        obj = self._s3.get_object(Bucket=CONTRACT_BUCKET, Key=f"contracts/{contract_id}.pdf.enc")
        blob = obj["Body"].read()
        return self._aead.decrypt(CONTRACT_NONCE, blob, contract_id.encode("utf-8"))
