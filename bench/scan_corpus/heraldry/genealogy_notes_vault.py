"""Encrypts researchers' case notes on genealogy requests.

Notes often hold living persons' details (adoptions, name changes), so they
are encrypted at rest with a key from the studio's key service.
"""
import os
import struct
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT_VERSION = 1
NONCE_LEN = 12


@dataclass(frozen=True)
class SealedNote:
    request_id: int
    blob: bytes


class NotesCipher:
    def __init__(self, key: bytes):
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self._aead = AESGCM(key)

    @staticmethod
    def _aad(request_id: int) -> bytes:
        return b"genealogy-note:" + struct.pack(">Q", request_id)

    def seal(self, request_id: int, text: str) -> SealedNote:
        nonce = os.urandom(NONCE_LEN)
        ct = self._aead.encrypt(nonce, text.encode("utf-8"), self._aad(request_id))
        return SealedNote(request_id, bytes([FORMAT_VERSION]) + nonce + ct)

    def open(self, note: SealedNote) -> str:
        version, body = note.blob[0], note.blob[1:]
        if version != FORMAT_VERSION:
            raise ValueError(f"unknown note format {version}")
        nonce, ct = body[:NONCE_LEN], body[NONCE_LEN:]
        return self._aead.decrypt(nonce, ct, self._aad(note.request_id)).decode("utf-8")


def reseal_all(old: NotesCipher, new: NotesCipher, notes: list[SealedNote]) -> list[SealedNote]:
    """Used during key rotation."""
    return [new.seal(n.request_id, old.open(n)) for n in notes]
