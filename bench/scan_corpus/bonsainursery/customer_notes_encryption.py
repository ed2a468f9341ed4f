"""Encrypt free-text notes that staff keep about customers' trees.

Notes sometimes contain home addresses or phone numbers (for home visits to
style large trees), so the column is encrypted with AES-GCM. The key comes
from the secrets manager; each note gets its own random nonce, stored with
the ciphertext.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
FORMAT_VERSION = b"\x01"


@dataclass
class NotesCipherSettings:
    key_b64: str = field(default_factory=lambda: os.environ["CUSTOMER_NOTES_KEY"])
    associated_label: bytes = b"customer-note"

    @property
    def key(self) -> bytes:
        key = base64.b64decode(self.key_b64)
        if len(key) != 32:
            raise RuntimeError("CUSTOMER_NOTES_KEY must be 32 bytes")
        return key


class CustomerNotesCipher:
    def __init__(self, settings: NotesCipherSettings | None = None):
        self.settings = settings or NotesCipherSettings()
        self._aead = AESGCM(self.settings.key)

    def _aad(self, customer_id: int) -> bytes:
        return self.settings.associated_label + b":" + str(customer_id).encode()

    def encrypt(self, customer_id: int, note: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, note.encode("utf-8"), self._aad(customer_id))
        return base64.b64encode(FORMAT_VERSION + nonce + ct).decode("ascii")

    def decrypt(self, customer_id: int, token: str) -> str:
        raw = base64.b64decode(token)
        if raw[:1] != FORMAT_VERSION:
            raise ValueError("unknown note format")
        nonce, ct = raw[1 : 1 + NONCE_BYTES], raw[1 + NONCE_BYTES :]
        return self._aead.decrypt(nonce, ct, self._aad(customer_id)).decode("utf-8")


def reencrypt_all(rows: list[tuple[int, str]], old: CustomerNotesCipher, new: CustomerNotesCipher):
    """Key rotation helper: yields (customer_id, new_token) pairs."""
    for customer_id, token in rows:
        yield customer_id, new.encrypt(customer_id, old.decrypt(customer_id, token))
