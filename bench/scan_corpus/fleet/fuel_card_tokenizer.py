"""Encrypt fuel card PANs before they are written to the billing database."""
from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
_KEY_ENV = "CARD_VAULT_KEY"


class CardNumberVault:
    """Reversible encryption for card numbers shown to billing staff.

    The account id is bound as associated data so a ciphertext copied
    onto another customer's row will not decrypt.
    """

    def __init__(self, key: bytes | None = None) -> None:
        if key is None:
            key = base64.b64decode(os.environ[_KEY_ENV])
        self._aead = AESGCM(key)

    def seal(self, pan: str, account_id: int) -> str:
        digits = pan.replace(" ", "")
        if not digits.isdigit() or not 12 <= len(digits) <= 19:
            raise ValueError("not a card number")
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, digits.encode("ascii"), str(account_id).encode())
        return base64.urlsafe_b64encode(nonce + ct).decode("ascii")

    def open(self, token: str, account_id: int) -> str:
        blob = base64.urlsafe_b64decode(token.encode("ascii"))
        nonce, ct = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, str(account_id).encode()).decode("ascii")

    @staticmethod
    def masked(pan: str) -> str:
        return "*" * (len(pan) - 4) + pan[-4:]
