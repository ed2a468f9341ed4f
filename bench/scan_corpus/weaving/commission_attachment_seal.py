"""Encrypts files clients attach to commission requests (sketches, room photos)."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes


@dataclass(frozen=True)
class SealSettings:
    key_env: str = "COMMISSION_FILES_KEY"
    nonce_bytes: int = 12
    header: bytes = b"WWC1"


SETTINGS = SealSettings()


class AttachmentSealer:
    def __init__(self, key: bytes | None = None, settings: SealSettings = SETTINGS) -> None:
        self.settings = settings
        self.key = key or base64.b64decode(os.environ[settings.key_env])
        if len(self.key) != 32:
            raise ValueError("attachment key must be 32 bytes")

    def _new_nonce(self) -> bytes:
        return get_random_bytes(self.settings.nonce_bytes)

    def seal_bytes(self, data: bytes, commission_id: str) -> bytes:
        nonce = self._new_nonce()
        cipher = AES.new(self.key, AES.MODE_GCM, nonce=nonce)
        cipher.update(commission_id.encode("utf-8"))
        ciphertext, tag = cipher.encrypt_and_digest(data)
        return self.settings.header + nonce + tag + ciphertext

    def open_bytes(self, blob: bytes, commission_id: str) -> bytes:
        h = len(self.settings.header)
        n = self.settings.nonce_bytes
        if blob[:h] != self.settings.header:
            raise ValueError("not a sealed attachment")
        nonce, tag, ciphertext = blob[h : h + n], blob[h + n : h + n + 16], blob[h + n + 16 :]
        cipher = AES.new(self.key, AES.MODE_GCM, nonce=nonce)
        cipher.update(commission_id.encode("utf-8"))
        return cipher.decrypt_and_verify(ciphertext, tag)

    def seal_file(self, source: Path, dest_dir: Path, commission_id: str) -> Path:
        target = dest_dir / f"{commission_id}-{source.stem}.sealed"
        target.write_bytes(self.seal_bytes(source.read_bytes(), commission_id))
        return target

    def open_file(self, sealed: Path, commission_id: str) -> bytes:
        return self.open_bytes(sealed.read_bytes(), commission_id)
