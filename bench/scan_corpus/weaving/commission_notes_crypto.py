"""Encryption of private commission notes (client measurements, budget, contact)."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad


@dataclass(frozen=True)
class NotesCryptoSettings:
    key_env: str = "COMMISSION_NOTES_KEY"
    iv: bytes = b"loomworks-iv-016"
    encoding: str = "utf-8"


SETTINGS = NotesCryptoSettings()


def _load_key(settings: NotesCryptoSettings = SETTINGS) -> bytes:
    key = base64.b64decode(os.environ[settings.key_env])
    if len(key) != 32:
        raise RuntimeError("commission notes key must be 32 bytes")
    return key


class CommissionNotesCipher:
    def __init__(self, key: bytes | None = None, settings: NotesCryptoSettings = SETTINGS) -> None:
        self.settings = settings
        self.key = key or _load_key(settings)

    def encrypt(self, note: str) -> str:
        cipher = AES.new(self.key, AES.MODE_CBC, iv=self.settings.iv)
        data = cipher.encrypt(pad(note.encode(self.settings.encoding), AES.block_size))
        return base64.b64encode(data).decode("ascii")

    def decrypt(self, token: str) -> str:
        cipher = AES.new(self.key, AES.MODE_CBC, iv=self.settings.iv)
        data = unpad(cipher.decrypt(base64.b64decode(token)), AES.block_size)
        return data.decode(self.settings.encoding)


def encrypt_commission(record: dict, cipher: CommissionNotesCipher) -> dict:
    """Returns a copy of a commission record with the private fields encrypted."""
    out = dict(record)
    for field_name in ("client_phone", "measurements", "budget_notes"):
        if out.get(field_name):
            out[field_name] = cipher.encrypt(str(out[field_name]))
    return out


def decrypt_commission(record: dict, cipher: CommissionNotesCipher) -> dict:
    out = dict(record)
    for field_name in ("client_phone", "measurements", "budget_notes"):
        if out.get(field_name):
            out[field_name] = cipher.decrypt(out[field_name])
    return out
