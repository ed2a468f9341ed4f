"""At-rest protection for gift card messages.

Card messages are often personal, so they are encrypted before they hit the
orders database and only decrypted when the partner shop prints the card.
"""
import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class CardMessageVault:
    block_bits = 128
    _mode = modes.ECB()

    def __init__(self, key: bytes | None = None):
        if key is None:
            key = base64.b64decode(os.environ["CARD_MESSAGE_KEY"])
        if len(key) not in (16, 24, 32):
            raise ValueError("card message key must be 128, 192 or 256 bits")
        self._cipher = Cipher(algorithms.AES(key), self._mode)

    def seal(self, message: str) -> str:
        padder = padding.PKCS7(self.block_bits).padder()
        data = padder.update(message.encode("utf-8")) + padder.finalize()
        enc = self._cipher.encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def open(self, token: str) -> str:
        dec = self._cipher.decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


def seal_order_messages(orders, vault: CardMessageVault | None = None):
    vault = vault or CardMessageVault()
    for order in orders:
        if order.get("card_message"):
            order["card_message"] = vault.seal(order["card_message"])
    return orders
