"""Encrypts condition photos of historic bells before they leave the restoration workshop."""
from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class SealedPhoto:
    nonce: bytes
    ciphertext: bytes

    def to_bytes(self) -> bytes:
        return self.nonce + self.ciphertext

    @classmethod
    def from_bytes(cls, blob: bytes, nonce_len: int) -> "SealedPhoto":
        return cls(nonce=blob[:nonce_len], ciphertext=blob[nonce_len:])


class PhotoSealer:
    NONCE_BYTES = 12

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, var: str = "RESTORATION_PHOTO_KEY") -> "PhotoSealer":
        return cls(base64.b64decode(os.environ[var]))

    def _fresh_nonce(self) -> bytes:
        return os.urandom(self.NONCE_BYTES)

    def seal(self, image: bytes, tower_ref: str) -> SealedPhoto:
        nonce = self._fresh_nonce()
        return SealedPhoto(nonce, self._aead.encrypt(nonce, image, tower_ref.encode("utf-8")))

    def open(self, sealed: SealedPhoto, tower_ref: str) -> bytes:
        return self._aead.decrypt(sealed.nonce, sealed.ciphertext, tower_ref.encode("utf-8"))


class PhotoArchive:
    def __init__(self, root: Path, sealer: PhotoSealer) -> None:
        self.root = root
        self.sealer = sealer

    def store(self, tower_ref: str, photo: Path) -> Path:
        sealed = self.sealer.seal(photo.read_bytes(), tower_ref)
        out = self.root / tower_ref / (photo.stem + ".enc")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(sealed.to_bytes())
        return out

    def load(self, tower_ref: str, name: str) -> bytes:
        blob = (self.root / tower_ref / f"{name}.enc").read_bytes()
        return self.sealer.open(SealedPhoto.from_bytes(blob, PhotoSealer.NONCE_BYTES), tower_ref)
