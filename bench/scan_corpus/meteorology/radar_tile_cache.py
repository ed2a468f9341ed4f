"""Encrypted on-disk cache for restricted radar mosaic tiles.

Dual-pol research tiles are embargoed for partners, so the edge cache keeps
them encrypted at rest. Tiles are fixed 256x256 PNGs.
"""
import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CACHE_DIR = Path(os.environ.get("RADAR_TILE_CACHE", "/var/cache/radar-tiles"))

CIPHER_SETTINGS = {
    "algorithm": algorithms.AES,
    "mode": modes.ECB,
    "block_bits": 128,
}


class TileCache:
    def __init__(self, key: bytes | None = None, cfg: dict = CIPHER_SETTINGS):
        self._key = key or bytes.fromhex(os.environ["RADAR_CACHE_KEY"])
        self._cfg = cfg

    def _cipher(self) -> Cipher:
        return Cipher(self._cfg["algorithm"](self._key), self._cfg["mode"]())

    def _path(self, z: int, x: int, y: int, product: str) -> Path:
        return CACHE_DIR / product / str(z) / str(x) / f"{int(y)}.bin"

    def put(self, z: int, x: int, y: int, product: str, png: bytes) -> None:
        padder = padding.PKCS7(self._cfg["block_bits"]).padder()
        data = padder.update(png) + padder.finalize()
        enc = self._cipher().encryptor()
        path = self._path(z, x, y, product)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(enc.update(data) + enc.finalize())

    def get(self, z: int, x: int, y: int, product: str) -> bytes | None:
        path = self._path(z, x, y, product)
        if not path.exists():
            return None
        dec = self._cipher().decryptor()
        padded = dec.update(path.read_bytes()) + dec.finalize()
        unpadder = padding.PKCS7(self._cfg["block_bits"]).unpadder()
        return unpadder.update(padded) + unpadder.finalize()
