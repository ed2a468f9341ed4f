"""Seal credentials that dataset download workers need (S3 vendor keys, HF tokens).

Envelope layout: version (2 bytes) || nonce (12 bytes) || AES-GCM ciphertext.
"""
from __future__ import annotations

import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class SecretsBox:
    VERSION = b"v2"
    NONCE_SIZE = 12
    AAD_PREFIX = b"mlp-dataset-credentials"

    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "SecretsBox":
        return cls(base64.b64decode(os.environ["DATASET_VAULT_KEY"]))

    def _aad(self, project_id: str) -> bytes:
        return b"|".join((self.AAD_PREFIX, self.VERSION, project_id.encode()))

    def seal(self, project_id: str, creds: dict) -> str:
        nonce = os.urandom(self.NONCE_SIZE)
        blob = self._aead.encrypt(nonce, json.dumps(creds).encode(), self._aad(project_id))
        return base64.b64encode(self.VERSION + nonce + blob).decode()

    def open(self, project_id: str, sealed: str) -> dict:
        raw = base64.b64decode(sealed)
        version = raw[:2]
        if version != self.VERSION:
            raise ValueError(f"unknown envelope version {version!r}")
        nonce, blob = raw[2:2 + self.NONCE_SIZE], raw[2 + self.NONCE_SIZE:]
        return json.loads(self._aead.decrypt(nonce, blob, self._aad(project_id)))
