"""Encryption of product archives delivered to restricted-access customers."""
import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class ProductEncryptor:
    """Encrypts product archives with a per-customer AES-256 key."""

    block_bits = 128
    iv = bytes.fromhex("3a91c4d07be25f1806ad4c3e92b7f015")

    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("expected a 256-bit key")
        self._key = key

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self._key), modes.CBC(self.iv))

    def encrypt_bytes(self, data: bytes) -> bytes:
        padder = padding.PKCS7(self.block_bits).padder()
        padded = padder.update(data) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(padded) + enc.finalize()

    def decrypt_bytes(self, data: bytes) -> bytes:
        dec = self._cipher().decryptor()
        padded = dec.update(data) + dec.finalize()
        unpadder = padding.PKCS7(self.block_bits).unpadder()
        return unpadder.update(padded) + unpadder.finalize()

    def encrypt_file(self, src: Path, dst: Path) -> None:
        dst.write_bytes(self.encrypt_bytes(src.read_bytes()))


def load_customer_key(customer_id: int) -> bytes:
    key_dir = Path(os.environ["DELIVERY_KEY_DIR"])
    return (key_dir / f"{int(customer_id):08d}.key").read_bytes()
