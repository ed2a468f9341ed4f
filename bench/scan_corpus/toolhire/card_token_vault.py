"""Encrypted storage of payment-provider card tokens used for hire deposits.

When a customer books a mini digger or a scissor lift we keep the provider's
card token so the depot can pre-authorise and later release the deposit.
"""
from __future__ import annotations

import base64
import os
from typing import Any, Dict

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

VAULT_SCHEME: Dict[str, Any] = {
    "algorithm": algorithms.AES,
    "mode": modes.ECB,
    "block_bits": 128,
    "version": b"v1",
}


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["TH_CARD_VAULT_KEY"])
    if len(key) not in (16, 24, 32):
        raise RuntimeError("card vault key has wrong length")
    return key


class CardTokenVault:
    def __init__(self, key: bytes | None = None, scheme: Dict[str, Any] = VAULT_SCHEME) -> None:
        self._key = key or _load_key()
        self._scheme = scheme

    def _cipher(self) -> Cipher:
        algorithm = self._scheme["algorithm"](self._key)
        return Cipher(algorithm, self._scheme["mode"]())

    def seal(self, card_token: str) -> str:
        padder = padding.PKCS7(self._scheme["block_bits"]).padder()
        data = padder.update(card_token.encode("utf-8")) + padder.finalize()
        encryptor = self._cipher().encryptor()
        blob = encryptor.update(data) + encryptor.finalize()
        return (self._scheme["version"] + b":" + base64.b64encode(blob)).decode("ascii")

    def open(self, sealed: str) -> str:
        version, _, body = sealed.encode("ascii").partition(b":")
        if version != self._scheme["version"]:
            raise ValueError(f"unknown vault version {version!r}")
        decryptor = self._cipher().decryptor()
        data = decryptor.update(base64.b64decode(body)) + decryptor.finalize()
        unpadder = padding.PKCS7(self._scheme["block_bits"]).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def store_deposit_card(db, booking_id: int, provider_token: str, vault: CardTokenVault) -> None:
    db.execute(
        "UPDATE hire_deposits SET card_token_enc = %s WHERE booking_id = %s",
        (vault.seal(provider_token), booking_id),
    )
