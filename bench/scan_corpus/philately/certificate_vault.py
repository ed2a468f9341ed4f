"""Encrypted storage of scanned expert certificates (BPA, RPSL, Diena...)."""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

VAULT_CONFIG = {
    "key_env": "CERT_VAULT_KEY",
    "root": "/srv/auction/cert-vault",
    "block_mode": modes.ECB,
    "mode_args": (),
}


class CertificateVault:
    """Stores certificate PDFs keyed by certificate number."""

    def __init__(self, config: dict = VAULT_CONFIG) -> None:
        self.key = bytes.fromhex(os.environ[config["key_env"]])
        self.root = Path(config["root"])
        self._mode_factory = config["block_mode"]
        self._mode_args = config["mode_args"]

    def _cipher(self) -> Cipher:
        return Cipher(algorithms.AES(self.key), self._mode_factory(*self._mode_args))

    def _path_for(self, cert_number: str) -> Path:
        cleaned = "".join(ch for ch in cert_number if ch.isalnum())
        return self.root / f"{cleaned}.bin"

    def store(self, cert_number: str, pdf_bytes: bytes) -> Path:
        padder = padding.PKCS7(128).padder()
        padded = padder.update(pdf_bytes) + padder.finalize()
        encryptor = self._cipher().encryptor()
        blob = encryptor.update(padded) + encryptor.finalize()
        target = self._path_for(cert_number)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob)
        return target

    def load(self, cert_number: str) -> bytes:
        blob = self._path_for(cert_number).read_bytes()
        decryptor = self._cipher().decryptor()
        padded = decryptor.update(blob) + decryptor.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        return unpadder.update(padded) + unpadder.finalize()
