"""Encrypt customer-supplied brand assets at rest on the artwork share.

Some customers send unreleased logos and rebrand artwork under NDA; those
files are stored encrypted and only decrypted when a designer opens them.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
MAGIC = b"SGV1"


@dataclass(frozen=True)
class VaultKey:
    key_id: str
    key: bytes

    @classmethod
    def from_env(cls) -> "VaultKey":
        raw = base64.b64decode(os.environ["ARTWORK_VAULT_KEY"])
        if len(raw) != 32:
            raise RuntimeError("ARTWORK_VAULT_KEY must be 256 bits")
        return cls(key_id=os.environ.get("ARTWORK_VAULT_KEY_ID", "k1"), key=raw)


class CustomerFileVault:
    def __init__(self, vault_key: VaultKey) -> None:
        self.key_id = vault_key.key_id.encode("ascii")
        self._aead = AESGCM(vault_key.key)

    def seal(self, data: bytes, customer_id: int) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        aad = self.key_id + b":" + str(customer_id).encode("ascii")
        return MAGIC + nonce + self._aead.encrypt(nonce, data, aad)

    def open(self, blob: bytes, customer_id: int) -> bytes:
        if not blob.startswith(MAGIC):
            raise ValueError("not a vault file")
        nonce = blob[len(MAGIC):len(MAGIC) + NONCE_BYTES]
        body = blob[len(MAGIC) + NONCE_BYTES:]
        aad = self.key_id + b":" + str(customer_id).encode("ascii")
        return self._aead.decrypt(nonce, body, aad)


def store_encrypted(vault: CustomerFileVault, src: Path, dest: Path, customer_id: int) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(vault.seal(src.read_bytes(), customer_id))
    return dest
