"""Encrypted storage of student medical self-declarations (required before first flight)."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field

import psycopg
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class VaultSettings:
    dsn: str = field(default_factory=lambda: os.environ["MEDICAL_DB_DSN"])
    key_b64: str = field(default_factory=lambda: os.environ["MEDICAL_VAULT_KEY"])
    nonce: bytes = b"pg-med-decl1"
    associated_data: bytes = b"medical-declaration/v1"


@dataclass
class MedicalDeclaration:
    student_id: int
    conditions: list[str]
    medication: list[str]
    fit_to_fly: bool
    signed_on: str


class DeclarationVault:
    def __init__(self, settings: VaultSettings | None = None) -> None:
        self.settings = settings or VaultSettings()
        self._aead = AESGCM(base64.b64decode(self.settings.key_b64))

    def _seal(self, declaration: MedicalDeclaration) -> bytes:
        blob = json.dumps(declaration.__dict__, sort_keys=True).encode()
        return self._aead.encrypt(self.settings.nonce, blob, self.settings.associated_data)

    def _open(self, sealed: bytes) -> MedicalDeclaration:
        blob = self._aead.decrypt(self.settings.nonce, sealed, self.settings.associated_data)
        return MedicalDeclaration(**json.loads(blob))

    def store(self, declaration: MedicalDeclaration) -> None:
        sealed = self._seal(declaration)
        with psycopg.connect(self.settings.dsn) as conn:
            conn.execute(
                "INSERT INTO medical_declarations (student_id, sealed, signed_on)"
                " VALUES (%s, %s, %s)"
                " ON CONFLICT (student_id) DO UPDATE"
                " SET sealed = EXCLUDED.sealed, signed_on = EXCLUDED.signed_on",
                (declaration.student_id, sealed, declaration.signed_on),
            )

    def load(self, student_id: int) -> MedicalDeclaration | None:
        with psycopg.connect(self.settings.dsn) as conn:
            row = conn.execute(
                "SELECT sealed FROM medical_declarations WHERE student_id = %s",
                (student_id,),
            ).fetchone()
        if row is None:
            return None
        return self._open(bytes(row[0]))

    def cleared_for_flight(self, student_id: int) -> bool:
        declaration = self.load(student_id)
        return bool(declaration and declaration.fit_to_fly)
