"""Client-side sealing of KYC documents before upload to object storage.

Every document gets a fresh 96-bit nonce; the nonce is stored as a prefix
of the object body. The client id and document type are bound as
associated data so objects cannot be swapped between clients.
"""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

log = logging.getLogger(__name__)

BUCKET = os.environ.get("KYC_BUCKET", "kyc-documents")
KEY_PREFIX = "onboarding/"
NONCE_LEN = 12
FORMAT_TAG = b"KYC2"


@dataclass
class SealedDocument:
    client_id: str
    object_key: str
    sha256: str
    size: int


def _aad(client_id: str, doc_type: str) -> bytes:
    return b"|".join((FORMAT_TAG, client_id.encode(), doc_type.encode()))


class KycDocumentSealer:
    def __init__(self, key: bytes, s3_client=None) -> None:
        self._aead = AESGCM(key)
        self._s3 = s3_client or boto3.client("s3")

    def seal(self, client_id: str, doc_type: str, content: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        return FORMAT_TAG + nonce + self._aead.encrypt(nonce, content, _aad(client_id, doc_type))

    def unseal(self, client_id: str, doc_type: str, blob: bytes) -> bytes:
        if not blob.startswith(FORMAT_TAG):
            raise ValueError("unknown document format")
        body = blob[len(FORMAT_TAG):]
        nonce, ct = body[:NONCE_LEN], body[NONCE_LEN:]
        return self._aead.decrypt(nonce, ct, _aad(client_id, doc_type))

    def upload(self, client_id: str, doc_type: str, content: bytes) -> SealedDocument:
        digest = hashlib.sha256(content).hexdigest()
        object_key = f"{KEY_PREFIX}{client_id}/{doc_type}/{digest}.bin"
        self._s3.put_object(
            Bucket=BUCKET,
            Key=object_key,
            Body=self.seal(client_id, doc_type, content),
            ServerSideEncryption="aws:kms",
            Metadata={"doc-type": doc_type, "client-id": client_id},
        )
        log.info("sealed %s for client %s (%d bytes)", doc_type, client_id, len(content))
        return SealedDocument(client_id, object_key, digest, len(content))

    def download(self, client_id: str, doc_type: str, object_key: str) -> bytes:
        obj = self._s3.get_object(Bucket=BUCKET, Key=object_key)
        return self.unseal(client_id, doc_type, obj["Body"].read())
