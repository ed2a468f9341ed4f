"""Encrypts CNC toolpaths before they are archived off-site.

Finished carving programs are encrypted and stored with a manifest of
SHA-256 checksums so the archive can be checked for bit rot.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_LEN = 12


class ToolpathArchiver:
    def __init__(self, archive_dir: Path, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("AES key must be 128, 192 or 256 bits")
        self.archive_dir = archive_dir
        self.archive_dir.mkdir(parents=True, exist_ok=True)
        self._aead = AESGCM(key)

    @classmethod
    def from_env(cls, archive_dir: Path) -> "ToolpathArchiver":
        return cls(archive_dir, base64.b64decode(os.environ["TOOLPATH_ARCHIVE_KEY"]))

    def encrypt_program(self, name: str, gcode: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        return nonce + self._aead.encrypt(nonce, gcode, name.encode())

    def decrypt_program(self, name: str, blob: bytes) -> bytes:
        nonce, body = blob[:NONCE_LEN], blob[NONCE_LEN:]
        return self._aead.decrypt(nonce, body, name.encode())

    def archive(self, programs: dict[str, bytes]) -> Path:
        manifest = {}
        for name, gcode in sorted(programs.items()):
            blob = self.encrypt_program(name, gcode)
            out = self.archive_dir / f"{hashlib.sha256(name.encode()).hexdigest()[:16]}.bin"
            out.write_bytes(blob)
            manifest[name] = {
                "file": out.name,
                "sha256": hashlib.sha256(blob).hexdigest(),
            }
        manifest_path = self.archive_dir / "manifest.json"
        manifest_path.write_text(json.dumps(manifest, indent=2))
        return manifest_path

    def verify(self) -> list[str]:
        manifest = json.loads((self.archive_dir / "manifest.json").read_text())
        damaged = []
        for name, entry in manifest.items():
            data = (self.archive_dir / entry["file"]).read_bytes()
            if hashlib.sha256(data).hexdigest() != entry["sha256"]:
                damaged.append(name)
        return damaged
