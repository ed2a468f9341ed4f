"""Encrypt allergy and dietary notes before they are written to the database."""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_VERSION = b"\x01"


class AllergyNotesCipher:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "ALLERGY_NOTES_KEY") -> "AllergyNotesCipher":
        return cls(base64.urlsafe_b64decode(os.environ[var]))

    def encrypt(self, child_id: int, note: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        aad = KEY_VERSION + str(child_id).encode()
        ct = self._aead.encrypt(nonce, note.encode("utf-8"), aad)
        return base64.urlsafe_b64encode(KEY_VERSION + nonce + ct).decode("ascii")

    def decrypt(self, child_id: int, token: str) -> str:
        blob = base64.urlsafe_b64decode(token)
        version, nonce, ct = blob[:1], blob[1:1 + NONCE_BYTES], blob[1 + NONCE_BYTES:]
        if version != KEY_VERSION:
            raise ValueError("unknown key version")
        aad = version + str(child_id).encode()
        return self._aead.decrypt(nonce, ct, aad).decode("utf-8")
