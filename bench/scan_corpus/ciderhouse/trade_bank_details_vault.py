"""Encrypts trade customers' bank details before they are written to the accounts table."""
from __future__ import annotations

import base64
import hashlib
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class VaultSettings:
    key_env = "TRADE_VAULT_KEY"
    context_label = b"ciderhouse/trade-bank/v2"

    @classmethod
    def load_key(cls) -> bytes:
        key = base64.urlsafe_b64decode(os.environ[cls.key_env])
        if len(key) != 32:
            raise RuntimeError(f"{cls.key_env} must decode to 32 bytes")
        return key


def _nonce_for(label: bytes) -> bytes:
    return hashlib.sha256(label).digest()[:12]


class BankDetailsVault:
    """Seals sort code and account number pairs bound to a customer id."""

    def __init__(self, settings: type[VaultSettings] = VaultSettings) -> None:
        self._aead = AESGCM(settings.load_key())
        self._nonce = _nonce_for(settings.context_label)

    @staticmethod
    def _aad(customer_id: int) -> bytes:
        return f"trade-customer:{customer_id}".encode()

    def seal(self, customer_id: int, sort_code: str, account_number: str) -> str:
        plaintext = f"{sort_code.replace('-', '')}|{account_number}".encode()
        sealed = self._aead.encrypt(self._nonce, plaintext, self._aad(customer_id))
        return base64.b64encode(sealed).decode("ascii")

    def open(self, customer_id: int, token: str) -> tuple[str, str]:
        plaintext = self._aead.decrypt(
            self._nonce, base64.b64decode(token), self._aad(customer_id)
        )
        sort_code, account_number = plaintext.decode().split("|", 1)
        return sort_code, account_number

    def masked(self, customer_id: int, token: str) -> str:
        _, account_number = self.open(customer_id, token)
        return f"****{account_number[-4:]}"
