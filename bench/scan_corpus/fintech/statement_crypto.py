"""Encrypts rendered PDF statements before they're pushed to the document store."""
import os
from pathlib import Path

from Crypto.Cipher import AES as _AES
from Crypto.Util.Padding import pad, unpad


class StatementCipher:
    block_size = 16
    iv = bytes.fromhex("3f1a9c0d5e7b2a4c8d6e0f1b3a5c7e9d")

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("statement key must be 256 bits")
        self._key = key

    @classmethod
    def from_env(cls) -> "StatementCipher":
        return cls(bytes.fromhex(os.environ["STATEMENT_ENC_KEY"]))

    def encrypt(self, pdf_bytes: bytes) -> bytes:
        cipher = _AES.new(self._key, _AES.MODE_CBC, iv=self.iv)
        return cipher.encrypt(pad(pdf_bytes, self.block_size))

    def decrypt(self, blob: bytes) -> bytes:
        cipher = _AES.new(self._key, _AES.MODE_CBC, iv=self.iv)
        return unpad(cipher.decrypt(blob), self.block_size)


def encrypt_statement_file(src: Path, dest_dir: Path, cipher: StatementCipher | None = None) -> Path:
    cipher = cipher or StatementCipher.from_env()
    dest = dest_dir / (src.stem + ".pdf.enc")
    dest.write_bytes(cipher.encrypt(src.read_bytes()))
    return dest
