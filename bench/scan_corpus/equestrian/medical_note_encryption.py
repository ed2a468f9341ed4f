"""Encrypts rider medical notes kept for riding-school safety records.

Riders may disclose conditions (epilepsy, diabetes, allergies) that
instructors need in an emergency; notes are encrypted field by field.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
VERSION = b"\x01"


@dataclass(frozen=True)
class NoteKey:
    key_id: str
    material: bytes

    @classmethod
    def from_env(cls, var: str = "RIDER_NOTES_KEY") -> "NoteKey":
        key_id, _, b64 = os.environ[var].partition(":")
        return cls(key_id, base64.b64decode(b64))


class MedicalNoteCipher:
    def __init__(self, key: NoteKey) -> None:
        self._key = key
        self._aead = AESGCM(key.material)

    def _aad(self, rider_id: int) -> bytes:
        return f"rider:{rider_id}:key:{self._key.key_id}".encode()

    def encrypt(self, rider_id: int, note: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ciphertext = self._aead.encrypt(nonce, note.encode("utf-8"), self._aad(rider_id))
        return base64.b64encode(VERSION + nonce + ciphertext).decode("ascii")

    def decrypt(self, rider_id: int, token: str) -> str:
        blob = base64.b64decode(token)
        if blob[:1] != VERSION:
            raise ValueError("unknown note format")
        nonce, ciphertext = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        return self._aead.decrypt(nonce, ciphertext, self._aad(rider_id)).decode("utf-8")


def encrypt_profile(cipher: MedicalNoteCipher, rider_id: int, profile: dict) -> dict:
    out = dict(profile)
    for field_name in ("conditions", "medication", "emergency_notes"):
        if out.get(field_name):
            out[field_name] = cipher.encrypt(rider_id, out[field_name])
    return out
