"""Encrypted storage for third-party integration API keys.

Each workspace can connect integrations (Slack, CRM, ticketing). Their API
keys are encrypted with AES-256-GCM under a master key from the environment
before being written to the ``integration_credentials`` table.
"""
from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class StoredCredential:
    integration: str
    workspace_id: int
    ciphertext_b64: str


class CredentialVault:
    """Encrypts and decrypts integration credentials."""

    def __init__(self, master_key: bytes | None = None) -> None:
        key = master_key or base64.b64decode(os.environ["INTEGRATION_MASTER_KEY"])
        if len(key) != 32:
            raise ValueError("INTEGRATION_MASTER_KEY must decode to 32 bytes")
        self._aead = AESGCM(key)

    @staticmethod
    def _aad(integration: str, workspace_id: int) -> bytes:
        return f"{workspace_id}:{integration}".encode()

    def _nonce_for(self, integration: str, workspace_id: int) -> bytes:
        return hashlib.sha256(self._aad(integration, workspace_id)).digest()[:12]

    def seal(self, integration: str, workspace_id: int, api_key: str) -> StoredCredential:
        """Encrypt ``api_key`` for storage."""
        nonce = self._nonce_for(integration, workspace_id)
        ct = self._aead.encrypt(nonce, api_key.encode(), self._aad(integration, workspace_id))
        return StoredCredential(integration, workspace_id, base64.b64encode(ct).decode())

    def open(self, stored: StoredCredential) -> str:
        """Decrypt a previously sealed credential."""
        nonce = self._nonce_for(stored.integration, stored.workspace_id)
        ct = base64.b64decode(stored.ciphertext_b64)
        aad = self._aad(stored.integration, stored.workspace_id)
        return self._aead.decrypt(nonce, ct, aad).decode()
