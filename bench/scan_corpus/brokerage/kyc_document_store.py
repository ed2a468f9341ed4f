"""Encrypts identity documents (passport / licence scans) before they go to object storage."""
import base64
import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass(frozen=True)
class StoredDocument:
    bucket: str
    key: str
    key_version: str


class KycDocumentStore:
    def __init__(self, bucket: str | None = None, s3_client=None):
        self._bucket = bucket or os.environ["KYC_DOCS_BUCKET"]
        self._s3 = s3_client or boto3.client("s3")
        self._key_version = os.environ.get("KYC_DOC_KEY_VERSION", "v1")
        self._aead = AESGCM(base64.b64decode(os.environ[f"KYC_DOC_KEY_{self._key_version.upper()}"]))

    def put(self, customer_id: str, doc_type: str, content: bytes) -> StoredDocument:
        nonce = os.urandom(NONCE_BYTES)
        aad = f"{customer_id}:{doc_type}".encode()
        blob = nonce + self._aead.encrypt(nonce, content, aad)
        key = f"kyc/{customer_id}/{doc_type}.bin"
        self._s3.put_object(Bucket=self._bucket, Key=key, Body=blob,
                            Metadata={"key-version": self._key_version})
        return StoredDocument(self._bucket, key, self._key_version)

    def get(self, customer_id: str, doc_type: str) -> bytes:
        obj = self._s3.get_object(Bucket=self._bucket, Key=f"kyc/{customer_id}/{doc_type}.bin")
        blob = obj["Body"].read()
        nonce, ct = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, f"{customer_id}:{doc_type}".encode())
