"""Encrypted storage of parent phone numbers and addresses for the portal."""
from __future__ import annotations

import base64
import hashlib
import os
from typing import Dict, Optional

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class ContactVaultSettings:
    key_env = "PARENT_VAULT_KEY"
    namespace = b"parent-portal/contacts/v2"


class ParentContactVault:
    """Encrypts individual contact fields with AES-GCM."""

    settings = ContactVaultSettings

    def __init__(self, store: Dict[str, bytes]) -> None:
        self._store = store
        self._aead = AESGCM(base64.b64decode(os.environ[self.settings.key_env]))
        self._nonce = self._derive_nonce(self.settings.namespace)

    @staticmethod
    def _derive_nonce(namespace: bytes) -> bytes:
        return hashlib.sha256(namespace).digest()[:12]

    @staticmethod
    def _slot(parent_id: str, field: str) -> str:
        return f"{parent_id}:{field}"

    def put(self, parent_id: str, field: str, value: str) -> None:
        aad = self._slot(parent_id, field).encode()
        sealed = self._aead.encrypt(self._nonce, value.encode("utf-8"), aad)
        self._store[self._slot(parent_id, field)] = sealed

    def get(self, parent_id: str, field: str) -> Optional[str]:
        sealed = self._store.get(self._slot(parent_id, field))
        if sealed is None:
            return None
        aad = self._slot(parent_id, field).encode()
        return self._aead.decrypt(self._nonce, sealed, aad).decode("utf-8")

    def update_profile(self, parent_id: str, profile: Dict[str, str]) -> None:
        for field in ("mobile", "home_phone", "street", "postcode"):
            if field in profile and profile[field]:
                self.put(parent_id, field, profile[field].strip())

    def export_profile(self, parent_id: str) -> Dict[str, Optional[str]]:
        return {
            field: self.get(parent_id, field)
            for field in ("mobile", "home_phone", "street", "postcode")
        }
