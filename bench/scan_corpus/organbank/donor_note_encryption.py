"""Encrypts free-text clinical notes attached to a donor referral."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
FORMAT_VERSION = b"\x01"


@dataclass(frozen=True)
class NoteContext:
    referral_id: str
    author_id: str

    def associated_data(self) -> bytes:
        return f"{self.referral_id}|{self.author_id}".encode()


class NoteCipher:
    def __init__(self, key: bytes | None = None) -> None:
        material = key or base64.b64decode(os.environ["DONOR_NOTE_KEY"])
        self._aead = AESGCM(material)

    def encrypt(self, plaintext: str, context: NoteContext) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plaintext.encode("utf-8"), context.associated_data())
        return base64.urlsafe_b64encode(FORMAT_VERSION + nonce + sealed).decode("ascii")

    def decrypt(self, token: str, context: NoteContext) -> str:
        blob = base64.urlsafe_b64decode(token.encode("ascii"))
        if blob[:1] != FORMAT_VERSION:
            raise ValueError("unknown note format")
        nonce, sealed = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        try:
            return self._aead.decrypt(nonce, sealed, context.associated_data()).decode("utf-8")
        except InvalidTag as exc:
            raise ValueError("note failed integrity check") from exc

    @staticmethod
    def generate_key() -> str:
        return base64.b64encode(AESGCM.generate_key(bit_length=256)).decode("ascii")
