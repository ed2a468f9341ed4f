"""Encrypted storage of KYC document scans (passport, proof of address).

Each document is encrypted with AES-256-GCM under the KYC data key before it is
written to object storage; the object key is bound in as associated data.
"""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12


class KycDocumentStore:
    def __init__(self, bucket, key: bytes | None = None):
        self._bucket = bucket
        key = key or base64.b64decode(os.environ["KYC_DOCUMENT_KEY"])
        self._aead = AESGCM(key)

    @staticmethod
    def object_key(player_id: int, doc_type: str, doc_id: str) -> str:
        return f"kyc/{player_id}/{doc_type}/{doc_id}"

    def put(self, player_id: int, doc_type: str, doc_id: str, content: bytes) -> str:
        key = self.object_key(player_id, doc_type, doc_id)
        nonce = os.urandom(NONCE_LEN)
        blob = nonce + self._aead.encrypt(nonce, content, key.encode())
        self._bucket.put_object(Key=key, Body=blob, ContentType="application/octet-stream")
        return key

    def get(self, player_id: int, doc_type: str, doc_id: str) -> bytes:
        key = self.object_key(player_id, doc_type, doc_id)
        blob = self._bucket.get_object(Key=key)["Body"].read()
        nonce, ct = blob[:NONCE_LEN], blob[NONCE_LEN:]
        return self._aead.decrypt(nonce, ct, key.encode())
