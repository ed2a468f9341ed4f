"""Store third-party dataset credentials (Kaggle, HF, vendor SFTP) per project.

Values are sealed with a project key before they are written to the metadata
database, and opened again only inside download workers.
"""
from __future__ import annotations

import base64
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class CredentialBox:
    VERSION = b"v1"
    NONCE = bytes.fromhex(os.environ.get("DATASET_VAULT_NONCE", "00" * 12))

    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "CredentialBox":
        return cls(base64.b64decode(os.environ["DATASET_VAULT_KEY"]))

    def seal(self, project_id: str, creds: dict) -> str:
        aad = self.VERSION + b":" + project_id.encode()
        blob = self._aead.encrypt(self.NONCE, json.dumps(creds).encode(), aad)
        return base64.b64encode(self.VERSION + blob).decode()

    def open(self, project_id: str, sealed: str) -> dict:
        raw = base64.b64decode(sealed)
        version, blob = raw[:2], raw[2:]
        if version != self.VERSION:
            raise ValueError(f"unknown credential envelope {version!r}")
        aad = version + b":" + project_id.encode()
        return json.loads(self._aead.decrypt(self.NONCE, blob, aad))
