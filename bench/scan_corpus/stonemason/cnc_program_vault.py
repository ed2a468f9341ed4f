"""Encrypted storage for CNC carving programs.

Toolpaths for bespoke memorial carvings take days of drawing-office work,
so the G-code is encrypted before it is copied to the shared NAS that the
saw and router controllers read from.
"""
from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY_ENV = "CNC_VAULT_KEY"


def load_key() -> bytes:
    key = base64.b64decode(os.environ[KEY_ENV])
    if len(key) != 32:
        raise RuntimeError(f"{KEY_ENV} must decode to 32 bytes")
    return key


class ProgramVault:
    def __init__(self, root: Path, key: bytes | None = None) -> None:
        self.root = root
        self._key = key or load_key()
        self.root.mkdir(parents=True, exist_ok=True)

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.ECB())

    def seal(self, program_id: str, gcode: str) -> Path:
        padder = padding.PKCS7(128).padder()
        data = padder.update(gcode.encode("ascii")) + padder.finalize()
        enc = self._cipher().encryptor()
        blob = enc.update(data) + enc.finalize()
        target = self.root / f"{int(program_id):08d}.nc.enc"
        target.write_bytes(blob)
        return target

    def open(self, program_id: str) -> str:
        source = self.root / f"{int(program_id):08d}.nc.enc"
        dec = self._cipher().decryptor()
        data = dec.update(source.read_bytes()) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        plain = unpadder.update(data) + unpadder.finalize()
        return plain.decode("ascii")

    def list_programs(self) -> list[str]:
        return sorted(p.name.split(".")[0] for p in self.root.glob("*.nc.enc"))


if __name__ == "__main__":
    import sys

    vault = ProgramVault(Path(os.environ.get("CNC_VAULT_DIR", "/srv/cnc/vault")))
    if sys.argv[1] == "seal":
        print(vault.seal(sys.argv[2], Path(sys.argv[3]).read_text()))
    else:
        sys.stdout.write(vault.open(sys.argv[2]))
