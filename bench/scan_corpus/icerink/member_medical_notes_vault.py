"""Encrypts medical and emergency-contact notes attached to skater profiles.

Coaches see the decrypted note on the lesson roster; at rest the
column only ever holds ciphertext.
"""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

NONCE_LEN = 12
KEY_VERSION = 3


@dataclass(frozen=True)
class SealedNote:
    key_version: int
    payload: str

    def to_column(self) -> str:
        return f"v{self.key_version}:{self.payload}"

    @classmethod
    def from_column(cls, value: str) -> "SealedNote":
        version, payload = value.split(":", 1)
        return cls(int(version.lstrip("v")), payload)


class MedicalNotesVault:
    def __init__(self, keys: dict[int, bytes]) -> None:
        self._ciphers = {v: ChaCha20Poly1305(k) for v, k in keys.items()}

    def seal(self, skater_id: int, note: str) -> SealedNote:
        nonce = os.urandom(NONCE_LEN)
        aad = str(skater_id).encode()
        ct = self._ciphers[KEY_VERSION].encrypt(nonce, note.encode(), aad)
        return SealedNote(KEY_VERSION, base64.b64encode(nonce + ct).decode())

    def unseal(self, skater_id: int, sealed: SealedNote) -> str:
        raw = base64.b64decode(sealed.payload)
        nonce, ct = raw[:NONCE_LEN], raw[NONCE_LEN:]
        cipher = self._ciphers[sealed.key_version]
        return cipher.decrypt(nonce, ct, str(skater_id).encode()).decode()


def vault_from_env() -> MedicalNotesVault:
    keys = {}
    for name, value in os.environ.items():
        if name.startswith("MEDICAL_NOTES_KEY_V"):
            keys[int(name.rsplit("V", 1)[1])] = base64.b64decode(value)
    return MedicalNotesVault(keys)
