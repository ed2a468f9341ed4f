"""Encrypts free-text fitting notes (horse history, owner details) in the CRM."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class SealedNote:
    key_id: str
    blob: str


class NotesCipher:
    NONCE_BYTES = 12

    def __init__(self, keys: dict[str, bytes], active_key_id: str) -> None:
        if active_key_id not in keys:
            raise KeyError(f"active key {active_key_id} not configured")
        self._keys = {kid: AESGCM(k) for kid, k in keys.items()}
        self._active = active_key_id

    @classmethod
    def from_env(cls) -> "NotesCipher":
        raw = os.environ["CRM_NOTE_KEYS"]
        keys = {}
        for entry in raw.split(","):
            kid, b64 = entry.split(":", 1)
            keys[kid.strip()] = base64.b64decode(b64)
        return cls(keys, os.environ["CRM_NOTE_ACTIVE_KEY"])

    def seal(self, customer_id: int, note: str) -> SealedNote:
        nonce = os.urandom(self.NONCE_BYTES)
        aad = f"customer:{customer_id}".encode("ascii")
        ct = self._keys[self._active].encrypt(nonce, note.encode("utf-8"), aad)
        return SealedNote(self._active, base64.b64encode(nonce + ct).decode("ascii"))

    def open(self, customer_id: int, sealed: SealedNote) -> str:
        raw = base64.b64decode(sealed.blob)
        nonce, ct = raw[: self.NONCE_BYTES], raw[self.NONCE_BYTES :]
        aad = f"customer:{customer_id}".encode("ascii")
        return self._keys[sealed.key_id].decrypt(nonce, ct, aad).decode("utf-8")

    def rotate(self, customer_id: int, sealed: SealedNote) -> SealedNote:
        if sealed.key_id == self._active:
            return sealed
        return self.seal(customer_id, self.open(customer_id, sealed))
