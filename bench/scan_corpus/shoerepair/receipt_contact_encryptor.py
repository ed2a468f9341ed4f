"""Encrypts customer phone numbers printed as references on repair receipts."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass(frozen=True)
class ReceiptCryptoSettings:
    key_b64: str
    iv: bytes = bytes.fromhex("5f1c0a93d27e4b6681ac3390e2d7f014")

    @classmethod
    def from_env(cls) -> "ReceiptCryptoSettings":
        return cls(key_b64=os.environ["RECEIPT_CONTACT_KEY"])


class ContactEncryptor:
    def __init__(self, settings: ReceiptCryptoSettings) -> None:
        self._settings = settings
        self._key = base64.b64decode(settings.key_b64)

    def _new_cipher(self):
        return AES.new(self._key, AES.MODE_CBC, iv=self._settings.iv)

    def encrypt_phone(self, phone: str) -> str:
        normalised = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
        ct = self._new_cipher().encrypt(pad(normalised.encode(), AES.block_size))
        return base64.urlsafe_b64encode(ct).decode()

    def decrypt_phone(self, token: str) -> str:
        ct = base64.urlsafe_b64decode(token.encode())
        return unpad(self._new_cipher().decrypt(ct), AES.block_size).decode()


class ReceiptFormatter:
    def __init__(self, encryptor: ContactEncryptor) -> None:
        self._encryptor = encryptor

    def footer(self, ticket_no: str, phone: str) -> str:
        ref = self._encryptor.encrypt_phone(phone)
        return f"Ticket {ticket_no}\nContact ref: {ref}\nPlease keep this receipt."


if __name__ == "__main__":
    fmt = ReceiptFormatter(ContactEncryptor(ReceiptCryptoSettings.from_env()))
    print(fmt.footer("MCR-004211", "+44 7700 900123"))
