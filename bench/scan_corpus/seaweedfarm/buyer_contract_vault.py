"""Encrypted storage for buyer contract terms in the commercial database.

Price schedules and volume commitments are encrypted field-by-field with
AES-GCM; the contract reference is bound as associated data.
"""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class VaultKey:
    key_id: str
    material: bytes

    @classmethod
    def from_env(cls, var: str = "CONTRACT_VAULT_KEY") -> "VaultKey":
        key_id, _, b64 = os.environ[var].partition(":")
        return cls(key_id=key_id, material=base64.b64decode(b64))


class ContractVault:
    nonce_bytes = 12

    def __init__(self, key: VaultKey) -> None:
        self._key = key
        self._aead = AESGCM(key.material)

    def _fresh_nonce(self) -> bytes:
        return os.urandom(self.nonce_bytes)

    def seal(self, contract_ref: str, terms: dict[str, Any]) -> str:
        nonce = self._fresh_nonce()
        body = json.dumps(terms, sort_keys=True).encode()
        sealed = self._aead.encrypt(nonce, body, contract_ref.encode())
        envelope = {"kid": self._key.key_id, "n": base64.b64encode(nonce).decode(), "c": base64.b64encode(sealed).decode()}
        return json.dumps(envelope)

    def open(self, contract_ref: str, stored: str) -> dict[str, Any]:
        envelope = json.loads(stored)
        if envelope["kid"] != self._key.key_id:
            raise KeyError(f"contract sealed with key {envelope['kid']}")
        nonce = base64.b64decode(envelope["n"])
        plain = self._aead.decrypt(nonce, base64.b64decode(envelope["c"]), contract_ref.encode())
        return json.loads(plain)


if __name__ == "__main__":
    vault = ContractVault(VaultKey("k1", AESGCM.generate_key(bit_length=256)))
    blob = vault.seal("BC-2024-017", {"price_per_kg": "3.40", "min_tonnes": 12})
    print(vault.open("BC-2024-017", blob))
