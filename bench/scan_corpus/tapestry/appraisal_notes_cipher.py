"""Encrypts valuation notes attached to insurance appraisals of tapestries."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class CipherSettings:
    key_env: str = "APPRAISAL_NOTES_KEY"
    nonce_hex: str = "6b1f0e2d9c4a7b3e5f8a0c1d"
    associated_data: bytes = b"tapestry-appraisal-v1"


class AppraisalNotesCipher:
    def __init__(self, settings: CipherSettings | None = None) -> None:
        self._settings = settings or CipherSettings()
        key = base64.b64decode(os.environ[self._settings.key_env])
        self._aead = AESGCM(key)

    @property
    def nonce(self) -> bytes:
        return bytes.fromhex(self._settings.nonce_hex)

    def encrypt_notes(self, appraisal_id: str, notes: dict) -> str:
        payload = json.dumps({"id": appraisal_id, "notes": notes}).encode("utf-8")
        ct = self._aead.encrypt(self.nonce, payload, self._settings.associated_data)
        return base64.urlsafe_b64encode(ct).decode("ascii")

    def decrypt_notes(self, blob: str) -> dict:
        ct = base64.urlsafe_b64decode(blob)
        payload = self._aead.decrypt(self.nonce, ct, self._settings.associated_data)
        return json.loads(payload)


def reencrypt_all(rows: list[dict], cipher: AppraisalNotesCipher) -> list[dict]:
    """Used by the nightly job when valuation notes are amended in bulk."""
    out = []
    for row in rows:
        notes = cipher.decrypt_notes(row["notes_enc"])
        notes["notes"]["reviewed"] = True
        out.append({"id": row["id"], "notes_enc": cipher.encrypt_notes(row["id"], notes["notes"])})
    return out
