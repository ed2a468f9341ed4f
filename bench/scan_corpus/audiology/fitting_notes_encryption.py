"""Encrypts free-text audiologist notes attached to a device fitting."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class NoteCipherConfig:
    nonce_bytes = 12
    key_env = "FITTING_NOTES_KEY"
    version = b"\x01"


@dataclass
class SealedNote:
    fitting_id: int
    token: str


class NoteSealer:
    def __init__(self, config: type[NoteCipherConfig] = NoteCipherConfig) -> None:
        self.config = config
        self._aead = AESGCM(base64.b64decode(os.environ[config.key_env]))

    def _aad(self, fitting_id: int) -> bytes:
        return self.config.version + fitting_id.to_bytes(8, "big")

    def seal(self, fitting_id: int, note: str) -> SealedNote:
        nonce = os.urandom(self.config.nonce_bytes)
        ct = self._aead.encrypt(nonce, note.encode("utf-8"), self._aad(fitting_id))
        blob = self.config.version + nonce + ct
        return SealedNote(fitting_id, base64.urlsafe_b64encode(blob).decode())

    def open(self, sealed: SealedNote) -> str:
        blob = base64.urlsafe_b64decode(sealed.token)
        version, rest = blob[:1], blob[1:]
        if version != self.config.version:
            raise ValueError("unsupported note version")
        nonce, ct = rest[: self.config.nonce_bytes], rest[self.config.nonce_bytes :]
        return self._aead.decrypt(nonce, ct, self._aad(sealed.fitting_id)).decode("utf-8")


def reseal_all(sealer: NoteSealer, notes: dict[int, str]) -> list[SealedNote]:
    return [sealer.seal(fid, text) for fid, text in sorted(notes.items())]
