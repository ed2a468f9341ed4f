"""Field-level encryption for medical declarations on junior member records.

Parents declare medical conditions for junior archers on the consent
form. The declaration is encrypted with AES-GCM before it reaches the
database; the junior's member number is bound in as associated data.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from typing import Optional

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
KEY_VERSION = 2


@dataclass(frozen=True)
class EncryptionSettings:
    key: bytes
    key_version: int = KEY_VERSION

    @classmethod
    def from_env(cls) -> "EncryptionSettings":
        key = base64.b64decode(os.environ["JUNIOR_MEDICAL_KEY"])
        if len(key) not in (16, 24, 32):
            raise RuntimeError("JUNIOR_MEDICAL_KEY has the wrong length")
        return cls(key=key)


class MedicalFieldCipher:
    def __init__(self, settings: EncryptionSettings) -> None:
        self._aead = AESGCM(settings.key)
        self._version = settings.key_version

    def encrypt(self, member_no: str, text: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        ciphertext = self._aead.encrypt(nonce, text.encode("utf-8"), member_no.encode("utf-8"))
        return f"v{self._version}:" + base64.b64encode(nonce + ciphertext).decode("ascii")

    def decrypt(self, member_no: str, token: str) -> str:
        version, _, payload = token.partition(":")
        if version != f"v{self._version}":
            raise ValueError(f"Unsupported key version {version}")
        raw = base64.b64decode(payload)
        nonce, ciphertext = raw[:NONCE_BYTES], raw[NONCE_BYTES:]
        return self._aead.decrypt(nonce, ciphertext, member_no.encode("utf-8")).decode("utf-8")


class JuniorConsentRepository:
    def __init__(self, conn, cipher: MedicalFieldCipher) -> None:
        self._conn = conn
        self._cipher = cipher

    def save_declaration(self, member_no: str, guardian: str, conditions: str) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO junior_consent (member_no, guardian, conditions_enc) "
                "VALUES (?, ?, ?)",
                (member_no, guardian, self._cipher.encrypt(member_no, conditions)),
            )

    def declaration(self, member_no: str) -> Optional[str]:
        row = self._conn.execute(
            "SELECT conditions_enc FROM junior_consent WHERE member_no = ?", (member_no,)
        ).fetchone()
        return self._cipher.decrypt(member_no, row[0]) if row else None
