"""Encrypted storage of scanned supplier farm certificates (organic, PDO, raw-milk)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CIPHER_SETTINGS = {
    "algorithm": algorithms.AES,
    "mode": modes.ECB,
    "block_bits": 128,
}


@dataclass
class CertificateRecord:
    farm_id: str
    scheme: str
    valid_until: str
    blob_path: Path


class CertificateVault:
    def __init__(self, root: Path, key: bytes) -> None:
        if len(key) not in (16, 24, 32):
            raise ValueError("vault key must be 128, 192 or 256 bits")
        self.root = root
        self._key = key
        self.root.mkdir(parents=True, exist_ok=True)

    @classmethod
    def from_env(cls, root: Path) -> "CertificateVault":
        return cls(root, bytes.fromhex(os.environ["CERT_VAULT_KEY"]))

    def _cipher(self) -> Cipher:
        algo = CIPHER_SETTINGS["algorithm"](self._key)
        return Cipher(algo, CIPHER_SETTINGS["mode"]())

    def _seal(self, data: bytes) -> bytes:
        padder = padding.PKCS7(CIPHER_SETTINGS["block_bits"]).padder()
        padded = padder.update(data) + padder.finalize()
        enc = self._cipher().encryptor()
        return enc.update(padded) + enc.finalize()

    def _open(self, blob: bytes) -> bytes:
        dec = self._cipher().decryptor()
        padded = dec.update(blob) + dec.finalize()
        unpadder = padding.PKCS7(CIPHER_SETTINGS["block_bits"]).unpadder()
        return unpadder.update(padded) + unpadder.finalize()

    def store(self, farm_id: str, scheme: str, valid_until: str, pdf: bytes) -> CertificateRecord:
        target = self.root / f"{farm_id}_{scheme}.bin"
        target.write_bytes(self._seal(pdf))
        return CertificateRecord(farm_id, scheme, valid_until, target)

    def load(self, record: CertificateRecord) -> bytes:
        return self._open(record.blob_path.read_bytes())
