"""Gift messages for orders sent as presents.

The card message is printed in the packing room and otherwise kept only in
encrypted form, so it is not readable by anyone browsing the orders table.
"""
import os
from base64 import urlsafe_b64decode, urlsafe_b64encode

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12
VERSION = b"\x01"


class GiftMessageBox:
    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "GIFT_MESSAGE_KEY") -> "GiftMessageBox":
        return cls(urlsafe_b64decode(os.environ[var]))

    def seal(self, order_number: str, message: str) -> str:
        nonce = os.urandom(NONCE_LEN)
        ct = self._aead.encrypt(nonce, message.encode("utf-8"), order_number.encode())
        return urlsafe_b64encode(VERSION + nonce + ct).decode("ascii")

    def open(self, order_number: str, sealed: str) -> str:
        raw = urlsafe_b64decode(sealed.encode("ascii"))
        if raw[:1] != VERSION:
            raise ValueError("unknown gift message format")
        nonce, ct = raw[1 : 1 + NONCE_LEN], raw[1 + NONCE_LEN :]
        return self._aead.decrypt(nonce, ct, order_number.encode()).decode("utf-8")


def card_text(box: GiftMessageBox, order: dict, width: int = 42) -> list[str]:
    """Wrap the decrypted message for the packing-room card printer."""
    words = box.open(order["number"], order["gift_message_enc"]).split()
    lines: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + len(word) + 1 > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines
