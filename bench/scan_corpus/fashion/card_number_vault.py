"""Encryption at rest for gift card numbers.

Customer support looks cards up by the number printed on the back, so the
stored ciphertext for a given card number has to be the same every time.
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class CardNumberVault:
    def __init__(self, key: bytes | None = None):
        self._key = key or base64.b64decode(os.environ["GIFTCARD_VAULT_KEY"])
        if len(self._key) not in (16, 24, 32):
            raise ValueError("vault key must be 128, 192 or 256 bits")

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def seal(self, card_number: str) -> str:
        digits = card_number.replace(" ", "").replace("-", "")
        padder = padding.PKCS7(128).padder()
        data = padder.update(digits.encode("ascii")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.urlsafe_b64encode(enc.update(data) + enc.finalize()).decode()

    def open(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.urlsafe_b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("ascii")


def find_card(db, vault: CardNumberVault, card_number: str):
    """Support-tool lookup: match on the sealed value instead of decrypting every row."""
    return db.execute(
        "SELECT id, balance_cents, status FROM gift_card WHERE sealed_number = %s",
        (vault.seal(card_number),),
    ).fetchone()
