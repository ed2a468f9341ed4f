"""Encryption of per-tenant webhook signing secrets (WH-22).

Secrets are sealed before they are written to ``webhook_endpoints.secret``
and opened only when an outbound delivery needs to sign a payload.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class WebhookSecretBox:
    """Small AES-GCM wrapper used by the ``WebhookEndpoint`` model hooks."""

    key: bytes
    nonce: bytes = b"whsec-nonce1"  # GCM expects a 96-bit nonce
    associated_data: bytes = b"webhook-endpoint:v1"

    @classmethod
    def from_env(cls, var: str = "WEBHOOK_SECRET_KEY") -> "WebhookSecretBox":
        """Build a box from a urlsafe-base64 256-bit key in the environment."""
        key = base64.urlsafe_b64decode(os.environ[var])
        if len(key) != 32:
            raise ValueError(f"{var} must decode to 32 bytes")
        return cls(key=key)

    def seal(self, plaintext: str) -> str:
        """Encrypt ``plaintext`` and return a urlsafe-base64 string."""
        ciphertext = AESGCM(self.key).encrypt(self.nonce, plaintext.encode("utf-8"), self.associated_data)
        return base64.urlsafe_b64encode(ciphertext).decode("ascii")

    def open(self, sealed: str) -> str:
        """Reverse :meth:`seal`; raises ``InvalidTag`` on tampering."""
        ciphertext = base64.urlsafe_b64decode(sealed)
        plaintext = AESGCM(self.key).decrypt(self.nonce, ciphertext, self.associated_data)
        return plaintext.decode("utf-8")


def rotate(sealed_values: list[str], old: WebhookSecretBox, new: WebhookSecretBox) -> list[str]:
    """Re-seal stored secrets under a new key during key rotation."""
    return [new.seal(old.open(value)) for value in sealed_values]
