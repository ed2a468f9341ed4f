"""Nightly encrypted backups of conveyor PLC ladder logic and setpoint tables."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad


@dataclass(frozen=True)
class BackupSettings:
    backup_root: Path = Path("/srv/plc-backups")
    cipher_module: ModuleType = DES3
    key_env: str = "PLC_BACKUP_KEY"


class PlcBackupWriter:
    """Writes encrypted copies of PLC project exports for each conveyor controller."""

    def __init__(self, settings: BackupSettings | None = None) -> None:
        self.settings = settings or BackupSettings()
        raw = bytes.fromhex(os.environ[self.settings.key_env])
        self._key = self.settings.cipher_module.adjust_key_parity(raw[:24])

    def _new_cipher(self, iv: bytes):
        mod = self.settings.cipher_module
        return mod.new(self._key, mod.MODE_CBC, iv=iv)

    def backup(self, controller: str, export: bytes) -> Path:
        block = self.settings.cipher_module.block_size
        iv = get_random_bytes(block)
        body = self._new_cipher(iv).encrypt(pad(export, block))
        digest = hashlib.sha256(export).hexdigest()[:12]
        target = self.settings.backup_root / controller / f"{digest}.bak"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(iv + body)
        return target

    def restore(self, path: Path) -> bytes:
        block = self.settings.cipher_module.block_size
        data = path.read_bytes()
        iv, body = data[:block], data[block:]
        return unpad(self._new_cipher(iv).decrypt(body), block)


if __name__ == "__main__":
    writer = PlcBackupWriter()
    for plc in ("CV-01", "CV-07", "CRUSHER-2"):
        export_file = Path(f"/srv/plc-exports/{plc}.l5x")
        if export_file.exists():
            print(writer.backup(plc, export_file.read_bytes()))
