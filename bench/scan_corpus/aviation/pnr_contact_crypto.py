"""Encryption of passenger contact details (phone, e-mail) stored with PNRs.

Ciphertext layout: 12-byte nonce || AES-256-GCM ciphertext+tag, base64url.
The record locator is bound as associated data so a blob cannot be moved
to another booking.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["PNR_CONTACT_KEY"])
    if len(key) != 32:
        raise RuntimeError("PNR_CONTACT_KEY must decode to 32 bytes")
    return key


class ContactCipher:
    def __init__(self, key: bytes | None = None):
        self._aead = AESGCM(key or _load_key())

    def seal(self, record_locator: str, value: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, value.encode("utf-8"), record_locator.encode("ascii"))
        return base64.urlsafe_b64encode(nonce + ct).decode("ascii")

    def open(self, record_locator: str, blob: str) -> str:
        raw = base64.urlsafe_b64decode(blob)
        nonce, ct = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, record_locator.encode("ascii")).decode("utf-8")


def protect_contacts(record_locator: str, contacts: dict[str, str], cipher: ContactCipher) -> dict[str, str]:
    return {kind: cipher.seal(record_locator, value) for kind, value in contacts.items()}
