"""Encryption of sensitive notarial journal columns (ID numbers, addresses)."""
import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

JOURNAL_AAD = b"notary-journal-v2"
NONCE_BYTES = 12
VERSION = b"\x02"


class JournalCipher:
    def __init__(self, key_b64: str | None = None):
        key = base64.b64decode(key_b64 or os.environ["JOURNAL_DATA_KEY"])
        self._aead = AESGCM(key)

    def _aad(self, entry_id: int, column: str) -> bytes:
        return b"|".join((JOURNAL_AAD, str(entry_id).encode(), column.encode()))

    def encrypt(self, entry_id: int, column: str, value: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, value.encode("utf-8"), self._aad(entry_id, column))
        return base64.b64encode(VERSION + nonce + ct).decode("ascii")

    def decrypt(self, entry_id: int, column: str, token: str) -> str:
        raw = base64.b64decode(token)
        if raw[:1] != VERSION:
            raise ValueError("unsupported journal ciphertext version")
        nonce, ct = raw[1:1 + NONCE_BYTES], raw[1 + NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, self._aad(entry_id, column)).decode("utf-8")


_cipher = None


def journal_cipher() -> JournalCipher:
    global _cipher
    if _cipher is None:
        _cipher = JournalCipher()
    return _cipher
