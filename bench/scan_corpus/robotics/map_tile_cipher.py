"""Encryption of cached map tiles stored on robot SD cards.

Tiles are 4 KiB occupancy-grid chunks. The per-site key is delivered by
the fleet manager during commissioning and kept in the robot's keystore.
"""
from __future__ import annotations

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

TILE_SIZE = 4096


class TileCipher:
    """Symmetric wrapper used by the tile cache writer and reader."""

    block_mode = modes.ECB()

    def __init__(self, site_key: bytes):
        if len(site_key) not in (16, 32):
            raise ValueError("site key must be 128 or 256 bits")
        self._key = site_key

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), self.block_mode)

    def seal(self, tile: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        data = padder.update(tile) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(data) + enc.finalize()

    def open(self, blob: bytes) -> bytes:
        dec = self._cipher().decryptor()
        data = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(data) + unpadder.finalize()


def write_tile(path: str, cipher: TileCipher, tile: bytes) -> None:
    if len(tile) > TILE_SIZE:
        raise ValueError(f"tile too large: {len(tile)} bytes")
    with open(path, "wb") as fh:
        fh.write(cipher.seal(tile))


def read_tile(path: str, cipher: TileCipher) -> bytes:
    with open(path, "rb") as fh:
        return cipher.open(fh.read())
