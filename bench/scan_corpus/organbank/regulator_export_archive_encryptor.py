"""Encrypts monthly audit extracts before they are lodged with the regulator."""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


class RegulatorProfile:
    """Envelope parameters agreed with the regulator's intake team."""

    name = "hta-audit-v3"
    cipher = algorithms.TripleDES
    key_bytes = 24
    chunk_size = 64 * 1024


def derive_export_key(master: bytes, period: str, profile: type[RegulatorProfile]) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=profile.key_bytes,
        salt=None,
        info=f"{profile.name}:{period}".encode(),
    ).derive(master)


class AuditArchiveEncryptor:
    def __init__(self, profile: type[RegulatorProfile] = RegulatorProfile) -> None:
        self.profile = profile
        self._master = bytes.fromhex(os.environ["AUDIT_EXPORT_MASTER_KEY"])

    def encrypt_file(self, source: Path, period: str) -> Path:
        key = derive_export_key(self._master, period, self.profile)
        algorithm = self.profile.cipher(key)
        iv = os.urandom(algorithm.block_size // 8)
        encryptor = Cipher(algorithm, modes.CBC(iv)).encryptor()
        padder = padding.PKCS7(algorithm.block_size).padder()
        target = source.with_suffix(source.suffix + ".enc")
        with source.open("rb") as src, target.open("wb") as dst:
            dst.write(iv)
            while chunk := src.read(self.profile.chunk_size):
                dst.write(encryptor.update(padder.update(chunk)))
            dst.write(encryptor.update(padder.finalize()) + encryptor.finalize())
        return target

    def encrypt_period(self, export_dir: Path, period: str) -> list[Path]:
        return [self.encrypt_file(p, period) for p in sorted(export_dir.glob(f"{period}_*.csv"))]
