"""Envelope encryption for borrower documents written to the intake bucket.

Each worker process asks KMS for a data key at start-up and keeps it for the
life of the process; the wrapped key is stored alongside every object.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class SealedDocument:
    wrapped_key: bytes
    blob: bytes


class DocumentEncryptor:
    def __init__(self, kms_key_id: str | None = None, region: str | None = None) -> None:
        self._kms = boto3.client("kms", region_name=region or os.environ.get("AWS_REGION"))
        resp = self._kms.generate_data_key(
            KeyId=kms_key_id or os.environ["INTAKE_KMS_KEY_ID"], KeySpec="AES_256"
        )
        self._wrapped_key = resp["CiphertextBlob"]
        self._aead = AESGCM(resp["Plaintext"])
        self._nonce = os.urandom(12)

    def seal(self, loan_number: str, doc_type: str, payload: bytes) -> SealedDocument:
        aad = f"{loan_number}:{doc_type}".encode()
        ct = self._aead.encrypt(self._nonce, payload, aad)
        return SealedDocument(wrapped_key=self._wrapped_key, blob=self._nonce + ct)

    def unseal(self, loan_number: str, doc_type: str, sealed: SealedDocument) -> bytes:
        plain_key = self._kms.decrypt(CiphertextBlob=sealed.wrapped_key)["Plaintext"]
        nonce, ct = sealed.blob[:12], sealed.blob[12:]
        aad = f"{loan_number}:{doc_type}".encode()
        return AESGCM(plain_key).decrypt(nonce, ct, aad)


def upload_document(bucket: str, key: str, loan_number: str, doc_type: str,
                    payload: bytes, encryptor: DocumentEncryptor) -> None:
    sealed = encryptor.seal(loan_number, doc_type, payload)
    boto3.client("s3").put_object(
        Bucket=bucket,
        Key=key,
        Body=sealed.blob,
        Metadata={"wrapped-key": sealed.wrapped_key.hex(), "doc-type": doc_type},
        ServerSideEncryption="aws:kms",
    )
