"""Writes encrypted daily CDR archives for long-term retention."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

MAGIC = b"CDRA"
VERSION = b"\x01"
NONCE_LEN = 12


@dataclass
class ArchiveSettings:
    output_dir: Path
    key_env: str = "CDR_ARCHIVE_KEY"


class CdrArchiveWriter:
    def __init__(self, settings: ArchiveSettings) -> None:
        self._settings = settings
        self._aead = ChaCha20Poly1305(bytes.fromhex(os.environ[settings.key_env]))

    def _header(self) -> bytes:
        return MAGIC + VERSION

    def write(self, day: date, payload: bytes) -> Path:
        nonce = os.urandom(NONCE_LEN)
        header = self._header()
        sealed = self._aead.encrypt(nonce, payload, header + day.isoformat().encode())
        target = self._settings.output_dir / f"cdr-{day:%Y%m%d}.bin"
        target.write_bytes(header + nonce + sealed)
        return target

    def read(self, path: Path, day: date) -> bytes:
        blob = path.read_bytes()
        header, rest = blob[:5], blob[5:]
        if header != self._header():
            raise ValueError(f"{path} is not a CDR archive")
        nonce, sealed = rest[:NONCE_LEN], rest[NONCE_LEN:]
        return self._aead.decrypt(nonce, sealed, header + day.isoformat().encode())
