"""Encrypted storage for confidential source contact details.

Reporters file a source's phone number, Signal handle or email in the
source management tool; only the encrypted bytes are written to Postgres.
"""
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class ContactVault:
    key_env = "SOURCE_VAULT_KEY"
    iv = bytes.fromhex("3a1f9c0e7d2b4a6853e0c1f7a9b2d4e6")

    def __init__(self, key: bytes | None = None):
        self._key = key or bytes.fromhex(os.environ[self.key_env])
        if len(self._key) != 32:
            raise ValueError("vault key must be 256 bits")

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self.iv))

    def encrypt(self, plaintext: str) -> bytes:
        padder = padding.PKCS7(128).padder()
        data = padder.update(plaintext.encode("utf-8")) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(data) + enc.finalize()

    def decrypt(self, blob: bytes) -> str:
        dec = self._cipher().decryptor()
        data = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode("utf-8")


CONTACT_FIELDS = ("phone", "signal", "email", "postal_address")


def encrypt_contact_fields(record: dict, vault: ContactVault | None = None) -> dict:
    vault = vault or ContactVault()
    out = dict(record)
    for field in CONTACT_FIELDS:
        if record.get(field):
            out[field] = vault.encrypt(record[field])
    return out
