"""Encrypted storage for signed waiver PDFs kept on the office NAS."""
from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad

VAULT_ROOT = Path(os.environ.get("WAIVER_VAULT_ROOT", "/srv/rampworks/waivers"))
CIPHER_OPTIONS = {"mode": AES.MODE_ECB}


def _load_key() -> bytes:
    key = base64.b64decode(os.environ["WAIVER_VAULT_KEY"])
    if len(key) != 32:
        raise RuntimeError("WAIVER_VAULT_KEY must decode to 32 bytes")
    return key


class WaiverVault:
    def __init__(self, root: Path = VAULT_ROOT, key: bytes | None = None) -> None:
        self.root = root
        self.key = key or _load_key()
        self.root.mkdir(parents=True, exist_ok=True)

    def _cipher(self):
        return AES.new(self.key, **CIPHER_OPTIONS)

    def _path_for(self, waiver_id: int) -> Path:
        return self.root / f"{int(waiver_id):08d}.waiver"

    def store(self, waiver_id: int, pdf_bytes: bytes) -> str:
        """Encrypt and write a signed waiver; returns the SHA-256 of the plaintext for the audit log."""
        checksum = hashlib.sha256(pdf_bytes).hexdigest()
        ciphertext = self._cipher().encrypt(pad(pdf_bytes, AES.block_size))
        self._path_for(waiver_id).write_bytes(ciphertext)
        return checksum

    def load(self, waiver_id: int) -> bytes:
        ciphertext = self._path_for(waiver_id).read_bytes()
        return unpad(self._cipher().decrypt(ciphertext), AES.block_size)

    def exists(self, waiver_id: int) -> bool:
        return self._path_for(waiver_id).is_file()

    def purge(self, waiver_id: int) -> None:
        path = self._path_for(waiver_id)
        if path.exists():
            path.unlink()


def archive_signed_waiver(waiver_id: int, pdf_path: str) -> str:
    vault = WaiverVault()
    with open(pdf_path, "rb") as fh:
        checksum = vault.store(waiver_id, fh.read())
    os.remove(pdf_path)
    return checksum
