"""Seal firmware images for over-the-air delivery to controller boards.

Output format: ``b"WPF3" || nonce(12) || ciphertext+tag``. The model and
version string are authenticated as associated data so an image cannot be
replayed onto a different board family.
"""
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

MAGIC = b"WPF3"
NONCE_SIZE = 12


class ImageSealer:
    def __init__(self, key: bytes):
        self._aead = ChaCha20Poly1305(key)

    @staticmethod
    def _aad(model: str, version: str) -> bytes:
        return f"{model}:{version}".encode()

    def seal(self, image: bytes, model: str, version: str) -> bytes:
        nonce = os.urandom(NONCE_SIZE)
        return MAGIC + nonce + self._aead.encrypt(nonce, image, self._aad(model, version))

    def unseal(self, blob: bytes, model: str, version: str) -> bytes:
        if blob[:4] != MAGIC:
            raise ValueError("not a sealed firmware image")
        nonce = blob[4:4 + NONCE_SIZE]
        return self._aead.decrypt(nonce, blob[4 + NONCE_SIZE:], self._aad(model, version))


def seal_file(src: Path, dest_dir: Path, model: str, version: str) -> Path:
    key = bytes.fromhex(os.environ["OTA_IMAGE_KEY"])
    sealed = ImageSealer(key).seal(src.read_bytes(), model, version)
    dest = dest_dir / f"{model}-{version}.wpf3"
    dest.write_bytes(sealed)
    return dest
