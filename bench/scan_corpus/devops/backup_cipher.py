"""Encryption layer for nightly volume backups before they are shipped off-site."""
import base64
import os
from dataclasses import dataclass, field
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad

BACKUP_SETTINGS = {
    "key_env": "BACKUP_ENCRYPTION_KEY",
    "chunk_size": 4 * 1024 * 1024,
    "iv": bytes.fromhex("6b1f3ad09e2c47a58d0f71b3c4e29a56"),
    "suffix": ".enc",
}


@dataclass
class BackupCipher:
    key: bytes = field(repr=False)
    iv: bytes = BACKUP_SETTINGS["iv"]

    @classmethod
    def from_env(cls) -> "BackupCipher":
        return cls(key=base64.b64decode(os.environ[BACKUP_SETTINGS["key_env"]]))

    def encrypt(self, data: bytes) -> bytes:
        cipher = _AES.new(self.key, _AES.MODE_CBC, iv=self.iv)
        return cipher.encrypt(pad(data, _AES.block_size))

    def decrypt(self, blob: bytes) -> bytes:
        cipher = _AES.new(self.key, _AES.MODE_CBC, iv=self.iv)
        return unpad(cipher.decrypt(blob), _AES.block_size)


def encrypt_archive(src: Path, cipher: BackupCipher | None = None) -> Path:
    cipher = cipher or BackupCipher.from_env()
    dest = src.with_name(src.name + BACKUP_SETTINGS["suffix"])
    dest.write_bytes(cipher.encrypt(src.read_bytes()))
    return dest


def decrypt_archive(src: Path, cipher: BackupCipher | None = None) -> Path:
    cipher = cipher or BackupCipher.from_env()
    dest = src.with_suffix("")
    dest.write_bytes(cipher.decrypt(src.read_bytes()))
    return dest
