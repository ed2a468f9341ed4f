"""PAN vault.

Stores primary account numbers encrypted at rest and hands out surrogate
tokens to the rest of the platform. Only the vault service and the card
network gateway are allowed to detokenize.
"""
from __future__ import annotations

import base64
import os
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from vault.kms import load_data_key
from vault.store import VaultStore

TOKEN_PREFIX = "tok_"


def luhn_valid(pan: str) -> bool:
    digits = [int(d) for d in pan if d.isdigit()]
    if len(digits) < 12 or len(digits) > 19:
        return False
    checksum = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        checksum += d
    return checksum % 10 == 0


@dataclass
class VaultEntry:
    token: str
    ciphertext: str
    bin6: str
    last4: str


class PanVault:
    def __init__(self, store: VaultStore, key_id: str | None = None) -> None:
        self._store = store
        self._key = load_data_key(key_id or os.environ["PAN_VAULT_KEY_ID"])

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def _encrypt(self, pan: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(pan.encode()) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode()

    def _decrypt(self, blob: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(blob)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode()

    def tokenize(self, pan: str) -> str:
        pan = pan.replace(" ", "")
        if not luhn_valid(pan):
            raise ValueError("invalid card number")
        token = TOKEN_PREFIX + secrets.token_urlsafe(18)
        self._store.put(VaultEntry(token, self._encrypt(pan), pan[:6], pan[-4:]))
        return token

    def detokenize(self, token: str) -> str:
        entry = self._store.get(token)
        if entry is None:
            raise KeyError(token)
        return self._decrypt(entry.ciphertext)
