"""Encrypts client termbases before they are uploaded to the glossary bucket.

Layout of a sealed blob: 12-byte nonce || ciphertext+tag.
"""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
ASSOCIATED_DATA = b"glossary-bucket/v2"


class TermbaseSealer:
    def __init__(self, key: bytes):
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "TERMBASE_KEY") -> "TermbaseSealer":
        return cls(base64.b64decode(os.environ[var]))

    def seal(self, tbx: bytes, client_code: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        aad = ASSOCIATED_DATA + b"/" + client_code.encode()
        return nonce + self._aead.encrypt(nonce, tbx, aad)

    def open(self, blob: bytes, client_code: str) -> bytes:
        nonce, ciphertext = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        aad = ASSOCIATED_DATA + b"/" + client_code.encode()
        return self._aead.decrypt(nonce, ciphertext, aad)
