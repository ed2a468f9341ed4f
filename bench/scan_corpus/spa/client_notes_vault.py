"""Encrypted therapist notes attached to client treatment records.

Notes can mention contraindications and reactions to products, so they are
encrypted at rest with a key held in the site secrets manager.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


@dataclass
class TreatmentNote:
    client_id: int
    therapist_id: int
    written_at: datetime
    body: str


class NotesVault:
    """Wraps MultiFernet so old keys still decrypt while new notes use the first key."""

    key_env = "CLIENT_NOTES_KEYS"

    def __init__(self) -> None:
        keys = [k.strip() for k in os.environ[self.key_env].split(",") if k.strip()]
        if not keys:
            raise RuntimeError("no client notes keys configured")
        self._fernet = MultiFernet([Fernet(k) for k in keys])

    def seal(self, note: TreatmentNote) -> bytes:
        return self._fernet.encrypt(note.body.encode("utf-8"))

    def open(self, token: bytes, max_age_days: int | None = None) -> str:
        ttl = max_age_days * 86400 if max_age_days else None
        try:
            return self._fernet.decrypt(token, ttl=ttl).decode("utf-8")
        except InvalidToken as exc:
            raise PermissionError("note cannot be decrypted with current keys") from exc

    def rotate(self, token: bytes) -> bytes:
        return self._fernet.rotate(token)


def new_note(client_id: int, therapist_id: int, body: str) -> TreatmentNote:
    return TreatmentNote(
        client_id=client_id,
        therapist_id=therapist_id,
        written_at=datetime.now(timezone.utc),
        body=body.strip(),
    )
