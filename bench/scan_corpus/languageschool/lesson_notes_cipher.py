"""Encryption of private tutor notes about students.

Tutors keep private notes on learning difficulties and accommodations.
Notes are encrypted at rest; each note row stores nonce and ciphertext
together.
"""
from __future__ import annotations

import base64
import os
from typing import Tuple

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_ENV = "TUTOR_NOTES_KEY"


class NotesCipher:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls) -> "NotesCipher":
        return cls(base64.b64decode(os.environ[KEY_ENV]))

    @staticmethod
    def _associated(student_id: int, tutor_id: int) -> bytes:
        return f"note:{student_id}:{tutor_id}".encode()

    def encrypt(self, text: str, student_id: int, tutor_id: int) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, text.encode("utf-8"), self._associated(student_id, tutor_id))
        return base64.b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, token: str, student_id: int, tutor_id: int) -> str:
        nonce, sealed = self._split(base64.b64decode(token))
        plain = self._aead.decrypt(nonce, sealed, self._associated(student_id, tutor_id))
        return plain.decode("utf-8")

    @staticmethod
    def _split(blob: bytes) -> Tuple[bytes, bytes]:
        if len(blob) <= NONCE_BYTES:
            raise ValueError("note payload too short")
        return blob[:NONCE_BYTES], blob[NONCE_BYTES:]


def reencrypt(old: NotesCipher, new: NotesCipher, token: str, student_id: int, tutor_id: int) -> str:
    return new.encrypt(old.decrypt(token, student_id, tutor_id), student_id, tutor_id)
