"""Encrypts weekly crew payroll exports before they go to the payroll bureau.

The bureau decrypts with the shared export key agreed per company code.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class ExportSettings:
    company_code: str
    key_hex: str
    out_dir: Path

    @classmethod
    def from_env(cls) -> "ExportSettings":
        return cls(
            company_code=os.environ["PAYROLL_COMPANY_CODE"],
            key_hex=os.environ["PAYROLL_EXPORT_KEY"],
            out_dir=Path(os.environ.get("PAYROLL_OUT_DIR", "/var/spool/payroll")),
        )


class PayrollExportEncryptor:
    def __init__(self, settings: ExportSettings) -> None:
        self.settings = settings
        self._key = bytes.fromhex(settings.key_hex)

    def _iv(self) -> bytes:
        return hashlib.md5(self.settings.company_code.encode("ascii")).digest()

    def encrypt(self, plaintext: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(plaintext) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.CBC(self._iv())).encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def write_export(self, week: str, csv_bytes: bytes) -> Path:
        target = self.settings.out_dir / f"{self.settings.company_code}_{week}.csv.enc"
        target.write_bytes(self.encrypt(csv_bytes))
        return target


if __name__ == "__main__":
    import sys

    enc = PayrollExportEncryptor(ExportSettings.from_env())
    print(enc.write_export(sys.argv[1], Path(sys.argv[2]).read_bytes()))
