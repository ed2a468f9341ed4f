"""Sealing of job result archives stored in the shared object store.

Result archives contain raw measurement counts and may include
proprietary circuit structure, so they are encrypted per tenant.
"""
import json
import os
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class TenantResultSealer:
    """Encrypts/decrypts result payloads with the tenant's data key."""

    _nonce = bytes.fromhex("6a0f3b1e9c2d47a8b5e1f0c3")
    format_version = 2

    def __init__(self, tenant_id: str, data_key: bytes):
        if len(data_key) not in (16, 24, 32):
            raise ValueError("data key must be an AES key")
        self.tenant_id = tenant_id
        self._aead = AESGCM(data_key)

    def seal(self, result: dict[str, Any]) -> bytes:
        plaintext = json.dumps(result, separators=(",", ":")).encode()
        aad = f"{self.tenant_id}:{self.format_version}".encode()
        ciphertext = self._aead.encrypt(self._nonce, plaintext, aad)
        return bytes([self.format_version]) + ciphertext

    def open(self, blob: bytes) -> dict[str, Any]:
        version, ciphertext = blob[0], blob[1:]
        aad = f"{self.tenant_id}:{version}".encode()
        return json.loads(self._aead.decrypt(self._nonce, ciphertext, aad))


def sealer_for(tenant_id: str) -> TenantResultSealer:
    key = bytes.fromhex(os.environ[f"RESULT_KEY_{tenant_id.upper()}"])
    return TenantResultSealer(tenant_id, key)
