"""Stores acquirer card tokens for customers on recurring collection plans."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass
class StoredToken:
    customer_id: int
    blob: str
    key_version: int


class TokenVault:
    def __init__(self, keyring: dict[int, bytes], current_version: int) -> None:
        self.keyring = keyring
        self.current_version = current_version

    def _aad(self, customer_id: int, version: int) -> bytes:
        return f"card-token:{customer_id}:v{version}".encode()

    def seal(self, customer_id: int, acquirer_token: str) -> StoredToken:
        aead = AESGCM(self.keyring[self.current_version])
        nonce = os.urandom(NONCE_BYTES)
        ct = aead.encrypt(nonce, acquirer_token.encode(), self._aad(customer_id, self.current_version))
        return StoredToken(
            customer_id=customer_id,
            blob=base64.b64encode(nonce + ct).decode(),
            key_version=self.current_version,
        )

    def open(self, stored: StoredToken) -> str:
        raw = base64.b64decode(stored.blob)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        aead = AESGCM(self.keyring[stored.key_version])
        return aead.decrypt(nonce, ct, self._aad(stored.customer_id, stored.key_version)).decode()

    def rewrap(self, stored: StoredToken) -> StoredToken:
        if stored.key_version == self.current_version:
            return stored
        return self.seal(stored.customer_id, self.open(stored))
