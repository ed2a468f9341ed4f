"""Encrypts card references kept as security for gear rental deposits."""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class DepositVaultConfig:
    key_env = "DEPOSIT_VAULT_KEY"
    block_mode = modes.ECB
    block_bits = 128

    @classmethod
    def load_key(cls) -> bytes:
        return base64.b64decode(os.environ[cls.key_env])


class DepositCardVault:
    """Stores the card token and expiry that back a board or kite deposit."""

    def __init__(self, config: type[DepositVaultConfig] = DepositVaultConfig) -> None:
        self._config = config
        self._key = config.load_key()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self._config.block_mode())

    def seal(self, card_token: str) -> str:
        padder = padding.PKCS7(self._config.block_bits).padder()
        data = padder.update(card_token.encode()) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode()

    def open(self, sealed: str) -> str:
        dec = self._cipher().decryptor()
        raw = dec.update(base64.b64decode(sealed)) + dec.finalize()
        unpadder = padding.PKCS7(self._config.block_bits).unpadder()
        return (unpadder.update(raw) + unpadder.finalize()).decode()


def hold_deposit(repo, rental_id: str, card_token: str, amount_eur: int) -> None:
    vault = DepositCardVault()
    repo.save_deposit(rental_id=rental_id, card=vault.seal(card_token), amount=amount_eur)
