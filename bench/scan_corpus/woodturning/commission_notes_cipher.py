"""Field-level encryption for tutor notes attached to commissions.

Notes can contain client phone numbers and delivery instructions, so they are
sealed with AES-GCM before being written to Postgres.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass, field

import psycopg
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


@dataclass(frozen=True)
class NotesCipherSettings:
    key: bytes = field(
        default_factory=lambda: base64.b64decode(os.environ["COMMISSION_NOTES_KEY"])
    )
    key_version: int = field(
        default_factory=lambda: int(os.environ.get("COMMISSION_NOTES_KEY_VERSION", "1"))
    )


class NotesCipher:
    def __init__(self, settings: NotesCipherSettings | None = None) -> None:
        self.settings = settings or NotesCipherSettings()
        self._aead = AESGCM(self.settings.key)

    def seal(self, commission_id: int, plaintext: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        aad = f"commission:{commission_id}:v{self.settings.key_version}".encode()
        ct = self._aead.encrypt(nonce, plaintext.encode("utf-8"), aad)
        return base64.b64encode(nonce + ct).decode("ascii")

    def open(self, commission_id: int, sealed: str) -> str:
        blob = base64.b64decode(sealed)
        nonce, ct = blob[:NONCE_BYTES], blob[NONCE_BYTES:]
        aad = f"commission:{commission_id}:v{self.settings.key_version}".encode()
        return self._aead.decrypt(nonce, ct, aad).decode("utf-8")


class CommissionNotes:
    def __init__(self, dsn: str, cipher: NotesCipher | None = None) -> None:
        self.dsn = dsn
        self.cipher = cipher or NotesCipher()

    def add(self, commission_id: int, author_id: int, text: str) -> None:
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "INSERT INTO commission_notes (commission_id, author_id, body_enc) VALUES (%s, %s, %s)",
                (commission_id, author_id, self.cipher.seal(commission_id, text)),
            )

    def list(self, commission_id: int) -> list[dict]:
        with psycopg.connect(self.dsn) as conn:
            rows = conn.execute(
                "SELECT author_id, body_enc, created_at FROM commission_notes "
                "WHERE commission_id = %s ORDER BY created_at",
                (commission_id,),
            ).fetchall()
        return [
            {"author": a, "text": self.cipher.open(commission_id, body), "at": at.isoformat()}
            for a, body, at in rows
        ]
