"""Encrypted export of closed-sale results for the philatelic society archive."""
from __future__ import annotations

import io
import json
import os
import zlib
from dataclasses import dataclass
from typing import Iterable

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


class ArchiveExportSettings:
    aead_class = ChaCha20Poly1305
    key_env = "ARCHIVE_EXPORT_KEY"
    nonce_bytes = 12
    header = b"PHX2"


@dataclass
class SaleResult:
    sale_code: str
    lot_number: str
    description: str
    hammer_gbp: int
    unsold: bool = False


class ArchiveExporter:
    def __init__(self, settings: type[ArchiveExportSettings] = ArchiveExportSettings) -> None:
        self.settings = settings
        self._aead = settings.aead_class(bytes.fromhex(os.environ[settings.key_env]))

    @staticmethod
    def _serialise(results: Iterable[SaleResult]) -> bytes:
        buf = io.StringIO()
        for r in results:
            buf.write(json.dumps(r.__dict__, ensure_ascii=False))
            buf.write("\n")
        return zlib.compress(buf.getvalue().encode("utf-8"), level=9)

    def seal(self, sale_code: str, results: Iterable[SaleResult]) -> bytes:
        nonce = os.urandom(self.settings.nonce_bytes)
        body = self._aead.encrypt(nonce, self._serialise(results), sale_code.encode())
        return self.settings.header + nonce + body

    def open(self, sale_code: str, blob: bytes) -> list[dict]:
        if not blob.startswith(self.settings.header):
            raise ValueError("unknown archive format")
        offset = len(self.settings.header)
        nonce = blob[offset : offset + self.settings.nonce_bytes]
        body = blob[offset + self.settings.nonce_bytes :]
        data = zlib.decompress(self._aead.decrypt(nonce, body, sale_code.encode()))
        return [json.loads(line) for line in data.decode("utf-8").splitlines() if line]
