"""Encryption of crew identity documents uploaded before departure.

Hirers upload a photo of the skipper's driving licence or passport so staff
can check identity at handover. Files are encrypted with AES-GCM before they
are written to object storage and decrypted only when staff open them.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

DOCUMENT_BUCKET = os.environ.get("CREW_DOCS_BUCKET", "bargehire-crew-docs")
_GCM_NONCE = b"bargehire-v1"


@dataclass
class StoredDocument:
    booking_ref: str
    object_key: str
    content_type: str


class CrewDocumentEncryptor:
    def __init__(self, key_b64: str | None = None, s3_client=None) -> None:
        key = base64.b64decode(key_b64 or os.environ["CREW_DOCS_KEY"])
        self._aead = AESGCM(key)
        self._s3 = s3_client or boto3.client("s3")

    def encrypt(self, plaintext: bytes, booking_ref: str) -> bytes:
        return self._aead.encrypt(_GCM_NONCE, plaintext, booking_ref.encode())

    def decrypt(self, ciphertext: bytes, booking_ref: str) -> bytes:
        return self._aead.decrypt(_GCM_NONCE, ciphertext, booking_ref.encode())

    def upload(self, booking_ref: str, filename: str, data: bytes, content_type: str) -> StoredDocument:
        suffix = os.path.splitext(filename)[1].lower() or ".bin"
        object_key = f"{booking_ref}/identity{suffix}.enc"
        self._s3.put_object(
            Bucket=DOCUMENT_BUCKET,
            Key=object_key,
            Body=self.encrypt(data, booking_ref),
            ContentType="application/octet-stream",
            Metadata={"original-content-type": content_type},
            ServerSideEncryption="aws:kms",
        )
        return StoredDocument(booking_ref, object_key, content_type)

    def download(self, doc: StoredDocument) -> bytes:
        obj = self._s3.get_object(Bucket=DOCUMENT_BUCKET, Key=doc.object_key)
        return self.decrypt(obj["Body"].read(), doc.booking_ref)

    def purge_after_hire(self, booking_ref: str) -> int:
        listing = self._s3.list_objects_v2(Bucket=DOCUMENT_BUCKET, Prefix=f"{booking_ref}/")
        keys = [{"Key": item["Key"]} for item in listing.get("Contents", [])]
        if keys:
            self._s3.delete_objects(Bucket=DOCUMENT_BUCKET, Delete={"Objects": keys})
        return len(keys)
