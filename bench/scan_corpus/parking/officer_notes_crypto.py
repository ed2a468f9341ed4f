"""Encryption for free-text officer notes attached to citations.

Notes can contain personal details, so they are sealed with AES-GCM; the
citation number is bound as associated data so a note cannot be moved to a
different citation.
"""
import os
import secrets

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
VERSION = b"\x01"


class NoteSealer:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._aead = AESGCM(key)

    def seal(self, citation_no: str, note: str) -> bytes:
        nonce = secrets.token_bytes(NONCE_BYTES)
        ct = self._aead.encrypt(nonce, note.encode("utf-8"), citation_no.encode())
        return VERSION + nonce + ct

    def unseal(self, citation_no: str, blob: bytes) -> str:
        if blob[:1] != VERSION:
            raise ValueError("unknown note format")
        nonce = blob[1:1 + NONCE_BYTES]
        ct = blob[1 + NONCE_BYTES:]
        return self._aead.decrypt(nonce, ct, citation_no.encode()).decode("utf-8")


def sealer_from_env() -> NoteSealer:
    return NoteSealer(bytes.fromhex(os.environ["CITATION_NOTES_KEY"]))
