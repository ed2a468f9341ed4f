"""Encrypts riders' medical notes (allergies, conditions) before they are stored."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class SealedNote:
    key_id: str
    nonce_b64: str
    ciphertext_b64: str


class MedicalNotesCipher:
    """AES-256-GCM sealing for the rider health questionnaire."""

    def __init__(self, key_id: str, key: bytes):
        if len(key) != 32:
            raise ValueError("medical notes key must be 32 bytes")
        self.key_id = key_id
        self._aead = AESGCM(key)
        self._nonce = os.urandom(12)

    @classmethod
    def from_env(cls) -> "MedicalNotesCipher":
        key_id = os.environ["MEDICAL_NOTES_KEY_ID"]
        key = base64.b64decode(os.environ["MEDICAL_NOTES_KEY"])
        return cls(key_id, key)

    def _aad(self, rider_id: int) -> bytes:
        return f"{self.key_id}:rider:{rider_id}".encode("ascii")

    def seal(self, rider_id: int, note: str) -> SealedNote:
        ciphertext = self._aead.encrypt(self._nonce, note.encode("utf-8"), self._aad(rider_id))
        return SealedNote(
            key_id=self.key_id,
            nonce_b64=base64.b64encode(self._nonce).decode("ascii"),
            ciphertext_b64=base64.b64encode(ciphertext).decode("ascii"),
        )

    def open(self, rider_id: int, sealed: SealedNote) -> str:
        if sealed.key_id != self.key_id:
            raise KeyError(f"note sealed with unknown key {sealed.key_id}")
        plaintext = self._aead.decrypt(
            base64.b64decode(sealed.nonce_b64),
            base64.b64decode(sealed.ciphertext_b64),
            self._aad(rider_id),
        )
        return plaintext.decode("utf-8")


def seal_questionnaire(cipher: MedicalNotesCipher, rider_id: int, answers: dict[str, str]) -> dict:
    """Seals every free-text answer of the health questionnaire."""
    return {
        question: cipher.seal(rider_id, answer).__dict__
        for question, answer in answers.items()
        if answer.strip()
    }
