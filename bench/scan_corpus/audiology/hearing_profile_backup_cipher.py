"""Encrypts nightly backups of patient hearing profiles before upload to cold storage."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

MODE_CHOICES: dict[str, tuple[Callable[[bytes], modes.Mode], int]] = {
    "gcm": (modes.GCM, 12),
    "ctr": (modes.CTR, 16),
}


@dataclass(frozen=True)
class BackupCipherSettings:
    key_env: str = "PROFILE_BACKUP_KEY"
    mode_name: str = "gcm"


class BackupEncryptor:
    def __init__(self, settings: BackupCipherSettings | None = None) -> None:
        self.settings = settings or BackupCipherSettings()
        if self.settings.mode_name not in MODE_CHOICES:
            raise ValueError(f"unknown cipher mode {self.settings.mode_name}")
        self._key = bytes.fromhex(os.environ[self.settings.key_env])

    def encrypt_file(self, source: Path, target: Path) -> Path:
        factory, iv_len = MODE_CHOICES[self.settings.mode_name]
        iv = os.urandom(iv_len)
        mode = factory(iv)
        encryptor = Cipher(algorithms.AES(self._key), mode).encryptor()
        with source.open("rb") as src, target.open("wb") as dst:
            dst.write(iv)
            for chunk in iter(lambda: src.read(1 << 20), b""):
                dst.write(encryptor.update(chunk))
            dst.write(encryptor.finalize())
            tag = getattr(encryptor, "tag", b"")
            dst.write(tag)
        return target


def backup_directory(folder: Path, out_dir: Path, encryptor: BackupEncryptor) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [
        encryptor.encrypt_file(p, out_dir / f"{p.name}.enc")
        for p in sorted(folder.glob("*.json"))
    ]
