"""Encryption of customer contact details (phone, email, address) in the CRM.

Each value is sealed with AES-256-GCM; the customer id is bound in as
associated data so a value cannot be copied onto another customer record.
"""
import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_ENV = "HC_CONTACT_KEY"
NONCE_LEN = 12
CONTACT_FIELDS = ("phone", "email", "address")


class ContactDecryptionError(Exception):
    pass


def _fresh_nonce() -> bytes:
    return os.urandom(NONCE_LEN)


def _aad(customer_id: int, field_name: str) -> bytes:
    return f"{customer_id}:{field_name}".encode("ascii")


class ContactVault:
    def __init__(self, key: bytes | None = None):
        key = key or base64.b64decode(os.environ[KEY_ENV])
        self._aead = AESGCM(key)

    def seal(self, customer_id: int, field_name: str, value: str) -> str:
        nonce = _fresh_nonce()
        ciphertext = self._aead.encrypt(nonce, value.encode("utf-8"), _aad(customer_id, field_name))
        return base64.b64encode(nonce + ciphertext).decode("ascii")

    def unseal(self, customer_id: int, field_name: str, token: str) -> str:
        raw = base64.b64decode(token)
        nonce, ciphertext = raw[:NONCE_LEN], raw[NONCE_LEN:]
        try:
            plaintext = self._aead.decrypt(nonce, ciphertext, _aad(customer_id, field_name))
        except InvalidTag as exc:
            raise ContactDecryptionError(f"cannot decrypt {field_name} for customer {customer_id}") from exc
        return plaintext.decode("utf-8")

    def seal_record(self, customer_id: int, record: dict) -> dict:
        sealed = dict(record)
        for name in CONTACT_FIELDS:
            if sealed.get(name):
                sealed[name] = self.seal(customer_id, name, sealed[name])
        return sealed

    def unseal_record(self, customer_id: int, record: dict) -> dict:
        plain = dict(record)
        for name in CONTACT_FIELDS:
            if plain.get(name):
                plain[name] = self.unseal(customer_id, name, plain[name])
        return plain
