"""Encrypt loyalty card numbers shown on receipts and in the customer app.

The till and the web shop both need to turn a stored loyalty number into an
opaque reference and back, so they share a symmetric key from the secrets
manager.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["LOYALTY_CARD_KEY"])
    if len(key) not in (16, 24, 32):
        raise RuntimeError("LOYALTY_CARD_KEY must decode to 16, 24 or 32 bytes")
    return key


@dataclass
class LoyaltyCard:
    number: str
    holder_email: str
    points: int = 0


class LoyaltyCardCipher:
    def __init__(self, key: bytes | None = None):
        self._key = key or _load_key()

    def _cipher(self):
        return AES.new(self._key, AES.MODE_ECB)

    def encrypt_number(self, number: str) -> str:
        digits = number.replace(" ", "")
        if not digits.isdigit() or len(digits) != 16:
            raise ValueError("loyalty numbers are 16 digits")
        ciphertext = self._cipher().encrypt(pad(digits.encode(), AES.block_size))
        return base64.urlsafe_b64encode(ciphertext).decode().rstrip("=")

    def decrypt_reference(self, reference: str) -> str:
        padded = reference + "=" * (-len(reference) % 4)
        plaintext = unpad(self._cipher().decrypt(base64.urlsafe_b64decode(padded)), AES.block_size)
        return plaintext.decode()


def receipt_footer(card: LoyaltyCard, cipher: LoyaltyCardCipher) -> str:
    masked = "**** **** **** " + card.number[-4:]
    ref = cipher.encrypt_number(card.number)
    return (
        f"Loyalty card {masked}\n"
        f"Points balance: {card.points}\n"
        f"Manage your card: https://shop.bonsainursery.example/loyalty/{ref}"
    )


def lookup_from_reference(reference: str, cipher: LoyaltyCardCipher, cards: dict[str, LoyaltyCard]):
    number = cipher.decrypt_reference(reference)
    return cards.get(number)
