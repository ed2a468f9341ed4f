"""At-rest encryption for radiograph files in the imaging archive."""
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


@dataclass
class ArchiveKeyConfig:
    key_env_var: str = "XRAY_ARCHIVE_KEY"

    def load_key(self) -> bytes:
        key = bytes.fromhex(os.environ[self.key_env_var])
        if len(key) != 32:
            raise ValueError("archive key must be 256 bits")
        return key


class RadiographCipher:
    block_mode = modes.ECB()

    def __init__(self, config: ArchiveKeyConfig | None = None):
        self._key = (config or ArchiveKeyConfig()).load_key()

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode)

    def encrypt_bytes(self, data: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(data) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(padded) + enc.finalize()

    def decrypt_bytes(self, blob: bytes) -> bytes:
        dec = self._cipher().decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()

    def encrypt_file(self, src: Path, dest: Path) -> None:
        dest.write_bytes(self.encrypt_bytes(src.read_bytes()))

    def decrypt_file(self, src: Path) -> bytes:
        return self.decrypt_bytes(src.read_bytes())
