"""Encrypts scanned insurance schedules and claim forms before archiving.

Archive record layout: version byte || 12-byte nonce || ChaCha20-Poly1305 output.
"""
from __future__ import annotations

import os
import re
import struct
from pathlib import Path
from typing import Iterator

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

FORMAT_VERSION = 1
NONCE_LEN = 12
POLICY_NUMBER = re.compile(r"^[A-Z]{2,4}-\d{6,10}$")
ARCHIVE_ROOT = Path(os.environ.get("INSURANCE_ARCHIVE", "/srv/furrier/insurance-archive"))


class ScanArchive:
    def __init__(self, key: bytes, root: Path = ARCHIVE_ROOT):
        if len(key) != 32:
            raise ValueError("archive key must be 32 bytes")
        self._aead = ChaCha20Poly1305(key)
        self.root = root

    @classmethod
    def from_key_file(cls, path: str = "/run/secrets/insurance_archive_key") -> "ScanArchive":
        return cls(Path(path).read_bytes()[:32])

    def _aad(self, policy_number: str) -> bytes:
        return struct.pack(">B", FORMAT_VERSION) + policy_number.encode("ascii")

    def encrypt(self, policy_number: str, document: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        sealed = self._aead.encrypt(nonce, document, self._aad(policy_number))
        return bytes([FORMAT_VERSION]) + nonce + sealed

    def decrypt(self, policy_number: str, record: bytes) -> bytes:
        version, nonce, sealed = record[0], record[1:1 + NONCE_LEN], record[1 + NONCE_LEN:]
        if version != FORMAT_VERSION:
            raise ValueError(f"unsupported archive format {version}")
        return self._aead.decrypt(nonce, sealed, self._aad(policy_number))

    def archive(self, policy_number: str, scans: Iterator[bytes]) -> list[Path]:
        if not POLICY_NUMBER.fullmatch(policy_number):
            raise ValueError(f"unexpected policy number format: {policy_number!r}")
        folder = self.root / policy_number
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for index, scan in enumerate(scans, start=1):
            path = folder / f"page-{index:03d}.enc"
            path.write_bytes(self.encrypt(policy_number, scan))
            written.append(path)
        return written
