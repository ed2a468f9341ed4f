"""Encrypted per-workspace secrets (WMS passwords, client S3 keys).

Client workspaces can connect their own data sources.  The connection
secrets are encrypted with AES-GCM under a key from the studio KMS before
they are written to the workspace table.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass(frozen=True)
class SealedSecret:
    nonce: bytes
    ciphertext: bytes

    def encode(self) -> str:
        return base64.b64encode(self.nonce + self.ciphertext).decode("ascii")

    @classmethod
    def decode(cls, blob: str) -> "SealedSecret":
        raw = base64.b64decode(blob)
        return cls(nonce=raw[:NONCE_BYTES], ciphertext=raw[NONCE_BYTES:])


class WorkspaceSecretStore:
    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "WorkspaceSecretStore":
        return cls(base64.b64decode(os.environ["WORKSPACE_SECRETS_KEY"]))

    @staticmethod
    def _aad(workspace_id: int, name: str) -> bytes:
        return f"ws:{workspace_id}:{name}".encode("utf-8")

    def seal(self, workspace_id: int, name: str, value: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, value.encode("utf-8"), self._aad(workspace_id, name))
        return SealedSecret(nonce, ct).encode()

    def open(self, workspace_id: int, name: str, blob: str) -> str:
        sealed = SealedSecret.decode(blob)
        pt = self._aead.decrypt(sealed.nonce, sealed.ciphertext, self._aad(workspace_id, name))
        return pt.decode("utf-8")

    def rotate(self, workspace_id: int, name: str, blob: str, new_store: "WorkspaceSecretStore") -> str:
        return new_store.seal(workspace_id, name, self.open(workspace_id, name, blob))
