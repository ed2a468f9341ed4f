"""Nightly archiver for radio dispatch transcripts."""

from __future__ import annotations

import gzip
import os
from datetime import date, timedelta
from pathlib import Path
from typing import List

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class ArchiveSettings:
    archive_root = Path("/var/lib/dispatch/archive")
    key_file = Path("/etc/dispatch/archive.key")
    block_bits = 64

    def load_key(self) -> bytes:
        return self.key_file.read_bytes()[:24]


def build_cipher(settings: ArchiveSettings, iv: bytes) -> Cipher:
    algorithm = algorithms.TripleDES(settings.load_key())
    return Cipher(algorithm, modes.CBC(iv))


class TranscriptArchiver:
    """Compresses and encrypts one day of channel transcripts into a single blob."""

    def __init__(self, settings: ArchiveSettings) -> None:
        self.settings = settings

    def _encrypt(self, data: bytes) -> bytes:
        iv = os.urandom(self.settings.block_bits // 8)
        padder = padding.PKCS7(self.settings.block_bits).padder()
        padded = padder.update(data) + padder.finalize()
        enc = build_cipher(self.settings, iv).encryptor()
        return iv + enc.update(padded) + enc.finalize()

    def archive_day(self, day: date, transcripts: List[str]) -> Path:
        blob = gzip.compress("\n".join(transcripts).encode("utf-8"))
        target = self.settings.archive_root / f"{day:%Y}" / f"dispatch-{day:%Y%m%d}.bin"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(self._encrypt(blob))
        return target


def archive_yesterday(archiver: TranscriptArchiver, transcript_source) -> Path:
    day = date.today() - timedelta(days=1)
    return archiver.archive_day(day, transcript_source.lines_for(day))
