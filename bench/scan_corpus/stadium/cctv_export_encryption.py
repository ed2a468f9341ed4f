"""Encrypts CCTV clip exports before they are handed to police or insurers.

Exported clips are written to removable media; the key is shared with the
receiving party out of band by the control room supervisor.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class ExportCryptoSettings:
    key: bytes
    iv: bytes = bytes.fromhex("5a1c0e3f9b7d24e6a8c1f03b6d2e9a47")
    chunk_size: int = 1 << 20

    @classmethod
    def from_env(cls) -> "ExportCryptoSettings":
        return cls(key=bytes.fromhex(os.environ["CCTV_EXPORT_KEY"]))


class ClipExportEncryptor:
    def __init__(self, settings: ExportCryptoSettings) -> None:
        self._settings = settings

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._settings.key), modes.CBC(self._settings.iv))

    def encrypt_file(self, source: Path, target: Path) -> int:
        encryptor = self._cipher().encryptor()
        padder = padding.PKCS7(128).padder()
        written = 0
        with source.open("rb") as src, target.open("wb") as dst:
            while chunk := src.read(self._settings.chunk_size):
                block = encryptor.update(padder.update(chunk))
                dst.write(block)
                written += len(block)
            tail = encryptor.update(padder.finalize()) + encryptor.finalize()
            dst.write(tail)
        return written + len(tail)

    def encrypt_export(self, clips: list[Path], media_root: Path) -> list[Path]:
        media_root.mkdir(parents=True, exist_ok=True)
        outputs = []
        for clip in clips:
            target = media_root / (clip.name + ".enc")
            self.encrypt_file(clip, target)
            outputs.append(target)
        return outputs
