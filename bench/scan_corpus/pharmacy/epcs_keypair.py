"""Generates the key pair used for electronic prescribing of controlled substances."""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_SIZE = 3072
PUBLIC_EXPONENT = 65537


class EpcsKeyStore:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)

    def _path(self, prescriber_npi: str, kind: str) -> Path:
        return self.directory / f"{prescriber_npi}.{kind}.pem"

    def create(self, prescriber_npi: str) -> bytes:
        key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_SIZE)
        passphrase = os.environ["EPCS_KEY_PASSPHRASE"].encode()
        private_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
        fd = os.open(self._path(prescriber_npi, "key"), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(private_pem)
        public_pem = key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        self._path(prescriber_npi, "pub").write_bytes(public_pem)
        return public_pem

    def load(self, prescriber_npi: str):
        passphrase = os.environ["EPCS_KEY_PASSPHRASE"].encode()
        data = self._path(prescriber_npi, "key").read_bytes()
        return serialization.load_pem_private_key(data, password=passphrase)
