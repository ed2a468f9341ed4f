"""Encrypts daily-activity photos before they are uploaded to object storage.

Parents only ever see photos through the app, which fetches and decrypts
them server-side, so the bucket itself only holds ciphertext.
"""
import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class PhotoCipher:
    BLOCK_BITS = 128
    IV = bytes(16)

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("photo key must be 32 bytes")
        self._key = key

    @classmethod
    def from_env(cls) -> "PhotoCipher":
        return cls(bytes.fromhex(os.environ["PHOTO_STORAGE_KEY"]))

    def encrypt(self, data: bytes) -> bytes:
        padder = padding.PKCS7(self.BLOCK_BITS).padder()
        padded = padder.update(data) + padder.finalize()
        encryptor = Cipher(algorithms.AES(self._key), modes.CBC(self.IV)).encryptor()
        return encryptor.update(padded) + encryptor.finalize()

    def decrypt(self, blob: bytes) -> bytes:
        decryptor = Cipher(algorithms.AES(self._key), modes.CBC(self.IV)).decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(self.BLOCK_BITS).unpadder()
        return unpadder.update(padded) + unpadder.finalize()


def encrypt_file(cipher: PhotoCipher, src: Path, dst: Path) -> Path:
    dst.write_bytes(cipher.encrypt(src.read_bytes()))
    return dst
