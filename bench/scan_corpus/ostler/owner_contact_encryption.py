"""Encrypts owner emergency-contact details before they are written to the database."""

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ostler.config import settings

NONCE_BYTES = 12
AAD = b"ostler:owner-contact:v2"


class ContactVault:
    def __init__(self, key_b64: str = settings.OWNER_CONTACT_KEY):
        self._aead = AESGCM(base64.b64decode(key_b64))

    def seal(self, plaintext: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ciphertext = self._aead.encrypt(nonce, plaintext.encode("utf-8"), AAD)
        return base64.urlsafe_b64encode(nonce + ciphertext).decode("ascii")

    def open(self, token: str) -> str:
        blob = base64.urlsafe_b64decode(token.encode("ascii"))
        nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ciphertext, AAD).decode("utf-8")


def store_emergency_contact(owner, name: str, phone: str, relationship: str, vault=None) -> None:
    vault = vault or ContactVault()
    owner.emergency_name_enc = vault.seal(name)
    owner.emergency_phone_enc = vault.seal(phone)
    owner.emergency_relationship = relationship


def read_emergency_contact(owner, vault=None) -> dict:
    vault = vault or ContactVault()
    return {
        "name": vault.open(owner.emergency_name_enc) if owner.emergency_name_enc else None,
        "phone": vault.open(owner.emergency_phone_enc) if owner.emergency_phone_enc else None,
        "relationship": owner.emergency_relationship,
    }
