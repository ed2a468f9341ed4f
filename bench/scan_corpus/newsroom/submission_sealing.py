"""Seal documents from the source drop box before they touch shared storage.

Layout of a sealed blob: version byte || 12-byte nonce || AES-GCM ciphertext.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_VERSION = b"\x01"
NONCE_SIZE = 12


class SubmissionSealer:
    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "DROPBOX_DESK_KEY") -> "SubmissionSealer":
        return cls(base64.b64decode(os.environ[var]))

    def seal(self, submission_id: str, plaintext: bytes) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        aad = FORMAT_VERSION + submission_id.encode()
        return FORMAT_VERSION + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def unseal(self, submission_id: str, blob: bytes) -> bytes:
        if blob[:1] != FORMAT_VERSION:
            raise ValueError("unknown sealed-blob version")
        nonce = blob[1 : 1 + NONCE_SIZE]
        ciphertext = blob[1 + NONCE_SIZE :]
        aad = FORMAT_VERSION + submission_id.encode()
        return self._aead.decrypt(nonce, ciphertext, aad)
