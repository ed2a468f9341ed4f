"""Encryption of customer contact details at rest.

Delivery addresses and phone numbers for commission customers are kept
encrypted in the orders database; the key comes from the KMS-backed
environment on the app servers.
"""
import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def _key() -> bytes:
    key = base64.b64decode(os.environ["CONTACT_DATA_KEY"])
    if len(key) != 32:
        raise ValueError("CONTACT_DATA_KEY must be 32 bytes, base64-encoded")
    return key


class ContactCipher:
    def __init__(self, key: bytes | None = None):
        self._key = key or _key()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def encrypt(self, text: str) -> str:
        padder = padding.PKCS7(128).padder()
        data = padder.update(text.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return base64.b64encode(enc.update(data) + enc.finalize()).decode("ascii")

    def decrypt(self, token: str) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(base64.b64decode(token)) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


@dataclass
class CustomerContact:
    name: str
    address: str
    phone: str

    def to_row(self, cipher: ContactCipher) -> dict:
        return {
            "name": self.name,
            "address_enc": cipher.encrypt(self.address),
            "phone_enc": cipher.encrypt(self.phone),
        }

    @classmethod
    def from_row(cls, row: dict, cipher: ContactCipher) -> "CustomerContact":
        return cls(
            name=row["name"],
            address=cipher.decrypt(row["address_enc"]),
            phone=cipher.decrypt(row["phone_enc"]),
        )
