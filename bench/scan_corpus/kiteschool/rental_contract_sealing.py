"""Encrypts scanned ID documents attached to gear rental contracts."""
from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass
class SealedDocument:
    contract_id: str
    nonce: bytes
    ciphertext: bytes

    def to_bytes(self) -> bytes:
        return self.nonce + self.ciphertext

    @classmethod
    def from_bytes(cls, contract_id: str, blob: bytes, nonce_len: int = 12) -> "SealedDocument":
        return cls(contract_id=contract_id, nonce=blob[:nonce_len], ciphertext=blob[nonce_len:])


class ContractSealer:
    nonce_len = 12

    def __init__(self, key: bytes | None = None) -> None:
        self._aead = AESGCM(key or bytes.fromhex(os.environ["CONTRACT_DOC_KEY"]))

    def _fresh_nonce(self) -> bytes:
        return os.urandom(self.nonce_len)

    def seal(self, contract_id: str, document: bytes) -> SealedDocument:
        nonce = self._fresh_nonce()
        ct = self._aead.encrypt(nonce, document, contract_id.encode())
        return SealedDocument(contract_id=contract_id, nonce=nonce, ciphertext=ct)

    def unseal(self, sealed: SealedDocument) -> bytes:
        return self._aead.decrypt(sealed.nonce, sealed.ciphertext, sealed.contract_id.encode())


def store_id_scan(storage, contract_id: str, scan: bytes) -> str:
    sealed = ContractSealer().seal(contract_id, scan)
    key = f"contracts/{contract_id}/id_scan.bin"
    storage.put(key, sealed.to_bytes())
    return key
