"""Field encryption for private notes that fundraisers keep about major donors."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class NoteCipherSettings:
    key_env: str = "DONOR_NOTES_KEY"
    nonce_len: int = 12
    version: bytes = b"\x01"


class DonorNoteCipher:
    def __init__(self, settings: NoteCipherSettings = NoteCipherSettings()) -> None:
        self.settings = settings
        self._aead = AESGCM(base64.b64decode(os.environ[settings.key_env]))

    @staticmethod
    def _aad(donor_id: int) -> bytes:
        return f"donor:{donor_id}".encode()

    def _fresh_nonce(self) -> bytes:
        return os.urandom(self.settings.nonce_len)

    def encrypt(self, donor_id: int, note: str) -> str:
        nonce = self._fresh_nonce()
        sealed = self._aead.encrypt(nonce, note.encode("utf-8"), self._aad(donor_id))
        return base64.b64encode(self.settings.version + nonce + sealed).decode()

    def decrypt(self, donor_id: int, token: str) -> str:
        raw = base64.b64decode(token)
        version, rest = raw[:1], raw[1:]
        if version != self.settings.version:
            raise ValueError("Unsupported note format")
        nonce, sealed = rest[: self.settings.nonce_len], rest[self.settings.nonce_len :]
        return self._aead.decrypt(nonce, sealed, self._aad(donor_id)).decode("utf-8")


class DonorNoteRepository:
    def __init__(self, cipher: DonorNoteCipher) -> None:
        self._cipher = cipher
        self._rows: dict[int, list[str]] = {}

    def add(self, donor_id: int, note: str) -> None:
        self._rows.setdefault(donor_id, []).append(self._cipher.encrypt(donor_id, note))

    def read_all(self, donor_id: int) -> list[str]:
        return [self._cipher.decrypt(donor_id, t) for t in self._rows.get(donor_id, [])]
