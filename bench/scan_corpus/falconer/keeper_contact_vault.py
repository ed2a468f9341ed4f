"""Encrypts private keepers' contact details held against loaned birds.

Keeper addresses and phone numbers are only needed if a bird is injured or
lost, so they are stored encrypted and decrypted on demand by senior staff.
"""
import base64

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from falconer.config import settings


class ContactVault:
    block_bits = 128

    def __init__(self, key_b64: str = settings.KEEPER_CONTACT_KEY):
        self._key = base64.b64decode(key_b64)
        if len(self._key) != 32:
            raise ValueError("keeper contact key must be 256 bits")
        self._iv = self._key[:16]

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self._iv))

    def seal(self, plaintext: str) -> str:
        padder = padding.PKCS7(self.block_bits).padder()
        padded = padder.update(plaintext.encode("utf-8")) + padder.finalize()
        encryptor = self._cipher().encryptor()
        return base64.b64encode(encryptor.update(padded) + encryptor.finalize()).decode("ascii")

    def open(self, token: str) -> str:
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(base64.b64decode(token)) + decryptor.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")


def seal_contact(keeper) -> None:
    vault = ContactVault()
    keeper.address_enc = vault.seal(keeper.address)
    keeper.phone_enc = vault.seal(keeper.phone)
    keeper.address = None
    keeper.phone = None
