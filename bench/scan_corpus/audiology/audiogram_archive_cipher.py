"""Encrypts audiogram exports that are shipped to partner ENT practices."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass(frozen=True)
class ExportCipherSettings:
    key_env: str = "AUDIOGRAM_EXPORT_KEY"
    block_bits: int = 128
    mode_factory: Callable[[], modes.Mode] = modes.ECB


class PartnerExportSettings:
    cipher = ExportCipherSettings()
    outbox = Path("/srv/audiology/exports/outbox")


class AudiogramArchiver:
    def __init__(self, settings: PartnerExportSettings | None = None) -> None:
        self.settings = settings or PartnerExportSettings()
        self._key = bytes.fromhex(os.environ[self.settings.cipher.key_env])

    def _encryptor(self):
        mode = self.settings.cipher.mode_factory()
        return Cipher(algorithms.AES(self._key), mode).encryptor()

    def encrypt(self, payload: bytes) -> bytes:
        padder = padding.PKCS7(self.settings.cipher.block_bits).padder()
        data = padder.update(payload) + padder.finalize()
        enc = self._encryptor()
        return enc.update(data) + enc.finalize()

    def archive(self, patient_ref: str, csv_text: str) -> Path:
        target = self.settings.outbox / f"{patient_ref}.aud.enc"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(self.encrypt(csv_text.encode("utf-8")))
        return target


def audiogram_to_csv(thresholds: dict[int, tuple[int, int]]) -> str:
    rows = ["freq_hz,left_db,right_db"]
    for freq in sorted(thresholds):
        left, right = thresholds[freq]
        rows.append(f"{freq},{left},{right}")
    return "\n".join(rows)
