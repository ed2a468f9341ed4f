"""Encrypt tutors' private notes about class attendees (access needs, allergies)."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_VERSION = 1


@dataclass(frozen=True)
class SealedNote:
    key_version: int
    nonce: bytes
    ciphertext: bytes

    def serialise(self) -> str:
        return "v{}:{}:{}".format(
            self.key_version,
            base64.b64encode(self.nonce).decode("ascii"),
            base64.b64encode(self.ciphertext).decode("ascii"),
        )

    @classmethod
    def parse(cls, text: str) -> "SealedNote":
        version, nonce_b64, body_b64 = text.split(":")
        return cls(int(version.lstrip("v")), base64.b64decode(nonce_b64), base64.b64decode(body_b64))


class AttendeeNoteCipher:
    def __init__(self, keys: dict[int, bytes]) -> None:
        if KEY_VERSION not in keys:
            raise ValueError("current key version missing")
        self._keys = {v: AESGCM(k) for v, k in keys.items()}

    @classmethod
    def from_env(cls) -> "AttendeeNoteCipher":
        return cls({KEY_VERSION: base64.b64decode(os.environ["ATTENDEE_NOTES_KEY"])})

    @staticmethod
    def _aad(booking_id: int) -> bytes:
        return f"booking:{booking_id}".encode("ascii")

    def seal(self, booking_id: int, note: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        body = self._keys[KEY_VERSION].encrypt(nonce, note.encode("utf-8"), self._aad(booking_id))
        return SealedNote(KEY_VERSION, nonce, body).serialise()

    def open(self, booking_id: int, stored: str) -> str:
        sealed = SealedNote.parse(stored)
        aead = self._keys[sealed.key_version]
        return aead.decrypt(sealed.nonce, sealed.ciphertext, self._aad(booking_id)).decode("utf-8")

    def rotate(self, booking_id: int, stored: str) -> str:
        return self.seal(booking_id, self.open(booking_id, stored))
