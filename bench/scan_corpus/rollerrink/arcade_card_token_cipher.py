"""Encrypts arcade card numbers before they are stored in the loyalty CRM.

The CRM only needs to display the last four digits; the full number is
kept encrypted so it can be re-linked if a card is reported lost.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass
class CardCipherConfig:
    key_env: str = "ARCADE_CRM_KEY"
    key_id: str = "k2"
    aad_prefix: bytes = b"arcade-card:"
    _key: bytes = field(default=b"", repr=False)

    def key(self) -> bytes:
        if not self._key:
            self._key = base64.b64decode(os.environ[self.key_env])
        return self._key


class CardNumberCipher:
    def __init__(self, config: CardCipherConfig | None = None) -> None:
        self.config = config or CardCipherConfig()
        self._aead = AESGCM(self.config.key())

    def _aad(self, customer_id: int) -> bytes:
        return self.config.aad_prefix + str(customer_id).encode()

    def seal(self, customer_id: int, card_number: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, card_number.encode(), self._aad(customer_id))
        return f"{self.config.key_id}.{base64.b64encode(nonce + sealed).decode()}"

    def open(self, customer_id: int, token: str) -> str:
        key_id, body = token.split(".", 1)
        if key_id != self.config.key_id:
            raise ValueError(f"token sealed with retired key {key_id}")
        raw = base64.b64decode(body)
        nonce, sealed = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, sealed, self._aad(customer_id)).decode()


def masked(card_number: str) -> str:
    return "*" * (len(card_number) - 4) + card_number[-4:]
