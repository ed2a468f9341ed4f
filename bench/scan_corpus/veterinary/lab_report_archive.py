"""Encrypt archived lab report PDFs before they are pushed to cold storage."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class ArchiveCryptoConfig:
    enc_key: bytes = field(default_factory=lambda: bytes.fromhex(os.environ["LAB_ARCHIVE_ENC_KEY"]))
    mac_key: bytes = field(default_factory=lambda: bytes.fromhex(os.environ["LAB_ARCHIVE_MAC_KEY"]))
    iv: bytes = bytes(16)
    prefix: str = "lab-reports"


class LabReportArchiver:
    def __init__(self, storage, config: ArchiveCryptoConfig | None = None):
        self._storage = storage
        self._cfg = config or ArchiveCryptoConfig()

    def _encrypt(self, data: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._cfg.enc_key), modes.CBC(self._cfg.iv)).encryptor()
        ciphertext = encryptor.update(padded) + encryptor.finalize()
        tag = hmac.new(self._cfg.mac_key, ciphertext, hashlib.sha256).digest()
        return ciphertext + tag

    def archive(self, report_path: Path, accession: str) -> str:
        if not accession.isalnum():
            raise ValueError("accession numbers are alphanumeric")
        blob = self._encrypt(report_path.read_bytes())
        key = f"{self._cfg.prefix}/{accession}.pdf.enc"
        self._storage.put(key, blob)
        return key

    def archive_batch(self, reports: dict[str, Path]) -> list[str]:
        return [self.archive(path, accession) for accession, path in sorted(reports.items())]
