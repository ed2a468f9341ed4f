"""Encrypts performer bank details before they are written to the payroll database."""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class PayrollCipherConfig:
    key_env = "PAYROLL_DATA_KEY"
    iv_hex = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
    block_bits = 128


class BankDetailsCipher:
    """Symmetric encryption for sort codes and account numbers."""

    def __init__(self, config: type[PayrollCipherConfig] = PayrollCipherConfig) -> None:
        self._config = config
        self._key = bytes.fromhex(os.environ[config.key_env])
        self._iv = bytes.fromhex(config.iv_hex)

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self._iv))

    def encrypt_field(self, value: str) -> str:
        padder = padding.PKCS7(self._config.block_bits).padder()
        padded = padder.update(value.encode("utf-8")) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return base64.b64encode(encryptor.update(padded) + encryptor.finalize()).decode()

    def decrypt_field(self, token: str) -> str:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
        unpadder = padding.PKCS7(self._config.block_bits).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")


def protect_performer_record(record: dict[str, str], cipher: BankDetailsCipher) -> dict[str, str]:
    protected = dict(record)
    for field_name in ("sort_code", "account_number", "iban"):
        if protected.get(field_name):
            protected[field_name] = cipher.encrypt_field(protected[field_name])
    return protected


def reveal_performer_record(record: dict[str, str], cipher: BankDetailsCipher) -> dict[str, str]:
    revealed = dict(record)
    for field_name in ("sort_code", "account_number", "iban"):
        if revealed.get(field_name):
            revealed[field_name] = cipher.decrypt_field(revealed[field_name])
    return revealed
