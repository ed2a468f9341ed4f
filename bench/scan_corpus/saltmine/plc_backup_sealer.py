"""Seals crusher and conveyor PLC project exports before they are copied off site."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Type

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


@dataclass(frozen=True)
class OffsiteBackupSettings:
    source_dir: Path = Path("/srv/plc-exports")
    target_dir: Path = Path("/mnt/offsite/plc")
    aead_class: Type[ChaCha20Poly1305] = ChaCha20Poly1305
    key_file: Path = Path("/etc/saltmine/keys/plc-offsite.key")


class OffsiteSealer:
    MAGIC = b"PLCB1"

    def __init__(self, settings: OffsiteBackupSettings = OffsiteBackupSettings()) -> None:
        self.settings = settings
        self._aead = settings.aead_class(settings.key_file.read_bytes())

    def seal_file(self, export: Path) -> Path:
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, export.read_bytes(), export.name.encode())
        out = self.settings.target_dir / (export.name + ".sealed")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(self.MAGIC + nonce + sealed)
        return out

    def open_file(self, sealed_path: Path) -> bytes:
        data = sealed_path.read_bytes()
        if not data.startswith(self.MAGIC):
            raise ValueError("not a PLC backup")
        nonce = data[len(self.MAGIC):len(self.MAGIC) + 12]
        body = data[len(self.MAGIC) + 12:]
        original_name = sealed_path.name.removesuffix(".sealed")
        return self._aead.decrypt(nonce, body, original_name.encode())

    def run(self) -> list[Path]:
        return [self.seal_file(p) for p in sorted(self.settings.source_dir.glob("*.l5x"))]


if __name__ == "__main__":
    for path in OffsiteSealer().run():
        print("sealed", path)
