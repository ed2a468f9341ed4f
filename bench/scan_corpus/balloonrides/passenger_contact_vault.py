"""Encrypts passenger emergency contacts held against each booking."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class EmergencyContact:
    name: str
    relation: str
    phone: str


class ContactVaultConfig:
    key_env = "CONTACT_VAULT_KEY"
    nonce_bytes = 12
    version = b"\x01"


class ContactVault:
    """Seals contacts with AES-GCM, binding each ciphertext to its booking reference."""

    def __init__(self, config: ContactVaultConfig | None = None) -> None:
        self.config = config or ContactVaultConfig()
        self._aead = AESGCM(base64.b64decode(os.environ[self.config.key_env]))

    def _aad(self, booking_ref: str) -> bytes:
        return self.config.version + booking_ref.encode()

    def seal(self, booking_ref: str, contact: EmergencyContact) -> str:
        nonce = os.urandom(self.config.nonce_bytes)
        body = self._aead.encrypt(nonce, json.dumps(asdict(contact)).encode(), self._aad(booking_ref))
        return base64.b64encode(self.config.version + nonce + body).decode()

    def open(self, booking_ref: str, token: str) -> EmergencyContact:
        raw = base64.b64decode(token)
        if raw[:1] != self.config.version:
            raise ValueError("unknown contact vault version")
        n = self.config.nonce_bytes
        nonce, body = raw[1:1 + n], raw[1 + n:]
        data = self._aead.decrypt(nonce, body, self._aad(booking_ref))
        return EmergencyContact(**json.loads(data))
