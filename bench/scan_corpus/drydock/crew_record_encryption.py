"""Field-level encryption for welder personal data held with certification records."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class WelderRecord:
    welder_id: str
    full_name: str
    passport_no: str
    certificate_no: str
    process: str


class FieldCipher:
    nonce_len = 12

    def __init__(self, key: bytes, context: str) -> None:
        self._aead = AESGCM(key)
        self._aad = context.encode()

    @classmethod
    def from_env(cls, context: str) -> "FieldCipher":
        return cls(base64.b64decode(os.environ["CREW_FIELD_KEY"]), context)

    def _fresh_nonce(self) -> bytes:
        return os.urandom(self.nonce_len)

    def encrypt(self, value: str) -> str:
        nonce = self._fresh_nonce()
        sealed = self._aead.encrypt(nonce, value.encode(), self._aad)
        return base64.b64encode(nonce + sealed).decode()

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        nonce, sealed = raw[: self.nonce_len], raw[self.nonce_len:]
        return self._aead.decrypt(nonce, sealed, self._aad).decode()


class WelderRecordCodec:
    protected = ("full_name", "passport_no")

    def __init__(self, cipher: FieldCipher) -> None:
        self._cipher = cipher

    def seal(self, rec: WelderRecord) -> WelderRecord:
        return replace(rec, **{f: self._cipher.encrypt(getattr(rec, f)) for f in self.protected})

    def open(self, rec: WelderRecord) -> WelderRecord:
        return replace(rec, **{f: self._cipher.decrypt(getattr(rec, f)) for f in self.protected})
