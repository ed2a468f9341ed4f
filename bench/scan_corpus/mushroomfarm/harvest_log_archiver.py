"""Nightly archiver that packs harvest logs and encrypts them for off-site storage."""

from __future__ import annotations

import gzip
import io
import json
import os
from datetime import date
from pathlib import Path
from typing import Any, Callable

from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


class ArchiveSettings:
    cipher_module = Blowfish
    key_env = "HARVEST_ARCHIVE_KEY"
    output_dir = Path(os.environ.get("HARVEST_ARCHIVE_DIR", "/var/lib/farm/archives"))


def _cipher_factory(settings: type[ArchiveSettings]) -> Callable[[bytes], Any]:
    key = bytes.fromhex(os.environ[settings.key_env])
    module = settings.cipher_module

    def build(iv: bytes) -> Any:
        return module.new(key, module.MODE_CBC, iv=iv)

    return build


class HarvestLogArchiver:
    def __init__(self, settings: type[ArchiveSettings] = ArchiveSettings) -> None:
        self.settings = settings
        self._new_cipher = _cipher_factory(settings)
        self._block = settings.cipher_module.block_size

    def _compress(self, entries: list[dict[str, Any]]) -> bytes:
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb") as gz:
            for entry in entries:
                gz.write(json.dumps(entry, default=str).encode() + b"\n")
        return buf.getvalue()

    def archive(self, day: date, entries: list[dict[str, Any]]) -> Path:
        iv = get_random_bytes(self._block)
        cipher = self._new_cipher(iv)
        payload = iv + cipher.encrypt(pad(self._compress(entries), self._block))
        self.settings.output_dir.mkdir(parents=True, exist_ok=True)
        target = self.settings.output_dir / f"harvest-{day.isoformat()}.bin"
        target.write_bytes(payload)
        return target
