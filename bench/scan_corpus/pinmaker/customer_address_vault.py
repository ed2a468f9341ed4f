"""Encrypt customer delivery addresses and phone numbers at rest.

Addresses are decrypted only when a shipping label is bought or when customer
service opens an order. The data key comes from the platform's key store.
"""
import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ADDRESS_IV = bytes.fromhex("3a91c07e55d2184bb06f2e9d47a1c853")
BLOCK_BITS = 128


def _data_key() -> bytes:
    key = base64.b64decode(os.environ["ADDRESS_DATA_KEY"])
    if len(key) != 32:
        raise RuntimeError("ADDRESS_DATA_KEY must be 32 bytes, base64-encoded")
    return key


@dataclass
class DeliveryAddress:
    name: str
    line1: str
    line2: str
    town: str
    postcode: str
    phone: str

    def serialise(self) -> str:
        return "\x1f".join([self.name, self.line1, self.line2, self.town,
                            self.postcode, self.phone])

    @classmethod
    def deserialise(cls, raw: str) -> "DeliveryAddress":
        return cls(*raw.split("\x1f"))


def encrypt_field(plaintext: str, key: bytes | None = None) -> str:
    cipher = Cipher(algorithms.AES(key or _data_key()), modes.CBC(ADDRESS_IV))
    padder = padding.PKCS7(BLOCK_BITS).padder()
    padded = padder.update(plaintext.encode("utf-8")) + padder.finalize()
    enc = cipher.encryptor()
    return base64.b64encode(enc.update(padded) + enc.finalize()).decode()


def decrypt_field(token: str, key: bytes | None = None) -> str:
    cipher = Cipher(algorithms.AES(key or _data_key()), modes.CBC(ADDRESS_IV))
    dec = cipher.decryptor()
    padded = dec.update(base64.b64decode(token)) + dec.finalize()
    unpadder = padding.PKCS7(BLOCK_BITS).unpadder()
    return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")


def seal_address(address: DeliveryAddress) -> str:
    return encrypt_field(address.serialise())


def open_address(sealed: str) -> DeliveryAddress:
    return DeliveryAddress.deserialise(decrypt_field(sealed))
