"""Encrypts purchaser details attached to gift vouchers before they are stored."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from typing import Dict

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class VaultSettings:
    key_env: str = "VOUCHER_VAULT_KEY"
    nonce_bytes: int = 12


class VoucherVault:
    VERSION = b"v1"

    def __init__(self, settings: VaultSettings = VaultSettings()) -> None:
        self.settings = settings
        self._aead = AESGCM(base64.b64decode(os.environ[settings.key_env]))

    @staticmethod
    def _fresh_nonce(length: int) -> bytes:
        return os.urandom(length)

    def _aad(self, voucher_code: str) -> bytes:
        return self.VERSION + b"|" + voucher_code.encode()

    def seal(self, voucher_code: str, purchaser: Dict[str, str]) -> str:
        nonce = self._fresh_nonce(self.settings.nonce_bytes)
        plaintext = json.dumps(purchaser, sort_keys=True).encode()
        ciphertext = self._aead.encrypt(nonce, plaintext, self._aad(voucher_code))
        return base64.urlsafe_b64encode(nonce + ciphertext).decode()

    def unseal(self, voucher_code: str, token: str) -> Dict[str, str]:
        blob = base64.urlsafe_b64decode(token)
        size = self.settings.nonce_bytes
        nonce, ciphertext = blob[:size], blob[size:]
        return json.loads(self._aead.decrypt(nonce, ciphertext, self._aad(voucher_code)))


def store_purchase(vault: VoucherVault, voucher_code: str, name: str, email: str,
                   message: str) -> Dict[str, str]:
    sealed = vault.seal(voucher_code, {"name": name, "email": email, "message": message})
    return {"voucher_code": voucher_code, "purchaser_blob": sealed}
