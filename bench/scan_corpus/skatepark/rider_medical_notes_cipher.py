"""Field-level encryption for riders' medical notes (allergies, conditions) shown to first aiders."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text
from sqlalchemy.engine import Engine

NONCE_BYTES = 12
KEY_VERSION = 2


@dataclass(frozen=True)
class MedicalNotesKey:
    version: int
    key: bytes

    @classmethod
    def from_env(cls) -> "MedicalNotesKey":
        return cls(version=KEY_VERSION, key=base64.b64decode(os.environ["MEDICAL_NOTES_KEY"]))


class MedicalNotesCipher:
    def __init__(self, key: MedicalNotesKey | None = None) -> None:
        self.key = key or MedicalNotesKey.from_env()
        self._aead = AESGCM(self.key.key)

    def encrypt(self, rider_id: int, notes: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        aad = f"rider:{rider_id}:v{self.key.version}".encode()
        ciphertext = self._aead.encrypt(nonce, notes.encode("utf-8"), aad)
        return f"v{self.key.version}:" + base64.b64encode(nonce + ciphertext).decode("ascii")

    def decrypt(self, rider_id: int, token: str) -> str:
        version, payload = token.split(":", 1)
        if version != f"v{self.key.version}":
            raise ValueError(f"notes encrypted with key {version}, current is v{self.key.version}")
        raw = base64.b64decode(payload)
        nonce, ciphertext = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        aad = f"rider:{rider_id}:{version}".encode()
        return self._aead.decrypt(nonce, ciphertext, aad).decode("utf-8")


class MedicalNotesRepository:
    def __init__(self, engine: Engine, cipher: MedicalNotesCipher | None = None) -> None:
        self.engine = engine
        self.cipher = cipher or MedicalNotesCipher()

    def save(self, rider_id: int, notes: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE riders SET medical_notes = :notes WHERE id = :id"),
                {"notes": self.cipher.encrypt(rider_id, notes), "id": rider_id},
            )

    def load(self, rider_id: int) -> str | None:
        with self.engine.connect() as conn:
            value = conn.execute(
                text("SELECT medical_notes FROM riders WHERE id = :id"), {"id": rider_id}
            ).scalar_one_or_none()
        return None if value is None else self.cipher.decrypt(rider_id, value)
