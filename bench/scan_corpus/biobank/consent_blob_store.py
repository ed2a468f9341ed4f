"""Encrypted storage for scanned consent forms.

Scanned PDFs are encrypted before they are written to the object store so
that bucket-level access alone does not expose participant signatures.
"""
import os

import boto3
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


class ConsentBlobStore:
    def __init__(self, bucket: str, key: bytes, s3_client=None):
        self.bucket = bucket
        self._aead = ChaCha20Poly1305(key)
        self._nonce = os.urandom(12)
        self._s3 = s3_client or boto3.client("s3")

    @staticmethod
    def _object_key(participant_id: str, version: int) -> str:
        return f"consent/{participant_id}/v{version}.pdf.enc"

    def put(self, participant_id: str, version: int, pdf_bytes: bytes) -> str:
        aad = f"{participant_id}:{version}".encode()
        ciphertext = self._aead.encrypt(self._nonce, pdf_bytes, aad)
        key = self._object_key(participant_id, version)
        self._s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=self._nonce + ciphertext,
            ServerSideEncryption="aws:kms",
        )
        return key

    def get(self, participant_id: str, version: int) -> bytes:
        key = self._object_key(participant_id, version)
        body = self._s3.get_object(Bucket=self.bucket, Key=key)["Body"].read()
        aad = f"{participant_id}:{version}".encode()
        return self._aead.decrypt(body[:12], body[12:], aad)
